"""A teacher's answer as a training row's label (docs/data-format.md).

`Toolset` holds the tools offered, each with a compiled JSON Schema validator, and turns a
`TeacherAnswer` into a row's `answer` (calls naming offered tools, arguments that validate, keys
in the schema's order) or a reason to reject it. `request_key` says when two requests are the same,
for deduplication. Teacher-driven synthesis uses both; so can anything that records teacher labels.
"""

import json
import re
from dataclasses import dataclass
from typing import Any

import jsonschema

from distill.teachers.base import TeacherAnswer


def normalise(text: str) -> str:
    """Lower-case words only: case, punctuation and spacing do not make a request new."""
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


def request_key(messages: list[dict[str, Any]]) -> str:
    """What makes two requests the same: their users' words, normalised."""
    return " | ".join(normalise(str(m["content"])) for m in messages if m["role"] == "user")


def ordered(value: Any, schema: dict[str, Any]) -> Any:
    """`value` with object keys in the order of the schema's `properties` (extras last)."""
    if isinstance(value, dict):
        properties = schema.get("properties") or {}
        keys = [k for k in properties if k in value] + [k for k in value if k not in properties]
        return {k: ordered(value[k], properties.get(k) or {}) for k in keys}
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [ordered(item, schema["items"]) for item in value]
    return value


@dataclass(frozen=True)
class Toolset:
    """The user's tools, with a compiled validator per tool for checking calls."""

    tools: list[dict[str, Any]]
    schemas: dict[str, dict[str, Any]]
    validators: dict[str, Any]  # name -> jsonschema validator

    @classmethod
    def load(cls, tools: Any) -> "Toolset":
        if not isinstance(tools, list) or not all(isinstance(t, dict) for t in tools):
            raise ValueError("tools must be a JSON list of OpenAI function tools")
        schemas: dict[str, dict[str, Any]] = {}
        for tool in tools:
            function = tool.get("function") if tool.get("type") == "function" else None
            if not isinstance(function, dict) or not isinstance(function.get("name"), str):
                raise ValueError(f"not an OpenAI function tool: {json.dumps(tool)[:200]}")
            if function["name"] in schemas:
                raise ValueError(f"tool {function['name']!r} is defined twice")
            schema = function.get("parameters") or {"type": "object", "properties": {}}
            try:
                jsonschema.validators.validator_for(schema).check_schema(schema)
            except jsonschema.SchemaError as error:
                raise ValueError(
                    f"tool {function['name']!r}: bad schema: {error.message}"
                ) from error
            schemas[function["name"]] = schema
        validators = {n: jsonschema.validators.validator_for(s)(s) for n, s in schemas.items()}
        return cls(tools, schemas, validators)

    def problem(self, name: Any, arguments: Any) -> str | None:
        """Why a call may not stand in a row, or None when it may."""
        if name not in self.validators:
            return "unknown_tool"
        if not isinstance(arguments, dict) or not self.validators[name].is_valid(arguments):
            return "invalid_arguments"
        return None

    def label(self, answer: TeacherAnswer) -> dict[str, Any] | str:
        """The row's `answer` for a teacher's answer, or the reason to reject it."""
        for call in answer.tool_calls:
            if reason := self.problem(call.name, call.arguments):
                return reason
        if answer.tool_calls:
            calls = [
                {"name": c.name, "arguments": ordered(c.arguments, self.schemas[c.name])}
                for c in answer.tool_calls
            ]
            return {"content": None, "tool_calls": calls}
        text = (answer.content or "").strip()
        return {"content": text, "tool_calls": []} if text else "empty_answer"
