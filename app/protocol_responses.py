"""OpenAI Responses API wire models (`POST /v1/responses`): the request Thimble accepts, the
response object, and the streamed events. Field names are OpenAI's, verbatim (checked against
`openai.types.responses`); `app.responses` turns them into the same engine request as Chat
Completions.

Only what a stateless server can honour is accepted: function tools (any other tool type is a
400 naming it), text input (an image or file part is a 400), no `previous_response_id`,
`conversation` or `background` (400: nothing is stored here, so send the whole conversation as
`input` each time). Fields Thimble has no use for (`include`, `metadata`, `reasoning`, `store`,
...) are ignored, as in `app.protocol`.
"""

from __future__ import annotations

import time
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from app.protocol import OmitNone, WireModel

# ---- request ---------------------------------------------------------------------------------


class ContentPart(WireModel):
    """A text part of a message: `input_text` from the user, `output_text` in an assistant
    message sent back as history."""

    type: str
    text: str

    @field_validator("type")
    @classmethod
    def _text_only(cls, type: str) -> str:
        if type not in ("input_text", "output_text", "text"):
            raise ValueError(f"content of type {type!r} is not supported: this server reads text")
        return type


class InputItem(WireModel):
    """One item of `input`: a message (`type` "message" or left out), a `function_call` the model
    made earlier, or the `function_call_output` that answers it. One model rather than a union,
    so a validation error points at the field itself."""

    type: Literal["message", "function_call", "function_call_output"] = "message"
    role: Literal["user", "assistant", "system", "developer"] | None = None
    content: str | list[ContentPart] | None = None
    call_id: str | None = None
    name: str | None = None  # function_call
    arguments: str | None = None  # function_call: JSON text of an object
    output: str | list[ContentPart] | None = None  # function_call_output

    @model_validator(mode="after")
    def _fields_fit_type(self) -> InputItem:
        need = {
            "message": ("role", "content"),
            "function_call": ("call_id", "name", "arguments"),
            "function_call_output": ("call_id", "output"),
        }[self.type]
        for name in need:
            if getattr(self, name) is None:
                raise ValueError(f"a {self.type!r} item needs {name!r}")
        return self


class FunctionTool(WireModel):
    """`{"type": "function", "name": ..., "parameters": ...}` (flat, unlike Chat Completions).
    Other tool types (web_search, file_search, mcp, ...) are hosted tools Thimble does not have."""

    type: str
    name: str = Field(pattern=r"^[a-zA-Z0-9_-]{1,64}$")
    description: str | None = None
    parameters: dict[str, Any] | None = None
    strict: bool | None = None  # None: true, as in OpenAI's Responses API

    @field_validator("type")
    @classmethod
    def _function_only(cls, type: str) -> str:
        if type != "function":
            raise ValueError(
                f"tool type {type!r} is not supported: this server runs function tools only"
            )
        return type


class ToolChoiceObject(WireModel):
    """`{"type": "function", "name": ...}` or
    `{"type": "allowed_tools", "mode": ..., "tools": [{"type": "function", "name": ...}]}`."""

    type: Literal["function", "allowed_tools"]
    name: str | None = None
    mode: Literal["auto", "required"] | None = None
    tools: list[dict[str, Any]] | None = Field(default=None, min_length=1)

    @model_validator(mode="after")
    def _body_fits_type(self) -> ToolChoiceObject:
        need = ("name",) if self.type == "function" else ("mode", "tools")
        for name in need:
            if getattr(self, name) is None:
                raise ValueError(f"tool_choice of type {self.type!r} needs {name!r}")
        for tool in self.tools or []:
            if tool.get("type") != "function" or not isinstance(tool.get("name"), str):
                raise ValueError("allowed_tools lists function tools: {'type': 'function', 'name'}")
        return self

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name,) if self.name else tuple(t["name"] for t in self.tools or [])


class TextFormat(WireModel):
    type: Literal["text", "json_object", "json_schema"]
    name: str | None = Field(default=None, pattern=r"^[a-zA-Z0-9_-]{1,64}$")
    description: str | None = None
    schema_: dict[str, Any] | None = Field(default=None, alias="schema")
    strict: bool | None = None

    @model_validator(mode="after")
    def _schema_for_json_schema(self) -> TextFormat:
        if self.type == "json_schema" and (self.name is None or self.schema_ is None):
            raise ValueError("text.format of type 'json_schema' needs 'name' and 'schema'")
        return self


class TextConfig(WireModel):
    format: TextFormat | None = None


