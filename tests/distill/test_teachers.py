"""Teachers against fake Gemini and OpenAI servers on loopback: requests as the real APIs take
them, answers parsed back, retries, errors and the budget."""

import email.utils
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import pytest

from distill.teachers import (
    Budget,
    BudgetExhausted,
    Price,
    RateLimited,
    RetryPolicy,
    Teacher,
    TeacherError,
    TeacherRequest,
    ToolCall,
    Usage,
    make_teacher,
)
from distill.teachers.base import parse_retry_after, with_retries
from tests.distill.fake_teachers import FakeGemini, FakeOpenAI, FakeServer, Reply

TIMER: dict[str, Any] = {
    "type": "function",
    "function": {
        "name": "set_timer",
        "description": "Start a countdown timer.",
        "parameters": {
            "type": "object",
            "properties": {
                "minutes": {"type": "integer", "description": "Length in minutes."},
                "label": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            },
            "required": ["minutes"],
        },
    },
}
WEATHER: dict[str, Any] = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"$ref": "#/$defs/city"}},
            "required": ["city"],
            "$defs": {"city": {"type": "string", "description": "City name."}},
        },
    },
}
TOOLS = [TIMER, WEATHER]
ASK = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "set a timer for 5 minutes"},
]
FAKES: dict[str, type[FakeServer]] = {"gemini": FakeGemini, "openai": FakeOpenAI}


@contextmanager
def served(
    backend: str, reply: Reply | None = None, budget: Budget | None = None
) -> Iterator[tuple[FakeServer, Teacher, list[float]]]:
    """A fake server for `backend`, a teacher pointed at it, and the delays it slept."""
    sleeps: list[float] = []
    retry = RetryPolicy(max_attempts=4, base_delay=0.01, max_delay=10.0, sleep=sleeps.append)
    with FAKES[backend](reply) as server:
        teacher = make_teacher(
            backend, api_key="test", base_url=server.url, model="m-1", retry=retry, budget=budget
        )
        yield server, teacher, sleeps


def ask(teacher: Teacher, **kwargs: Any) -> Any:
    return teacher.complete(TeacherRequest(messages=ASK, tools=TOOLS, **kwargs))


backends = pytest.mark.parametrize("backend", ["gemini", "openai"])


@backends
def test_single_call_parsed_with_usage(backend: str) -> None:
    reply = Reply(calls=[("set_timer", {"minutes": 5})], usage=(30, 4))
    with served(backend, reply) as (server, teacher, _):
        answer = ask(teacher)
    assert answer.tool_calls == [ToolCall("set_timer", {"minutes": 5})]
    assert answer.content is None
    assert answer.token_logprobs is None
    assert answer.usage == Usage(30, 4)
    assert len(server.received) == 1


@backends
def test_parallel_calls_kept_in_order(backend: str) -> None:
    calls = [("get_weather", {"city": "Oslo"}), ("get_weather", {"city": "Lima"})]
    with served(backend, Reply(calls=calls)) as (_, teacher, _):
        answer = ask(teacher)
    assert answer.tool_calls == [ToolCall(n, a) for n, a in calls]


@backends
def test_text_answer_has_no_calls(backend: str) -> None:
    with served(backend, Reply(text="I can't do that.")) as (_, teacher, _):
        answer = ask(teacher)
    assert answer.tool_calls == []
    assert answer.content == "I can't do that."


@backends
def test_logprobs_returned_when_asked(backend: str) -> None:
    with served(backend, Reply(text="hi", logprobs=[-0.1, -2.0])) as (_, teacher, _):
        assert ask(teacher, logprobs=True).token_logprobs == [-0.1, -2.0]


@backends
def test_429_retried_after_the_delay_the_server_asks(backend: str) -> None:
    with served(backend, Reply(text="ok")) as (server, teacher, sleeps):
        server.fail(429, retry_after=3)
        assert ask(teacher).content == "ok"
    assert sleeps == [3.0]
    assert len(server.received) == 2


@backends
def test_500_retried_with_jittered_exponential_backoff(backend: str) -> None:
    with served(backend, Reply(text="ok")) as (server, teacher, sleeps):
        server.fail(500, times=2)
        assert ask(teacher).content == "ok"
    assert len(server.received) == 3
    assert 0.005 <= sleeps[0] <= 0.01 and 0.01 <= sleeps[1] <= 0.02


@backends
def test_500_gives_up_after_max_attempts(backend: str) -> None:
    with served(backend) as (server, teacher, sleeps):
        server.fail(503, times=10)
        with pytest.raises(TeacherError) as raised:
            ask(teacher)
    assert raised.value.status == 503
    assert len(server.received) == 4 and len(sleeps) == 3


