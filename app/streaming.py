"""Server-sent events for `stream: true`: each chunk as a `data:` line, then `data: [DONE]`.

Headers (status 200) are already out when the first chunk is sent, so a failure after that is
sent as `data: {"error": {...}}` in OpenAI's envelope, followed by `[DONE]`, which both the
Python and the JavaScript SDK raise as an API error. When the client goes away, Starlette closes
this generator and `finally` cancels the job, which stops decoding at the next token.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable

from starlette.responses import StreamingResponse
from starlette.types import Message, Receive, Scope, Send

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


class EventStreamResponse(StreamingResponse):
    """`text/event-stream` that notices a client leaving mid-stream: Starlette stops sending when
    the connection closes and returns normally, so the stream's end is what tells a disconnect
    from a finished answer. A disconnect cancels the job (its row leaves the batch at the next
    step) and is noted on the record (`disconnected=streaming`, not an error). A client that
    reads too slowly (one write waiting over `write_timeout` s) is cut off the same way
    (`disconnected=slow_reader`)."""

    def __init__(
        self,
        body: AsyncIterator[str],
        record: RequestRecord,
        cancel: Callable[[], None],
        headers: dict[str, str] | None = None,
        write_timeout: float | None = None,
    ) -> None:
        self.finished = False
        self.record, self.cancel, self.write_timeout = record, cancel, write_timeout

        async def tracked() -> AsyncIterator[str]:
            async for part in body:
                yield part
            self.finished = True

        headers = {"cache-control": "no-cache", **(headers or {})}
        super().__init__(tracked(), media_type="text/event-stream", headers=headers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        slow = False

        async def bounded(message: Message) -> None:
            # a client reading a byte at a time fills the socket's buffer, then every write
            # waits: one that waits past `write_timeout` ends the response
            nonlocal slow
            try:
                await asyncio.wait_for(send(message), self.write_timeout)
            except TimeoutError:
                slow = True
                raise OSError("the client reads too slowly") from None

        try:
            await super().__call__(scope, receive, bounded)
        except OSError:
            if not slow:
                raise
        finally:
            if not self.finished:
                self.record.disconnected = "slow_reader" if slow else "streaming"
                self.cancel()
