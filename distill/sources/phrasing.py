"""Requests generated over a real schema: the action from its description, each value said verbatim.

Used for sources that bring tools but no requests (OpenAPI operations, Python library functions).
`request` turns a tool description and the (argument words, value as said) pairs into one user
message through a handful of templates; `string_value` draws a string for an argument by its
format or name; `say_words` is how the user names an argument ("resourceGroupName" -> "resource
group name").
"""

import random
import re
import string
import uuid
from collections.abc import Callable
from typing import Any

from distill.sources.common import ordered_args

_VERB_WORDS = (
    "get list create delete update retrieve return add remove fetch search find send set check "
    "upload download cancel start stop query generate validate verify register submit publish "
    "enable disable reset replace assign move copy run execute read write lookup look show "
    "describe modify edit change insert import export convert calculate compute analyze analyse "
    "translate detect subscribe unsubscribe accept approve reject revoke grant invite attach "
    "detach associate disassociate tag untag apply schedule restore purge clear count estimate "
    "initiate open close lock unlock mark merge link unlink save share sign authorize confirm "
    "rename resize restart reboot test transfer post put patch view make build evaluate solve "
    "compare sort filter format parse encode decode split join resolve obtain request provide "
    "upsert batch load deploy install trigger pause resume archive unarchive report notify "
    "invoke call render print fit integrate differentiate simplify expand factor round draw "
    "sample pick match extract scan index map reduce transform normalize normalise perform"
)
VERBS = frozenset(_VERB_WORDS.split())
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|[_\-.\s]+")
_SENTENCE = re.compile(r"(?<=[a-z0-9)])[.;:!?](\s|$)")
_ALLOWS = re.compile(
    r"^(?:this|the) (?:endpoint|method|operation|api|call|function|resource|service)"
    r" (?:allows you to|lets you|will|is used to|can be used to|can|is for|is to) ",
    re.IGNORECASE,
)

WITH_ARGS = (
    "{Action} with {pairs_with}.",
    "Please {action}: {pairs_plain}.",
    "Can you {action}? {Pairs_is}.",
    "I'd like to {action} using {pairs_eq}.",
    "{action}, {pairs_plain}",
    "Need to {action} for {pairs_with}.",
    "Could you {action} with {pairs_as}?",
    "{Action}. {Pairs_is}.",
)
WITHOUT_ARGS = ("Please {action}.", "Can you {action}?", "{Action}, please.", "I need to {action}.")

NAMES = (
    "Amara Okafor", "Lukas Brandt", "Mei Tanaka", "Diego Alvarez", "Sofia Rossi", "Ravi Menon",
    "Hannah Cole", "Tomasz Nowak", "Leila Haddad", "Jonas Berg", "Camille Laurent", "Kwame Mensah",
)  # fmt: skip
THINGS = (
    "blue-harbor", "nightly-build", "Q3 report", "summer campaign", "alpha", "orion", "west-wing",
    "invoice batch 7", "field notes", "kestrel", "migration plan", "red velvet", "project atlas",
    "evergreen", "staging", "beta testers", "Lisbon office", "onboarding", "wildflower", "cobalt",
)  # fmt: skip
TOPICS = (
    "electric bikes", "sourdough starter", "remote work", "solar panels", "jazz festivals",
    "used cameras", "python tutorials", "vintage maps", "mountain huts", "tax forms",
    "board games", "coffee grinders", "marathon training", "open data", "bird songs",
)  # fmt: skip
PLACES = (
    "Lisbon", "Nairobi", "Osaka", "Montreal", "Valparaiso", "Tbilisi", "Adelaide", "Bergen",
    "Kraków", "Cusco", "Da Nang", "Ghent", "Porto Alegre", "Ljubljana", "Halifax",
)  # fmt: skip
LANGS = ("en", "fr", "de", "es", "pt-BR", "ja", "en-GB", "it", "nl", "ko")
CURRENCIES = ("EUR", "USD", "JPY", "GBP", "CHF", "BRL", "INR", "SEK")


def say_words(name: str, description: str = "") -> str:
    words = " ".join(w.lower() for w in _CAMEL.split(name) if w)
    if len(words) <= 2 and description:
        first = re.findall(r"[A-Za-z]+", description)[:4]
        words = " ".join(w.lower() for w in first if w.lower() not in ("the", "a", "an")) or words
    return words or name


