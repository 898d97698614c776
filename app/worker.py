"""The inference worker: one thread that owns the engine, fed through a bounded queue.

The engine is not thread-safe and its work is blocking, so it never runs on the event loop: the
worker thread loads it (while /health says 503) and then runs one job at a time. A job's items
(decoding events) cross back to the event loop through a per-job asyncio queue filled with
`call_soon_threadsafe`, so the response can stream them as they come. Cancelling a job (the client
went away) stops its decoding at the next item, or skips it if it has not started.

`submit` is only called on the event loop thread, so checking the queue's length and then adding
to it cannot race another submit.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import queue
import threading
import time
from collections.abc import AsyncIterator, Callable, Generator
from contextlib import closing
from dataclasses import dataclass
from typing import Any

from app.errors import NotReady, QueueFull
from model.generate import Engine

log = logging.getLogger(__name__)

Work = Callable[[Engine], Generator[Any, None, None]]


@dataclass(frozen=True)
class _Failed:
    error: Exception


_END = object()


def as_exception(e: BaseException) -> Exception:
    """A Rust panic in a native extension (llguidance, safetensors) arrives as pyo3's
    PanicException, a BaseException: made an ordinary Exception so handlers treat it as one."""
    return e if isinstance(e, Exception) else RuntimeError(f"{type(e).__name__}: {e}")


class Job:
    """One unit of work on the worker; iterate it (on the event loop) for the items it yields.

    A job whose reader wants only the whole answer (`held`: a non-streamed response) hands its
    first item over at once and the rest in one go at the end: one event-loop wake-up instead
    of one per decoded token. Cancellation is still checked at every item."""

    def __init__(self, work: Work, loop: asyncio.AbstractEventLoop, held: bool = False) -> None:
        self.work = work
        self.held = held
        self._loop = loop
        self._items: asyncio.Queue[Any] = asyncio.Queue()
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

    def put(self, *items: Any) -> None:
        """Hand items to the event loop (called on the worker thread)."""
        try:
            self._loop.call_soon_threadsafe(self._deliver, items)
        except RuntimeError:  # the loop has closed: nobody is listening any more
            self.cancel()

    def _deliver(self, items: tuple[Any, ...]) -> None:
        for item in items:
            self._items.put_nowait(item)

    async def __aiter__(self) -> AsyncIterator[Any]:
        while (item := await self._items.get()) is not _END:
            if isinstance(item, _Failed):
                raise item.error
            yield item

    def run(self, engine: Engine) -> None:
        """Run the work, forwarding its items until it ends, fails or is cancelled."""
        self.started = time.perf_counter()
        held: list[Any] = []
        try:
            with closing(self.work(engine)) as items:
                for n, item in enumerate(items):
                    if self.cancelled:
                        break
                    if self.held and n:
                        held.append(item)
                    else:
                        self.put(item)
        except BaseException as e:  # handed to the request; the worker must outlive any job
            self.put(*held, _Failed(as_exception(e)))
        else:
            self.put(*held, _END)


class InferenceWorker:
    def __init__(self, load: Callable[[], Engine], max_queue: int) -> None:
        self.max_queue = max_queue
        self.engine: Engine | None = None
        self.load_error: str | None = None
        self._load = load
        self._queue: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._running = 0
        self._thread = threading.Thread(target=self._serve, name="thimble-inference", daemon=True)

    @property
    def ready(self) -> bool:
        return self.engine is not None

    @property
    def depth(self) -> int:
        """Jobs waiting plus the one running."""
        return self._queue.qsize() + self._running

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._queue.put(None)
        self._thread.join(timeout)

    def submit(self, work: Work, held: bool = False) -> Job:
        """Queue work for the engine (`held`: see `Job`); raises NotReady or QueueFull (429 with
        retry-after)."""
        if self.engine is None:
            reason = f"failed to load: {self.load_error}" if self.load_error else "is loading"
            raise NotReady(f"The model {reason}.", headers={"retry-after": "5"})
        if self._queue.qsize() >= self.max_queue:
            raise QueueFull(
                f"The server is busy ({self.max_queue} requests queued); retry shortly.",
                headers={"retry-after": "1"},
            )
        job = Job(work, asyncio.get_running_loop(), held)
        self._queue.put(job)
        return job

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
        while (job := self._queue.get()) is not None:
            if job.cancelled:  # its client left while it waited: end it unstarted
                job.put(_END)
                continue
            self._running = 1
            try:
                job.run(engine)
            finally:
                self._running = 0
