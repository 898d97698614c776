"""p50/p95 latency of one single-tool request over HTTP, one request at a time. Not a test: a quick
check of a running server (`thimble bench` is the full benchmark).

    thimble serve --port 8000 &
    python -m tests.app.latency --url http://127.0.0.1:8000 -n 200
"""

from __future__ import annotations

import argparse
import statistics
import time

import httpx

from tests.app.checks import WEATHER, chat


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--url", default="http://127.0.0.1:8000")
    p.add_argument("-n", type=int, default=200, help="measured requests (after 10 warm-up)")
    args = p.parse_args()
    body = chat(tools=[WEATHER], tool_choice="required", parallel_tool_calls=False)
    times, tokens = [], set()
    with httpx.Client(base_url=args.url, timeout=60) as client:
        for i in range(10 + args.n):
            t0 = time.perf_counter()
            r = client.post("/v1/chat/completions", json=body)
            elapsed = time.perf_counter() - t0
            r.raise_for_status()
            if i >= 10:
                times.append(elapsed * 1e3)
                tokens.add(r.json()["usage"]["completion_tokens"])
    q = statistics.quantiles(times, n=100)
    print(
        f"{len(times)} requests, {sorted(tokens)} completion tokens: "
        f"p50 {q[49]:.1f} ms, p95 {q[94]:.1f} ms, mean {statistics.fmean(times):.1f} ms"
    )


if __name__ == "__main__":
    main()
