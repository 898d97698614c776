"""POST /v1/chat/completions on a tiny seeded random engine: response shape, every tool_choice
form enforced by the grammar, response formats, sampling options, and streams that follow the
chunk rules and fold to exactly the non-streamed answer."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient

from tests.app.checks import (
    SCHEMAS,
    chat,
    check_stream_rules,
    fold,
    message_summary,
    sse_chunks,
)

# found by trying seeds: the tiny engine makes 2+ calls (two different tools) with these
PARALLEL = {"tool_choice": "required", "temperature": 1.0, "seed": 1}


def post(client: TestClient, **fields: Any) -> dict[str, Any]:
    r = client.post("/v1/chat/completions", json=chat(**fields))
    assert r.status_code == 200, r.text
    return r.json()


def stream(client: TestClient, **fields: Any) -> list[dict[str, Any]]:
    r = client.post("/v1/chat/completions", json=chat(stream=True, **fields))
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/event-stream")
    return sse_chunks(r.text)


def calls(done: dict[str, Any]) -> list[dict[str, Any]]:
    return done["choices"][0]["message"].get("tool_calls", [])


def assert_valid_calls(done: dict[str, Any]) -> None:
    """Every call's arguments fit its schema, but for the last when the answer was cut off."""
    complete = calls(done)
    if done["choices"][0]["finish_reason"] == "length":
        complete = complete[:-1]
    for call in complete:
        args = json.loads(call["function"]["arguments"])
        assert isinstance(args, dict)
        jsonschema.validate(args, SCHEMAS[call["function"]["name"]])


def test_completion_is_openai_shaped_and_echoes_the_model(client: TestClient) -> None:
    done = post(client, model="gpt-4o-mini", **PARALLEL)
    assert done["id"].startswith("chatcmpl-") and done["object"] == "chat.completion"
    assert done["model"] == "gpt-4o-mini" and isinstance(done["created"], int)
    (choice,) = done["choices"]
    assert choice["index"] == 0 and choice["finish_reason"] == "tool_calls"
    assert choice["message"]["role"] == "assistant" and choice["message"]["content"] is None
    ids = [c["id"] for c in calls(done)]
    assert len(ids) >= 2 and len(set(ids)) == len(ids)
    assert all(
        i.startswith("call_") and c["type"] == "function"
        for i, c in zip(ids, calls(done), strict=True)
    )
    assert_valid_calls(done)
    u = done["usage"]
    assert u["prompt_tokens"] > 0 and u["completion_tokens"] > 0
    assert u["total_tokens"] == u["prompt_tokens"] + u["completion_tokens"]


def test_ids_are_unique_across_requests(client: TestClient) -> None:
    a, b = post(client, tool_choice="required"), post(client, tool_choice="required")
    assert a["id"] != b["id"]
    assert {c["id"] for c in calls(a)}.isdisjoint(c["id"] for c in calls(b))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_tool_choice_none_never_calls(client: TestClient, seed: int) -> None:
    done = post(client, tool_choice="none", temperature=1.0, seed=seed)
    message = done["choices"][0]["message"]
    assert "tool_calls" not in message and isinstance(message["content"], str)
    assert done["choices"][0]["finish_reason"] in ("stop", "length")


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_tool_choice_required_always_calls(client: TestClient, seed: int) -> None:
    done = post(client, tool_choice="required", temperature=1.0, seed=seed)
    assert calls(done) and done["choices"][0]["finish_reason"] in ("tool_calls", "length")
    assert_valid_calls(done)


@pytest.mark.parametrize("name", ["get_weather", "set_timer", "set_lights"])
def test_named_tool_choice_makes_exactly_that_one_call(client: TestClient, name: str) -> None:
    done = post(client, tool_choice={"type": "function", "function": {"name": name}}, seed=1)
    assert [c["function"]["name"] for c in calls(done)] == [name]
    assert done["choices"][0]["finish_reason"] == "tool_calls"
    assert_valid_calls(done)


@pytest.mark.parametrize("mode", ["auto", "required"])
def test_allowed_tools_limits_the_callable_names(client: TestClient, mode: str) -> None:
    allowed = [{"type": "function", "function": {"name": "set_lights"}}]
    choice = {"type": "allowed_tools", "allowed_tools": {"mode": mode, "tools": allowed}}
    for seed in (1, 2, 3):
        done = post(client, tool_choice=choice, temperature=1.0, seed=seed)
        assert {c["function"]["name"] for c in calls(done)} <= {"set_lights"}
        if mode == "required":
            assert calls(done)


def test_parallel_tool_calls_false_allows_one_call(client: TestClient) -> None:
    done = post(client, parallel_tool_calls=False, **PARALLEL)
    assert len(calls(done)) == 1 and done["choices"][0]["finish_reason"] == "tool_calls"


def test_truncation_reports_length(client: TestClient) -> None:
    done = post(client, tool_choice="none", max_tokens=3)
    assert done["choices"][0]["finish_reason"] == "length"
    assert done["usage"]["completion_tokens"] == 3


