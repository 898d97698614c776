"""Tests for the offline synthetic generator: library validation, row validity, mix, split, CLI."""

import argparse
import collections
import itertools
import json
import random
import re

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from distill.synth import noise
from distill.synth.catalog import LibraryError, compile_tool, load_library
from distill.synth.offline import (
    HELDOUT_PERCENT,
    is_heldout,
    iter_rows,
    main,
    parse_mix,
    row_key,
    split,
    write,
)
from distill.synth.render import TemplateError, parse, render
from distill.synth.rows import BASE_MIX

N_ROWS = 2000
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{2}:\d{2}$")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return list(itertools.islice(iter_rows(seed=11), N_ROWS))


def _tool(**overrides: object) -> dict:
    tool = {
        "name": "set_kettle",
        "descriptions": ["Boil the kettle."],
        "parameters": {
            "type": "object",
            "properties": {
                "degrees": {"type": "integer", "description": "Target water temperature."},
                "label": {"type": "string", "description": "Name shown on the kettle."},
            },
            "required": ["degrees"],
        },
        "values": {"degrees": "int:60:100", "label": "pool:timer_label"},
        "requests": [f"heat water to {{degrees}} degrees[ for {{label}}] v{i}" for i in range(6)],
    }
    return {**tool, **overrides}


def _validate(args: dict, schema: dict) -> None:
    jsonschema.Draft202012Validator(schema).validate(args)


def _offered(row: dict) -> dict[str, dict]:
    return {t["function"]["name"]: t["function"]["parameters"] for t in row["tools"]}


def _leaves(value: object) -> list[object]:
    if isinstance(value, dict):
        return [x for v in value.values() for x in _leaves(v)]
    if isinstance(value, list):
        return [x for v in value for x in _leaves(v)]
    return [value]


def test_library_loads_with_personal_assistant_domains() -> None:
    lib = load_library()
    assert len(lib.tools) >= 120
    for domain in ("timers", "messaging", "smart_home", "weather", "payments", "news"):
        assert 5 <= len(lib.domains[domain]) <= 10
    assert all(len(t.requests) >= 6 for t in lib.tools)


def test_compile_tool_accepts_a_good_tool() -> None:
    assert compile_tool("kitchen", _tool()).name == "set_kettle"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"requests": ["boil {degrees}"] * 5}, "at least 6"),
        ({"values": {"degrees": "int:60:100", "label": "pool:no_such_pool"}}, "no_such_pool"),
        ({"values": {"degrees": "gaussian", "label": "pool:timer_label"}}, "unknown value spec"),
        ({"values": {"degrees": "int:60:100"}}, "missing ['label']"),
        ({"requests": ["boil {temp}"] * 6}, "name no property"),
        ({"requests": ["boil water[ at {degrees}]"] * 6}, "required ['degrees']"),
        ({"requests": ["boil [water {degrees}"] * 6}, "unclosed"),
        (
            {"values": {"degrees": "pool:timer_label", "label": "pool:timer_label"}},
            "invalid arguments",
        ),
        ({"similarr": []}, "unknown ['similarr']"),
        ({"requests": ['boil{degrees="hot"}'] * 6}, "invalid arguments"),
    ],
)
def test_compile_tool_rejects_bad_tools(overrides: dict, message: str) -> None:
    with pytest.raises((LibraryError, ValueError), match=re.escape(message)):
        compile_tool("kitchen", _tool(**overrides))


def test_compile_tool_requires_described_properties() -> None:
    params = _tool()["parameters"]
    bad = {**params, "properties": {**params["properties"], "label": {"type": "string"}}}
    with pytest.raises(LibraryError, match="no description"):
        compile_tool("kitchen", _tool(parameters=bad))


def test_rows_validate_against_their_offered_schemas(rows: list[dict]) -> None:
    for row in rows:
        assert set(row) == {"id", "tools", "messages", "answer", "meta"}
        assert len(row["tools"]) <= 10
        offered = _offered(row)
        answer = row["answer"]
        assert (answer["content"] is None) == bool(answer["tool_calls"])
        for call in answer["tool_calls"]:
            schema = offered[call["name"]]
            _validate(call["arguments"], schema)
            order = [k for k in schema["properties"] if k in call["arguments"]]
            assert list(call["arguments"]) == order, "arguments follow the schema's property order"


def test_answer_values_are_grounded_in_the_user_words(rows: list[dict]) -> None:
    lib = load_library()
    for row in rows:
        said = " ".join(m["content"] for m in row["messages"] if m["role"] == "user").lower()
        for call in row["answer"]["tool_calls"]:
            say = lib.by_name[call["name"]].say
            for value in _leaves(call["arguments"]):
                if not isinstance(value, str) or _ISO.match(value):
                    continue  # numbers, booleans, dates and times are said in other spellings
                forms = [
                    value,
                    value.replace("_", " "),
                    *(f for m in say.values() for f in m.get(value, ())),
                ]
                assert any(f.lower() in said for f in forms), (value, said)


