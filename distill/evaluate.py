"""Evaluate a checkpoint: greedy, grammar-constrained answers scored against references.

    thimble eval --weights model/weights/synth.json --data data/synth/heldout.jsonl
    thimble eval --weights model/weights/synth.json --bfcl simple_python,multiple,parallel,\
parallel_multiple,irrelevance --limit 100

Held-out rows are scored by `score`: exact match (the calls, as a multiset of (name, parsed
arguments), equal the reference's; for a no-call reference: no call made), per-part accuracy
(call count, names, argument keys, argument values), no-call precision/recall, JSON and schema
validity of the calls made, latency p50/p95, and exact match per row kind (`meta.kind`). BFCL categories are scored by BFCL's own AST rules
(`distill.bfcl`). Prints a table and writes a JSON report.

Several `--data` files (held-out rows and the development sets `python -m distill.sources.build`
writes: dev-seal-ood.jsonl, dev-sgd-services.jsonl) are scored each on its own, with the copy
metric (`distill.copy_metric`: the share of argument values spelled out in the user's words that
come out exactly).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import torch
import torch.nn.functional as F

from distill import bfcl
from distill.copy_metric import copy_score
from distill.data import IGNORE, ClassWeights, Dataset, collate, read_rows
from model.format import Message, Tool, messages_from_openai
from model.generate import Engine, Request, collect
from model.grammar import GrammarError, ToolChoice
from model.student import Student
from model.tokenizer import ThimbleTokenizer
from model.weights import load_checkpoint, resolve_device


@dataclass(frozen=True)
class Prediction:
    calls: list[tuple[str, str]]  # (name, arguments as generated)
    content: str | None = None
    latency_ms: float = 0.0
    error: str | None = None  # the request could not be answered (bad schema, escaped grammar)
    reason: str = ""  # the engine's finish reason; "length": the answer ran to the token cap


@dataclass(frozen=True)
class Reference:
    calls: list[tuple[str, dict[str, Any]]]
    schemas: dict[str, dict[str, Any]] = field(default_factory=dict)  # tool name -> parameters

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Reference:
        calls = [(c["name"], c["arguments"]) for c in row["answer"].get("tool_calls") or []]
        tools = [Tool.from_openai(t) for t in row.get("tools") or []]
        return cls(calls, {t.name: t.parameters for t in tools})


@dataclass
class Metrics:
    rows: int
    exact_match: float  # all of these are fractions in [0, 1]
    call_count: float  # as many calls as the reference
    names: float  # the same multiset of names
    arg_keys: float  # the same multiset of (name, argument keys), over rows whose reference calls
    arg_values: float  # share of reference (name, key, value) triples reproduced (micro)
    no_call_precision: float | None  # "no call" as the positive class
    no_call_recall: float | None
    json_valid: float | None  # share of predicted calls whose arguments parse as a JSON object
    schema_valid: float | None  # share of predicted calls that validate against their tool
    latency_p50_ms: float
    latency_p95_ms: float
    errors: int = 0


def canonical(value: Any) -> str:
    """A hashable form where equal JSON values agree (5 == 5.0; key order is irrelevant)."""

    def norm(v: Any) -> Any:
        if isinstance(v, float) and v.is_integer():
            return int(v)
        if isinstance(v, dict):
            return {k: norm(x) for k, x in v.items()}
        if isinstance(v, list):
            return [norm(x) for x in v]
        return v

    return json.dumps(norm(value), sort_keys=True, ensure_ascii=False)


def parse_args(text: str) -> dict[str, Any] | None:
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def percentile(xs: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    if not xs:
        return 0.0
    s = sorted(xs)
    k = (len(s) - 1) * q / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def is_exact(p: Prediction, r: Reference) -> bool:
    """The calls made equal the reference's, as a multiset of (name, parsed arguments); for a
    no-call reference, no call made."""
    got = Counter((n, canonical(parse_args(a) or {})) for n, a in p.calls)
    return got == Counter((n, canonical(a)) for n, a in r.calls)


def score(predictions: list[Prediction], references: list[Reference]) -> Metrics:
    """Pure scoring of predictions against references, row by row."""
    if len(predictions) != len(references):
        raise ValueError("one prediction per reference")
    exact = count = names = keys = key_rows = 0
    values_hit = values_all = 0
    tp = pred_none = ref_none = 0
    n_calls = json_ok = schema_ok = 0
    for p, r in zip(predictions, references, strict=True):
        parsed = [(n, parse_args(a)) for n, a in p.calls]
        n_calls += len(parsed)
        for name, args in parsed:
            json_ok += args is not None
            schema = r.schemas.get(name)
            schema_ok += (
                args is not None
                and schema is not None
                and jsonschema.Draft202012Validator(schema).is_valid(args)
            )
        got = [(n, a or {}) for n, a in parsed]
        exact += is_exact(p, r)
        count += len(got) == len(r.calls)
        names += Counter(n for n, _ in got) == Counter(n for n, _ in r.calls)
        if r.calls:
            key_rows += 1
            keys += Counter((n, tuple(sorted(a))) for n, a in got) == Counter(
                (n, tuple(sorted(a))) for n, a in r.calls
            )
        want = Counter((n, k, canonical(v)) for n, a in r.calls for k, v in a.items())
        have = Counter((n, k, canonical(v)) for n, a in got for k, v in a.items())
        values_hit += sum((want & have).values())
        values_all += sum(want.values())
        pred_none += not got
        ref_none += not r.calls
        tp += not got and not r.calls
    n = len(references)
    lat = [p.latency_ms for p in predictions]
    return Metrics(
        rows=n,
        exact_match=exact / n if n else 0.0,
        call_count=count / n if n else 0.0,
        names=names / n if n else 0.0,
        arg_keys=keys / key_rows if key_rows else 0.0,
        arg_values=values_hit / values_all if values_all else 0.0,
        no_call_precision=_ratio(tp, pred_none),
        no_call_recall=_ratio(tp, ref_none),
        json_valid=_ratio(json_ok, n_calls),
        schema_valid=_ratio(schema_ok, n_calls),
        latency_p50_ms=percentile(lat, 50),
        latency_p95_ms=percentile(lat, 95),
        errors=sum(p.error is not None for p in predictions),
    )


def exact_by_kind(
    predictions: list[Prediction], references: list[Reference], kinds: list[str]
) -> dict[str, dict[str, float]]:
    """Rows and exact match per row kind (`meta.kind`: single, parallel, no_call, typo, ...),
    so one weak kind of request is not hidden in the headline."""
    hits = [is_exact(p, r) for p, r in zip(predictions, references, strict=True)]
    out = {}
    for kind in sorted(set(kinds)):
        picked = [hit for hit, k in zip(hits, kinds, strict=True) if k == kind]
        out[kind] = {"rows": len(picked), "exact_match": sum(picked) / len(picked)}
    return out


@torch.no_grad()
def teacher_forced(
    model: Student, ds: Dataset, limit: int, batch_size: int, device: str, amp: bool
) -> dict[str, float]:
    """Held-out token loss (unweighted mean) and next-token accuracy over `limit` rows; leaves
    the model in eval mode."""
    model.eval()
    rows = sorted(range(min(len(ds), limit)), key=lambda i: int(ds.dec_off[i + 1]))
    loss = correct = count = 0.0
    for start in range(0, len(rows), batch_size):
        b = collate(ds, rows[start : start + batch_size], ClassWeights()).to(device)
        with torch.autocast("cuda", torch.bfloat16, enabled=amp):
            logits = model(b.enc_ids, b.enc_pos, b.enc_seg, b.dec_in)
        mask = b.targets != IGNORE
        ce = F.cross_entropy(
            logits.float().transpose(1, 2), b.targets, ignore_index=IGNORE, reduction="sum"
        )
        loss += float(ce)
        correct += float(((logits.argmax(-1) == b.targets) & mask).sum())
        count += float(mask.sum())
    return {"eval_loss": loss / max(count, 1), "eval_token_acc": correct / max(count, 1)}


# ---- running the engine --------------------------------------------------------------------


def predict(engine: Engine, tools: list[Tool], messages: list[Message]) -> Prediction:
    t0 = time.perf_counter()
    try:
        out = collect(engine.stream(Request(tools, messages, ToolChoice())))
    except (GrammarError, RuntimeError) as e:
        return Prediction([], None, (time.perf_counter() - t0) * 1e3, str(e))
    return Prediction(out.calls, out.content, (time.perf_counter() - t0) * 1e3, reason=out.reason)


def run_rows(
    engine: Engine, rows: Iterable[dict[str, Any]]
) -> tuple[list[Prediction], list[Reference]]:
    preds, refs = [], []
    for row in rows:
        tools = [Tool.from_openai(t) for t in row.get("tools") or []]
        preds.append(predict(engine, tools, messages_from_openai(row["messages"])))
        refs.append(Reference.from_row(row))
    return preds, refs


def exact_match(
    model: Student, tok: ThimbleTokenizer, tool_format: str, rows: list[dict[str, Any]]
) -> float:
    """Exact match of a model's greedy constrained answers over rows, decoded on the CPU."""
    return score(*run_rows(Engine(model, tok, tool_format, "cpu"), rows)).exact_match


