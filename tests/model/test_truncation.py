"""Truncation keeps the system message and the latest turns, and says what it left out; a tool
text over its limit is logged; the caches share one byte budget across their kinds."""

from __future__ import annotations

import logging

import pytest

from model.caches import Caches
from model.format import Message, Tool, build_prompt, message_ids
from model.generate import Engine, Request, collect
from model.grammar import ToolChoice
from model.tokenizer import SYSTEM, USER, ThimbleTokenizer
from model.truncation import fit_conversation
from model.weights import DEFAULT_TOKENIZER
from tests.tiny import tiny_student


@pytest.fixture(scope="module")
def tok() -> ThimbleTokenizer:
    return ThimbleTokenizer.load(DEFAULT_TOKENIZER)


def size(tok: ThimbleTokenizer, messages: list[Message]) -> int:
    return sum(len(message_ids(tok, m)) for m in messages)


def conversation(turns: int, words: int = 30) -> list[Message]:
    system = Message("system", "You are a careful assistant. " * 3)
    talk = [Message("user", f"turn {i}: " + "blue sky " * words) for i in range(turns)]
    return [system, *talk]


def test_short_conversation_is_untouched(tok: ThimbleTokenizer) -> None:
    messages = conversation(2, 5)
    kept, report = fit_conversation(tok, messages, 768)
    assert kept == messages and report is None


def test_long_conversation_keeps_system_and_latest_turns(tok: ThimbleTokenizer) -> None:
    messages = conversation(40)
    kept, report = fit_conversation(tok, messages, 256)
    assert kept[0] == messages[0] and kept[-1] == messages[-1]
    assert kept[1:] == messages[len(messages) - len(kept) + 1 :]  # the latest, in order
    assert size(tok, kept) <= 256
    assert report is not None and report.dropped_messages == len(messages) - len(kept)
    assert report.total_tokens == size(tok, messages) and report.kept_tokens == size(tok, kept)
    assert report.header().startswith(f"messages={report.dropped_messages}; cut=0; tokens=")


def test_the_prompt_starts_with_the_system_message(tok: ThimbleTokenizer) -> None:
    """The encoder's conversation, as the engine builds it, opens with the system message."""
    prompt = build_prompt(tok, [], fit_conversation(tok, conversation(40), 256)[0], 192, 256)
    assert prompt.conversation[0] == SYSTEM


def test_latest_message_alone_over_the_limit_keeps_its_tail(tok: ThimbleTokenizer) -> None:
    last = Message("user", "start " + "word " * 400 + "the very end")
    kept, report = fit_conversation(tok, [Message("system", "Be brief."), last], 64)
    assert [m.role for m in kept] == ["system", "user"]
    assert kept[1].content is not None and kept[1].content.endswith("the very end")
    assert size(tok, kept) <= 64 and report is not None and report.cut_messages == 1


def test_long_system_message_keeps_its_head_and_half_the_room(tok: ThimbleTokenizer) -> None:
    system = Message("system", "Rule one. " + "more rules " * 300)
    kept, report = fit_conversation(tok, [system, Message("user", "hi")], 128)
    assert kept[0].content is not None and kept[0].content.startswith("Rule one.")
    assert len(message_ids(tok, kept[0])) <= 64 and kept[1] == Message("user", "hi")
    assert report is not None and report.cut_messages == 1


def test_engine_sees_the_system_message_of_a_long_conversation(tok: ThimbleTokenizer) -> None:
    engine = Engine(tiny_student(), tok)
    limit = engine.cfg.max_prompt_tokens
    messages = conversation(limit // 20)
    assert size(tok, messages) > limit
    prompt = build_prompt(
        tok, [], fit_conversation(tok, messages, limit)[0], engine.cfg.max_tool_tokens, limit
    )
    assert prompt.conversation[0] == SYSTEM and USER in prompt.conversation


def test_tool_text_cut_at_its_limit_is_logged(
    tok: ThimbleTokenizer, caplog: pytest.LogCaptureFixture
) -> None:
    engine = Engine(tiny_student(), tok)
    tool = Tool("wordy", "explains " * 500, {"type": "object", "properties": {}})
    request = Request([tool], [Message("user", "go")], ToolChoice("auto"))
    with caplog.at_level(logging.WARNING, logger="model.truncation"):
        collect(engine.stream(request))
    assert any("'wordy'" in r.getMessage() and "cut at" in r.getMessage() for r in caplog.records)


def test_caches_share_one_budget_across_kinds() -> None:
    caches = Caches(budget_mb=1)
    for i in range(100):
        caches.put("tool", i, object(), 100_000)
        caches.put("grammar", i, object(), 50_000)
        caches.put("validator", i, object(), 10_000)
    usage = caches.usage()
    assert caches.nbytes == sum(b for _, b in usage.values()) <= 2**20
    assert all(n > 0 for n, _ in usage.values())  # the latest of every kind are kept
    assert caches.get("tool", 99) is not None and caches.get("tool", 0) is None
    caches.put("tool", "huge", object(), 2**21)  # over the whole budget: not kept
    assert caches.get("tool", "huge") is None
    assert caches.hits["tool"] == 1 and caches.misses["tool"] == 2
