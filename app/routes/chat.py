"""POST /v1/chat/completions: validate, queue on the inference worker, answer or stream.

The job's first item says the request's grammar compiled, so a schema the grammar cannot enforce
is a 400 even for a streamed request: nothing is sent before it. The rest of the job's items are
the engine's events, which become one JSON response or a stream of chunks (`app.serving`).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response, StreamingResponse

from app import cascade
from app.deps import ChatBody, RecordDep, SettingsDep, WorkerDep, require_api_key
from app.errors import ModelNotFound
from app.observe import RequestRecord
from app.serving import Chunker, Reply, engine_request
from app.streaming import event_stream
from app.worker import Job
from model.generate import Event, collect

router = APIRouter(dependencies=[Depends(require_api_key)])


async def _events(job: Job, record: RequestRecord) -> AsyncIterator[Event]:
    async for item in job:
        record.note(item)
        yield item


async def _cancel_on_disconnect(request: Request, job: Job) -> None:
    """Cancel the job if the client leaves while it waits or, unstreamed, while it decodes."""
    while (await request.receive())["type"] != "http.disconnect":
        pass
    job.cancel()


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
    job = worker.submit(engine_request(body), held=not body.stream)
    events = _events(job, record)
    watcher = asyncio.create_task(_cancel_on_disconnect(request, job))
    try:
        await anext(events)  # ACCEPTED, or the request's GrammarError
        record.queue_wait = job.queue_wait
        include_usage = bool(body.stream_options and body.stream_options.include_usage)
        reply = Reply(body.model, include_usage)
        if body.stream:  # from here on Starlette watches the connection and closes the stream
            return StreamingResponse(
                event_stream(events, Chunker(reply), record, job.cancel),
                media_type="text/event-stream",
                headers={"cache-control": "no-cache", "x-thimble-answered-by": "student"},
            )
        answer = collect(iter([event async for event in events]))
    except BaseException:
        job.cancel()
        raise
    finally:
        watcher.cancel()
    return cascade.student_json(request, body, reply, answer)
