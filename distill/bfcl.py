"""BFCL v4 single-turn categories, loaded from the installed `bfcl-eval` data and AST-checked.

For measurement only: nothing here may reach training (`distill.data.read_rows` refuses rows
whose `meta.source` mentions BFCL). `bfcl_eval` is never imported: its package pulls in every
provider SDK, so its data folder is found with `importlib.util.find_spec` and its AST checker
(`bfcl_eval/eval_checker/ast_eval/ast_checker.py`, which cannot be imported without those SDKs)
is re-implemented here rule for rule, for Python with an OpenAI-style function-calling model:

- function docs are shown to the model as BFCL's OpenAI handler shows them (`convert_to_tool`
  with `GORILLA_TO_OPENAPI`): dots in names become underscores, dict -> object, float -> number
  (with " This is a float type value." in the description), tuple -> array, any and unknown types
  -> string, and every description ends with BFCL's Python hint;
- the checker compares against those underscored names, requires the required parameters,
  refuses parameters the doc or the ground truth lacks, type-checks (an int is accepted for a
  float, never inside a list; a value typed like the ground truth where the doc says otherwise is
  a "variable"), normalises strings (drops ` ,./-_*^`, lower-cases, ' -> "), checks dicts and
  lists of dicts key by key, and wants every ground-truth parameter not marked optional ("");
- simple wants exactly one call, multiple as many calls as the ground truth and checks the first,
  parallel (and parallel_multiple) matches ground truth to calls in any order (greedy, as BFCL);
  irrelevance is correct exactly when no call is made.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

CATEGORIES = ("simple_python", "multiple", "parallel", "parallel_multiple", "irrelevance")

# bfcl_eval/constants/type_mappings.py GORILLA_TO_OPENAPI, the types these categories use
TO_OPENAPI = {
    "integer": "integer",
    "number": "number",
    "float": "number",
    "string": "string",
    "boolean": "boolean",
    "bool": "boolean",
    "array": "array",
    "list": "array",
    "dict": "object",
    "object": "object",
    "tuple": "array",
    "any": "string",
}
# ast_checker.PYTHON_TYPE_MAPPING
PY_TYPES: dict[str, type] = {
    "string": str,
    "integer": int,
    "float": float,
    "boolean": bool,
    "array": list,
    "tuple": list,
    "dict": dict,
    "any": str,
}
NESTED = ("array", "tuple")
PYTHON_HINT = " Note that the provided function is in Python 3 syntax."
FLOAT_HINT = " This is a float type value."


def data_dir() -> Path:
    spec = importlib.util.find_spec("bfcl_eval")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("bfcl-eval is not installed (make setup installs it, data only)")
    return Path(spec.submodule_search_locations[0]) / "data"


def openai_name(name: str) -> str:
    """BFCL's renaming for models whose API refuses dots in function names."""
    return re.sub(r"\.", "_", name)


def _convert(schema: dict[str, Any], is_property: bool) -> dict[str, Any]:
    kind = schema.get("type", "string")
    if kind == "float" and is_property:
        schema["description"] = schema.get("description", "") + FLOAT_HINT
    schema["type"] = TO_OPENAPI.get(kind, "string")
    schema.pop("optional", None)  # not JSON Schema: BFCL's own note, said by `required` already
    for sub in (schema.get("properties") or {}).values():
        _convert(sub, True)
    if isinstance(schema.get("items"), dict):
        _convert(schema["items"], False)
    return schema


def to_json_schema(parameters: dict[str, Any]) -> dict[str, Any]:
    """A BFCL parameters doc as JSON Schema (a converted copy)."""
    schema = _convert(copy.deepcopy(parameters), False)
    schema["type"] = "object"
    return schema


def to_tool(function: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "function",
        "function": {
            "name": openai_name(function["name"]),
            "description": function.get("description", "") + PYTHON_HINT,
            "parameters": to_json_schema(function["parameters"]),
        },
    }


@dataclass(frozen=True)
class Case:
    id: str
    category: str
    messages: list[dict[str, Any]]  # the one user turn, OpenAI chat messages
    functions: list[dict[str, Any]]  # BFCL's own docs, for the checker
    tools: list[dict[str, Any]]  # OpenAI function tools, what the model is offered
    answer: list[dict[str, Any]] | None  # ground truth: [{name: {param: [acceptable...]}}]


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def load(category: str, limit: int | None = None) -> list[Case]:
    if category not in CATEGORIES:
        raise ValueError(f"unsupported BFCL category {category!r}; choose from {CATEGORIES}")
    root = data_dir()
    entries = _jsonl(root / f"BFCL_v4_{category}.json")[:limit]
    truth_path = root / "possible_answer" / f"BFCL_v4_{category}.json"
    truth = {t["id"]: t["ground_truth"] for t in _jsonl(truth_path)} if truth_path.exists() else {}
    cases = []
    for e in entries:
        if len(e["question"]) != 1:
            raise ValueError(f"{e['id']}: expected one turn, got {len(e['question'])}")
        tools = [to_tool(f) for f in e["function"]]
        cases.append(
            Case(e["id"], category, e["question"][0], e["function"], tools, truth.get(e["id"]))
        )
    return cases


# ---- the AST checker ---------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    valid: bool
    error_type: str = ""
    error: str = ""


OK = Result(True)


def standardize(s: str) -> str:
    return re.sub(r"[ \,\.\/\-\_\*\^]", "", s).lower().replace("'", '"')


def _std(v: Any) -> Any:
    return standardize(v) if type(v) is str else v


