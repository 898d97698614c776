"""Tests for the BFCL contamination check: our library and generated rows must not overlap BFCL."""

import itertools
import json
from pathlib import Path

import pytest

from distill.bfcl import data_dir
from distill.contamination import (
    ALLOWED_NGRAMS,
    Report,
    check,
    is_identical,
    library_texts,
    load_bfcl,
    main,
    ngrams,
    row_texts,
)
from distill.sources.seal_tools import SealRows
from tests.distill.invented_sources import invented_sources


@pytest.fixture(scope="module")
def report() -> Report:
    return check(itertools.chain(library_texts(), row_texts(3000, seed=0)))


def test_bfcl_data_is_found_without_importing_it() -> None:
    data = data_dir()
    assert (data / "BFCL_v4_simple_python.json").exists()
    bfcl = load_bfcl()
    assert len(bfcl.names) > 1000 and len(bfcl.ngrams) > 50_000


def test_ngrams_normalise_case_and_punctuation() -> None:
    assert list(ngrams("Set a TIMER, for 5 minutes!", n=3)) == [
        "set a timer",
        "a timer for",
        "timer for 5",
        "for 5 minutes",
    ]


def test_check_flags_a_planted_bfcl_question() -> None:
    data = data_dir() / "BFCL_v4_simple_python.json"
    question = json.loads(data.read_text().splitlines()[0])["question"][0][0]["content"]
    assert check([("probe", question)]).overlaps


def test_no_library_tool_is_named_like_a_bfcl_function(report: Report) -> None:
    assert report.name_matches == [], "rename these tools in the library"


def test_no_8gram_of_ours_occurs_in_bfcl(report: Report) -> None:
    assert report.texts_checked > 5000
    assert report.overlaps == [], "reword these library texts; do not grow the allowlist"


def test_allowlist_stays_tiny() -> None:
    assert len(ALLOWED_NGRAMS) <= 10


def test_main_prints_the_report(capsys) -> None:
    code = main(["--rows", "200"])
    out = capsys.readouterr().out
    assert "tool-name matches" in out and "8-gram overlaps" in out
    assert code == 0


FIXTURES = invented_sources()


def test_identical_question_counts_from_four_words_on() -> None:
    bfcl = load_bfcl()
    question = next(q for q in sorted(bfcl.questions) if len(q.split()) >= 6)
    assert is_identical(question.upper() + "!", bfcl)
    assert not is_identical("hello", bfcl)
    assert check([("probe", question)]).identical == [("probe", question)]


def test_no_library_text_is_a_bfcl_question(report: Report) -> None:
    assert report.identical == [], "reword these library texts"


def test_main_checks_every_loader_and_built_rows(tmp_path: Path, capsys) -> None:
    clean = tmp_path / "clean.jsonl"
    rows = list(SealRows(FIXTURES, seed=0))
    clean.write_text("".join(json.dumps(r) + "\n" for r in rows))
    code = main(["--rows", "50", "--data-dir", str(FIXTURES), "--rows-file", str(clean)])
    out = capsys.readouterr().out
    assert code == 0, out
    for name in ("sgd", "seal", "openapi", "pylib"):
        assert f"{name}: " in out
    assert "seal: 0 of 5 rows touch BFCL" in out
    question = next(q for q in sorted(load_bfcl().questions) if len(q.split()) >= 6)
    planted = tmp_path / "planted.jsonl"
    row = {**rows[0], "messages": [{"role": "user", "content": question}]}
    planted.write_text(json.dumps(row) + "\n")
    assert main(["--rows", "50", "--rows-file", str(clean), str(planted)]) == 1
    assert f"{planted}:1: question" in capsys.readouterr().out
