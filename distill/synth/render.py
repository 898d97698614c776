"""Request templates: parse `"set a timer for {minutes} minutes[ called {label}]"` and render it.

A `{slot}` names a property (`{a.b}` a property of a nested object); a `[bracketed part]` is kept
only when every slot inside it is drawn, each optional slot drawn with probability `optional`.
A fixed slot `{slot=JSON}` says nothing but sets the property to that value, for words that
imply it ("turn on the {room} lights{on=true} at {brightness} percent").
Rendering yields the user's words as segments `(text, is_value)` plus the argument object the
words ground, so noise can spare the values and the answer holds exactly what was said.
"""

import hashlib
import json
import random
import re
from dataclasses import dataclass

from distill.synth.values import Spec, draw, speak

Path = tuple[str, ...]
Segments = list[tuple[str, bool]]
_TOKEN = re.compile(
    r"\{([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)(?:=([^{}\[\]]+))?\}|\[|\]|[{}]"
)


class TemplateError(ValueError):
    """A template with unbalanced or nested brackets or a malformed slot."""


@dataclass(frozen=True)
class Slot:
    path: Path
    fixed: str | None = None  # JSON text of the value a fixed slot sets


@dataclass(frozen=True)
class Group:
    parts: tuple["str | Slot", ...]


Part = str | Slot | Group


@dataclass(frozen=True)
class Template:
    """One parsed request phrasing; `family` names it for the held-out split."""

    family: str
    text: str
    parts: tuple[Part, ...]

    def slots(self, bracketed: bool | None = None) -> set[Path]:
        """Slot paths, all of them or only those (not) inside brackets."""
        out: set[Path] = set()
        for part in self.parts:
            if isinstance(part, Slot) and bracketed is not True:
                out.add(part.path)
            elif isinstance(part, Group) and bracketed is not False:
                out.update(p.path for p in part.parts if isinstance(p, Slot))
        return out


@dataclass
class Rendered:
    segments: Segments
    args: dict
    said: dict[Path, str]  # what the user said for each drawn path


def family_of(owner: str, text: str) -> str:
    """Stable id of a phrasing: owner (a tool name) plus a hash of the template text."""
    return f"{owner}:{hashlib.sha1(text.encode()).hexdigest()[:10]}"


def parse(owner: str, text: str) -> Template:
    parts: list[Part] = []
    group: list[str | Slot] | None = None
    pos = 0
    for m in _TOKEN.finditer(text):
        target = parts if group is None else group
        if m.start() > pos:
            target.append(text[pos : m.start()])
        pos = m.end()
        token = m.group(0)
        if m.group(1):
            if m.group(2) is not None:
                try:
                    json.loads(m.group(2))
                except ValueError as exc:
                    raise TemplateError(f"{owner}: fixed value in {text!r}: {exc}") from exc
            target.append(Slot(tuple(m.group(1).split(".")), m.group(2)))
        elif token == "[" and group is None:
            group = []
        elif token == "]" and group is not None:
            parts.append(Group(tuple(group)))
            group = None
        else:
            raise TemplateError(f"{owner}: bad {token!r} at {m.start()} in template {text!r}")
    if group is not None:
        raise TemplateError(f"{owner}: unclosed '[' in template {text!r}")
    if pos < len(text):
        parts.append(text[pos:])
    return Template(family_of(owner, text), text, tuple(parts))


def render(
    rng: random.Random,
    template: Template,
    specs: dict[Path, Spec],
    say: dict[Path, dict[str, tuple[str, ...]]],
    optional: float = 0.5,
    correction: str | None = None,
) -> Rendered:
    """Draw values for the template's slots and say them.

    `correction` is a frame like "{wrong}, no wait, {right}": one drawn value is first misspoken.
    """
    values: dict[Path, object] = {}
    said: dict[Path, str] = {}
    fixed: dict[Path, object] = {}
    segments: Segments = []

    def say_slot(slot: Slot) -> None:
        path = slot.path
        if slot.fixed is not None:
            fixed[path] = json.loads(slot.fixed)
            return
        if path not in values:
            value = draw(rng, specs[path])
            for _ in range(3):  # origin != destination, from != to currency, old != new name
                if value not in values.values():
                    break
                value = draw(rng, specs[path])
            values[path] = value
        if path not in said:
            said[path] = speak(rng, specs[path], values[path], say.get(path, {}))
        segments.append((said[path], True))

    for part in template.parts:
        if isinstance(part, str):
            segments.append((part, False))
        elif isinstance(part, Slot):
            say_slot(part)
        elif all(rng.random() < optional for p in part.parts if isinstance(p, Slot)):
            for p in part.parts:
                if isinstance(p, str):
                    segments.append((p, False))
                else:
                    say_slot(p)
    if correction and said:
        segments = _misspeak(rng, segments, specs, values, said, correction)
    args: dict = {}
    for path, value in [*((p, values[p]) for p in said), *fixed.items()]:
        node = args
        for name in path[:-1]:
            node = node.setdefault(name, {})
        node[path[-1]] = value
    return Rendered(segments, args, said)


def _misspeak(
    rng: random.Random,
    segments: Segments,
    specs: dict[Path, Spec],
    values: dict[Path, object],
    said: dict[Path, str],
    frame: str,
) -> Segments:
    """Replace one said value by '{wrong}, no wait, {right}' (a self-correction)."""
    path = rng.choice(list(said))
    spec = specs[path]
    if spec.kind not in ("pool", "int", "choice", "enum", "time", "date") or len(spec.options) == 1:
        return segments
    wrong = draw(rng, spec)
    if wrong == values[path]:
        return segments
    before, _, rest = frame.partition("{wrong}")
    middle, _, after = rest.partition("{right}")
    spoken = speak(rng, spec, wrong, {})
    for k, (text, is_value) in enumerate(segments):
        if is_value and text == said[path]:
            fix = [(before, False), (spoken, True), (middle, False), (text, True), (after, False)]
            return segments[:k] + [s for s in fix if s[0]] + segments[k + 1 :]
    return segments


def text_of(segments: Segments) -> str:
    return "".join(text for text, _ in segments)
