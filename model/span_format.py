"""Student 2's prompt and answer format: WordPiece text in, BPE actions and copied spans out.

Encoder input (MiniLM's lowercase WordPiece, `model.minilm.WordPiece`): each tool's
`model.format.tool_text` alone, and the conversation as plain lines:

    system: You are a helpful assistant.
    user: what's the weather in San Francisco?
    assistant: call get_weather {"city":"San Francisco"}
    tool: get_weather: {"temp":18}

Decoder output: the student's BPE ids as in `model.format`, except that an argument value which
occurs in the conversation is one COPY action (id `vocab_size`) with a pointer to its first and
last WordPiece token. The engine inserts the original characters (case, accents, punctuation
intact, JSON-escaped) through the grammar. A string is copied after its opening quote, so the
action inserts its escaped text and the closing quote; a number is copied at the value's start.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from model.format import Call, Message
from model.minilm import Pieces, WordPiece

Slot = Literal["string", "value"]


@dataclass(frozen=True)
class Conversation:
    """The rendered conversation, its WordPiece tokens, and where user text lies in it."""

    text: str
    pieces: Pieces
    user: list[tuple[int, int]]  # character ranges of user message contents


def _call_text(c: Call) -> str:
    return f"call {c.name} {c.arguments}"


def render(messages: list[Message]) -> tuple[str, list[tuple[int, int]]]:
    """The conversation as text, and the character ranges of user contents in it."""
    lines, user, at = [], [], 0
    for m in messages:
        head = f"{m.role}: " + (f"{m.name}: " if m.role == "tool" and m.name else "")
        body = " ".join([*([m.content] if m.content else []), *map(_call_text, m.calls)])
        if m.role == "user" and m.content:
            user.append((at + len(head), at + len(head) + len(m.content)))
        lines.append(head + body)
        at += len(lines[-1]) + 1
    return "\n".join(lines), user


def conversation(wp: WordPiece, messages: list[Message], max_tokens: int) -> Conversation:
    """The most recent `max_tokens` WordPiece tokens of the conversation."""
    text, user = render(messages)
    return Conversation(text, wp.encode(text, max_tokens, keep="tail"), user)


def find_span(conv: Conversation, value: str) -> tuple[int, int] | None:
    """Token indices (first, last) of `value` in the conversation, case-exact and on token
    boundaries; the last occurrence in a user message wins, then the last anywhere."""
    starts = {s: i for i, (s, e) in enumerate(conv.pieces.offsets) if e > s}
    ends = {e: i for i, (s, e) in enumerate(conv.pieces.offsets) if e > s}
    found: list[tuple[bool, int, tuple[int, int]]] = []
    at = conv.text.find(value)
    while value and at >= 0:
        end = at + len(value)
        if at in starts and end in ends and starts[at] <= ends[end]:
            in_user = any(a <= at and end <= b for a, b in conv.user)
            found.append((in_user, at, (starts[at], ends[end])))
        at = conv.text.find(value, at + 1)
    return max(found)[2] if found else None


def span_text(conv: Conversation, first: int, last: int) -> str:
    return conv.text[conv.pieces.offsets[first][0] : conv.pieces.offsets[last][1]]


# ---- answers -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Piece:
    """Part of a call's argument JSON: text the decoder writes, or a value it copies."""

    text: str  # the JSON text this piece contributes
    kind: Literal["format", "value", "copy"]
    span: tuple[int, int] | None = None  # for "copy": WordPiece token indices in the conversation
    decisions: tuple[int, ...] = ()  # for "format": characters where the model chooses


def args_pieces(args: dict[str, Any], conv: Conversation, max_span: int) -> list[Piece]:
    """The argument object as pieces whose texts join to `model.format.dump_args(args)`."""
    out: list[Piece] = []

    def span(value: str) -> tuple[int, int] | None:
        s = find_span(conv, value)
        return s if s is not None and s[1] - s[0] < max_span else None

    def fmt(text: str, decisions: tuple[int, ...] = ()) -> None:
        out.append(Piece(text, "format", decisions=decisions))

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            fmt("{")
            for i, (k, val) in enumerate(v.items()):
                key = ("," if i else "") + json.dumps(k, ensure_ascii=False) + ":"
                fmt(key, (0, 1) if not i else (0, 1, 2))
                walk(val)
            fmt("}", (0,))
        elif isinstance(v, list):
            fmt("[")
            for i, item in enumerate(v):
                if i:
                    fmt(",", (0,))
                walk(item)
            fmt("]", (0,))
        elif isinstance(v, str):
            s, where = json.dumps(v, ensure_ascii=False), span(v)
            fmt('"')
            out.append(Piece(s[1:], "copy" if where else "value", where))
        elif isinstance(v, int | float) and not isinstance(v, bool):
            s = json.dumps(v)
            where = span(s)
            out.append(Piece(s, "copy" if where else "value", where))
        else:
            out.append(Piece(json.dumps(v), "value"))

    walk(args)
    return out


def copy_slot(args: bytes) -> Slot | None:
    """Where a copy may go, from the argument JSON written so far (compact, as the grammar
    writes it): "string" right after a value's opening quote, "value" where a value starts,
    None elsewhere (inside a key or a value, or between them)."""
    stack: list[int] = []
    in_str = esc = False
    str_start = -1  # index of the opening quote of the current string
    for i, b in enumerate(args):
        if in_str:
            if esc:
                esc = False
            elif b == 0x5C:  # backslash
                esc = True
            elif b == 0x22:
                in_str = False
        elif b == 0x22:
            in_str, str_start = True, i
        elif b in b"{[":
            stack.append(b)
        elif b in b"}]" and stack:
            stack.pop()

    def value_start(at: int) -> bool:  # a value may begin right after args[at]
        if at < 0:
            return False
        c = args[at]
        return c in b":[" or (c == 0x2C and bool(stack) and stack[-1] == 0x5B)

    if in_str:
        return "string" if str_start == len(args) - 1 and value_start(str_start - 1) else None
    return "value" if value_start(len(args) - 1) else None


def copied_value(text: str, slot: Slot) -> str:
    """The JSON text a copy of `text` inserts: after a string's opening quote, its escaped
    characters and the closing quote; at a value's start, a number as it is written, else a
    string."""
    quoted = json.dumps(text, ensure_ascii=False)
    if slot == "string":
        return quoted[1:]
    try:
        number = json.loads(text)
    except ValueError:
        return quoted
    return text if isinstance(number, int | float) and not isinstance(number, bool) else quoted
