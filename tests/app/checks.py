"""Shared by the server tests: bounded tools, SSE parsing, and the rules every stream must follow.

The tools' schemas are bounded (enums, booleans, short strings, ranged integers) so that a random
model, which would otherwise write one string forever, finishes a call in a few dozen tokens.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city.",
        "strict": True,
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "maxLength": 10},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["city", "unit"],
            "additionalProperties": False,
        },
    },
}
TIMER = {
    "type": "function",
    "function": {
        "name": "set_timer",
        "description": "Start a countdown timer.",
        "parameters": {
            "type": "object",
            "properties": {
                "minutes": {"type": "integer", "minimum": 1, "maximum": 90},
                "label": {"anyOf": [{"type": "string", "maxLength": 8}, {"type": "null"}]},
            },
            "required": ["minutes", "label"],
        },
    },
}
LIGHTS = {
    "type": "function",
    "function": {
        "name": "set_lights",
        "description": "Turn the lights in a room on or off.",
        "parameters": {
            "type": "object",
            "properties": {
                "room": {"type": "string", "enum": ["kitchen", "hall", "bedroom"]},
                "on": {"type": "boolean"},
            },
            "required": ["room", "on"],
        },
    },
}
TOOLS = [WEATHER, TIMER, LIGHTS]
SCHEMAS = {t["function"]["name"]: t["function"]["parameters"] for t in TOOLS}
USER = [{"role": "user", "content": "What's the weather in Paris? And a 5 minute tea timer."}]


def chat(**fields: Any) -> dict[str, Any]:
    """A chat request with the bounded tools; a field given as None is left out."""
    body = {
        "model": "thimble",
        "messages": USER,
        "tools": TOOLS,
        "max_tokens": 48,
        "temperature": 0,
    }
    body.update(fields)
    return {k: v for k, v in body.items() if v is not None}


def sse_chunks(text: str) -> list[dict[str, Any]]:
    """The JSON payloads of an SSE body, which must end with `data: [DONE]`."""
    events = [block for block in text.split("\n\n") if block.strip()]
    assert all(e.startswith("data: ") for e in events), events
    payloads = [e.removeprefix("data: ") for e in events]
    assert payloads[-1] == "[DONE]"
    return [json.loads(p) for p in payloads[:-1]]


def check_stream_rules(chunks: list[dict[str, Any]], include_usage: bool = False) -> None:
    """The chunk sequence OpenAI clients expect (see app.serving)."""
    assert len({c["id"] for c in chunks}) == 1 and chunks[0]["id"].startswith("chatcmpl-")
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    with_choices = [c for c in chunks if c["choices"]]
    usage = [c for c in chunks if not c["choices"]]
    if include_usage:
        assert usage == [chunks[-1]]
        u = usage[0]["usage"]
        assert u["total_tokens"] == u["prompt_tokens"] + u["completion_tokens"]
    else:
        assert usage == [] and all("usage" not in c for c in chunks)
    deltas = [c["choices"][0]["delta"] for c in with_choices]
    assert deltas[0]["role"] == "assistant"
    assert all("role" not in d for d in deltas[1:])
    *body, last = with_choices
    assert last["choices"][0]["delta"] == {}
    assert all(c["choices"][0]["finish_reason"] is None for c in body)
    opened: dict[int, str] = {}
    for d in deltas:
        for call in d.get("tool_calls", []):
            if call["index"] not in opened:  # the one opening delta of a call
                assert call["index"] == len(opened)
                assert set(call) == {"index", "id", "type", "function"}
                assert call["type"] == "function" and call["id"].startswith("call_")
                assert call["function"]["arguments"] == ""
                assert set(call["function"]) == {"name", "arguments"}
                opened[call["index"]] = call["id"]
            else:  # then fragments only
                assert set(call) == {"index", "function"} and set(call["function"]) == {"arguments"}
                assert call["index"] == len(opened) - 1  # calls do not interleave
    assert len(set(opened.values())) == len(opened)
    finish = last["choices"][0]["finish_reason"]
    assert finish in ("stop", "length", "tool_calls")
    if finish != "length":
        assert (finish == "tool_calls") == bool(opened)


def fold(chunks: list[dict[str, Any]]) -> dict[str, Any]:
    """A stream folded into what the non-streamed message says (content, calls, finish)."""
    content: str | None = None
    calls: list[dict[str, str]] = []
    finish = None
    for c in chunks:
        for choice in c["choices"]:
            d = choice["delta"]
            if "content" in d:
                content = (content or "") + d["content"]
            for call in d.get("tool_calls", []):
                if "id" in call:
                    calls.append({"name": call["function"]["name"], "arguments": ""})
                calls[call["index"]]["arguments"] += call["function"]["arguments"]
            finish = choice["finish_reason"] or finish
    return {"content": content, "tool_calls": calls, "finish_reason": finish}


def message_summary(completion: dict[str, Any]) -> dict[str, Any]:
    """The same summary, from a non-streamed completion."""
    choice = completion["choices"][0]
    calls = [
        {"name": c["function"]["name"], "arguments": c["function"]["arguments"]}
        for c in choice["message"].get("tool_calls", [])
    ]
    content = choice["message"]["content"]
    return {"content": content, "tool_calls": calls, "finish_reason": choice["finish_reason"]}


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)
