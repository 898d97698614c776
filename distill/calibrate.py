"""`thimble calibrate`: fit the confidence calibration of a card on held-out rows and store it.

    thimble calibrate --weights model/weights/default.json --data /tmp/cal/heldout.jsonl \
        --limit 400 --bfcl simple_python,multiple,parallel,parallel_multiple,irrelevance

The student answers each held-out row greedily (as served); each answer's raw confidence
(`model.confidence`) is paired with whether it was an exact match. Isotonic regression of
right-or-wrong on the raw score is the calibration. The figures it prints are honest: every
row's calibrated confidence comes from a fit on the other half of the rows (two-fold), so the
ECE "after" and the threshold table are out of sample. The calibration written into the card
(`calibration` key, unless --dry-run) is then fitted on all the rows. BFCL rows (--bfcl) are
only measured, with that calibration: never fitted on.

Re-run it on every new card: a calibration belongs to the weights it was fitted for.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from distill import bfcl
from distill.data import read_rows
from distill.evaluate import Prediction, Reference, is_exact, load_weights, parse_args
from distill.export import update_card
from model.confidence import Score, ece, fit_isotonic, raw_confidence
from model.format import Tool, messages_from_openai
from model.generate import Completion, Engine, Request, collect
from model.grammar import GrammarError, ToolChoice
from model.weights import resolve_device

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99)


@dataclass(frozen=True)
class Scored:
    raw: float  # raw confidence of the answer (0 for a request the student could not answer)
    right: bool


def answer(engine: Engine, tools: list[Tool], messages: list[dict[str, Any]]) -> Completion | None:
    try:
        return collect(engine.stream(Request(tools, messages_from_openai(messages), ToolChoice())))
    except (GrammarError, RuntimeError):
        return None


def score_rows(engine: Engine, rows: Iterable[dict[str, Any]], score: Score) -> list[Scored]:
    out = []
    for row in rows:
        tools = [Tool.from_openai(t) for t in row.get("tools") or []]
        got = answer(engine, tools, row["messages"])
        if got is None:
            out.append(Scored(0.0, False))
            continue
        right = is_exact(Prediction(got.calls, got.content), Reference.from_row(row))
        out.append(Scored(raw_confidence(got.stats, score), right))
    return out


def score_bfcl(engine: Engine, category: str, limit: int | None, score: Score) -> list[Scored]:
    out = []
    for case in bfcl.load(category, limit):
        tools = [Tool.from_openai(t) for t in case.tools]
        got = answer(engine, tools, case.messages)
        if got is None:
            out.append(Scored(0.0, False))
            continue
        parsed = [(n, parse_args(a)) for n, a in got.calls]
        ok = (
            all(a is not None for _, a in parsed)
            and bfcl.check(case, [{n: a} for n, a in parsed]).valid
        )
        out.append(Scored(raw_confidence(got.stats, score), ok))
    return out


def cross_fitted(scored: list[Scored], score: Score) -> list[float]:
    """Each row's calibrated confidence from an isotonic fit on the other half (even/odd rows)."""
    out = [0.0] * len(scored)
    for half in (0, 1):
        fit = [s for i, s in enumerate(scored) if i % 2 != half]
        cal = fit_isotonic([s.raw for s in fit], [s.right for s in fit], score)
        for i in range(half, len(scored), 2):
            out[i] = cal.apply(scored[i].raw)
    return out


def threshold_table(conf: list[float], right: list[bool]) -> list[dict[str, float]]:
    """For each threshold: the share answered locally (confidence >= threshold) and the
    accuracy of those local answers."""
    rows = []
    for t in THRESHOLDS:
        local = [r for c, r in zip(conf, right, strict=True) if c >= t]
        rows.append(
            {
                "threshold": t,
                "local_share": len(local) / len(conf) if conf else 0.0,
                "local_accuracy": sum(local) / len(local) if local else float("nan"),
            }
        )
    return rows


def print_table(title: str, rows: list[dict[str, float]]) -> None:
    if title:
        print(title)
    print("threshold  answered locally  accuracy of local answers")
    for r in rows:
        acc = r["local_accuracy"]
        acc_s = "-" if acc != acc else f"{100 * acc:.1f}%"
        print(f"{r['threshold']:9.2f}  {100 * r['local_share']:15.1f}%  {acc_s:>25}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="thimble calibrate",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--weights", type=Path, required=True, help="checkpoint card (NAME.json)")
    p.add_argument("--data", type=Path, required=True, help="held-out JSONL rows to fit on")
    p.add_argument("--limit", type=int, help="at most this many held-out rows")
    p.add_argument("--bfcl", help="comma-separated BFCL categories to measure (not fit) on")
    p.add_argument("--bfcl-limit", type=int, default=60, help="cases per BFCL category")
    p.add_argument("--score", choices=("product", "min"), default="product", help="raw score")
    p.add_argument("--device", default="cpu", help="cpu (default), cuda or auto")
    p.add_argument("--threads", type=int, help="torch CPU threads")
    p.add_argument("--dry-run", action="store_true", help="print the figures, leave the card")
    p.add_argument("--out", type=Path, help="JSON report")
    args = p.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    engine = load_weights(args.weights, resolve_device(args.device))
    rows = read_rows(args.data)[: args.limit]
    scored = score_rows(engine, rows, args.score)
    right = [s.right for s in scored]
    raw = [s.raw for s in scored]
    held = cross_fitted(scored, args.score)
    cal = fit_isotonic(raw, right, args.score, f"{args.data} ({len(rows)} rows)")
    report: dict[str, Any] = {
        "weights": str(args.weights),
        "rows": len(rows),
        "accuracy": sum(right) / len(right) if right else 0.0,
        "ece_raw": ece(raw, right),
        "ece_calibrated": ece(held, right),
        "heldout": threshold_table(held, right),
        "calibration": cal.to_card(),
        "scored": [[s.raw, s.right] for s in scored],  # refit without decoding again
    }
    print(f"held-out: {args.data} ({len(rows)} rows, exact match {100 * report['accuracy']:.1f}%)")
    print(
        f"ECE raw {report['ece_raw']:.3f} -> calibrated (two-fold) {report['ece_calibrated']:.3f}"
    )
    print_table("held-out, calibrated out of sample", report["heldout"])
    for category in (args.bfcl or "").split(","):
        if not category.strip():
            continue
        b = score_bfcl(engine, category.strip(), args.bfcl_limit, args.score)
        conf, ok = [cal.apply(s.raw) for s in b], [s.right for s in b]
        report.setdefault("bfcl", {})[category] = {
            "n": len(b),
            "accuracy": sum(ok) / len(ok) if ok else 0.0,
            "ece_calibrated": ece(conf, ok),
            "table": threshold_table(conf, ok),
            "scored": [[s.raw, s.right] for s in b],
        }
        r = report["bfcl"][category]
        print(
            f"BFCL {category} ({len(b)} cases, accuracy {100 * r['accuracy']:.1f}%, ECE {r['ece_calibrated']:.3f})"
        )
        print_table("", r["table"])
    if not args.dry_run:
        update_card(args.weights, {"calibration": cal.to_card()})
        print(f"calibration written to {args.weights} ({len(cal.x)} breakpoints)")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
