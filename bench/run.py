"""`thimble bench`: latency and throughput of a Thimble server over HTTP, written to bench/results/.

    thimble bench                          # start `thimble serve` on a free port, measure, stop it
    thimble bench --quick                  # a few requests of each kind: a smoke run
    thimble bench --url http://host:8000   # a server that is already running (--pid for its RSS)
    thimble bench --engine                 # in-process A/B of each optimisation (bench.engine)

It sends the shipped request files (`bench/requests/`, see `bench.workload`) and reports, per
file, p50/p95/p99 latency at concurrency 1 with warm caches; cold (tools the server has not seen)
against warm for the headline request (8 tools, one call); requests/s and latency at concurrency
1, 4, 16 and 64; time to the first streamed chunk; forced against chosen tokens (the server's
/metrics); the server's resident memory; and prefill/decode tokens per second, measured in process
from the engine's own timings (the HTTP API does not expose them). The bench client runs on the
same machine as the server and takes some of its CPU, as a local client would.

Results go to `bench/results/<host>-<UTC time>.json` and `.md` (or `--out`).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import shlex
import shutil
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.http import Load, Server, percentile, run_load
from bench.report import markdown
from bench.workload import HEADLINE, REQUESTS_DIR, Workload

RESULTS_DIR = Path(__file__).parent / "results"
NOTE = (
    "Latency is measured by the client, from sending the request to the last byte of the "
    "response, over loopback HTTP. Without trained weights the server answers with a seeded "
    "random student: timing is representative, content is noise. The request schemas bound "
    "every argument (enums, integer ranges, maxLength, patterns) so that calls are about "
    "15-45 tokens long, like real ones; the single-call files use tool_choice 'required' with "
    "parallel_tool_calls false, 'no call' uses tool_choice 'none' with max_tokens 40."
)


def machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {"host": platform.node(), "cpu": cpu, "cores": cores, "load_avg_1m": load}


def summary(load: Load) -> dict[str, Any]:
    lat = load.latencies_ms
    n = max(load.ok, 1)
    return {
        "n": load.ok,
        "errors": load.errors,
        "statuses": {str(k): v for k, v in sorted(load.statuses.items())},
        "p50_ms": percentile(lat, 50),
        "p95_ms": percentile(lat, 95),
        "p99_ms": percentile(lat, 99),
        "mean_ms": statistics.fmean(lat) if lat else float("nan"),
        "req_per_s": load.ok / load.wall_s if load.wall_s else 0.0,
        "prompt_tokens": statistics.median(load.prompt_tokens) if load.prompt_tokens else None,
        "completion_tokens": (
            statistics.median(load.completion_tokens) if load.completion_tokens else None
        ),
        "forced_per_request": load.forced / n,
        "chosen_per_request": load.chosen / n,
        "ttft_p50_ms": percentile(load.ttft_ms, 50) if load.ttft_ms else None,
    }


def _encode(body: dict[str, Any]) -> bytes:
    return json.dumps(body).encode()


def measure(server: Server, workload: Workload, args: argparse.Namespace) -> dict[str, Any]:
    log = logging.getLogger("bench")
    out: dict[str, Any] = {"rss": {"after_load": server.rss()}}
    headline = HEADLINE if HEADLINE in workload.names else workload.names[0]

    # Cold: every tool new to the server (encoder states and grammar not cached), then the same
    # request again, warm; one connection for all pairs, as the warm files below have, so that
    # neither pays a TCP connection. Nonces from the clock keep runs against one server apart.
    nonce = int(time.time())
    bodies = [_encode(workload.body(headline, fresh=nonce * 100 + k)) for k in range(args.cold)]
    cold, warm = run_load(server, [b for b in bodies for _ in (0, 1)]).interleaved(2)
    out["cold_warm"] = {"request": headline, "cold": summary(cold), "warm": summary(warm)}
    log.info(
        "cold p50 %.1f ms, warm p50 %.1f ms",
        percentile(cold.latencies_ms, 50),
        percentile(warm.latencies_ms, 50),
    )

    # Every file at concurrency 1, caches warm (one untimed request first).
    out["requests"] = []
    for name in workload.names:
        body = _encode(workload.body(name))
        run_load(server, [body])
        s = summary(run_load(server, [body] * args.requests))
        out["requests"].append({"request": name, "label": workload.label(name), **s})
        log.info("%s: p50 %.1f ms p99 %.1f ms", name, s["p50_ms"], s["p99_ms"])

    # Streaming: time to the first chunk of the headline request.
    body = _encode({**workload.body(headline), "stream": True})
    out["stream"] = {
        "request": headline,
        **summary(run_load(server, [body] * args.requests, stream=True)),
    }

    # Throughput: the headline request at each concurrency.
    out["concurrency"] = []
    body = _encode(workload.body(headline))
    for c in args.concurrency:
        n = max(args.per_level, 4 * c) if not args.quick else max(args.per_level, c)
        s = summary(run_load(server, [body] * n, concurrency=c))
        out["concurrency"].append({"concurrency": c, "request": headline, **s})
        log.info("concurrency %d: %.1f req/s, p95 %.1f ms", c, s["req_per_s"], s["p95_ms"])
    out["rss"]["end"] = server.rss()
    return out


def engine_rates(workload: Workload, args: argparse.Namespace) -> list[dict[str, Any]]:
    """Prefill/decode tokens per second from the engine's timings, in this process."""
    from bench.engine import token_rates
    from model.weights import load_default

    model, tok, _ = load_default(args.weights, "auto")
    return token_rates(model, tok, workload, workload.names, rounds=2 if args.quick else 5)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="thimble bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--url", help="measure this running server instead of starting one")
    p.add_argument("--pid", type=int, help="with --url: the server's process id, for its RSS")
    p.add_argument("--quick", action="store_true", help="a few requests of each kind (smoke run)")
    p.add_argument("--requests", type=int, help="timed requests per file at concurrency 1 (50)")
    p.add_argument("--cold", type=int, help="cold/warm pairs with fresh tools (10)")
    p.add_argument("--concurrency", help="comma-separated levels (1,4,16,64)")
    p.add_argument(
        "--per-level", type=int, help="requests per concurrency level, at least 4x it (64)"
    )
    p.add_argument("--only", help="comma-separated request file names (default: all)")
    p.add_argument("--requests-dir", type=Path, help="request files (default bench/requests)")
    p.add_argument("--weights", type=Path, help="checkpoint card for the server and engine rates")
    p.add_argument("--serve-args", default="", help="extra `thimble serve` arguments, one string")
    p.add_argument("--no-engine-rates", action="store_true", help="skip the in-process token rates")
    p.add_argument("--out", type=Path, help="result file stem (default bench/results/HOST-TIME)")
    p.add_argument("--engine", action="store_true", help="in-process A/B of the optimisations")
    p.add_argument("--variants", help="with --engine: comma-separated (see bench.engine.VARIANTS)")
    p.add_argument("--rounds", type=int, default=20, help="with --engine: timed rounds")
    p.add_argument("--device", default="cpu", help="with --engine: cpu, cuda or auto")
    return p


