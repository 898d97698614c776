#!/usr/bin/env bash
# The default model's GPU run, sized for a machine lent for a few minutes.
#
#   OUT=/tmp/out BUDGET=360 ROWS=800000 bash distill/gpu_run.sh               # stage 2
#   OUT=/tmp/out BUDGET=100 ROWS=150000 NEEDLE=0 SEED0=200 LR=5e-4 BENCH_UNTIL=0 \
#       bash distill/gpu_run.sh                                                  # stage 3
#
# 1. Synthetic data on every CPU core: one offline generator per core, each with its own seed
#    (the same `distill.synth.offline` source and name masking as the CPU recipe), joined into one
#    train file; held-out rows come from the first shard's held-out phrasings.
# 2. Tokenised once, in one process per core (`--data-workers`), cached beside the JSONL.
# 3. Two runs share the GPU, bf16 autocast, each for BUDGET seconds of training steps with its
#    cosine schedule spread over that time (`--time-budget-s`):
#      needle:      the 26M Needle shape from scratch (distill/recipes/needle-gpu.json; NEEDLE=0
#                   skips it);
#      default-gpu: the card INIT (the shipped default) trained further on the new data.
# 4. Each run exports its card with float16 shards of at most 15 MB into OUT/NAME/ (what a lent
#    machine may send back); logs, metrics and cards are packed into OUT/logs.tgz.
# 5. If time is left, the engine benchmark (in-process, reference vs fast path) on the GPU.
#
# Wheels the machine lacks travel in `.whl/` (see /work/.library/device/README.md) and are
# installed first when present. Evaluation (held-out decoding, BFCL) runs later, on the CPU.
set -uo pipefail
OUT=${OUT:?set OUT to the folder the cards go to}
BUDGET=${BUDGET:-360}
ROWS=${ROWS:-800000}
JOBS=${JOBS:-$(nproc)}
SEED0=${SEED0:-100}  # generator seeds are SEED0+1 .. SEED0+JOBS
NEEDLE=${NEEDLE:-1}  # 0: only continue the default card
INIT=${INIT:-model/weights/default.json}
LR=${LR:-1e-3}       # peak learning rate of the continued run
MIX=${MIX:-} # base kind shares for the generator (--mix), e.g. no_call=0.2,single=0.55,parallel=0.25
BENCH_UNTIL=${BENCH_UNTIL:-470} # start the benchmark only before this many seconds
PY=${PY:-python3}
DATA=${DATA:-runs/gpu-data}
export PYTHONUNBUFFERED=1

if compgen -G ".whl/*.whl" >/dev/null; then
    $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade \
        --target /tmp/site .whl/*.whl || exit 1
    export PYTHONPATH=/tmp/site${PYTHONPATH:+:$PYTHONPATH}
fi
mkdir -p "$OUT" "$DATA" runs/logs
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true

per=$((ROWS / JOBS))
for i in $(seq 1 "$JOBS"); do
    $PY -m distill.synth.offline --rows "$per" --seed $((SEED0 + i)) --mask-names 0.15 \
        ${MIX:+--mix "$MIX"} --out "$DATA/s$i" >"runs/logs/gen-$i.log" 2>&1 &
done
wait
cat "$DATA"/s*/train.jsonl >"$DATA/train.jsonl"
head -n 2000 "$DATA/s1/heldout.jsonl" >"$DATA/heldout.jsonl"
echo "data: $(wc -l <"$DATA/train.jsonl") train rows after ${SECONDS}s"

common=(--train "$DATA/train.jsonl" --heldout "$DATA/heldout.jsonl" --time-budget-s "$BUDGET"
    --steps 1000000 --eval-every 1000000 --checkpoint-every 1000000 --eval-decode 0
    --export-eval-rows 0 --no-int8 --max-shard-mb 15 --log-every 100 --threads 4)
big=
if ((NEEDLE)); then
    $PY -m distill.train --config-json distill/recipes/needle-gpu.json "${common[@]}" \
        --name needle --data-workers "$JOBS" --export-dir "$OUT/needle" >runs/logs/needle.log 2>&1 &
    big=$!
    until compgen -G "$DATA/train.tok-*.pt" >/dev/null || ! kill -0 $big 2>/dev/null; do
        sleep 2
    done
    echo "tokenised after ${SECONDS}s"
fi
$PY -m distill.train --init "$INIT" "${common[@]}" --name default-gpu --data-workers "$JOBS" \
    --batch-size 64 --lr "$LR" --min-lr 5e-5 --warmup-steps 100 --short-steps 0 \
    --export-dir "$OUT/default-gpu" >runs/logs/default-gpu.log 2>&1 &
small=$!
[ -z "$big" ] || wait $big || echo "needle run failed"
wait $small || echo "default-gpu run failed"
echo "trained after ${SECONDS}s"
grep -h "^throughput\|^eval\|Error" runs/logs/*.log

pack() { # cards, logs and metrics in one file: at most 8 files come back from a lent machine
    cp runs/needle/metrics.jsonl runs/logs/needle-metrics.jsonl 2>/dev/null
    cp runs/default-gpu/metrics.jsonl runs/logs/default-gpu-metrics.jsonl 2>/dev/null
    tar czf "$OUT/logs.tmp" runs/logs runs/*/config.json runs/*/loss.png cards/*.json 2>/dev/null
    mv "$OUT/logs.tmp" "$OUT/logs.tgz"
}
mkdir -p cards && mv "$OUT"/*/*.json cards/ 2>/dev/null # cards and tokenizers
pack
if ((SECONDS < BENCH_UNTIL)); then
    for card in cards/needle.json model/weights/default.json; do
        [ -f "$card" ] || continue
        cp "$OUT/needle"/*.safetensors cards/ 2>/dev/null
        timeout 50 $PY -c 'import sys; from bench.run import main; sys.exit(main(sys.argv[1:]))' \
            --engine --device cuda --variants reference,fast --rounds 10 --weights "$card" \
            --out "runs/logs/gpu-$(basename "$card" .json)" >>runs/logs/bench.log 2>&1 ||
            echo "bench of $card failed"
    done
    pack
fi
ls -la "$OUT" "$OUT"/*
echo "done after ${SECONDS}s"
