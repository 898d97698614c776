"""distill.evaluate and distill.bfcl: scoring by hand, BFCL loading and its AST checker, the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from distill import bfcl
from distill.evaluate import Prediction, Reference, exact_by_kind, main, percentile, score
from model.format import Tool
from model.grammar import ToolChoice, build_grammar
from model.tokenizer import ThimbleTokenizer
from model.weights import save_checkpoint
from tests.distill.test_data import TOOLS, make_rows, write_rows
from tests.tiny import tiny_student

SCHEMAS = {t["function"]["name"]: t["function"]["parameters"] for t in TOOLS}


def ref(*calls: tuple[str, dict[str, Any]]) -> Reference:
    return Reference(list(calls), SCHEMAS)


def test_score_matches_a_hand_computed_example() -> None:
    predictions = [
        Prediction([("set_timer", '{"minutes":5.0}')], latency_ms=10),  # equal as JSON numbers
        Prediction(
            [("get_weather", '{"city":"Lima"}'), ("get_weather", '{"city":"Rome"}')], latency_ms=20
        ),
        Prediction([("set_timer", '{"minutes":"3"}')], latency_ms=30),  # JSON, not schema
        Prediction([], "hello", latency_ms=40),
        Prediction([], None, latency_ms=50, error="bad schema"),
        Prediction([("set_timer", '{"minutes":')], latency_ms=60),  # not JSON
    ]
    references = [
        ref(("set_timer", {"minutes": 5})),
        ref(("get_weather", {"city": "Paris"}), ("get_weather", {"city": "Lima"})),
        ref(),
        ref(),
        ref(("set_timer", {"minutes": 10, "label": "tea"})),
        ref(("set_timer", {"minutes": 1})),
    ]
    m = score(predictions, references)
    assert m.rows == 6
    assert m.exact_match == pytest.approx(2 / 6)  # rows 1 and 4
    assert m.call_count == pytest.approx(4 / 6)  # rows 1, 2, 4, 6
    assert m.names == pytest.approx(4 / 6)  # rows 1, 2, 4, 6
    assert m.arg_keys == pytest.approx(2 / 4)  # of rows 1, 2, 5, 6 (reference calls): 1 and 2
    assert m.arg_values == pytest.approx(2 / 6)  # minutes=5, city=Lima of 6 reference values
    assert m.no_call_precision == pytest.approx(1 / 2)  # no call in rows 4, 5; right in 4
    assert m.no_call_recall == pytest.approx(1 / 2)  # reference no call in rows 3, 4
    assert m.json_valid == pytest.approx(4 / 5)  # 5 calls made, row 6's is not JSON
    assert m.schema_valid == pytest.approx(3 / 5)  # and row 3's minutes is a string
    assert m.latency_p50_ms == pytest.approx(35.0)
    assert m.latency_p95_ms == pytest.approx(57.5)
    assert m.errors == 1


def test_exact_match_by_kind_splits_the_rows() -> None:
    predictions = [
        Prediction([("set_timer", '{"minutes":5}')]),
        Prediction([("set_timer", '{"minutes":6}')]),
        Prediction([], "hi"),
    ]
    references = [ref(("set_timer", {"minutes": 5})), ref(("set_timer", {"minutes": 5})), ref()]
    assert exact_by_kind(predictions, references, ["single", "single", "no_call"]) == {
        "no_call": {"rows": 1, "exact_match": 1.0},
        "single": {"rows": 2, "exact_match": 0.5},
    }


def test_percentile_interpolates_like_numpy() -> None:
    assert percentile([3.0], 95) == 3.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5
    assert percentile([], 50) == 0.0


def test_eval_cli_reports_heldout_and_bfcl(
    tokenizer: ThimbleTokenizer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    card = save_checkpoint(tiny_student(max_output_tokens=12), tokenizer, tmp_path / "tiny.json")
    rows = write_rows(tmp_path / "heldout.jsonl", make_rows(4))
    out = tmp_path / "report.json"
    argv = ["--weights", str(card), "--data", str(rows), "--limit", "2", "--out", str(out)]
    assert main([*argv, "--bfcl", "simple_python,irrelevance", "--device", "cpu"]) == 0
    report = json.loads(out.read_text())
    assert report["heldout"]["rows"] == 2
    assert sum(k["rows"] for k in report["heldout"]["by_kind"].values()) == 2
    assert set(report["bfcl"]) == {"simple_python", "irrelevance"}
    assert all(r["n"] == 2 for r in report["bfcl"].values())
    printed = capsys.readouterr().out
    assert "exact_match" in printed and "latency_p95_ms" in printed and "BFCL" in printed


# ---- BFCL ----------------------------------------------------------------------------------


def first(acceptable: list[Any]) -> Any:
    return next(a for a in acceptable if a != "")


def truth_calls(case: bfcl.Case) -> list[dict[str, Any]]:
    """The ground truth as a model would say it: the first acceptable value of each parameter
    (dicts and lists of dicts key by key), optional ones left out, names as offered."""
    calls = []
    for expected in case.answer or []:
        ((name, params),) = expected.items()
        props = next(f for f in case.functions if f["name"] == name)["parameters"]["properties"]
        args = {}
        for p, acceptable in params.items():
            if p not in props or all(a == "" for a in acceptable):
                continue
            value, doc = first(acceptable), props[p]
            if doc["type"] == "dict" and isinstance(value, dict):
                value = {k: first(v) for k, v in value.items() if any(a != "" for a in v)}
            elif doc.get("items", {}).get("type") == "dict" and isinstance(value, list):
                value = [
                    {k: first(v) for k, v in d.items() if any(a != "" for a in v)} for d in value
                ]
            args[p] = value
        calls.append({bfcl.openai_name(name): args})
    return calls


@pytest.fixture(scope="module")
def cases() -> dict[str, list[bfcl.Case]]:
    return {c: bfcl.load(c) for c in bfcl.CATEGORIES}


def test_bfcl_loads_all_five_categories_as_grammar_ready_tools(
    cases: dict[str, list[bfcl.Case]],
) -> None:
    sizes = {c: len(v) for c, v in cases.items()}
    assert sizes == {
        "simple_python": 400,
        "multiple": 200,
        "parallel": 200,
        "parallel_multiple": 200,
        "irrelevance": 240,
    }
    for category, items in cases.items():
        for case in items:
            assert case.messages and case.messages[-1]["role"] == "user"
            assert (case.answer is None) == (category == "irrelevance")
            tools = [Tool.from_openai(t) for t in case.tools]
            build_grammar(tools, ToolChoice())  # raises GrammarError if a schema is refused


def test_bfcl_types_become_json_schema() -> None:
    doc = {
        "type": "dict",
        "properties": {
            "x": {"type": "float", "description": "X."},
            "pair": {"type": "tuple", "items": {"type": "float"}},
            "data": {"type": "any", "description": "D."},
            "opts": {"type": "dict", "properties": {"k": {"type": "integer"}}, "optional": True},
            "rows": {
                "type": "array",
                "items": {"type": "dict", "properties": {"v": {"type": "boolean"}}},
            },
        },
        "required": ["x"],
    }
    s = bfcl.to_json_schema(doc)
    assert s["type"] == "object" and doc["type"] == "dict"  # converted a copy
    p = s["properties"]
    assert p["x"] == {"type": "number", "description": "X." + bfcl.FLOAT_HINT}
    assert p["pair"] == {"type": "array", "items": {"type": "number"}}
    assert p["data"]["type"] == "string"  # BFCL's GORILLA_TO_OPENAPI: any -> string
    assert p["opts"] == {"type": "object", "properties": {"k": {"type": "integer"}}}
    assert p["rows"]["items"]["properties"]["v"]["type"] == "boolean"
    tool = bfcl.to_tool({"name": "math.hypot", "description": "Norm.", "parameters": doc})
    assert tool["function"]["name"] == "math_hypot"
    assert tool["function"]["description"] == "Norm." + bfcl.PYTHON_HINT


def test_bfcl_checker_accepts_every_ground_truth(cases: dict[str, list[bfcl.Case]]) -> None:
    for items in cases.values():
        for case in items:
            result = bfcl.check(case, truth_calls(case))
            assert result.valid, (case.id, result)


def test_bfcl_parallel_matching_ignores_order_greedily(cases: dict[str, list[bfcl.Case]]) -> None:
    refused = []
    for case in cases["parallel"] + cases["parallel_multiple"]:
        calls = truth_calls(case)
        if not bfcl.check(case, calls[::-1]).valid:
            refused.append(case.id)
        assert not bfcl.check(case, calls[1:]).valid
        assert not bfcl.check(case, [*calls, calls[0]]).valid
    # BFCL matches each ground truth to the first call that fits, never backtracking: its first
    # entry accepts Microsoft or Apple, so reversed it takes the Apple call a later entry needs.
    assert refused == ["parallel_178"]


def test_bfcl_checker_rejects_perturbed_calls(cases: dict[str, list[bfcl.Case]]) -> None:
    case = cases["simple_python"][0]  # calculate_triangle_area(base=10, height=5, unit="units"?)
    ok = {"base": 10, "height": 5}

    def verdict(args: dict[str, Any], name: str = "calculate_triangle_area") -> str:
        r = bfcl.check(case, [{name: args}])
        return "ok" if r.valid else r.error_type

    assert verdict(ok) == "ok"
    assert verdict({**ok, "unit": " Units."}) == "ok"  # BFCL's string normalisation
    assert verdict({**ok, "unit": "cm"}) == "value_error:str"
    assert verdict({**ok, "base": 11}) == "value_error:others"
    assert verdict({**ok, "base": "10"}) == "type_error:simple"
    assert verdict({"base": 10}) == "simple_function_checker:missing_required"
    assert verdict({**ok, "color": "red"}) == "simple_function_checker:unexpected_param"
    assert verdict(ok, "triangle_area") == "simple_function_checker:wrong_func_name"
    assert not bfcl.check(case, [{"calculate_triangle_area": ok}] * 2).valid
    assert not bfcl.check(case, []).valid

    dotted = cases["simple_python"][1]  # math.factorial, offered as math_factorial
    assert bfcl.check(dotted, [{"math_factorial": {"number": 5}}]).valid
    assert not bfcl.check(dotted, [{"math.factorial": {"number": 5}}]).valid

    irrelevant = cases["irrelevance"][0]
    assert bfcl.check(irrelevant, []).valid
    name = irrelevant.tools[0]["function"]["name"]
    assert bfcl.check(irrelevant, [{name: {}}]).error_type == "irrelevance_error:decoder_success"

    multiple = cases["multiple"][0]
    wrong = next(f for f in multiple.functions if f["name"] != next(iter(multiple.answer[0])))
    assert not bfcl.check(multiple, [{bfcl.openai_name(wrong["name"]): {}}]).valid


def test_bfcl_accepts_ints_for_floats_but_not_inside_lists(
    cases: dict[str, list[bfcl.Case]],
) -> None:
    checked = 0
    for case in cases["simple_python"]:
        (call,) = truth_calls(case)
        ((name, args),) = call.items()
        props = case.functions[0]["parameters"]["properties"]
        floats = [
            p for p, v in args.items() if props[p]["type"] == "float" and float(v).is_integer()
        ]
        if floats:
            checked += 1
            assert bfcl.check(case, [{name: {**args, **{p: int(args[p]) for p in floats}}}]).valid
        lists = [
            p
            for p, v in args.items()
            if props[p]["type"] == "array" and props[p]["items"]["type"] == "float" and v
        ]
        if lists and all(float(x).is_integer() for x in args[lists[0]]):
            as_ints = {**args, lists[0]: [int(x) for x in args[lists[0]]]}
            assert not bfcl.check(case, [{name: as_ints}]).valid
    assert checked > 10
