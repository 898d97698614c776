"""Assemble one training row (docs/data-format.md) from the library: the request kinds and layers.

A row first draws a base kind (`no_call`, `single`, `parallel`) from `BASE_MIX`, then layers on top
(`LAYER_P`): near-miss distractors, indirect phrasing, disfluent speech, typos or misheard words,
no tools at all, or an earlier turn with a tool call and its result. `meta.kind` is the most
specific layer (`KIND_ORDER`), `meta.base` and `meta.layers` keep the rest.
"""

import json
import random
import re
from dataclasses import dataclass, field

from distill.synth import noise, phrases
from distill.synth.catalog import Library, Tool
from distill.synth.defaults import with_defaults
from distill.synth.render import Rendered, Segments, Template, family_of, render, text_of
from distill.synth.values import draw, join_words, speak
from distill.synth.variants import mask_row, sibling

BASE_MIX = {"no_call": 0.06, "single": 0.35, "parallel": 0.59}
LAYER_P = {
    "near_miss": 0.20,
    "indirect": 0.10,
    "disfluent": 0.08,
    "typo": 0.10,
    "no_tools": 0.03,
    "multi_turn": 0.15,
}
KIND_ORDER = ("no_tools", "multi_turn", "near_miss", "indirect", "disfluent", "typo")
MAX_TOOLS = 10
SYSTEM_P = 0.3
_QUESTION = re.compile(
    r"^(can|could|would|will|what|what's|how|is|are|do|does|did|who|where|when|which)\b"
)
_THIRD_PERSON = re.compile(r"^(\w+?)(?:(?<=ch|sh|ss)es|(?<=x)es|s)$")


@dataclass
class Draft:
    base: str
    layers: set[str]
    domain: str = "chat"
    families: list[str] = field(default_factory=list)
    needed: list[Tool] = field(default_factory=list)  # offered whatever else is offered
    exclude: set[str] = field(default_factory=set)  # never offered (they would serve the request)
    history: list[dict] = field(default_factory=list)
    segments: Segments = field(default_factory=list)
    calls: list[tuple[Tool, dict]] = field(default_factory=list)
    text: str | None = None


def build_row(
    rng: random.Random,
    lib: Library,
    mask_p: float = 0.0,
    mix: dict[str, float] | None = None,
    defaults_p: float = 0.0,
) -> dict:
    """One row; raises AssertionError if an answer does not validate (a library or engine bug).
    `mix` overrides `BASE_MIX`, the shares of no-call, single and parallel requests, and any
    `LAYER_P` probability it names (e.g. multi_turn=0.3). `defaults_p`: the probability that
    an optional property of an offered tool states a default (`defaults.with_defaults`)."""
    mix = mix or {}
    shares = {k: v for k, v in mix.items() if k in BASE_MIX} or BASE_MIX
    base = rng.choices(list(shares), weights=list(shares.values()))[0]
    layer_p = {name: mix.get(name, p) for name, p in LAYER_P.items()}
    layers = {name for name, p in layer_p.items() if rng.random() < p}
    if "no_tools" in layers:
        layers -= {"multi_turn", "near_miss"}
    if base == "no_call":
        layers -= {"near_miss", "indirect"}
    draft = Draft(base, layers)
    if base == "no_call":
        _no_call(rng, lib, draft)
    else:
        _calls(rng, lib, draft, 1 if base == "single" else rng.choice((2, 2, 3)))
    if "multi_turn" in layers:
        _multi_turn(rng, lib, draft)
    if "no_tools" in layers and draft.calls:
        draft.text = rng.choice(phrases.CANNOT).format(what=what_it_does(draft.calls[0][0]))
        draft.calls = []
    tools, order = _offer(rng, lib, draft)
    row = _assemble(rng, draft, tools, order)
    if defaults_p:  # no draw at 0: the rows of a seed stay as they were
        row = with_defaults(rng, row, lib, defaults_p)
    if rng.random() < mask_p and row["tools"]:
        row = mask_row(row, rng, rename_functions=rng.random() < 0.3)
        row["meta"]["masked"] = True
    return row


