"""Schema-Guided Dialogue (SGD, and its SGD-X schema variants) as training rows.

Every system turn that makes a `service_call` becomes a row: the user and system turns before it
(as user and assistant messages) and, as the answer, that call. The offered tools are the
intents of the dialogue's services (required and optional slots; slot descriptions; categorical
values as enums; optional slots' defaults stated in the description) plus a few near-miss intents
of other services. A row uses the original schema or, when asked, one of the five SGD-X
variants (renamed slots and intents, reworded descriptions) for the same call. A user turn
after which the system only asks, confirms or closes (no call, nothing from a result) becomes a
no-call row whose answer is the system's own reply.

Values: SGD marks each slot value as a span of an utterance, and its service calls hold
normalised values ("2019-03-03", "san francisco"). An argument whose value occurs in the
conversation is the exact substring as written (case kept); otherwise the state's surface form
written there; a value that is nowhere in the words (a normalised date, say) stays as SGD has it,
counted in `meta.ungrounded`. Categorical values stay enum members.

Whole services can be held out of training (`held_out_services`): every dialogue touching one
goes to the development split, and their intents are never offered as near misses in training.
"""

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from distill.sources.common import (
    answer_calls,
    answer_text,
    find_exact,
    is_heldout,
    ordered_args,
    read_jsonl,
    shuffled,
    tool,
    tool_name,
)

LICENSE = "CC BY-SA 4.0"
HELD_OUT_SERVICES = ("Banks_2", "Flights_3", "Media_2", "Movies_2")
VERSIONS = ("", "v1", "v2", "v3", "v4", "v5")  # "" is the original schema
# Probability of each schema version for a call: the original about 40%, each variant 12%.
VERSION_WEIGHTS = (0.4, 0.12, 0.12, 0.12, 0.12, 0.12)
# System acts that need nothing from a service result: after them a no-call row is honest.
NO_CALL_ACTS = {"REQUEST", "CONFIRM", "REQ_MORE", "GOODBYE"}
NEAR_MISS = (1, 3)  # near-miss intents of other domains per row (inclusive range)
EXTRA_CONTEXT = (0, 4)  # extra earlier turns kept beyond the ones the call needs


@dataclass(frozen=True)
class Intent:
    service: str  # the original service name (Flights_1), whatever the version
    version: str
    tool: dict  # the OpenAI tool
    slots: dict[str, str]  # original slot name -> this version's property name
    categorical: frozenset[str]  # original names of categorical slots

    @property
    def name(self) -> str:
        return tool_name(self.tool)


def _describe_slot(slot: dict, optional: bool, default: str | None) -> dict:
    text = slot["description"].rstrip(".")
    if optional and default not in (None, "dontcare"):
        text += f". Optional, default '{default}'."
    elif optional:
        text += ". Optional; any if not given."
    else:
        text += "."
    prop: dict = {"type": "string", "description": text}
    if slot["is_categorical"] and slot["possible_values"]:
        prop["enum"] = list(slot["possible_values"])
    if optional and default not in (None, "dontcare"):
        prop["default"] = default
    return prop


def load_intents(data_dir: Path) -> dict[tuple[str, str], dict[str, Intent]]:
    """(original service, version) -> {original intent name: Intent}."""
    base = json.loads((data_dir / "sgd" / "schema.json").read_text())
    sgdx_path = data_dir / "sgd" / "schema_sgdx.json"
    variants = json.loads(sgdx_path.read_text()) if sgdx_path.exists() else {}
    out: dict[tuple[str, str], dict[str, Intent]] = {}
    for version in VERSIONS:
        if version and version not in variants:
            continue
        by_name = {s["service_name"]: s for s in variants.get(version, [])}
        for orig in base:
            svc = by_name.get(orig["service_name"] + version[1:]) if version else orig
            if svc is None:
                continue
            # SGD-X lists slots and intents in the original order (checked: same count, same
            # categorical values), so position maps an original name to its variant.
            slot_map = {
                a["name"]: b["name"] for a, b in zip(orig["slots"], svc["slots"], strict=True)
            }
            slots = {s["name"]: s for s in svc["slots"]}
            categorical = frozenset(s["name"] for s in orig["slots"] if s["is_categorical"])
            intents = {}
            for oi, vi in zip(orig["intents"], svc["intents"], strict=True):
                props = {
                    name: _describe_slot(slots[name], False, None) for name in vi["required_slots"]
                }
                for name, default in vi["optional_slots"].items():
                    props[name] = _describe_slot(slots[name], True, default)
                description = vi["description"].rstrip(".") + "."
                intents[oi["name"]] = Intent(
                    orig["service_name"],
                    version,
                    tool(vi["name"], description, props, vi["required_slots"]),
                    slot_map,
                    categorical,
                )
            out[(orig["service_name"], version)] = intents
    return out


