"""The trace store as training and evaluation data: `thimble distill --from-traces` and
`thimble eval --traces` (the store itself is tested with the server, tests/app/test_cascade.py)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from distill import evaluate
from distill.pipeline import traces_data
from distill.traces import Answer, TraceStore, build_row, write_jsonl

TIMER = {
    "type": "function",
    "function": {
        "name": "set_timer",
        "parameters": {
            "type": "object",
            "properties": {"minutes": {"type": "integer"}},
            "required": ["minutes"],
        },
    },
}


def store(path: Path, n: int) -> None:
    """n rows; the student agrees on even rows and calls the wrong minutes on odd ones."""
    s = TraceStore(path)
    for i in range(n):
        teacher = Answer(None, [{"name": "set_timer", "arguments": {"minutes": i}}])
        student = Answer(None, [{"name": "set_timer", "arguments": {"minutes": i + i % 2}}])
        messages = [{"role": "user", "content": f"a {i} minute timer"}]
        s.append(build_row(f"r{i}", [TIMER], messages, teacher, "gpt-fake", student, 0.5))
    s.close()


def test_write_jsonl_repeats_only_the_rows_the_student_got_wrong(tmp_path: Path) -> None:
    store(tmp_path / "t.db", 6)
    distinct, written = write_jsonl(tmp_path / "t.db", tmp_path / "rows.jsonl", 3)
    assert (distinct, written) == (6, 3 * 1 + 3 * 3)
    ids = [json.loads(line)["id"] for line in (tmp_path / "rows.jsonl").open()]
    assert ids.count("trace-r0") == 1 and ids.count("trace-r1") == 3


def test_from_traces_weights_up_disagreements_in_training_rows_only(tmp_path: Path) -> None:
    store(tmp_path / "t.db", 40)
    args = argparse.Namespace(from_traces=tmp_path / "t.db", heldout_share=0.25, disagree_copies=4)
    train, heldout = traces_data(args, tmp_path)
    held = [json.loads(line)["id"] for line in heldout.open()]
    trained = [json.loads(line)["id"] for line in train.open()]
    assert len(held) == len(set(held)) and not set(held) & set(trained)
    for i in range(40):
        if f"trace-r{i}" not in held:
            assert trained.count(f"trace-r{i}") == (1 if i % 2 == 0 else 4)


def test_eval_traces_scores_the_student_on_recorded_traffic(tmp_path: Path) -> None:
    store(tmp_path / "t.db", 3)
    card = Path(__file__).resolve().parents[2] / "model/weights/default.json"
    out = tmp_path / "report.json"
    assert (
        evaluate.main(
            ["--weights", str(card), "--traces", str(tmp_path / "t.db"), "--out", str(out)]
        )
        == 0
    )
    report = json.loads(out.read_text())
    assert report["heldout"]["rows"] == 3
