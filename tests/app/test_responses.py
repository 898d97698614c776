"""POST /v1/responses on the tiny engine: the same engine request as Chat Completions, every
streamed event and every response parsed by openai-python's own types, the stream folding to
exactly the non-streamed response, input items, and the 400s of a stateless function-tools
server."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient
from openai.types.responses import Response, ResponseStreamEvent
from pydantic import TypeAdapter

from app import serving
from app.protocol import ChatCompletionRequest
from app.protocol_responses import ResponsesRequest
from app.responses import engine_request
from tests.app.checks import SCHEMAS, TOOLS
from tests.app.test_errors import broken_loader

FLAT_TOOLS = [{"type": "function", **t["function"]} for t in TOOLS]
ASK = "What's the weather in Paris? And a 5 minute tea timer."
EVENTS: TypeAdapter[Any] = TypeAdapter(ResponseStreamEvent)


def respond(**fields: Any) -> dict[str, Any]:
    body = {
        "model": "thimble",
        "input": ASK,
        "tools": FLAT_TOOLS,
        "max_output_tokens": 48,
        "temperature": 0,
    }
    body.update(fields)
    return {k: v for k, v in body.items() if v is not None}


def sse_events(text: str) -> list[dict[str, Any]]:
    """Each `event:`/`data:` block's payload, checked to name its own type."""
    out = []
    for block in (b for b in text.split("\n\n") if b.strip()):
        head, data = block.split("\n")
        payload = json.loads(data.removeprefix("data: "))
        assert head == f"event: {payload['type']}"
        out.append(payload)
    return out


