"""Teacher-driven synthesis with a scripted teacher: valid, deduplicated JSONL rows, rejects kept
out, and runs that crash, are killed or run out of budget, then resume to every row exactly once."""

import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from distill.synth.teacher import main, parse_items, synthesize
from distill.teachers import (
    Budget,
    TeacherAnswer,
    TeacherError,
    TeacherRequest,
    ToolCall,
    Usage,
)
from distill.teachers.labels import ordered, request_key
from tests.distill.fake_teachers import FakeOpenAI, Reply
from tests.tools import TIMER_AND_WEATHER

ROOT = Path(__file__).resolve().parents[2]
TOOLS = TIMER_AND_WEATHER
STYLES = ("plain", "multi_turn", "no_call")
EARLIER = {  # a multi-turn request: a timer already set, then a follow-up
    "history": [
        {
            "user": "set a timer for 3 minutes",
            "calls": [{"name": "set_timer", "arguments": {"minutes": 3}}],
            "results": [{"ok": True}],
        }
    ],
    "request": "and another for 10 minutes",
}
BAD_HISTORY = {  # calls a tool that is not offered: malformed
    "history": [{"user": "hi", "calls": [{"name": "nope", "arguments": {}}], "results": [1]}],
    "request": "again",
}
PLANS: dict[tuple[str, str], list[Any]] = {
    ("set_timer", "plain"): [
        "Set a timer for 5 minutes",
        "set a timer for 5 minutes!!",  # a duplicate once normalised
        "Set a timer for 12 minutes called pasta",
    ],
    ("set_timer", "multi_turn"): [EARLIER, BAD_HISTORY],
    ("set_timer", "no_call"): ["tell me a joke", "book a flight to Paris"],  # unknown tool
    ("get_weather", "plain"): [
        "What's the weather in Oslo?",
        "weather in Lima in fahrenheit",
        "weather in Paris and a timer for 2 minutes",  # two calls
    ],
    ("get_weather", "no_call"): ["a timer for many minutes"],  # invalid arguments
}
EXPECTED_ROWS = 7  # 2 + 1 + 1 timer rows, 3 weather rows
EXPECTED_REJECTS = {"malformed_request": 1, "unknown_tool": 1, "invalid_arguments": 1}


def brain(messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None) -> Reply:
    """The scripted teacher: plans from PLANS, labels by pattern (arguments out of schema order,
    to check they are put back in it)."""
    last = str(messages[-1]["content"])
    if not tools:
        asked = re.search(r"Tool: (\w+)\nStyle: (\w+)", last)
        assert asked, "a planning prompt names its tool and style"
        tool, style = asked.groups()
        return Reply(text=f"Sure!\n```json\n{json.dumps(PLANS.get((tool, style), []))}\n```")
    text = last.lower()
    calls: list[tuple[str, dict[str, Any] | str]] = []
    for minutes, label in re.findall(
        r"(?:timer|another) for (\d+|many) minutes?(?: called (\w+))?", text
    ):
        arguments: dict[str, Any] = {"label": label} if label else {}
        calls.append(
            ("set_timer", {**arguments, "minutes": int(minutes) if minutes.isdigit() else minutes})
        )
    for city, unit in re.findall(r"weather in (\w+)(?: in (celsius|fahrenheit))?", text):
        calls.append(("get_weather", {**({"unit": unit} if unit else {}), "city": city.title()}))
    if "flight" in text:
        calls.append(("book_flight", {"to": "Paris"}))
    return Reply(calls=calls) if calls else Reply(text="Why did the timer ring? It was alarmed.")


class ScriptedTeacher:
    name = "scripted"
    model = "brain-1"

    def __init__(self, crash_on_label: int | None = None, budget: Budget | None = None):
        self.crash_on_label = crash_on_label
        self.budget = budget
        self.plans = 0
        self.labels = 0
        self._lock = threading.Lock()

    def complete(self, request: TeacherRequest) -> TeacherAnswer:
        if self.budget is not None:
            self.budget.take()
        with self._lock:
            if request.tools:
                self.labels += 1
                if self.labels == self.crash_on_label:
                    raise RuntimeError("simulated crash")
            else:
                self.plans += 1
        reply = brain(request.messages, request.tools)
        calls = [ToolCall(name, arguments) for name, arguments in reply.calls]
        logprobs = reply.logprobs if request.logprobs else None
        return TeacherAnswer(calls, reply.text, logprobs, Usage(*reply.usage))


