"""OpenAI chat-completions wire models: the request Thimble accepts and the responses it sends.

Field names are OpenAI's, verbatim. These pydantic models exist only at the HTTP boundary;
`app.serving` turns a request into `model.generate.Request` (dataclasses) and events back into
these. Requests validate strictly (a string is not a number) and ignore unknown fields, so SDKs
that send newer parameters keep working.
"""

from __future__ import annotations

import time
from typing import Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_serializer,
    model_validator,
)

# ---- request ---------------------------------------------------------------------------------


class WireModel(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True, allow_inf_nan=False)


class TextPart(WireModel):
    type: Literal["text"]
    text: str


class FunctionCall(WireModel):
    name: str
    arguments: str  # JSON text of an object


class ToolCall(WireModel):
    id: str
    type: Literal["function"] = "function"
    function: FunctionCall


class ChatMessage(WireModel):
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[TextPart] | None = None
    name: str | None = None
    tool_calls: list[ToolCall] | None = None  # assistant only
    tool_call_id: str | None = None  # tool only: the call this message answers

    @model_validator(mode="after")
    def _fields_fit_role(self) -> ChatMessage:
        if self.tool_calls and self.role != "assistant":
            raise ValueError(f"only assistant messages carry tool_calls, not {self.role!r}")
        if self.role == "tool" and self.tool_call_id is None:
            raise ValueError("a tool message needs the tool_call_id of the call it answers")
        if self.content is None and not (self.role == "assistant" and self.tool_calls):
            raise ValueError(f"a {self.role!r} message needs content")
        return self


class FunctionDefinition(WireModel):
    name: str = Field(pattern=r"^[a-zA-Z0-9_-]{1,64}$")
    description: str | None = None
    parameters: dict[str, Any] | None = None  # JSON Schema; None: no arguments
    strict: bool | None = None


class FunctionTool(WireModel):
    type: Literal["function"]
    function: FunctionDefinition


class FunctionName(WireModel):
    name: str


class NamedTool(WireModel):
    type: Literal["function"]
    function: FunctionName


class AllowedTools(WireModel):
    mode: Literal["auto", "required"]
    tools: list[NamedTool] = Field(min_length=1)


class ToolChoiceObject(WireModel):
    """`{"type": "function", "function": {"name": ...}}` or
    `{"type": "allowed_tools", "allowed_tools": {"mode": ..., "tools": [...]}}`: one model rather
    than a union, so a validation error points at the field itself."""

    type: Literal["function", "allowed_tools"]
    function: FunctionName | None = None
    allowed_tools: AllowedTools | None = None

    @model_validator(mode="after")
    def _body_fits_type(self) -> ToolChoiceObject:
        if getattr(self, self.type) is None:
            raise ValueError(f"tool_choice of type {self.type!r} needs {self.type!r}")
        return self


class JsonSchemaSpec(WireModel):
    name: str = Field(pattern=r"^[a-zA-Z0-9_-]{1,64}$")
    description: str | None = None
    schema_: dict[str, Any] | None = Field(default=None, alias="schema")
    strict: bool | None = None


class ResponseFormat(WireModel):
    type: Literal["text", "json_object", "json_schema"]
    json_schema: JsonSchemaSpec | None = None

    @model_validator(mode="after")
    def _schema_for_json_schema(self) -> ResponseFormat:
        if self.type == "json_schema" and self.json_schema is None:
            raise ValueError("response_format of type 'json_schema' needs 'json_schema'")
        return self


class StreamOptions(WireModel):
    include_usage: bool = False


class ChatCompletionRequest(WireModel):
    model: str
    messages: list[ChatMessage] = Field(min_length=1)
    tools: list[FunctionTool] | None = None
    tool_choice: Literal["none", "auto", "required"] | ToolChoiceObject | None = None
    parallel_tool_calls: bool | None = None  # None: true, as in OpenAI's API
    response_format: ResponseFormat | None = None
    max_tokens: int | None = Field(default=None, ge=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, ge=0, le=1)
    seed: int | None = Field(default=None, ge=-(2**63), lt=2**63)  # int64, as torch takes it
    stop: str | list[str] | None = None
    n: int | None = None
    stream: bool | None = None
    stream_options: StreamOptions | None = None
    logprobs: bool | None = None
    top_logprobs: int | None = Field(default=None, ge=0, le=20)

    @field_validator("n")
    @classmethod
    def _one_choice(cls, n: int | None) -> int | None:
        if n not in (None, 1):
            raise ValueError("Thimble returns one choice per request: n must be 1")
        return n

    @field_validator("logprobs")
    @classmethod
    def _logprobs_whole(cls, logprobs: bool | None, info: ValidationInfo) -> bool | None:
        # the chosen tokens' logprobs and the confidence are known once the answer is whole
        if logprobs and info.data.get("stream"):
            raise ValueError("logprobs are returned with non-streamed responses only")
        return logprobs

    @field_validator("tools")
    @classmethod
    def _unique_names(cls, tools: list[FunctionTool] | None) -> list[FunctionTool] | None:
        names = [t.function.name for t in tools or []]
        if len(set(names)) != len(names):
            raise ValueError("function names in tools must be unique")
        return tools


# ---- responses -------------------------------------------------------------------------------


class OmitNone(BaseModel):
    """Serialises without the fields in `omit_if_none` that are None, as OpenAI leaves them out
    (stream deltas carry only what changed)."""

    omit_if_none: ClassVar[frozenset[str]] = frozenset()

    @model_serializer(mode="wrap")
    def _omit(self, handler: Any) -> dict[str, Any]:
        data = handler(self)
        return {k: v for k, v in data.items() if not (v is None and k in self.omit_if_none)}


class AssistantMessage(OmitNone):
    omit_if_none = frozenset({"tool_calls"})
    role: Literal["assistant"] = "assistant"
    content: str | None  # null when the answer is only calls
    refusal: None = None
    tool_calls: list[ToolCall] | None = None


class Usage(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class Choice(BaseModel):
    index: int = 0
    message: AssistantMessage
    logprobs: None = None
    finish_reason: Literal["stop", "length", "tool_calls"]


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int = Field(default_factory=lambda: int(time.time()))
    model: str
    choices: list[Choice]
    usage: Usage


class DeltaFunctionCall(OmitNone):
    omit_if_none = frozenset({"name", "arguments"})
    name: str | None = None
    arguments: str | None = None


class DeltaToolCall(OmitNone):
    omit_if_none = frozenset({"id", "type", "function"})
    index: int
    id: str | None = None
    type: Literal["function"] | None = None
    function: DeltaFunctionCall | None = None


class Delta(OmitNone):
    omit_if_none = frozenset({"role", "content", "tool_calls"})
    role: Literal["assistant"] | None = None
    content: str | None = None
    tool_calls: list[DeltaToolCall] | None = None


class ChunkChoice(BaseModel):
    index: int = 0
    delta: Delta
    logprobs: None = None
    finish_reason: Literal["stop", "length", "tool_calls"] | None = None


class ChatCompletionChunk(OmitNone):
    omit_if_none = frozenset({"usage"})
    id: str
    object: Literal["chat.completion.chunk"] = "chat.completion.chunk"
    created: int
    model: str
    choices: list[ChunkChoice]
    usage: Usage | None = None


class ModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str = "thimble"


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


class ErrorDetail(BaseModel):
    message: str
    type: str
    param: str | None = None
    code: str | None = None


class ErrorResponse(BaseModel):
    error: ErrorDetail
