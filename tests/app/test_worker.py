"""The inference worker and what it means over HTTP: 503 while the model loads, 429 when the queue
is full, failures handed to the request, and a client that leaves cancelling its decoding."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Generator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from app.config import Settings
from app.errors import QueueFull
from app.worker import InferenceWorker
from model.generate import Engine
from tests.app.checks import chat, wait_until
from tests.app.conftest import MakeClient, tiny_loader, wait_ready

URL = "/v1/chat/completions"


class Paced(Engine):
    """A tiny engine that holds at `gate` before decoding and counts the events it yields."""

    def __init__(self, tiny: Engine, delay: float = 0.0) -> None:
        super().__init__(tiny.model, tiny.tok)
        self.gate = threading.Event()
        self.gate.set()
        self.delay = delay
        self.yielded = 0

    def stream(self, request: Any) -> Any:
        self.gate.wait()
        for event in super().stream(request):
            time.sleep(self.delay)
            self.yielded += 1
            yield event


def test_health_is_503_while_loading_then_200(make_client: MakeClient) -> None:
    loaded = threading.Event()

    def slow_loader(settings: Settings) -> Engine:
        loaded.wait(30)
        return tiny_loader(settings)

    client = make_client(load=slow_loader, ready=False)
    r = client.get("/health")
    assert (r.status_code, r.json()["status"]) == (503, "loading")
    r = client.post(URL, json=chat())
    assert r.status_code == 503 and r.json()["error"]["code"] == "model_not_ready"
    assert "retry-after" in r.headers
    loaded.set()
    wait_ready(client)
    assert client.post(URL, json=chat(max_tokens=2)).status_code == 200


def test_failed_load_is_reported_by_health(make_client: MakeClient) -> None:
    def failing_loader(settings: Settings) -> Engine:
        raise FileNotFoundError("no such checkpoint")

    client = make_client(load=failing_loader, ready=False)
    wait_until(lambda: client.get("/health").json()["status"] == "failed")
    assert "no such checkpoint" in client.get("/health").json()["error"]
    assert client.post(URL, json=chat()).status_code == 503


def test_full_queue_is_429_with_retry_after(make_client: MakeClient) -> None:
    engines: list[Paced] = []

    def paced_loader(settings: Settings) -> Engine:
        engines.append(Paced(tiny_loader(settings)))
        return engines[-1]

    client = make_client(load=paced_loader, max_queue=1)
    worker: InferenceWorker = client.app.state.worker  # type: ignore[attr-defined]
    engines[0].gate.clear()
    with ThreadPoolExecutor(2) as pool:
        running = pool.submit(client.post, URL, json=chat(max_tokens=2))
        wait_until(lambda: worker.depth == 1)
        queued = pool.submit(client.post, URL, json=chat(max_tokens=2))
        wait_until(lambda: worker.depth == 2)
        r = client.post(URL, json=chat(max_tokens=2))
        assert r.status_code == 429 and r.headers["retry-after"] == "1"
        error = r.json()["error"]
        assert (error["type"], error["code"]) == ("rate_limit_error", "rate_limit_exceeded")
        metrics = client.get("/metrics").text
        assert "thimble_queue_depth 2.0" in metrics
        engines[0].gate.set()
        assert running.result(30).status_code == 200 and queued.result(30).status_code == 200
    assert 'thimble_errors_total{type="rate_limit_error"} 1.0' in client.get("/metrics").text


def run_jobs(worker: InferenceWorker, works: list[Any]) -> list[Any]:
    """Submit work on an event loop and gather every job's items (or its exception)."""

    async def consume() -> list[Any]:
        async def items(job: Any) -> Any:
            try:
                return [item async for item in job]
            except Exception as e:
                return e

        return list(await asyncio.gather(*(items(worker.submit(w)) for w in works)))

    return asyncio.run(consume())


def test_worker_runs_jobs_in_order_and_hands_back_failures() -> None:
    worker = InferenceWorker(lambda: "engine", max_queue=4)  # type: ignore[arg-type,return-value]
    worker.start()
    wait_until(lambda: worker.ready)

    def count(engine: Any) -> Generator[Any, None, None]:
        yield from (engine, 1, 2)

    def fail(engine: Any) -> Generator[Any, None, None]:
        yield "partial"
        raise ValueError("boom")

    ok, failed = run_jobs(worker, [count, fail])
    assert ok == ["engine", 1, 2]
    assert isinstance(failed, ValueError)
    worker.stop()


def test_held_jobs_hand_over_the_first_item_then_the_rest_at_once() -> None:
    worker = InferenceWorker(lambda: "engine", max_queue=4)  # type: ignore[arg-type,return-value]
    worker.start()
    wait_until(lambda: worker.ready)
    gate = threading.Event()

    def paced(engine: Any) -> Generator[Any, None, None]:
        yield "accepted"
        gate.wait(10)
        yield from (1, 2, 3)

    def fail(engine: Any) -> Generator[Any, None, None]:
        yield from ("accepted", 1)
        raise ValueError("boom")

    async def consume() -> tuple[list[Any], Any]:
        job = worker.submit(paced, held=True)
        items = aiter(job)
        first = await anext(items)  # before the rest exists: the first item is not held
        gate.set()
        rest = [item async for item in items]
        failed = worker.submit(fail, held=True)
        try:
            got: Any = [item async for item in failed]
        except ValueError as e:
            got = e
        return [first, *rest], got

    ok, failed = asyncio.run(consume())
    assert ok == ["accepted", 1, 2, 3]
    assert isinstance(failed, ValueError)
    worker.stop()


def test_worker_refuses_work_beyond_its_queue() -> None:
    started, gate = threading.Event(), threading.Event()
    worker = InferenceWorker(lambda: "engine", max_queue=1)  # type: ignore[arg-type,return-value]
    worker.start()
    wait_until(lambda: worker.ready)

    def held(engine: Any) -> Generator[Any, None, None]:
        started.set()
        gate.wait(10)
        yield 1

    async def fill() -> None:
        worker.submit(held)
        assert started.wait(10)  # running, so the queue is empty again
        worker.submit(held)
        with pytest.raises(QueueFull):
            worker.submit(held)
        assert worker.depth == 2
        gate.set()

    asyncio.run(fill())
    worker.stop()


@pytest.mark.parametrize("stream", [True, False])
def test_client_disconnect_cancels_decoding(make_live: Any, stream: bool) -> None:
    engines: list[Paced] = []

    def paced_loader(settings: Settings) -> Engine:
        engines.append(Paced(tiny_loader(settings), delay=0.02))
        return engines[-1]

    base, app = make_live(paced_loader)
    worker: InferenceWorker = app.state.worker
    body = chat(tool_choice="none", max_tokens=500, stream=stream)  # 500 events: 10 s
    if stream:
        with httpx.stream("POST", f"{base}{URL}", json=body, timeout=10) as r:
            assert next(r.iter_lines()).startswith("data: ")
    else:
        with pytest.raises(httpx.ReadTimeout):
            httpx.post(f"{base}{URL}", json=body, timeout=0.5)
    wait_until(lambda: worker.depth == 0, timeout=5)
    assert engines[0].yielded < 200