def test_kind_mix_is_near_the_target(rows: list[dict]) -> None:
    counts = collections.Counter(r["meta"]["base"] for r in rows)
    for kind, share in BASE_MIX.items():
        assert abs(counts[kind] / len(rows) - share) < 0.03, (kind, counts)
    kinds = collections.Counter(r["meta"]["kind"] for r in rows)
    for kind in ("near_miss", "indirect", "disfluent", "typo", "no_tools", "multi_turn"):
        assert kinds[kind] > 0.01 * len(rows), (kind, kinds)


def test_the_kind_mix_can_be_set() -> None:
    mix = parse_mix("no_call=0.3,single=0.7")
    assert mix == {"no_call": 0.3, "single": 0.7}
    rows = list(itertools.islice(iter_rows(seed=4, mix=mix), 600))
    counts = collections.Counter(r["meta"]["base"] for r in rows)
    assert counts["parallel"] == 0 and abs(counts["no_call"] / len(rows) - 0.3) < 0.06
    with pytest.raises(argparse.ArgumentTypeError):
        parse_mix("sometimes=1")


def test_a_layer_probability_can_be_set_beside_the_default_kind_shares() -> None:
    rows = list(itertools.islice(iter_rows(seed=4, mix=parse_mix("multi_turn=0.6")), 600))
    turns = sum(any(m["role"] == "assistant" for m in r["messages"]) for r in rows) / len(rows)
    assert turns > 0.45  # the default multi_turn probability is 0.15
    assert collections.Counter(r["meta"]["base"] for r in rows)["parallel"] > 0.4 * len(rows)
    for bad in ("multi_turn=1.5", "single=0,parallel=0"):
        with pytest.raises(argparse.ArgumentTypeError):
            parse_mix(bad)


def test_no_tools_rows_answer_in_text(rows: list[dict]) -> None:
    no_tools = [r for r in rows if r["meta"]["kind"] == "no_tools"]
    assert no_tools
    assert all(not r["tools"] and r["answer"]["content"] for r in no_tools)


def test_multi_turn_rows_have_consistent_history(rows: list[dict]) -> None:
    for row in (r for r in rows if r["meta"]["kind"] == "multi_turn"):
        msgs = [m for m in row["messages"] if m["role"] != "system"]
        assert [m["role"] for m in msgs] == ["user", "assistant", "tool", "user"]
        call = msgs[1]["tool_calls"][0]
        assert msgs[2]["tool_call_id"] == call["id"]
        _validate(
            json.loads(call["function"]["arguments"]), _offered(row)[call["function"]["name"]]
        )
        json.loads(msgs[2]["content"])


def test_iter_rows_is_deterministic_for_a_seed() -> None:
    first = list(itertools.islice(iter_rows(seed=5), 200))
    again = list(itertools.islice(iter_rows(seed=5), 200))
    other = list(itertools.islice(iter_rows(seed=6), 200))
    assert first == again
    assert first != other


def test_masked_rows_rename_schema_and_answer_consistently() -> None:
    lib = load_library()
    masked = [r for r in itertools.islice(iter_rows(seed=3, mask_names=1.0), 500) if r["tools"]]
    assert all(r["meta"]["masked"] for r in masked)
    for row in masked:
        offered = _offered(row)
        for msg in row["messages"]:
            for call in msg.get("tool_calls") or []:
                fn = call["function"]
                _validate(json.loads(fn["arguments"]), offered[fn["name"]])
        for call in row["answer"]["tool_calls"]:
            schema = offered[call["name"]]
            _validate(call["arguments"], schema)
            assert list(call["arguments"]) == [
                k for k in schema["properties"] if k in call["arguments"]
            ]
        for name, schema in offered.items():
            if name in lib.by_name and schema["properties"]:
                assert set(schema["properties"]).isdisjoint(
                    lib.by_name[name].parameters["properties"]
                )
    renamed = [r for r in masked if not set(_offered(r)) & set(lib.by_name)]
    assert 0.1 < len(renamed) / len(masked) < 0.5, "about 30% of masked rows rename functions too"


def test_heldout_families_never_appear_in_train(rows: list[dict]) -> None:
    parts = collections.defaultdict(list)
    for row in rows:
        parts[split(row)].append(row)
    train_families = {f for r in parts["train"] for f in r["meta"]["families"]}
    heldout_families = {f for r in parts["heldout"] for f in r["meta"]["families"] if is_heldout(f)}
    assert heldout_families and not train_families & heldout_families
    assert not any(is_heldout(f) for f in train_families)
    assert 0.02 < len(parts["heldout"]) / len(rows) < 0.3
    families = {t.family for tool in load_library().tools for t in tool.requests + tool.indirect}
    assert 0.02 < sum(map(is_heldout, families)) / len(families) < 0.08


