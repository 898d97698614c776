"""Value specs: parse the `values` of a library tool, draw argument values and say them.

Specs (docs/data-format.md): `int:LO:HI`, `float:LO:HI:DECIMALS`, `bool`, `enum` (the schema's
`enum`), `pool:NAME`, `choice:a|b|c`, `date` (ISO `YYYY-MM-DD`), `time` (24-hour `HH:MM`),
`list:ITEM:LO:HI` (LO to HI distinct items, each drawn by the leaf spec ITEM, e.g.
`list:pool:NAME:1:3`, `list:enum:1:2`, `list:int:1:9:2:3`), and a dict of specs for a nested
object. Each drawn value comes with the words a user would say for it.
"""

import datetime as dt
import random
from dataclasses import dataclass

from distill.synth.pools import POOLS

_NUMBER_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
)
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_FIRST_DAY = dt.date(2025, 1, 1).toordinal()
_DEFAULT_BOOL_SAY = {"true": ("yes",), "false": ("no",)}


class SpecError(ValueError):
    """A value spec that cannot be parsed or does not fit its property's schema."""


@dataclass(frozen=True)
class Spec:
    """One parsed leaf spec; `options` holds pool items, choices or enum members."""

    kind: str  # int | float | bool | enum | pool | choice | date | time | list
    lo: float = 0
    hi: float = 0
    decimals: int = 0
    options: tuple = ()
    item: "Spec | None" = None  # for lists: the spec of one item


def parse(spec: str, schema: dict) -> Spec:
    """Parse a leaf spec string against the property schema it fills."""
    kind, _, rest = spec.partition(":")
    args = rest.split(":") if rest else []
    try:
        if kind == "int" and len(args) == 2:
            lo, hi = int(args[0]), int(args[1])
            return _checked(Spec("int", lo, hi), lo <= hi, spec)
        if kind == "float" and len(args) == 3:
            lo, hi, dec = float(args[0]), float(args[1]), int(args[2])
            return _checked(Spec("float", lo, hi, dec), lo <= hi and dec >= 0, spec)
        if kind in ("bool", "date", "time") and not args:
            return Spec(kind)
        if kind == "enum" and not args:
            return _checked(
                Spec("enum", options=tuple(schema.get("enum", ()))), "enum" in schema, spec
            )
        if kind == "pool" and len(args) == 1:
            return _checked(Spec("pool", options=POOLS.get(args[0], ())), args[0] in POOLS, spec)
        if kind == "choice" and rest:
            options = tuple(rest.split("|"))
            return _checked(Spec("choice", options=options), all(options), spec)
        if kind == "list" and len(args) >= 3:
            item = parse(":".join(args[:-2]), schema.get("items", {}))
            lo, hi = int(args[-2]), int(args[-1])
            ok = 0 < lo <= hi and (not item.options or hi <= len(item.options))
            return _checked(Spec("list", lo, hi, item=item), ok and item.kind != "list", spec)
    except SpecError:
        raise
    except (ValueError, IndexError) as exc:
        raise SpecError(f"bad value spec {spec!r}: {exc}") from exc
    raise SpecError(f"unknown value spec {spec!r}")


def _checked(parsed: Spec, ok: bool, spec: str) -> Spec:
    if not ok:
        raise SpecError(f"value spec {spec!r} is out of range or names an unknown pool/enum")
    return parsed


def draw(rng: random.Random, spec: Spec) -> object:
    """Draw one argument value for a leaf spec."""
    kind = spec.kind
    if kind == "int":
        return rng.randint(int(spec.lo), int(spec.hi))
    if kind == "float":
        value = round(rng.uniform(spec.lo, spec.hi), spec.decimals)
        return float(f"{value:.{spec.decimals}f}")
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "date":
        return dt.date.fromordinal(_FIRST_DAY + rng.randrange(730)).isoformat()
    if kind == "time":
        return f"{rng.randrange(24):02d}:{rng.choice((0, 0, 15, 30, 45, rng.randrange(60))):02d}"
    if kind == "list":
        n = rng.randint(int(spec.lo), int(spec.hi))
        if spec.item.options:  # type: ignore[union-attr]
            return rng.sample(spec.item.options, n)  # type: ignore[union-attr]
        items: list = []
        for _ in range(4 * n):  # distinct items; a narrow range may give fewer
            value = draw(rng, spec.item)  # type: ignore[arg-type]
            if value not in items:
                items.append(value)
            if len(items) == n:
                break
        return items
    return rng.choice(spec.options)  # enum, pool, choice


def key(value: object) -> str:
    """The key a `say` map uses for a value: JSON spelling for booleans, str() otherwise."""
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def speak(rng: random.Random, spec: Spec, value: object, say: dict[str, tuple[str, ...]]) -> str:
    """The words a user says for `value`: a `say` form if given, else a natural spelling."""
    forms = say.get(key(value))
    if forms:
        return rng.choice(forms)
    kind = spec.kind
    if kind == "bool":
        return rng.choice(_DEFAULT_BOOL_SAY[key(value)])
    if kind == "int" and 0 <= value <= 20 and rng.random() < 0.15:  # type: ignore[operator]
        return _NUMBER_WORDS[value]  # type: ignore[index]
    if kind == "float":
        return f"{value:.{spec.decimals}f}"
    if kind in ("enum", "choice"):
        return str(value).replace("_", " ")
    if kind == "date":
        return _say_date(rng, str(value))
    if kind == "time":
        return _say_time(rng, str(value))
    if kind == "list":
        return join_words(rng, [speak(rng, spec.item, v, say) for v in value])  # type: ignore[arg-type, attr-defined]
    return str(value)


def join_words(rng: random.Random, items: list[str]) -> str:
    """'a, b and c' (or with an Oxford comma, or plain commas)."""
    if len(items) == 1:
        return items[0]
    style = rng.randrange(3)
    if style == 2:
        return ", ".join(items)
    last = (", and " if style == 1 and len(items) > 2 else " and ") + items[-1]
    return ", ".join(items[:-1]) + last


def _say_date(rng: random.Random, iso: str) -> str:
    year, month, day = (int(p) for p in iso.split("-"))
    style = rng.randrange(3)
    if style == 0:
        return iso
    if style == 1:
        return f"{_MONTHS[month - 1]} {day}, {year}"
    return f"{day} {_MONTHS[month - 1]} {year}"


def _say_time(rng: random.Random, hhmm: str) -> str:
    hour, minute = (int(p) for p in hhmm.split(":"))
    if rng.random() < 0.4:
        return hhmm
    half = "am" if hour < 12 else "pm"
    h12 = hour % 12 or 12
    clock = f"{h12}" if minute == 0 and rng.random() < 0.5 else f"{h12}:{minute:02d}"
    return f"{clock} {half}" if rng.random() < 0.7 else f"{clock}{half}"
