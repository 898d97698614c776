"""The Responses API on the one decode path: `POST /v1/responses` to the engine and back.

`engine_request` turns a validated `ResponsesRequest` into the same `model.generate.Request` that
Chat Completions builds (`app.serving`): `instructions` becomes the system message, `input` items
become chat messages (a `function_call` item is an assistant tool call, a `function_call_output`
item the tool message answering it), flat function tools and `tool_choice` become the same `Tool`s
and `ToolChoice`, `text.format` the same response format. So the grammar, the worker and the
engine's events are shared; only the wire format differs.

`Builder` folds the engine's events into Responses stream events and, at the same time, into the
response object they describe: a streamed response is those events, a non-streamed one is the
object the same builder ends with, so the two cannot diverge. The stream is

    response.created, response.in_progress,
    per output item: response.output_item.added,
        a text message: response.content_part.added, response.output_text.delta...,
            response.output_text.done, response.content_part.done
        a function call: response.function_call_arguments.delta..., ...arguments.done
    response.output_item.done,
    response.completed (or response.incomplete when max_output_tokens cut the answer),

every event numbered by `sequence_number`. An answer with neither text nor calls is one empty
text message, as Chat Completions answers with empty content.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

from app.protocol import ResponseFormat
from app.protocol_responses import (
    FunctionCallItem,
    IncompleteDetails,
    InputItem,
    OutputMessage,
    OutputText,
    ResponseObject,
    ResponsesRequest,
    ResponseUsage,
    StreamEvent,
)
from app.serving import call_id
from model.format import Tool, messages_from_openai
from model.generate import (
    ArgumentsDelta,
    CallStarted,
    Event,
    Finished,
    Request,
    Sampling,
    TextDelta,
)
from model.grammar import ToolChoice


def _text(content: str | list[Any] | None) -> str:
    return content if isinstance(content, str) else "".join(p.text for p in content or [])


def chat_messages(body: ResponsesRequest) -> list[dict[str, Any]]:
    """`instructions` and `input` as Chat Completions messages (what `messages_from_openai`
    reads): consecutive function_call items join one assistant message, as parallel calls do."""
    out: list[dict[str, Any]] = []
    if body.instructions:
        out.append({"role": "system", "content": body.instructions})
    items = [InputItem(role="user", content=body.input)] if isinstance(body.input, str) else []
    for item in items or body.input:
        assert isinstance(item, InputItem)
        if item.type == "function_call":
            call = {
                "id": item.call_id,
                "function": {"name": item.name, "arguments": item.arguments},
            }
            last = out[-1] if out else None
            if last is None or last["role"] != "assistant":
                out.append(last := {"role": "assistant", "content": None})
            last.setdefault("tool_calls", []).append(call)
        elif item.type == "function_call_output":
            out.append(
                {"role": "tool", "tool_call_id": item.call_id, "content": _text(item.output)}
            )
        else:
            out.append({"role": item.role, "content": _text(item.content)})
    return out


def tools_of(body: ResponsesRequest) -> list[Tool]:
    """Flat function tools through the chat tools' one constructor; `strict` left out is true."""
    return [
        Tool.from_openai({"function": {**t.model_dump(), "strict": t.strict is not False}})
        for t in body.tools or []
    ]


def tool_choice(body: ResponsesRequest) -> ToolChoice:
    single = body.parallel_tool_calls is False
    choice = body.tool_choice
    if choice is None or isinstance(choice, str):
        return ToolChoice(choice or "auto", None, single)
    if choice.type == "function":  # one named function: exactly one call to it
        return ToolChoice("required", choice.names, True)
    assert choice.mode is not None  # ToolChoiceObject checks the body fits its type
    return ToolChoice(choice.mode, choice.names, single)


def response_format(body: ResponsesRequest) -> dict[str, Any] | None:
    """`text.format` as chat's `response_format`, in the same shape (one grammar cache entry)."""
    fmt = body.text.format if body.text else None
    if fmt is None:
        return None
    spec = fmt.model_dump(by_alias=True, exclude={"type"}) if fmt.type == "json_schema" else None
    chat = ResponseFormat.model_validate({"type": fmt.type, "json_schema": spec})
    return chat.model_dump(by_alias=True)


def engine_request(body: ResponsesRequest) -> Request:
    return Request(
        tools=tools_of(body),
        messages=messages_from_openai(chat_messages(body)),
        choice=tool_choice(body),
        response_format=response_format(body),
        sampling=Sampling(
            max_tokens=body.max_output_tokens,
            temperature=body.temperature or 0.0,
            top_p=1.0 if body.top_p is None else body.top_p,
        ),
    )


def wire_param(param: str | None) -> str | None:
    """A grammar error's param, named as Chat Completions names it, in this API's words."""
    if param is None:
        return None
    if param.startswith("response_format"):
        return "text.format" + param.removeprefix("response_format").replace(".json_schema", "")
    return param.replace(".function.parameters", ".parameters")


