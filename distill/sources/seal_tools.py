"""Seal-Tools queries as training rows: tools and queries as they are, multi-call and nested.

Each labelled query offers the tools it calls plus a few others of the same field (Seal-Tools'
`field`), shuffled. Calls that need nothing from another call's result are answered together
(one call: `single`; several: `parallel`). A nested query (an argument is `API_call_<k>`, the
k-th response of an earlier call) continues as further rows: the earlier calls and their
results (a made-up value for each response a later call uses) in the history, and the calls that
are now possible as the answer (`nested`). String values are copied from the query as written
(case kept) when they occur there.

`dev.jsonl` and `test_in_domain.jsonl` are training data (a share held out by query id);
`test_out_domain.jsonl` uses tools no other split uses and is only ever the development set
(`split: dev`), never training data.
"""

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
    call_message,
    find_exact,
    is_heldout,
    ordered_args,
    read_jsonl,
    shuffled,
    tool,
)

LICENSE = "Apache-2.0"
TRAIN_FILES = ("dev.jsonl", "test_in_domain.jsonl")
DEV_FILE = "test_out_domain.jsonl"
DISTRACTORS = (1, 5)
_TYPES = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}
_REF = re.compile(r"^API_call_(\d+)$")


def as_tool(api: dict) -> dict:
    props = {}
    for name, p in api["parameters"].items():
        prop: dict[str, Any] = {"type": _TYPES.get(p.get("type", "str"), "string")}
        text = p.get("description", "").strip()
        if "default" in p:
            text = f"{text.rstrip('.')}. Default: {p['default']}."
            prop["default"] = p["default"]
        prop["description"] = text
        if isinstance(p.get("choices"), list):
            prop["enum"] = p["choices"]
        props[name] = prop
    return tool(api["api_name"], api["api_description"], props, api.get("required", []))


def coerce(value: Any, kind: str) -> Any:
    """The labelled value as the schema types it ("10" for an integer is 10)."""
    try:
        if kind == "integer" and not isinstance(value, bool):
            number = float(value)
            return int(number) if number.is_integer() else value
        if kind == "number" and not isinstance(value, bool):
            return float(value) if isinstance(value, str) else value
    except (TypeError, ValueError):
        return value
    if kind == "boolean" and isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    if kind == "string" and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


