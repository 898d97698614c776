"""Row variants that change the offered tools: near-miss siblings and Hammer-style name masking.

`sibling` makes a similar-looking distractor from a tool by swapping one word of its name and
description (set_timer -> set_stopwatch, lock_door -> unlock_door), so the student must read the
words, not just the shape. `mask_row` renames properties (and sometimes function names) to
random identifiers in the offered schemas, the history and the answer alike (Hammer, 2024), so the
student must read descriptions rather than lean on familiar names.
"""

import json
import random
import re
import string

# Word swaps that keep a tool plausible but change what it does; applied to the name token and the
# same word in the descriptions. Both directions are listed where both read naturally.
_SWAPS: dict[str, str] = {
    "timer": "stopwatch",
    "stopwatch": "timer",
    "alarm": "reminder",
    "reminder": "alarm",
    "sms": "mms",
    "text": "voice",
    "message": "memo",
    "email": "fax",
    "song": "podcast",
    "podcast": "audiobook",
    "playlist": "album",
    "album": "playlist",
    "light": "fan",
    "lights": "fans",
    "thermostat": "humidifier",
    "door": "window",
    "blinds": "curtains",
    "movie": "trailer",
    "show": "channel",
    "ride": "delivery",
    "note": "checklist",
    "event": "task",
    "contact": "group",
    "photo": "video",
    "file": "folder",
    "folder": "file",
    "order": "return",
    "payment": "refund",
    "flight": "train",
    "restaurant": "cafe",
    "weather": "pollen",
    "news": "blog",
    "workout": "meal",
    "temperature": "humidity",
    "add": "remove",
    "remove": "add",
    "start": "stop",
    "stop": "start",
    "open": "close",
    "close": "open",
    "lock": "unlock",
    "unlock": "lock",
    "enable": "disable",
    "disable": "enable",
    "increase": "decrease",
    "decrease": "increase",
    "play": "queue",
    "pause": "resume",
    "resume": "pause",
    "mute": "unmute",
    "unmute": "mute",
    "create": "archive",
    "delete": "restore",
    "send": "schedule",
    "cancel": "confirm",
    "book": "cancel",
    "follow": "unfollow",
    "subscribe": "unsubscribe",
    "download": "upload",
    "upload": "download",
    "on": "off",
    "off": "on",
    "search": "browse",
    "buy": "sell",
    "issue": "pull_request",
    "deploy": "rollback",
    "invoice": "quote",
    "customer": "supplier",
    "branch": "tag",
}

_ID_CHARS = string.ascii_lowercase + string.digits


def sibling(
    name: str, description: str, parameters: dict, taken: set[str], rng: random.Random
) -> dict | None:
    """An OpenAI tool dict that differs from the given one by one swapped word, or None."""
    tokens = name.split("_")
    order = list(range(len(tokens)))
    rng.shuffle(order)
    for i in order:
        swap = _SWAPS.get(tokens[i].lower())
        if swap is None:
            continue
        word = re.compile(rf"\b{re.escape(tokens[i])}\b", re.IGNORECASE)
        if not word.search(description):
            continue
        new_name = "_".join([*tokens[:i], swap, *tokens[i + 1 :]])
        if new_name in taken:
            continue

        def replace(text: str, word: re.Pattern = word, swap: str = swap) -> str:
            spoken = swap.replace("_", " ")
            return word.sub(
                lambda m: spoken.capitalize() if m.group(0)[0].isupper() else spoken, text
            )

        props = {
            k: {**v, "description": replace(v["description"])}
            for k, v in parameters["properties"].items()
        }
        params = {**parameters, "properties": props}
        return {
            "type": "function",
            "function": {
                "name": new_name,
                "description": replace(description),
                "parameters": params,
            },
        }
    return None


def _identifier(rng: random.Random, style: str, taken: set[str]) -> str:
    while True:
        tail = "".join(rng.choices(_ID_CHARS, k=rng.randint(2, 4)))
        ident = f"{style}{tail}" if style else rng.choice(string.ascii_lowercase) + tail
        if ident not in taken:
            taken.add(ident)
            return ident


def mask_row(row: dict, rng: random.Random, rename_functions: bool) -> dict:
    """Rename top-level properties (and maybe functions) consistently across the whole row."""
    funcs: dict[str, str] = {}
    props: dict[str, dict[str, str]] = {}
    fn_taken: set[str] = set()
    fn_style = rng.choice(("fn_", "tool_", "f", "op_", ""))
    arg_style = rng.choice(("arg_", "p", "x_", "field", "", "k"))
    tools = []
    for tool in row["tools"]:
        fn = tool["function"]
        params = fn["parameters"]
        taken: set[str] = set()
        renames = {k: _identifier(rng, arg_style, taken) for k in params["properties"]}
        new_name = _identifier(rng, fn_style, fn_taken) if rename_functions else fn["name"]
        funcs[fn["name"]], props[fn["name"]] = new_name, renames
        new_params = {
            **params,
            "properties": {renames[k]: v for k, v in params["properties"].items()},
            "required": [renames[k] for k in params.get("required", [])],
        }
        tools.append(
            {"type": "function", "function": {**fn, "name": new_name, "parameters": new_params}}
        )

    def rename_args(fn_name: str, args: dict) -> dict:
        return {props[fn_name][k]: v for k, v in args.items()}

    messages = []
    for msg in row["messages"]:
        if msg.get("tool_calls"):
            calls = []
            for call in msg["tool_calls"]:
                f = call["function"]
                args = rename_args(f["name"], json.loads(f["arguments"]))
                new_f = {
                    "name": funcs[f["name"]],
                    "arguments": json.dumps(args, ensure_ascii=False),
                }
                calls.append({**call, "function": new_f})
            msg = {**msg, "tool_calls": calls}
        messages.append(msg)
    answer_calls = [
        {"name": funcs[c["name"]], "arguments": rename_args(c["name"], c["arguments"])}
        for c in row["answer"]["tool_calls"]
    ]
    answer = {**row["answer"], "tool_calls": answer_calls}
    return {**row, "tools": tools, "messages": messages, "answer": answer}
