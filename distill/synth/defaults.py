"""Defaults stated in the offered schema, as real APIs state them ("unit of length, default
'meters'").

`with_defaults` gives some optional properties of the offered library tools a `default` and says
it in their description. The answer is unchanged, and stays right: an optional argument the
request does not state is left out (the tool uses its default), and one it states keeps the
stated value, which then differs from the default. So the student learns that a described
default is no reason to fill an argument in, and that a stated value wins over it.
"""

import json
import random

from distill.synth.catalog import Library
from distill.synth.values import draw

# Pools (names, free text) and dates make odd defaults; these kinds make the usual ones.
SCALAR_KINDS = {"int", "float", "bool", "enum", "choice", "time"}


def with_defaults(rng: random.Random, row: dict, lib: Library, p: float) -> dict:
    """`row` with each optional scalar property of its offered library tools given a default
    with probability `p` (a value the answer does not state for it)."""
    stated: dict[tuple[str, str], list] = {}
    for call in row["answer"]["tool_calls"]:
        for key, value in call["arguments"].items():
            stated.setdefault((call["name"], key), []).append(value)
    tools = []
    for t in row["tools"]:
        fn = t["function"]
        tool = lib.by_name.get(fn["name"])
        params = fn["parameters"]
        if tool is None or tool.parameters["properties"].keys() != params["properties"].keys():
            tools.append(t)  # a made-up near miss: no specs to draw from
            continue
        props = {}
        for key, prop in params["properties"].items():
            spec = tool.specs.get((key,))
            if (
                key in params["required"]
                or spec is None
                or spec.kind not in SCALAR_KINDS
                or rng.random() >= p
            ):
                props[key] = prop
                continue
            taken = stated.get((fn["name"], key), [])
            value = next((v for v in (draw(rng, spec) for _ in range(4)) if v not in taken), None)
            if value is None:
                props[key] = prop
                continue
            text = f"{prop['description'].rstrip('.')}. Default: {json.dumps(value)}."
            props[key] = {**prop, "description": text, "default": value}
        tools.append({**t, "function": {**fn, "parameters": {**params, "properties": props}}})
    return {**row, "tools": tools}
