"""The trace store (`distill.traces`): one row per request, redaction, rotation, rows that survive
a kill -9, and the store as training and evaluation data (`thimble distill --from-traces`,
`thimble eval --traces`). The server's side of it: tests/app/test_cascade.py."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from distill import evaluate
from distill.pipeline import traces_data
from distill.traces import Answer, TraceStore, build_row, iter_traces, trace_files, write_jsonl
from tests.tools import function_tool

ROOT = Path(__file__).resolve().parents[2]
TIMER = function_tool("set_timer", "Start a timer.", {"minutes": {"type": "integer"}}, ["minutes"])


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


def row(i: int) -> dict[str, Any]:
    teacher = Answer(None, [{"name": "set_timer", "arguments": {"minutes": i}}])
    messages = [{"role": "user", "content": f"timer {i} secret"}]
    return build_row(f"r{i}", [TIMER], messages, teacher, "gpt-fake", teacher, 0.5)


def test_trace_store_redacts_text_and_keeps_calls(tmp_path: Path) -> None:
    store = TraceStore(tmp_path / "t.db", redact_text=True)
    assert store.append(row(1)) and not store.append(row(1))  # one row per request id
    store.close()
    [got] = iter_traces(tmp_path / "t.db")
    assert "secret" not in json.dumps(got)
    assert got["tools"] == [TIMER] and got["messages"] == [{"role": "user", "content": ""}]
    assert got["answer"]["tool_calls"] == [{"name": "set_timer", "arguments": {"minutes": 1}}]


def test_trace_store_rotates_by_size_and_reads_every_file_in_order(tmp_path: Path) -> None:
    store = TraceStore(tmp_path / "t.db", max_mb=0.05)
    for i in range(120):
        store.append(row(i))
    store.close()
    assert len(trace_files(tmp_path / "t.db")) > 1
    assert [r["meta"]["request_id"] for r in iter_traces(tmp_path / "t.db")] == [
        f"r{i}" for i in range(120)
    ]


WRITER = """
import sys, threading
from pathlib import Path
from distill.traces import Answer, TraceStore, build_row
store = TraceStore(Path(sys.argv[1]))
lock = threading.Lock()
def work(k):
    for i in range(100000):
        rid = f"{k}-{i}"
        t = Answer(None, [{"name": "f", "arguments": {"i": i, "pad": "x" * 2000}}])
        store.append(build_row(rid, [], [{"role": "user", "content": rid}], t, "m", t, 0.5))
        with lock:  # acknowledged: printed only once append returned
            print(rid, flush=True)
for k in range(4):
    threading.Thread(target=work, args=(k,)).start()
"""


def test_kill_9_while_recording_keeps_every_acknowledged_row(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert proc.stdout is not None
    acked = []
    for line in proc.stdout:
        acked.append(line.strip())
        if len(acked) >= 300:
            break
    proc.kill()  # SIGKILL, mid-write
    proc.wait()
    acked += proc.stdout.read().split("\n")[:-1]  # a line cut short by the kill is not one
    stored = {r["meta"]["request_id"] for r in iter_traces(db)}
    assert set(acked) <= stored
    assert len(stored) - len(acked) <= 4  # at most the rows in flight, one per writer thread
