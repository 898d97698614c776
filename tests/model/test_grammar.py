"""Grammar construction: tool_choice forms, parallel limits, schema errors, response_format."""

from __future__ import annotations

import pytest

from model.format import Tool
from model.grammar import GrammarError, ToolChoice, build_grammar, compile_grammar
from model.tokenizer import ThimbleTokenizer

WEATHER = Tool(
    "get_weather",
    "Weather for a city.",
    {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
)
TIMER = Tool(
    "set_timer",
    "Start a timer.",
    {"type": "object", "properties": {"minutes": {"type": "integer"}}},
)


def test_auto_allows_calls_and_text() -> None:
    g = build_grammar([WEATHER, TIMER], ToolChoice("auto"))
    assert "start: call+ | text" in g and '"get_weather"' in g and '"set_timer"' in g


def test_none_allows_text_only() -> None:
    g = build_grammar([WEATHER], ToolChoice("none"))
    assert "start: text" in g and "<|call|>" not in g


def test_required_and_single_call() -> None:
    assert "start: call+\n" in build_grammar([WEATHER], ToolChoice("required")) + "\n"
    assert "start: call\n" in build_grammar([WEATHER], ToolChoice("required", None, True)) + "\n"


def test_named_choice_offers_only_that_tool() -> None:
    g = build_grammar([WEATHER, TIMER], ToolChoice("required", ("set_timer",), True))
    assert '"set_timer"' in g and '"get_weather"' not in g


def test_unknown_tool_in_tool_choice_is_an_error_on_tool_choice() -> None:
    with pytest.raises(GrammarError) as e:
        build_grammar([WEATHER], ToolChoice("required", ("nope",), True))
    assert e.value.param == "tool_choice"


def test_required_without_tools_is_an_error() -> None:
    with pytest.raises(GrammarError):
        build_grammar([], ToolChoice("required"))


def test_strict_schema_with_unsupported_keyword_names_the_schema_path() -> None:
    schema = {
        "type": "object",
        "properties": {"a": {"type": "object", "properties": {"b": {"not": {"type": "string"}}}}},
    }
    with pytest.raises(GrammarError) as e:
        build_grammar([Tool("f", "", schema, strict=True)], ToolChoice("auto"))
    assert e.value.param == "tools[0].function.parameters"
    assert "/properties/a/properties/b/not" in str(e.value)


def test_unsupported_keyword_without_strict_is_relaxed(tokenizer: ThimbleTokenizer) -> None:
    schema = {"type": "object", "properties": {"b": {"not": {"type": "string"}}}}
    compile_grammar(tokenizer.llg, build_grammar([Tool("f", "", schema)], ToolChoice("auto")))


def test_broken_ref_is_an_error_even_without_strict() -> None:
    schema = {"type": "object", "properties": {"b": {"$ref": "#/$defs/Missing"}}}
    with pytest.raises(GrammarError):
        build_grammar([Tool("f", "", schema)], ToolChoice("auto"))


def test_parameters_must_be_an_object_schema() -> None:
    with pytest.raises(GrammarError):
        build_grammar([Tool("f", "", {"type": "string"})], ToolChoice("auto"))


def test_response_format_json_schema_and_bad_type() -> None:
    rf = {
        "type": "json_schema",
        "json_schema": {
            "name": "x",
            "schema": {"type": "object", "properties": {"n": {"type": "integer"}}},
        },
    }
    assert "%json" in build_grammar([], ToolChoice("auto"), rf)
    with pytest.raises(GrammarError) as e:
        build_grammar([], ToolChoice("auto"), {"type": "yaml"})
    assert e.value.param == "response_format"
