"""Export a training checkpoint as a servable card: `model/weights/NAME.json` + safetensors shards.

    python -m distill.export --ckpt runs/synth/ckpt.pt --out model/weights/synth.json \
        --heldout data/synth/heldout.jsonl --max-shard-mb 16
    python -m distill.export --card gpu-out/needle.json --out model/weights/needle.json \
        --heldout data/synth/heldout.jsonl        # a card trained elsewhere: figures, int8

The card (`model.weights.save_checkpoint`, float16 shards) also records the run: training
config, data recipe and row counts, steps, training time, throughput, and evaluation figures.
With held-out rows, the exported weights are decoded (greedy, constrained) and scored, and an
int8 variant (`NAME-int8.json`, `distill.quant`: linear weights as int8 rows with a scale per
row, about half the bytes) is written only if its exact match stays within one point; both
figures go on the card either way.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any, cast

import torch

from distill import evaluate
from distill.data import read_rows
from distill.quant import Int8State
from model.config import ModelConfig
from model.student import Student
from model.tokenizer import ThimbleTokenizer
from model.weights import (
    INT8,
    AnyStudent,
    build_student,
    load_checkpoint,
    read_card,
    save_checkpoint,
)


def update_card(card_path: Path, card: dict[str, Any]) -> None:
    full = {**read_card(card_path), **card}
    card_path.write_text(json.dumps(full, indent=2, ensure_ascii=False) + "\n")


def export_run(
    src: Path,
    card_path: Path,
    max_shard_mb: float = 50,
    heldout: str | None = None,
    eval_limit: int = 200,
    int8: bool = True,
) -> dict[str, Any]:
    """Write the card (and the int8 card when it qualifies) from `src`: a training checkpoint
    (`runs/NAME/ckpt.pt`), or an existing card (`NAME.json`: one that came back from a GPU
    machine gets its held-out figures and int8 variant here, or a card is renamed, say to
    `default`). Returns the card's run fields."""
    load = _from_card if src.suffix == ".json" else _from_checkpoint
    model, tok, card = load(src)
    card = {"name": card_path.stem, **card}
    return publish(model, tok, card, card_path, max_shard_mb, heldout, eval_limit, int8)


def _from_checkpoint(ckpt_path: Path) -> tuple[AnyStudent, ThimbleTokenizer, dict[str, Any]]:
    ck = torch.load(ckpt_path, map_location="cpu", weights_only=True)
    cfg, seen, elapsed = ck["config"], ck["seen"], max(ck["elapsed_s"], 1e-9)
    model = build_student(ModelConfig.from_dict(ck["model_config"]))
    model.load_state_dict(ck["model"])
    card: dict[str, Any] = {
        "tool_format": cfg["tool_format"],
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
    return model, ThimbleTokenizer.load(cfg["tokenizer"]), card


def _from_card(src: Path) -> tuple[AnyStudent, ThimbleTokenizer, dict[str, Any]]:
    """The card's weights and fields, less what the new card writes afresh."""
    model, tok, card = load_checkpoint(src)
    kept = {k: v for k, v in card.items() if k not in ("name", "shards", "tokenizer", "int8")}
    return model, tok, {**kept, "eval": dict(card.get("eval") or {})}


def publish(
    model: AnyStudent,
    tok: ThimbleTokenizer,
    card: dict[str, Any],
    card_path: Path,
    max_shard_mb: float,
    heldout: str | None,
    eval_limit: int,
    int8: bool,
) -> dict[str, Any]:
    """float16 shards and the card; with held-out rows, its exact match, and the int8 card if
    that stays within one point."""
    fmt = card["tool_format"]
    max_bytes = int(max_shard_mb * 1_000_000)
    save_checkpoint(model, tok, card_path, card, max_shard_bytes=max_bytes)
    rows = read_rows(heldout)[:eval_limit] if heldout else []
    line = f"exported {card_path}"
    if rows:
        served = load_checkpoint(card_path)[0]  # the float16 weights, as the server loads them
        em = evaluate.exact_match(served, tok, fmt, rows)
        card["eval"].update(heldout_exact_match=em, heldout_rows=len(rows))
        line += f" (held-out exact match {100 * em:.1f}% on {len(rows)} rows)"
    if rows and int8:
        packed = Int8State(model)
        em8 = evaluate.exact_match(packed.student(), tok, fmt, rows)
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
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--ckpt", type=Path, help="runs/NAME/ckpt.pt")
    src.add_argument("--card", type=Path, help="an existing card (re-published under --out)")
    p.add_argument("--out", type=Path, help="card path (default: model/weights/NAME.json)")
    p.add_argument("--heldout", help="held-out JSONL for the exact-match figures and int8 check")
    p.add_argument("--limit", type=int, default=200, help="held-out rows decoded")
    p.add_argument("--max-shard-mb", type=float, default=50, help="16 to copy back from a GPU box")
    p.add_argument("--no-int8", dest="int8", action="store_false")
    args = p.parse_args(argv)
    name = args.ckpt.parent.name if args.ckpt else args.card.stem
    out = args.out or Path("model/weights") / f"{name}.json"
    export_run(args.ckpt or args.card, out, args.max_shard_mb, args.heldout, args.limit, args.int8)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
