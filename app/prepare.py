"""Everything about a request that can be decided before it is queued, decided off the event loop.

`prepare` runs in one of two threads, under a time bound, before the request joins the
worker's queue:

- the size of its schemas (tools' parameters and `response_format`) against `max_schema_bytes`;
- its grammar, built and compiled (`Engine.compiled`: cached, thread-safe), so a schema the
  grammar cannot enforce is a 400 at once rather than after the queue, and a cold 30-tool grammar
  no longer stalls the requests decoding on the worker thread;
- what was relaxed in its non-strict schemas (`x-thimble-relaxed`);
- what of its conversation the encoder will see (`x-thimble-truncated`, `model.truncation`).

The time bound (`grammar_timeout_s`) answers the client (400 `grammar_timeout`); the thread itself
cannot be interrupted and finishes its compilation in the background, bounded by llguidance's own
limits on grammar size and lexer work.

`Watch` follows the client's connection meanwhile: if it goes away, whatever is being awaited is
abandoned, the job (if queued) is cancelled, and the route raises `ClientDisconnected` with the
stage it had reached.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from fastapi import Request as HttpRequest

from app.errors import ClientDisconnected, InvalidRequest
from app.worker import Job
from model.generate import Engine, Request, Stats
from model.grammar import GrammarError
from model.truncation import Truncation, fit_conversation

T = TypeVar("T")
MAX_HEADER = 1024  # characters of `x-thimble-relaxed`


@dataclass(frozen=True)
class Prepared:
    request: Request  # its messages fitted to the encoder's limit
    matcher: Any  # llguidance.LLMatcher, fresh for this request
    relaxed: tuple[str, ...]
    truncation: Truncation | None
    compile_ms: float | None = None  # building and compiling its grammar; None: it was cached

    def headers(self) -> dict[str, str]:
        out = {}
        if self.truncation is not None:
            out["x-thimble-truncated"] = self.truncation.header()
        if self.relaxed:
            # schema paths hold the client's property names: control characters and non-ASCII
            # escaped as in JSON, since a header value allows neither
            text = json.dumps("; ".join(self.relaxed))[1:-1].replace("\x7f", "\\u007f")
            out["x-thimble-relaxed"] = text if len(text) <= MAX_HEADER else text[:1021] + "..."
        return out


def schema_bytes(request: Request) -> int:
    tools = [t.parameters for t in request.tools]
    return len(json.dumps([tools, request.response_format], ensure_ascii=False).encode())


def prepare(engine: Engine, request: Request, max_schema_bytes: int) -> Prepared:
    """Blocking: run it in a thread. Raises GrammarError (a 400)."""
    size = schema_bytes(request)
    if size > max_schema_bytes:
        raise GrammarError(
            f"The request's schemas are {size} bytes, over the limit of {max_schema_bytes} "
            "(THIMBLE_MAX_SCHEMA_BYTES).",
            "tools",
        )
    stats = Stats()
    matcher, relaxed = engine.compiled(request, stats)
    messages, truncation = fit_conversation(
        engine.tok, request.messages, engine.cfg.max_prompt_tokens
    )
    fitted = replace(request, messages=messages)
    return Prepared(fitted, matcher, relaxed, truncation, stats.grammar_compile_ms)


_POOL: ThreadPoolExecutor | None = None


def _pool() -> ThreadPoolExecutor:
    """Two threads compile for every request (the machine's cores are the worker's too, and
    each thread that allocates grows malloc's arenas); made on first use."""
    global _POOL
    if _POOL is None:
        _POOL = ThreadPoolExecutor(2, thread_name_prefix="thimble-prepare")
    return _POOL


class Watch:
    """The client's connection while a request is prepared, queued and decoded unstreamed."""

    def __init__(self, http: HttpRequest) -> None:
        self.gone = asyncio.Event()
        self.job: Job | None = None
        self._task = asyncio.create_task(self._watch(http))

    async def _watch(self, http: HttpRequest) -> None:
        while (await http.receive())["type"] != "http.disconnect":
            pass
        self.gone.set()
        if self.job is not None:
            self.job.cancel()

    @property
    def stage(self) -> str:
        job = self.job
        if job is None or job.started is None:
            return "queued"
        return "decoding" if job.accepted else "prefill"

    async def race(self, aw: Awaitable[T]) -> T:
        """`aw`'s result, or ClientDisconnected as soon as the client leaves."""
        task = asyncio.ensure_future(aw)
        gone = asyncio.ensure_future(self.gone.wait())
        try:
            await asyncio.wait({task, gone}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            gone.cancel()
        if not task.done():
            task.cancel()
            if self.job is not None:
                self.job.cancel()
            raise ClientDisconnected(self.stage)
        return task.result()

    def close(self) -> None:
        """Stop watching (before a streamed response, which watches the connection itself)."""
        self._task.cancel()


async def prepared(engine: Engine, request: Request, settings: Any, watch: Watch) -> Prepared:
    """`prepare` in a thread, within `settings.grammar_timeout_s`, while the client stays."""
    loop = asyncio.get_running_loop()
    work = loop.run_in_executor(_pool(), prepare, engine, request, settings.max_schema_bytes)
    try:
        return await watch.race(asyncio.wait_for(work, settings.grammar_timeout_s))
    except TimeoutError:
        raise InvalidRequest(
            f"Compiling the request's schemas took longer than {settings.grammar_timeout_s} s "
            "(THIMBLE_GRAMMAR_TIMEOUT_S).",
            "tools",
            code="grammar_timeout",
        ) from None