def _no_call(rng: random.Random, lib: Library, draft: Draft) -> None:
    if rng.random() < 0.5:
        user, draft.text = rng.choice(phrases.CHITCHAT)
        draft.segments = _noisy(rng, draft, [(user, False)])
        draft.families.append(family_of("chat", user))
        return
    pool = lib.outside or lib.tools  # a request that no offered tool serves
    tool = rng.choice(pool)
    draft.domain = tool.domain
    draft.exclude = {t.name for t in pool if t.domain == tool.domain} | set(tool.similar)
    draft.exclude |= {t.name for t in lib.tools if tool.name in t.similar}
    template = rng.choice(tool.requests)
    draft.families.append(template.family)
    draft.segments = _say(rng, draft, tool, template).segments
    draft.text = rng.choice(phrases.CANNOT).format(what=what_it_does(tool))


def _calls(rng: random.Random, lib: Library, draft: Draft, n: int) -> None:
    first = rng.choice(lib.tools)
    draft.domain = first.domain
    tools = [first]
    same = rng.random() < 0.4 and bool(first.specs)
    if not same and len(lib.tools) < n:  # too few tools for n different ones (a small library)
        same = bool(first.specs)
        n = n if same else len(lib.tools)
    while len(tools) < n:
        pool = lib.domains[first.domain] if rng.random() < 0.5 else lib.tools
        nxt = first if same else rng.choice(pool)
        if same or nxt not in tools:
            tools.append(nxt)
    parts: list[Segments] = []
    indirect = "indirect" in draft.layers
    for tool in tools:
        for _ in range(8):  # a repeated tool must get different, non-empty arguments
            template = _pick_template(rng, tool, indirect)
            said = _say(rng, draft, tool, template)
            if not same or (said.args and all(a != said.args for _, a in draft.calls)):
                break
        draft.families.append(template.family)
        draft.calls.append((tool, said.args))
        parts.append(said.segments)
        if tool not in draft.needed:
            draft.needed.append(tool)
    draft.segments = parts[0]
    for part in parts[1:]:
        draft.segments = [*_strip_end(draft.segments), (rng.choice(phrases.JOINERS), False), *part]
    if indirect and not any(t.indirect for t in tools):
        before, _, after = rng.choice(phrases.INDIRECT_FRAMES).partition("{req}")
        draft.segments = [(before, False), *_strip_end(draft.segments), (after, False)]


def _pick_template(rng: random.Random, tool: Tool, indirect: bool) -> Template:
    if indirect and tool.indirect:
        return rng.choice(tool.indirect)
    return rng.choice(tool.requests)


def _say(rng: random.Random, draft: Draft, tool: Tool, template: Template) -> Rendered:
    """Render a template with this row's noise layers."""
    disfluent = "disfluent" in draft.layers
    correction = rng.choice(phrases.CORRECTIONS) if disfluent and rng.random() < 0.4 else None
    said = render(rng, template, tool.specs, tool.say, correction=correction)
    said.segments = _noisy(rng, draft, said.segments)
    return said


def _noisy(rng: random.Random, draft: Draft, segments: Segments) -> Segments:
    if "disfluent" in draft.layers:
        segments = noise.disfluent(rng, segments, fillers=rng.randint(1, 3))
        if rng.random() < 0.5:
            segments = noise.misheard(rng, segments, rate=0.1)
    if "typo" in draft.layers:
        if rng.random() < 0.6:
            segments = noise.typos(rng, segments)
        else:
            segments = noise.misheard(rng, segments)
    return segments


