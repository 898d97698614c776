"""Schemas walked by their keywords (values are never rewritten), and non-strict schemas relaxed
where no value could satisfy them, with a note for each change; strict schemas keep their 400s."""

from __future__ import annotations

import json
from typing import Any

import pytest

from model.format import Tool
from model.grammar import GrammarError, ToolChoice, build_grammar, compile_grammar
from model.schema import close_objects, find_path, relax
from model.tokenizer import ThimbleTokenizer
from model.weights import DEFAULT_TOKENIZER


def obj(props: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {"type": "object", "properties": props, "required": required or list(props)}


# a schema whose values (const, enum, default, examples) and a parameter look like schemas
TRICKY = obj(
    {
        "properties": {"type": "string"},  # a parameter named `properties`
        "mode": {"const": {"properties": {"a": 1}}},
        "shape": {
            "type": "object",
            "enum": [{"properties": 1}],
            "default": {"properties": {}},
            "examples": [{"properties": {}}],
        },
    }
)


def test_close_objects_leaves_values_alone() -> None:
    closed = close_objects(TRICKY)
    assert closed["additionalProperties"] is False
    props = closed["properties"]
    assert props["properties"] == {"type": "string"}
    assert props["mode"] == {"const": {"properties": {"a": 1}}}
    shape = props["shape"]
    assert shape["enum"] == [{"properties": 1}] and shape["default"] == {"properties": {}}
    assert shape["examples"] == [{"properties": {}}]


def test_close_objects_reaches_every_schema_keyword() -> None:
    inner = {"type": "object", "properties": {"x": {"type": "string"}}}
    keywords = {
        "items": inner,
        "prefixItems": [inner],
        "anyOf": [inner],
        "oneOf": [inner],
        "allOf": [inner],
        "not": inner,
        "$defs": {"d": inner},
        "definitions": {"d": inner},
        "if": inner,
        "then": inner,
        "else": inner,
        "contains": inner,
        "patternProperties": {"^a": inner},
        "additionalProperties": inner,
    }
    closed = close_objects({"type": "object", **keywords})
    for key, value in keywords.items():
        got = closed[key]
        sub = got[0] if isinstance(value, list) else got
        if key in ("$defs", "definitions"):
            sub = got["d"]
        if key == "patternProperties":
            sub = got["^a"]
        assert sub["additionalProperties"] is False, key


def test_find_path_names_schema_keywords_not_values() -> None:
    schema = obj({"a": {"default": {"not": 1}}, "b": {"not": {"type": "string"}}})
    assert find_path(schema, lambda n: "not" if "not" in n else None) == "/properties/b/not"
    assert find_path({"$defs": {"a/b": {"not": {}}}}, lambda n: "not" if "not" in n else None) == (
        "/$defs/a~1b/not"
    )


@pytest.fixture(scope="module")
def tok() -> ThimbleTokenizer:
    return ThimbleTokenizer.load(DEFAULT_TOKENIZER)


def test_strict_tool_with_schema_like_values_compiles_and_keeps_them(tok: ThimbleTokenizer) -> None:
    g = build_grammar([Tool("f", "", TRICKY, strict=True)], ToolChoice("required"))
    compile_grammar(tok.llg, g)
    body = json.loads(g.split("args_0: %json ", 1)[1].split("\n", 1)[0])
    assert body["properties"]["mode"]["const"] == {"properties": {"a": 1}}


def test_relax_moves_a_string_enum_of_an_array_into_items() -> None:
    schema = obj({"tags": {"type": "array", "enum": ["a", "b"]}})
    fixed, notes = relax(schema)
    assert fixed["properties"]["tags"] == {"type": "array", "items": {"enum": ["a", "b"]}}
    assert notes == ["/properties/tags: enum moved into items"]


SLOPPY = [
    obj({"tags": {"type": "array", "enum": ["a", "b"]}}),
    obj({"n": {"type": "integer", "minimum": 5, "maximum": 1}}),
    obj({"s": {"type": "string", "enum": [1, 2]}}),
    obj({"s": {"type": "string", "const": 3}}),
    {**obj({"a": {"type": "string"}}, ["a", "b"]), "additionalProperties": False},
    obj({"s": {"type": "string", "pattern": "(("}}),
    obj({"s": {"allOf": [{"type": "string"}, {"type": "integer"}]}}),
]


@pytest.mark.parametrize("schema", SLOPPY)
def test_non_strict_unsatisfiable_schema_is_relaxed_with_a_note(
    tok: ThimbleTokenizer, schema: dict[str, Any]
) -> None:
    notes: list[str] = []
    g = build_grammar([Tool("f", "", schema)], ToolChoice("required"), notes=notes)
    assert not compile_grammar(tok.llg, g).is_error()
    assert notes and all(n.startswith("tools[0].function.parameters#/") for n in notes), notes


@pytest.mark.parametrize("schema", SLOPPY)
def test_strict_unsatisfiable_schema_is_still_an_error(schema: dict[str, Any]) -> None:
    with pytest.raises(GrammarError) as e:
        build_grammar([Tool("f", "", schema, strict=True)], ToolChoice("required"))
    assert e.value.param == "tools[0].function.parameters"


def test_strict_error_names_the_unsatisfiable_property() -> None:
    schema = obj({"a": obj({"b": {"type": "string", "enum": [1]}})})
    with pytest.raises(GrammarError) as e:
        build_grammar([Tool("f", "", schema, strict=True)], ToolChoice("required"))
    assert "at '/properties/a'" in str(e.value)


def test_non_strict_unknown_format_is_ignored_with_a_note() -> None:
    notes: list[str] = []
    schema = obj({"s": {"type": "string", "format": "weird"}})
    build_grammar([Tool("f", "", schema)], ToolChoice("required"), notes=notes)
    assert len(notes) == 1 and "#/properties/s/format: ignored" in notes[0]


def test_satisfiable_schema_has_no_notes() -> None:
    notes: list[str] = []
    build_grammar([Tool("f", "", obj({"a": {"type": "string"}}))], ToolChoice("auto"), notes=notes)
    assert notes == []


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "object", "const": []},
        {"type": "object", "enum": [1, "a"]},
        {"type": "object", "properties": {"a": {"type": "string"}}, "const": 3},
    ],
)
def test_relaxed_root_stays_an_object(tok: ThimbleTokenizer, schema: dict[str, Any]) -> None:
    notes: list[str] = []
    g = build_grammar([Tool("f", "", schema)], ToolChoice("required"), notes=notes)
    body = json.loads(g.split("args_0: %json ", 1)[1].split("\n", 1)[0])
    assert body["type"] == "object" and "const" not in body and "enum" not in body
    assert notes and not compile_grammar(tok.llg, g).is_error()
