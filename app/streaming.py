"""Server-sent events for `stream: true`: each chunk as a `data:` line, then `data: [DONE]`.

Headers (status 200) are already out when the first chunk is sent, so a failure after that is
sent as `data: {"error": {...}}` in OpenAI's envelope, followed by `[DONE]`, which both the
Python and the JavaScript SDK raise as an API error. When the client goes away, Starlette closes
this generator and `finally` cancels the job, which stops decoding at the next token.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable

from app.errors import ThimbleError, internal_error
from app.observe import RequestRecord
from app.serving import Chunker
from model.generate import Event


def sse(data: str) -> str:
    return f"data: {data}\n\n"


async def event_stream(
    events: AsyncIterator[Event],
    chunker: Chunker,
    record: RequestRecord,
    cancel: Callable[[], None],
) -> AsyncIterator[str]:
    try:
        async for event in events:
            for chunk in chunker.chunks(event):
                yield sse(chunk.model_dump_json())
    except Exception as exc:
        error = exc if isinstance(exc, ThimbleError) else internal_error(record.id, exc)
        record.error = error.type
        yield sse(json.dumps(error.body()))
    finally:
        cancel()
    yield sse("[DONE]")
