"""No input crashes or hangs the server: random JSON bodies, random values in every request field,
and random JSON-Schema-like tool parameters get a 2xx or a 4xx in the envelope, never a 5xx (nor
an error chunk inside a 200 stream), within a deadline."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from fastapi.testclient import TestClient
from httpx import Response
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.app.checks import chat

URL = "/v1/chat/completions"
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=12)
    | st.sampled_from(["object", "string", "integer", "function", "auto", "required", "user"])
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=24,
)
SCHEMA_KEYS = [
    "type", "properties", "required", "items", "enum", "const", "anyOf", "oneOf", "allOf", "$ref",
    "$defs", "minimum", "maximum", "minLength", "maxLength", "pattern", "format", "minItems",
    "maxItems", "uniqueItems", "additionalProperties", "description", "default", "not",
]  # fmt: skip
schema_like = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(SCHEMA_KEYS) | st.text(max_size=6), inner, max_size=5)
    ),
    max_leaves=30,
)
FIELDS = [
    "model", "messages", "tools", "tool_choice", "parallel_tool_calls", "response_format",
    "max_tokens", "max_completion_tokens", "temperature", "top_p", "seed", "stop", "n",
    "stream", "stream_options", "logprobs",
]  # fmt: skip

_pool = ThreadPoolExecutor(1)


def post_within_deadline(client: TestClient, content: bytes, seconds: float = 60) -> Response:
    future = _pool.submit(client.post, URL, content=content)
    return future.result(timeout=seconds)  # TimeoutError: the server hung


def assert_answered(r: Response) -> None:
    assert r.status_code < 500, r.text
    if r.status_code >= 400:
        assert set(r.json()["error"]) == {"message", "type", "param", "code"}
    elif r.headers["content-type"].startswith("text/event-stream"):
        assert r.text.endswith("data: [DONE]\n\n")
        chunks = [json.loads(e[6:]) for e in r.text.split("\n\n") if e[6:] not in ("", "[DONE]")]
        assert not any("error" in c for c in chunks)


@FUZZ
@given(body=json_values)
def test_random_json_bodies_never_5xx(client: TestClient, body: Any) -> None:
    assert_answered(post_within_deadline(client, json.dumps(body).encode()))


@FUZZ
@given(field=st.sampled_from(FIELDS), value=json_values, stream=st.booleans())
def test_random_values_in_any_field_never_5xx(
    client: TestClient, field: str, value: Any, stream: bool
) -> None:
    body = chat(stream=stream, max_tokens=16, temperature=1.0, seed=3)  # sampling on
    body[field] = value
    assert_answered(post_within_deadline(client, json.dumps(body).encode()))


@FUZZ
@given(params=schema_like, strict=st.booleans(), choice=st.sampled_from(["auto", "required"]))
def test_random_tool_schemas_never_5xx(
    client: TestClient, params: Any, strict: bool, choice: str
) -> None:
    tool = {"type": "function", "function": {"name": "f", "parameters": params, "strict": strict}}
    body = chat(tools=[tool], tool_choice=choice, max_tokens=16, stream=strict)
    assert_answered(post_within_deadline(client, json.dumps(body).encode()))
