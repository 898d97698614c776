"""A teacher behind any OpenAI-compatible chat-completions endpoint (OpenAI, vLLM, Gemini's
OpenAI-compatible endpoint, another Thimble), through the `openai` client.

The request is already in this wire format, so it passes through nearly as is. The client's own
retries are off (`max_retries=0`) so `RetryPolicy` is the one place that decides; its errors map
onto `TeacherError`s (a 429 for `insufficient_quota` is a spent account: `BudgetExhausted`, not
retried). A tool call whose arguments string is not a JSON object fails that answer
with a `TeacherError`, never the caller.
"""

from collections.abc import Mapping
from typing import Any

import openai
from openai.types.chat import ChatCompletion

from distill.teachers.base import (
    Budget,
    BudgetExhausted,
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

DEFAULT_MODEL = "gpt-4.1-mini"


class OpenAITeacher:
    name = "openai"

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        *,
        api_key: str,
        base_url: str | None = None,  # None: https://api.openai.com/v1
        timeout_s: float = 120.0,
        retry: RetryPolicy | None = None,
        budget: Budget | None = None,
    ):
        self.model = model
        self.retry = retry or RetryPolicy()
        self.budget = budget
        self._client = openai.OpenAI(
            api_key=api_key, base_url=base_url, timeout=timeout_s, max_retries=0
        )

    def complete(self, request: TeacherRequest) -> TeacherAnswer:
        body = to_body(self.model, request)

        def send() -> TeacherAnswer:
            try:
                completion = self._client.chat.completions.create(**body)
            except openai.RateLimitError as error:
                if error.code == "insufficient_quota":  # billing, not pacing: waiting won't help
                    raise BudgetExhausted(f"openai 429: {error.message}") from error
                raise RateLimited(
                    f"openai 429: {error.message}", retry_after=retry_delay(error.response.headers)
                ) from error
            except openai.APIStatusError as error:
                message = f"openai {error.status_code}: {error.message}"
                raise TeacherError(message, status=error.status_code) from error
            except openai.APIConnectionError as error:
                raise TeacherError(f"openai transport: {error!r}", transient=True) from error
            return to_answer(completion)

        return call_teacher(send, model=self.model, retry=self.retry, budget=self.budget)


def to_body(model: str, request: TeacherRequest) -> dict[str, Any]:
    body: dict[str, Any] = {"model": model, "messages": request.messages}
    if request.tools:
        body["tools"] = request.tools
        body["tool_choice"] = request.tool_choice
        # True is the API's default; sent only when off, for servers that lack the field.
        if not request.parallel_tool_calls:
            body["parallel_tool_calls"] = False
    if request.temperature is not None:
        body["temperature"] = request.temperature
    if request.logprobs:
        body["logprobs"] = True
    return body


def to_answer(completion: ChatCompletion) -> TeacherAnswer:
    if not completion.choices:
        raise TeacherError("openai returned no choice")
    choice = completion.choices[0]
    calls = []
    for call in choice.message.tool_calls or []:
        if call.type != "function":
            raise TeacherError(f"unsupported tool call type {call.type!r}")
        calls.append(ToolCall(call.function.name, parse_arguments(call.function.arguments)))
    tokens = choice.logprobs.content if choice.logprobs else None
    usage = completion.usage
    return TeacherAnswer(
        tool_calls=calls,
        content=choice.message.content,
        token_logprobs=[t.logprob for t in tokens] if tokens else None,
        usage=Usage(usage.prompt_tokens, usage.completion_tokens) if usage else Usage(),
    )


def retry_delay(headers: Mapping[str, str]) -> float | None:
    """OpenAI's `retry-after-ms` (milliseconds) when present, else the standard Retry-After."""
    milliseconds = parse_retry_after(headers.get("retry-after-ms"))
    if milliseconds is not None:
        return milliseconds / 1000
    return parse_retry_after(headers.get("retry-after"))
