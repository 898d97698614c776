"""The real server through one agent framework: LangChain's `ChatOpenAI(...).bind_tools(...)`,
invoked, streamed (chunks summed the LangChain way) and continued with a tool result."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langchain_openai import ChatOpenAI
from pydantic import BaseModel


class SetLights(BaseModel):
    """Turn the lights in a room on or off."""

    room: Literal["kitchen", "hall", "bedroom"]
    on: bool


class SetTimer(BaseModel):
    """Start a countdown timer."""

    minutes: int
    label: Literal["tea", "eggs"] | None


ASK = "Turn on the kitchen lights."


@pytest.fixture(scope="module")
def llm(server: str) -> Iterator[ChatOpenAI]:
    yield ChatOpenAI(
        model="gpt-4o-mini",
        base_url=server,
        api_key="unused",  # type: ignore[arg-type]
        temperature=0,
        max_tokens=40,  # type: ignore[call-arg]
        max_retries=0,
        timeout=60,
    )


def named_calls(message: AIMessage) -> list[tuple[str, dict[str, Any]]]:
    return [(c["name"], c["args"]) for c in message.tool_calls]


@pytest.mark.parametrize("strict", [False, True])
def test_bind_tools_invoke_and_stream_agree(llm: ChatOpenAI, strict: bool) -> None:
    bound = llm.bind_tools([SetLights, SetTimer], tool_choice="SetLights", strict=strict)
    message = bound.invoke(ASK)
    assert isinstance(message, AIMessage) and not message.invalid_tool_calls
    ((name, args),) = named_calls(message)
    assert name == "SetLights" and SetLights.model_validate(args)
    assert message.tool_calls[0]["id"].startswith("call_")
    chunks = list(bound.stream(ASK))
    total = chunks[0]
    for chunk in chunks[1:]:
        total += chunk
    assert named_calls(total) == named_calls(message)  # type: ignore[arg-type]


def test_a_tool_result_continues_the_conversation(llm: ChatOpenAI) -> None:
    bound = llm.bind_tools([SetLights, SetTimer], tool_choice="any")
    first = bound.invoke(ASK)
    assert first.tool_calls
    results = [ToolMessage("done", tool_call_id=c["id"]) for c in first.tool_calls]
    reply = llm.bind_tools([SetLights, SetTimer]).invoke([HumanMessage(ASK), first, *results])
    assert isinstance(reply, AIMessage)
    assert reply.tool_calls or isinstance(reply.content, str)
