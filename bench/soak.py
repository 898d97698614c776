"""Soak: the real server (shipped default model) under sustained mixed load on loopback.

    python -m bench.soak --minutes 10 --concurrency 64          # the soak, then the distinct pass
    python -m bench.soak --phase distinct --distinct 3000       # only the pass over distinct tools

Soak phase: `concurrency` clients loop for `minutes`, each request drawn from the bench request
files (1, 8 and 30 tools; single, parallel, no-call, long history), half of them streamed, one in
five with a cold tool set (every tool's description made unique, so the server has never seen
it: new encoder states, a new grammar, new validators). An error is any response that is not a
200 with a whole answer (a stream must end with `data: [DONE]` and carry no error chunk). The
server's RSS is read from /proc at the start (after a warm-up), every 10 s, and at the end.

Distinct phase: `distinct` requests, each offering a tool set never offered before (1 to 12 of
the 30 bench tools, each with a unique description), 16 at a time, unstreamed; the RSS after it
against the 500 MB target, and the caches' bytes from /metrics against their budget.

Writes bench/results/soak-<UTC time>.json and .md. The client runs on the same machine.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bench.http import Server, percentile, rss_mb

ROOT = Path(__file__).resolve().parents[1]
REQUESTS = ROOT / "bench" / "requests"
RESULTS = ROOT / "bench" / "results"
WARM_FILES = [
    "one_tool_single",
    "eight_tools_single",
    "eight_tools_parallel",
    "eight_tools_no_call",
    "eight_tools_long",
    "thirty_tools_single",
]


def load_bodies() -> dict[str, dict[str, Any]]:
    return {name: json.loads((REQUESTS / f"{name}.json").read_text()) for name in WARM_FILES}


def cold(body: dict[str, Any], tag: str) -> dict[str, Any]:
    """The same request with every tool made new (its description carries `tag`)."""
    tools = []
    for t in body.get("tools") or []:
        fn = {**t["function"], "description": f"{t['function'].get('description', '')} ({tag})"}
        tools.append({**t, "function": fn})
    return {**body, "tools": tools}


def distinct_body(all_tools: list[dict[str, Any]], k: int, rng: random.Random) -> dict[str, Any]:
    chosen = rng.sample(all_tools, rng.randint(1, 12))
    body = {
        "model": "thimble",
        "messages": [{"role": "user", "content": "Book it for tomorrow at 9, please."}],
        "tools": chosen,
        "tool_choice": "required",
        "parallel_tool_calls": False,
        "max_tokens": 64,
    }
    return cold(body, f"set {k}")


@dataclass
class Tally:
    latencies_ms: list[float] = field(default_factory=list)
    statuses: dict[str, int] = field(default_factory=dict)
    kinds: dict[str, int] = field(default_factory=dict)
    bad: list[str] = field(default_factory=list)  # first few failures, for the report

    def count(self, key: str, table: dict[str, int]) -> None:
        table[key] = table.get(key, 0) + 1

    @property
    def errors(self) -> int:
        return sum(n for s, n in self.statuses.items() if s != "200")


async def one(client: httpx.AsyncClient, url: str, body: dict[str, Any], tally: Tally) -> None:
    t0 = time.perf_counter()
    status = "exception"
    try:
        if body.get("stream"):
            async with client.stream("POST", url, json=body) as r:
                text = "".join([line + "\n" async for line in r.aiter_lines()])
            status = str(r.status_code)
            if status == "200" and (
                not text.rstrip().endswith("data: [DONE]") or '"error"' in text
            ):
                status = "200-incomplete"
        else:
            r = await client.post(url, json=body)
            status = str(r.status_code)
            if status == "200" and not r.json().get("choices"):
                status = "200-incomplete"
    except httpx.HTTPError as e:
        status = f"exception:{type(e).__name__}"
    dt = (time.perf_counter() - t0) * 1e3
    tally.count(status, tally.statuses)
    if status == "200":
        tally.latencies_ms.append(dt)
    elif len(tally.bad) < 10:
        tally.bad.append(status)


async def rss_sampler(pid: int, out: list[tuple[float, float]], stop: asyncio.Event) -> None:
    t0 = time.monotonic()
    while not stop.is_set():
        out.append((round(time.monotonic() - t0, 1), rss_mb(pid).get("rss_mb", float("nan"))))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), 10)


async def soak(url: str, pid: int, minutes: float, concurrency: int, seed: int) -> dict[str, Any]:
    bodies = load_bodies()
    rng = random.Random(seed)
    tally = Tally()
    samples: list[tuple[float, float]] = []
    stop = asyncio.Event()
    deadline = time.monotonic() + minutes * 60
    counter = 0

    async def client_loop(client: httpx.AsyncClient) -> None:
        nonlocal counter
        while time.monotonic() < deadline:
            name = rng.choice(WARM_FILES)
            body = dict(bodies[name])
            kind = name
            if rng.random() < 0.2:
                counter += 1
                body, kind = cold(body, f"soak {seed} {counter}"), f"{name}:cold"
            body["stream"] = rng.random() < 0.5
            tally.count(kind + (":stream" if body["stream"] else ""), tally.kinds)
            await one(client, f"{url}/v1/chat/completions", body, tally)

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    start = rss_mb(pid)
    sampler = asyncio.create_task(rss_sampler(pid, samples, stop))
    t0 = time.perf_counter()
    async with httpx.AsyncClient(limits=limits, timeout=300.0) as client:
        await asyncio.gather(*(client_loop(client) for _ in range(concurrency)))
    wall = time.perf_counter() - t0
    stop.set()
    await sampler
    end = rss_mb(pid)
    n = sum(tally.statuses.values())
    return {
        "minutes": minutes,
        "concurrency": concurrency,
        "requests": n,
        "requests_per_s": round(n / wall, 2),
        "errors": tally.errors,
        "statuses": tally.statuses,
        "first_failures": tally.bad,
        "p50_ms": round(percentile(tally.latencies_ms, 50), 1),
        "p99_ms": round(percentile(tally.latencies_ms, 99), 1),
        "rss_start_mb": round(start.get("rss_mb", 0), 1),
        "rss_end_mb": round(end.get("rss_mb", 0), 1),
        "rss_peak_mb": round(end.get("peak_rss_mb", 0), 1),
        "rss_growth_percent": round(100 * (end["rss_mb"] / start["rss_mb"] - 1), 1),
        "rss_samples": samples,
        "kinds": tally.kinds,
    }


async def distinct(url: str, pid: int, n: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    all_tools = [t for name in ("thirty_tools_single",) for t in load_bodies()[name]["tools"]]
    tally = Tally()
    samples: list[tuple[float, float]] = []
    stop = asyncio.Event()
    queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    for k in range(n):
        queue.put_nowait(distinct_body(all_tools, seed * 1_000_000 + k, rng))
    start = rss_mb(pid)

    async def worker(client: httpx.AsyncClient) -> None:
        while not queue.empty():
            await one(client, f"{url}/v1/chat/completions", queue.get_nowait(), tally)

    sampler = asyncio.create_task(rss_sampler(pid, samples, stop))
    t0 = time.perf_counter()
    async with httpx.AsyncClient(timeout=300.0) as client:
        await asyncio.gather(*(worker(client) for _ in range(16)))
    wall = time.perf_counter() - t0
    stop.set()
    await sampler
    end = rss_mb(pid)
    metrics = httpx.get(f"{url}/metrics", timeout=30).text
    caches = [
        line for line in metrics.splitlines() if line.startswith("thimble_cache_") and "{" in line
    ]
    budget = [line for line in metrics.splitlines() if line.startswith("thimble_cache_budget")]
    return {
        "requests": n,
        "wall_s": round(wall, 1),
        "errors": tally.errors,
        "statuses": tally.statuses,
        "first_failures": tally.bad,
        "p50_ms": round(percentile(tally.latencies_ms, 50), 1),
        "p99_ms": round(percentile(tally.latencies_ms, 99), 1),
        "rss_start_mb": round(start.get("rss_mb", 0), 1),
        "rss_end_mb": round(end.get("rss_mb", 0), 1),
        "rss_peak_mb": round(end.get("peak_rss_mb", 0), 1),
        "rss_target_mb": 500,
        "under_target": end.get("rss_mb", 1e9) < 500,
        "rss_samples": samples,
        "caches": caches + budget,
    }


def report(result: dict[str, Any]) -> str:
    lines = [f"# Soak, {result['started']} ({result['host']})", ""]
    lines += [f"Command: `{result['command']}`", "", f"Machine load: {result['load']}", ""]
    if "soak" in result:
        s = result["soak"]
        lines += [
            f"## Soak: {s['minutes']} min at concurrency {s['concurrency']}",
            "",
            f"- requests: {s['requests']} ({s['requests_per_s']}/s), errors: {s['errors']} "
            f"(statuses {s['statuses']})",
            f"- latency of successful requests: p50 {s['p50_ms']} ms, p99 {s['p99_ms']} ms",
            f"- server RSS: start {s['rss_start_mb']} MB, end {s['rss_end_mb']} MB "
            f"({s['rss_growth_percent']:+}%), peak {s['rss_peak_mb']} MB",
            f"- mix: {s['kinds']}",
            "",
        ]
    if "distinct" in result:
        d = result["distinct"]
        lines += [
            f"## Distinct tool sets: {d['requests']} requests, each a tool set never seen",
            "",
            f"- errors: {d['errors']} (statuses {d['statuses']}), {d['wall_s']} s, "
            f"p50 {d['p50_ms']} ms, p99 {d['p99_ms']} ms",
            f"- server RSS: start {d['rss_start_mb']} MB, end {d['rss_end_mb']} MB, peak "
            f"{d['rss_peak_mb']} MB (target under {d['rss_target_mb']} MB: "
            f"{'met' if d['under_target'] else 'NOT met'})",
            "- caches at the end (/metrics):",
            "",
            *[f"      {line}" for line in d["caches"]],
            "",
        ]
    return "\n".join(lines)


def machine_load() -> str:
    load1, load5, _ = os.getloadavg()
    return f"load average {load1:.1f} / {load5:.1f} (1 / 5 min) on {os.cpu_count()} CPUs"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__)
    p.add_argument("--minutes", type=float, default=10.0)
    p.add_argument("--concurrency", type=int, default=64)
    p.add_argument("--distinct", type=int, default=3000, help="requests in the distinct pass")
    p.add_argument("--phase", choices=["both", "soak", "distinct"], default="both")
    p.add_argument("--url", help="a running server (else one is started on a free port)")
    p.add_argument("--pid", type=int, help="its process id, for RSS")
    p.add_argument("--note", default="", help="what else the machine was running")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--serve-arg", action="append", default=[], help="passed to thimble serve")
    args = p.parse_args(argv)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    server = (
        Server.attach(args.url, args.pid)
        if args.url
        else Server.start(args.serve_arg, {}, RESULTS / f"soak-{stamp}.server.log")
    )
    assert server.pid is not None, "--pid is needed to read the server's RSS"
    result: dict[str, Any] = {
        "started": stamp,
        "host": platform.node(),
        "command": "python -m bench.soak " + " ".join(sys.argv[1:] if argv is None else argv),
        "load": f"{machine_load()} at the start; {args.note}".strip("; "),
    }
    try:
        # warm-up: every request file once, so the start RSS is a loaded, warmed server's
        bodies = load_bodies()
        for body in bodies.values():
            httpx.post(f"{server.url}/v1/chat/completions", json=body, timeout=300)
        if args.phase in ("both", "soak"):
            result["soak"] = asyncio.run(
                soak(server.url, server.pid, args.minutes, args.concurrency, args.seed)
            )
        if args.phase in ("both", "distinct"):
            result["distinct"] = asyncio.run(
                distinct(server.url, server.pid, args.distinct, args.seed)
            )
        result["load_end"] = machine_load()
    finally:
        if not args.url:
            server.stop()
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"soak-{stamp}"
    out.with_suffix(".json").write_text(json.dumps(result, indent=1) + "\n")
    out.with_suffix(".md").write_text(report(result) + "\n")
    print(report(result))
    failed = any(result.get(k, {}).get("errors") for k in ("soak", "distinct"))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
