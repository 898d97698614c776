"""The repetition guard: a value that has started to loop is not allowed to go on looping.

A small model sometimes falls into a cycle inside a string or a number ("akyakyaky...",
"-22222..."), and the grammar, which only knows what is valid, lets it run to the token cap: the
call is then cut and cannot parse. When the text written since the current value began ends in
`MIN_REPEATS` or more copies of a unit of at most `MAX_PERIOD` bytes, covering at least
`MIN_BYTES`, the engine forbids every token that would extend the cycle; the model must take its
next choice (typically the closing quote), and the call finishes under the grammar.
"""

from __future__ import annotations

import torch

MAX_PERIOD = 64
MIN_REPEATS = 3
MIN_BYTES = 24
CLOSE_AFTER = 3  # cuts in one request, after which a loop must end its value
TAIL_BYTES = MAX_PERIOD * MIN_REPEATS  # what the engine keeps of the text being written


def cycle(tail: bytes) -> bytes | None:
    """The repeating unit `tail` ends in, if it loops (shortest period first), else None."""
    for p in range(1, MAX_PERIOD + 1):
        n = max(MIN_REPEATS * p, MIN_BYTES)
        if len(tail) < n:
            break
        unit = tail[-p:]
        if tail[-n:] == (unit * (n // p + 1))[-n:]:  # one comparison in C per period
            return unit
    return None


def in_string(args: bytes) -> bool:
    """Whether JSON text written so far stops inside a string."""
    inside = escaped = False
    for b in args:
        if escaped:
            escaped = False
        elif inside and b == 0x5C:  # backslash
            escaped = True
        elif b == 0x22:
            inside = not inside
    return inside


def forbid_loop(
    tail: bytes,
    ok: torch.Tensor,
    token_bytes: list[bytes],
    close: bytes | None = None,
    end: int = -1,
) -> int:
    """Clear in `ok` (vocab,) the allowed tokens whose bytes continue `tail`'s cycle; returns
    how many were cleared (0 when `tail` does not loop, or when nothing else would be left).

    A model that leaves one cycle for the next would still reach the cap, so once a request has
    been cut `CLOSE_AFTER` times, `close` names the bytes that end the value (a quote inside a
    string, else a comma or closing bracket; empty for text) and only tokens holding one of them,
    or `end` (<|eos|>), are left."""
    unit = cycle(tail)
    if unit is None:
        return 0
    allowed = ok.nonzero()[:, 0].tolist()
    if close is not None:
        closing = [t for t in allowed if t == end or any(c in token_bytes[t] for c in close)]
        looping = [t for t in allowed if t not in set(closing)] if closing else []
    else:
        ahead = unit * (1 + 64 // len(unit))  # the cycle's continuation, as long as any token
        looping = [t for t in allowed if token_bytes[t] and ahead.startswith(token_bytes[t])]
    if not looping or len(looping) == len(allowed):
        return 0
    ok[looping] = False
    return len(looping)
