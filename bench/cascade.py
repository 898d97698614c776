"""What `--mode cascade` adds when the student answers, measured in process.

    python -m bench.cascade [--n 2000]

1. The cascade's own work per request (scheduling the student as a task, scoring and calibrating
   its confidence, the threshold check, headers) against `--mode local` building the same
   response: both run on the same recorded engine events for the README's request (the shipped
   model's answer), through a worker that hands them back at once, so decoding is not in it.
2. The engine's part, paid in every mode: the log-probability of each chosen token (`_pick`),
   timed on the real logits shapes of that request (sparse: the allowed tokens only).

Prints medians in microseconds. Run it on a quiet machine: its figures are tens of microseconds.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import torch
from prometheus_client import CollectorRegistry

from app import cascade
from app.config import Settings
from app.observe import RequestRecord
from app.protocol import ChatCompletionRequest
from app.server import EXAMPLE
from app.serving import Reply, engine_request
from app.worker import ACCEPTED
from model.generate import Event, collect, load_engine


class InstantJob:
    def __init__(self, events: list[Event]) -> None:
        self.events, self.queue_wait = events, 0.0

    def cancel(self) -> None:
        pass

    async def __aiter__(self) -> AsyncIterator[Any]:
        yield ACCEPTED
        for e in self.events:
            yield e


class InstantWorker:
    def __init__(self, engine: Any, events: list[Event]) -> None:
        self.engine, self.events = engine, events

    def submit(self, request: Any, held: bool = False) -> InstantJob:
        return InstantJob(self.events)


def median_us(fn: Any, n: int) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e6)
    return statistics.median(times[n // 10 :])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.cascade", description=__doc__)
    p.add_argument("--n", type=int, default=2000)
    p.add_argument("--weights", type=Path, help="card (default: the shipped model)")
    args = p.parse_args(argv)
    torch.set_num_threads(1)
    engine = load_engine(args.weights, "cpu")
    body = ChatCompletionRequest.model_validate(EXAMPLE)
    events = list(engine.stream(engine_request(body)))
    answer = collect(iter(events))
    print(f"request: the README's; answer {answer.calls}, {len(answer.stats.chosen)} chosen tokens")

    worker = InstantWorker(engine, events)
    modes = {}
    for mode in ("local", "cascade"):
        s = Settings(
            mode=mode,
            upstream_base_url="http://127.0.0.1:9/v1",  # never asked: threshold 0
            upstream_model="x",
            cascade_threshold=0.0,
            trace_db=Path(tempfile.gettempdir()) / "thimble-bench-cascade.db",
        )
        state = SimpleNamespace(cascade=cascade.Cascade(s, CollectorRegistry()), worker=worker)
        modes[mode] = SimpleNamespace(app=SimpleNamespace(state=state))
    loop = asyncio.new_event_loop()

    def local() -> None:  # the local route's work once its events are in (`app.routes.chat`)
        async def run() -> None:
            got = collect(iter([e async for e in InstantJob(events) if e is not ACCEPTED]))
            cascade.student_json(modes["local"], body, Reply(body.model), got)  # type: ignore[arg-type]

        loop.run_until_complete(run())

    def cascaded() -> None:
        coro = cascade.answer(modes["cascade"], body, worker, RequestRecord())  # type: ignore[arg-type]
        response = loop.run_until_complete(coro)
        assert response.headers["x-thimble-answered-by"] == "student"

    t_local, t_cascade = median_us(local, args.n), median_us(cascaded, args.n)
    print(f"local response {t_local:.1f} us, cascade response {t_cascade:.1f} us:")
    print(f"  the cascade check adds {t_cascade - t_local:.1f} us per request")

    # the engine's hook: one choice's log-probability, on logits of this request's shapes
    for n_allowed in (40, len(engine.tok.token_bytes)):  # a few allowed tokens; all of them
        logits = torch.randn(1, n_allowed)
        ids = torch.arange(n_allowed)
        out = logits.argmax(-1).tolist()

        def hook(logits: torch.Tensor = logits, ids: torch.Tensor = ids, out: list = out) -> None:
            col = torch.searchsorted(ids, torch.tensor(out))
            torch.log_softmax(logits.float(), -1).gather(1, col[:, None])[:, 0].tolist()

        t = median_us(hook, args.n)
        print(f"chosen-token log-probability over {n_allowed} logits: {t:.1f} us")
    loop.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
