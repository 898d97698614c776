"""Operations of real web APIs (the APIs.guru OpenAPI directory) as tools, with generated requests.

Each operation becomes a function tool: its name from the operationId (or method and path), its
summary and description (HTML stripped) as the description, and its query, path, form and JSON
body parameters as properties (type, enum, default stated in the description, format). Header
parameters and the transport parameters every Google or Azure API repeats (`key`, `alt`,
`api-version`...) are left out. A request is generated per operation from templates over the
schema: every required argument and now and then an optional one, each value drawn from its
enum, format or a pool and written into the request as it goes into the answer, so the model
learns to copy; an optional argument is in the answer only when the request states it.

Whole APIs are held out (`meta.split: heldout`, by a hash of the API title).
"""

import html
import json
import random
import re
import string
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from distill.sources.common import (
    answer_calls,
    is_heldout,
    read_jsonl,
    shuffled,
    tool,
)
from distill.sources.phrasing import draw_request, string_value

LICENSE = "CC0-1.0"
TRANSPORT = {
    "key", "fields", "oauth_token", "alt", "quotaUser", "prettyPrint", "userIp", "callback",
    "access_token", "$.xgafv", "pp", "bearer_token", "upload_protocol", "uploadType",
    "api-version", "api_key", "apikey", "format", "body",
}  # fmt: skip
MAX_PARAMS = 8
ROWS_PER_OPERATION = 2
OPTIONAL_P = 0.3
SIBLINGS = (0, 4)  # other operations of the same API offered beside the right one
_TAG = re.compile(r"<[^>]+>")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_WS = re.compile(r"\s+")
_NAME = re.compile(r"[^A-Za-z0-9_]+")
_TYPES = {"string", "integer", "number", "boolean"}


def clean(text: str | None, limit: int = 400) -> str:
    text = _MD_LINK.sub(r"\1", _TAG.sub(" ", html.unescape(text or "")))
    text = _WS.sub(" ", text.replace("**", "").replace("`", "")).strip()
    return text[:limit]


def function_name(op: dict) -> str:
    raw = op.get("operation_id") or f"{op['method'].lower()}_{op['path']}"
    name = re.sub("_+", "_", _NAME.sub("_", raw)).strip("_")
    if not name or name[0].isdigit():
        name = f"op_{name}"
    return name[:64]


def _prop(schema: dict, description: str) -> dict | None:
    kind = schema.get("type")
    kind = kind if isinstance(kind, str) else None
    prop: dict[str, Any] = {}
    if kind in _TYPES:
        prop["type"] = kind
    elif kind == "array" and isinstance(schema.get("items"), dict):
        item = schema["items"].get("type")
        item = item if isinstance(item, str) else None
        if item not in _TYPES:
            return None
        prop = {"type": "array", "items": {"type": item}}
    else:
        return None
    text = clean(description, 300)
    enum = schema.get("enum")
    if isinstance(enum, list) and enum and all(isinstance(e, str | int) for e in enum):
        if prop["type"] == "string":
            prop["enum"] = [str(e) for e in enum]
        elif prop["type"] == "integer" and all(str(e).lstrip("-").isdigit() for e in enum):
            prop["enum"] = [int(e) for e in enum]
    if "default" in schema and isinstance(schema["default"], str | int | float | bool):
        prop["default"] = schema["default"]
        text = f"{text.rstrip('.')}. Default: {json.dumps(schema['default'])}.".lstrip(". ")
    for key in ("format", "minimum", "maximum"):
        if key in schema and isinstance(schema[key], str | int | float):
            prop[key] = schema[key]
    prop["description"] = text
    return prop


