"""The real server (`thimble serve`, default weights) under the agent frameworks people point at
an OpenAI-compatible server, used as their docs show:

- the OpenAI Agents SDK (`openai-agents`): an Agent with two function tools, `Runner.run` through
  `OpenAIResponsesModel` and through `OpenAIChatCompletionsModel`;
- pydantic-ai: an Agent with a tool and a structured output, over `OpenAIProvider(base_url=...)`,
  through its chat and its responses model;
- LiteLLM: `completion` with the `openai/` prefix and `api_base`, plain and streamed.

No network: tracing and telemetry are off, LiteLLM reads its bundled model map, and every socket
connection to anything but loopback fails the test (`loopback_only`). The tool choice is forced on
the first turn (as the frameworks allow), so each run makes a call whose arguments are checked.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import socket
from collections.abc import Iterator
from typing import Any, Literal

import jsonschema
import pytest
from pydantic import BaseModel

from tests.app.checks import SCHEMAS, TOOLS

QUIET = {
    "OPENAI_AGENTS_DISABLE_TRACING": "1",  # the Agents SDK's trace exporter
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",  # LiteLLM fetches its model map at import otherwise
    "LITELLM_TELEMETRY": "False",
    "OPENAI_API_KEY": "unused",  # nothing may fall back to a real key
}


def _loopback(host: Any) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


@pytest.fixture(scope="module", autouse=True)
def loopback_only() -> Iterator[list[Any]]:
    """The frameworks' environment switches set, and any connection or name lookup beyond
    loopback refused and remembered (the test then fails, even if a library swallowed it)."""
    refused: list[Any] = []
    connect, lookup = socket.socket.connect, socket.getaddrinfo

    def guarded_connect(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(address[0]):
            refused.append(address)
            raise OSError(f"test: no network ({address})")
        return connect(self, address)

    def guarded_lookup(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host is not None and not _loopback(host.decode() if isinstance(host, bytes) else host):
            refused.append(host)
            raise socket.gaierror(f"test: no network ({host})")
        return lookup(host, *args, **kwargs)

    with pytest.MonkeyPatch.context() as mp:
        for key, value in QUIET.items():
            mp.setenv(key, value)
        mp.setattr(socket.socket, "connect", guarded_connect)
        mp.setattr(socket, "getaddrinfo", guarded_lookup)
        yield refused
    assert not refused, f"a framework tried to reach {refused}"


Unit = Literal["celsius", "fahrenheit"]
ASK = "What's the weather in Paris in celsius?"


def check_call(name: str, arguments: dict[str, Any] | str) -> None:
    args = json.loads(arguments) if isinstance(arguments, str) else arguments
    jsonschema.validate(args, SCHEMAS[name])


# ---- OpenAI Agents SDK ---------------------------------------------------------------------------


def agents_run(server: str, api: Literal["responses", "chat"]) -> tuple[Any, list[tuple[str, Any]]]:
    from agents import (
        Agent,
        ModelSettings,
        OpenAIChatCompletionsModel,
        OpenAIResponsesModel,
        Runner,
        function_tool,
        set_tracing_disabled,
    )
    from openai import AsyncOpenAI

    set_tracing_disabled(True)
    ran: list[tuple[str, Any]] = []

    @function_tool
    def get_weather(city: str, unit: Unit) -> str:
        """Current weather for a city."""
        ran.append(("get_weather", {"city": city, "unit": unit}))
        return f"18 degrees {unit} and sunny in {city}"

    @function_tool
    def set_timer(minutes: int, label: str | None) -> str:
        """Start a countdown timer."""
        ran.append(("set_timer", {"minutes": minutes, "label": label}))
        return "timer started"

    client = AsyncOpenAI(base_url=server, api_key="unused", max_retries=0, timeout=60)
    model_class = OpenAIResponsesModel if api == "responses" else OpenAIChatCompletionsModel
    agent = Agent(
        name="assistant",
        instructions="Answer with the tools.",
        tools=[get_weather, set_timer],
        model=model_class(model="thimble", openai_client=client),
        # the first turn must call; the SDK resets the choice to auto after a tool has run
        model_settings=ModelSettings(tool_choice="get_weather", max_tokens=64, temperature=0),
    )

    async def run() -> Any:
        try:
            return await Runner.run(agent, ASK, max_turns=4)
        finally:
            await client.close()

    return asyncio.run(run()), ran


@pytest.mark.parametrize("api", ["responses", "chat"])
def test_openai_agents_runner_calls_a_tool_and_answers(server: str, api: Any) -> None:
    from agents import ToolCallItem, ToolCallOutputItem

    result, ran = agents_run(server, api)
    assert ran and ran[0][0] == "get_weather"
    for name, args in ran:
        check_call(name, args)
    calls = [i for i in result.new_items if isinstance(i, ToolCallItem)]
    outputs = [i for i in result.new_items if isinstance(i, ToolCallOutputItem)]
    assert len(calls) == len(outputs) == len(ran)
    assert isinstance(result.final_output, str)  # the turn after the tool result is text


# ---- pydantic-ai --------------------------------------------------------------------------------


class Lights(BaseModel):
    room: Literal["kitchen", "hall", "bedroom"]
    on: bool


@pytest.mark.parametrize("api", ["chat", "responses"])
def test_pydantic_ai_agent_runs_a_tool_and_returns_structured_output(server: str, api: str) -> None:
    from pydantic_ai import Agent
    from pydantic_ai.models.openai import OpenAIChatModel, OpenAIResponsesModel
    from pydantic_ai.providers.openai import OpenAIProvider

    provider = OpenAIProvider(base_url=server, api_key="unused")
    model_class = OpenAIChatModel if api == "chat" else OpenAIResponsesModel
    agent = Agent(
        model_class("thimble", provider=provider),
        output_type=Lights,
        instructions="Set the lights the user asks for.",
        model_settings={"temperature": 0, "max_tokens": 64},
    )
    result = agent.run_sync("Turn on the kitchen lights.")
    assert isinstance(result.output, Lights)  # through pydantic-ai's output tool, validated
    names = [
        part.tool_name
        for message in result.all_messages()
        for part in message.parts
        if part.part_kind == "tool-call"
    ]
    assert names and set(names) == {"final_result"}


# ---- LiteLLM ------------------------------------------------------------------------------------


def test_litellm_openai_route_calls_tools_plain_and_streamed(server: str) -> None:
    import litellm

    litellm.telemetry = False
    request: dict[str, Any] = {
        "model": "openai/thimble",
        "api_base": server,
        "api_key": "unused",
        "messages": [{"role": "user", "content": ASK}],
        "tools": TOOLS,
        "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
        "max_tokens": 64,
        "temperature": 0,
    }
    done = litellm.completion(**request)
    (call,) = done.choices[0].message.tool_calls
    assert call.function.name == "get_weather" and call.id.startswith("call_")
    check_call(call.function.name, call.function.arguments)
    assert done.choices[0].finish_reason == "tool_calls"
    chunks = list(litellm.completion(**request, stream=True))
    rebuilt = litellm.stream_chunk_builder(chunks)
    assert rebuilt is not None
    (streamed,) = rebuilt.choices[0].message.tool_calls
    assert (streamed.function.name, streamed.function.arguments) == (
        call.function.name,
        call.function.arguments,
    )