def fold(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The output items a stream describes, from its deltas alone."""
    items: list[dict[str, Any]] = []
    for e in events:
        if e["type"] == "response.output_item.added":
            assert e["output_index"] == len(items)
            items.append({**e["item"], "arguments": ""} if "call_id" in e["item"] else {"text": ""})
        elif e["type"] == "response.function_call_arguments.delta":
            items[e["output_index"]]["arguments"] += e["delta"]
        elif e["type"] == "response.output_text.delta":
            items[e["output_index"]]["text"] += e["delta"]
    return items


def summary(output: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [
        (o["name"], o["arguments"])
        if o["type"] == "function_call"
        else ("", o["content"][0]["text"])
        for o in output
    ]


def test_engine_request_is_the_chat_completions_one() -> None:
    """One decode path: the same conversation in either API is the same engine request."""
    chat = ChatCompletionRequest.model_validate(
        {
            "model": "thimble",
            "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "user", "content": ASK},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {"id": "c1", "type": "function", "function": TIMER_CALL},
                        {"id": "c2", "type": "function", "function": LIGHTS_CALL},
                    ],
                },
                {"role": "tool", "tool_call_id": "c1", "content": "started"},
                {"role": "tool", "tool_call_id": "c2", "content": "on"},
            ],
            "tools": [{**t, "function": {**t["function"], "strict": True}} for t in TOOLS],
            "tool_choice": {"type": "function", "function": {"name": "set_lights"}},
            "response_format": {"type": "json_schema", "json_schema": LIGHTS_FORMAT},
            "max_completion_tokens": 30,
            "temperature": 0.5,
        }
    )
    responses = ResponsesRequest.model_validate(
        {
            "model": "thimble",
            "instructions": "Be brief.",
            "input": [
                {"role": "user", "content": [{"type": "input_text", "text": ASK}]},
                {"type": "function_call", "call_id": "c1", **TIMER_CALL},
                {"type": "function_call", "call_id": "c2", **LIGHTS_CALL},
                {"type": "function_call_output", "call_id": "c1", "output": "started"},
                {"type": "function_call_output", "call_id": "c2", "output": "on"},
            ],
            "tools": FLAT_TOOLS,  # strict left out: true in the Responses API
            "tool_choice": {"type": "function", "name": "set_lights"},
            "text": {"format": {"type": "json_schema", **LIGHTS_FORMAT}},
            "max_output_tokens": 30,
            "temperature": 0.5,
        }
    )
    assert engine_request(responses) == serving.engine_request(chat)


LIGHTS_FORMAT = {"name": "lights", "schema": SCHEMAS["set_lights"], "strict": True}
TIMER_CALL = {"name": "set_timer", "arguments": '{"minutes": 5, "label": "tea"}'}
LIGHTS_CALL = {"name": "set_lights", "arguments": '{"room": "hall", "on": true}'}


@pytest.mark.parametrize(
    "fields",
    [
        {"tool_choice": "required"},
        {"tool_choice": "required", "parallel_tool_calls": False},
        {"tool_choice": {"type": "function", "name": "set_lights"}},
        {"tool_choice": "none", "max_output_tokens": 12},
        {
            "tool_choice": {
                "type": "allowed_tools",
                "mode": "required",
                "tools": [{"type": "function", "name": "get_weather"}],
            }
        },
    ],
    ids=["required", "single", "named", "none", "allowed"],
)
def test_stream_folds_to_the_non_streamed_response(
    client: TestClient, fields: dict[str, Any]
) -> None:
    plain = client.post("/v1/responses", json=respond(**fields))
    assert plain.status_code == 200, plain.text
    done = Response.model_validate(plain.json())
    streamed = client.post("/v1/responses", json=respond(**fields, stream=True))
    assert streamed.headers["content-type"].startswith("text/event-stream")
    events = sse_events(streamed.text)
    for e in events:
        EVENTS.validate_python(e)  # the SDK parses every event
    assert [e["sequence_number"] for e in events] == list(range(len(events)))
    assert [e["type"] for e in events[:2]] == ["response.created", "response.in_progress"]
    final = events[-1]["response"]
    assert events[-1]["type"] == f"response.{final['status']}"
    assert summary(final["output"]) == summary(plain.json()["output"])
    folded = fold(events)
    assert [(i.get("name", ""), i.get("arguments", i.get("text"))) for i in folded] == summary(
        final["output"]
    )
    done_items = [e["item"] for e in events if e["type"] == "response.output_item.done"]
    assert [i["id"] for i in done_items] == [o["id"] for o in final["output"]]
    calls = [o for o in done.output if o.type == "function_call"]
    choice = fields["tool_choice"]
    if choice == "none":
        assert not calls and done.output_text
    else:
        assert calls and all(c.call_id.startswith("call_") for c in calls)
    if isinstance(choice, dict) or fields.get("parallel_tool_calls") is False:
        assert len(calls) == 1
    if isinstance(choice, dict) and choice["type"] == "function":
        assert calls[0].name == "set_lights"
    if done.status == "completed":
        for c in calls:
            jsonschema.validate(json.loads(c.arguments), SCHEMAS[c.name])
    u = done.usage
    assert u is not None and u.total_tokens == u.input_tokens + u.output_tokens > 0


def test_max_output_tokens_makes_the_response_incomplete(client: TestClient) -> None:
    body = respond(tool_choice="none", max_output_tokens=3)
    done = client.post("/v1/responses", json=body).json()
    assert done["status"] == "incomplete"
    assert done["incomplete_details"] == {"reason": "max_output_tokens"}
    assert done["output"][-1]["status"] == "incomplete"
    events = sse_events(client.post("/v1/responses", json={**body, "stream": True}).text)
    assert events[-1]["type"] == "response.incomplete"


def test_json_schema_text_format_answers_json_that_fits(client: TestClient) -> None:
    schema = SCHEMAS["set_lights"]
    fmt = {"type": "json_schema", "name": "lights", "schema": schema, "strict": True}
    done = client.post(
        "/v1/responses",
        json=respond(tools=None, text={"format": fmt}, max_output_tokens=60),
    ).json()
    assert done["text"]["format"]["name"] == "lights"
    if done["status"] == "completed":
        jsonschema.validate(json.loads(done["output"][0]["content"][0]["text"]), schema)


def test_the_response_echoes_the_request(client: TestClient) -> None:
    done = client.post(
        "/v1/responses",
        json=respond(model="gpt-4.1-mini", instructions="Be brief.", tool_choice="auto"),
    ).json()
    assert done["id"].startswith("resp_") and done["object"] == "response"
    assert done["model"] == "gpt-4.1-mini" and done["instructions"] == "Be brief."
    assert done["tool_choice"] == "auto" and done["parallel_tool_calls"] is True
    assert [t["name"] for t in done["tools"]] == list(SCHEMAS)
    assert all(t["strict"] is True for t in done["tools"])
    assert done["store"] is False and done["previous_response_id"] is None


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"tools": [{"type": "web_search"}]}, "tools[0].type"),
        ({"tools": [{"type": "file_search", "vector_store_ids": ["vs"]}]}, "tools[0].type"),
        ({"previous_response_id": "resp_123"}, "previous_response_id"),
        ({"conversation": "conv_123"}, "conversation"),
        ({"background": True}, "background"),
        (
            {"input": [{"role": "user", "content": [{"type": "input_image"}]}]},
            "input[0].content[0].type",
        ),
        ({"input": [{"type": "reasoning", "summary": []}]}, "input[0].type"),
        ({"input": [{"type": "function_call_output", "output": "x"}]}, "input[0]"),
        ({"tool_choice": {"type": "function", "name": "launch_rocket"}}, "tool_choice"),
        ({"tool_choice": {"type": "web_search_preview"}}, "tool_choice.type"),
        ({"text": {"format": {"type": "json_schema", "name": "x"}}}, "text.format"),
        ({"temperature": 3}, "temperature"),
        ({"max_output_tokens": 0}, "max_output_tokens"),
        ({"top_logprobs": 2}, "top_logprobs"),
    ],
)
def test_what_this_server_cannot_do_is_a_400_naming_the_field(
    client: TestClient, fields: dict[str, Any], param: str
) -> None:
    for stream in (False, True):
        r = client.post("/v1/responses", json=respond(**fields, stream=stream))
        assert r.status_code == 400, r.text
        error = r.json()["error"]
        assert error["type"] == "invalid_request_error"
        assert error["param"] == param, error


def test_a_schema_the_grammar_cannot_enforce_names_the_responses_field(client: TestClient) -> None:
    schema = {"type": "object", "properties": {"x": {"type": 5}}}
    bad = {**FLAT_TOOLS[0], "parameters": schema}
    r = client.post("/v1/responses", json=respond(tools=[bad], stream=True))
    assert r.status_code == 400 and r.json()["error"]["param"] == "tools[0].parameters"
    fmt = {"type": "json_schema", "name": "x", "schema": schema, "strict": True}
    r = client.post("/v1/responses", json=respond(tools=None, text={"format": fmt}))
    assert r.status_code == 400 and r.json()["error"]["param"].startswith("text.format")


def test_an_unknown_model_is_a_404_when_any_model_is_not_accepted(make_client: Any) -> None:
    client = make_client(accept_any_model=False)
    r = client.post("/v1/responses", json=respond(model="gpt-4.1"))
    assert r.status_code == 404 and r.json()["error"]["code"] == "model_not_found"
    assert client.post("/v1/responses", json=respond(max_output_tokens=4)).status_code == 200


def test_a_failure_after_the_stream_starts_is_an_error_event(make_client: Any) -> None:
    client = make_client(load=broken_loader)
    r = client.post("/v1/responses", json=respond())
    assert r.status_code == 500 and r.json()["error"]["type"] == "server_error"
    r = client.post("/v1/responses", json=respond(stream=True))
    assert r.status_code == 200
    events = sse_events(r.text)
    assert [e["type"] for e in events] == ["response.created", "response.in_progress", "error"]
    error = EVENTS.validate_python(events[-1])
    assert error.sequence_number == 2 and r.headers["x-request-id"] in error.message
    assert events[-1]["error"]["type"] == "server_error"  # the envelope, as for chat


def test_requests_are_prepared_like_chat_ones(make_client: Any) -> None:
    """The schema-size limit and the relaxation header of `app.prepare` apply here too."""
    client = make_client(max_schema_bytes=1024)
    cities = {"type": "string", "enum": [f"city-{i:04d}" for i in range(200)]}
    big = {**FLAT_TOOLS[0], "parameters": {"type": "object", "properties": {"city": cities}}}
    r = client.post("/v1/responses", json=respond(tools=[big], stream=True))
    assert r.status_code == 400 and r.json()["error"]["param"] == "tools"
    relaxed = {**FLAT_TOOLS[2], "strict": False, "parameters": {**SCHEMAS["set_lights"]}}
    relaxed["parameters"]["properties"] = {
        "room": {"type": "string", "minLength": 5, "maxLength": 2}
    }
    r = client.post("/v1/responses", json=respond(tools=[relaxed], max_output_tokens=8))
    assert r.status_code == 200 and r.headers["x-thimble-answered-by"] == "student"
    assert "x-thimble-relaxed" in r.headers
