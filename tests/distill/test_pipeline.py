"""`thimble distill` end to end (tiny and short): offline rows, and a fake OpenAI teacher."""

from __future__ import annotations

import itertools
import json
import re
import threading
from pathlib import Path
from typing import Any

import pytest

from distill.data import read_rows
from distill.pipeline import main, split_rows
from model.weights import load_checkpoint
from tests.distill.fake_teachers import FakeOpenAI, Reply
from tests.distill.test_data import TOOLS, make_rows, write_rows
from tests.tiny import TINY


def tiny_flags(tmp_path: Path) -> list[str]:
    """`thimble train` flags for a few tiny steps, passed through `thimble distill`."""
    config = tmp_path / "tiny.json"
    config.write_text(json.dumps({"model": {**TINY.to_dict(), "max_output_tokens": 24}}))
    return [
        *("--config-json", str(config), "--steps", "3", "--batch-size", "8"),
        *("--warmup-steps", "1", "--threads", "1", "--eval-decode", "2"),
        *("--export-eval-rows", "2", "--eval-limit", "2", "--export-dir", str(tmp_path / "w")),
    ]


def check_outputs(tmp_path: Path, out: Path, printed: str) -> None:
    card = tmp_path / "w" / f"{out.name}.json"
    model, _, meta = load_checkpoint(card)
    assert model.cfg.d_model == TINY.d_model and meta["training"]["steps"] == 3
    assert (out / "ckpt.pt").exists() and (out / "loss.png").exists()
    assert json.loads((out / "eval.json").read_text())["heldout"]["rows"] <= 2
    assert f"thimble serve --weights {card}" in printed
    assert meta["recipe"].startswith("thimble distill ") and str(out) in meta["recipe"]


def test_split_holds_out_by_id_and_keeps_both_sides(tmp_path: Path) -> None:
    rows = write_rows(tmp_path / "all.jsonl", make_rows(40))
    train, held = split_rows(rows, tmp_path, 0.25)
    a, b = read_rows(train), read_rows(held)
    assert len(a) + len(b) == 40 and 0 < len(b) < 20
    assert {r["id"] for r in a}.isdisjoint(r["id"] for r in b)
    assert split_rows(rows, tmp_path, 0.25) and read_rows(held) == b  # deterministic
    _, held = split_rows(write_rows(tmp_path / "two.jsonl", make_rows(2)), tmp_path, 0.0)
    assert len(read_rows(held)) == 1


def test_distill_synthetic_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "runs" / "syn"
    argv = ["--synthetic", "--rows", "40", "--mix", "single=1", "--out", str(out)]
    assert main([*argv, *tiny_flags(tmp_path)]) == 0
    rows = read_rows(out / "data" / "train.jsonl") + read_rows(out / "data" / "heldout.jsonl")
    assert len(rows) == 40 and {r["meta"]["base"] for r in rows} == {"single"}
    check_outputs(tmp_path, out, capsys.readouterr().out)


def fake_teacher() -> FakeOpenAI:
    """Plans requests as numbered timers (and small talk); labels a number as set_timer."""
    counter, lock = itertools.count(1), threading.Lock()

    def reply(body: dict[str, Any]) -> Reply:
        prompt = body["messages"][-1]["content"]
        if not body.get("tools"):  # planning: "Write N different ..."
            n = int(re.search(r"Write (\d+) different", prompt).group(1))  # type: ignore[union-attr]
            with lock:
                ks = [next(counter) for _ in range(n)]
            return Reply(text=json.dumps([f"set a timer for {k} minutes" for k in ks]))
        number = re.search(r"\d+", prompt)
        if number is None:
            return Reply(text="Hello!")
        return Reply(calls=[("set_timer", {"minutes": int(number.group())})])

    return FakeOpenAI(reply)


def test_distill_with_a_fake_openai_teacher(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    tools = tmp_path / "tools.json"
    tools.write_text(json.dumps(TOOLS[:1]))
    out = tmp_path / "runs" / "mine"
    with fake_teacher() as server:
        argv = ["--tools", str(tools), "--teacher", "openai", "--base-url", server.url]
        argv += ["--model", "fake-4", "--per-tool", "14", "--workers", "2", "--out", str(out)]
        assert main([*argv, "--heldout-share", "0.25", *tiny_flags(tmp_path)]) == 0
        assert {r.body["model"] for r in server.received} == {"fake-4"}
    rows = read_rows(out / "data" / "teacher.jsonl")
    assert len(rows) == 14 and all(r["meta"]["source"] == "teacher:openai" for r in rows)
    held = read_rows(out / "data" / "heldout.jsonl")
    assert 0 < len(held) < 14
    check_outputs(tmp_path, out, capsys.readouterr().out)
