"""Walking a JSON Schema by its keywords, and relaxing a sloppy (non-strict) one.

A schema's keywords hold either schemas (`properties`, `items`, `anyOf`, `$defs`...) or values
(`const`, `enum`, `default`, `examples`, and every keyword not listed here): a walker that treated
every dict as a schema rewrote values (a `default` holding the word `properties` got
`additionalProperties: false` injected into it, and the grammar then forced another value). So
`subschemas` yields only what the JSON Schema spec (2020-12, plus draft-07's `definitions`,
`dependencies` and list-valued `items`) says is a schema, each with its JSON Pointer segment.

`relax` fixes, in a non-strict schema, constraints that no value can satisfy but that real API
schemas carry (OpenAI answers them): an `array` with a string `enum` (the enum moves into
`items`), enum or const values of another type than `type`, `minimum` above `maximum` (and the
other bounds), `required` names that an object closed by `additionalProperties: false` does not
list. Each change is a note, reported to the client (`x-thimble-relaxed`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeGuard

# keyword -> how it holds schemas
SCHEMA = frozenset(
    {
        "additionalProperties", "items", "contains", "not", "if", "then", "else",
        "propertyNames", "unevaluatedItems", "unevaluatedProperties", "additionalItems",
        "contentSchema",
    }
)  # fmt: skip
SCHEMA_LIST = frozenset({"prefixItems", "anyOf", "oneOf", "allOf", "items"})
SCHEMA_MAP = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies"}
)
BOUNDS = (
    ("minimum", "maximum"),
    ("exclusiveMinimum", "maximum"),
    ("minimum", "exclusiveMaximum"),
    ("minLength", "maxLength"),
    ("minItems", "maxItems"),
    ("minProperties", "maxProperties"),
    ("minContains", "maxContains"),
)


def pointer(segment: str) -> str:
    """One JSON Pointer segment (RFC 6901)."""
    return segment.replace("~", "~0").replace("/", "~1")


def subschemas(schema: Any) -> Iterator[tuple[str, Any]]:
    """(JSON Pointer suffix, subschema) for each schema that `schema`'s keywords hold."""
    if not isinstance(schema, dict):
        return
    for key, value in schema.items():
        if key in SCHEMA_MAP and isinstance(value, dict):
            for name, sub in value.items():
                if isinstance(sub, dict | bool):  # `dependencies` may hold a list of names
                    yield f"/{pointer(key)}/{pointer(str(name))}", sub
        elif key in SCHEMA_LIST and isinstance(value, list):
            for i, sub in enumerate(value):
                yield f"/{key}/{i}", sub
        elif key in SCHEMA and isinstance(value, dict | bool):
            yield f"/{key}", value


def nodes(schema: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every (path, schema object) in `schema`, parents before children."""
    if isinstance(schema, dict):
        yield path, schema
        for suffix, sub in subschemas(schema):
            yield from nodes(sub, path + suffix)


def transform(
    schema: Any, fn: Callable[[dict[str, Any], str], dict[str, Any]], path: str = ""
) -> Any:
    """A copy of `schema` with `fn(node, path)` applied to every schema object, children first;
    values (enum, const, default...) are copied as they are."""
    if not isinstance(schema, dict):
        return schema
    out = dict(schema)
    for key, value in schema.items():
        if key in SCHEMA_MAP and isinstance(value, dict):
            out[key] = {
                n: transform(s, fn, f"{path}/{pointer(key)}/{pointer(str(n))}")
                if isinstance(s, dict)
                else s
                for n, s in value.items()
            }
        elif key in SCHEMA_LIST and isinstance(value, list):
            out[key] = [transform(s, fn, f"{path}/{key}/{i}") for i, s in enumerate(value)]
        elif key in SCHEMA and isinstance(value, dict):
            out[key] = transform(value, fn, f"{path}/{key}")
    return fn(out, path)


def close_objects(schema: Any, open_when_required_unlisted: bool = False) -> Any:
    """Objects with `properties` default to `additionalProperties: false` (the model cannot invent
    argument names). With `open_when_required_unlisted` (non-strict), an object whose `required`
    names a property it does not list stays open, since closing it would make it unsatisfiable."""

    def close(node: dict[str, Any], path: str) -> dict[str, Any]:
        props = node.get("properties")
        if not isinstance(props, dict) or "additionalProperties" in node:
            return node
        required = node.get("required")
        unlisted = isinstance(required, list) and any(
            isinstance(r, str) and r not in props for r in required
        )
        if open_when_required_unlisted and unlisted:
            return node
        return {**node, "additionalProperties": False}

    return transform(schema, close)


def find_path(schema: Any, match: Callable[[dict[str, Any]], str | None]) -> str | None:
    """The JSON Pointer of the first keyword `match(node)` names in any schema object (`match`
    returns the rest of the pointer, escaped)."""
    for path, node in nodes(schema):
        found = match(node)
        if found is not None:
            return f"{path}/{found}"
    return None


_JSON_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, float) and v.is_integer())
    ),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


def _types(node: dict[str, Any]) -> list[str] | None:
    t = node.get("type")
    names = [t] if isinstance(t, str) else t
    if not isinstance(names, list) or not all(n in _JSON_TYPES for n in names) or not names:
        return None
    return names


def _fits(value: Any, types: list[str]) -> bool:
    return any(_JSON_TYPES[t](value) for t in types)


def relax(schema: Any) -> tuple[Any, list[str]]:
    """A non-strict schema with its unsatisfiable constraints relaxed, and a note for each."""
    notes: list[str] = []

    def fix(node: dict[str, Any], path: str) -> dict[str, Any]:
        where = path or "/"
        types = _types(node)
        enum = node.get("enum")
        if types is not None and isinstance(enum, list) and enum:
            fitting = [v for v in enum if _fits(v, types)]
            items = node.get("items")
            if not fitting and types == ["array"] and (items is None or isinstance(items, dict)):
                # `{"type": "array", "enum": ["a", "b"]}`: meant as an array of those values
                node = {k: v for k, v in node.items() if k != "enum"}
                node["items"] = {**(items or {}), "enum": enum}
                notes.append(f"{where}: enum moved into items")
            elif not fitting and not path:  # the arguments stay an object: the enum goes
                node = {k: v for k, v in node.items() if k != "enum"}
                notes.append(f"{where}: enum dropped (no value of its type)")
            elif not fitting:
                node = {k: v for k, v in node.items() if k != "type"}
                notes.append(f"{where}: type dropped (no enum value has it)")
            elif len(fitting) < len(enum):
                node = {**node, "enum": fitting}
                notes.append(f"{where}: enum values not of its type dropped")
        if types is not None and "const" in node and not _fits(node["const"], types):
            drop = "const" if not path else "type"  # the arguments stay an object
            node = {k: v for k, v in node.items() if k != drop}
            notes.append(f"{where}: {drop} dropped (const is not of the type)")
        for low, high in BOUNDS:
            lo, hi = node.get(low), node.get(high)
            if _number(lo) and _number(hi) and lo > hi:
                node = {k: v for k, v in node.items() if k not in (low, high)}
                notes.append(f"{where}: {low} above {high}: both dropped")
        props, required = node.get("properties"), node.get("required")
        if (
            node.get("additionalProperties") is False
            and isinstance(required, list)
            and any(isinstance(r, str) and r not in (props or {}) for r in required)
        ):
            node = {**node, "required": [r for r in required if r in (props or {})]}
            notes.append(f"{where}: required names it does not list dropped")
        return node

    return transform(schema, fix), notes


def _number(v: Any) -> TypeGuard[float]:
    return isinstance(v, int | float) and not isinstance(v, bool)