def test_write_dedups_rows(tmp_path, rows: list[dict]) -> None:
    doubled = itertools.chain.from_iterable((r, r) for r in rows[:100])
    counts = write(doubled, 100, tmp_path, progress=False)
    lines = [
        json.loads(x)
        for p in ("train", "heldout")
        for x in (tmp_path / f"{p}.jsonl").read_text().splitlines()
    ]
    assert len(lines) == 100 and counts["duplicate"] == 99
    assert len({row_key(r) for r in lines}) == 100
    assert sorted(p.name for p in tmp_path.iterdir()) == ["heldout.jsonl", "train.jsonl"]


def test_write_is_atomic_when_interrupted(tmp_path, rows: list[dict]) -> None:
    (tmp_path / "train.jsonl").write_text("old\n")

    def failing():
        yield from rows[:50]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write(failing(), 100, tmp_path, progress=False)
    assert (tmp_path / "train.jsonl").read_text() == "old\n", "previous output untouched"
    assert [p.name for p in tmp_path.iterdir()] == ["train.jsonl"], "no temporary files left"


def test_main_writes_both_splits(tmp_path, capsys) -> None:
    assert (
        main(["--rows", "300", "--seed", "2", "--out", str(tmp_path), "--mask-names", "0.2"]) == 0
    )
    train = (tmp_path / "train.jsonl").read_text().splitlines()
    heldout = (tmp_path / "heldout.jsonl").read_text().splitlines()
    assert len(train) + len(heldout) == 300
    assert all(split(json.loads(x)) == "train" for x in train)
    assert all(split(json.loads(x)) == "heldout" for x in heldout)
    assert "kind:single" in capsys.readouterr().out


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10_000), kind=st.sampled_from(["typos", "misheard", "disfluent"]))
def test_noise_never_touches_values(seed: int, kind: str) -> None:
    rng = random.Random(seed)
    segments = [
        ("please set a timer for ", False),
        ("12", True),
        (" minutes called ", False),
        ("Zoë's tea", True),
    ]
    noisy = getattr(noise, kind)(rng, segments)
    assert [t for t, v in noisy if v] == ["12", "Zoë's tea"]


def test_fixed_slots_set_a_value_without_saying_it() -> None:
    tool = compile_tool("kitchen", _tool(requests=["boil it{degrees=100}[ for {label}]"] * 6))
    said = render(random.Random(0), tool.requests[0], tool.specs, tool.say, optional=1.0)
    assert said.args == {"degrees": 100, "label": said.said[("label",)]}
    assert "".join(t for t, _ in said.segments).startswith("boil it for ")
    with pytest.raises(TemplateError, match="fixed value"):
        parse("set_kettle", "boil it{degrees=hot}")


def test_a_single_domain_declines_other_domains_with_its_own_tools_offered() -> None:
    """Out-of-scope no-call rows of a narrowed library ask for another domain's action and
    offer only the domain's tools, so the model learns to decline with tools in view."""
    lib = load_library()
    rows = list(itertools.islice(iter_rows(seed=5, domains=("smart_home",)), 1500))
    home = {t.name for t in lib.domains["smart_home"]}
    declined = [r for r in rows if r["meta"]["base"] == "no_call" and r["meta"]["domain"] != "chat"]
    assert declined
    for row in declined:
        assert row["meta"]["domain"] != "smart_home" and not row["answer"]["tool_calls"]
        offered = {t["function"]["name"] for t in row["tools"]}
        assert offered <= home and (offered or row["meta"]["kind"] == "no_tools")
    assert sum(bool(r["tools"]) for r in declined) > len(declined) / 2
    called = {c["name"] for r in rows for c in r["answer"]["tool_calls"]}
    assert called <= home


def test_the_heldout_share_can_be_set(tmp_path) -> None:
    families = {t.family for tool in load_library().tools for t in tool.requests + tool.indirect}
    wide = sum(is_heldout(f, 20) for f in families) / len(families)
    assert sum(map(is_heldout, families)) / len(families) < wide and 0.12 < wide < 0.28
    args = ["--rows", "200", "--seed", "2", "--out", str(tmp_path), "--heldout-percent", "20"]
    assert main([*args, "--domains", "smart_home"]) == 0
    heldout = [json.loads(x) for x in (tmp_path / "heldout.jsonl").read_text().splitlines()]
    assert heldout and all(split(r, 20) == "heldout" for r in heldout)
    assert any(split(r, HELDOUT_PERCENT) == "train" for r in heldout)


def test_exclude_rows_writes_only_rows_never_seen(tmp_path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    base = ["--rows", "300", "--seed", "3", "--domains", "smart_home"]
    assert main([*base, "--out", str(first)]) == 0
    trained = (first / "train.jsonl").read_text().splitlines()
    assert main([*base, "--out", str(second), "--exclude-rows", str(first / "train.jsonl")]) == 0
    fresh = [json.loads(x) for p in ("train", "heldout") for x in (second / f"{p}.jsonl").open()]
    assert len(fresh) == 300  # the same seed again: every row new, none of the first run's
    assert not {row_key(r) for r in fresh} & {row_key(json.loads(x)) for x in trained}
