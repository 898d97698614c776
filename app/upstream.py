"""The upstream model of `--mode cascade|record`: any OpenAI-compatible chat-completions endpoint
(OpenAI, Gemini's OpenAI-compatible endpoint, vLLM, another Thimble), through `openai.AsyncOpenAI`.

The client's request goes up as it came (its model name replaced, streaming off), so the upstream
sees what the app sent. The answer is read whole and checked before any byte of it reaches the
client: it parses (`distill.teachers.openai_compat.to_answer`, the teacher's wire code), it has
a choice, and every call names an offered tool with a JSON object for arguments. That is what
makes falling back to the student possible: an upstream that errors, times out or sends garbage
never leaves the client with half an answer. A client that asked for a stream gets this answer
streamed (`app.serving.Chunker`, from the same events as the student's).

Failures are `UpstreamFailed(kind)`: `timeout`, `status` (an HTTP error), `transport`
(connection refused or dropped), `garbage` (an answer that does not parse or check).
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from typing import Any, Literal

import openai

from app.protocol import ChatCompletionRequest
from distill.teachers.base import TeacherError
from distill.teachers.openai_compat import to_answer
from distill.traces import Answer
from model.generate import ArgumentsDelta, CallStarted, Event, Finished, Stats, TextDelta

FailureKind = Literal["timeout", "status", "transport", "garbage"]

# request fields the upstream takes as the client sent them (stream handled here, logprobs
# are the student's: an upstream asked for them may bill more or refuse)
PASSED: tuple[str, ...] = ("messages", "tools", "tool_choice", "parallel_tool_calls")
PASSED += ("response_format", "max_tokens", "max_completion_tokens", "temperature", "top_p")
PASSED += ("seed", "stop")


class UpstreamFailed(Exception):
    def __init__(self, kind: FailureKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class UpstreamAnswer:
    model: str  # the model the upstream says answered
    calls: list[tuple[str, str]]  # (name, arguments JSON as sent)
    content: str | None
    finish: Literal["stop", "tool_calls", "length"]
    prompt_tokens: int
    completion_tokens: int
    seconds: float

    def answer(self) -> Answer:
        """As a distill row's answer (arguments parsed)."""
        calls = [{"name": n, "arguments": json.loads(a)} for n, a in self.calls]
        return Answer(self.content, calls)

    def events(self) -> list[Event]:
        """The answer as the engine's events, so responses and streams are built as the
        student's are."""
        out: list[Event] = []
        for i, (name, args) in enumerate(self.calls):
            out += [CallStarted(i, name), ArgumentsDelta(i, args)]
        if not self.calls and self.content:
            out.append(TextDelta(self.content))
        stats = Stats(prompt_tokens=self.prompt_tokens, completion_tokens=self.completion_tokens)
        out.append(Finished(self.finish, stats))
        return out


class Upstream:
    def __init__(self, base_url: str, model: str, api_key: str | None) -> None:
        self.model = model
        # no retries: the request's deadline leaves no room for them, the student is the fallback
        self._client = openai.AsyncOpenAI(
            api_key=api_key or "none", base_url=base_url, max_retries=0
        )

    async def close(self) -> None:
        await self._client.close()

    def body(self, request: ChatCompletionRequest) -> dict[str, Any]:
        sent = request.model_dump(exclude_none=True, by_alias=True, include=set(PASSED))
        return {**sent, "model": self.model}

    async def complete(self, request: ChatCompletionRequest, timeout_s: float) -> UpstreamAnswer:
        """The upstream's checked answer within `timeout_s` seconds, or `UpstreamFailed`."""
        t0 = time.perf_counter()
        if timeout_s <= 0:
            raise UpstreamFailed("timeout", "no time left before the request's deadline")
        try:
            # wait_for bounds it even if the server trickles bytes slower than httpx's timeouts
            completion = await asyncio.wait_for(
                self._client.chat.completions.create(**self.body(request), timeout=timeout_s),
                timeout_s,
            )
        except (TimeoutError, openai.APITimeoutError) as e:
            raise UpstreamFailed("timeout", f"no answer within {timeout_s:.1f} s") from e
        except openai.APIStatusError as e:
            raise UpstreamFailed("status", f"{e.status_code}: {e.message}") from e
        except openai.APIConnectionError as e:
            raise UpstreamFailed("transport", repr(e)) from e
        except Exception as e:  # a body the SDK could not read
            raise UpstreamFailed("garbage", f"{type(e).__name__}: {e}") from e
        return checked(completion, request, time.perf_counter() - t0)


def checked(completion: Any, request: ChatCompletionRequest, seconds: float) -> UpstreamAnswer:
    """The completion as an `UpstreamAnswer`, or `UpstreamFailed("garbage")` if it is not a
    well-formed answer to this request."""
    offered = {t.function.name for t in request.tools or []}
    try:
        parsed = to_answer(completion)  # a choice; every call's arguments a JSON object
        choice = completion.choices[0]
        calls = [(c.function.name, c.function.arguments) for c in choice.message.tool_calls or []]
        usage = completion.usage
        finish = choice.finish_reason
        model = str(completion.model or "")
    except (TeacherError, AttributeError, TypeError, IndexError, ValueError) as e:
        raise UpstreamFailed("garbage", f"{type(e).__name__}: {e}") from e
    unknown = [c.name for c in parsed.tool_calls if c.name not in offered]
    if unknown:
        raise UpstreamFailed("garbage", f"calls to tools not offered: {unknown}")
    if not calls and not isinstance(parsed.content, str):
        raise UpstreamFailed("garbage", "neither calls nor text")
    return UpstreamAnswer(
        model=model,
        calls=calls,
        content=parsed.content,
        finish="tool_calls" if calls else ("length" if finish == "length" else "stop"),
        prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
        completion_tokens=getattr(usage, "completion_tokens", 0) or 0,
        seconds=seconds,
    )
