"""The inference worker: one thread that owns the engine, fed through a bounded queue.

The engine is not thread-safe and its work is blocking, so it never runs on the event loop: the
worker thread loads it (while /health says 503) and then decodes the requests in flight
together, continuously batched: before each step it admits what has queued (up to `max_batch`
rows: each admitted request encodes its prompt; its grammar was compiled before it was queued,
`app.prepare`), then one `Engine.step` makes one model call for every row, and rows leave as
they finish. A job's items (its decoding events) cross back to the event loop through a per-job
asyncio queue filled with `call_soon_threadsafe`, so the response can stream them as they come.
Cancelling a job (the client went away) takes its row out at the next step, or, queued, frees its
place in the queue at once (the worker skips it when it comes to it).

The queue is a deque under a condition variable: `submit` (event loop) counts the live jobs and
appends under the lock, the worker takes jobs under it. `stop` lets what is queued and decoding
finish first (uvicorn's graceful shutdown has already waited for the requests in flight).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

from app.errors import NotReady, QueueFull
from app.memory import Trimmer
from model.generate import Batch, Decoding, Engine, Request

log = logging.getLogger(__name__)

ACCEPTED = "accepted"  # first item of every job: the request's grammar compiled


@dataclass(frozen=True)
class _Failed:
    error: Exception


_END = object()


def as_exception(e: BaseException) -> Exception:
    """A Rust panic in a native extension (llguidance, safetensors) arrives as pyo3's
    PanicException, a BaseException: made an ordinary Exception so handlers treat it as one."""
    return e if isinstance(e, Exception) else RuntimeError(f"{type(e).__name__}: {e}")


class Job:
    """One request on the worker; iterate it (on the event loop) for the items it yields:
    `ACCEPTED`, then the engine's events.

    A job whose reader wants only the whole answer (`held`: a non-streamed response) hands
    everything over in one go at the end: one event-loop wake-up per request instead of one per
    step (its reader learns that the request was accepted, or why not, at the end too)."""

    def __init__(
        self,
        request: Request,
        loop: asyncio.AbstractEventLoop,
        held: bool,
        matcher: Any = None,
    ) -> None:
        self.request = request
        self.held = held
        self.matcher = matcher  # compiled before queueing (`app.prepare`); None: the worker does
        self.accepted = False  # its grammar compiled and its prompt encoded: it is decoding
        self._loop = loop
        self._items: asyncio.Queue[Any] = asyncio.Queue()
        self._kept: list[Any] = []
        self._cancelled = threading.Event()
        self.submitted = time.perf_counter()
        self.started: float | None = None

    @property
    def queue_wait(self) -> float | None:
        return None if self.started is None else self.started - self.submitted

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def put(self, items: list[Any]) -> None:
        """Hand items to the event loop (called on the worker thread), or keep them when held."""
        if self.held:
            self._kept += items
        elif items:
            self._send(items)

    def end(self, error: Exception | None = None) -> None:
        """The last items: whatever was held, then the end or the failure."""
        self._send([*self._kept, _END if error is None else _Failed(error)])

    def _send(self, items: list[Any]) -> None:
        try:
            self._loop.call_soon_threadsafe(self._deliver, items)
        except RuntimeError:  # the loop has closed: nobody is listening any more
            self.cancel()

    def _deliver(self, items: list[Any]) -> None:
        for item in items:
            self._items.put_nowait(item)

    async def __aiter__(self) -> AsyncIterator[Any]:
        while (item := await self._items.get()) is not _END:
            if isinstance(item, _Failed):
                raise item.error
            yield item


class InferenceWorker:
    def __init__(self, load: Callable[[], Engine], max_queue: int, max_batch: int = 16) -> None:
        self.max_queue, self.max_batch = max_queue, max_batch
        self.engine: Engine | None = None
        self.load_error: str | None = None
        self._load = load
        self._waiting: deque[Job] = deque()
        self._cond = threading.Condition()
        self._stopping = False
        self._jobs: dict[Decoding, Job] = {}  # the jobs whose requests are in the batch
        self._thread = threading.Thread(target=self._serve, name="thimble-inference", daemon=True)
        self._trim = Trimmer()

    @property
    def ready(self) -> bool:
        return self.engine is not None

    @property
    def depth(self) -> int:
        """Jobs waiting plus those decoding."""
        return self.waiting + len(self._jobs)

    @property
    def waiting(self) -> int:
        """Jobs queued whose clients are still there (a cancelled one frees its slot at once)."""
        with self._cond:
            return sum(not j.cancelled for j in self._waiting)

    @property
    def running(self) -> int:
        return len(self._jobs)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Finish what is queued and decoding, then end the thread (waiting `timeout` s)."""
        with self._cond:
            self._stopping = True
            self._cond.notify()
        self._thread.join(timeout)

    def ready_engine(self) -> Engine:
        """The engine, or NotReady (503 with retry-after) while it loads or after it failed."""
        if self.engine is None:
            reason = f"failed to load: {self.load_error}" if self.load_error else "is loading"
            raise NotReady(f"The model {reason}.", headers={"retry-after": "5"})
        return self.engine

    def submit(self, request: Request, held: bool = False, matcher: Any = None) -> Job:
        """Queue a request for the engine (`held`: see `Job`; `matcher`: its grammar, compiled
        already); raises NotReady or QueueFull (429 with retry-after)."""
        self.ready_engine()
        with self._cond:
            if sum(not j.cancelled for j in self._waiting) >= self.max_queue:
                raise QueueFull(
                    f"The server is busy ({self.max_queue} requests queued); retry shortly.",
                    headers={"retry-after": "1"},
                )
            job = Job(request, asyncio.get_running_loop(), held, matcher)
            self._waiting.append(job)
            self._cond.notify()
        return job

    def _next(self, block: bool) -> Job | bool | None:
        """The next live queued job; None if none waits (and not `block`); False once stopping
        with nothing queued. Cancelled jobs met on the way are ended unstarted."""
        with self._cond:
            while True:
                while self._waiting and self._waiting[0].cancelled:
                    self._waiting.popleft().end()  # its client left while it waited
                if self._waiting:
                    return self._waiting.popleft()
                if self._stopping:
                    return False
                if not block:
                    return None
                self._cond.wait()

    def _serve(self) -> None:
        try:
            engine = self._load()
        except BaseException as e:
            log.exception("loading the model failed")
            self.load_error = f"{type(e).__name__}: {e}"
            return
        # The loaded heap (weights, tokenizer, grammar engine) lives as long as the server: moved
        # out of the collector's reach, so a full collection no longer walks it (~95 ms a time
        # for the 26M shape, paid by whichever request triggered it).
        gc.collect()
        gc.freeze()
        self.engine = engine
        batch = engine.batch()
        while self._admit(engine, batch):
            try:
                engine.step(batch)
                self._hand_over(batch)
            except BaseException as e:  # the engine itself failed: every request in it fails
                # (the thread lives on: it is the server's only worker)
                log.exception("a decoding step failed")
                for job in self._jobs.values():
                    job.end(as_exception(e))
                self._jobs.clear()
                batch = engine.batch()
                continue
            if not self._jobs:  # idle: hand freed heap pages back (`app.memory`)
                self._trim()
        for job in self._jobs.values():
            job.end()

    def _hand_over(self, batch: Batch) -> None:
        """Each job's new events; finished rows, and those whose clients left, leave."""
        for d, job in list(self._jobs.items()):
            items = d.drain()
            if items and not d.stats.first_token_ms:  # the request's first output
                d.stats.first_token_ms = (time.perf_counter() - job.submitted) * 1e3
            job.put(items)
            if d.done or job.cancelled:
                if not d.done:  # its client left: its row goes now
                    batch.remove(d)
                job.end(d.error)
                del self._jobs[d]

    def _admit(self, engine: Engine, batch: Batch) -> bool:
        """Start queued jobs until the batch is full or none waits (waiting for one while the
        batch is empty); False once the worker is told to stop."""
        while len(batch.rows) < self.max_batch:
            job = self._next(block=not batch.rows)
            if job is None:
                break
            if job is False:  # stopping: once the rows in flight have finished
                return bool(batch.rows)
            assert isinstance(job, Job)
            job.started = time.perf_counter()
            try:
                d = engine.begin(job.request, job.matcher)
            except BaseException as e:  # e.g. a GrammarError: this request's answer, a 400
                job.end(as_exception(e))
                continue
            job.accepted = True
            job.put([ACCEPTED])
            batch.add(d)
            self._jobs[d] = job
        return True
