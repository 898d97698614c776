"""The prompt and answer format: the one place that says how requests become token ids.

Encoder input, a set of isolated tool segments plus one conversation segment:

    tool segment    <|tool|>set_timer: Start a countdown timer.
                    - minutes (integer, required): Length in minutes.
                    - unit (one of "s" | "min"): ...
    conversation    <|system|>You are ...<|user|>set a 5 minute timer
                    <|assistant|><|call|>set_timer<|args|>{"minutes":5}
                    <|tool_result|>set_timer: {"ok":true}<|user|>thanks, another for 10

`compact` tool segments (above) list each parameter on one line with its type, `required`, enum
members and description, nested objects inline in braces; `json` segments are the function's
JSON text. Tool segments carry their own positions from 0 (see `model.student`), so their order
in a request does not matter.

Decoder output, after <|bos|>, is either zero or more calls or a text answer, then <|eos|>:

    calls   <|call|>NAME<|args|>{"minutes":5}<|call|>NAME<|args|>{...}<|eos|>
    text    <|text|>Any text, or JSON when response_format asks for it<|eos|>

Arguments are compact JSON (no spaces), keys in the schema's property order, exactly the bytes
the API returns as `arguments`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from model.tokenizer import (
    ARGS,
    ASSISTANT,
    BOS,
    CALL,
    EOS,
    SYSTEM,
    TEXT,
    TOOL,
    TOOL_RESULT,
    USER,
    ThimbleTokenizer,
)

Role = Literal["system", "user", "assistant", "tool"]
ROLE_TOKEN = {"system": SYSTEM, "user": USER, "assistant": ASSISTANT, "tool": TOOL_RESULT}


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    parameters: dict[str, Any]
    strict: bool = False

    @cached_property  # read by the grammar, tool and validator caches of every request
    def key(self) -> str:
        """Cache key: a hash of everything the encoder and the grammar read, in its order.

        Property order matters: the tool's text lists the parameters in that order and the
        grammar emits them in it, so a tool offered again with its properties reordered is
        another tool (one key for both served the first order's text beside the second
        order's grammar, and the model closed objects early)."""
        blob = json.dumps([self.name, self.description, self.parameters], ensure_ascii=False)
        return hashlib.sha256(blob.encode()).hexdigest()

    @classmethod
    def from_openai(cls, tool: dict[str, Any]) -> Tool:
        fn = tool["function"]
        params = fn.get("parameters") or {"type": "object", "properties": {}}
        return cls(fn["name"], fn.get("description") or "", params, bool(fn.get("strict")))


@dataclass(frozen=True)
class Call:
    name: str
    arguments: str  # compact JSON text of an object


@dataclass(frozen=True)
class Message:
    role: Role
    content: str | None = None
    calls: tuple[Call, ...] = ()
    name: str | None = None  # for tool results: the function whose result this is


@dataclass(frozen=True)
class Answer:
    calls: tuple[Call, ...] = ()
    content: str | None = None


@dataclass
class Prompt:
    """Token ids of one request: per-tool segments and the conversation."""

    tools: list[list[int]]
    conversation: list[int]
    tool_keys: list[str] = field(default_factory=list)


def dump_args(args: dict[str, Any]) -> str:
    return json.dumps(args, separators=(",", ":"), ensure_ascii=False)


# ---- tools -------------------------------------------------------------------------------------


def _type_text(schema: dict[str, Any], defs: dict[str, Any], depth: int = 0) -> str:
    """A short human-readable type: `integer`, `one of "a" | "b"`, `array of string`, `{...}`."""
    if "$ref" in schema:
        schema = defs.get(schema["$ref"].rsplit("/", 1)[-1], {}) if depth < 4 else {}
    if "enum" in schema:
        return "one of " + " | ".join(json.dumps(v, ensure_ascii=False) for v in schema["enum"])
    if "const" in schema:
        return "always " + json.dumps(schema["const"], ensure_ascii=False)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return " or ".join(_type_text(s, defs, depth + 1) for s in schema[key])
    t = schema.get("type", "any")
    if isinstance(t, list):
        return " or ".join(t)
    if t == "array":
        return "array of " + _type_text(schema.get("items", {}), defs, depth + 1)
    if t == "object" and "properties" in schema and depth < 4:
        return "{" + "; ".join(_param_lines(schema, defs, depth + 1)) + "}"
    return str(t)


def _param_lines(schema: dict[str, Any], defs: dict[str, Any], depth: int) -> list[str]:
    required = set(schema.get("required", []))
    lines = []
    for name, sub in schema.get("properties", {}).items():
        sub = sub if isinstance(sub, dict) else {}
        tags = _type_text(sub, defs, depth) + (", required" if name in required else "")
        desc = sub.get("description", "")
        lines.append(f"{name} ({tags})" + (f": {desc}" if desc else ""))
    return lines


def tool_text(tool: Tool, style: str = "compact") -> str:
    if style == "json":
        fn = {"name": tool.name, "description": tool.description, "parameters": tool.parameters}
        return json.dumps(fn, ensure_ascii=False)
    defs = tool.parameters.get("$defs", tool.parameters.get("definitions", {}))
    lines = [f"{tool.name}: {tool.description}".rstrip(": ")]
    lines += ["- " + line for line in _param_lines(tool.parameters, defs, 0)]
    return "\n".join(lines)


# ---- conversation and answer -------------------------------------------------------------


def _call_ids(tok: ThimbleTokenizer, calls: tuple[Call, ...]) -> list[int]:
    ids: list[int] = []
    for c in calls:
        ids += [CALL, *tok.encode(c.name), ARGS, *tok.encode(c.arguments)]
    return ids


def message_ids(tok: ThimbleTokenizer, m: Message) -> list[int]:
    ids = [ROLE_TOKEN[m.role]]
    if m.role == "tool" and m.name:
        ids += tok.encode(f"{m.name}: ")
    if m.content:
        ids += tok.encode(m.content)
    return ids + _call_ids(tok, m.calls)


def tool_segment(tok: ThimbleTokenizer, tool: Tool, max_tokens: int, style: str) -> list[int]:
    return [TOOL, *tok.encode(tool_text(tool, style))][:max_tokens]


def build_prompt(
    tok: ThimbleTokenizer,
    tools: list[Tool],
    messages: list[Message],
    max_tool_tokens: int,
    max_prompt_tokens: int,
    tool_style: str = "compact",
    tool_ids: Callable[[Tool], list[int]] | None = None,
) -> Prompt:
    """Tokenise a request; the conversation keeps its most recent `max_prompt_tokens` tokens.
    `tool_ids` gives a tool's segment when the caller has it already (the engine caches them)."""
    segs = [
        tool_ids(t) if tool_ids else tool_segment(tok, t, max_tool_tokens, tool_style)
        for t in tools
    ]
    conv = [i for m in messages for i in message_ids(tok, m)][-max_prompt_tokens:]
    return Prompt(segs, conv, [t.key for t in tools])


def flatten_prompt(p: Prompt, isolation: bool) -> tuple[list[int], list[int], list[int]]:
    """(ids, positions, segment ids) of the whole encoder input, as `Student.encode` takes them."""
    ids, pos, seg = [], [], []
    for k, part in enumerate([*p.tools, p.conversation]):
        ids += part
        start = 0 if isolation else len(pos)
        pos += range(start, start + len(part))
        seg += [k + 2 if k < len(p.tools) else 1] * len(part)
    return ids, pos, seg


def answer_ids(tok: ThimbleTokenizer, a: Answer) -> list[int]:
    """Decoder input for teacher forcing: <|bos|> ... <|eos|>."""
    body = _call_ids(tok, a.calls) if a.calls else [TEXT, *tok.encode(a.content or "")]
    return [BOS, *body, EOS]


# ---- from OpenAI-shaped dicts (requests and JSONL rows) ----------------------------------


def messages_from_openai(raw: list[dict[str, Any]]) -> list[Message]:
    """OpenAI chat messages to `Message`s; tool results are labelled with their call's function."""
    names: dict[str, str] = {}
    out = []
    for m in raw:
        role = "system" if m["role"] == "developer" else m["role"]
        content = m.get("content")
        if isinstance(content, list):  # text parts
            content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
        calls = []
        for tc in m.get("tool_calls") or []:
            fn = tc["function"]
            args = fn.get("arguments") or "{}"
            # history is context, not output: keep whatever the client sent if it is not JSON
            with contextlib.suppress(TypeError, ValueError):
                args = dump_args(json.loads(args))
            calls.append(Call(fn["name"], args))
            names[tc.get("id", "")] = fn["name"]
        name = names.get(m.get("tool_call_id", ""), m.get("name")) if role == "tool" else None
        out.append(Message(role, content, tuple(calls), name))
    return out


def answer_from_row(row: dict[str, Any]) -> Answer:
    a = row["answer"]
    calls = tuple(Call(c["name"], dump_args(c["arguments"])) for c in a.get("tool_calls") or [])
    return Answer(calls, None if calls else (a.get("content") or ""))


def row_texts(row: dict[str, Any]) -> list[str]:
    """The plain strings of a row, for tokenizer training."""
    tools = [Tool.from_openai(t) for t in row.get("tools", [])]
    texts = [tool_text(t) for t in tools] + [tool_text(t, "json") for t in tools[:1]]
    for m in messages_from_openai(row["messages"]):
        texts += [m.content or ""] + [s for c in m.calls for s in (c.name, c.arguments)]
    a = answer_from_row(row)
    texts += [s for c in a.calls for s in (c.name, c.arguments)] + [a.content or ""]
    return [t for t in texts if t]
