# Set-up and day-to-day commands. `make serve` and `make test` are the README's two commands.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup serve test lint default-model

setup: $(STAMP)

# torch is pinned: 2.13.0, the CPU build where a local wheel provides it (this project's build
# machines). Elsewhere set TORCH_INDEX=https://download.pytorch.org/whl/cpu for the CPU build;
# a bare `torch` from PyPI is a multi-GB CUDA build.
TORCH_INDEX ?=
# bfcl-eval is an evaluation set only: installed without its (heavy) dependencies, for its data.
$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0 $(if $(TORCH_INDEX),--index-url $(TORCH_INDEX))
	$(PY) -m pip install -q -e ".[dev]"
	$(PY) -m pip install -q --no-deps bfcl-eval==2026.3.23
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
