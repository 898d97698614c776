"""The prompt/answer format: multi-turn conversations with tool results, tools, answers."""

from __future__ import annotations

import json
from dataclasses import replace

from model.format import (
    Answer,
    Call,
    Tool,
    answer_from_row,
    answer_ids,
    build_prompt,
    flatten_prompt,
    messages_from_openai,
    tool_text,
)
from model.tokenizer import (
    ARGS,
    ASSISTANT,
    BOS,
    CALL,
    EOS,
    TEXT,
    TOOL,
    TOOL_RESULT,
    USER,
    ThimbleTokenizer,
)

TIMER = Tool(
    "set_timer",
    "Start a countdown timer.",
    {
        "type": "object",
        "properties": {
            "minutes": {"type": "integer", "description": "Length in minutes."},
            "unit": {"enum": ["s", "min"]},
            "tags": {"type": "array", "items": {"type": "string"}},
            "place": {"$ref": "#/$defs/Place"},
        },
        "required": ["minutes"],
        "$defs": {"Place": {"type": "object", "properties": {"room": {"type": "string"}}}},
    },
)

CONVERSATION = [
    {"role": "developer", "content": "Be brief."},
    {"role": "user", "content": [{"type": "text", "text": "set a 5 minute timer"}]},
    {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": "call_a",
                "type": "function",
                "function": {"name": "set_timer", "arguments": '{"minutes": 5}'},
            }
        ],
    },
    {"role": "tool", "tool_call_id": "call_a", "content": '{"ok": true}'},
    {"role": "user", "content": "thanks, another for 10"},
]


def test_compact_tool_text_lists_types_requirements_and_descriptions() -> None:
    text = tool_text(TIMER)
    assert text.splitlines() == [
        "set_timer: Start a countdown timer.",
        "- minutes (integer, required): Length in minutes.",
        '- unit (one of "s" | "min")',
        "- tags (array of string)",
        "- place ({room (string)})",
    ]
    assert json.loads(tool_text(TIMER, "json"))["name"] == "set_timer"


def test_multi_turn_conversation_with_tool_results_serialises_in_order(
    tokenizer: ThimbleTokenizer,
) -> None:
    messages = messages_from_openai(CONVERSATION)
    assert [m.role for m in messages] == ["system", "user", "assistant", "tool", "user"]
    assert messages[2].calls == (Call("set_timer", '{"minutes":5}'),)
    assert messages[3].name == "set_timer"  # labelled through tool_call_id
    prompt = build_prompt(tokenizer, [TIMER], messages, 192, 768)
    conv = prompt.conversation
    roles = [t for t in conv if t in (USER, ASSISTANT, TOOL_RESULT, CALL, ARGS)]
    assert roles == [USER, ASSISTANT, CALL, ARGS, TOOL_RESULT, USER]
    text = tokenizer.decode(conv)
    assert (
        text
        == 'Be brief.set a 5 minute timerset_timer{"minutes":5}set_timer: {"ok": true}thanks, another for 10'
    )
    assert prompt.tools[0][0] == TOOL


def test_conversation_keeps_its_most_recent_tokens(tokenizer: ThimbleTokenizer) -> None:
    messages = messages_from_openai(
        [{"role": "user", "content": "word " * 500}, {"role": "user", "content": "last"}]
    )
    prompt = build_prompt(tokenizer, [], messages, 192, 64)
    assert len(prompt.conversation) == 64
    assert tokenizer.decode(prompt.conversation).endswith("last")


def test_flatten_gives_each_tool_its_own_positions_and_segment(tokenizer: ThimbleTokenizer) -> None:
    prompt = build_prompt(tokenizer, [TIMER, TIMER], messages_from_openai(CONVERSATION), 192, 768)
    ids, pos, seg = flatten_prompt(prompt, isolation=True)
    n0, n1 = len(prompt.tools[0]), len(prompt.tools[1])
    assert pos[:n0] == list(range(n0)) and pos[n0 : n0 + n1] == list(range(n1))
    assert seg[:n0] == [2] * n0 and seg[n0 : n0 + n1] == [3] * n1 and set(seg[n0 + n1 :]) == {1}
    _, pos_full, _ = flatten_prompt(prompt, isolation=False)
    assert pos_full == list(range(len(ids)))


def test_answers_serialise_calls_or_text(tokenizer: ThimbleTokenizer) -> None:
    row = {
        "answer": {
            "content": None,
            "tool_calls": [{"name": "set_timer", "arguments": {"minutes": 10}}],
        }
    }
    answer = answer_from_row(row)
    assert answer == Answer((Call("set_timer", '{"minutes":10}'),))
    ids = answer_ids(tokenizer, answer)
    assert ids[:2] == [BOS, CALL] and ids[-1] == EOS and ARGS in ids
    text = answer_ids(tokenizer, Answer(content="Hello!"))
    assert text[:2] == [BOS, TEXT] and tokenizer.decode(text) == "Hello!"


def test_tool_key_changes_with_the_schema() -> None:
    other = Tool(TIMER.name, TIMER.description, {**TIMER.parameters, "required": []})
    assert TIMER.key != other.key and TIMER.key == replace(TIMER).key
