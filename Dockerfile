# syntax=docker/dockerfile:1
# Thimble: the OpenAI-compatible tool-calling server, with the shipped weights (model/weights/) baked in.
#
#   docker build -t thimble:cpu --build-arg TORCH_VARIANT=cpu .     # CPU-only torch
#   docker build -t thimble:cuda --build-arg TORCH_VARIANT=cuda .   # CUDA torch (its CUDA wheels: several GB)
#   docker run --rm -p 8000:8000 thimble:cpu
#   docker run --rm --gpus all -p 8000:8000 thimble:cuda
#
# Configure with THIMBLE_* environment variables (`docker run -e THIMBLE_API_KEY=...`); each one
# is a field of app/config.py's Settings, and a `thimble serve` flag after the image name wins over
# it. The entrypoint is `thimble`, so `docker run ... thimble:cpu call --tools ...` runs another
# subcommand. docker-compose.yml wires the GPU and CPU services, a volume at /data and distillation.

ARG PYTHON_VERSION=3.11

# ---- builder: a virtual environment with torch, the project and its runtime dependencies --------
FROM python:${PYTHON_VERSION}-slim AS builder

# cpu: torch's CPU wheel from the PyTorch CPU index. cuda: the default PyPI wheel, which brings
# its CUDA runtime as nvidia-* wheels (the host supplies only the driver). Same pin as the Makefile.
ARG TORCH_VARIANT=cpu
ARG TORCH_VERSION=2.13.0

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/venv/bin:$PATH
RUN python -m venv /opt/venv

# torch first, in a layer of its own: the project's sources change far more often than torch does.
RUN --mount=type=cache,target=/root/.cache/pip \
    case "$TORCH_VARIANT" in \
      cpu) pip install "torch==${TORCH_VERSION}" --index-url https://download.pytorch.org/whl/cpu ;; \
      cuda) pip install "torch==${TORCH_VERSION}" ;; \
      *) echo "TORCH_VARIANT must be cpu or cuda, not '${TORCH_VARIANT}'" >&2; exit 1 ;; \
    esac

# The project, installed (not editable) from a copy of the source tree; package data carries
# model/weights/ (the default card, its shards and the tokenizer) into site-packages, where
# model.weights looks for them. torch is already satisfied, so it is not pulled again.
# matplotlib: `thimble distill` plots the loss curve when training ends (in pyproject's dev extra).
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install . "matplotlib>=3.8" \
    && python -I -c "import torch, app.server, model.weights as w; assert w.DEFAULT_TOKENIZER.is_file(); print('torch', torch.__version__)"

# ---- runtime: python slim, the virtual environment, a non-root user ------------------------------
FROM python:${PYTHON_VERSION}-slim

ARG TORCH_VARIANT=cpu
LABEL org.opencontainers.image.title="thimble" \
      org.opencontainers.image.description="OpenAI-compatible local tool-calling server (26M student)" \
      org.opencontainers.image.licenses="Apache-2.0" \
      thimble.torch-variant="${TORCH_VARIANT}"

# A fixed uid, so that volume permissions and `runAsNonRoot` policies are predictable. /data is
# created here and owned by that user: a new named volume mounted there copies this ownership.
RUN groupadd --system --gid 10001 thimble \
    && useradd --system --uid 10001 --gid thimble --create-home --home-dir /home/thimble thimble \
    && mkdir -p /data \
    && chown thimble:thimble /data

COPY --from=builder /opt/venv /opt/venv

# THIMBLE_HOST: inside a container the server must listen on every interface to be reachable
# through the published port (its own default, 127.0.0.1, suits a laptop). NVIDIA_DRIVER_CAPABILITIES:
# what the NVIDIA runtime mounts when a GPU is requested; ignored by the CPU image.
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    THIMBLE_HOST=0.0.0.0 \
    THIMBLE_PORT=8000 \
    NVIDIA_DRIVER_CAPABILITIES=compute,utility

USER 10001:10001
WORKDIR /data
EXPOSE 8000

# /health is 503 while the model loads (and if it failed to), 200 once it answers. No curl in a
# slim image: urllib raises on anything but 2xx, which exits 1 (unhealthy).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('THIMBLE_PORT', '8000') + '/health', timeout=4)"]

ENTRYPOINT ["thimble"]
CMD ["serve"]