def iter_dialogues(data_dir: Path) -> Iterator[dict]:
    return read_jsonl(data_dir / "sgd" / "dialogues.jsonl")


@dataclass
class _Turn:
    speaker: str
    text: str
    frames: list[dict]


def _domain(service: str) -> str:
    return service.split("_")[0]


def _verb(name: str) -> str:
    for i, ch in enumerate(name[1:], 1):
        if ch.isupper():
            return name[:i]
    return name


class SgdRows:
    """Rows of every dialogue; `split` in meta: train, heldout (a share of the dialogues) or
    dev (dialogues touching a held-out service)."""

    def __init__(
        self,
        data_dir: Path,
        seed: int,
        held_out_services: tuple[str, ...] = HELD_OUT_SERVICES,
        versions_per_call: int = 1,
        no_call_p: float = 1.0,
    ) -> None:
        self.intents = load_intents(data_dir)
        self.data_dir = data_dir
        self.rng = random.Random(seed)
        self.held_out = set(held_out_services)
        self.versions_per_call = versions_per_call
        self.no_call_p = no_call_p  # share of the possible no-call rows made (there are many)
        self.versions = [v for v in VERSIONS if any(k[1] == v for k in self.intents)]
        self.weights = [VERSION_WEIGHTS[VERSIONS.index(v)] for v in self.versions]

    def __iter__(self) -> Iterator[dict]:
        for dialogue in iter_dialogues(self.data_dir):
            yield from self.dialogue_rows(dialogue)

    def dialogue_rows(self, dialogue: dict) -> Iterator[dict]:
        services = [s for s in dialogue["services"] if (s, "") in self.intents]
        if not services:
            return
        if self.held_out & set(dialogue["services"]):
            split = "dev"
        elif is_heldout(f"sgd:{dialogue['dialogue_id']}"):
            split = "heldout"
        else:
            split = "train"
        turns = [_Turn(t["speaker"], t["utterance"], t["frames"]) for t in dialogue["turns"]]
        for i, turn in enumerate(turns):
            if turn.speaker == "SYSTEM":
                calls = [f for f in turn.frames if "service_call" in f]
                for frame in calls:
                    for version in self._versions():
                        row = self._call_row(dialogue, turns, i, frame, services, version, split)
                        if row:
                            yield row
            elif (
                i + 1 < len(turns)
                and self._no_call_after(turns[i + 1])
                and self.rng.random() < self.no_call_p
            ):
                version = self._versions()[0]
                yield self._no_call_row(dialogue, turns, i, services, version, split)

    def _versions(self) -> list[str]:
        if self.versions_per_call <= 1:
            return self.rng.choices(self.versions, self.weights)
        k = min(self.versions_per_call, len(self.versions))
        return ["", *self.rng.sample(self.versions[1:], k - 1)]

    @staticmethod
    def _no_call_after(system: _Turn) -> bool:
        acts = {a["act"] for f in system.frames for a in f["actions"]}
        return (
            bool(acts)
            and acts <= NO_CALL_ACTS
            and not any("service_call" in f for f in system.frames)
        )

    def _offer(
        self, services: list[str], version: str, split: str, called: Intent | None = None
    ) -> list[dict]:
        """The dialogue's intents (the called one first where two services share a name)
        and near misses of other domains."""
        own: list[Intent] = [called] if called else []
        names = {it.name for it in own}
        for s in services:
            for it in self.intents.get((s, version), self.intents[(s, "")]).values():
                if it.name not in names:
                    names.add(it.name)
                    own.append(it)
        domains = {_domain(s) for s in services}
        verbs = {_verb(it.name) for it in own}
        pool = [
            it
            for (s, v), intents in self.intents.items()
            if _domain(s) not in domains
            and (split != "train" or s not in self.held_out)
            and v in ("", version)
            for it in intents.values()
        ]
        close = [it for it in pool if _verb(it.name) in verbs] or pool
        extra = []
        for it in self.rng.sample(close, min(len(close), self.rng.randint(*NEAR_MISS))):
            if it.name not in names:
                names.add(it.name)
                extra.append(it)
        return shuffled(self.rng, [it.tool for it in own + extra])

    def _window_start(self, turns: list[_Turn], end: int, needed: list[int]) -> int:
        start = min([end - 1, *needed])
        start = max(0, start - self.rng.randint(*EXTRA_CONTEXT))
        while start > 0 and turns[start].speaker != "USER":
            start -= 1
        return start

    def _messages(self, turns: list[_Turn], start: int, end: int) -> list[dict]:
        return [
            {"role": "user" if t.speaker == "USER" else "assistant", "content": t.text}
            for t in turns[start:end]
        ]

    def _call_row(
        self,
        dialogue: dict,
        turns: list[_Turn],
        i: int,
        frame: dict,
        services: list[str],
        version: str,
        split: str,
    ) -> dict | None:
        service = frame["service"]
        intents = self.intents.get((service, version)) or self.intents.get((service, ""))
        call = frame["service_call"]
        if not intents or call["method"] not in intents:
            return None
        intent = intents[call["method"]]
        args: dict[str, str] = {}
        where: list[int] = []
        ungrounded = 0
        for slot, value in call["parameters"].items():
            name = intent.slots.get(slot)
            if name is None or name not in intent.tool["function"]["parameters"]["properties"]:
                continue
            if slot in intent.categorical:
                args[name] = value
                continue
            text, at = self._ground(turns, i, service, slot, value)
            if at is None:
                ungrounded += 1
            else:
                where.append(at)
            args[name] = text
        intent_turn = self._intent_turn(turns, i, service, call["method"])
        start = self._window_start(
            turns, i, where + ([intent_turn] if intent_turn is not None else [])
        )
        offered = self._offer(services, version, split, intent)
        return {
            "id": f"sgd-{dialogue['dialogue_id']}-{i}{('-' + version) if version else ''}",
            "tools": offered,
            "messages": self._messages(turns, start, i),
            "answer": answer_calls([(intent.name, ordered_args(intent.tool, args))]),
            "meta": {
                "source": f"sgd-x:{version}" if version else "sgd",
                "kind": "single",
                "split": split,
                "dialogue": dialogue["dialogue_id"],
                "turn": i,
                "service": service,
                "ungrounded": ungrounded,
                "turns_dropped": start,
            },
        }

    def _no_call_row(
        self,
        dialogue: dict,
        turns: list[_Turn],
        i: int,
        services: list[str],
        version: str,
        split: str,
    ) -> dict:
        start = self._window_start(turns, i + 1, [])
        return {
            "id": f"sgd-{dialogue['dialogue_id']}-{i}n{('-' + version) if version else ''}",
            "tools": self._offer(services, version, split),
            "messages": self._messages(turns, start, i + 1),
            "answer": answer_text(turns[i + 1].text),
            "meta": {
                "source": f"sgd-x:{version}" if version else "sgd",
                "kind": "no_call",
                "split": split,
                "dialogue": dialogue["dialogue_id"],
                "turn": i,
                "turns_dropped": start,
            },
        }

    @staticmethod
    def _intent_turn(turns: list[_Turn], end: int, service: str, intent: str) -> int | None:
        """The last user turn before `end` that names the intent (INFORM_INTENT)."""
        for j in range(end - 1, -1, -1):
            for f in turns[j].frames:
                if f["service"] == service and any(
                    a["act"] == "INFORM_INTENT" and intent in a["values"] for a in f["actions"]
                ):
                    return j
        return None

    @staticmethod
    def _ground(
        turns: list[_Turn], end: int, service: str, slot: str, value: str
    ) -> tuple[str, int | None]:
        """The value as written in the latest turn before `end` that holds it (user turns
        first), and that turn; else the value as SGD has it and None."""
        candidates = [value]
        for j in range(end - 1, -1, -1):
            for f in turns[j].frames:
                if f["service"] == service and "state" in f:
                    candidates += f["state"]["slot_values"].get(slot, [])
                    break
            else:
                continue
            break
        for speaker in ("USER", "SYSTEM"):
            for cand in candidates:
                for j in range(end - 1, -1, -1):
                    if turns[j].speaker == speaker:
                        found = find_exact(cand, turns[j].text)
                        if found:
                            return found, j
        return value, None
