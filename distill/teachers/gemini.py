"""Gemini as a teacher, through the google-genai SDK (`from google import genai`).

OpenAI-style requests become generateContent calls: function tools become FunctionDeclarations
(their JSON Schema passed through `parameters_json_schema`), tool_choice becomes the
function-calling mode, system messages the system instruction, assistant tool calls
`function_call` parts and tool results `function_response` parts. The SDK's own retries stay off
(its default), so `RetryPolicy` is the one place that decides; its `APIError`s map onto
`TeacherError`s.
"""

import json
from typing import Any

import httpx
from google import genai
from google.genai import errors, types

from distill.teachers.base import (
    Budget,
    RateLimited,
    RetryPolicy,
    TeacherAnswer,
    TeacherError,
    TeacherRequest,
    ToolCall,
    Usage,
    call_teacher,
    parse_arguments,
    parse_retry_after,
)

DEFAULT_MODEL = "gemini-2.5-flash"

# Gemini 3 rejects a replayed function call without the thought signature it was issued with.
# Histories built here never came from Gemini, so they carry the documented sentinel that skips
# the check (https://ai.google.dev/gemini-api/docs/thought-signatures).
SKIP_SIGNATURE = b"skip_thought_signature_validator"

MODES = {
    "auto": types.FunctionCallingConfigMode.AUTO,
    "required": types.FunctionCallingConfigMode.ANY,
    "none": types.FunctionCallingConfigMode.NONE,
}


class GeminiTeacher:
    name = "gemini"

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        *,
        api_key: str,
        base_url: str | None = None,
        api_version: str | None = None,  # None: the SDK's default
        timeout_s: float = 120.0,
        retry: RetryPolicy | None = None,
        budget: Budget | None = None,
    ):
        self.model = model
        self.retry = retry or RetryPolicy()
        self.budget = budget
        # Our own httpx client, so transport failures are known httpx exceptions.
        options = types.HttpOptions(
            base_url=base_url,
            api_version=api_version,
            timeout=int(timeout_s * 1000),  # milliseconds
            httpx_client=httpx.Client(timeout=timeout_s),
        )
        self._client = genai.Client(api_key=api_key, http_options=options)

    def complete(self, request: TeacherRequest) -> TeacherAnswer:
        contents, system = to_contents(request.messages)
        config = to_config(request, system)

        def send() -> TeacherAnswer:
            try:
                response = self._client.models.generate_content(
                    model=self.model, contents=contents, config=config
                )
            except errors.APIError as error:
                raise map_error(error) from error
            except httpx.TransportError as error:
                raise TeacherError(f"gemini transport: {error!r}", transient=True) from error
            return to_answer(response, request.parallel_tool_calls)

        return call_teacher(send, model=self.model, retry=self.retry, budget=self.budget)


def text_of(content: str | list[dict[str, Any]] | None) -> str:
    """A message's text: a string, or the text parts of a content-part list."""
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if part.get("type") == "text")
    return content or ""


def function_response(content: str) -> dict[str, Any]:
    """A tool message's content as a function response: a JSON object as is, anything else
    under "output" (the key the API documents for a function's output)."""
    try:
        value = json.loads(content)
    except json.JSONDecodeError:
        value = content
    return value if isinstance(value, dict) else {"output": value}


def to_contents(messages: list[dict[str, Any]]) -> tuple[list[types.Content], str | None]:
    """OpenAI chat messages as Gemini contents plus the system instruction."""
    system: list[str] = []
    contents: list[types.Content] = []
    call_names: dict[str, str] = {}  # tool_call_id -> function name, for function responses
    for message in messages:
        role = message["role"]
        if role in ("system", "developer"):
            system.append(text_of(message.get("content")))
        elif role == "user":
            contents.append(
                types.Content(role="user", parts=[types.Part(text=text_of(message["content"]))])
            )
        elif role == "assistant":
            parts = [types.Part(text=text)] if (text := text_of(message.get("content"))) else []
            for i, call in enumerate(message.get("tool_calls") or []):
                function = call["function"]
                call_names[call["id"]] = function["name"]
                parts.append(
                    types.Part(
                        function_call=types.FunctionCall(
                            name=function["name"], args=parse_arguments(function["arguments"])
                        ),
                        thought_signature=SKIP_SIGNATURE if i == 0 else None,
                    )
                )
            if parts:  # an empty assistant turn says nothing; Gemini refuses empty contents
                contents.append(types.Content(role="model", parts=parts))
        elif role == "tool":
            name = call_names.get(message["tool_call_id"])
            if name is None:
                raise TeacherError(f"tool message for unknown call {message['tool_call_id']!r}")
            part = types.Part(
                function_response=types.FunctionResponse(
                    name=name, response=function_response(text_of(message["content"]))
                )
            )
            # The responses to one turn's parallel calls go back together, in one user turn.
            last = contents[-1] if contents else None
            if last and last.role == "user" and all(p.function_response for p in last.parts or []):
                (last.parts or []).append(part)
            else:
                contents.append(types.Content(role="user", parts=[part]))
        else:
            raise TeacherError(f"unsupported message role {role!r}")
    return contents, "\n\n".join(system) or None


