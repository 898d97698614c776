"""What of a long conversation the encoder sees, and what of a long tool text: nothing cut silently.

The encoder reads at most `max_prompt_tokens` conversation tokens (768 for the shipped model) and
`max_tool_tokens` per tool (192). Cutting the conversation's oldest tokens, as before, cut the
system message first. `fit_conversation` keeps instead:

1. the system message (the first message, when it is one), its head if it alone is over half of
   the limit;
2. then the most recent messages, whole, as many as fit (the latest one always, its tail if it
   alone is over what is left);

and drops the messages between, returning a `Truncation` that the server reports (the response
header `x-thimble-truncated` and the request's log line). A tool whose text is over its limit
keeps its head and is logged once, when it is first encoded (`cut_tool`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from model.format import Message, message_ids
from model.tokenizer import ThimbleTokenizer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Truncation:
    total_tokens: int  # the conversation's tokens before
    kept_tokens: int
    dropped_messages: int  # whole messages left out
    cut_messages: int  # messages kept in part (the system message's head, the last one's tail)

    def header(self) -> str:
        """`x-thimble-truncated`: e.g. `messages=3; cut=1; tokens=1412->768`."""
        return (
            f"messages={self.dropped_messages}; cut={self.cut_messages}; "
            f"tokens={self.total_tokens}->{self.kept_tokens}"
        )


class Fitted(list[Message]):
    """Messages `fit_conversation` has fitted to `limit` tokens: fitting them again is free."""

    limit: int = 0


def _bound(m: Message) -> int:
    """At least the message's token count: its role token, the bytes of its text (a byte-level
    tokenizer makes at most one token per byte) and two tokens per call."""
    n = 1 + len((m.content or "").encode()) + len((m.name or "").encode()) + 2
    return n + sum(2 + len(c.name.encode()) + len(c.arguments.encode()) for c in m.calls)


def _cut(tok: ThimbleTokenizer, m: Message, budget: int, keep_head: bool) -> Message | None:
    """`m` with its text cut until the whole message is at most `budget` tokens, or None."""
    overhead = len(message_ids(tok, replace(m, content=None)))
    ids = tok.encode(m.content or "")
    room = budget - overhead
    while room > 0:
        part = ids[:room] if keep_head else ids[len(ids) - room :]
        cut = replace(m, content=tok.decode(part))
        if len(message_ids(tok, cut)) <= budget:  # re-encoding can merge differently at the cut
            return cut
        room -= 1
    return None


def fit_conversation(
    tok: ThimbleTokenizer, messages: list[Message], limit: int
) -> tuple[list[Message], Truncation | None]:
    """The messages to encode (at most `limit` tokens) and what was left out (None: nothing)."""
    if isinstance(messages, Fitted) and messages.limit == limit:
        return messages, None
    out = Fitted(messages)
    out.limit = limit
    if sum(map(_bound, messages)) <= limit:
        return out, None
    sizes = [len(message_ids(tok, m)) for m in messages]
    total = sum(sizes)
    if total <= limit:
        return out, None
    head: list[Message] = []
    cut = 0
    rest = list(range(len(messages)))
    if messages and messages[0].role == "system":
        rest = rest[1:]
        system = messages[0]
        if sizes[0] > limit // 2 and rest:
            shortened = _cut(tok, system, limit // 2, keep_head=True)
            head, cut = ([shortened] if shortened else []), 1
        elif sizes[0] <= limit:
            head = [system]
        else:  # the system message is the whole conversation
            shortened = _cut(tok, system, limit, keep_head=True)
            head, cut = ([shortened] if shortened else []), 1
    room = limit - sum(len(message_ids(tok, m)) for m in head)
    tail: list[Message] = []
    for i in reversed(rest):
        if sizes[i] <= room:
            tail.append(messages[i])
            room -= sizes[i]
            continue
        if not tail:  # the latest message alone is over: keep its most recent text
            shortened = _cut(tok, messages[i], room, keep_head=False)
            if shortened is not None:
                tail.append(shortened)
                room -= len(message_ids(tok, shortened))
                cut += 1
        break
    out = Fitted([*head, *reversed(tail)])
    out.limit = limit
    kept = limit - room
    dropped = len(messages) - len(out)
    return out, Truncation(total, kept, dropped, cut)


def cut_tool(ids: list[int], limit: int, name: str) -> list[int]:
    """A tool's encoder segment, at most `limit` tokens; a cut is logged."""
    if len(ids) > limit:
        log.warning(
            "tool %r: its text is %d tokens, cut at the limit of %d (max_tool_tokens): the model "
            "does not see the rest of its description and parameters",
            name,
            len(ids),
            limit,
        )
    return ids[:limit]
