"""The real server (`thimble serve`, default weights) through openai-python: `create` with every
tool_choice form and parallel calls on and off, `stream` checked through the SDK's own
accumulation, and `parse` with pydantic response formats and strict function tools ($ref, anyOf,
nullable). Most tests check that answers parse and validate, whatever the weights; the last one
checks that the shipped model answers the README's request with the call the README shows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated, Any, Literal

import jsonschema
import openai
import pytest
from pydantic import BaseModel, Field

from tests.app.checks import SCHEMAS, TOOLS, USER
from tests.test_readme import README, fenced_blocks


class Unit(StrEnum):
    CELSIUS = "celsius"
    FAHRENHEIT = "fahrenheit"


class Place(BaseModel):
    city: Annotated[str, Field(max_length=8)]
    country: Literal["FR", "JP", "US"]


class Reading(BaseModel):
    """$ref (Unit, Place), anyOf (when), nullable (alt), bounded integer."""

    unit: Unit
    place: Place
    alt: Place | None
    when: Literal["now", "later"] | Place
    rain: bool
    days: Annotated[int, Field(ge=1, le=7)]


READING = openai.pydantic_function_tool(Reading, name="record_reading")
PLACE = openai.pydantic_function_tool(Place, name="pick_place")
MESSAGES: Any = [{"role": "user", "content": "Log today's weather reading for Paris."}]


@pytest.fixture(scope="module")
def oai(server: str) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(base_url=server, api_key="unused", max_retries=0, timeout=60) as client:
        yield client


def named(name: str) -> dict[str, Any]:
    return {"type": "function", "function": {"name": name}}


def allowed(mode: str, *names: str) -> dict[str, Any]:
    return {
        "type": "allowed_tools",
        "allowed_tools": {"mode": mode, "tools": [named(n) for n in names]},
    }


CHOICES: list[tuple[Any, set[str] | None, bool]] = [
    # (tool_choice, names it allows (None: no calls), whether a call is required)
    ("none", None, False),
    ("auto", set(SCHEMAS), False),
    ("required", set(SCHEMAS), True),
    (named("set_lights"), {"set_lights"}, True),
    (allowed("auto", "set_timer", "set_lights"), {"set_timer", "set_lights"}, False),
    (allowed("required", "get_weather"), {"get_weather"}, True),
]


@pytest.mark.parametrize("parallel", [True, False])
@pytest.mark.parametrize(("choice", "names", "required"), CHOICES)
def test_create_obeys_tool_choice(
    oai: openai.OpenAI, choice: Any, names: set[str] | None, required: bool, parallel: bool
) -> None:
    done = oai.chat.completions.create(
        model="gpt-4o-mini",
        messages=USER,  # type: ignore[arg-type]
        tools=TOOLS,  # type: ignore[arg-type]
        tool_choice=choice,
        parallel_tool_calls=parallel,
        max_tokens=40,
        temperature=0,
    )
    assert done.model == "gpt-4o-mini" and done.id.startswith("chatcmpl-")
    choice0 = done.choices[0]
    calls = choice0.message.tool_calls or []
    if names is None:
        assert calls == [] and isinstance(choice0.message.content, str)
    else:
        assert {c.function.name for c in calls} <= names
    if required:
        assert calls
    if not parallel or (isinstance(choice, dict) and choice["type"] == "function"):
        assert len(calls) <= 1
    if choice0.finish_reason != "length":
        assert (choice0.finish_reason == "tool_calls") == bool(calls)
        assert choice0.message.content is None or not calls
    complete = calls[:-1] if choice0.finish_reason == "length" else calls
    for call in complete:
        assert call.type == "function" and call.id.startswith("call_")
        jsonschema.validate(json.loads(call.function.arguments), SCHEMAS[call.function.name])
    assert len({c.id for c in calls}) == len(calls)
    assert done.usage is not None
    assert done.usage.total_tokens == done.usage.prompt_tokens + done.usage.completion_tokens


def stream_and_create(oai: openai.OpenAI, **request: Any) -> tuple[Any, dict[int, str], Any]:
    """The SDK's accumulated stream, the argument fragments per call index, and the same
    request without streaming (greedy, so it must be the same answer)."""
    fragments: dict[int, str] = {}
    with oai.chat.completions.stream(**request) as stream:
        for event in stream:
            if event.type == "tool_calls.function.arguments.delta":
                fragments[event.index] = fragments.get(event.index, "") + event.arguments_delta
        final = stream.get_final_completion()
    return final, fragments, oai.chat.completions.create(**request)


def calls_of(completion: Any) -> list[tuple[str, str]]:
    return [
        (c.function.name, c.function.arguments)
        for c in completion.choices[0].message.tool_calls or []
    ]


def test_stream_of_a_strict_pydantic_tool_matches_create(oai: openai.OpenAI) -> None:
    final, fragments, plain = stream_and_create(
        oai,
        model="thimble",
        messages=MESSAGES,
        tools=[READING, PLACE],
        tool_choice=named("record_reading"),
        max_tokens=200,
        temperature=0,
    )
    assert final.choices[0].finish_reason == "tool_calls"
    assert final.choices[0].message.content is None
    ((name, arguments),) = calls_of(final)
    assert name == "record_reading"
    assert fragments == {0: arguments}
    parsed = final.choices[0].message.tool_calls[0].function.parsed_arguments
    assert isinstance(parsed, Reading) and parsed == Reading.model_validate_json(arguments)
    assert calls_of(plain) == calls_of(final)


def test_stream_of_parallel_calls_matches_create(oai: openai.OpenAI) -> None:
    # not strict: the SDK would refuse to parse a stream cut off at max_tokens
    final, fragments, plain = stream_and_create(
        oai,
        model="thimble",
        messages=USER,
        tools=TOOLS[1:],
        tool_choice="required",
        max_tokens=48,
        temperature=0,
    )
    calls = calls_of(final)
    assert calls and fragments == {i: args for i, (_, args) in enumerate(calls)}
    assert calls_of(plain) == calls
    assert plain.choices[0].finish_reason == final.choices[0].finish_reason


def test_parse_with_a_pydantic_response_format(oai: openai.OpenAI) -> None:
    done = oai.chat.completions.parse(
        model="thimble", messages=MESSAGES, response_format=Reading, max_tokens=200
    )
    message = done.choices[0].message
    assert isinstance(message.parsed, Reading)
    assert message.parsed == Reading.model_validate_json(message.content or "")


def test_parse_with_pydantic_function_tools(oai: openai.OpenAI) -> None:
    done = oai.chat.completions.parse(
        model="thimble",
        messages=MESSAGES,
        tools=[READING, PLACE],
        tool_choice="required",
        parallel_tool_calls=False,
        max_tokens=200,
    )
    (call,) = done.choices[0].message.tool_calls or []
    model = {"record_reading": Reading, "pick_place": Place}[call.function.name]
    assert isinstance(call.function.parsed_arguments, model)


def test_errors_arrive_as_typed_sdk_exceptions(oai: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as bad:
        oai.chat.completions.create(model="thimble", messages=USER, n=2)  # type: ignore[arg-type]
    assert bad.value.param == "n" and bad.value.type == "invalid_request_error"
    with pytest.raises(openai.BadRequestError) as bad:
        oai.chat.completions.create(
            model="thimble",
            messages=USER,  # type: ignore[arg-type]
            tools=TOOLS,  # type: ignore[arg-type]
            tool_choice=named("launch_rocket"),  # type: ignore[arg-type]
            stream=True,
        )
    assert bad.value.param == "tool_choice"


def test_models_are_listed_and_retrieved(oai: openai.OpenAI) -> None:
    assert [m.id for m in oai.models.list()] == ["thimble"]
    assert oai.models.retrieve("gpt-4o-mini").id == "gpt-4o-mini"  # any name is accepted


def test_the_shipped_model_answers_the_readme_request_as_documented(oai: openai.OpenAI) -> None:
    """The first five minutes: the README's curl request, sent to the server on the shipped
    weights, gets the very call the README shows."""
    blocks = [
        json.loads(code) for lang, code in fenced_blocks(README.read_text()) if lang == "json"
    ]
    body = next(b for b in blocks if "tools" in b and "messages" in b)
    documented = next(b for b in blocks if b.get("object") == "chat.completion")
    want = documented["choices"][0]["message"]["tool_calls"][0]["function"]
    got = oai.chat.completions.create(**body).choices[0].message.tool_calls
    assert got and len(got) == 1
    assert got[0].function.name == want["name"]
    assert json.loads(got[0].function.arguments) == json.loads(want["arguments"])
