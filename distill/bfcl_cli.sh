#!/usr/bin/env bash
# BFCL's own harness (bfcl-eval 2026.3.23, its `bfcl` CLI) against a running Thimble server: the
# outside check of `thimble eval --bfcl`. Prints accuracy per category from BFCL's score files.
#
# usage: distill/bfcl_cli.sh BASE_URL OUT_DIR [CATEGORIES]
#   BASE_URL    e.g. http://127.0.0.1:8000/v1   (a trailing /v1 is added if missing)
#   OUT_DIR     BFCL_PROJECT_ROOT: result/ and score/ are written here
#   CATEGORIES  comma-separated; default simple_python,multiple,parallel,parallel_multiple,irrelevance
#
# optional environment:
#   BFCL_LIMIT=N          only the first N entries of each category (uses --run-ids + --partial-eval)
#   BFCL_THREADS=N        generate --num-threads (default 2)
#   BFCL_TEMPERATURE=T    generate --temperature (default 0: Thimble decodes greedily; BFCL's own
#                         default, 0.001, would make Thimble sample)
#   BFCL_MODEL=NAME       BFCL registry name (default openbmb/MiniCPM-SALA-FC: in this release the
#                         one entry whose handler is plain chat completions and reads
#                         OPENAI_BASE_URL; every gpt-* entry calls /v1/responses instead)
#   BFCL_VENV=DIR         venv for bfcl-eval and its many dependencies (default .venv-bfcl); made
#                         on first use, with torch pinned so that no CUDA build is pulled in
#
# What Thimble receives per entry: the BFCL question as user turns, the functions as tools (dots
# in names become underscores; BFCL maps them back), the temperature; no tool_choice (auto).
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
    sed -n '4,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi

BASE_URL=${1%/}
[[ $BASE_URL == */v1 ]] || BASE_URL="$BASE_URL/v1"
mkdir -p "$2"
OUT_DIR=$(cd "$2" && pwd)
CATEGORIES=${3:-simple_python,multiple,parallel,parallel_multiple,irrelevance}

VENV=${BFCL_VENV:-.venv-bfcl}
if [[ ! -x $VENV/bin/bfcl ]]; then
    # soundfile: qwen-agent (a bfcl-eval dependency) imports it without declaring it
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q torch==2.13.0
    "$VENV/bin/pip" install -q -c <(echo torch==2.13.0) bfcl-eval==2026.3.23 soundfile
fi
MODEL=${BFCL_MODEL:-openbmb/MiniCPM-SALA-FC}
THREADS=${BFCL_THREADS:-2}
LIMIT=${BFCL_LIMIT:-}
PY="$VENV/bin/python"
BFCL="$VENV/bin/bfcl"

export OPENAI_BASE_URL="$BASE_URL"
export OPENAI_API_KEY=${OPENAI_API_KEY:-thimble-local}
export BFCL_PROJECT_ROOT="$OUT_DIR"
export TOKENIZERS_PARALLELISM=false
# keep torch/numpy (imported by bfcl-eval) from grabbing every core
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1} MKL_NUM_THREADS=${MKL_NUM_THREADS:-1}

MODEL_DIR=${MODEL//\//_}

# Fresh start for the requested categories of this model (only inside OUT_DIR), so that stale
# entries from an earlier run are neither skipped by generate nor scored by evaluate.
IFS=',' read -r -a CATS <<<"$CATEGORIES"
for c in "${CATS[@]}"; do
    rm -f "$OUT_DIR"/result/"$MODEL_DIR"/*/BFCL_v4_"${c}"_result.json \
          "$OUT_DIR"/score/"$MODEL_DIR"/*/BFCL_v4_"${c}"_score.json
done

GEN_EXTRA=()
EVAL_EXTRA=()
GEN_EXTRA+=(--temperature "${BFCL_TEMPERATURE:-0}")
if [[ -n $LIMIT ]]; then
    # BFCL reads the ids to run from $BFCL_PROJECT_ROOT/test_case_ids_to_generate.json
    "$PY" - "$OUT_DIR/test_case_ids_to_generate.json" "$CATEGORIES" "$LIMIT" <<'EOF'
import json, sys
from bfcl_eval.utils import load_dataset_entry
path, cats, limit = sys.argv[1], sys.argv[2].split(","), int(sys.argv[3])
ids = {c: [e["id"] for e in load_dataset_entry(c)][:limit] for c in cats if c}
json.dump(ids, open(path, "w"), indent=1)
print("subset:", {c: len(v) for c, v in ids.items()})
EOF
    GEN_EXTRA+=(--run-ids)
    EVAL_EXTRA+=(--partial-eval)
fi

echo "== bfcl generate: model=$MODEL categories=$CATEGORIES base_url=$OPENAI_BASE_URL out=$OUT_DIR"
t0=$(date +%s)
"$BFCL" generate --model "$MODEL" --test-category "$CATEGORIES" \
    --num-threads "$THREADS" --allow-overwrite "${GEN_EXTRA[@]}"
t1=$(date +%s)
echo "== generate took $((t1 - t0)) s"

echo "== bfcl evaluate"
"$BFCL" evaluate --model "$MODEL" --test-category "$CATEGORIES" "${EVAL_EXTRA[@]}"
t2=$(date +%s)
echo "== evaluate took $((t2 - t1)) s"

"$PY" - "$OUT_DIR" "$MODEL_DIR" "$CATEGORIES" <<'EOF'
import glob, json, os, sys
out, model_dir, cats = sys.argv[1], sys.argv[2], [c for c in sys.argv[3].split(",") if c]
rows, tot_c, tot_n = [], 0, 0
for c in cats:
    score = glob.glob(os.path.join(out, "score", model_dir, "*", f"BFCL_v4_{c}_score.json"))
    result = glob.glob(os.path.join(out, "result", model_dir, "*", f"BFCL_v4_{c}_result.json"))
    errors = 0
    if result:
        with open(result[0]) as f:
            errors = sum(1 for line in f
                         if str(json.loads(line).get("result", "")).startswith("Error during inference"))
    if not score:
        rows.append((c, "missing", "", "", errors))
        continue
    with open(score[0]) as f:
        head = json.loads(f.readline())  # first line: {"accuracy", "correct_count", "total_count"}
    tot_c += head["correct_count"]; tot_n += head["total_count"]
    rows.append((c, f"{head['accuracy']:.4f}", head["correct_count"], head["total_count"], errors))
print()
print(f"{'category':<20} {'accuracy':>9} {'correct':>8} {'total':>6} {'errors':>7}")
for r in rows:
    print(f"{r[0]:<20} {r[1]:>9} {r[2]!s:>8} {r[3]!s:>6} {r[4]!s:>7}")
if tot_n:
    print(f"{'(pooled)':<20} {tot_c / tot_n:>9.4f} {tot_c:>8} {tot_n:>6}")
print("errors = entries whose request failed ('Error during inference'); they count as wrong.")
EOF
