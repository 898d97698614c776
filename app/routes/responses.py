"""POST /v1/responses: the Responses API over the same worker and engine as chat completions.

As for chat, the request is prepared before it is queued (`app.prepare`: grammar compiled in a
thread, conversation fitted, client watched), so a schema the grammar cannot enforce is a 400
(naming the Responses field, `tools[0].parameters` or `text.format`) even for a streamed request,
and a client that leaves at any stage cancels its job. The engine's events then go through one
`app.responses.Builder`: streamed,
as server-sent events (`event: <type>` and `data: <json>`, no `[DONE]`, as OpenAI sends them);
not streamed, as the response object the builder ends with. A failure after the stream has
started is an `error` event carrying OpenAI's envelope. Nothing is stored: there is no GET.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError

from app.deps import RecordDep, SettingsDep, WorkerDep, read_body, require_api_key
from app.errors import InvalidRequest, ModelNotFound, ThimbleError, internal_error, invalid_request
from app.observe import RequestRecord
from app.prepare import Watch, prepared
from app.protocol_responses import ResponsesRequest, StreamEvent
from app.responses import Builder, engine_request, wire_param
from app.streaming import EventStreamResponse
from app.worker import Job
from model.generate import Event
from model.grammar import GrammarError

router = APIRouter(dependencies=[Depends(require_api_key)])


async def responses_body(request: Request, settings: SettingsDep) -> ResponsesRequest:
    raw = await read_body(request, settings.max_body_bytes)
    try:
        return ResponsesRequest.model_validate_json(raw)
    except ValidationError as e:
        raise invalid_request(e.errors()) from None


ResponsesBody = Annotated[ResponsesRequest, Depends(responses_body)]


async def _events(job: Job, record: RequestRecord) -> AsyncIterator[Event]:
    async for item in job:
        record.note(item)
        yield item


def sse(event: StreamEvent) -> str:
    return f"event: {event.type}\ndata: {event.model_dump_json()}\n\n"


async def response_stream(
    events: AsyncIterator[Event],
    builder: Builder,
    record: RequestRecord,
    cancel: Callable[[], None],
) -> AsyncIterator[str]:
    try:
        for out in builder.start():
            yield sse(out)
        async for event in events:
            for out in builder.events(event):
                yield sse(out)
    except Exception as exc:
        error = exc if isinstance(exc, ThimbleError) else internal_error(record.id, exc)
        record.error = error.type
        detail = error.body()["error"]
        fields = {k: detail[k] for k in ("code", "message", "param")}
        yield sse(StreamEvent(type="error", sequence_number=builder.seq, **fields, error=detail))
    finally:
        cancel()


@router.post("/v1/responses")
async def create_response(
    request: Request,
    body: ResponsesBody,
    settings: SettingsDep,
    worker: WorkerDep,
    record: RecordDep,
) -> Response:
    if not settings.accepts(body.model):
        raise ModelNotFound(body.model)
    record.model = body.model
    if settings.log_prompts:
        record.prompt = json.dumps(body.model_dump(include={"instructions", "input"}))
    engine = worker.ready_engine()
    watch = Watch(request)
    job: Job | None = None
    builder = Builder(body, body.model)
    try:
        try:  # schemas compiled and checked, conversation fitted: in a thread, before the queue
            ready = await prepared(engine, engine_request(body), settings, watch)
        except GrammarError as e:
            raise InvalidRequest(str(e), wire_param(e.param)) from None
        headers = {"x-thimble-answered-by": "student", **ready.headers()}
        record.truncated = ready.truncation.header() if ready.truncation else None
        record.relaxed = len(ready.relaxed)
        record.grammar_compile_ms = ready.compile_ms
        job = watch.job = worker.submit(ready.request, not body.stream, ready.matcher)
        events = _events(job, record)
        await watch.race(anext(events))  # ACCEPTED: the prompt is encoded
        record.queue_wait = job.queue_wait
        if body.stream:  # from here on the response watches the connection
            watch.close()
            stream = response_stream(events, builder, record, job.cancel)
            timeout = settings.client_timeout_s
            return EventStreamResponse(stream, record, job.cancel, headers, timeout)
        for event in await watch.race(_all(events)):
            builder.events(event)
    except BaseException:
        if job is not None:
            job.cancel()
        raise
    finally:
        watch.close()
    return JSONResponse(builder.response.model_dump(mode="json"), headers=headers)


async def _all(events: AsyncIterator[Event]) -> list[Event]:
    return [event async for event in events]
