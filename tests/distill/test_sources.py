"""Tests for the public-data loaders and the mix builder, on small hand-written fixtures
(tests/distill/fixtures/sources: the formats of ../shared/data, none of its rows)."""

import itertools
import json
import random
from pathlib import Path

import pytest

from distill.contamination import load_bfcl, row_hits
from distill.sources import build, mixing, openapi, phrasing, pylib, seal_tools, sgd
from distill.sources.common import find_exact, problems, user_texts
from tests.distill.invented_sources import invented_sources

DATA = invented_sources()


def _calls(row: dict) -> list[tuple[str, dict]]:
    return [(c["name"], c["arguments"]) for c in row["answer"]["tool_calls"]]


@pytest.fixture(scope="module")
def sgd_rows() -> list[dict]:
    return list(sgd.SgdRows(DATA, seed=0, held_out_services=("Parks_1",), versions_per_call=2))


def test_find_exact_keeps_the_case_written_in_the_text() -> None:
    assert find_exact("san jose", "Any book in San Jose?") == "San Jose"
    assert find_exact("new  york", "to New York today") == "New York"
    assert find_exact("Boston", "to Denver") is None


def test_sgd_call_row_ends_in_the_call_with_values_as_the_user_wrote_them(sgd_rows) -> None:
    row = next(r for r in sgd_rows if r["id"] == "sgd-1_00001-1")
    assert _calls(row) == [("FindBook", {"city": "San Jose", "book_title": "Night Harbor"})]
    assert [m["role"] for m in row["messages"]] == ["user"]
    assert row["meta"] | {"source": "sgd", "kind": "single", "split": "train"} == row["meta"]


def test_sgd_date_is_the_users_words_and_optional_default_is_described(sgd_rows) -> None:
    row = next(r for r in sgd_rows if r["id"] == "sgd-1_00001-5")
    name, args = _calls(row)[0]
    assert name == "ReserveBook"
    assert args == {
        "city": "San Jose",
        "book_title": "Night Harbor",
        "pickup_date": "5th of March",
        "copies": "1",
    }
    assert row["messages"][-1] == {"role": "user", "content": "That's right."}
    tool = next(t for t in row["tools"] if t["function"]["name"] == "ReserveBook")
    copies = tool["function"]["parameters"]["properties"]["copies"]
    assert copies["enum"] == ["1", "2", "3"] and "default '1'" in copies["description"]
    assert tool["function"]["parameters"]["required"] == ["city", "book_title", "pickup_date"]


def test_sgd_every_string_argument_is_copied_from_the_conversation(sgd_rows) -> None:
    for row in sgd_rows:
        text = "\n".join(m["content"] for m in row["messages"])
        for _, args in _calls(row):
            for value in args.values():
                assert value in text or value in ("1", "12", "True"), (row["id"], value)
        assert problems(row) == []


def test_sgd_x_variant_gives_the_same_call_under_renamed_schema(sgd_rows) -> None:
    row = next(r for r in sgd_rows if r["id"] == "sgd-1_00002-3-v1")
    assert row["meta"]["source"] == "sgd-x:v1"
    assert _calls(row) == [
        ("BuyCake", {"bakery_town": "Fort Collins", "cake_kind": "Carrot Cake", "portions": "12"})
    ]
    names = {t["function"]["name"] for t in row["tools"]}
    assert {"BuyCake", "SearchBakeries"} <= names and "OrderCake" not in names


def test_sgd_no_call_rows_answer_with_the_systems_question(sgd_rows) -> None:
    row = next(r for r in sgd_rows if r["id"] == "sgd-1_00002-0n")
    assert row["answer"] == {"content": "Which city, and what kind of cake?", "tool_calls": []}
    assert row["meta"]["kind"] == "no_call"


def test_sgd_held_out_service_is_dev_only_and_never_offered_in_training(sgd_rows) -> None:
    dev = [r for r in sgd_rows if r["meta"]["split"] == "dev"]
    assert dev and all(r["meta"]["dialogue"] == "2_00001" for r in dev)
    park_tools = {"FindPark", "LocatePark"}
    for row in sgd_rows:
        if row["meta"]["split"] == "train":
            assert not park_tools & {t["function"]["name"] for t in row["tools"]}


def test_sgd_offers_near_miss_intents_of_other_domains(sgd_rows) -> None:
    row = next(r for r in sgd_rows if r["id"] == "sgd-1_00001-1")
    names = {t["function"]["name"] for t in row["tools"]}
    assert {"FindBook", "ReserveBook"} <= names
    assert names & {"OrderCake", "FindBakery"}


@pytest.fixture(scope="module")
def seal_rows() -> list[dict]:
    return list(seal_tools.SealRows(DATA, seed=0))


def test_seal_single_call_copies_case_and_types_numbers(seal_rows) -> None:
    row = next(r for r in seal_rows if r["meta"]["query"] == "dev-easy-0")
    assert _calls(row) == [("lookUpPastryFormula", {"pastry": "Lemon Tart", "portions": 6})]
    assert row["meta"]["kind"] == "single"


