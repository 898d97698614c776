"""From the wire to the engine and back.

`engine_request` turns a validated `ChatCompletionRequest` into `model.generate.Request`: tools,
messages, one `ToolChoice` for every form of `tool_choice` and `parallel_tool_calls` (the grammar
enforces it; nothing is filtered afterwards), `response_format` and sampling.

The engine's events then become either one `ChatCompletion` (`completion`, folded with
`model.generate.collect`) or a sequence of chunks (`Chunker`). Both read the same events, so a
streamed answer concatenates to exactly the non-streamed one:

- the first chunk carries `role` (and the first piece of the answer);
- a call opens with one delta holding `index`, `id`, `type`, `function.name` and empty
  `arguments`; later deltas for it carry argument fragments only;
- the last choice chunk has an empty delta and the finish reason; a usage chunk with no choices
  follows only when `stream_options.include_usage` asks for it.

Sampling defaults differ from OpenAI's in one way: without `temperature` the student decodes
greedily, where it is most accurate.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import Literal

from app.protocol import (
    AssistantMessage,
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionRequest,
    Choice,
    ChunkChoice,
    Delta,
    DeltaFunctionCall,
    DeltaToolCall,
    FunctionCall,
    ToolCall,
    Usage,
)
from model.format import Tool, messages_from_openai
from model.generate import (
    ArgumentsDelta,
    CallStarted,
    Completion,
    Event,
    Finished,
    FinishReason,
    Request,
    Sampling,
    Stats,
    TextDelta,
)
from model.grammar import ToolChoice


def tool_choice(body: ChatCompletionRequest) -> ToolChoice:
    single = body.parallel_tool_calls is False
    choice = body.tool_choice
    if choice is None or isinstance(choice, str):
        return ToolChoice(choice or "auto", None, single)
    if choice.function is not None:  # one named function: exactly one call to it
        return ToolChoice("required", (choice.function.name,), True)
    allowed = choice.allowed_tools
    assert allowed is not None  # ToolChoiceObject checks the body fits its type
    return ToolChoice(allowed.mode, tuple(t.function.name for t in allowed.tools), single)


def engine_request(body: ChatCompletionRequest) -> Request:
    stop = (body.stop,) if isinstance(body.stop, str) else tuple(body.stop or ())
    fmt = body.response_format
    return Request(
        tools=[Tool.from_openai(t.model_dump()) for t in body.tools or []],
        messages=messages_from_openai([m.model_dump() for m in body.messages]),
        choice=tool_choice(body),
        response_format=fmt.model_dump(by_alias=True) if fmt else None,
        sampling=Sampling(
            max_tokens=body.max_completion_tokens or body.max_tokens,
            temperature=body.temperature or 0.0,
            top_p=1.0 if body.top_p is None else body.top_p,
            seed=body.seed,
            stop=tuple(s for s in stop if s),
        ),
    )


def usage(stats: Stats) -> Usage:
    n_in, n_out = stats.prompt_tokens, stats.completion_tokens
    return Usage(prompt_tokens=n_in, completion_tokens=n_out, total_tokens=n_in + n_out)


def call_id() -> str:
    return f"call_{uuid.uuid4().hex[:24]}"


@dataclass(frozen=True)
class Reply:
    """What every part of one response shares."""

    model: str  # echoed from the request
    include_usage: bool = False
    id: str = field(default_factory=lambda: f"chatcmpl-{uuid.uuid4().hex}")
    created: int = field(default_factory=lambda: int(time.time()))


def completion(reply: Reply, answer: Completion) -> ChatCompletion:
    calls = [
        ToolCall(id=call_id(), function=FunctionCall(name=name, arguments=args))
        for name, args in answer.calls
    ]
    message = AssistantMessage(
        content=answer.content if calls else (answer.content or ""), tool_calls=calls or None
    )
    return ChatCompletion(
        id=reply.id,
        created=reply.created,
        model=reply.model,
        choices=[Choice(message=message, finish_reason=answer.reason)],
        usage=usage(answer.stats),
    )


class Chunker:
    """Events to chunks, one response's worth (see the module docstring for the rules)."""

    def __init__(self, reply: Reply) -> None:
        self.reply = reply
        self.started = False

    def _chunk(self, delta: Delta, finish: FinishReason | None = None) -> ChatCompletionChunk:
        return ChatCompletionChunk(
            id=self.reply.id,
            created=self.reply.created,
            model=self.reply.model,
            choices=[ChunkChoice(delta=delta, finish_reason=finish)],
        )

    def _role(self) -> Literal["assistant"] | None:
        role: Literal["assistant"] | None = None if self.started else "assistant"
        self.started = True
        return role

    def chunks(self, event: Event) -> list[ChatCompletionChunk]:
        if isinstance(event, CallStarted):
            opening = DeltaFunctionCall(name=event.name, arguments="")
            call = DeltaToolCall(index=event.index, id=call_id(), type="function", function=opening)
            return [self._chunk(Delta(role=self._role(), tool_calls=[call]))]
        if isinstance(event, ArgumentsDelta):
            fragment = DeltaFunctionCall(arguments=event.text)
            call = DeltaToolCall(index=event.index, function=fragment)
            return [self._chunk(Delta(role=self._role(), tool_calls=[call]))]
        if isinstance(event, TextDelta):
            return [self._chunk(Delta(role=self._role(), content=event.text))]
        return self._finish(event)

    def _finish(self, event: Finished) -> list[ChatCompletionChunk]:
        # nothing was said: the role chunk still comes first, with the empty text answer
        out = [] if self.started else [self._chunk(Delta(role=self._role(), content=""))]
        out.append(self._chunk(Delta(), event.reason))
        if self.reply.include_usage:
            out.append(
                ChatCompletionChunk(
                    id=self.reply.id,
                    created=self.reply.created,
                    model=self.reply.model,
                    choices=[],
                    usage=usage(event.stats),
                )
            )
        return out