def read_rows(path: Path) -> list[dict[str, Any]]:
    data = path.read_text()
    assert data.endswith("\n"), "the output ends with a whole line"
    return [json.loads(line) for line in data.splitlines()]


def check_rows(rows: list[dict[str, Any]]) -> None:
    """Every row as docs/data-format.md has it, and each request once."""
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({request_key(r["messages"]) for r in rows}) == len(rows)
    schemas = {t["function"]["name"]: t["function"]["parameters"] for t in TOOLS}
    for row in rows:
        assert set(row) == {"id", "tools", "messages", "answer", "meta"}
        assert row["tools"] == TOOLS and row["messages"][-1]["role"] == "user"
        answer = row["answer"]
        if answer["tool_calls"]:
            assert answer["content"] is None
            for call in answer["tool_calls"]:
                jsonschema.validate(call["arguments"], schemas[call["name"]])
                order = list(schemas[call["name"]]["properties"])
                assert list(call["arguments"]) == [k for k in order if k in call["arguments"]]
        else:
            assert isinstance(answer["content"], str) and answer["content"]
        meta = row["meta"]
        assert meta["source"] == "teacher:scripted" and meta["model"] == "brain-1"
        assert meta["style"] in STYLES and meta["tool"] in schemas and meta["created"]


def test_synthesize_writes_valid_deduplicated_rows(tmp_path: Path) -> None:
    out = tmp_path / "rows.jsonl"
    teacher = ScriptedTeacher()
    report = synthesize(TOOLS, teacher, out, 9, 2, styles=STYLES, logprobs=True, progress=False)
    rows = read_rows(out)
    check_rows(rows)
    assert all(row["meta"]["teacher_logprobs"] == [-0.25, -0.5] for row in rows)
    assert (report.written, report.duplicates, report.failed) == (EXPECTED_ROWS, 1, 0)
    assert report.rejected == EXPECTED_REJECTS
    by_text = {r["messages"][-1]["content"]: r for r in rows}
    pasta = by_text["Set a timer for 12 minutes called pasta"]["answer"]["tool_calls"]
    assert pasta == [{"name": "set_timer", "arguments": {"minutes": 12, "label": "pasta"}}]
    kinds = {text: row["meta"]["kind"] for text, row in by_text.items()}
    assert kinds["weather in Paris and a timer for 2 minutes"] == "parallel"
    assert (
        kinds["tell me a joke"] == "no_call" and kinds["weather in Lima in fahrenheit"] == "single"
    )
    follow_up = by_text["and another for 10 minutes"]
    assert follow_up["meta"]["kind"] == "multi_turn"
    assert [m["role"] for m in follow_up["messages"]] == ["user", "assistant", "tool", "user"]
    assert follow_up["messages"][1]["tool_calls"][0]["function"]["arguments"] == '{"minutes": 3}'
    assert follow_up["answer"]["tool_calls"] == [
        {"name": "set_timer", "arguments": {"minutes": 10}}
    ]


def test_synthesize_resumes_after_a_crash_with_every_row_once(tmp_path: Path) -> None:
    out = tmp_path / "rows.jsonl"
    with pytest.raises(RuntimeError, match="simulated crash"):
        synthesize(
            TOOLS, ScriptedTeacher(crash_on_label=4), out, 9, 2, styles=STYLES, progress=False
        )
    before = read_rows(out)
    assert 0 < len(before) < EXPECTED_ROWS
    with out.open("a") as f:  # as if killed halfway through writing a row
        f.write('{"id": "tch-partial", "tools": [')

    teacher = ScriptedTeacher()
    report = synthesize(TOOLS, teacher, out, 9, 2, styles=STYLES, progress=False)
    rows = read_rows(out)
    check_rows(rows)
    assert len(rows) == EXPECTED_ROWS and rows[: len(before)] == before
    assert report.resumed == len(before) and report.written == EXPECTED_ROWS - len(before)
    assert teacher.plans == 0  # the journal kept the planned requests
    assert (
        teacher.labels == report.written + sum(report.rejected.values()) - 1
    )  # malformed: no call