def test_seal_nested_call_continues_after_the_tool_result(seal_rows) -> None:
    first, second = [r for r in seal_rows if r["meta"]["query"] == "dev-difficult-1"]
    assert first["meta"]["kind"] == "parallel"
    assert sorted(n for n, _ in _calls(first)) == ["locateCafeNearby", "scaleOvenTemperature"]
    assert second["meta"]["kind"] == "nested"
    result = next(
        json.loads(m["content"])
        for m in second["messages"]
        if m["role"] == "tool" and "cafe_label" in m["content"]
    )
    assert _calls(second) == [("holdCafeSeats", {"cafe": result["cafe_label"], "seats": 3})]
    assert problems(second) == []


def test_seal_out_of_domain_queries_are_dev_only(seal_rows) -> None:
    dev = [r for r in seal_rows if r["meta"]["split"] == "dev"]
    assert [r["meta"]["source"] for r in dev] == ["seal-tools:test_out_domain"]
    assert all(r["meta"]["split"] != "dev" for r in seal_rows if "out_domain" not in r["id"])


def test_openapi_tool_drops_headers_and_transport_and_states_defaults() -> None:
    ops = [json.loads(line) for line in (DATA / "openapi" / "operations.jsonl").open()]
    get = openapi.as_tool(ops[0])["function"]
    assert list(get["parameters"]["properties"]) == ["parcelId", "units"]
    units = get["parameters"]["properties"]["units"]
    assert units["enum"] == ["metric", "imperial"] and 'Default: "metric"' in units["description"]
    assert "<b>" not in get["description"]
    post = openapi.as_tool(ops[1])["function"]
    assert post["name"] == "post_parcels"
    assert post["parameters"]["required"] == ["weight_kg", "recipient"]
    assert "_links" not in post["parameters"]["properties"]


def test_openapi_requests_state_every_value_of_the_answer() -> None:
    rows = list(openapi.OpenApiRows(DATA, seed=3, rows_per_operation=20))
    assert len(rows) == 60
    optional_seen = 0
    for row in rows:
        text = user_texts(row)
        for _, args in _calls(row):
            for key, value in args.items():
                said = "true" if value is True else "false" if value is False else str(value)
                if isinstance(value, list):
                    said = ", ".join(str(v) for v in value)
                assert said in text, (row["id"], key, value, text)
            optional_seen += "units" in args or "insured" in args or "limit" in args
        assert problems(row) == []
    assert 0 < optional_seen < 60


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("mix")
    card = build.make(
        out,
        DATA,
        rows=60,
        seed=5,
        mix={"sgd": 0.4, "seal": 0.2, "openapi": 0.3, "synthetic": 0.1},
        mask_names=0.2,
        held_out_services=("Parks_1",),
    )
    return out, card


def test_build_writes_the_files_and_a_card(built) -> None:
    out, card = built
    names = {"train", "heldout", "dev-sgd-services", "dev-seal-ood"}
    assert {p.name for p in out.iterdir()} == {f"{n}.jsonl" for n in names} | {"card.json"}
    assert json.loads((out / "card.json").read_text()) == card
    assert card["files"]["train"]["rows"] == 60
    dev_seal = [json.loads(line) for line in (out / "dev-seal-ood.jsonl").open()]
    assert [r["meta"]["source"] for r in dev_seal] == ["seal-tools:test_out_domain"]
    dev_sgd = [json.loads(line) for line in (out / "dev-sgd-services.jsonl").open()]
    assert dev_sgd and {r["meta"]["dialogue"] for r in dev_sgd} == {"2_00001"}
    assert card["sources"]["sgd"]["license"] == "CC BY-SA 4.0"


def test_build_train_rows_are_usable_and_never_dev_rows(built) -> None:
    out, _ = built
    rows = [json.loads(line) for line in (out / "train.jsonl").open()]
    kinds = {r["meta"]["kind"] for r in rows}
    assert {"single", "irrelevance"} <= kinds
    for row in rows:
        assert problems(row) == []
        assert row["meta"]["split"] == "train"
        assert "out_domain" not in row["meta"]["source"]
    assert any(r["meta"].get("masked") for r in rows)


def test_build_is_byte_identical_for_the_same_seed(built, tmp_path) -> None:
    out, card = built
    build.make(
        tmp_path,
        DATA,
        rows=60,
        seed=5,
        **{k: v for k, v in card["settings"].items() if k not in ("rows", "seed")}
        | {"held_out_services": ("Parks_1",)},
    )
    for path in out.iterdir():
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


def test_quotas_give_a_short_sources_rows_to_the_others() -> None:
    got = build.quotas({"a": 0.5, "b": 0.5}, {"a": 10, "b": 1000}, 100)
    assert got == {"a": 10, "b": 90}


def test_irrelevance_row_offers_another_sources_tools_and_declines() -> None:
    sgd_row = next(r for r in sgd.SgdRows(DATA, seed=0) if r["answer"]["tool_calls"])
    others = list(seal_tools.SealRows(DATA, seed=0))
    row = mixing.irrelevant(random.Random(0), sgd_row, others)
    assert row is not None and row["meta"]["kind"] == "irrelevance"
    assert row["meta"]["tools_from"].startswith("seal-tools")
    assert row["answer"]["tool_calls"] == [] and row["answer"]["content"] in mixing.DECLINE
    assert row["messages"] == sgd_row["messages"]