def run_bfcl(engine: Engine, category: str, limit: int | None) -> dict[str, Any]:
    """BFCL accuracy of one category, with a count of the checker's error types."""
    cases = bfcl.load(category, limit)
    errors: Counter[str] = Counter()
    correct, lat, at_cap = 0, [], 0
    for case in cases:
        tools = [Tool.from_openai(t) for t in case.tools]
        p = predict(engine, tools, messages_from_openai(case.messages))
        lat.append(p.latency_ms)
        at_cap += p.reason == "length"
        parsed = [(n, parse_args(a)) for n, a in p.calls]
        if any(a is None for _, a in parsed):  # BFCL's decoder would fail on it
            result = bfcl.Result(False, "ast_decoder:decoder_failed", "arguments are not JSON")
        else:
            result = bfcl.check(case, [{n: a} for n, a in parsed])
        correct += result.valid
        if not result.valid:
            errors[result.error_type] += 1
    return {
        "accuracy": correct / len(cases) if cases else 0.0,
        "n": len(cases),
        "latency_p50_ms": percentile(lat, 50),
        "at_token_cap": at_cap,  # answers that ran to the token limit (the loop guard's target)
        "errors": dict(errors.most_common()),
    }


def load_weights(card: Path, device: str) -> Engine:
    """An engine over a checkpoint card, int8 cards included (`model.weights`)."""
    model, tok, meta = load_checkpoint(card, device)
    return Engine(model, tok, meta.get("tool_format", "compact"), device, card=meta)


