"""In-process engine benchmark: one optimisation at a time, measured A/B/A/B, and the token rates.

    thimble bench --engine                          # every variant against the reference
    thimble bench --engine --variants fast,fast-fp32 --requests eight_tools_single --rounds 30

Each variant is an `Engine` with one `model.runtime.Speed` switch changed. The variants run
interleaved (round-robin, a rotating start) on the same requests, so the noise of a shared machine
falls on all of them alike; each is reported as the median milliseconds per request, the ratio to
the first variant, and whether its greedy answer equals the first variant's.

Weights are rounded to float16 first, as shipped checkpoints are, so `fp16` kernels are exact.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, replace
from typing import Any

import torch

from bench.workload import Workload
from model.generate import Engine, Request, collect
from model.runtime import Speed, auto_threads
from model.student import Student
from model.tokenizer import ThimbleTokenizer

FAST = Speed()
VARIANTS: dict[str, Speed] = {
    "reference": Speed.reference(),
    "reference-no-tool-cache": replace(Speed.reference(), tool_cache=False),
    "reference-no-grammar-cache": replace(Speed.reference(), grammar_cache=False),
    "reference-no-jump-forward": replace(Speed.reference(), jump_forward=False),
    "fast-fp32": replace(FAST, weights="fp32", sparse_logits=False),
    "fast-fp16-dense": replace(FAST, sparse_logits=False),
    "fast": FAST,
    "fast-int8": replace(FAST, weights="int8"),
    "fast-1-thread": replace(FAST, threads=1),
    "fast-2-threads": replace(FAST, threads=2),
}


@dataclass
class Row:
    variant: str
    request: str
    median_ms: float
    p90_ms: float
    ratio: float  # median / the first variant's median on the same request
    same_answer: bool  # greedy answer equals the first variant's
    prompt_tokens: int
    completion_tokens: int
    forced: int
    chosen: int
    encode_ms: float
    decode_ms: float
    grammar_ms: float


def fp16_rounded(model: Student) -> Student:
    """The model as a shipped checkpoint holds it (float16 values, float32 tensors)."""
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(p.half().float())
    return model


def _answer(engine: Engine, request: Request) -> tuple[Any, Any]:
    out = collect(engine.stream(request))
    return (out.calls, out.content, out.reason), out.stats


def compare(
    model: Student,
    tok: ThimbleTokenizer,
    variants: list[str],
    workload: Workload,
    names: list[str],
    rounds: int,
    device: str = "cpu",
) -> list[Row]:
    threads = torch.get_num_threads()
    engines = {v: Engine(model, tok, device=device, speed=VARIANTS[v]) for v in variants}
    torch.set_num_threads(threads)
    rows: list[Row] = []
    for name in names:
        request = workload.engine_request(name)
        answers, stats, times = {}, {}, {v: [] for v in variants}
        for v, engine in engines.items():  # cold run: fills the caches, compiles the grammar
            torch.set_num_threads(VARIANTS[v].resolved_threads())
            answers[v], stats[v] = _answer(engine, request)
        for r in range(rounds):
            order = variants[r % len(variants) :] + variants[: r % len(variants)]
            for v in order:
                torch.set_num_threads(VARIANTS[v].resolved_threads())
                t0 = time.perf_counter()
                answers[v], stats[v] = _answer(engines[v], request)
                times[v].append((time.perf_counter() - t0) * 1e3)
        base = statistics.median(times[variants[0]])
        for v in variants:
            st, ts = stats[v], sorted(times[v])
            rows.append(
                Row(
                    v,
                    name,
                    statistics.median(ts),
                    ts[int(0.9 * (len(ts) - 1))],
                    statistics.median(ts) / base,
                    answers[v] == answers[variants[0]],
                    st.prompt_tokens,
                    st.completion_tokens,
                    st.forced_tokens,
                    st.chosen_tokens,
                    st.encode_ms,
                    st.decode_ms,
                    st.grammar_ms,
                )
            )
    torch.set_num_threads(threads)
    return rows


def table(rows: list[Row]) -> str:
    head = (
        "| request | variant | median ms | p90 ms | ratio | same answer | in | out | forced "
        "| chosen | encode ms | decode ms | grammar ms |"
    )
    lines = [head, "|" + "---|" * 13]
    for r in rows:
        lines.append(
            f"| {r.request} | {r.variant} | {r.median_ms:.1f} | {r.p90_ms:.1f} | {r.ratio:.2f} "
            f"| {'yes' if r.same_answer else 'NO'} | {r.prompt_tokens} | {r.completion_tokens} "
            f"| {r.forced} | {r.chosen} | {r.encode_ms:.1f} | {r.decode_ms:.1f} "
            f"| {r.grammar_ms:.1f} |"
        )
    return "\n".join(lines)


def token_rates(
    model: Student, tok: ThimbleTokenizer, workload: Workload, names: list[str], rounds: int
) -> list[dict[str, Any]]:
    """Prefill and decode tokens/s of the default engine, from its per-request Stats."""
    engine = Engine(model, tok, speed=Speed(threads=auto_threads()))  # as `load_engine` does
    out = []
    for k, name in enumerate(names):
        request = workload.engine_request(name)
        cold = collect(engine.stream(workload.engine_request(name, fresh=10**6 + k))).stats
        warm = [collect(engine.stream(request)).stats for _ in range(rounds)]
        enc = statistics.median(s.encode_ms for s in warm)
        dec = statistics.median(s.decode_ms + s.grammar_ms for s in warm)
        st = warm[-1]
        out.append(
            {
                "request": name,
                "prompt_tokens": st.prompt_tokens,
                "completion_tokens": st.completion_tokens,
                "forced": st.forced_tokens,
                "chosen": st.chosen_tokens,
                "cold_encode_ms": cold.encode_ms,
                "warm_encode_ms": enc,
                "prefill_tok_s_cold": st.prompt_tokens / cold.encode_ms * 1e3,
                "prefill_tok_s_warm": st.prompt_tokens / enc * 1e3,
                "decode_ms": dec,
                "decode_tok_s": st.completion_tokens / dec * 1e3 if dec else 0.0,
                "model_calls_per_s": st.chosen_tokens
                / statistics.median(s.decode_ms for s in warm)
                * 1e3,
            }
        )
    return out
