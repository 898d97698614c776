"""Export a training checkpoint as a servable card: `model/weights/NAME.json` + safetensors shards.

    python -m distill.export --ckpt runs/synth/ckpt.pt --out model/weights/synth.json \
        --heldout data/synth/heldout.jsonl --max-shard-mb 16

The card (`model.weights.save_checkpoint`, float16 shards) also records the run: training
config, data recipe and row counts, steps, training time, throughput, and evaluation figures.
With held-out rows, the exported weights are decoded (greedy, constrained) and scored, and an
int8 variant (`NAME-int8.json`: every nn.Linear weight as int8 rows with a float scale per
row, about half the bytes) is written only if its exact match stays within one point; both
figures go on the card either way. `load_card` loads either kind.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any, cast

import torch
from safetensors.torch import load_file
from torch import Tensor, nn

from distill import evaluate
from distill.data import read_rows
from model.config import ModelConfig
from model.student import Student
from model.tokenizer import ThimbleTokenizer
from model.weights import load_checkpoint, read_card, save_checkpoint

INT8 = "int8-weight-only/per-row"
SCALE = "_scale"  # "x.weight" is stored as int8 "x.weight" and its row scales "x.weight_scale"


class Int8State:
    """A student's weights with every nn.Linear weight quantised to int8 per output row.

    Has what `save_checkpoint` reads (`cfg`, `state_dict`, `num_parameters`), so int8 cards are
    written by the same code, shards and all. Scales and the other tensors are rounded to
    float16 here, as the card stores them, so `student()` is exactly what loads from disk."""

    def __init__(self, model: Student) -> None:
        self.cfg = model.cfg
        self.parameters = model.num_parameters()
        linear = {f"{n}.weight" for n, m in model.named_modules() if isinstance(m, nn.Linear)}
        self.state: dict[str, Tensor] = {}
        for name, w in model.state_dict().items():
            w = w.detach().cpu().float()
            if name not in linear:
                self.state[name] = w.half()
                continue
            scale = (w.abs().amax(dim=1, keepdim=True) / 127).clamp(min=1e-6).half()  # (out, 1)
            self.state[name] = (w / scale.float()).round().clamp(-127, 127).to(torch.int8)
            self.state[name + SCALE] = scale

    def state_dict(self) -> dict[str, Tensor]:
        return self.state

    def num_parameters(self) -> int:
        return self.parameters

    def student(self) -> Student:
        model = Student(self.cfg)
        model.load_state_dict(dequantize(self.state))
        return model.eval()


def dequantize(state: dict[str, Tensor]) -> dict[str, Tensor]:
    out = {}
    for name, t in state.items():
        if name.endswith(SCALE):
            continue
        scale = state.get(name + SCALE)
        out[name] = t.float() * scale.float() if scale is not None else t.float()
    return out


def load_card(
    card_path: Path, device: str = "cpu"
) -> tuple[Student, ThimbleTokenizer, dict[str, Any]]:
    """A float card through `model.weights.load_checkpoint`, an int8 card dequantised."""
    card = read_card(card_path)
    if card.get("quantization") != INT8:
        return load_checkpoint(card_path, device)
    state: dict[str, Tensor] = {}
    for fname in card["shards"]:
        state.update(load_file(str(Path(card_path).parent / fname)))
    model = Student(ModelConfig.from_dict(card["config"]))
    model.load_state_dict(dequantize(state))
    tok = ThimbleTokenizer.load(Path(card_path).parent / card["tokenizer"])
    return model.to(device).eval(), tok, card


def exact_match(
    model: Student, tok: ThimbleTokenizer, tool_format: str, rows: list[dict[str, Any]]
) -> float:
    engine = evaluate.engine_for(model, tok, tool_format, "cpu")
    return evaluate.score(*evaluate.run_rows(engine, rows)).exact_match


def update_card(card_path: Path, card: dict[str, Any]) -> None:
    full = {**read_card(card_path), **card}
    card_path.write_text(json.dumps(full, indent=2, ensure_ascii=False) + "\n")


def export_run(
    ckpt_path: Path,
    card_path: Path,
    max_shard_mb: float = 50,
    heldout: str | None = None,
    eval_limit: int = 200,
    int8: bool = True,
) -> dict[str, Any]:
    """Write the card (and the int8 card when it qualifies); returns the card's run fields."""
    ck = torch.load(ckpt_path, map_location="cpu", weights_only=True)
    cfg, seen, elapsed = ck["config"], ck["seen"], max(ck["elapsed_s"], 1e-9)
    model = Student(ModelConfig.from_dict(ck["model_config"]))
    model.load_state_dict(ck["model"])
    tok = ThimbleTokenizer.load(cfg["tokenizer"])
    fmt = cfg["tool_format"]
    card: dict[str, Any] = {
        "name": card_path.stem,
        "tool_format": fmt,
        "provenance": f"distill.train run {cfg['name']} ({ckpt_path})",
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "data": {"train": cfg["train"], "heldout": cfg["heldout"], "counts": ck["data"]},
        "training": {
            "steps": ck["step"],
            "total_steps": ck["total_steps"],
            "train_time_s": round(elapsed, 1),
            "examples_seen": seen["examples"],
            "tokens_seen": seen["tokens"],
            "examples_s": round(seen["examples"] / elapsed, 1),
            "tokens_s": round(seen["tokens"] / elapsed),
            "config": cfg,
        },
        "eval": dict(ck["eval"]),
    }
    max_bytes = int(max_shard_mb * 1_000_000)
    save_checkpoint(model, tok, card_path, card, max_shard_bytes=max_bytes)
    rows = read_rows(heldout)[:eval_limit] if heldout else []
    line = f"exported {card_path}"
    if rows:
        served = load_card(card_path)[0]  # the float16 weights, as the server loads them
        em = exact_match(served, tok, fmt, rows)
        card["eval"].update(heldout_exact_match=em, heldout_rows=len(rows))
        line += f" (held-out exact match {100 * em:.1f}% on {len(rows)} rows)"
    if rows and int8:
        packed = Int8State(model)
        em8 = exact_match(packed.student(), tok, fmt, rows)
        kept = abs(em8 - card["eval"]["heldout_exact_match"]) <= 0.01  # one point
        int8_path = card_path.with_name(f"{card_path.stem}-int8.json")
        card["int8"] = {"exact_match": em8, "exported": kept, "card": int8_path.name}
        if kept:
            int8_card = {**card, "name": int8_path.stem, "quantization": INT8}
            int8_card["eval"] = {**card["eval"], "heldout_exact_match": em8}
            save_checkpoint(
                cast(Student, packed), tok, int8_path, int8_card, max_shard_bytes=max_bytes
            )
        verdict = f"exported to {int8_path}" if kept else "not exported: over one point lost"
        line += f"; int8 {100 * em8:.1f}%, {verdict}"
    update_card(card_path, card)
    print(line)
    return card


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m distill.export",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--ckpt", type=Path, required=True, help="runs/NAME/ckpt.pt")
    p.add_argument("--out", type=Path, help="card path (default: model/weights/NAME.json)")
    p.add_argument("--heldout", help="held-out JSONL for the exact-match figures and int8 check")
    p.add_argument("--limit", type=int, default=200, help="held-out rows decoded")
    p.add_argument("--max-shard-mb", type=float, default=50, help="16 to copy back from a GPU box")
    p.add_argument("--no-int8", dest="int8", action="store_false")
    args = p.parse_args(argv)
    out = args.out or Path("model/weights") / f"{args.ckpt.parent.name}.json"
    export_run(args.ckpt, out, args.max_shard_mb, args.heldout, args.limit, args.int8)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