def _multi_turn(rng: random.Random, lib: Library, draft: Draft) -> None:
    """Prepend an earlier request, its call and the tool's result; maybe rewrite the follow-up."""
    if draft.calls and rng.random() < 0.5:
        earlier = draft.calls[0][0]
    else:
        pool = lib.domains.get(draft.domain, lib.tools)
        earlier = rng.choice(pool if rng.random() < 0.6 and not draft.exclude else lib.tools)
    if earlier.name in draft.exclude:
        draft.layers.discard("multi_turn")
        return
    template = rng.choice(earlier.requests)
    draft.families.append(template.family)
    said = render(rng, template, earlier.specs, earlier.say)
    result = {k: draw(rng, spec) for k, spec in earlier.result.items()} or {"status": "ok"}
    call_id = rng.choice(("call_1", "call_0", f"call_{rng.randrange(16**6):06x}"))
    draft.history = [
        {"role": "user", "content": _finish(rng, said.segments)},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": call_id,
                    "type": "function",
                    "function": {"name": earlier.name, "arguments": said.args},
                }
            ],
        },
        {
            "role": "tool",
            "tool_call_id": call_id,
            "content": json.dumps(result, ensure_ascii=False),
        },
    ]
    if earlier not in draft.needed:
        draft.needed.insert(0, earlier)
    follow = rng.random()
    if draft.base != "no_call" and follow < 0.25:
        draft.segments, draft.calls, draft.text = (
            [(rng.choice(phrases.FOLLOW_SUMMARY), False)],
            [],
            _summary(rng, result),
        )
    elif draft.base == "single" and follow < 0.5 and (same := _same_again(rng, earlier, said)):
        draft.segments, draft.calls = same
        draft.needed = [earlier]
    elif draft.base != "no_call":
        draft.segments = [(rng.choice(phrases.FOLLOW_NEW), False), *draft.segments]


def _same_again(rng: random.Random, tool: Tool, said: Rendered) -> tuple[Segments, list] | None:
    """'same again but with X': the earlier call with one top-level value changed."""
    kinds = [tool.specs[p].kind for p in said.said]
    paths = [p for p in said.said if len(p) == 1 and kinds.count(tool.specs[p].kind) == 1]
    paths = [
        p for p in paths if tool.specs[p].kind in ("pool", "int", "enum", "choice", "time", "date")
    ]
    if not paths:
        return None
    path = rng.choice(paths)
    spec = tool.specs[path]
    value = draw(rng, spec)
    if value == said.args[path[0]]:
        return None
    before, _, after = rng.choice(phrases.FOLLOW_SAME).partition("{value}")
    segments = [
        (before, False),
        (speak(rng, spec, value, tool.say.get(path, {})), True),
        (after, False),
    ]
    return segments, [(tool, {**said.args, path[0]: value})]


def _summary(rng: random.Random, result: dict) -> str:
    fields = [(k, v) for k, v in result.items() if k != "status"]
    if not fields:
        return rng.choice(phrases.SUMMARY_DONE)
    said = [
        f"{k.replace('_', ' ')} is {join_words(rng, [str(x) for x in v]) if isinstance(v, list) else v}"
        for k, v in fields
    ]
    text = rng.choice(phrases.SUMMARY_FIELDS).format(fields=join_words(rng, said))
    return text[0].upper() + text[1:]


def what_it_does(tool: Tool) -> str:
    """A tool's first description as a verb phrase: 'Sends an SMS.' -> 'send an SMS'."""
    sentence = tool.descriptions[0].split(". ")[0].rstrip(".")
    first, _, rest = sentence.partition(" ")
    if not first[1:2].isupper():
        first = first.lower()
    if not first.endswith(("ss", "us", "is")) and (m := _THIRD_PERSON.match(first)):
        first = m.group(1)
    return f"{first} {rest}".strip().replace("the user's", "your")