class SealRows:
    """Rows of every labelled query; `meta.split` is train, heldout or dev (test_out_domain)."""

    def __init__(
        self, data_dir: Path, seed: int, include_dev: bool = True, repeats: int = 1
    ) -> None:
        root = data_dir / "seal-tools"
        self.root = root
        self.apis = {a["api_name"]: a for a in read_jsonl(root / "tool.jsonl")}
        self.by_field: dict[str, list[str]] = defaultdict(list)
        for name, api in self.apis.items():
            self.by_field[api.get("field", "")].append(name)
        self.rng = random.Random(seed)
        self.include_dev = include_dev
        # Training queries again with other distractors (a large mix); dev queries once.
        self.repeats = repeats
        self.skipped: dict[str, int] = defaultdict(int)

    def __iter__(self) -> Iterator[dict]:
        files = [*TRAIN_FILES, DEV_FILE] if self.include_dev else list(TRAIN_FILES)
        for name in files:
            path = self.root / name
            if not path.exists():
                continue
            for again in range(1 if name == DEV_FILE else self.repeats):
                for query in read_jsonl(path):
                    if name == DEV_FILE:
                        split = "dev"
                    else:
                        split = "heldout" if is_heldout(f"seal:{query['id']}") else "train"
                    for row in self.query_rows(query, split, name.removesuffix(".jsonl")):
                        yield {**row, "id": f"{row['id']}-r{again}"} if again else row

    def _offer(self, called: list[str]) -> list[dict]:
        fields = {self.apis[n].get("field", "") for n in called}
        pool = sorted({n for f in fields for n in self.by_field[f]} - set(called))
        k = min(len(pool), self.rng.randint(*DISTRACTORS))
        names = [*called, *self.rng.sample(pool, k)]
        return shuffled(self.rng, [as_tool(self.apis[n]) for n in names])

    def query_rows(self, query: dict, split: str, part: str) -> Iterator[dict]:
        calls = query["calling"]
        if not calls or any(c["api"] not in self.apis for c in calls):
            self.skipped["unknown_api"] += 1
            return
        called = list(dict.fromkeys(c["api"] for c in calls))
        tools = self._offer(called)
        by_name = {t["function"]["name"]: t for t in tools}
        text = query["query"]
        # response index -> (call index, response key)
        owner: dict[int, tuple[int, str]] = {}
        for ci, c in enumerate(calls):
            keys = list(self.apis[c["api"]].get("responses", {}))
            for ri, ref in enumerate(c.get("responses", [])):
                m = _REF.match(str(ref))
                if m:
                    owner[int(m.group(1))] = (ci, keys[ri] if ri < len(keys) else f"result_{ri}")
        results: dict[int, Any] = {}  # response index -> the value made up for it
        messages: list[dict] = [{"role": "user", "content": text}]
        done: set[int] = set()
        step = 0
        while len(done) < len(calls):
            ready = [
                ci
                for ci, c in enumerate(calls)
                if ci not in done
                and all(owner.get(r, (None,))[0] in done for r in self._refs(c["parameters"]))
            ]
            if not ready:
                self.skipped["unresolvable_nesting"] += 1
                return
            batch = [
                (calls[ci]["api"], self._args(calls[ci], by_name, text, results)) for ci in ready
            ]
            kind = "nested" if step else ("single" if len(batch) == 1 else "parallel")
            yield {
                "id": f"seal-{query['id']}-{step}",
                "tools": tools,
                "messages": list(messages),
                "answer": answer_calls(batch),
                "meta": {
                    "source": f"seal-tools:{part}",
                    "kind": kind,
                    "split": split,
                    "query": query["id"],
                    "step": step,
                },
            }
            needed = {r for c in calls for r in self._refs(c["parameters"])}
            made = sum(len(m.get("tool_calls") or []) for m in messages)
            assistant = call_message(batch, first_id=made)
            messages.append(assistant)
            for k, ci in enumerate(ready):
                content = {}
                for r, (owner_ci, key) in sorted(owner.items()):
                    if owner_ci == ci and r in needed:
                        results[r] = self._made_up(key, calls, r)
                        content[key] = results[r]
                messages.append(
                    {
                        "role": "tool",
                        "tool_call_id": assistant["tool_calls"][k]["id"],
                        "content": json.dumps(content or {"status": "ok"}, ensure_ascii=False),
                    }
                )
            done.update(ready)
            step += 1

    @staticmethod
    def _refs(params: dict) -> list[int]:
        return [int(m.group(1)) for v in params.values() if (m := _REF.match(str(v)))]

    def _made_up(self, key: str, calls: list[dict], ref: int) -> Any:
        """A believable value for response `ref`: a number where a later call wants one."""
        for c in calls:
            api = self.apis[c["api"]]
            for name, v in c["parameters"].items():
                if str(v) == f"API_call_{ref}":
                    kind = api["parameters"].get(name, {}).get("type", "str")
                    if kind in ("int", "float"):
                        return self.rng.randint(2, 999)
        tail = "".join(self.rng.choices(string.ascii_uppercase + string.digits, k=6))
        return f"{key.split('_')[0]}-{tail}"

    def _args(self, call: dict, by_name: dict, text: str, results: dict[int, Any]) -> dict:
        t = by_name[call["api"]]
        props = t["function"]["parameters"]["properties"]
        args: dict[str, Any] = {}
        for name, value in call["parameters"].items():
            if name not in props:
                self.skipped["unknown_parameter"] += 1
                continue
            m = _REF.match(str(value))
            if m:
                value = results[int(m.group(1))]
            else:
                value = coerce(value, props[name]["type"])
                if isinstance(value, str):
                    value = find_exact(value, text) or value
            args[name] = value
        return ordered_args(t, args)
