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
FEW_WINDOW, FEW_VALUES = 48, 5  # 48 bytes drawn from 5 values or fewer: a loop as well
MAX_NUMBER_BYTES = 24
LATE = 0.75  # share of the token budget after which an answer may only close  # a JSON number this long is a loop too (its digits need not repeat)
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


def few_bytes(tail: bytes) -> set[int] | None:
    """The byte values of `tail`'s last `FEW_WINDOW` bytes when there are at most `FEW_VALUES`
    of them: a loop with no exact period. None otherwise."""
    if len(tail) < FEW_WINDOW:
        return None
    alphabet = set(tail[-FEW_WINDOW:])
    return alphabet if len(alphabet) <= FEW_VALUES else None


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
    force: bool = False,
) -> int:
    """Clear in `ok` (vocab,) the allowed tokens whose bytes continue `tail`'s cycle; returns
    how many were cleared (0 when `tail` does not loop, or when nothing else would be left).

    A model that leaves one cycle for the next would still reach the cap, so once a request has
    been cut `CLOSE_AFTER` times, `close` names the bytes that end the value (a quote inside a
    string, else a comma or closing bracket; empty for text) and only tokens holding one of them,
    or `end` (<|eos|>), are left. `force`: close whether or not the tail loops (an answer that
    has used `LATE` of its token budget must end before the cap cuts it)."""
    unit = cycle(tail)
    alphabet = few_bytes(tail)
    if unit is None and alphabet is None and not (force and close is not None):
        return 0
    allowed = ok.nonzero()[:, 0].tolist()
    if close is not None:
        closing = [t for t in allowed if t == end or any(c in token_bytes[t] for c in close)]
        looping = [t for t in allowed if t not in set(closing)] if closing else []
    elif unit is not None:
        ahead = unit * (1 + 64 // len(unit))  # the cycle's continuation, as long as any token
        looping = [t for t in allowed if token_bytes[t] and ahead.startswith(token_bytes[t])]
    else:  # no exact period, but the same few bytes over and over ("of_of___of_b_of")
        looping = [t for t in allowed if token_bytes[t] and set(token_bytes[t]) <= alphabet]
    if not looping or len(looping) == len(allowed):
        return 0
    ok[looping] = False
    return len(looping)


def number_run(args: bytes) -> int:
    """Length of the JSON number `args` ends in (0 inside a string or after anything else)."""
    if in_string(args):
        return 0
    n = len(args) - len(args.rstrip(b"0123456789.-+eE"))
    return n


def end_long_number(args: bytes, ok: torch.Tensor, token_bytes: list[bytes]) -> int:
    """A number of `MAX_NUMBER_BYTES` or more may only end: clear in `ok` the allowed tokens
    that hold no `,`, `}` or `]`; returns how many were cleared (0 if nothing else is left)."""
    if number_run(args) < MAX_NUMBER_BYTES:
        return 0
    allowed = ok.nonzero()[:, 0].tolist()
    going_on = [t for t in allowed if not any(c in token_bytes[t] for c in b",}]")]
    if not going_on or len(going_on) == len(allowed):
        return 0
    ok[going_on] = False
    return len(going_on)