def _offer(
    rng: random.Random, lib: Library, draft: Draft
) -> tuple[list[dict], dict[str, list[str]]]:
    """The offered tools (needed, near miss, distractors), shuffled; and each one's property order."""
    if "no_tools" in draft.layers:
        return [], {}
    offered: list[dict] = [_as_offered(rng, t) for t in draft.needed]
    names = {t.name for t in draft.needed} | draft.exclude
    if "near_miss" in draft.layers:
        near = _near_miss(rng, lib, draft, names)
        if near is None:
            draft.layers.discard("near_miss")
        else:
            offered.append(near)
            names.add(near["function"]["name"])
    free = sum(t.name not in names for t in lib.tools)  # a narrowed library may hold few
    total = min(rng.randint(max(len(offered), 1), MAX_TOOLS), len(offered) + free)
    while len(offered) < total:
        pool = (
            lib.domains[draft.domain]
            if draft.domain in lib.domains and rng.random() < 0.4
            else lib.tools
        )
        tool = rng.choice(pool)
        if tool.name not in names:
            names.add(tool.name)
            offered.append(_as_offered(rng, tool))
    rng.shuffle(offered)
    order = {
        t["function"]["name"]: list(t["function"]["parameters"]["properties"]) for t in offered
    }
    return offered, order


def _near_miss(rng: random.Random, lib: Library, draft: Draft, names: set[str]) -> dict | None:
    target = draft.calls[0][0] if draft.calls else draft.needed[0]
    similar = [lib.by_name[s] for s in target.similar if s not in names]
    if similar and rng.random() < 0.7:
        return _as_offered(rng, rng.choice(similar))
    taken = names | set(lib.by_name)
    return sibling(target.name, rng.choice(target.descriptions), target.parameters, taken, rng)


def _as_offered(rng: random.Random, tool: Tool) -> dict:
    params = tool.parameters
    keys = list(params["properties"])
    rng.shuffle(keys)
    props = {k: params["properties"][k] for k in keys}
    schema = {
        "type": "object",
        "properties": props,
        "required": [k for k in keys if k in params.get("required", ())],
    }
    return {
        "type": "function",
        "function": {
            "name": tool.name,
            "description": rng.choice(tool.descriptions),
            "parameters": schema,
        },
    }


def _assemble(
    rng: random.Random, draft: Draft, tools: list[dict], order: dict[str, list[str]]
) -> dict:
    calls = []
    for tool, args in draft.calls:
        error = next(tool.validator.iter_errors(args), None)
        assert error is None, f"{tool.name}: answer {args} does not validate: {error.message}"
        ordered = {k: args[k] for k in order[tool.name] if k in args}
        calls.append({"name": tool.name, "arguments": ordered})
    for msg in draft.history:
        for call in msg.get("tool_calls", ()):
            fn = call["function"]
            fn["arguments"] = json.dumps(
                {k: fn["arguments"][k] for k in order[fn["name"]] if k in fn["arguments"]},
                ensure_ascii=False,
            )
    messages = (
        [{"role": "system", "content": rng.choice(phrases.SYSTEM_PROMPTS)}]
        if rng.random() < SYSTEM_P
        else []
    )
    messages += [*draft.history, {"role": "user", "content": _finish(rng, draft.segments)}]
    kind = next((k for k in KIND_ORDER if k in draft.layers), draft.base)
    meta = {
        "source": "synthetic",
        "kind": kind,
        "domain": draft.domain,
        "base": draft.base,
        "layers": sorted(draft.layers),
        "families": draft.families,
        "masked": False,
    }
    answer = (
        {"content": draft.text, "tool_calls": calls}
        if draft.text is None
        else {"content": draft.text, "tool_calls": []}
    )
    return {"tools": tools, "messages": messages, "answer": answer, "meta": meta}


def _strip_end(segments: Segments) -> Segments:
    """Drop a trailing '.', '?' or '!' of a literal end, so parts can be joined."""
    if segments and not segments[-1][1]:
        return [*segments[:-1], (segments[-1][0].rstrip(" .?!"), False)]
    return segments


def _finish(rng: random.Random, segments: Segments) -> str:
    """Join segments; sometimes capitalise a literal start and end with punctuation."""
    text = re.sub(r"\s{2,}", " ", text_of(segments)).strip()
    first = next((seg for seg in segments if seg[0].strip()), ("", True))
    if rng.random() < 0.45 and not first[1] and text:
        text = text[0].upper() + text[1:]
        if text[-1].isalnum() and rng.random() < 0.7:
            text += "?" if _QUESTION.match(text.lower()) else "."
    return text
