"""Constrained decoding with random weights: every answer parses, fits its schema and obeys
tool_choice and parallel_tool_calls, because the grammar decides what may be sampled."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.format import Message, Tool
from model.generate import (
    ArgumentsDelta,
    CallStarted,
    Engine,
    Finished,
    Request,
    Sampling,
    TextDelta,
    collect,
)
from model.grammar import ToolChoice

USER = [Message("user", "please do the thing for Zoë in 東京")]

# ---- random schemas: bounded so that a random model finishes within the token budget ----

names = st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True)
scalars = st.one_of(
    st.builds(lambda n: {"type": "string", "maxLength": n}, st.integers(0, 6)),
    st.builds(
        lambda a, b: {"type": "integer", "minimum": a, "maximum": a + b},
        st.integers(-50, 50),
        st.integers(0, 500),
    ),
    st.builds(lambda a: {"type": "number", "minimum": a, "maximum": a + 10}, st.integers(-5, 5)),
    st.just({"type": "boolean"}),
    st.lists(
        st.sampled_from(["red", "green", "blue", "Zoë", "東京", "a b"]),
        min_size=1,
        max_size=4,
        unique=True,
    ).map(lambda e: {"enum": e}),
    st.sampled_from([{"const": "fixed"}, {"type": "string", "pattern": "^[A-Z]{2}[0-9]{2}$"}]),
)


def _schemas(leaf: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    return st.one_of(
        leaf,
        leaf.map(lambda s: {"anyOf": [s, {"type": "null"}]}),
        st.builds(
            lambda s, n: {"type": "array", "items": s, "maxItems": n}, leaf, st.integers(0, 3)
        ),
        st.dictionaries(names, leaf, min_size=1, max_size=3).flatmap(
            lambda props: st.builds(
                lambda req: {"type": "object", "properties": props, "required": req},
                st.lists(st.sampled_from(sorted(props)), unique=True),
            )
        ),
    )


properties = st.dictionaries(names, _schemas(scalars), min_size=0, max_size=4)


@st.composite
def tools(draw: st.DrawFn) -> list[Tool]:
    out = []
    for name in draw(st.lists(names, min_size=1, max_size=4, unique=True)):
        props = draw(properties)
        required = draw(st.lists(st.sampled_from(sorted(props)), unique=True)) if props else []
        params: dict[str, Any] = {"type": "object", "properties": props, "required": required}
        if draw(st.booleans()) and props:  # route one property through $defs/$ref
            key = sorted(props)[0]
            params["$defs"] = {"Ref": props[key]}
            params["properties"] = {**props, key: {"$ref": "#/$defs/Ref"}}
        out.append(Tool(name, f"Tool {name}.", params, strict=draw(st.booleans())))
    return out


choices = st.one_of(
    st.builds(
        ToolChoice,
        st.sampled_from(["auto", "required", "required", "none"]),
        st.none(),
        st.booleans(),
    ),
)


@settings(
    max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(tools(), choices, st.integers(0, 2**16), st.data())
def test_random_schemas_always_decode_to_valid_calls(
    tiny_engine: Engine, tool_list: list[Tool], choice: ToolChoice, seed: int, data: st.DataObject
) -> None:
    if data.draw(st.booleans()):  # a named function: exactly that one
        choice = ToolChoice(
            "required", (data.draw(st.sampled_from([t.name for t in tool_list])),), True
        )
    request = Request(
        tool_list, USER, choice, sampling=Sampling(max_tokens=300, temperature=1.0, seed=seed)
    )
    out = collect(tiny_engine.stream(request))
    # free text from random weights runs to the budget; calls have bounded schemas and must finish
    assert out.reason != "length" or (not out.calls and out.stats.completion_tokens == 300), out
    by_name = {t.name: t for t in tool_list}
    for name, args in out.calls:
        jsonschema.validate(json.loads(args), by_name[name].parameters)
        if choice.names:
            assert name in choice.names
    if choice.mode == "none":
        assert not out.calls and out.content is not None
    if choice.mode == "required":
        assert out.calls and out.content is None
    if choice.single:
        assert len(out.calls) <= 1
    if out.reason != "length":
        assert out.reason == ("tool_calls" if out.calls else "stop")


def test_greedy_decoding_is_deterministic_and_counts_forced_tokens(tiny_engine: Engine) -> None:
    tool = Tool(
        "set_timer",
        "",
        {
            "type": "object",
            "properties": {"minutes": {"type": "integer", "minimum": 1, "maximum": 99}},
            "required": ["minutes"],
        },
    )
    request = Request([tool], USER, ToolChoice("required", None, True))
    a, b = collect(tiny_engine.stream(request)), collect(tiny_engine.stream(request))
    assert a.calls == b.calls and a.calls[0][0] == "set_timer"
    assert a.stats.forced_tokens > 0 and a.stats.chosen_tokens > 0
    assert b.stats.tool_cache_hits == 1


def test_a_tool_with_its_properties_reordered_is_another_tool(tiny_engine: Engine) -> None:
    """The prompt lists a tool's parameters in its order and the grammar emits them in it, so
    the same tool offered again with its properties reordered gets its own text and grammar."""
    props = {"minutes": {"type": "integer", "minimum": 1, "maximum": 9}, "label": {"enum": ["x"]}}

    def timer(order: list[str]) -> Request:
        schema = {
            "type": "object",
            "properties": {k: props[k] for k in order},
            "required": ["minutes", "label"],
        }
        return Request([Tool("set_timer", "", schema)], USER, ToolChoice("required", None, True))

    first = collect(tiny_engine.stream(timer(["minutes", "label"])))
    second = collect(tiny_engine.stream(timer(["label", "minutes"])))
    assert list(json.loads(first.calls[0][1])) == ["minutes", "label"]
    assert list(json.loads(second.calls[0][1])) == ["label", "minutes"]
    assert second.stats.tool_cache_hits == 0


# four distinct calls: a model that keeps calling must repeat one within five
XY_TOOL = Tool(
    "f",
    "",
    {
        "type": "object",
        "properties": {"x": {"enum": ["a", "b"]}, "y": {"type": "boolean"}},
        "required": ["x", "y"],
    },
)


def test_events_open_each_call_once_then_stream_fragments(tiny_engine: Engine) -> None:
    events = list(
        tiny_engine.stream(
            Request([XY_TOOL], USER, ToolChoice("required"), sampling=Sampling(max_tokens=200))
        )
    )
    assert isinstance(events[0], CallStarted) and isinstance(events[-1], Finished)
    starts = [e for e in events if isinstance(e, CallStarted)]
    assert [s.index for s in starts] == list(range(len(starts)))
    assert events[-1].reason == "tool_calls"  # a repeated call ends the answer: none cut short
    for s in starts:
        text = "".join(
            e.text for e in events if isinstance(e, ArgumentsDelta) and e.index == s.index
        )
        assert set(json.loads(text)) == {"x", "y"}


def test_an_answer_ends_once_a_call_repeats_an_earlier_one(tiny_engine: Engine) -> None:
    out = collect(
        tiny_engine.stream(
            Request([XY_TOOL], USER, ToolChoice("required"), sampling=Sampling(max_tokens=400))
        )
    )
    calls = [(n, json.loads(a)) for n, a in out.calls]
    assert out.reason == "tool_calls" and 1 <= len(calls) <= 5
    assert all(c not in calls[:i] for i, c in enumerate(calls[:-1]))  # only the last repeats


def test_max_tokens_truncates_with_length(tiny_engine: Engine) -> None:
    request = Request([], USER, ToolChoice("none"), sampling=Sampling(max_tokens=5))
    out = collect(tiny_engine.stream(request))
    assert out.reason == "length" and out.stats.completion_tokens == 5 and out.content


def test_stop_sequence_cuts_text(tiny_engine: Engine) -> None:
    full = collect(
        tiny_engine.stream(Request([], USER, ToolChoice("none"), sampling=Sampling(max_tokens=30)))
    )
    assert full.content and len(full.content) > 4
    stop = full.content[3:5]
    cut = collect(
        tiny_engine.stream(
            Request([], USER, ToolChoice("none"), sampling=Sampling(max_tokens=30, stop=(stop,)))
        )
    )
    expected = full.content[: full.content.index(stop)]  # may be empty: no text at all (None)
    assert cut.reason == "stop" and (cut.content or "") == expected
    events = list(
        tiny_engine.stream(
            Request([], USER, ToolChoice("none"), sampling=Sampling(max_tokens=30, stop=(stop,)))
        )
    )
    assert "".join(e.text for e in events if isinstance(e, TextDelta)) == (cut.content or "")


def test_response_format_json_schema_gives_valid_json(tiny_engine: Engine) -> None:
    schema = {
        "type": "object",
        "properties": {
            "n": {"type": "integer", "minimum": 0, "maximum": 9},
            "ok": {"type": "boolean"},
        },
        "required": ["n", "ok"],
    }
    rf = {"type": "json_schema", "json_schema": {"name": "r", "schema": schema, "strict": True}}
    out = collect(
        tiny_engine.stream(Request([], USER, ToolChoice("auto"), rf, Sampling(max_tokens=100)))
    )
    jsonschema.validate(json.loads(out.content or ""), schema)
