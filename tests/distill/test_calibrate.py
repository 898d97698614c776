"""`thimble calibrate` on a copy of the shipped card: it scores held-out rows, reports the ECE and
the threshold table, and writes the calibration the server then applies."""

from __future__ import annotations

import json
from pathlib import Path

from distill import calibrate
from model.confidence import Calibration
from tests.tools import function_tool

WEIGHTS = Path(__file__).resolve().parents[2] / "model/weights"
TIMER = function_tool("set_timer", "Start a timer.", {"minutes": {"type": "integer"}}, ["minutes"])


def rows() -> list[dict]:
    out = []
    for i in range(6):
        calls = [{"name": "set_timer", "arguments": {"minutes": 5 + i}}] if i % 2 else []
        text = f"set a timer for {5 + i} minutes" if i % 2 else f"tell me a joke number {i}"
        out.append(
            {
                "id": f"r{i}",
                "tools": [TIMER],
                "messages": [{"role": "user", "content": text}],
                "answer": {"content": None if calls else "ok", "tool_calls": calls},
                "meta": {"source": "test", "kind": "single" if calls else "no_call"},
            }
        )
    return out


def test_calibrate_writes_the_calibration_into_the_card(tmp_path: Path) -> None:
    card = json.loads((WEIGHTS / "default.json").read_text())
    card.pop("calibration", None)
    for name in [card["tokenizer"], *card["shards"]]:  # the card's files, by name beside it
        (tmp_path / name).symlink_to(WEIGHTS / name)
    (tmp_path / "mine.json").write_text(json.dumps(card))
    data = tmp_path / "heldout.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows()))
    report = tmp_path / "report.json"
    argv = ["--weights", str(tmp_path / "mine.json"), "--data", str(data), "--out", str(report)]
    assert calibrate.main(argv) == 0
    written = json.loads((tmp_path / "mine.json").read_text())
    cal = Calibration.from_card(written)
    assert cal.rows == 6 and cal.x and list(cal.y) == sorted(cal.y)
    r = json.loads(report.read_text())
    assert len(r["scored"]) == 6 and r["heldout"][0]["threshold"] == 0.5
    assert 0.0 <= r["ece_raw"] <= 1.0 and 0.0 <= r["ece_calibrated"] <= 1.0
