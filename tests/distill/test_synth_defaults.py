"""Stated defaults in the synthetic generator (`distill.synth.defaults`)."""

import itertools
import json
import random

from distill.synth.catalog import Tool, load_library
from distill.synth.offline import iter_rows
from distill.synth.render import render


def test_no_defaults_leaves_the_rows_of_a_seed_as_they_were() -> None:
    plain = list(itertools.islice(iter_rows(4), 60))
    assert list(itertools.islice(iter_rows(4, defaults_p=0.0), 60)) == plain


def test_defaults_are_described_and_never_equal_a_stated_value() -> None:
    lib = load_library()
    seen = 0
    for row in itertools.islice(iter_rows(2, defaults_p=1.0), 150):
        calls = {c["name"]: c["arguments"] for c in row["answer"]["tool_calls"]}
        for t in row["tools"]:
            fn = t["function"]
            tool = lib.by_name.get(fn["name"])
            for key, prop in fn["parameters"]["properties"].items():
                if "default" not in prop:
                    continue
                seen += 1
                assert key not in fn["parameters"]["required"]
                assert prop["description"].endswith(f"Default: {json.dumps(prop['default'])}.")
                assert tool.validator.is_valid({**_required(tool), key: prop["default"]})
                if key in calls.get(fn["name"], {}):
                    assert calls[fn["name"]][key] != prop["default"]
    assert seen > 150


def _required(tool: Tool) -> dict:
    """Valid arguments with no optional ones: a template rendered with none of them."""
    return render(random.Random(0), tool.requests[0], tool.specs, tool.say, 0.0).args
