"""Tests for the copy metric and for development sets scored by `thimble eval`."""

import json
from pathlib import Path

import pytest

from distill.copy_metric import copy_counts, copy_score, copyable
from distill.evaluate import main
from distill.sources import build
from model.tokenizer import ThimbleTokenizer
from model.weights import save_checkpoint
from tests.distill.invented_sources import invented_sources
from tests.tiny import tiny_student

DATA = invented_sources()


def row(text: str, *calls: tuple[str, dict]) -> dict:
    return {
        "messages": [
            {"role": "assistant", "content": "Tokyo? 99"},  # not the user's words: never counts
            {"role": "user", "content": text},
        ],
        "answer": {"content": None, "tool_calls": [{"name": n, "arguments": a} for n, a in calls]},
    }


def test_copyable_strings_keep_case_and_numbers_are_whole_tokens() -> None:
    text = "Loan of 250,000 at 4.5 percent to San Francisco, 3 years"
    assert copyable("San Francisco", text) and not copyable("san francisco", text)
    assert copyable(250000, text) and copyable(4.5, text) and copyable(3.0, text)
    assert not copyable(5, text)  # only inside 4.5
    assert not copyable(25, text) and not copyable(True, text) and not copyable("", text)


def test_copy_counts_a_hand_computed_example() -> None:
    r = row(
        "Loan 250000 at 4.5 percent in San Francisco for Tokyo Bank",
        ("loan", {"principal": 250000, "rate": 4.5, "city": "San Francisco", "bank": "Other"}),
    )
    # Three copyable values (the bank is not in the user's words); rate bound to principal.
    got = [("loan", {"principal": 4.5, "rate": 4.5, "city": "San Francisco"})]
    assert copy_counts(r, got) == (3, 2)
    assert copy_counts(r, [("other_tool", {"city": "San Francisco"})]) == (3, 0)
    assert copy_counts(r, []) == (3, 0)


def test_copy_counts_lists_leaf_by_leaf_and_repeated_calls_once_each() -> None:
    r = row(
        "weather in Lima and Oslo, scores 7 and 9",
        ("w", {"city": "Lima"}),
        ("w", {"city": "Oslo"}),
        ("s", {"xs": [7, 9]}),
    )
    got = [("w", {"city": "Lima"}), ("w", {"city": "Lima"}), ("s", {"xs": [9, 7]})]
    assert copy_counts(r, got) == (4, 1)


def test_copy_counts_survive_huge_and_odd_numbers_in_predictions() -> None:
    r = row("timer 5", ("t", {"minutes": 5}))
    odd = {"minutes": 10**400, "b": float("inf"), "c": float("nan"), "d": 1e308}
    assert copy_counts(r, [("t", odd)]) == (1, 0)
    assert copy_counts(r, [("t", {"minutes": 5.0})]) == (1, 1)
    assert not copyable(10**400, "timer 5") and copyable(10**400, f"big {10**400}")


def test_copy_score_is_none_without_copyable_values() -> None:
    assert copy_score([row("hi")], [[]]) == {"values": 0, "copied": None}
    r = row("timer 5", ("t", {"minutes": 5}))
    assert copy_score([r, r], [[("t", {"minutes": 5.0})], []]) == {"values": 2, "copied": 0.5}


def test_eval_scores_each_development_set_with_the_copy_metric(
    tokenizer: ThimbleTokenizer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build.make(
        tmp_path,
        DATA,
        rows=20,
        seed=0,
        mix={"sgd": 0.5, "seal": 0.5},
        held_out_services=("Parks_1",),
    )
    card = save_checkpoint(tiny_student(max_output_tokens=12), tokenizer, tmp_path / "tiny.json")
    out = tmp_path / "report.json"
    dev = [str(tmp_path / "dev-seal-ood.jsonl"), str(tmp_path / "dev-sgd-services.jsonl")]
    assert main(["--weights", str(card), "--data", *dev, "--out", str(out)]) == 0
    report = json.loads(out.read_text())
    assert set(report["data_sets"]) == {"dev-seal-ood", "dev-sgd-services"}
    seal = report["data_sets"]["dev-seal-ood"]
    assert seal["rows"] == 1 and seal["copy"]["values"] == 2  # "Port Quillan", "tomorrow"
    assert report["heldout"] == seal
    assert report["data_sets"]["dev-sgd-services"]["copy"]["values"] >= 1
    assert "copied (2 values)" in capsys.readouterr().out