def test_max_completion_tokens_wins_over_max_tokens(client: TestClient) -> None:
    done = post(client, tool_choice="none", max_tokens=40, max_completion_tokens=2)
    assert done["usage"]["completion_tokens"] == 2


def test_json_schema_response_format_is_enforced(client: TestClient) -> None:
    schema = {
        "type": "object",
        "properties": {
            "city": {"type": "string", "maxLength": 6},
            "sunny": {"type": "boolean"},
            "unit": {"enum": ["c", "f"]},
        },
        "required": ["city", "sunny", "unit"],
        "additionalProperties": False,
    }
    fmt = {"type": "json_schema", "json_schema": {"name": "w", "schema": schema, "strict": True}}
    done = post(client, tools=None, response_format=fmt)
    assert done["choices"][0]["finish_reason"] == "stop"
    jsonschema.validate(json.loads(done["choices"][0]["message"]["content"]), schema)


def test_json_object_response_format_starts_an_object(client: TestClient) -> None:
    done = post(client, tools=None, response_format={"type": "json_object"}, max_tokens=8)
    assert done["choices"][0]["message"]["content"].startswith("{")


def test_stop_sequence_ends_the_text_before_it(client: TestClient) -> None:
    text = post(client, tool_choice="none")["choices"][0]["message"]["content"]
    stop = text[6:9]
    done = post(client, tool_choice="none", stop=[stop, "never"])
    assert done["choices"][0]["message"]["content"] == text[: text.index(stop)]
    assert done["choices"][0]["finish_reason"] == "stop"


def test_seed_makes_sampling_repeatable(client: TestClient) -> None:
    def summary(seed: int) -> dict[str, Any]:
        return message_summary(post(client, tool_choice="none", temperature=1.0, seed=seed))

    assert summary(7) == summary(7)
    assert summary(7) != summary(8)


def test_history_with_calls_tool_results_and_text_parts_is_accepted(client: TestClient) -> None:
    messages = [
        {"role": "system", "content": "You control a smart home."},
        {"role": "developer", "content": [{"type": "text", "text": "Prefer tools."}]},
        {"role": "user", "content": [{"type": "text", "text": "Lights on in the hall."}]},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_abc",
                    "type": "function",
                    "function": {"name": "set_lights", "arguments": '{"room":"hall","on":true}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_abc", "content": '{"ok":true}'},
        {"role": "user", "content": "And a 5 minute timer."},
    ]
    done = post(client, messages=messages, tool_choice="required")
    assert_valid_calls(done)


def test_unknown_fields_are_ignored(client: TestClient) -> None:
    extra = {
        "store": True,
        "metadata": {"k": "v"},
        "user": "u-1",
        "frequency_penalty": 0,
        "service_tier": "auto",
        "reasoning_effort": "low",
    }
    body = {**chat(tool_choice="required"), **extra}
    body["messages"] = [{**body["messages"][0], "extra": 1}]
    assert client.post("/v1/chat/completions", json=body).status_code == 200


FORMS: list[dict[str, Any]] = [
    {"tool_choice": "none"},
    {"tool_choice": "auto", "temperature": 1.0, "seed": 4},
    PARALLEL,
    {**PARALLEL, "parallel_tool_calls": False},
    {"tool_choice": {"type": "function", "function": {"name": "set_timer"}}},
    {
        "tool_choice": {
            "type": "allowed_tools",
            "allowed_tools": {
                "mode": "required",
                "tools": [
                    {"type": "function", "function": {"name": "get_weather"}},
                    {"type": "function", "function": {"name": "set_lights"}},
                ],
            },
        },
        "temperature": 1.0,
        "seed": 2,
    },
    {"tool_choice": "none", "max_tokens": 4},
    {"tool_choice": "required", "max_tokens": 12},  # cut off inside a call's arguments
]


@pytest.mark.parametrize("fields", FORMS)
def test_stream_matches_non_stream_byte_for_byte(
    client: TestClient, fields: dict[str, Any]
) -> None:
    chunks = stream(client, **fields)
    check_stream_rules(chunks)
    assert fold(chunks) == message_summary(post(client, **fields))


def test_stream_matches_non_stream_for_parallel_calls(client: TestClient) -> None:
    chunks = stream(client, **PARALLEL)
    folded = fold(chunks)
    assert len(folded["tool_calls"]) >= 2
    assert len({c["name"] for c in folded["tool_calls"]}) >= 2
    assert folded == message_summary(post(client, **PARALLEL))


@pytest.mark.parametrize("include_usage", [True, False])
def test_stream_sends_usage_chunk_only_when_asked(client: TestClient, include_usage: bool) -> None:
    chunks = stream(client, stream_options={"include_usage": include_usage}, **PARALLEL)
    check_stream_rules(chunks, include_usage=include_usage)
    if include_usage:
        assert chunks[-1]["usage"] == post(client, **PARALLEL)["usage"]
