"""Rows made from other rows when a mix is built: irrelevance, joined requests, masked names.

- `irrelevant`: a row's request with the tools of a row from another source that look closest
  to it (most shared words) but cannot serve it; the answer declines (`irrelevance`).
- `joined`: two or three single-call, single-message requests of one source said as one
  message; the answer makes all their calls (`parallel`; the same tool twice or different ones).
- `masked`: Hammer-style masking (`distill.synth.variants.mask_row`): parameter names, and in
  half the rows function names, replaced by random identifiers, so descriptions must be read.
"""

import random
import re

from distill.sources.common import tool_name
from distill.synth.variants import mask_row

DECLINE = (
    "Sorry, none of the tools I have can do that.",
    "I can't help with that here: none of the available tools does it.",
    "None of my tools fits that request, so I can't do it.",
    "That's not something the available tools can do.",
    "I don't have a tool for that, sorry.",
)
JOINERS = (" Also: ", "\n", " Next: ", " And then: ", " Plus: ", " | ")
CANDIDATES = 24  # rows of other sources compared for the closest-looking tools
TOO_CLOSE = 3  # words a tool may share with the request (3+ letters, names split)
_WORD = re.compile(r"[a-z]{3,}")
_SPLIT = re.compile(r"(?<=[a-z])(?=[A-Z])|[_\W]+")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(_SPLIT.sub(" ", text).lower()))


def _tool_words(tools: list[dict]) -> set[str]:
    out: set[str] = set()
    for t in tools:
        out |= _words(tool_name(t) + " " + t["function"].get("description", ""))
    return out


def _family(row: dict) -> str:
    """The dataset a row comes from: SGD and its SGD-X variants are one."""
    return row["meta"]["source"].split(":")[0].removesuffix("-x")


def irrelevant(rng: random.Random, row: dict, others: list[dict]) -> dict | None:
    """`row`'s conversation offered the closest-looking tools of a row from another source."""
    if not others or any(m.get("tool_calls") for m in row["messages"]):
        return None  # earlier calls would name tools no longer offered
    request = _words(" ".join(m["content"] for m in row["messages"] if m["role"] == "user"))
    called = {c["name"] for c in row["answer"]["tool_calls"]}
    best, best_score = None, -1.0
    for other in rng.sample(others, min(CANDIDATES, len(others))):
        if _family(other) == _family(row) or not other["tools"]:
            continue
        if called & {tool_name(t) for t in other["tools"]}:
            continue
        # Close-looking, but no single tool sharing TOO_CLOSE words with the request: such a
        # tool might serve it after all.
        if any(len(request & _tool_words([t])) >= TOO_CLOSE for t in other["tools"]):
            continue
        words = _tool_words(other["tools"])
        score = len(request & words) / (1 + len(words)) ** 0.5
        if score > best_score:
            best, best_score = other, score
    if best is None:
        return None
    return {
        "id": f"{row['id']}-irr",
        "tools": best["tools"],
        "messages": row["messages"],
        "answer": {"content": rng.choice(DECLINE), "tool_calls": []},
        "meta": {
            **row["meta"],
            "kind": "irrelevance",
            "tools_from": best["meta"]["source"],
        },
    }


def joinable(row: dict) -> bool:
    msgs = row["messages"]
    return (
        len(msgs) == 1
        and msgs[0]["role"] == "user"
        and len(row["answer"]["tool_calls"]) == 1
        and not row["meta"].get("masked")
    )


def joined(rng: random.Random, rows: list[dict]) -> dict | None:
    """One message asking for all of `rows`' calls (each row joinable, one source)."""
    tools: dict[str, dict] = {}
    for row in rows:
        for t in row["tools"]:
            name = tool_name(t)
            if name in tools and tools[name] != t:
                return None  # the same name with another schema: not one offer
            tools[name] = t
    # Each request keeps its own first letter (a value may start it); the joiners end a sentence.
    text = rng.choice(JOINERS).join(r["messages"][0]["content"].strip() for r in rows)
    offered = list(tools.values())
    rng.shuffle(offered)
    return {
        "id": "+".join(r["id"] for r in rows),
        "tools": offered,
        "messages": [{"role": "user", "content": text}],
        "answer": {
            "content": None,
            "tool_calls": [c for r in rows for c in r["answer"]["tool_calls"]],
        },
        "meta": {
            **rows[0]["meta"],
            "kind": "parallel",
            "joined": [r["id"] for r in rows],
        },
    }


def maskable(row: dict) -> bool:
    """Every call in the row (history and answer) names an offered tool, none masked yet."""
    offered = {tool_name(t) for t in row["tools"]}
    calls = [c["function"]["name"] for m in row["messages"] for c in m.get("tool_calls") or []]
    calls += [c["name"] for c in row["answer"]["tool_calls"]]
    return bool(offered) and set(calls) <= offered and not row["meta"].get("masked")


def masked(rng: random.Random, row: dict) -> dict:
    """`row` masked, or as it is when it cannot be (see `maskable`)."""
    if not maskable(row):
        return row
    out = mask_row(row, rng, rename_functions=rng.random() < 0.5)
    out["meta"] = {**row["meta"], "masked": True}
    return out
