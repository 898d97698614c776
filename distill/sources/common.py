"""Helpers every public-data loader shares: tool dicts, grounded values, ids and splits.

A loader turns one public dataset into training rows (docs/data-format.md): `tools`, `messages`,
`answer` and `meta` (with `source`, `kind` and where the row came from). These helpers keep the
rows alike whatever the source: one way to build an OpenAI tool dict, one rule for copying a
value out of the user's words with its case kept, one hash for held-out splits.
"""

import gzip
import hashlib
import json
import random
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import jsonschema

HELDOUT_PERCENT = 3  # share of each training source's units (dialogues, queries, operations)

_WS = re.compile(r"\s+")


def read_jsonl(path: Path) -> Iterator[dict]:
    """Rows of `path`, or of `path` with `.gz` added when only that exists (the shared data is
    gzipped; test fixtures are plain)."""
    opener = open if path.exists() else gzip.open
    name = path if path.exists() else path.with_name(path.name + ".gz")
    with opener(name, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def tool(name: str, description: str, properties: dict[str, dict], required: Iterable[str]) -> dict:
    """An OpenAI function tool."""
    return {
        "type": "function",
        "function": {
            "name": name,
            "description": description,
            "parameters": {
                "type": "object",
                "properties": properties,
                "required": [r for r in required if r in properties],
            },
        },
    }


def tool_name(t: dict) -> str:
    return t["function"]["name"]


def ordered_args(t: dict, args: dict[str, Any]) -> dict[str, Any]:
    """Arguments in the order of the tool's `properties` (docs/data-format.md)."""
    props = t["function"]["parameters"]["properties"]
    return {k: args[k] for k in props if k in args}


def find_exact(value: str, text: str) -> str | None:
    """The substring of `text` equal to `value` ignoring case (and runs of blanks), as written
    there; None if absent. The answer copies the user's own spelling ("San Francisco", not the
    dataset's "san francisco")."""
    if not value:
        return None
    if value in text:
        return value
    pattern = re.compile(
        r"\s+".join(re.escape(part) for part in _WS.split(value.strip())), re.IGNORECASE
    )
    m = pattern.search(text)
    return m.group(0) if m else None


def is_heldout(key: str, percent: int = HELDOUT_PERCENT) -> bool:
    return int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) % 100 < percent


def digest(obj: Any) -> str:
    return hashlib.sha1(json.dumps(obj, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def call_message(calls: list[tuple[str, dict]], first_id: int = 0) -> dict:
    """An assistant message making `calls` (name, arguments), ids call_<n> from `first_id`."""
    return {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": f"call_{first_id + i}",
                "type": "function",
                "function": {"name": n, "arguments": json.dumps(a, ensure_ascii=False)},
            }
            for i, (n, a) in enumerate(calls)
        ],
    }


def answer_calls(calls: list[tuple[str, dict]]) -> dict:
    return {"content": None, "tool_calls": [{"name": n, "arguments": a} for n, a in calls]}


def answer_text(text: str) -> dict:
    return {"content": text, "tool_calls": []}


def user_texts(row: dict) -> str:
    """Every user message of a row, joined (what an argument value must be copied from)."""
    return "\n".join(m["content"] for m in row["messages"] if m["role"] == "user")


def shuffled(rng: random.Random, items: Iterable) -> list:
    out = list(items)
    rng.shuffle(out)
    return out


def problems(row: dict) -> list[str]:
    """What makes a row unusable: offered names repeated, or a call (history or answer) to a
    tool not offered or with an argument the tool does not have."""
    props = {}
    out = []
    for t in row["tools"]:
        name = tool_name(t)
        if name in props:
            out.append(f"tool {name} offered twice")
        props[name] = t["function"]["parameters"].get("properties", {})
    calls = [
        (c["function"]["name"], json.loads(c["function"]["arguments"]))
        for m in row["messages"]
        for c in m.get("tool_calls") or []
    ]
    calls += [(c["name"], c["arguments"]) for c in row["answer"]["tool_calls"]]
    for name, args in calls:
        if name not in props:
            out.append(f"call to {name}, not offered")
        elif set(args) - set(props[name]):
            out.append(f"{name}: unknown arguments {sorted(set(args) - set(props[name]))}")
    schemas = {tool_name(t): t["function"]["parameters"] for t in row["tools"]}
    for call in row["answer"]["tool_calls"]:
        schema = schemas.get(call["name"])
        error = schema and next(validator(schema).iter_errors(call["arguments"]), None)
        if error:
            out.append(f"{call['name']}: answer does not validate: {error.message}")
    return out


def validator(schema: dict) -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(schema)
