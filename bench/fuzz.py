"""Fuzzing the real server over HTTP with hypothesis: generated tool schemas and request bodies.

    python -m bench.fuzz --examples 1000             # 1,000 schemas and 1,000 bodies
    python -m bench.fuzz --url URL --examples 50     # a server that is already running

Each answer must be a 2xx or a 4xx in OpenAI's envelope (a stream: ending with `data: [DONE]`,
no error chunk), within `--deadline` seconds (no hang); every 25 examples, and at the end, the
worker must still answer a plain request (alive). Schemas are drawn from every JSON Schema
keyword, schema-holding (`properties`, `items`, `prefixItems`, `anyOf`, `$defs`, `if`/`then`,
`patternProperties`, ...) and value-holding (`const`, `enum`, `default`, `examples`, holding
schema-like values), strict and not. The CI tests run a few examples against a tiny engine
(tests/app/test_fuzz_live.py).

Writes bench/results/fuzz-<UTC time>.json and .md (when it started the server itself).
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

URL = "/v1/chat/completions"

scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=12)
    | st.sampled_from(["object", "string", "integer", "array", "properties", "auto", "user"])
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=24,
)
SCHEMA_KEYS = [
    "properties", "patternProperties", "additionalProperties", "items", "prefixItems",
    "anyOf", "oneOf", "allOf", "not", "$defs", "definitions", "if", "then", "else",
    "contains", "propertyNames",
]  # fmt: skip
VALUE_KEYS = ["const", "enum", "default", "examples"]
OTHER_KEYS = [
    "type", "required", "$ref", "minimum", "maximum", "exclusiveMinimum", "minLength",
    "maxLength", "pattern", "format", "minItems", "maxItems", "uniqueItems", "description",
]  # fmt: skip
TYPES = st.sampled_from(["object", "string", "integer", "number", "boolean", "array", "null"])


def schemas(depth: int = 3) -> st.SearchStrategy[Any]:
    """JSON-Schema-like dicts: schema keywords hold (mostly) schemas, value keywords values."""
    leaf = st.fixed_dictionaries(
        {"type": TYPES},
        optional={
            "enum": st.lists(scalars, min_size=1, max_size=4),
            "minimum": st.integers(-5, 5),
            "maximum": st.integers(-5, 5),
            "maxLength": st.integers(0, 8),
            "pattern": st.sampled_from(["^[a-z]+$", "((", "(?=a)a", "\\d{2}"]),
            "format": st.sampled_from(["date", "email", "weird"]),
            "const": json_values,
            "default": json_values,
        },
    )
    if depth == 0:
        return leaf | json_values
    sub = schemas(depth - 1)
    names = st.text(min_size=1, max_size=6) | st.sampled_from(["properties", "type", "items"])
    return leaf | st.fixed_dictionaries(
        {"type": st.sampled_from(["object", "array"]) | TYPES},
        optional={
            **{k: sub for k in ("items", "additionalProperties", "not", "if", "then", "else")},
            **{k: st.lists(sub, max_size=3) for k in ("anyOf", "oneOf", "allOf", "prefixItems")},
            **{k: st.dictionaries(names, sub, max_size=4) for k in ("properties", "$defs")},
            **{k: json_values | sub for k in VALUE_KEYS},
            "required": st.lists(names, max_size=3),
            "$ref": st.sampled_from(["#/$defs/a", "#/definitions/x", "#"]),
            **{k: json_values for k in OTHER_KEYS if k not in ("type", "required", "$ref")},
        },
    )


def parameters() -> st.SearchStrategy[Any]:
    root = st.fixed_dictionaries(
        {
            "type": st.just("object"),
            "properties": st.dictionaries(st.text(max_size=6), schemas(), max_size=4),
        },
        optional={
            "required": st.lists(st.text(max_size=6), max_size=3),
            "$defs": st.dictionaries(st.sampled_from(["a", "x"]), schemas(1), max_size=2),
        },
    )
    return root | schemas() | json_values


FIELDS = [
    "model", "messages", "tools", "tool_choice", "parallel_tool_calls", "response_format",
    "max_tokens", "max_completion_tokens", "temperature", "top_p", "seed", "stop", "n",
    "stream", "stream_options", "logprobs",
]  # fmt: skip
BASE = {
    "model": "thimble",
    "messages": [{"role": "user", "content": "What is the weather in Paris?"}],
    "max_tokens": 24,
}


def bodies() -> st.SearchStrategy[Any]:
    field_value = st.builds(
        lambda f, v, s: {**BASE, f: v, "stream": s} if f != "stream" else {**BASE, f: v},
        st.sampled_from(FIELDS),
        json_values,
        st.booleans(),
    )
    return json_values | field_value


@dataclass
class Findings:
    examples: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    failures: list[dict[str, Any]] = field(default_factory=list)
    alive_checks: int = 0
    slowest_s: float = 0.0

    def add(self, status: str) -> None:
        self.statuses[status] = self.statuses.get(status, 0) + 1


def check(client: httpx.Client, base: str, body: Any, found: Findings, deadline: float) -> None:
    content = json.dumps(body).encode()
    t0 = time.monotonic()
    try:
        r = client.post(f"{base}{URL}", content=content, timeout=deadline)
        problem = None
        if r.status_code >= 500:
            problem = "5xx"
        elif r.status_code >= 400:
            if set(r.json().get("error", {})) != {"message", "type", "param", "code"}:
                problem = "not the error envelope"
        elif r.headers.get("content-type", "").startswith("text/event-stream") and (
            not r.text.endswith("data: [DONE]\n\n") or '"error"' in r.text
        ):
            problem = "stream without [DONE] or with an error chunk"
        status = str(r.status_code)
    except httpx.TimeoutException:
        problem, status = f"no answer within {deadline} s", "timeout"
    except httpx.HTTPError as e:  # e.g. the server closed the connection without an answer
        problem, status = f"no answer: {type(e).__name__}: {e}", "no-answer"
    found.slowest_s = max(found.slowest_s, time.monotonic() - t0)
    found.examples += 1
    found.add(status)
    if problem and len(found.failures) < 20:
        found.failures.append(
            {"problem": problem, "status": status, "body": content.decode()[:2000]}
        )
    if found.examples % 25 == 0:
        alive(client, base, found)


def alive(client: httpx.Client, base: str, found: Findings) -> None:
    r = client.post(f"{base}{URL}", json=BASE, timeout=120)
    found.alive_checks += 1
    if r.status_code != 200:
        found.failures.append({"problem": "worker not answering", "status": str(r.status_code)})


def run(base: str, examples: int, deadline: float = 60.0) -> dict[str, Any]:
    """Fuzz a running server; returns the findings for schemas and for bodies."""
    out: dict[str, Any] = {}
    tools = st.tuples(
        parameters(), st.booleans(), st.booleans(), st.sampled_from(["auto", "required"])
    )
    with httpx.Client() as client:
        for name, strategy in (("schemas", tools.map(_tool_body)), ("bodies", bodies())):
            found = _probe(client, base, strategy, examples, deadline)
            out[name] = {
                "examples": found.examples,
                "statuses": found.statuses,
                "failures": found.failures,
                "alive_checks": found.alive_checks,
                "slowest_s": round(found.slowest_s, 2),
            }
    return out


def _probe(
    client: httpx.Client,
    base: str,
    strategy: st.SearchStrategy[Any],
    examples: int,
    deadline: float,
) -> Findings:
    """`examples` draws, each checked (failures collected rather than raised: no shrinking)."""
    found = Findings()

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def probe(body: Any) -> None:
        check(client, base, body, found, deadline)

    probe()
    alive(client, base, found)
    return found


def _tool_body(drawn: tuple[Any, bool, bool, str]) -> dict[str, Any]:
    params, strict, stream, choice = drawn
    tool = {"type": "function", "function": {"name": "f", "parameters": params, "strict": strict}}
    return {**BASE, "tools": [tool], "tool_choice": choice, "stream": stream}


def main(argv: list[str] | None = None) -> int:
    from bench.http import Server
    from bench.soak import RESULTS, machine_load

    p = argparse.ArgumentParser(prog="python -m bench.fuzz", description=__doc__)
    p.add_argument("--examples", type=int, default=1000)
    p.add_argument("--deadline", type=float, default=60.0)
    p.add_argument("--url")
    p.add_argument("--note", default="")
    args = p.parse_args(argv)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    server = (
        Server.attach(args.url)
        if args.url
        else Server.start([], {}, RESULTS / f"fuzz-{stamp}.server.log")
    )
    t0 = time.monotonic()
    try:
        findings = run(server.url, args.examples, args.deadline)
        alive_at_end = httpx.get(f"{server.url}/health", timeout=10).status_code == 200
    finally:
        if not args.url:
            server.stop()
    result = {
        "started": stamp,
        "host": platform.node(),
        "command": "python -m bench.fuzz " + " ".join(sys.argv[1:] if argv is None else argv),
        "load": f"{machine_load()} at the start; {args.note}".strip("; "),
        "minutes": round((time.monotonic() - t0) / 60, 1),
        "alive_at_end": alive_at_end,
        **findings,
    }
    failed = sum(len(findings[k]["failures"]) for k in findings)
    text = [f"# Fuzz, {stamp} ({result['host']})", "", f"Command: `{result['command']}`", ""]
    text += [f"Machine load: {result['load']}; {result['minutes']} min", ""]
    for k in findings:
        f = findings[k]
        text.append(
            f"- {k}: {f['examples']} examples, statuses {f['statuses']}, failures "
            f"{len(f['failures'])}, worker alive at {f['alive_checks']} checks, slowest {f['slowest_s']} s"
        )
    text += ["", f"Worker alive at the end: {alive_at_end}; failures in all: {failed}", ""]
    if not args.url:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / f"fuzz-{stamp}.json").write_text(json.dumps(result, indent=1) + "\n")
        (RESULTS / f"fuzz-{stamp}.md").write_text("\n".join(text) + "\n")
    print("\n".join(text))
    return 1 if failed or not alive_at_end else 0


if __name__ == "__main__":
    raise SystemExit(main())