@backends
def test_400_raised_without_retry(backend: str) -> None:
    with served(backend) as (server, teacher, sleeps):
        server.fail(400)
        with pytest.raises(TeacherError) as raised:
            ask(teacher)
    assert raised.value.status == 400 and not raised.value.retryable
    assert len(server.received) == 1 and sleeps == []


@backends
def test_budget_refuses_requests_past_its_limit(backend: str) -> None:
    budget = Budget(max_requests=2)
    with served(backend, Reply(text="ok"), budget) as (server, teacher, _):
        ask(teacher)
        ask(teacher)
        with pytest.raises(BudgetExhausted):
            ask(teacher)
    assert len(server.received) == 2 and budget.requests == 2


@backends
def test_budget_counts_retries_as_requests(backend: str) -> None:
    budget = Budget(max_requests=2)
    with served(backend, budget=budget) as (server, teacher, _):
        server.fail(500, times=5)
        with pytest.raises(BudgetExhausted):
            ask(teacher)
    assert len(server.received) == 2


@backends
def test_budget_estimates_cost_from_per_model_prices(backend: str) -> None:
    budget = Budget(prices={"m-1": Price(input=0.30, output=2.50)})
    with served(backend, Reply(text="ok", usage=(1000, 200)), budget) as (_, teacher, _):
        ask(teacher)
        ask(teacher)
    assert (budget.prompt_tokens, budget.completion_tokens) == (2000, 400)
    assert budget.cost() == pytest.approx((2000 * 0.30 + 400 * 2.50) / 1e6)


@backends
def test_threads_share_one_teacher_without_cross_talk(backend: str) -> None:
    def echo(body: dict[str, Any]) -> Reply:  # answer with the city the request named
        last = body["messages"][-1] if "messages" in body else body["contents"][-1]
        text = last["content"] if "content" in last else last["parts"][0]["text"]
        return Reply(calls=[("get_weather", {"city": text})])

    cities = [f"city-{i}" for i in range(12)]
    with served(backend) as (server, teacher, _):
        server.reply = echo

        def weather(city: str) -> str:
            messages = [{"role": "user", "content": city}]
            answer = teacher.complete(TeacherRequest(messages=messages, tools=TOOLS))
            return answer.tool_calls[0].arguments["city"]

        with ThreadPoolExecutor(max_workers=4) as pool:
            assert list(pool.map(weather, cities)) == cities


def test_gemini_request_carries_system_tools_and_schema() -> None:
    with served("gemini", Reply(text="ok")) as (server, teacher, _):
        ask(teacher, temperature=0.2)
    sent = server.received[0]
    assert sent.path.endswith("/models/m-1:generateContent")
    assert sent.headers["x-goog-api-key"] == "test"
    body = sent.body
    assert body["systemInstruction"]["parts"] == [{"text": "You are a helpful assistant."}]
    assert body["contents"] == [{"role": "user", "parts": [{"text": "set a timer for 5 minutes"}]}]
    assert body["generationConfig"] == {"temperature": 0.2}
    declarations = body["tools"][0]["functionDeclarations"]
    assert [d["name"] for d in declarations] == ["set_timer", "get_weather"]
    # The JSON Schema goes through untouched: $ref/$defs and anyOf included.
    schema = (
        declarations[1].get("parametersJsonSchema") or declarations[1]["parameters_json_schema"]
    )
    assert schema == WEATHER["function"]["parameters"]


def test_gemini_api_version_override_reaches_the_path() -> None:
    with FakeGemini(Reply(text="ok")) as server:
        teacher = make_teacher("gemini", api_key="k", base_url=server.url, api_version="v1beta")
        assert teacher.complete(TeacherRequest(messages=ASK)).content == "ok"
    assert server.received[0].path == "/v1beta/models/gemini-2.5-flash:generateContent"


@pytest.mark.parametrize(
    ("tool_choice", "expected"),
    [
        ("auto", {"mode": "AUTO"}),
        ("required", {"mode": "ANY"}),
        ("none", {"mode": "NONE"}),
        (
            {"type": "function", "function": {"name": "get_weather"}},
            {"mode": "ANY", "allowedFunctionNames": ["get_weather"]},
        ),
    ],
)
def test_gemini_tool_choice_becomes_function_calling_mode(
    tool_choice: str | dict[str, Any], expected: dict[str, Any]
) -> None:
    with served("gemini", Reply(text="ok")) as (server, teacher, _):
        ask(teacher, tool_choice=tool_choice)
    assert server.received[0].body["toolConfig"] == {"functionCallingConfig": expected}


