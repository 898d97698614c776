"""One function turns a request's tools and options into an llguidance grammar.

`build_grammar(tools, choice, response_format)` writes a Lark grammar over the decoder's output
format (`model.format`): `<|call|>NAME<|args|>` followed by the tool's JSON Schema through
llguidance's `%json`, repeated when parallel calls are allowed, or `<|text|>` followed by free text
(or by JSON for `response_format`). The decoder then samples only tokens the grammar allows, so
every answer parses and fits its schema by construction.

Schemas: with `strict: true` a keyword llguidance cannot enforce is a `GrammarError` naming the
schema path; without it, such keywords are relaxed (ignored). Objects that do not say otherwise get
`additionalProperties: false`, so the model cannot invent argument names.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Literal

import llguidance

from model.format import Tool

JSON_OPTIONS = {"whitespace_flexible": False, "item_separator": ",", "key_separator": ":"}


class GrammarError(ValueError):
    """A request whose constraints cannot be compiled; `param` names the offending request field."""

    def __init__(self, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.param = param


@dataclass(frozen=True)
class ToolChoice:
    """`tool_choice` and `parallel_tool_calls` as the grammar sees them.

    mode: none (text only), auto (text or calls), required (one or more calls).
    names: the tools that may be called (None: all); `single`: at most one call.
    """

    mode: Literal["none", "auto", "required"] = "auto"
    names: tuple[str, ...] | None = None
    single: bool = False


def _close_objects(schema: Any) -> Any:
    """Copy of `schema` where objects with properties default to additionalProperties: false."""
    if isinstance(schema, list):
        return [_close_objects(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _close_objects(v) for k, v in schema.items()}
    if "properties" in out and "additionalProperties" not in out:
        out["additionalProperties"] = False
    return out


def _find_path(schema: Any, keys: set[str], path: str = "") -> str | None:
    if isinstance(schema, dict):
        for k, v in schema.items():
            if k in keys:
                return f"{path}/{k}"
            found = _find_path(v, keys, f"{path}/{k}")
            if found:
                return found
    elif isinstance(schema, list):
        for i, v in enumerate(schema):
            found = _find_path(v, keys, f"{path}/{i}")
            if found:
                return found
    return None


def schema_grammar(schema: dict[str, Any], strict: bool, param: str) -> str:
    """The `%json` body for one schema, checked with llguidance; raises GrammarError."""
    if not isinstance(schema, dict) or schema.get("type", "object") != "object":
        raise GrammarError("a function's parameters must be a JSON Schema of type object", param)
    body = _close_objects(schema)
    body["x-guidance"] = {**JSON_OPTIONS, "lenient": not strict}
    try:
        text = json.dumps(body, ensure_ascii=False)
        grammar = llguidance.LLMatcher.grammar_from_json_schema(text)
        is_error, messages = llguidance.LLMatcher.validate_grammar_with_warnings(grammar)
    except (TypeError, ValueError) as e:
        raise GrammarError(f"invalid JSON Schema: {e}", param) from e
    except BaseException as e:
        # A Rust panic in llguidance arrives as pyo3's PanicException, a BaseException (seen:
        # quoting a non-ASCII schema value in its own error message). The schema caused it.
        if type(e).__name__ != "PanicException":
            raise
        raise GrammarError(f"invalid JSON Schema: {e}", param) from e
    warnings = [m for m in messages if "Unimplemented keys" in m or "Unknown format" in m]
    if is_error or (strict and warnings):
        msg = messages[0] if messages else "unsupported schema"
        keys = set(re.findall(r'"([^"]+)"', msg)) or set(re.findall(r"format: (\S+)", msg))
        where = _find_path(schema, keys) or ""
        raise GrammarError(f"unsupported JSON Schema at '{where or '/'}': {msg}", param)
    return text


def _lark_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def build_grammar(
    tools: list[Tool], choice: ToolChoice, response_format: dict[str, Any] | None = None
) -> str:
    """A Lark grammar (llguidance dialect) for one request; raises GrammarError."""
    by_name = {t.name: i for i, t in enumerate(tools)}
    names = list(by_name) if choice.names is None else list(choice.names)
    for n in names:
        if n not in by_name:
            raise GrammarError(
                f"tool_choice names a function that is not in tools: {n!r}", "tool_choice"
            )
    if choice.mode == "none" or not names:
        if choice.mode == "required":
            raise GrammarError("tool_choice is 'required' but no tools were given", "tool_choice")
        names = []

    rules = ["%llguidance {}"]
    alts = []
    if names:
        call_alts = []
        for k, n in enumerate(names):
            i = by_name[n]
            body = schema_grammar(
                tools[i].parameters, tools[i].strict, f"tools[{i}].function.parameters"
            )
            rules.append(f"call_{k}: <|call|> {_lark_str(n)} <|args|> args_{k}")
            rules.append(f"args_{k}: %json {body}")
            call_alts.append(f"call_{k}")
        rules.append("call: " + " | ".join(call_alts))
        alts.append("call" if choice.single else "call+")
    if choice.mode != "required":
        body = _text_body(response_format)
        rules.append(f"text: <|text|> {body}")
        alts.append("text")
        if body == "TEXT":
            rules.append(r"TEXT: /(?s:.*)/")
    rules.insert(1, "start: " + " | ".join(alts))
    return "\n".join(rules)


def _text_body(response_format: dict[str, Any] | None) -> str:
    kind = (response_format or {}).get("type", "text")
    if kind == "json_object":
        return '%json {"type": "object", "x-guidance": ' + json.dumps(JSON_OPTIONS) + "}"
    if kind == "json_schema":
        spec = response_format.get("json_schema") or {}  # type: ignore[union-attr]
        schema = spec.get("schema") or {"type": "object"}
        return "%json " + _response_schema(schema, bool(spec.get("strict")))
    if kind != "text":
        raise GrammarError(f"unsupported response_format type: {kind!r}", "response_format")
    return "TEXT"


def _response_schema(schema: dict[str, Any], strict: bool) -> str:
    if not isinstance(schema, dict):
        raise GrammarError("json_schema.schema must be an object", "response_format")
    if schema.get("type", "object") == "object":
        return schema_grammar(schema, strict, "response_format.json_schema.schema")
    body = {**schema, "x-guidance": {**JSON_OPTIONS, "lenient": not strict}}
    return json.dumps(body, ensure_ascii=False)


def compile_grammar(tok: llguidance.LLTokenizer, grammar: str) -> llguidance.LLMatcher:
    """A fresh matcher for one decode; raises GrammarError if the grammar does not compile."""
    matcher = llguidance.LLMatcher(tok, grammar, log_level=0)
    if matcher.is_error():
        raise GrammarError(f"grammar failed to compile: {matcher.get_error()}")
    return matcher
