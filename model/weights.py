"""Weights I/O: safetensors shards plus a JSON card, and loading of the shipped default model.

A checkpoint is `NAME.json` (the card: format, ModelConfig, tokenizer file, tool format, shard
files, provenance, data recipe, training steps, evaluation figures) beside `NAME-K.safetensors`
shards, each at most `max_shard_bytes` (the repository keeps files under 60 MB; copies back from
a GPU machine need 16 MB). Weights ship in float16 (or int8, see `INT8`) and load in float32.

`model/weights/default.json` is the shipped default. Without it, `load_engine` falls back to a
seeded random student (every answer still fits its schema, because the grammar decides) and
says so in the log.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file, save_file

from model.config import ModelConfig
from model.span_student import SpanStudent
from model.student import Student
from model.tokenizer import ThimbleTokenizer

log = logging.getLogger(__name__)

WEIGHTS_DIR = Path(__file__).parent / "weights"
DEFAULT_CARD = WEIGHTS_DIR / "default.json"
DEFAULT_TOKENIZER = WEIGHTS_DIR / "tokenizer.json"
WORDPIECE = WEIGHTS_DIR / "minilm.tokenizer.json"  # Student 2's encoder tokenizer (MiniLM's)
CARD_FORMAT = "thimble-student/1"
# int8 cards (written by `distill.quant`): each nn.Linear weight "x.weight" is stored as int8 rows
# beside its float16 row scales "x.weight_scale"; loading dequantises to float32.
INT8 = "int8-weight-only/per-row"
SCALE = "_scale"
BLOCK = "#"  # a tensor larger than a shard is stored as row blocks "NAME#0", "NAME#1", ...


AnyStudent = Student | SpanStudent


def build_student(cfg: ModelConfig) -> AnyStudent:
    """The student a config describes: the first (`encoder` "native") or Student 2 ("minilm")."""
    return SpanStudent(cfg) if cfg.encoder == "minilm" else Student(cfg)


def _pieces(
    state: dict[str, torch.Tensor], dtype: torch.dtype, max_bytes: int
) -> Iterator[tuple[str, torch.Tensor]]:
    """The state's tensors in `dtype`; one larger than a shard (MiniLM's 30,522-word embedding
    is 23 MB in float16) as row blocks `NAME#K`, which `_joined` puts back together."""
    for name, t in state.items():
        t = t.detach().to("cpu", dtype if t.is_floating_point() else t.dtype).contiguous()
        nbytes = t.numel() * t.element_size()
        if nbytes <= max_bytes or t.dim() == 0:
            yield name, t
            continue
        rows = max(1, t.shape[0] * max_bytes // nbytes)
        for k, block in enumerate(t.split(rows)):
            yield f"{name}{BLOCK}{k}", block.contiguous()


def _joined(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """Row blocks `NAME#K` concatenated back into NAME, in K order."""
    blocks: dict[str, dict[int, torch.Tensor]] = {}
    out = {}
    for name, t in state.items():
        base, sep, k = name.rpartition(BLOCK)
        if sep and k.isdigit():
            blocks.setdefault(base, {})[int(k)] = t
        else:
            out[name] = t
    for base, parts in blocks.items():
        out[base] = torch.cat([parts[k] for k in sorted(parts)])
    return out


def save_checkpoint(
    model: AnyStudent,
    tok: ThimbleTokenizer,
    card_path: Path,
    card: dict[str, Any] | None = None,
    dtype: torch.dtype = torch.float16,
    max_shard_bytes: int = 50_000_000,
) -> Path:
    """Write shards, the tokenizer and the card next to each other; returns the card path."""
    card_path = Path(card_path)
    card_path.parent.mkdir(parents=True, exist_ok=True)
    stem = card_path.with_suffix("").name
    shards: list[dict[str, torch.Tensor]] = [{}]
    size = 0
    for name, t in _pieces(model.state_dict(), dtype, max_shard_bytes):
        nbytes = t.numel() * t.element_size()
        if shards[-1] and size + nbytes > max_shard_bytes:
            shards.append({})
            size = 0
        shards[-1][name] = t
        size += nbytes
    files = []
    for k, shard in enumerate(shards):
        fname = f"{stem}-{k + 1}-of-{len(shards)}.safetensors"
        save_file(shard, str(card_path.parent / fname))
        os.chmod(
            card_path.parent / fname, 0o644
        )  # safetensors writes 0600; servers may run as another user
        files.append(fname)
    tok_name = f"{stem}.tokenizer.json"
    tok.save(card_path.parent / tok_name)
    full = {
        **(card or {}),
        "format": CARD_FORMAT,
        "config": model.cfg.to_dict(),
        "parameters": model.num_parameters(),
        "dtype": str(dtype).removeprefix("torch."),
        "tokenizer": tok_name,
        "shards": files,
    }
    full.setdefault("tool_format", "compact")
    card_path.write_text(json.dumps(full, indent=2, ensure_ascii=False) + "\n")
    return card_path


def read_card(card_path: Path) -> dict[str, Any]:
    card = json.loads(Path(card_path).read_text())
    if card.get("format") != CARD_FORMAT:
        raise ValueError(f"{card_path} is not a Thimble checkpoint card ({CARD_FORMAT})")
    return card


def load_checkpoint(
    card_path: Path, device: str = "cpu"
) -> tuple[AnyStudent, ThimbleTokenizer, dict[str, Any]]:
    card_path = Path(card_path)
    if card_path.is_dir():
        card_path = card_path / "default.json"
    card = read_card(card_path)
    model = build_student(ModelConfig.from_dict(card["config"]))
    state: dict[str, torch.Tensor] = {}
    for fname in card["shards"]:
        state.update(load_file(str(card_path.parent / fname)))
    model.load_state_dict(dequantize(_joined(state)))
    tok = ThimbleTokenizer.load(card_path.parent / card["tokenizer"])
    return model.to(device).eval(), tok, card


def dequantize(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """float32 tensors of a float16 or int8 card's state (int8 rows times their scales)."""
    out = {}
    for name, t in state.items():
        if name.endswith(SCALE):
            continue
        scale = state.get(name + SCALE)
        out[name] = t.float() * scale.float() if scale is not None else t.float()
    return out


def random_student(seed: int = 0) -> tuple[Student, ThimbleTokenizer, dict[str, Any]]:
    """An untrained student with the shipped tokenizer: for tests and before training."""
    torch.manual_seed(seed)
    model = Student(ModelConfig()).eval()
    card = {
        "format": CARD_FORMAT,
        "name": "random",
        "tool_format": "compact",
        "provenance": "random init",
    }
    return model, ThimbleTokenizer.load(DEFAULT_TOKENIZER), card


def resolve_device(device: str = "auto") -> str:
    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return device


def load_default(
    path: Path | None = None, device: str = "auto"
) -> tuple[AnyStudent, ThimbleTokenizer, dict[str, Any]]:
    """The checkpoint at `path`, else the shipped default, else a random student (logged)."""
    device = resolve_device(device)
    if path is not None:
        return load_checkpoint(path, device)
    if DEFAULT_CARD.exists():
        return load_checkpoint(DEFAULT_CARD, device)
    log.warning(
        "no trained weights at %s: serving a random student (answers fit schemas, content is noise)",
        DEFAULT_CARD,
    )
    model, tok, card = random_student()
    return model.to(device), tok, card