def test_synthesize_stops_at_the_budget_and_finishes_on_rerun(tmp_path: Path) -> None:
    out = tmp_path / "rows.jsonl"
    plans = len(STYLES) * len(TOOLS)
    teacher = ScriptedTeacher(budget=Budget(max_requests=plans + 3))
    report = synthesize(TOOLS, teacher, out, 9, 1, styles=STYLES, progress=False)
    assert report.stopped == "budget" and report.failed == 0
    assert len(read_rows(out)) < EXPECTED_ROWS
    synthesize(TOOLS, ScriptedTeacher(), out, 9, 1, styles=STYLES, progress=False)
    rows = read_rows(out)
    check_rows(rows)
    assert len(rows) == EXPECTED_ROWS


def test_main_killed_midway_then_resumed_through_an_openai_endpoint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def slow_brain(body: dict[str, Any]) -> Reply:
        reply = brain(body["messages"], body.get("tools"))
        reply.delay_s = 0.15 if body.get("tools") else 0.0  # labelling is slow: time to kill
        return reply

    tools_file, out = tmp_path / "tools.json", tmp_path / "rows.jsonl"
    tools_file.write_text(json.dumps(TOOLS))
    with FakeOpenAI(slow_brain) as server:
        options = {
            "--tools": tools_file,
            "--teacher": "openai",
            "--model": "m-1",
            "--base-url": server.url,
            "--out": out,
            "--per-tool": 21,  # 3 per style: all of PLANS
            "--workers": 1,
            "--max-requests": 100,
        }
        argv = [str(part) for option in options.items() for part in option]
        env = {**os.environ, "OPENAI_API_KEY": "test", "PYTHONPATH": str(ROOT)}
        process = subprocess.Popen(
            [sys.executable, "-m", "distill.synth.teacher", *argv],
            cwd=ROOT,
            env=env,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and process.poll() is None:
            if out.exists() and out.read_text().count("\n") >= 2:
                break
            time.sleep(0.02)
        process.kill()
        process.wait()
        killed = read_rows(out) if out.read_text().endswith("\n") else None
        assert killed is None or len(killed) < EXPECTED_ROWS, "killed before it finished"

        monkeypatch.setenv("OPENAI_API_KEY", "test")
        server.reply = lambda body: brain(body["messages"], body.get("tools"))
        assert main(argv) == 0
    rows = read_rows(out)
    assert len(rows) == EXPECTED_ROWS
    assert {r["meta"]["source"] for r in rows} == {"teacher:openai"}
    assert len({r["id"] for r in rows}) == EXPECTED_ROWS
    summary = json.loads(capsys.readouterr().out)
    assert summary["written"] + summary["resumed"] == EXPECTED_ROWS and summary["requests"] > 0


def test_parse_items_finds_the_array_in_prose_and_fences() -> None:
    assert parse_items('Here you go:\n```json\n["a", {"request": "b"}]\n```') == [
        "a",
        {"request": "b"},
    ]
    with pytest.raises(TeacherError):
        parse_items("I cannot help with that.")


def test_ordered_follows_schema_properties_recursively() -> None:
    schema = {
        "properties": {
            "a": {"type": "integer"},
            "b": {"type": "array", "items": {"properties": {"x": {}, "y": {}}}},
        }
    }
    value = {"extra": 1, "b": [{"y": 2, "x": 1}], "a": 0}
    assert json.dumps(ordered(value, schema)) == '{"a": 0, "b": [{"x": 1, "y": 2}], "extra": 1}'


def test_synthesize_refuses_tools_with_bad_schemas(tmp_path: Path) -> None:
    bad = [{"type": "function", "function": {"name": "f", "parameters": {"type": "objekt"}}}]
    with pytest.raises(ValueError, match="bad schema"):
        synthesize(bad, ScriptedTeacher(), tmp_path / "rows.jsonl", progress=False)