class ResponsesRequest(WireModel):
    model: str
    input: str | list[InputItem]
    instructions: str | None = None
    tools: list[FunctionTool] | None = None
    tool_choice: Literal["none", "auto", "required"] | ToolChoiceObject | None = None
    parallel_tool_calls: bool | None = None  # None: true
    text: TextConfig | None = None
    max_output_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, ge=0, le=1)
    stream: bool | None = None
    store: bool | None = None  # accepted; nothing is stored either way
    previous_response_id: str | None = None
    conversation: str | dict[str, Any] | None = None
    background: bool | None = None
    top_logprobs: int | None = Field(default=None, ge=0, le=20)

    @field_validator("previous_response_id", "conversation")
    @classmethod
    def _stateless(cls, value: Any) -> Any:
        if value is not None:
            raise ValueError(
                "this server keeps no responses or conversations: send the whole conversation "
                "as 'input' (function_call and function_call_output items included)"
            )
        return value

    @field_validator("background")
    @classmethod
    def _no_background(cls, value: bool | None) -> bool | None:
        if value:
            raise ValueError("background responses are not supported by this server")
        return value

    @field_validator("top_logprobs")
    @classmethod
    def _no_logprobs(cls, value: int | None) -> int | None:
        if value:
            raise ValueError("logprobs are not supported by this server")
        return value

    @field_validator("tools")
    @classmethod
    def _unique_names(cls, tools: list[FunctionTool] | None) -> list[FunctionTool] | None:
        names = [t.name for t in tools or []]
        if len(set(names)) != len(names):
            raise ValueError("function names in tools must be unique")
        return tools


# ---- response --------------------------------------------------------------------------------

Status = Literal["in_progress", "completed", "incomplete"]


class OutputText(BaseModel):
    type: Literal["output_text"] = "output_text"
    text: str
    annotations: list[Any] = Field(default_factory=list)
    logprobs: list[Any] = Field(default_factory=list)


class OutputMessage(BaseModel):
    id: str
    type: Literal["message"] = "message"
    role: Literal["assistant"] = "assistant"
    status: Status
    content: list[OutputText]


class FunctionCallItem(BaseModel):
    id: str
    type: Literal["function_call"] = "function_call"
    call_id: str
    name: str
    arguments: str
    status: Status


OutputItem = OutputMessage | FunctionCallItem


class InputTokensDetails(BaseModel):
    cached_tokens: int = 0
    cache_write_tokens: int = 0


class OutputTokensDetails(BaseModel):
    reasoning_tokens: int = 0


class ResponseUsage(BaseModel):
    input_tokens: int
    input_tokens_details: InputTokensDetails = Field(default_factory=InputTokensDetails)
    output_tokens: int
    output_tokens_details: OutputTokensDetails = Field(default_factory=OutputTokensDetails)
    total_tokens: int


class IncompleteDetails(BaseModel):
    reason: Literal["max_output_tokens"]


class ResponseObject(BaseModel):
    """The response: the echo of the request's settings, the output items, and usage."""

    id: str
    object: Literal["response"] = "response"
    created_at: int = Field(default_factory=lambda: int(time.time()))
    completed_at: int | None = None
    status: Literal["in_progress", "completed", "incomplete", "failed"]
    error: None = None
    incomplete_details: IncompleteDetails | None = None
    instructions: str | None = None
    max_output_tokens: int | None = None
    model: str
    output: list[OutputItem] = Field(default_factory=list)
    parallel_tool_calls: bool = True
    previous_response_id: None = None
    store: Literal[False] = False
    temperature: float | None = None
    text: dict[str, Any]
    tool_choice: str | dict[str, Any]
    tools: list[dict[str, Any]]
    top_p: float | None = None
    truncation: Literal["disabled"] = "disabled"
    usage: ResponseUsage | None = None
    metadata: dict[str, str] = Field(default_factory=dict)


# ---- stream events (each sent as `event: <type>` and `data: <json>`) --------------------------


class StreamEvent(OmitNone):
    """One event of a streamed response. The fields each event type carries are OpenAI's; those
    an event type does not have are None and left out."""

    omit_if_none = frozenset(
        {"response", "output_index", "item", "item_id", "content_index", "part", "delta"}
        | {"text", "arguments", "logprobs", "code", "message", "param", "error"}
    )
    type: str
    sequence_number: int
    response: ResponseObject | None = None
    output_index: int | None = None
    item: OutputItem | None = None
    item_id: str | None = None
    content_index: int | None = None
    part: OutputText | None = None
    delta: str | None = None
    text: str | None = None
    arguments: str | None = None
    logprobs: list[Any] | None = None
    # type "error": OpenAI's fields, plus the usual envelope (so SDKs that raise on an `error`
    # member in streamed data raise here too, as they do for Chat Completions)
    code: str | None = None
    message: str | None = None
    param: str | None = None
    error: dict[str, Any] | None = None
