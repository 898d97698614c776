"""The teacher interface: requests, answers, typed errors, retries with backoff, and a budget.

Every backend (Gemini, any OpenAI-compatible endpoint) turns a `TeacherRequest` into a
`TeacherAnswer` and maps its transport's failures onto `TeacherError`, so retrying, counting and
the synthesis loop are written once, here, for all of them.
"""

import email.utils
import json
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class ToolCall:
    name: str
    arguments: dict[str, Any]


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0  # includes a thinking model's thought tokens: they bill as output


@dataclass
class TeacherRequest:
    messages: list[dict[str, Any]]  # OpenAI chat messages
    tools: list[dict[str, Any]] = field(default_factory=list)  # OpenAI function tools
    tool_choice: str | dict[str, Any] = (
        "auto"  # "auto" | "required" | "none" | {"type": "function", ...}
    )
    parallel_tool_calls: bool = True
    temperature: float | None = None  # None: the provider's default
    logprobs: bool = False


@dataclass
class TeacherAnswer:
    tool_calls: list[ToolCall]
    content: str | None
    token_logprobs: list[float] | None = None  # chosen tokens' log-probabilities, when asked for
    usage: Usage = field(default_factory=Usage)


class Teacher(Protocol):
    name: str  # backend name: rows it labels carry meta.source == f"teacher:{name}"
    model: str

    def complete(self, request: TeacherRequest) -> TeacherAnswer: ...


class TeacherError(Exception):
    """A request the teacher did not answer. `status` is the HTTP status when there was one;
    `transient` marks failures with no status that are worth another try (connection drops)."""

    def __init__(self, message: str, *, status: int | None = None, transient: bool = False):
        super().__init__(message)
        self.status = status
        self.transient = transient

    @property
    def retryable(self) -> bool:
        return self.transient or self.status == 429 or (self.status or 0) >= 500


class RateLimited(TeacherError):
    def __init__(self, message: str, *, retry_after: float | None = None):
        super().__init__(message, status=429)
        self.retry_after = retry_after  # seconds the server asked us to wait, if it said


class BudgetExhausted(TeacherError):
    """The budget allows no more requests; never retried."""


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP-date (RFC 9110 10.2.3)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def parse_arguments(text: str) -> dict[str, Any]:
    """A tool call's arguments JSON string as a dict; anything else is that answer's error."""
    try:
        arguments = json.loads(text or "{}")
    except json.JSONDecodeError as error:
        raise TeacherError(f"tool call arguments are not JSON: {text[:200]!r}") from error
    if not isinstance(arguments, dict):
        raise TeacherError(f"tool call arguments are not a JSON object: {text[:200]!r}")
    return arguments


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter for 429 and 5xx (and dropped connections); other 4xx fail
    at once. A server's Retry-After is honoured; one longer than `max_delay` ends the retries,
    since waiting less than asked would only fail again."""

    max_attempts: int = 5  # including the first
    base_delay: float = 1.0  # seconds; attempt k waits about base_delay * 2**(k-1)
    max_delay: float = 60.0
    sleep: Callable[[float], None] = time.sleep

    def delay(self, attempt: int, error: TeacherError) -> float | None:
        """Seconds to wait before attempt `attempt + 1`, or None to give up."""
        if attempt >= self.max_attempts or not error.retryable:
            return None
        if isinstance(error, RateLimited) and error.retry_after is not None:
            return error.retry_after if error.retry_after <= self.max_delay else None
        ceiling = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return random.uniform(ceiling / 2, ceiling)  # "equal jitter": spread, but never near zero


def with_retries(call: Callable[[], T], policy: RetryPolicy) -> T:
    attempt = 0
    while True:
        attempt += 1
        try:
            return call()
        except TeacherError as error:
            delay = policy.delay(attempt, error)
            if delay is None:
                raise
            log.info("teacher attempt %d failed (%s); retrying in %.2fs", attempt, error, delay)
            policy.sleep(delay)


@dataclass(frozen=True)
class Price:
    """US dollars per million tokens."""

    input: float
    output: float


@dataclass
class Budget:
    """Counts requests (every attempt, retries included) and tokens per model across threads,
    refuses requests past `max_requests`, and estimates cost from per-model prices."""

    max_requests: int | None = None
    prices: dict[str, Price] = field(default_factory=dict)
    requests: int = 0
    usage: dict[str, Usage] = field(default_factory=dict)  # per model
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def take(self) -> None:
        with self._lock:
            if self.max_requests is not None and self.requests >= self.max_requests:
                raise BudgetExhausted(f"budget of {self.max_requests} requests used up")
            self.requests += 1

    def record(self, model: str, usage: Usage) -> None:
        with self._lock:
            seen = self.usage.get(model, Usage())
            self.usage[model] = Usage(
                seen.prompt_tokens + usage.prompt_tokens,
                seen.completion_tokens + usage.completion_tokens,
            )

    @property
    def prompt_tokens(self) -> int:
        return sum(u.prompt_tokens for u in self.usage.values())

    @property
    def completion_tokens(self) -> int:
        return sum(u.completion_tokens for u in self.usage.values())

    def cost(self) -> float:
        """Estimated US dollars so far; models without a price count as free."""
        return sum(
            (u.prompt_tokens * p.input + u.completion_tokens * p.output) / 1e6
            for model, u in self.usage.items()
            if (p := self.prices.get(model)) is not None
        )


def call_teacher(
    send: Callable[[], TeacherAnswer], *, model: str, retry: RetryPolicy, budget: Budget | None
) -> TeacherAnswer:
    """Run one backend request under the retry policy, charging each attempt to the budget."""

    def attempt() -> TeacherAnswer:
        if budget is not None:
            budget.take()
        answer = send()
        if budget is not None:
            budget.record(model, answer.usage)
        return answer

    return with_retries(attempt, retry)
