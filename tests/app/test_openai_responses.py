"""The real server (`thimble serve`, default weights) through openai-python's Responses API:
`client.responses.create` plain, streamed through the SDK's own `responses.stream` accumulation,
and continued with `function_call_output` items (no server-side state: the whole conversation
goes back as `input`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import jsonschema
import openai
import pytest

from tests.app.checks import SCHEMAS, TOOLS

FLAT_TOOLS: Any = [{"type": "function", **t["function"]} for t in TOOLS]
ASK = "What's the weather in Paris? And a 5 minute tea timer."


@pytest.fixture(scope="module")
def oai(server: str) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(base_url=server, api_key="unused", max_retries=0, timeout=60) as client:
        yield client


def calls_of(response: Any) -> list[tuple[str, str]]:
    return [(o.name, o.arguments) for o in response.output if o.type == "function_call"]


def test_create_answers_function_calls(oai: openai.OpenAI) -> None:
    done = oai.responses.create(
        model="gpt-4.1-mini",
        input=ASK,
        tools=FLAT_TOOLS,
        tool_choice="required",
        max_output_tokens=64,
        temperature=0,
    )
    assert done.id.startswith("resp_") and done.model == "gpt-4.1-mini"
    assert done.status == "completed"
    calls = calls_of(done)
    assert calls
    for name, arguments in calls:
        jsonschema.validate(json.loads(arguments), SCHEMAS[name])
    assert done.usage is not None
    assert done.usage.total_tokens == done.usage.input_tokens + done.usage.output_tokens


def test_stream_accumulates_to_the_created_response(oai: openai.OpenAI) -> None:
    request: Any = {
        "model": "thimble",
        "input": ASK,
        "tools": FLAT_TOOLS,
        "tool_choice": {"type": "function", "name": "get_weather"},
        "max_output_tokens": 64,
        "temperature": 0,
    }
    deltas: list[str] = []
    types: list[str] = []
    with oai.responses.stream(**request) as stream:
        for event in stream:
            types.append(event.type)
            if event.type == "response.function_call_arguments.delta":
                deltas.append(event.delta)
        final = stream.get_final_response()
    assert types[:3] == ["response.created", "response.in_progress", "response.output_item.added"]
    assert types[-1] == "response.completed"
    ((name, arguments),) = calls_of(final)
    assert name == "get_weather" and "".join(deltas) == arguments
    assert calls_of(oai.responses.create(**request)) == calls_of(final)


def test_function_call_output_continues_the_conversation(oai: openai.OpenAI) -> None:
    first = oai.responses.create(
        model="thimble",
        input=ASK,
        tools=FLAT_TOOLS,
        tool_choice="required",
        max_output_tokens=64,
    )
    calls = [o for o in first.output if o.type == "function_call"]
    assert calls
    history: Any = [
        {"role": "user", "content": ASK},
        *[c.model_dump(exclude_none=True) for c in calls],  # sent back as they came
        *[{"type": "function_call_output", "call_id": c.call_id, "output": "done"} for c in calls],
    ]
    reply = oai.responses.create(
        model="thimble", input=history, tools=FLAT_TOOLS, tool_choice="none", max_output_tokens=40
    )
    assert [o.type for o in reply.output] == ["message"]
    assert isinstance(reply.output_text, str)
    # and with the model free to choose: text or more calls, each of them valid
    again = oai.responses.create(model="thimble", input=history, tools=FLAT_TOOLS)
    for name, arguments in calls_of(again):
        jsonschema.validate(json.loads(arguments), SCHEMAS[name])


def test_parse_with_a_pydantic_text_format(oai: openai.OpenAI) -> None:
    from tests.app.test_openai_client import Reading

    done = oai.responses.parse(
        model="thimble", input="Log today's weather reading for Paris.", text_format=Reading
    )
    assert isinstance(done.output_parsed, Reading)


def test_errors_arrive_as_typed_sdk_exceptions(oai: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as bad:
        oai.responses.create(model="thimble", input=ASK, previous_response_id="resp_1")
    assert bad.value.param == "previous_response_id"
    with pytest.raises(openai.BadRequestError) as bad:
        oai.responses.create(model="thimble", input=ASK, tools=[{"type": "web_search"}])
    assert bad.value.param == "tools[0].type"
