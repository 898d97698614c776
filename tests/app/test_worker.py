"""The inference worker and what it means over HTTP: 503 while the model loads, 429 when the queue
is full, requests decoded together with the answers each gets alone, failures handed to the
request they belong to, and a client that leaves cancelling its decoding."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from app.config import Settings
from app.errors import QueueFull
from app.protocol import ChatCompletionRequest
from app.serving import engine_request
from app.worker import ACCEPTED, InferenceWorker
from model.generate import Batch, Decoding, Engine, Finished, Request, collect
from tests.app.checks import chat, wait_until
from tests.app.conftest import MakeClient, tiny_loader, wait_ready

URL = "/v1/chat/completions"


class Paced(Engine):
    """A tiny engine that holds at `gate` before each step (`entered` says one is waiting) and
    sleeps `delay` after it; it counts its steps and the most rows one step decoded."""

    def __init__(self, tiny: Engine, delay: float = 0.0) -> None:
        super().__init__(tiny.model, tiny.tok)
        self.gate, self.entered = threading.Event(), threading.Event()
        self.gate.set()
        self.delay = delay
        self.steps = self.widest = 0

    def step(self, batch: Batch) -> None:
        self.entered.set()
        self.gate.wait()
        self.widest = max(self.widest, len(batch.rows))
        super().step(batch)
        time.sleep(self.delay)
        self.steps += 1


class Flaky(Paced):
    """Fails, as it finishes, a request whose last message says "fail"; with `broken`, its next
    step fails as a whole."""

    broken = False

    def step(self, batch: Batch) -> None:
        if self.broken:
            self.broken = False
            raise RuntimeError("the step broke")
        super().step(batch)

    def _finish(self, d: Decoding) -> None:
        if d.request.messages[-1].content == "fail":
            raise ValueError("boom")
        super()._finish(d)


def request(text: str = "weather in Paris?") -> Request:
    body = chat(messages=[{"role": "user", "content": text}], tool_choice="required")
    return engine_request(ChatCompletionRequest.model_validate(body))


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


def started(engine: Engine, max_queue: int = 8, max_batch: int = 16) -> InferenceWorker:
    worker = InferenceWorker(lambda: engine, max_queue, max_batch)
    worker.start()
    wait_until(lambda: worker.ready)
    return worker


def run_jobs(
    worker: InferenceWorker, requests: list[Request], then: Callable[[], Any] = lambda: None
) -> list[Any]:
    """Submit requests on an event loop, call `then`, and gather every job's items (or its
    exception)."""

    async def consume() -> list[Any]:
        async def items(job: Any) -> Any:
            try:
                return [item async for item in job]
            except Exception as e:
                return e

        jobs = [worker.submit(r) for r in requests]
        then()
        return list(await asyncio.gather(*(items(job) for job in jobs)))

    return asyncio.run(consume())


def test_worker_decodes_requests_together_and_fails_only_the_failing_one() -> None:
    engine = Flaky(tiny_loader(Settings()))
    alone = Engine(engine.model, engine.tok)
    worker = started(engine, max_batch=3)
    engine.gate.clear()  # the first request holds the worker until all are queued
    texts = ["weather in Paris?", "fail", "a 5 minute timer", "lights off in the hall", "hi"]
    got = run_jobs(worker, [request(t) for t in texts], then=engine.gate.set)
    assert engine.widest == 3  # the batch filled up to max_batch
    assert isinstance(got[1], ValueError)
    for text, items in zip(texts, got, strict=True):
        if text != "fail":
            assert items[0] == ACCEPTED and isinstance(items[-1], Finished)
            got_alone = collect(alone.stream(request(text)))
            assert collect(iter(items[1:])).calls == got_alone.calls
    engine.broken = True  # a failing step fails the requests in it, not the worker
    assert all(isinstance(r, RuntimeError) for r in run_jobs(worker, [request()] * 2))
    assert isinstance(run_jobs(worker, [request()])[0][-1], Finished)
    worker.stop()


def test_held_jobs_hand_over_everything_at_the_end() -> None:
    """A non-streamed request wakes the event loop once: nothing arrives while it decodes."""
    engine = Flaky(tiny_loader(Settings()))
    worker = started(engine)
    engine.gate.clear()

    async def consume() -> tuple[list[Any], list[Any], Any]:
        job = worker.submit(request(), held=True)
        got: list[Any] = []
        reader = asyncio.create_task(_read_into(job, got))
        await asyncio.sleep(0.2)  # admitted and accepted by now, stepping held at the gate
        early = list(got)
        engine.gate.set()
        await reader
        failed = worker.submit(request("fail"), held=True)
        try:
            bad: Any = [item async for item in failed]
        except ValueError as e:
            bad = e
        return early, got, bad

    early, ok, failed = asyncio.run(consume())
    assert early == []
    assert ok[0] == ACCEPTED and isinstance(ok[-1], Finished)
    assert isinstance(failed, ValueError)
    worker.stop()


async def _read_into(job: Any, out: list[Any]) -> None:
    async for item in job:
        out.append(item)


def test_worker_refuses_work_beyond_its_queue() -> None:
    engine = Paced(tiny_loader(Settings()))
    worker = started(engine, max_queue=1)
    engine.gate.clear()

    async def fill() -> None:
        worker.submit(request())
        assert engine.entered.wait(10)  # decoding, so the queue is empty again
        worker.submit(request())
        with pytest.raises(QueueFull):
            worker.submit(request())
        assert worker.depth == 2
        engine.gate.set()

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
    body = chat(tool_choice="none", max_tokens=500, stream=stream)  # 500 steps: 10 s
    if stream:
        with httpx.stream("POST", f"{base}{URL}", json=body, timeout=10) as r:
            assert next(r.iter_lines()).startswith("data: ")
    else:
        with pytest.raises(httpx.ReadTimeout):
            httpx.post(f"{base}{URL}", json=body, timeout=0.5)
    wait_until(lambda: worker.depth == 0, timeout=5)
    assert engines[0].steps < 200