def _defaults(args: argparse.Namespace) -> None:
    q = args.quick
    args.requests = args.requests or (3 if q else 50)
    args.cold = args.cold if args.cold is not None else (1 if q else 10)
    levels = args.concurrency or ("1,4" if q else "1,4,16,64")
    args.concurrency = [int(c) for c in levels.split(",")]
    args.per_level = args.per_level or (4 if q else 64)


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s bench: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    _defaults(args)
    names = args.only.split(",") if args.only else None
    workload = Workload.load(args.requests_dir or REQUESTS_DIR, names)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    stem = args.out or RESULTS_DIR / f"{platform.node() or 'host'}-{stamp}"
    stem.parent.mkdir(parents=True, exist_ok=True)
    if args.engine:
        return _engine_ab(args, workload, stem)

    result: dict[str, Any] = {"date": stamp, "machine": machine(), "note": NOTE}
    serve_args = shlex.split(args.serve_args)
    if args.weights:
        serve_args += ["--weights", str(args.weights)]
    if args.url:
        server = Server.attach(args.url, args.pid)
    else:
        log_dir = Path(tempfile.mkdtemp(prefix="thimble-bench-"))
        server = Server.start(serve_args, {}, log_dir / "server.log")
    result["server"] = {
        "url": server.url,
        "started_by_bench": args.url is None,
        "serve_args": serve_args,
        "load_s": round(server.load_s, 2),
        "weights": str(args.weights) if args.weights else _default_weights(),
    }
    try:
        result.update(measure(server, workload, args))
    finally:
        server.stop()
    if server.log is not None:  # kept only when the server failed (its tail is in the error)
        shutil.rmtree(server.log.parent, ignore_errors=True)
    if not args.no_engine_rates:
        result["engine"] = engine_rates(workload, args)
    stem.with_suffix(".json").write_text(json.dumps(result, indent=2) + "\n")
    stem.with_suffix(".md").write_text(markdown(result))
    print(markdown(result))
    print(f"wrote {stem}.json and {stem}.md")
    failed = sum(r["errors"] for r in result["requests"]) + result["cold_warm"]["cold"]["errors"]
    return 1 if failed or not result["requests"] else 0


def _default_weights() -> str:
    from model.weights import DEFAULT_CARD

    return str(DEFAULT_CARD) if DEFAULT_CARD.exists() else "random student (no trained weights)"


def _engine_ab(args: argparse.Namespace, workload: Workload, stem: Path) -> int:
    import torch

    from bench.engine import VARIANTS, compare, fp16_rounded, table
    from model.weights import load_default, resolve_device

    variants = args.variants.split(",") if args.variants else list(VARIANTS)
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        raise SystemExit(f"unknown variants {unknown}; known: {', '.join(VARIANTS)}")
    device = resolve_device(args.device)
    model, tok, _ = load_default(args.weights, device)
    rows = compare(
        fp16_rounded(model), tok, variants, workload, workload.names, args.rounds, device
    )
    m = machine()
    if device.startswith("cuda"):
        m["cpu"] = f"{torch.cuda.get_device_name()} (CUDA), host {m['cpu']}"
    head = f"# Engine A/B, {m['host']}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    about = (
        f"{m['cpu']}, {m['cores']} cores, load average {m['load_avg_1m']:.2f}; "
        f"{args.rounds} interleaved rounds per request; weights rounded to float16. Each "
        "variant changes one `model.runtime.Speed` switch (see `bench.engine.VARIANTS`)."
    )
    text = f"{head}\n\n{about}\n\n{table(rows)}\n"
    stem.with_suffix(".engine.md").write_text(text)
    print(text)
    return 0