def table(rows: list[tuple[str, Any]]) -> str:
    """Aligned `name  value` lines: fractions as percentages, `_ms` figures in milliseconds."""

    def fmt(k: str, v: Any) -> str:
        if v is None:
            return "-"
        if isinstance(v, float) and not k.endswith("_ms"):
            return f"{100 * v:7.2f}%"
        return f"{v:8.1f}" if isinstance(v, float) else f"{v:8d}"

    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k:<{width}}  {fmt(k, v)}" for k, v in rows)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="thimble eval",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--weights", type=Path, required=True, help="checkpoint card (NAME.json)")
    p.add_argument(
        "--data",
        type=Path,
        nargs="+",
        help="JSONL rows, each file scored on its own: held-out rows and development sets "
        "(distill.sources.build's dev-seal-ood.jsonl, dev-sgd-services.jsonl)",
    )
    p.add_argument("--traces", type=Path, help="a trace store: the recorded traffic (SQLite)")
    p.add_argument(
        "--bfcl", help="comma-separated BFCL categories, e.g. " + ",".join(bfcl.CATEGORIES)
    )
    p.add_argument("--limit", type=int, help="at most this many rows per data set")
    p.add_argument(
        "--device", default="cpu", help="cpu (default: latency as served), cuda, or auto"
    )
    p.add_argument("--threads", type=int, help="torch CPU threads")
    p.add_argument("--out", type=Path, help="JSON report (default: runs/eval/NAME.json)")
    args = p.parse_args(argv)
    if args.traces:  # as held-out rows: the upstream's answers are the references
        from distill.traces import write_jsonl

        traces = (
            args.out.with_suffix(".traces.jsonl") if args.out else Path("runs/eval/traces.jsonl")
        )
        traces.parent.mkdir(parents=True, exist_ok=True)
        write_jsonl(args.traces, traces)
        args.data = [traces]
    if not args.data and not args.bfcl:
        p.error("give --data, --traces and/or --bfcl")
    if args.threads:
        torch.set_num_threads(args.threads)
    engine = load_weights(args.weights, resolve_device(args.device))
    report: dict[str, Any] = {"weights": str(args.weights), "limit": args.limit}
    for path in args.data or []:
        rows = read_rows(path)[: args.limit]
        preds, refs = run_rows(engine, rows)
        m = score(preds, refs)
        kinds = exact_by_kind(preds, refs, [str(r.get("meta", {}).get("kind", "-")) for r in rows])
        made = [[(n, parse_args(a) or {}) for n, a in pred.calls] for pred in preds]
        copy = copy_score(rows, made)
        entry = {"data": str(path), **asdict(m), "by_kind": kinds, "copy": copy}
        report.setdefault("heldout", entry)  # the first file, as before several were allowed
        report.setdefault("data_sets", {})[path.stem] = entry
        print(f"data: {path} ({m.rows} rows)")
        print(table([*asdict(m).items(), (f"copied ({copy['values']} values)", copy["copied"])]))
        print("exact match by kind")
        print(table([(f"{k} ({v['rows']})", v["exact_match"]) for k, v in kinds.items()]))
    for category in (args.bfcl or "").split(","):
        if category:
            r = run_bfcl(engine, category.strip(), args.limit)
            report.setdefault("bfcl", {})[category] = r
    if "bfcl" in report:
        print("BFCL (AST)")
        print(table([(c, r["accuracy"]) for c, r in report["bfcl"].items()]))
        print(
            "answers at the token cap: "
            + ", ".join(f"{c} {r['at_token_cap']}" for c, r in report["bfcl"].items())
        )
    out = args.out or Path("runs/eval") / f"{args.weights.stem}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"report: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
