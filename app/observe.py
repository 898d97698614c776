"""Per-request bookkeeping: a request id, one log line, the metrics, and the 500 of last resort.

`Observe` is pure ASGI middleware (it must see streamed responses end, which `BaseHTTPMiddleware`
hides). It gives each request a `RequestRecord` (`request.state.record`) that the routes fill in
(model, token counts, finish reason, error type), sends the id back as `x-request-id`, and when
the response is done writes one line:

    request_id=3f2a9c0d1e2b4a5c POST /v1/chat/completions status=200 model="thimble" tokens_in=41
    tokens_out=12 forced=7 chosen=5 finish=tool_calls queue_ms=0.1 latency_ms=85.2

An exception no handler claimed becomes a 500 in OpenAI's envelope, logged with the request id.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from dataclasses import dataclass, field

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import internal_error
from app.metrics import Metrics
from model.generate import Finished, Stats

log = logging.getLogger(__name__)


@dataclass
class RequestRecord:
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    started: float = field(default_factory=time.perf_counter)
    model: str | None = None
    stats: Stats | None = None
    finish: str | None = None
    queue_wait: float | None = None  # seconds
    error: str | None = None  # the error type the response carried
    prompt: str | None = None  # only with --log-prompts
    disconnected: str | None = None  # the stage at which the client left (`ClientDisconnected`)
    truncated: str | None = None  # what of the conversation was left out (`model.truncation`)
    relaxed: int = 0  # schema constraints relaxed (`model.schema.relax`)
    grammar_compile_ms: float | None = None  # compiled before the queue (`app.prepare`)

    def note(self, item: object) -> None:
        if isinstance(item, Finished):
            self.stats, self.finish = item.stats, item.reason

    def line(self, method: str, path: str, status: int, latency: float) -> str:
        parts = [f"request_id={self.id}", method, path, f"status={status}"]
        if self.model is not None:
            parts.append(f"model={json.dumps(self.model)}")  # the client's text: quoted
        if self.stats is not None:
            s = self.stats
            parts += [
                f"tokens_in={s.prompt_tokens}",
                f"tokens_out={s.completion_tokens}",
                f"forced={s.forced_tokens}",
                f"chosen={s.chosen_tokens}",
            ]
        if self.disconnected is not None:
            parts.append(f"disconnected={self.disconnected}")
        elif self.model is not None and self.error is None:
            parts.append(f"finish={self.finish or 'cancelled'}")
        if self.truncated is not None:
            parts.append(f"truncated={json.dumps(self.truncated)}")
        if self.relaxed:
            parts.append(f"relaxed={self.relaxed}")
        if self.error is not None:
            parts.append(f"error={self.error}")
        if self.queue_wait is not None:
            parts.append(f"queue_ms={self.queue_wait * 1e3:.1f}")
        parts.append(f"latency_ms={latency * 1e3:.1f}")
        if self.prompt is not None:
            parts.append(f"prompt={self.prompt}")
        return " ".join(parts)


class Observe:
    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app, self.metrics = app, metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        record = RequestRecord()
        scope.setdefault("state", {})["record"] = record
        status = 0

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message).append("x-request-id", record.id)
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception as exc:
            error = internal_error(record.id, exc)
            record.error = error.type
            if not status:  # nothing sent yet: the client still gets an answer
                await error.response()(scope, receive, send_with_id)
        finally:
            self._finish(scope, record, status or 500)

    def _finish(self, scope: Scope, record: RequestRecord, status: int) -> None:
        latency = time.perf_counter() - record.started
        route = getattr(scope.get("route"), "path", "unmatched")  # the template: few labels
        m = self.metrics
        m.requests.labels(route, str(status)).inc()
        m.latency.labels(route).observe(latency)
        if record.error is not None:
            m.errors.labels(record.error).inc()
        if record.disconnected is not None:
            m.disconnects.labels(record.disconnected).inc()
        if record.truncated is not None:
            m.truncated.inc()
        if record.relaxed:
            m.relaxed.inc(record.relaxed)
        if record.queue_wait is not None:
            m.queue_wait.observe(record.queue_wait)
        if record.stats is not None:
            s = record.stats
            m.tokens.labels("prompt").inc(s.prompt_tokens)
            m.tokens.labels("completion").inc(s.completion_tokens)
            m.decoded.labels("forced").inc(s.forced_tokens)
            m.decoded.labels("chosen").inc(s.chosen_tokens)
            if s.first_token_ms:
                m.ttft.observe(s.first_token_ms / 1e3)
        # compiled before the queue (`app.prepare`), or by the engine when it was not
        compile_ms = record.grammar_compile_ms
        if compile_ms is None and record.stats is not None:
            compile_ms = record.stats.grammar_compile_ms
        if compile_ms is not None:
            m.grammar_compile.observe(compile_ms / 1e3)
        # the path as sent (percent-encoded): a decoded one could put a newline in the log
        path = scope.get("raw_path", scope["path"].encode()).decode("latin-1")
        log.info(record.line(scope["method"], path, status, latency))
