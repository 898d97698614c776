#!/usr/bin/env bash
# Student 2's GPU run, sized for a machine lent for a few minutes (the CPU recipe, on CUDA).
#
#   mkdir -p shared-data && cp -r ../shared/data/* shared-data/     # ../shared does not travel
#   echo shared-data >> .git/info/exclude
#   (device run, carry ["shared-data"]):
#   OUT=$OUT BUDGET=420 ROWS=200000 bash distill/gpu_student2.sh
#   CPU check of the whole script (minutes): OUT=/tmp/g BUDGET=20 ROWS=3000 DEVICE=cpu bash ...
#   (tokenising and memoising MiniLM's tool states happen before the budget's clock starts)
#
# 1. The real-data mix (`distill.sources.build`: SGD, Seal-Tools, OpenAPI, Python libraries and
#    the synthetic generator) from DATA_DIR, one build of ROWS rows.
# 2. Student 2 from MiniLM's pretrained weights: MiniLM frozen (its tool states memoised) for
#    FROZEN_STEPS steps, then trained at a tenth of the learning rate; bf16 autocast; BUDGET
#    seconds of training steps with the cosine schedule spread over them (`--time-budget-s`).
# 3. The card, float16 shards of at most 15 MB, into OUT/student2/ (what a lent machine may send
#    back); logs and metrics packed into OUT/logs.tgz. Evaluation runs later, on the CPU.
set -uo pipefail
OUT=${OUT:?set OUT to the folder the card goes to}
BUDGET=${BUDGET:-420}
ROWS=${ROWS:-200000}
SEED=${SEED:-300}
DATA_DIR=${DATA_DIR:-shared-data}
DEVICE=${DEVICE:-auto}
BATCH=${BATCH:-64}
LR=${LR:-1e-3}
FROZEN_STEPS=${FROZEN_STEPS:-1500}
PY=${PY:-python3}
DATA=${DATA:-runs/gpu-real}
export PYTHONUNBUFFERED=1

if compgen -G ".whl/*.whl" >/dev/null; then
    $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade \
        --target /tmp/site .whl/*.whl || exit 1
    export PYTHONPATH=/tmp/site${PYTHONPATH:+:$PYTHONPATH}
fi
mkdir -p "$OUT" "$DATA" runs/logs
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true

if [ ! -s "$DATA/train.jsonl" ]; then # a carried, prebuilt mix is used as it is
    # one build: a large --rows scales each real source (builds with several seeds would repeat
    # the same dialogues, queries and operations); 150K rows take about 2 minutes on one core
    $PY -m distill.sources.build --data-dir "$DATA_DIR" --rows "$ROWS" --seed "$SEED" \
        --out "$DATA" >runs/logs/build.log 2>&1 || exit 1
fi
echo "data: $(wc -l <"$DATA/train.jsonl") train rows after ${SECONDS}s"

$PY -m distill.train --model '{"encoder": "minilm"}' --train "$DATA/train.jsonl" \
    --heldout "$DATA/heldout.jsonl" --name student2 --device "$DEVICE" \
    --time-budget-s "$BUDGET" --steps 1000000 --batch-size "$BATCH" --lr "$LR" --min-lr 1e-4 \
    --warmup-steps 200 --max-tools 4 --minilm-train-after "$FROZEN_STEPS" \
    --eval-every 1000000 --eval-rows 256 --eval-decode 0 --checkpoint-every 1000000 \
    --log-every 50 --export-eval-rows 0 --no-int8 --max-shard-mb 15 \
    --export-dir "$OUT/student2" >runs/logs/student2.log 2>&1 || echo "student2 run failed"
echo "trained after ${SECONDS}s"
grep -h "^throughput\|^eval\|Error" runs/logs/student2.log
cp runs/student2/metrics.jsonl runs/logs/student2-metrics.jsonl 2>/dev/null
tar czf "$OUT/logs.tgz" runs/logs runs/student2/config.json runs/student2/loss.png 2>/dev/null
ls -la "$OUT" "$OUT"/*
echo "done after ${SECONDS}s"
