"""One function turns a request's tools and options into an llguidance grammar.

`build_grammar(tools, choice, response_format)` writes a Lark grammar over the decoder's output
format (`model.format`): `<|call|>NAME<|args|>` followed by the tool's JSON Schema through
llguidance's `%json`, repeated when parallel calls are allowed, or `<|text|>` followed by free text
(or by JSON for `response_format`). The decoder then samples only tokens the grammar allows, so
every answer parses and fits its schema by construction.

Schemas: with `strict: true` a keyword llguidance cannot enforce, or a constraint no value can
satisfy, is a `GrammarError` naming the schema path; without it, such keywords are ignored and
unsatisfiable constraints relaxed (`model.schema.relax`, then any subschema llguidance still rejects
becomes "any value"), each change a note the server reports (`x-thimble-relaxed`). Objects that do
not say otherwise get `additionalProperties: false`, so the model cannot invent argument names.
Schemas are walked by their keywords (`model.schema`): values (`const`, `enum`, `default`) are
never rewritten.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Literal

import llguidance

from model.format import Tool
from model.schema import close_objects, find_path, pointer, relax, transform

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


def _validate(body: dict[str, Any]) -> tuple[str, bool, list[str]]:
    """(grammar text, is_error, messages) from llguidance for one `%json` body; raises
    GrammarError when llguidance cannot even read it."""
    try:
        text = json.dumps(body, ensure_ascii=False)
        grammar = llguidance.LLMatcher.grammar_from_json_schema(text)
        is_error, messages = llguidance.LLMatcher.validate_grammar_with_warnings(grammar)
    except (TypeError, ValueError) as e:
        raise GrammarError(f"invalid JSON Schema: {e}") from e
    except BaseException as e:
        # A Rust panic in llguidance arrives as pyo3's PanicException, a BaseException (seen:
        # quoting a non-ASCII schema value in its own error message). The schema caused it.
        if type(e).__name__ != "PanicException":
            raise
        raise GrammarError(f"invalid JSON Schema: {e}") from e
    return text, is_error, messages


def _unsupported(messages: list[str]) -> list[str]:
    return [m for m in messages if "Unimplemented keys" in m or "Unknown format" in m]


def _where(schema: dict[str, Any], msg: str) -> str:
    """The schema path an llguidance message is about, as well as it can be told."""
    quoted = set(re.findall(r'"([^"]+)"', msg))
    fmt = set(re.findall(r"format: (\S+)", msg))
    required = set(re.findall(r"required property '([^']+)'", msg))

    def match(node: dict[str, Any]) -> str | None:
        if fmt and node.get("format") in fmt:
            return "format"
        req = node.get("required")
        if required and isinstance(req, list):
            hit = next((r for r in req if r in required), None)
            if hit is not None:
                listed = hit in (node.get("properties") or {})
                return f"properties/{pointer(hit)}" if listed else "required"
        return next((pointer(k) for k in node if k in quoted), None)

    return find_path(schema, match) or "/"


def _relaxable(is_error: bool, messages: list[str]) -> bool:
    """An error relaxing can fix: a constraint no value satisfies, or a regex llguidance does not
    support (look-around, backreferences). A malformed schema (a broken `$ref`, an unknown type
    name) stays an error, strict or not."""
    return is_error and all(
        m.startswith("Unsatisfiable") or "regex parse error" in m for m in messages
    )


def _relax_failing(
    body: dict[str, Any], options: dict[str, Any], notes: list[str]
) -> dict[str, Any] | None:
    """Non-strict: each subschema that fails on its own only for a reason relaxing can fix
    (children first) becomes `{}` (any value); None if the whole still fails."""
    defs = {k: body[k] for k in ("$defs", "definitions") if isinstance(body.get(k), dict)}

    def check(node: dict[str, Any], path: str) -> dict[str, Any]:
        if not path:
            return node
        try:
            _, bad, messages = _validate({**defs, **node, **options})
        except GrammarError:
            return node
        if _relaxable(bad, messages):
            notes.append(f"{path}: not satisfiable or not supported: any value allowed")
            return {}
        return node

    fixed = transform(body, check)
    try:
        _, bad, _ = _validate({**fixed, **options})
    except GrammarError:
        return None
    return None if bad else fixed


def schema_grammar(
    schema: dict[str, Any], strict: bool, param: str, notes: list[str] | None = None
) -> str:
    """The `%json` body for one schema, checked with llguidance; raises GrammarError (strict), or
    relaxes what cannot be satisfied or enforced and says so in `notes` (non-strict)."""
    if not isinstance(schema, dict) or schema.get("type", "object") != "object":
        raise GrammarError("a function's parameters must be a JSON Schema of type object", param)
    relaxed: list[str] = []
    if not strict:
        schema, relaxed = relax(schema)
    body = close_objects(schema, open_when_required_unlisted=not strict)
    options = {"x-guidance": {**JSON_OPTIONS, "lenient": not strict}}
    try:
        text, is_error, messages = _validate({**body, **options})
    except GrammarError as e:
        raise GrammarError(str(e), param) from e
    warnings = _unsupported(messages)
    fixed = None
    if not strict and _relaxable(is_error, messages):
        fixed = _relax_failing(body, options, relaxed)
    if fixed is not None:
        text = _validate({**fixed, **options})[0]
    elif is_error or (strict and warnings):
        msg = messages[0] if messages else "unsupported schema"
        raise GrammarError(f"unsupported JSON Schema at '{_where(schema, msg)}': {msg}", param)
    relaxed += [f"{_where(schema, m)}: ignored ({m.splitlines()[0][:80]})" for m in warnings]
    if notes is not None:
        notes += [f"{param}#{n}" for n in relaxed]
    return text


def _lark_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def build_grammar(
    tools: list[Tool],
    choice: ToolChoice,
    response_format: dict[str, Any] | None = None,
    notes: list[str] | None = None,
) -> str:
    """A Lark grammar (llguidance dialect) for one request; raises GrammarError. What was relaxed
    in non-strict schemas goes to `notes` (`schema_grammar`)."""
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
                tools[i].parameters, tools[i].strict, f"tools[{i}].function.parameters", notes
            )
            rules.append(f"call_{k}: <|call|> {_lark_str(n)} <|args|> args_{k}")
            rules.append(f"args_{k}: %json {body}")
            call_alts.append(f"call_{k}")
        rules.append("call: " + " | ".join(call_alts))
        alts.append("call" if choice.single else "call+")
    if choice.mode != "required":
        body = _text_body(response_format, notes)
        rules.append(f"text: <|text|> {body}")
        alts.append("text")
        if body == "TEXT":
            rules.append(r"TEXT: /(?s:.*)/")
    rules.insert(1, "start: " + " | ".join(alts))
    return "\n".join(rules)


def _text_body(response_format: dict[str, Any] | None, notes: list[str] | None) -> str:
    kind = (response_format or {}).get("type", "text")
    if kind == "json_object":
        return '%json {"type": "object", "x-guidance": ' + json.dumps(JSON_OPTIONS) + "}"
    if kind == "json_schema":
        spec = response_format.get("json_schema") or {}  # type: ignore[union-attr]
        schema = spec.get("schema") or {"type": "object"}
        return "%json " + _response_schema(schema, bool(spec.get("strict")), notes)
    if kind != "text":
        raise GrammarError(f"unsupported response_format type: {kind!r}", "response_format")
    return "TEXT"


def _response_schema(schema: dict[str, Any], strict: bool, notes: list[str] | None) -> str:
    if not isinstance(schema, dict):
        raise GrammarError("json_schema.schema must be an object", "response_format")
    if schema.get("type", "object") == "object":
        return schema_grammar(schema, strict, "response_format.json_schema.schema", notes)
    body = {**schema, "x-guidance": {**JSON_OPTIONS, "lenient": not strict}}
    return json.dumps(body, ensure_ascii=False)


def compile_grammar(tok: llguidance.LLTokenizer, grammar: str) -> llguidance.LLMatcher:
    """A fresh matcher for one decode; raises GrammarError if the grammar does not compile."""
    matcher = llguidance.LLMatcher(tok, grammar, log_level=0)
    if matcher.is_error():
        raise GrammarError(f"grammar failed to compile: {matcher.get_error()}")
    return matcher