def test_gemini_history_becomes_function_call_and_response_parts() -> None:
    calls = [
        {
            "id": "a",
            "type": "function",
            "function": {"name": "get_weather", "arguments": '{"city": "Oslo"}'},
        },
        {
            "id": "b",
            "type": "function",
            "function": {"name": "get_weather", "arguments": '{"city": "Lima"}'},
        },
    ]
    messages: list[dict[str, Any]] = [
        {"role": "user", "content": "weather in Oslo and Lima?"},
        {"role": "assistant", "content": None, "tool_calls": calls},
        {"role": "tool", "tool_call_id": "a", "content": '{"temp": 3}'},
        {"role": "tool", "tool_call_id": "b", "content": "sunny"},
        {"role": "user", "content": [{"type": "text", "text": "and in Rome?"}]},
    ]
    with served("gemini", Reply(calls=[("get_weather", {"city": "Rome"})])) as (server, teacher, _):
        answer = teacher.complete(TeacherRequest(messages=messages, tools=TOOLS))
    assert answer.tool_calls == [ToolCall("get_weather", {"city": "Rome"})]
    contents = server.received[0].body["contents"]
    assert [c["role"] for c in contents] == ["user", "model", "user", "user"]
    first, second = contents[1]["parts"]
    assert first["functionCall"] == {"name": "get_weather", "args": {"city": "Oslo"}}
    assert "thoughtSignature" in first and "thoughtSignature" not in second
    assert [p["functionResponse"] for p in contents[2]["parts"]] == [
        {"name": "get_weather", "response": {"temp": 3}},
        {"name": "get_weather", "response": {"output": "sunny"}},
    ]
    assert contents[3]["parts"] == [{"text": "and in Rome?"}]


def test_gemini_single_call_mode_keeps_the_first_call() -> None:
    calls = [("get_weather", {"city": "Oslo"}), ("get_weather", {"city": "Lima"})]
    with served("gemini", Reply(calls=calls)) as (_, teacher, _):
        answer = ask(teacher, parallel_tool_calls=False)
    assert answer.tool_calls == [ToolCall("get_weather", {"city": "Oslo"})]


@pytest.mark.parametrize(
    "tool_choice",
    ["auto", "required", "none", {"type": "function", "function": {"name": "set_timer"}}],
)
def test_openai_request_passes_tool_choice_through(tool_choice: str | dict[str, Any]) -> None:
    with served("openai", Reply(text="ok")) as (server, teacher, _):
        ask(teacher, tool_choice=tool_choice, parallel_tool_calls=False)
    sent = server.received[0]
    assert sent.headers["authorization"] == "Bearer test"
    assert sent.body["tool_choice"] == tool_choice
    assert sent.body["parallel_tool_calls"] is False
    assert sent.body["tools"] == TOOLS and sent.body["messages"] == ASK


def test_openai_request_without_tools_omits_tool_fields() -> None:
    with served("openai", Reply(text="ok")) as (server, teacher, _):
        teacher.complete(TeacherRequest(messages=ASK))
    assert server.received[0].body == {"model": "m-1", "messages": ASK}


def test_openai_unparsable_arguments_fail_that_answer_only() -> None:
    with served("openai", Reply(calls=[("set_timer", '{"minutes": 5')])) as (server, teacher, _):
        with pytest.raises(TeacherError, match="not JSON"):
            ask(teacher)
        assert len(server.received) == 1  # a bad answer is not retried
        server.reply = lambda body: Reply(calls=[("set_timer", {"minutes": 5})])
        assert ask(teacher).tool_calls == [ToolCall("set_timer", {"minutes": 5})]


def test_openai_insufficient_quota_is_a_spent_budget() -> None:
    with served("openai") as (server, teacher, sleeps):
        assert isinstance(server, FakeOpenAI)
        server.insufficient_quota = True
        server.fail(429)
        with pytest.raises(BudgetExhausted):
            ask(teacher)
    assert sleeps == []


def test_retry_after_longer_than_max_delay_gives_up() -> None:
    def limited() -> None:
        raise RateLimited("slow down", retry_after=3600)

    def never(seconds: float) -> None:
        pytest.fail(f"slept {seconds}s")

    with pytest.raises(RateLimited):
        with_retries(limited, RetryPolicy(sleep=never))


def test_parse_retry_after_reads_seconds_and_http_dates() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 25 <= (parse_retry_after(later) or 0) <= 30


def test_make_teacher_reads_keys_and_endpoint_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    with pytest.raises(ValueError, match="GEMINI_API_KEY"):
        make_teacher("gemini")
    with pytest.raises(ValueError, match="unknown teacher"):
        make_teacher("claude")
    with FakeOpenAI(Reply(text="hello")) as server:
        monkeypatch.setenv("OPENAI_API_KEY", "from-env")
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        teacher = make_teacher("openai", model="m-1")
        assert teacher.complete(TeacherRequest(messages=ASK)).content == "hello"
    assert server.received[0].headers["authorization"] == "Bearer from-env"