def _type_check(
    param: str, value: Any, possible: list[Any], desc: str, expected: type, nested: type | None
) -> tuple[Result, bool]:
    """(result, is_variable): a value typed like the ground truth, not like the doc, is a
    variable name (BFCL writes those as strings) and skips the value-specific checks."""
    truth_type = next((type(a) for a in possible if a != ""), None)
    is_variable = truth_type is not None and truth_type is not expected
    if type(value) is expected:
        if nested is None:
            return OK, is_variable
        for item in possible:  # any acceptable list whose items all type-check
            if type(item) is not list or all(
                _type_check(param, v, item, nested.__name__, nested, None)[0].valid
                for v in cast(list[Any], value)  # `expected` is list here
            ):
                return OK, is_variable
        return Result(
            False, "type_error:nested", f"{param}: items are not {nested.__name__}"
        ), False
    if truth_type is not None and type(value) is truth_type:
        return OK, True
    return Result(False, "type_error:simple", f"{param}: expected {desc}, got {value!r}"), False


def _dict_check(param: str, value: dict[str, Any], possibles: list[Any]) -> Result:
    result = Result(False, "dict_checker:unclear", param)
    for possible in possibles:
        if possible == "":
            continue
        result = OK
        for k, v in value.items():
            if k not in possible:
                result = Result(False, "value_error:dict_key", f"{param}: unexpected key {k!r}")
            elif _std(v) not in [_std(a) for a in possible[k]]:
                result = Result(False, "value_error:dict_value", f"{param}.{k}: {v!r}")
            if not result.valid:
                break
        missing = [k for k, vs in possible.items() if k not in value and "" not in vs]
        if result.valid and missing:
            result = Result(False, "value_error:dict_key", f"{param}: missing key {missing[0]!r}")
        if result.valid:
            return OK
    return result


def _list_dict_check(param: str, value: list[Any], possibles: list[Any]) -> Result:
    result = Result(False, "list_dict_checker:unclear", param)
    for possible in possibles:
        if len(value) != len(possible):
            result = Result(False, "value_error:list_dict_count", param)
            continue
        result = OK
        for d, p in zip(value, possible, strict=True):
            result = _dict_check(param, d, [p])
            if not result.valid:
                break
        if result.valid:
            return OK
    return result


def _value_check(
    param: str, value: Any, possible: list[Any], expected: type, nested: type | None, variable: bool
) -> Result:
    """Dicts, lists of dicts, strings and lists are compared normalised; anything else (and a
    variable) must be one of the acceptable values as it is."""
    if variable or expected not in (dict, str, list):
        ok = value in possible
    elif expected is dict:
        return _dict_check(param, value, possible)
    elif nested is dict:
        return _list_dict_check(param, value, possible)
    elif expected is str:
        ok = standardize(value) in [standardize(a) for a in possible if type(a) is str]
    else:
        ok = [_std(v) for v in value] in [[_std(a) for a in p] for p in possible]
    kind = "others" if variable or expected not in (str, list) else expected.__name__
    return OK if ok else Result(False, f"value_error:{kind}", f"{param}: {value!r}")


def _simple(function: dict[str, Any], output: dict[str, Any], truth: dict[str, Any]) -> Result:
    possible = next(iter(truth.values()))
    name = openai_name(function["name"])
    props = function["parameters"]["properties"]
    if name not in output:
        return Result(False, "simple_function_checker:wrong_func_name", f"no call to {name}")
    params = output[name]
    for p in function["parameters"].get("required", []):
        if p not in params:
            return Result(False, "simple_function_checker:missing_required", p)
    for p, value in params.items():
        if p not in props or p not in possible:
            return Result(False, "simple_function_checker:unexpected_param", p)
        desc = props[p]["type"]
        expected = PY_TYPES[desc]
        nested = PY_TYPES[props[p]["items"]["type"]] if desc in NESTED else None
        if desc == "float" and type(value) is int:  # Python's int -> float promotion
            value = float(value)
        result, is_variable = _type_check(p, value, possible[p], desc, expected, nested)
        if result.valid:
            result = _value_check(p, value, possible[p], expected, nested, is_variable)
        if not result.valid:
            return result
    for p, acceptable in possible.items():
        if p not in params and "" not in acceptable:
            return Result(False, "simple_function_checker:missing_optional", p)
    return OK


def _find(functions: list[dict[str, Any]], name: str) -> dict[str, Any]:
    return next(f for f in functions if f["name"] == name)


def _parallel(case: Case, output: list[dict[str, Any]], truth: list[dict[str, Any]]) -> Result:
    matched: set[int] = set()
    for i, expected in enumerate(truth):
        function = _find(case.functions, next(iter(expected)))
        for j, call in enumerate(output):
            if j not in matched and _simple(function, call, expected).valid:
                matched.add(j)
                break
        else:
            return Result(
                False, "parallel_function_checker_no_order:cannot_find_match", f"ground truth {i}"
            )
    return OK


def check(case: Case, output: list[dict[str, Any]]) -> Result:
    """BFCL's verdict on the calls a model made, each `{name: arguments}` in the order made."""
    if case.category == "irrelevance":
        return OK if not output else Result(False, "irrelevance_error:decoder_success")
    truth = case.answer or []
    kind = (
        "parallel"
        if "parallel" in case.category
        else "multiple"
        if "multiple" in case.category
        else "simple"
    )
    if len(output) != len(truth):  # simple: one call; multiple: checks the first
        return Result(False, f"{kind}_function_checker:wrong_count", f"{len(output)} calls")
    try:
        if kind == "parallel":
            return _parallel(case, output, truth)
        function = (
            case.functions[0] if kind == "simple" else _find(case.functions, next(iter(truth[0])))
        )
        return _simple(function, output[0], truth[0])
    except (AttributeError, TypeError, KeyError, StopIteration) as e:  # BFCL would crash here
        return Result(False, "checker_error", repr(e))