def to_declaration(tool: dict[str, Any]) -> types.FunctionDeclaration:
    if tool.get("type") != "function":
        raise TeacherError(f"only function tools are supported, not {tool.get('type')!r}")
    function = tool["function"]
    return types.FunctionDeclaration(
        name=function["name"],
        description=function.get("description"),
        parameters_json_schema=function.get("parameters"),
    )


def to_tool_config(tool_choice: str | dict[str, Any]) -> types.ToolConfig:
    if isinstance(tool_choice, dict):  # {"type": "function", "function": {"name": ...}}
        config = types.FunctionCallingConfig(
            mode=types.FunctionCallingConfigMode.ANY,
            allowed_function_names=[tool_choice["function"]["name"]],
        )
    elif tool_choice in MODES:
        config = types.FunctionCallingConfig(mode=MODES[tool_choice])
    else:
        raise TeacherError(f"unknown tool_choice {tool_choice!r}")
    return types.ToolConfig(function_calling_config=config)


def to_config(request: TeacherRequest, system: str | None) -> types.GenerateContentConfig:
    tools = request.tools
    return types.GenerateContentConfig(
        system_instruction=system,
        temperature=request.temperature,
        response_logprobs=True if request.logprobs else None,
        tools=[types.Tool(function_declarations=[to_declaration(t) for t in tools])]
        if tools
        else None,
        tool_config=to_tool_config(request.tool_choice) if tools else None,
    )


def to_answer(response: types.GenerateContentResponse, parallel: bool) -> TeacherAnswer:
    if not response.candidates:
        raise TeacherError(f"gemini returned no candidate ({response.prompt_feedback})")
    candidate = response.candidates[0]
    parts = (candidate.content.parts if candidate.content else None) or []
    calls = [
        ToolCall(part.function_call.name or "", dict(part.function_call.args or {}))
        for part in parts
        if part.function_call
    ]
    text = "".join(part.text for part in parts if part.text and not part.thought)
    chosen = candidate.logprobs_result.chosen_candidates if candidate.logprobs_result else None
    meta = response.usage_metadata
    usage = Usage(
        (meta.prompt_token_count or 0) if meta else 0,
        ((meta.candidates_token_count or 0) + (meta.thoughts_token_count or 0)) if meta else 0,
    )
    return TeacherAnswer(
        # Gemini has no switch for one call at most; keep the first, as OpenAI would have.
        tool_calls=calls if parallel else calls[:1],
        content=text or None,
        token_logprobs=[c.log_probability or 0.0 for c in chosen] if chosen else None,
        usage=usage,
    )


def retry_delay(error: errors.APIError) -> float | None:
    """The wait a 429 asks for: a Retry-After header, else the google.rpc.RetryInfo detail
    ({"@type": ".../google.rpc.RetryInfo", "retryDelay": "23s"}) Gemini puts in the body."""
    headers = getattr(error.response, "headers", None)
    seconds = parse_retry_after(headers.get("retry-after")) if headers is not None else None
    if seconds is not None:
        return seconds
    body = error.details if isinstance(error.details, dict) else {}
    for detail in (body.get("error") or body).get("details") or []:
        if str(detail.get("@type", "")).endswith("google.rpc.RetryInfo"):
            return parse_retry_after(str(detail.get("retryDelay", "")).removesuffix("s"))
    return None


def map_error(error: errors.APIError) -> TeacherError:
    message = f"gemini {error.code} {error.status}: {error.message}"
    if error.code == 429:
        return RateLimited(message, retry_after=retry_delay(error))
    return TeacherError(message, status=error.code)
