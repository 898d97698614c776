"""Who answers a chat completion: the student, or the upstream model (`thimble serve --mode`).

- `local` (default): the student answers everything.
- `cascade`: the student answers first (whole, not streamed); its calibrated confidence
  (`model.confidence`, the card's `calibration`) below `--cascade-threshold`, or a failed check
  (the answer hit max_tokens, the student could not answer the request at all), sends the
  original request upstream (`app.upstream`) and the upstream's answer is returned, streamed if
  the client asked for a stream, and kept in the trace store (`distill.traces`).
- `record`: every request goes upstream (the student answers alongside, for the trace row's
  `meta.student`); the upstream's answer is returned and kept.

The upstream gets what is left of `--deadline-s` (counted from the request's arrival). When it
errors, times out or answers garbage, the student's answer is returned with `x-thimble-fallback`
saying why; only if the student has no answer either does the request fail, with the student's
error. Every chat completion carries:

    x-thimble-answered-by  student | upstream
    x-thimble-confidence   the student's calibrated confidence (absent on a local stream: it is
                           known only at the end; absent when the student had no answer)
    x-thimble-escalated    low_confidence | check_failed | record (when the upstream was asked)
    x-thimble-fallback     timeout | status | transport | garbage (when it failed)

GET /cascade/report: answers by who, escalations, upstream latency and errors, and the estimated
cost saved per 1,000 requests at `--upstream-price-in/-out` (dollars per million tokens).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from prometheus_client import CollectorRegistry, Histogram
from prometheus_client import Counter as PromCounter

from app.config import Settings
from app.errors import ThimbleError
from app.observe import RequestRecord
from app.protocol import ChatCompletionRequest
from app.serving import Chunker, Reply, completion, engine_request
from app.streaming import event_stream
from app.worker import ACCEPTED, InferenceWorker
from distill.traces import Answer, TraceStore, build_row
from model.confidence import Calibration
from model.generate import Completion, Event, collect

if TYPE_CHECKING:  # imported when a mode needs it: `openai` costs a local server 1-3 s at start
    from app.upstream import Upstream, UpstreamAnswer

log = logging.getLogger(__name__)


class CascadeMetrics:
    def __init__(self, r: CollectorRegistry) -> None:
        self.answers = PromCounter(
            "thimble_answers", "Chat completions by who answered", ["by"], registry=r
        )
        self.escalations = PromCounter(
            "thimble_escalations", "Requests sent upstream, by why", ["reason"], registry=r
        )
        self.errors = PromCounter(
            "thimble_upstream_errors", "Upstream failures, by kind", ["kind"], registry=r
        )
        self.latency = Histogram(
            "thimble_upstream_seconds",
            "Upstream answer time",
            registry=r,
            buckets=(0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60),
        )


_REGISTERED: WeakKeyDictionary[CollectorRegistry, CascadeMetrics] = WeakKeyDictionary()


def _metrics(registry: CollectorRegistry) -> CascadeMetrics:
    """One set per registry: an app whose lifespan runs twice registers its metrics once."""
    if registry not in _REGISTERED:
        _REGISTERED[registry] = CascadeMetrics(registry)
    return _REGISTERED[registry]


class Cascade:
    """The app's cascade state: settings, upstream client, trace store, counts and metrics."""

    def __init__(self, settings: Settings, registry: CollectorRegistry) -> None:
        self.settings = settings
        self.upstream: Upstream | None = None
        self.store: TraceStore | None = None
        if settings.mode != "local":
            # `Settings` refuses these modes without both
            assert settings.upstream_base_url and settings.upstream_model
            from app.upstream import Upstream

            self.upstream = Upstream(
                settings.upstream_base_url, settings.upstream_model, settings.upstream_api_key
            )
            path = settings.trace_db or Path("traces/thimble.db")
            self.store = TraceStore(path, settings.trace_max_mb, settings.trace_redact)
        self.calibration: Calibration | None = None  # from the engine's card, once it loads
        self.answered: Counter[str] = Counter()  # student, upstream, fallback
        self.escalated: Counter[str] = Counter()
        self.failed: Counter[str] = Counter()
        self.upstream_seconds: list[float] = []
        self.upstream_tokens = [0, 0]  # prompt, completion: what the answered escalations cost
        self.local_tokens = [0, 0]  # the student's own counts for what it answered
        self.metrics = _metrics(registry)

    async def close(self) -> None:
        if self.upstream is not None:
            await self.upstream.close()
        if self.store is not None:
            self.store.close()

    def confidence(self, worker: InferenceWorker, answer: Completion) -> float:
        if self.calibration is None:
            assert worker.engine is not None
            self.calibration = Calibration.from_card(worker.engine.card)
        return self.calibration(answer.stats)

    def count(self, by: str, answer: Completion | None = None) -> None:
        self.answered[by] += 1
        self.metrics.answers.labels(by).inc()
        if by == "student" and answer is not None:
            self.local_tokens[0] += answer.stats.prompt_tokens
            self.local_tokens[1] += answer.stats.completion_tokens

    def report(self) -> dict[str, Any]:
        s, total = self.settings, sum(self.answered.values())
        up = self.answered["upstream"]
        if up:  # what an upstream answer costs, from the upstream's own usage
            tokens, basis = [t / up for t in self.upstream_tokens], "upstream usage"
        elif self.answered["student"]:  # nothing escalated yet: the student's counts stand in
            tokens = [t / self.answered["student"] for t in self.local_tokens]
            basis = "student token counts (no upstream answer yet)"
        else:
            tokens, basis = [0.0, 0.0], "no requests yet"
        per_request = (tokens[0] * s.upstream_price_in + tokens[1] * s.upstream_price_out) / 1e6
        local = self.answered["student"] / total if total else 0.0
        lat = sorted(self.upstream_seconds)
        return {
            "mode": s.mode,
            "requests": total,
            "answered": dict(self.answered),
            "local_share": local,
            "escalations": dict(self.escalated),
            "upstream_errors": dict(self.failed),
            "upstream_latency_p50_s": lat[len(lat) // 2] if lat else None,
            "upstream_latency_p95_s": lat[int(len(lat) * 0.95)] if lat else None,
            "cost_per_upstream_request_usd": per_request,
            "cost_basis": basis,
            "saved_per_1000_requests_usd": 1000 * local * per_request,
            "traces": self.store.count() if self.store is not None else 0,
        }


# ---- the student's answer ------------------------------------------------------------------


async def student_answer(
    worker: InferenceWorker, body: ChatCompletionRequest, record: RequestRecord
) -> tuple[list[Event], Completion] | Exception:
    """The student's whole answer (its events and their fold), or why it has none."""
    try:
        job = worker.submit(engine_request(body), held=True)
    except ThimbleError as e:  # not ready, queue full
        return e
    try:
        events = [item async for item in job if item is not ACCEPTED]
    except Exception as e:  # its grammar did not compile, or decoding failed
        return e
    finally:
        job.cancel()
    for event in events:
        record.note(event)
    record.queue_wait = job.queue_wait
    return events, collect(iter(events))


def logprobs(worker: InferenceWorker, answer: Completion, confidence: float) -> dict[str, Any]:
    """OpenAI's `logprobs` for the student's freely chosen tokens (forced ones have none), plus
    the answer's calibrated `confidence`."""
    assert worker.engine is not None
    token_bytes = worker.engine.tok.token_bytes
    content = []
    for chosen in answer.stats.chosen:
        raw = b"".join(token_bytes[t] for t in chosen.tokens)
        text = raw.decode("utf-8", "replace")
        content.append(
            {"token": text, "logprob": chosen.logprob, "bytes": list(raw), "top_logprobs": []}
        )
    return {"content": content, "refusal": None, "confidence": confidence}


async def _aiter(events: Iterable[Event]) -> AsyncIterator[Event]:
    for event in events:
        yield event


def respond(
    body: ChatCompletionRequest,
    events: list[Event],
    record: RequestRecord,
    headers: dict[str, str],
    extra_logprobs: dict[str, Any] | None = None,
) -> Response:
    """The answer in `events` as a JSON response or a stream, with the cascade's headers."""
    include_usage = bool(body.stream_options and body.stream_options.include_usage)
    reply = Reply(body.model, include_usage)
    if body.stream:
        stream = event_stream(_aiter(events), Chunker(reply), record, lambda: None)
        headers = {**headers, "cache-control": "no-cache"}
        return StreamingResponse(stream, media_type="text/event-stream", headers=headers)
    data = completion(reply, collect(iter(events))).model_dump(mode="json")
    if extra_logprobs is not None:
        data["choices"][0]["logprobs"] = extra_logprobs
    return JSONResponse(data, headers=headers)


def student_headers(confidence: float | None) -> dict[str, str]:
    out = {"x-thimble-answered-by": "student"}
    if confidence is not None:
        out["x-thimble-confidence"] = f"{confidence:.4f}"
    return out


def student_json(
    request: Request, body: ChatCompletionRequest, reply: Reply, answer: Completion
) -> JSONResponse:
    """A local mode's non-streamed answer, with its confidence (`--mode local`)."""
    cascade: Cascade = request.app.state.cascade
    worker: InferenceWorker = request.app.state.worker
    conf = cascade.confidence(worker, answer)
    cascade.count("student", answer)
    data = completion(reply, answer).model_dump(mode="json")
    if body.logprobs:
        data["choices"][0]["logprobs"] = logprobs(worker, answer, conf)
    return JSONResponse(data, headers=student_headers(conf))


# ---- cascade and record --------------------------------------------------------------------


async def answer(
    request: Request, body: ChatCompletionRequest, worker: InferenceWorker, record: RequestRecord
) -> Response:
    """A chat completion in `cascade` or `record` mode (see the module docstring)."""
    from app.upstream import UpstreamFailed  # loaded with the upstream (`Cascade`)

    cascade: Cascade = request.app.state.cascade
    s = cascade.settings
    assert cascade.upstream is not None
    deadline = record.started + s.deadline_s  # perf_counter seconds
    student_task = asyncio.create_task(student_answer(worker, body, record))
    reason: str | None = "record"
    if s.mode == "cascade":
        student = await student_task
        reason = "check_failed"  # the student has no answer, or its answer was cut off
        if not isinstance(student, Exception) and student[1].reason != "length":
            conf = cascade.confidence(worker, student[1])
            reason = None if conf >= s.cascade_threshold else "low_confidence"
            if reason is None:
                cascade.count("student", student[1])
                extra = logprobs(worker, student[1], conf) if body.logprobs else None
                return respond(body, student[0], record, student_headers(conf), extra)
    assert reason is not None
    cascade.escalated[reason] += 1
    cascade.metrics.escalations.labels(reason).inc()
    try:
        up = await cascade.upstream.complete(body, deadline - time.perf_counter())
    except UpstreamFailed as e:
        failure = e
        up = None
    # with the upstream's answer in hand, the student's (record mode: for the trace row only)
    # gets what is left of the deadline; as the fallback it gets the time it needs
    budget = None if up is None else max(deadline - time.perf_counter(), 0.0)
    try:
        student = await asyncio.wait_for(student_task, budget)
    except TimeoutError:  # wait_for cancelled it: its job leaves the worker
        student = TimeoutError("the student had not answered by the deadline")
    known = None if isinstance(student, Exception) else cascade.confidence(worker, student[1])
    if up is None:
        cascade.failed[failure.kind] += 1
        cascade.metrics.errors.labels(failure.kind).inc()
        log.warning("request_id=%s upstream failed (%s): %s", record.id, failure.kind, failure)
        if isinstance(student, Exception):
            raise student
        cascade.count("fallback")
        headers = {**student_headers(known), "x-thimble-escalated": reason}
        headers["x-thimble-fallback"] = failure.kind
        extra = logprobs(worker, student[1], known or 0.0) if body.logprobs else None
        return respond(body, student[0], record, headers, extra)
    cascade.count("upstream")
    cascade.upstream_seconds.append(up.seconds)
    cascade.metrics.latency.observe(up.seconds)
    cascade.upstream_tokens[0] += up.prompt_tokens
    cascade.upstream_tokens[1] += up.completion_tokens
    await keep(cascade, record, body, up, student, known)
    headers = {"x-thimble-answered-by": "upstream", "x-thimble-escalated": reason}
    headers["x-thimble-upstream-model"] = up.model or cascade.upstream.model
    if known is not None:
        headers["x-thimble-confidence"] = f"{known:.4f}"
    return respond(body, up.events(), record, headers)


async def keep(
    cascade: Cascade,
    record: RequestRecord,
    body: ChatCompletionRequest,
    up: UpstreamAnswer,
    student: tuple[list[Event], Completion] | Exception,
    conf: float | None,
) -> None:
    """Append the upstream's answer to the trace store before the client hears it: a row is
    acknowledged only once it is on disk."""
    assert cascade.store is not None and cascade.upstream is not None
    mine = None
    if not isinstance(student, Exception):
        got = student[1]
        mine = Answer(got.content, [{"name": n, "arguments": _args(a)} for n, a in got.calls])
    dumped = body.model_dump(exclude_none=True, by_alias=True)
    row = build_row(
        record.id,
        dumped.get("tools") or [],
        dumped["messages"],
        up.answer(),
        up.model or cascade.upstream.model,
        mine,
        conf,
    )
    try:
        await asyncio.to_thread(cascade.store.append, row)
    except Exception:  # a full disk must not cost the client its answer
        log.exception("request_id=%s: the trace row was not stored", record.id)


def _args(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


router = APIRouter()


@router.get("/cascade/report")
async def report(request: Request) -> JSONResponse:
    return JSONResponse(request.app.state.cascade.report())