def test_fixture_rows_are_clean_and_a_planted_bfcl_question_is_caught() -> None:
    bfcl = load_bfcl()
    rows = [*sgd.SgdRows(DATA, seed=0), *seal_tools.SealRows(DATA, seed=0)]
    rows += list(openapi.OpenApiRows(DATA, seed=0))
    assert rows and all(row_hits(r, bfcl) == [] for r in rows)
    question = next(iter(sorted(q for q in bfcl.questions if len(q.split()) > 10)))
    planted = {**rows[0], "messages": [{"role": "user", "content": question.upper()}]}
    hits = row_hits(planted, bfcl)
    assert any(h.startswith("question") for h in hits)
    assert any(h.startswith("8-gram") for h in hits)
    name = next(iter(sorted(n for n in bfcl.names if "_" in n)))
    renamed = {
        **rows[0],
        "tools": [
            {**rows[0]["tools"][0], "function": {**rows[0]["tools"][0]["function"], "name": name}}
        ],
    }
    assert f"name {name}" in row_hits(renamed, bfcl)


def _documented(values, mode="mean", scale=1.0):
    """Average the values.

    Parameters
    ----------
    values : array_like
        The numbers to average.
    mode : {'mean', 'median'}, optional
        Which average.
    scale : float, optional
        Multiply the result by this.
    """


def test_pylib_reads_numpydoc_types_enums_and_defaults() -> None:
    t = pylib.as_tool("demo._documented", _documented)["function"]
    assert t["name"] == "demo__documented" and t["description"] == "Average the values."
    props = t["parameters"]["properties"]
    assert props["values"]["type"] == "array" and props["values"]["description"].startswith("The")
    assert props["mode"]["enum"] == ["mean", "median"] and props["mode"]["default"] == "mean"
    assert props["scale"] == {
        "type": "number",
        "default": 1.0,
        "description": "Multiply the result by this. Default: 1.0.",
    }
    assert t["parameters"]["required"] == ["values"]


def test_pylib_rows_say_every_value_and_validate() -> None:
    rows = list(itertools.islice(pylib.PyLibRows(seed=1, rows_per_function=2), 300))
    assert len(rows) == 300
    assert {r["meta"]["source"] for r in rows} >= {"pylib:math"}
    for row in rows:
        assert problems(row) == []
        text = user_texts(row)
        for _, args in _calls(row):
            for value in args.values():
                if isinstance(value, list):
                    assert ", ".join(str(v) for v in value) in text
                elif not isinstance(value, bool):
                    assert str(value) in text


def test_pylib_descriptions_drop_signature_lines_and_rest_markup() -> None:
    assert pylib.plain("Return ``n`` if :func:`numpy.abs` of `x`\n  is small.") == (
        "Return n if numpy.abs of x is small."
    )
    assert pylib._summary("f(a, b,\n  c=1)\n\nAdd ``a`` and b.\n\nMore.") == "Add a and b."


@pytest.mark.parametrize(
    ("description", "asked"),
    [
        (
            "Lists previously requested builds. Older ones first.",
            "list previously requested builds",
        ),
        ("This endpoint allows you to delete an IP whitelabel.", "delete an IP whitelabel"),
        ("listTransactions", "list transactions"),
        ("Symbol List", "get the symbol List"),
        ("Stops for a trip identified by {trip_id}", None),
    ],
)
def test_phrasing_action_reads_a_description_as_a_request(description, asked) -> None:
    assert phrasing.action(description) == asked


def test_build_shuffles_the_held_out_file_across_sources(tmp_path) -> None:
    build.make(tmp_path, DATA, rows=30, seed=1, mix={"synthetic": 0.5, "pylib": 0.5})
    rows = [json.loads(line) for line in (tmp_path / "heldout.jsonl").open()]
    sources = [r["meta"]["source"].split(":")[0] for r in rows]
    assert {"synthetic", "pylib"} <= set(sources)
    assert sources != sorted(sources)  # not one source after the other


def test_a_large_mix_scales_each_source_up() -> None:
    def train_rows(name: str, budget: int) -> list[dict]:
        rows = build.source_rows(name, DATA, 0, budget, held_out_services=("Parks_1",))
        return [r for r in rows if r["meta"]["split"] == "train"]

    assert len(train_rows("openapi", 5 * build.PER_PASS["openapi"])) == 15  # 3 operations
    small, large = train_rows("sgd", 1), train_rows("sgd", 3 * build.PER_PASS["sgd"])
    calls = [r for r in large if r["meta"]["kind"] == "single"]
    assert {r["meta"]["source"] for r in calls} == {"sgd", "sgd-x:v1"}  # all there are
    assert len(calls) == 2 * sum(r["meta"]["kind"] == "single" for r in small)
    seal = train_rows("seal", 10 * build.PER_PASS["seal"])
    assert len(seal) == build.SEAL_MAX_REPEATS * len(train_rows("seal", 1))
    assert len({r["id"] for r in seal}) == len(seal)
