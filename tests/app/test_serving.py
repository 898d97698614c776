"""app.serving without HTTP: the wire request to the engine's Request (every tool_choice form),
and the engine's events to a completion and to chunks (golden sequences)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.protocol import ChatCompletionRequest
from app.serving import Chunker, Reply, completion, engine_request, tool_choice
from model.generate import ArgumentsDelta, CallStarted, Finished, Stats, TextDelta, collect
from model.grammar import ToolChoice
from tests.app.checks import chat, check_stream_rules, fold, message_summary


def parse(**fields: Any) -> ChatCompletionRequest:
    return ChatCompletionRequest.model_validate_json(json.dumps(chat(**fields)))


def allowed(mode: str, *names: str) -> dict[str, Any]:
    tools = [{"type": "function", "function": {"name": n}} for n in names]
    return {"type": "allowed_tools", "allowed_tools": {"mode": mode, "tools": tools}}


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, ToolChoice("auto", None, False)),
        ({"tool_choice": "auto"}, ToolChoice("auto", None, False)),
        ({"tool_choice": "none"}, ToolChoice("none", None, False)),
        ({"tool_choice": "required"}, ToolChoice("required", None, False)),
        (
            {"tool_choice": "required", "parallel_tool_calls": False},
            ToolChoice("required", None, True),
        ),
        ({"parallel_tool_calls": True}, ToolChoice("auto", None, False)),
        (
            {"tool_choice": {"type": "function", "function": {"name": "set_timer"}}},
            ToolChoice("required", ("set_timer",), True),
        ),
        (
            {"tool_choice": allowed("auto", "set_timer", "set_lights")},
            ToolChoice("auto", ("set_timer", "set_lights"), False),
        ),
        (
            {"tool_choice": allowed("required", "get_weather"), "parallel_tool_calls": False},
            ToolChoice("required", ("get_weather",), True),
        ),
    ],
)
def test_tool_choice_maps_every_form(fields: dict[str, Any], expected: ToolChoice) -> None:
    assert tool_choice(parse(**fields)) == expected


def test_engine_request_carries_messages_tools_and_sampling() -> None:
    messages = [
        {"role": "developer", "content": "Be brief."},
        {
            "role": "user",
            "content": [{"type": "text", "text": "timer "}, {"type": "text", "text": "5"}],
        },
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "set_timer", "arguments": '{"minutes": 5}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": '{"ok": true}'},
    ]
    req = engine_request(
        parse(
            messages=messages,
            max_tokens=99,
            max_completion_tokens=7,
            temperature=0.5,
            top_p=0.9,
            seed=3,
            stop="END",
            response_format={"type": "json_object"},
        )
    )
    assert [m.role for m in req.messages] == ["system", "user", "assistant", "tool"]
    assert req.messages[1].content == "timer 5"
    assert req.messages[2].calls[0].arguments == '{"minutes":5}'
    assert req.messages[3].name == "set_timer"  # labelled with the call's function
    assert [t.name for t in req.tools] == ["get_weather", "set_timer", "set_lights"]
    assert [t.strict for t in req.tools] == [True, False, False]
    s = req.sampling
    assert (s.max_tokens, s.temperature, s.top_p, s.seed, s.stop) == (7, 0.5, 0.9, 3, ("END",))
    assert req.response_format == {"type": "json_object", "json_schema": None}


def test_engine_request_defaults_to_greedy_and_no_stop() -> None:
    req = engine_request(parse(temperature=None, max_tokens=None, stop=["a", ""]))
    s = req.sampling
    assert (s.max_tokens, s.temperature, s.top_p, s.seed, s.stop) == (None, 0.0, 1.0, None, ("a",))
    assert req.response_format is None


STATS = Stats(prompt_tokens=10, completion_tokens=9, forced_tokens=5, chosen_tokens=4)
PARALLEL = [
    CallStarted(0, "set_timer"),
    ArgumentsDelta(0, '{"minutes":'),
    ArgumentsDelta(0, "5}"),
    CallStarted(1, "set_lights"),
    ArgumentsDelta(1, '{"room":"hall","on":true}'),
    Finished("tool_calls", STATS),
]


def dump(chunks: list[Any]) -> list[dict[str, Any]]:
    return [json.loads(c.model_dump_json()) for c in chunks]


def test_chunks_for_parallel_calls_match_golden_sequence() -> None:
    chunker = Chunker(Reply("gpt-4o-mini", include_usage=True))
    chunks = dump([c for e in PARALLEL for c in chunker.chunks(e)])
    ids = [c["choices"][0]["delta"]["tool_calls"][0].get("id") for c in chunks[:5]]
    deltas = [c["choices"][0]["delta"] if c["choices"] else c["usage"] for c in chunks]
    fn = "function"
    assert deltas == [
        {
            "role": "assistant",
            "tool_calls": [
                {"index": 0, "id": ids[0], "type": fn, fn: {"name": "set_timer", "arguments": ""}}
            ],
        },
        {"tool_calls": [{"index": 0, fn: {"arguments": '{"minutes":'}}]},
        {"tool_calls": [{"index": 0, fn: {"arguments": "5}"}}]},
        {
            "tool_calls": [
                {"index": 1, "id": ids[3], "type": fn, fn: {"name": "set_lights", "arguments": ""}}
            ]
        },
        {"tool_calls": [{"index": 1, fn: {"arguments": '{"room":"hall","on":true}'}}]},
        {},
        {"prompt_tokens": 10, "completion_tokens": 9, "total_tokens": 19},
    ]
    assert chunks[-2]["choices"][0]["finish_reason"] == "tool_calls"
    assert all(c["model"] == "gpt-4o-mini" for c in chunks)
    check_stream_rules(chunks, include_usage=True)


def test_chunks_and_completion_agree_for_the_same_events() -> None:
    for events in (
        PARALLEL,
        [TextDelta("Hel"), TextDelta("lo"), Finished("stop", STATS)],
        [Finished("length", STATS)],  # cut off before anything was said
    ):
        reply = Reply("thimble")
        chunker = Chunker(reply)
        chunks = dump([c for e in events for c in chunker.chunks(e)])
        check_stream_rules(chunks)
        done = completion(reply, collect(iter(events))).model_dump(mode="json")
        assert fold(chunks) == message_summary(done)


def test_completion_is_openai_shaped() -> None:
    done = completion(Reply("m"), collect(iter(PARALLEL))).model_dump(mode="json")
    assert done["id"].startswith("chatcmpl-") and done["object"] == "chat.completion"
    (choice,) = done["choices"]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["content"] is None
    ids = [c["id"] for c in choice["message"]["tool_calls"]]
    assert len(set(ids)) == 2 and all(i.startswith("call_") for i in ids)
    assert done["usage"] == {"prompt_tokens": 10, "completion_tokens": 9, "total_tokens": 19}
    text = completion(Reply("m"), collect(iter([TextDelta("hi"), Finished("stop", STATS)])))
    assert "tool_calls" not in text.model_dump()["choices"][0]["message"]