def action(description: str) -> str | None:
    """The first sentence of a description as something to ask for ("list previously requested
    builds"), or None when it reads like no action."""
    text = _ALLOWS.sub("", description.strip())
    text = _SENTENCE.split(text, 1)[0].strip().rstrip(".")
    if re.fullmatch(r"[A-Za-z]+(?:[A-Z_][A-Za-z]*)+", text):  # an identifier: listTransactions
        text = say_words(text)
    if len(text.split()) > 16:
        text = re.split(r",| which | that | so that | in order to ", text, maxsplit=1)[0]
    words = text.split()
    if not words or len(words) > 16 or "{" in text:
        return None
    first = words[0].lower()
    stem = first
    if first.endswith(("ches", "shes", "sses", "xes")):
        stem = first[:-2]
    elif first.endswith("ies"):
        stem = first[:-3] + "y"
    elif first.endswith("s") and not first.endswith("ss"):
        stem = first[:-1]
    rest = " ".join(words[1:])
    if stem in VERBS:
        return f"{stem} {rest}".strip()
    if first in VERBS:
        return f"{first} {rest}".strip()
    phrase = " ".join(words)
    return f"get the {phrase[0].lower() + phrase[1:]}" if len(words) <= 8 else None


def request(rng: random.Random, description: str, said: list[tuple[str, str]]) -> str | None:
    act = action(description)
    if act is None:
        return None
    cap = act[0].upper() + act[1:]
    if not said:
        return rng.choice(WITHOUT_ARGS).format(action=act, Action=cap)
    rng.shuffle(said)

    def join(parts: list[str]) -> str:
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]

    pairs = {
        "pairs_with": join([f"{w} {v}" for w, v in said]),
        "pairs_plain": ", ".join(f"{w} {v}" for w, v in said),
        "pairs_eq": join([f"{w} = {v}" for w, v in said]),
        "pairs_as": join([f"{v} as the {w}" for w, v in said]),
    }
    is_ = join([f"{w} is {v}" for w, v in said])
    pairs["Pairs_is"] = is_[0].upper() + is_[1:]
    return rng.choice(WITH_ARGS).format(action=act, Action=cap, **pairs)


Draw = Callable[[random.Random, str, dict], tuple[Any, str]]


def draw_request(
    rng: random.Random, tool: dict, optional_p: float, draw: Draw
) -> tuple[str, dict] | None:
    """A request for `tool` and the arguments it states: every required argument and each
    optional one with probability `optional_p`, values from `draw(rng, name, property)` as
    (value, how it is said). None when the description reads like no action."""
    params = tool["function"]["parameters"]
    optional = [n for n in params["properties"] if n not in params["required"]]
    chosen = list(params["required"]) + [n for n in optional if rng.random() < optional_p]
    args, said = {}, []
    for name in chosen:
        prop = params["properties"][name]
        value, text = draw(rng, name, prop)
        args[name] = value
        said.append((say_words(name, prop.get("description", "")), text))
    text = request(rng, tool["function"]["description"], said)
    return None if text is None else (text, ordered_args(tool, args))


def _ident(rng: random.Random) -> str:
    n = rng.randint(6, 10)
    return "".join(rng.choices(string.ascii_letters + string.digits, k=n))


def _date(rng: random.Random) -> str:
    return f"{rng.randint(2019, 2027)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def string_value(rng: random.Random, name: str, fmt: str | None = None) -> str:
    """A string for an argument, by its format, else by the words of its name."""
    words = set(say_words(name).split())
    low = name.lower()
    if fmt == "date" or "date" in words:
        return _date(rng)
    if fmt == "date-time" or words & {"timestamp", "since", "until"}:
        return f"{_date(rng)}T{rng.randint(0, 23):02d}:{rng.choice((0, 15, 30, 45)):02d}:00Z"
    if fmt in ("uuid", "guid"):
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if fmt == "email" or "email" in low:
        first, last = rng.choice(NAMES).lower().split()
        return f"{first}.{last}@example.com"
    if fmt in ("uri", "url") or words & {"url", "uri", "link", "website", "href"}:
        return f"https://example.com/{rng.choice(THINGS).replace(' ', '-').lower()}"
    if words & {"id", "key", "token", "hash", "sha", "uuid", "guid", "code", "number"}:
        return _ident(rng)
    if words & {"city", "country", "location", "region", "place", "address", "destination"}:
        return rng.choice(PLACES)
    if words & {"lang", "language", "locale", "hl"}:
        return rng.choice(LANGS)
    if "currency" in words:
        return rng.choice(CURRENCIES)
    if words & {"query", "q", "search", "keyword", "keywords", "term", "text", "topic"}:
        return rng.choice(TOPICS)
    if words & {"user", "username", "owner", "author", "person", "first", "last", "contact"}:
        return rng.choice(NAMES)
    if "time" in words:
        return f"{rng.randint(0, 23):02d}:{rng.choice((0, 15, 30, 45)):02d}"
    return rng.choice(THINGS)
