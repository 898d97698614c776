"""Every failure answers in OpenAI's error envelope with the right status, type, param and code:
malformed or mistyped bodies, missing fields, unknown models and tools, schemas the grammar cannot
enforce, oversized bodies, API keys, and exceptions nobody expected."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from app.config import Settings
from model.generate import Engine
from tests.app.checks import TOOLS, chat
from tests.app.conftest import MakeClient, tiny_loader

URL = "/v1/chat/completions"


def error_of(r: Response, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"message", "type", "param", "code"}
    assert body["error"]["message"]
    return body["error"]


def bad_request(client: TestClient, param: str | None, **kwargs: Any) -> dict[str, Any]:
    error = error_of(client.post(URL, **kwargs), 400)
    assert error["type"] == "invalid_request_error"
    assert error["param"] == param, error
    return error


@pytest.mark.parametrize(
    "raw",
    [b'{"model": "thimble", "messages": [', b"", b"not json", b"[1, 2]", b'"text"', b"null"],
)
def test_malformed_or_non_object_body_is_400(client: TestClient, raw: bytes) -> None:
    bad_request(client, None, content=raw, headers={"content-type": "application/json"})


def test_nan_is_not_json(client: TestClient) -> None:
    raw = json.dumps(chat(temperature=float("nan"))).encode()
    bad_request(client, "temperature", content=raw)


def test_deeply_nested_json_is_400(client: TestClient) -> None:
    raw = json.dumps(chat()).encode()[:-1] + b', "x": ' + b"[" * 10_000 + b"]" * 10_000 + b"}"
    bad_request(client, None, content=raw)


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"model": None}, "model"),
        ({"messages": None}, "messages"),
        ({"messages": []}, "messages"),
        ({"model": 4}, "model"),
        ({"temperature": "hot"}, "temperature"),
        ({"temperature": 3}, "temperature"),
        ({"top_p": -0.1}, "top_p"),
        ({"max_tokens": "5"}, "max_tokens"),
        ({"max_tokens": 0}, "max_tokens"),
        ({"max_completion_tokens": 1.5}, "max_completion_tokens"),
        ({"stream": "yes"}, "stream"),
        ({"stop": 5}, "stop"),
        ({"seed": "1"}, "seed"),
        ({"seed": 2**64, "temperature": 1}, "seed"),
        ({"parallel_tool_calls": "no"}, "parallel_tool_calls"),
        ({"messages": [{"role": "user", "content": 5}]}, "messages[0].content"),
        ({"messages": [{"role": "function", "content": "x"}]}, "messages[0].role"),
        ({"messages": [{"content": "x"}]}, "messages[0].role"),
        ({"messages": [{"role": "user"}]}, "messages[0]"),
        ({"messages": [{"role": "tool", "content": "{}"}]}, "messages[0]"),
        (
            {
                "messages": [
                    {
                        "role": "user",
                        "content": "x",
                        "tool_calls": [{"id": "c", "function": {"name": "f", "arguments": "{}"}}],
                    }
                ]
            },
            "messages[0]",
        ),
        (
            {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}]},
            "messages[0].content[0].type",
        ),
        ({"tools": {"type": "function"}}, "tools"),
        ({"tools": [{"type": "custom", "custom": {"name": "x"}}]}, "tools[0].type"),
        ({"tools": [{"type": "function", "function": {}}]}, "tools[0].function.name"),
        (
            {"tools": [{"type": "function", "function": {"name": "get weather"}}]},
            "tools[0].function.name",
        ),
        ({"tools": [TOOLS[0], TOOLS[0]]}, "tools"),
        ({"tool_choice": "sometimes"}, "tool_choice"),
        ({"tool_choice": {"type": "function"}}, "tool_choice"),
        ({"tool_choice": {"type": "function", "function": {}}}, "tool_choice.function.name"),
        (
            {"tool_choice": {"type": "allowed_tools", "allowed_tools": {"mode": "x", "tools": []}}},
            "tool_choice.allowed_tools.mode",
        ),
        ({"response_format": {"type": "xml"}}, "response_format.type"),
        ({"response_format": {"type": "json_schema"}}, "response_format"),
        ({"n": 2}, "n"),
        ({"logprobs": True, "stream": True}, "logprobs"),
        ({"stream_options": {"include_usage": "yes"}}, "stream_options.include_usage"),
    ],
)
def test_invalid_fields_are_400_naming_the_param(
    client: TestClient, fields: dict[str, Any], param: str
) -> None:
    error = bad_request(client, param, json=chat(**fields))
    if fields.get("model", 0) is None or fields.get("messages", 0) is None:
        assert error["message"] == f"Missing required parameter: '{param}'."


def test_missing_key_is_named_in_the_message(client: TestClient) -> None:
    error = bad_request(client, "messages[0].role", json=chat(messages=[{"content": "x"}]))
    assert "messages[0].role" in error["message"]


@pytest.mark.parametrize(
    ("fields", "param", "needle"),
    [
        (
            {"tool_choice": {"type": "function", "function": {"name": "nope"}}},
            "tool_choice",
            "nope",
        ),
        (
            {
                "tool_choice": {
                    "type": "allowed_tools",
                    "allowed_tools": {
                        "mode": "auto",
                        "tools": [{"type": "function", "function": {"name": "ghost"}}],
                    },
                }
            },
            "tool_choice",
            "ghost",
        ),
        ({"tools": None, "tool_choice": "required"}, "tool_choice", "required"),
        (
            {
                "tools": [
                    {
                        "type": "function",
                        "function": {"name": "f", "parameters": {"type": "string"}},
                    }
                ]
            },
            "tools[0].function.parameters",
            "object",
        ),
        (
            {
                "tools": [
                    TOOLS[0],
                    {
                        "type": "function",
                        "function": {
                            "name": "tag",
                            "strict": True,
                            "parameters": {
                                "type": "object",
                                "properties": {"tags": {"type": "array", "uniqueItems": True}},
                            },
                        },
                    },
                ]
            },
            "tools[1].function.parameters",
            "uniqueItems",
        ),
        (
            {
                "tools": None,
                "response_format": {
                    "type": "json_schema",
                    "json_schema": {
                        "name": "r",
                        "strict": True,
                        "schema": {"type": "object", "properties": {"a": {"not": {}}}},
                    },
                },
            },
            "response_format.json_schema.schema",
            "not",
        ),
    ],
)
@pytest.mark.parametrize("stream", [False, True])
def test_constraints_the_grammar_cannot_build_are_400(
    client: TestClient, fields: dict[str, Any], param: str, needle: str, stream: bool
) -> None:
    """Checked before anything is sent, so a streamed request gets a plain 400 too."""
    error = bad_request(client, param, json=chat(stream=stream, **fields))
    assert needle in error["message"]


def test_unknown_model_is_404_when_only_known_names_are_accepted(make_client: MakeClient) -> None:
    client = make_client(accept_any_model=False, aliases=["gpt-4o-mini"])
    error = error_of(client.post(URL, json=chat(model="gpt-5")), 404)
    assert (error["type"], error["code"], error["param"]) == (
        "invalid_request_error",
        "model_not_found",
        "model",
    )
    for name in ("thimble", "gpt-4o-mini"):
        assert client.post(URL, json=chat(model=name, max_tokens=2)).status_code == 200


def test_unknown_route_and_wrong_method_use_the_envelope(client: TestClient) -> None:
    error = error_of(client.post("/v1/completions", json={}), 404)
    assert error["code"] == "unknown_url"
    error_of(client.get(URL), 405)


def test_oversized_body_is_413_by_content_length(make_client: MakeClient) -> None:
    client = make_client(max_body_bytes=2048)
    body = chat(messages=[{"role": "user", "content": "x" * 4096}])
    error = error_of(client.post(URL, json=body), 413)
    assert error["code"] == "request_too_large"


def test_oversized_body_is_413_while_streaming_in(make_client: MakeClient) -> None:
    client = make_client(max_body_bytes=2048)

    def body() -> Iterator[bytes]:  # no Content-Length: chunked transfer encoding
        yield b'{"model": "thimble", "messages": [{"role": "user", "content": "'
        for _ in range(100):
            yield b"x" * 100
        yield b'"}]}'

    r = client.post(URL, content=body(), headers={"content-type": "application/json"})
    assert "content-length" not in r.request.headers
    assert error_of(r, 413)["code"] == "request_too_large"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"authorization": "Bearer wrong"},
        {"authorization": "secret"},
        {"authorization": "Bearer \xe9".encode("latin-1")},
    ],
)
def test_wrong_or_missing_api_key_is_401(make_client: MakeClient, headers: dict[str, Any]) -> None:
    client = make_client(api_key="secret")
    for r in (
        client.post(URL, json=chat(), headers=headers),
        client.get("/v1/models", headers=headers),
    ):
        error = error_of(r, 401)
        assert (error["type"], error["code"]) == ("invalid_request_error", "invalid_api_key")
    assert client.get("/health").status_code == 200  # probes need no key


def test_right_api_key_is_accepted(make_client: MakeClient) -> None:
    client = make_client(api_key="secret")
    r = client.post(URL, json=chat(max_tokens=2), headers={"authorization": "Bearer secret"})
    assert r.status_code == 200


class Broken(Engine):
    """Compiles grammars like any engine, then fails while decoding."""

    def step(self, batch: Any) -> None:
        raise RuntimeError("decoder on fire")


def broken_loader(settings: Settings) -> Engine:
    tiny = tiny_loader(settings)
    return Broken(tiny.model, tiny.tok)


def test_unexpected_error_is_500_with_the_request_id(make_client: MakeClient) -> None:
    client = make_client(load=broken_loader)
    r = client.post(URL, json=chat())
    error = error_of(r, 500)
    assert error["type"] == "server_error"
    assert r.headers["x-request-id"] in error["message"]
    assert "fire" not in error["message"]  # internals stay in the log


def test_error_after_headers_is_an_error_chunk_then_done(make_client: MakeClient) -> None:
    client = make_client(load=broken_loader)
    r = client.post(URL, json=chat(stream=True))
    assert r.status_code == 200
    events = [e for e in r.text.split("\n\n") if e]
    assert events[-1] == "data: [DONE]"
    (error,) = [json.loads(e.removeprefix("data: ")) for e in events[:-1]]
    assert error["error"]["type"] == "server_error"
    assert r.headers["x-request-id"] in error["error"]["message"]