def as_tool(op: dict) -> dict | None:
    """The operation as a function tool, or None when a required parameter has no simple type
    or nothing describes the operation."""
    props: dict[str, dict] = {}
    required: list[str] = []
    for p in op["parameters"]:
        if p["in"] == "header" or (p["name"] in TRANSPORT and p["in"] != "body"):
            continue
        schema = p.get("schema") if isinstance(p.get("schema"), dict) else {}
        if p["in"] == "body":
            body_required = set(schema.get("required", [])) if p.get("required") else set()
            for name, sub in (schema.get("properties") or {}).items():
                if not isinstance(sub, dict) or name.startswith("_") or sub.get("readOnly"):
                    continue
                if name in props:
                    continue
                prop = _prop(sub, sub.get("description", ""))
                if prop is None:
                    if name in body_required:
                        return None
                    continue
                props[name] = prop
                if name in body_required:
                    required.append(name)
            continue
        if p["name"] in props:
            continue
        prop = _prop(schema, p.get("description", ""))
        if prop is None:
            if p.get("required"):
                return None
            continue
        props[p["name"]] = prop
        if p.get("required"):
            required.append(p["name"])
    summary, description = clean(op.get("summary")), clean(op.get("description"))
    text = summary if not description or description in summary else f"{summary}. {description}"
    text = text.strip(". ")
    if not text or len(props) > MAX_PARAMS or not all(_NAME.sub("", k) == k for k in props):
        return None
    return tool(function_name(op), text[:500] + ".", props, required)


def _value(rng: random.Random, name: str, prop: dict) -> tuple[Any, str]:
    """(argument value, how the request says it)."""
    kind = prop["type"]
    if "enum" in prop:
        v = rng.choice(prop["enum"])
        return v, str(v)
    if kind == "boolean":
        v = rng.random() < 0.5
        return v, "true" if v else "false"
    if kind == "integer":
        lo = int(prop.get("minimum", 1)) if isinstance(prop.get("minimum"), int | float) else 1
        hi = int(prop.get("maximum", 500)) if isinstance(prop.get("maximum"), int | float) else 500
        v = rng.randint(lo, max(lo, min(hi, lo + 999)))
        return v, str(v)
    if kind == "number":
        v = round(rng.uniform(0.5, 500), rng.choice((1, 2)))
        return v, f"{v}"
    if kind == "array":
        item = prop["items"]["type"]
        n = rng.randint(1, 3)
        if item in ("integer", "number"):
            vs = [rng.randint(1, 99) for _ in range(n)]
        else:
            vs = [string_value(rng, name, prop.get("format")) for _ in range(n)]
        return vs, ", ".join(str(v) for v in vs)
    v = string_value(rng, name, prop.get("format"))
    return v, v


class OpenApiRows:
    def __init__(self, data_dir: Path, seed: int, rows_per_operation: int = ROWS_PER_OPERATION):
        self.path = data_dir / "openapi" / "operations.jsonl"
        self.rng = random.Random(seed)
        self.rows_per_operation = rows_per_operation

    def operations(self) -> dict[str, list[tuple[dict, dict]]]:
        """API title -> [(operation, tool)], names unique within an API."""
        apis: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
        names: dict[str, set[str]] = defaultdict(set)
        for op in read_jsonl(self.path):
            t = as_tool(op)
            if t is None or t["function"]["name"] in names[op["api"]]:
                continue
            names[op["api"]].add(t["function"]["name"])
            apis[op["api"]].append((op, t))
        return apis

    def __iter__(self) -> Iterator[dict]:
        for api, ops in self.operations().items():
            split = "heldout" if is_heldout(f"openapi:{api}") else "train"
            for i, (_, t) in enumerate(ops):
                for k in range(self.rows_per_operation):
                    row = self._row(api, ops, i, t, split, k)
                    if row:
                        yield row

    def _row(self, api: str, ops: list, i: int, t: dict, split: str, k: int) -> dict | None:
        rng = self.rng
        drawn = draw_request(rng, t, OPTIONAL_P, _value)
        if drawn is None:
            return None
        text, args = drawn
        others = [o for j, (_, o) in enumerate(ops) if j != i]
        offered = [t, *rng.sample(others, min(len(others), rng.randint(*SIBLINGS)))]
        tail = "".join(rng.choices(string.ascii_lowercase, k=4))
        return {
            "id": f"openapi-{t['function']['name'][:40]}-{k}-{tail}",
            "tools": shuffled(rng, offered),
            "messages": [{"role": "user", "content": text}],
            "answer": answer_calls([(t["function"]["name"], args)]),
            "meta": {"source": "openapi", "kind": "single", "split": split, "api": api},
        }