def _echo(body: ResponsesRequest, model: str) -> ResponseObject:
    """The response before any output: the request's settings, as OpenAI echoes them."""
    tools = [
        {**t.model_dump(exclude_none=True), "strict": t.strict is not False}
        for t in body.tools or []
    ]
    fmt = body.text.format if body.text and body.text.format else None
    choice = body.tool_choice or "auto"
    return ResponseObject(
        id=f"resp_{uuid.uuid4().hex}",
        status="in_progress",
        instructions=body.instructions,
        max_output_tokens=body.max_output_tokens,
        model=model,
        parallel_tool_calls=body.parallel_tool_calls is not False,
        temperature=body.temperature,
        top_p=body.top_p,
        text={
            "format": fmt.model_dump(by_alias=True, exclude_none=True) if fmt else {"type": "text"}
        },
        tool_choice=choice if isinstance(choice, str) else choice.model_dump(exclude_none=True),
        tools=tools,
    )


class Builder:
    """Events to stream events, and to the response they describe (module docstring)."""

    def __init__(self, body: ResponsesRequest, model: str) -> None:
        self.response = _echo(body, model)
        self.seq = 0
        self.open: OutputMessage | FunctionCallItem | None = None

    def _event(self, type: str, **fields: Any) -> StreamEvent:
        event = StreamEvent(type=f"response.{type}", sequence_number=self.seq, **fields)
        self.seq += 1
        return event

    def _snapshot(self, type: str) -> StreamEvent:
        return self._event(type, response=self.response.model_copy(deep=True))

    def start(self) -> list[StreamEvent]:
        return [self._snapshot("created"), self._snapshot("in_progress")]

    def _add(self, item: OutputMessage | FunctionCallItem) -> list[StreamEvent]:
        out = self._close()
        self.open = item
        self.response.output.append(item)
        index = len(self.response.output) - 1
        added = item.model_copy(deep=True)
        out.append(self._event("output_item.added", output_index=index, item=added))
        if isinstance(item, OutputMessage):
            item.content.append(OutputText(text=""))
            out.append(self._part("content_part.added", item))
        return out

    def _part(self, type: str, item: OutputMessage) -> StreamEvent:
        index = len(self.response.output) - 1
        part = item.content[0].model_copy()
        return self._event(type, item_id=item.id, output_index=index, content_index=0, part=part)

    def _close(self, status: str = "completed") -> list[StreamEvent]:
        item, self.open = self.open, None
        if item is None:
            return []
        item.status = status  # type: ignore[assignment]
        index = len(self.response.output) - 1
        if isinstance(item, OutputMessage):
            where = {"item_id": item.id, "output_index": index, "content_index": 0}
            text = item.content[0].text
            out = [self._event("output_text.done", **where, text=text, logprobs=[])]
            out.append(self._part("content_part.done", item))
        else:
            where = {"item_id": item.id, "output_index": index}
            out = [self._event("function_call_arguments.done", **where, arguments=item.arguments)]
        done = item.model_copy(deep=True)
        return [*out, self._event("output_item.done", output_index=index, item=done)]

    def events(self, event: Event) -> list[StreamEvent]:
        index = len(self.response.output) - 1
        if isinstance(event, CallStarted):
            item = FunctionCallItem(
                id=f"fc_{uuid.uuid4().hex}",
                call_id=call_id(),
                name=event.name,
                arguments="",
                status="in_progress",
            )
            return self._add(item)
        if isinstance(event, ArgumentsDelta):
            assert isinstance(self.open, FunctionCallItem)
            self.open.arguments += event.text
            where = {"item_id": self.open.id, "output_index": index}
            return [self._event("function_call_arguments.delta", **where, delta=event.text)]
        if isinstance(event, TextDelta):
            out = []
            if not isinstance(self.open, OutputMessage):
                out = self._add(
                    OutputMessage(id=f"msg_{uuid.uuid4().hex}", status="in_progress", content=[])
                )
                index += 1
            assert isinstance(self.open, OutputMessage)
            self.open.content[0].text += event.text
            where = {"item_id": self.open.id, "output_index": index, "content_index": 0}
            return [*out, self._event("output_text.delta", **where, delta=event.text, logprobs=[])]
        return self._finish(event)

    def _finish(self, event: Finished) -> list[StreamEvent]:
        out = []
        if not self.response.output:  # nothing was said: one empty text message
            out = self._add(
                OutputMessage(id=f"msg_{uuid.uuid4().hex}", status="in_progress", content=[])
            )
        cut = event.reason == "length"
        out += self._close("incomplete" if cut else "completed")
        r = self.response
        r.status = "incomplete" if cut else "completed"
        r.incomplete_details = IncompleteDetails(reason="max_output_tokens") if cut else None
        r.completed_at = int(time.time())
        n_in, n_out = event.stats.prompt_tokens, event.stats.completion_tokens
        r.usage = ResponseUsage(input_tokens=n_in, output_tokens=n_out, total_tokens=n_in + n_out)
        return [*out, self._snapshot("incomplete" if cut else "completed")]
