"""POST /v1/chat/completions: validate, queue on the inference worker, answer or stream.

The request's grammar is compiled, and its conversation fitted to the encoder, before it is queued
(`app.prepare`, in a thread): a schema the grammar cannot enforce is a 400 at once, even for a
streamed request. The job's first item says its prompt was encoded; the rest are the engine's
events, which become one JSON response or a stream of chunks (`app.serving`). A client that
leaves at any stage cancels its job and ends as `ClientDisconnected` (not an error).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from app import cascade
from app.deps import ChatBody, RecordDep, SettingsDep, WorkerDep, require_api_key
from app.errors import ModelNotFound
from app.observe import RequestRecord
from app.prepare import Watch, prepared
from app.serving import Chunker, Reply, engine_request
from app.streaming import EventStreamResponse, event_stream
from app.worker import Job
from model.generate import Event, collect

router = APIRouter(dependencies=[Depends(require_api_key)])


async def _events(job: Job, record: RequestRecord) -> AsyncIterator[Event]:
    async for item in job:
        record.note(item)
        yield item


@router.post("/v1/chat/completions")
async def create_chat_completion(
    request: Request, body: ChatBody, settings: SettingsDep, worker: WorkerDep, record: RecordDep
) -> Response:
    if not settings.accepts(body.model):
        raise ModelNotFound(body.model)
    record.model = body.model
    if settings.log_prompts:
        record.prompt = json.dumps([m.model_dump(exclude_none=True) for m in body.messages])
    if settings.mode != "local":  # cascade or record: `app.cascade` decides who answers
        return await cascade.answer(request, body, worker, record)
    engine = worker.ready_engine()
    watch = Watch(request)
    job: Job | None = None
    try:
        # schemas compiled and checked, conversation fitted: in a thread, before the queue
        ready = await prepared(engine, engine_request(body), settings, watch)
        headers = {"x-thimble-answered-by": "student", **ready.headers()}
        record.truncated = ready.truncation.header() if ready.truncation else None
        record.relaxed = len(ready.relaxed)
        record.grammar_compile_ms = ready.compile_ms
        job = watch.job = worker.submit(ready.request, not body.stream, ready.matcher)
        events = _events(job, record)
        await watch.race(anext(events))  # ACCEPTED, or the request's GrammarError
        record.queue_wait = job.queue_wait
        include_usage = bool(body.stream_options and body.stream_options.include_usage)
        reply = Reply(body.model, include_usage)
        if body.stream:  # from here on the response watches the connection
            watch.close()
            stream = event_stream(events, Chunker(reply), record, job.cancel)
            timeout = settings.client_timeout_s
            return EventStreamResponse(stream, record, job.cancel, headers, timeout)
        answer = collect(iter(await watch.race(_all(events))))
    except BaseException:
        if job is not None:
            job.cancel()
        raise
    finally:
        watch.close()
    response = cascade.student_json(request, body, reply, answer)
    response.headers.update(headers)
    return response


async def _all(events: AsyncIterator[Event]) -> list[Event]:
    return [event async for event in events]
