"""`--mode cascade|record` against a fake upstream that speaks OpenAI's wire format
(`tests.distill.fake_teachers.FakeOpenAI`), through the real server (uvicorn) and real clients.

The student is the tiny random engine with a card whose calibration maps every answer to 0.7,
and the requests ask for one call to a tool without arguments, which the grammar forces whole:
so the student always finishes, and its confidence is 0.7 whatever its weights.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from pydantic import ValidationError

from app.config import Settings
from distill.traces import iter_traces
from model.generate import Engine
from model.tokenizer import ThimbleTokenizer
from model.weights import DEFAULT_TOKENIZER
from tests.app.conftest import wait_healthy
from tests.app.test_worker import Paced
from tests.distill.fake_teachers import FakeOpenAI, Reply
from tests.tiny import tiny_student
from tests.tools import function_tool

PING = {
    "type": "function",
    "function": {
        "name": "ping",
        "parameters": {"type": "object", "properties": {}, "additionalProperties": False},
    },
}
TIMER = function_tool("set_timer", "Start a timer.", {"minutes": {"type": "integer"}}, ["minutes"])
UPSTREAM_CALL = ("set_timer", {"minutes": 5})
ROOT = Path(__file__).resolve().parents[2]


def body(**fields: Any) -> dict[str, Any]:
    return {
        "model": "thimble",
        "messages": [{"role": "user", "content": "ping or a 5 minute timer"}],
        "tools": [PING, TIMER],
        "tool_choice": {"type": "function", "function": {"name": "ping"}},
        **fields,
    }


def sure_loader(settings: Settings) -> Engine:
    card = {"name": "tiny", "calibration": {"score": "product", "x": [0, 1], "y": [0.7, 0.7]}}
    return Engine(tiny_student(), ThimbleTokenizer.load(DEFAULT_TOKENIZER), card=card)


@pytest.fixture
def upstream() -> Any:
    with FakeOpenAI(Reply(calls=[UPSTREAM_CALL])) as fake:
        # http.server listens with a backlog of 5: 16 connections at once would be refused
        fake._server.socket.listen(64)
        yield fake


def serve(make_live: Any, upstream_url: str, tmp_path: Path, **settings: Any) -> str:
    base, _ = make_live(
        sure_loader,
        upstream_base_url=upstream_url,
        upstream_model="gpt-fake",
        upstream_api_key="sk-test",
        trace_db=tmp_path / "traces.db",
        **settings,
    )
    return base


def post(base: str, **fields: Any) -> httpx.Response:
    return httpx.post(f"{base}/v1/chat/completions", json=body(**fields), timeout=30)


def calls(response: httpx.Response) -> list[tuple[str, Any]]:
    message = response.json()["choices"][0]["message"]
    return [
        (c["function"]["name"], json.loads(c["function"]["arguments"]))
        for c in message.get("tool_calls") or []
    ]


def test_cascade_answers_locally_at_or_above_the_threshold(
    make_live: Any, upstream: FakeOpenAI, tmp_path: Path
) -> None:
    base = serve(make_live, upstream.url, tmp_path, mode="cascade", cascade_threshold=0.6)
    r = post(base)
    assert r.status_code == 200
    assert r.headers["x-thimble-answered-by"] == "student"
    assert r.headers["x-thimble-confidence"] == "0.7000"
    assert "x-thimble-escalated" not in r.headers
    assert calls(r) == [("ping", {})]
    assert upstream.received == []
    assert not (tmp_path / "traces.db").exists() or not list(iter_traces(tmp_path / "traces.db"))


def test_cascade_escalates_below_the_threshold_and_keeps_the_answer(
    make_live: Any, upstream: FakeOpenAI, tmp_path: Path
) -> None:
    base = serve(make_live, upstream.url, tmp_path, mode="cascade", cascade_threshold=0.8)
    r = post(base, temperature=0.5)
    assert r.status_code == 200
    assert r.headers["x-thimble-answered-by"] == "upstream"
    assert r.headers["x-thimble-escalated"] == "low_confidence"
    assert r.headers["x-thimble-confidence"] == "0.7000"
    assert calls(r) == [UPSTREAM_CALL]
    sent = upstream.received[0]
    assert sent.headers["authorization"] == "Bearer sk-test"
    assert sent.body["model"] == "gpt-fake" and sent.body["temperature"] == 0.5
    assert sent.body["tool_choice"] == body()["tool_choice"] and "stream" not in sent.body
    [row] = iter_traces(tmp_path / "traces.db")
    assert row["id"] == f"trace-{r.headers['x-request-id']}"
    assert row["answer"] == {
        "content": None,
        "tool_calls": [{"name": "set_timer", "arguments": {"minutes": 5}}],
    }
    meta = row["meta"]
    assert meta["model"] == "gpt-fake" and meta["confidence"] == pytest.approx(0.7)
    assert meta["student"]["tool_calls"] == [{"name": "ping", "arguments": {}}]
    assert meta["agree"] is False


def test_cascade_streams_the_upstream_answer_when_asked(
    make_live: Any, upstream: FakeOpenAI, tmp_path: Path
) -> None:
    base = serve(make_live, upstream.url, tmp_path, mode="cascade", cascade_threshold=0.8)
    with openai.OpenAI(base_url=f"{base}/v1", api_key="x", max_retries=0) as client:
        raw = client.chat.completions.with_raw_response.create(**body(stream=True))
        assert raw.headers["x-thimble-answered-by"] == "upstream"
        chunks = list(raw.parse())
    deltas = [c.choices[0].delta for c in chunks if c.choices]
    [call] = [t for d in deltas for t in d.tool_calls or [] if t.function and t.function.name]
    args = "".join(t.function.arguments or "" for d in deltas for t in d.tool_calls or [])
    assert call.function.name == "set_timer" and json.loads(args) == {"minutes": 5}
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


def test_record_sends_everything_upstream_one_row_per_request_under_concurrency_16(
    make_live: Any, upstream: FakeOpenAI, tmp_path: Path
) -> None:
    base = serve(make_live, upstream.url, tmp_path, mode="record", cascade_threshold=0.0)
    with ThreadPoolExecutor(16) as pool:
        responses = list(pool.map(lambda _: post(base), range(48)))
    assert all(r.status_code == 200 for r in responses)
    assert all(r.headers["x-thimble-answered-by"] == "upstream" for r in responses)
    assert all(r.headers["x-thimble-escalated"] == "record" for r in responses)
    rows = list(iter_traces(tmp_path / "traces.db"))
    ids = sorted(r["meta"]["request_id"] for r in rows)
    assert ids == sorted(r.headers["x-request-id"] for r in responses)
    assert len(upstream.received) == 48
    report = httpx.get(f"{base}/cascade/report").json()
    assert report["answered"] == {"upstream": 48} and report["traces"] == 48
    assert report["local_share"] == 0.0 and report["saved_per_1000_requests_usd"] == 0.0


class Garbage:
    """An upstream on loopback that answers 200 with `payload` bytes, sent slowly when told to."""

    def __init__(self, payload: bytes, trickle_s: float = 0.0) -> None:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("content-length", 0)))
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(outer.payload)))
                self.end_headers()
                for byte in outer.payload:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(outer.trickle_s)

            def log_message(self, *args: object) -> None:
                pass

        self.payload, self.trickle_s = payload, trickle_s
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/v1"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


NOT_A_CALL = {
    "id": "x",
    "object": "chat.completion",
    "created": 0,
    "model": "m",
    "choices": [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "c",
                        "type": "function",
                        "function": {"name": "rm_rf", "arguments": "{}"},
                    }
                ],
            },
            "finish_reason": "tool_calls",
        }
    ],
}


@pytest.mark.parametrize(
    ("failure", "kind"),
    [
        ("500", "status"),
        ("hang", "timeout"),
        ("not json", "garbage"),
        ("no choices", "garbage"),
        ("unoffered tool", "garbage"),
        ("trickle", "timeout"),
        ("refused", "transport"),
    ],
)
@pytest.mark.parametrize("mode", ["cascade", "record"])
def test_upstream_failure_falls_back_to_the_student(
    make_live: Any, tmp_path: Path, failure: str, kind: str, mode: str
) -> None:
    fake: Any = None
    if failure in ("500", "hang"):
        fake = FakeOpenAI(Reply(calls=[UPSTREAM_CALL], delay_s=5 if failure == "hang" else 0))
        fake.__enter__()
        if failure == "500":
            fake.fail(500, times=10)
        url = fake.url
    elif failure == "refused":
        url = "http://127.0.0.1:9/v1"
    else:
        payload = {
            "not json": b"<html>502 Bad Gateway</html>",
            "no choices": json.dumps({**NOT_A_CALL, "choices": []}).encode(),
            "unoffered tool": json.dumps(NOT_A_CALL).encode(),
            "trickle": json.dumps(NOT_A_CALL).encode(),
        }[failure]
        fake = Garbage(payload, trickle_s=0.05 if failure == "trickle" else 0.0)
        url = fake.url
    try:
        base = serve(make_live, url, tmp_path, mode=mode, cascade_threshold=0.8, deadline_s=1.0)
        t0 = time.monotonic()
        r = post(base)
        took = time.monotonic() - t0
    finally:
        if isinstance(fake, FakeOpenAI):
            fake.__exit__(None, None, None)
        elif fake is not None:
            fake.close()
    assert r.status_code == 200, r.text
    assert r.headers["x-thimble-answered-by"] == "student"
    assert r.headers["x-thimble-fallback"] == kind
    assert calls(r) == [("ping", {})]
    assert took < 3.0  # the deadline (1 s) bounds it: never a hang
    assert not list(iter_traces(tmp_path / "traces.db"))


def test_logprobs_and_confidence_when_asked(make_live: Any, tmp_path: Path) -> None:
    base, _ = make_live(sure_loader)
    r = post(base, tool_choice="auto", max_tokens=8, logprobs=True)
    assert r.headers["x-thimble-answered-by"] == "student"
    lp = r.json()["choices"][0]["logprobs"]
    assert lp["confidence"] == pytest.approx(0.7)
    assert lp["content"] and all(t["logprob"] <= 0 for t in lp["content"])


def test_record_answers_by_the_deadline_when_the_student_is_stuck(
    make_live: Any, upstream: FakeOpenAI, tmp_path: Path
) -> None:
    engines: list[Paced] = []

    def stuck_loader(settings: Settings) -> Engine:
        engines.append(Paced(sure_loader(settings)))
        return engines[-1]

    base, _ = make_live(
        stuck_loader,
        mode="record",
        upstream_base_url=upstream.url,
        upstream_model="gpt-fake",
        trace_db=tmp_path / "traces.db",
        deadline_s=1.0,
    )
    engines[0].gate.clear()  # the student never gets to decode
    try:
        t0 = time.monotonic()
        r = post(base)
        took = time.monotonic() - t0
    finally:
        engines[0].gate.set()
    assert r.headers["x-thimble-answered-by"] == "upstream" and calls(r) == [UPSTREAM_CALL]
    assert "x-thimble-confidence" not in r.headers
    assert took < 3.0
    [row] = iter_traces(tmp_path / "traces.db")
    assert row["meta"]["student"] is None and row["meta"]["confidence"] is None


def test_cascade_escalates_a_cut_off_answer_and_reports_the_cost_saved(
    make_live: Any, upstream: FakeOpenAI, tmp_path: Path
) -> None:
    base = serve(
        make_live,
        upstream.url,
        tmp_path,
        mode="cascade",
        cascade_threshold=0.6,
        upstream_price_in=1.0,
        upstream_price_out=10.0,
    )
    assert post(base).headers["x-thimble-answered-by"] == "student"
    r = post(base, max_tokens=1)  # the student's call is cut off: a failed check
    assert r.headers["x-thimble-answered-by"] == "upstream"
    assert r.headers["x-thimble-escalated"] == "check_failed"
    report = httpx.get(f"{base}/cascade/report").json()
    assert report["answered"] == {"student": 1, "upstream": 1}
    assert report["escalations"] == {"check_failed": 1} and report["traces"] == 1
    per_request = (21 * 1.0 + 7 * 10.0) / 1e6  # the fake's usage: 21 prompt, 7 completion tokens
    assert report["cost_per_upstream_request_usd"] == pytest.approx(per_request)
    assert report["saved_per_1000_requests_usd"] == pytest.approx(1000 * 0.5 * per_request)
    metrics = httpx.get(f"{base}/metrics").text
    assert 'thimble_answers_total{by="student"} 1.0' in metrics
    assert 'thimble_escalations_total{reason="check_failed"} 1.0' in metrics


def test_kill_9_of_a_recording_server_keeps_every_acknowledged_request(
    upstream: FakeOpenAI, tmp_path: Path
) -> None:
    """The real server (`thimble serve --mode record`, shipped weights) under 16 concurrent
    clients, killed with SIGKILL: every request it answered is in the store."""
    db = tmp_path / "traces.db"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    argv = ["serve", "--port", str(port), "--mode", "record", "--trace-db", str(db)]
    argv += ["--upstream-base-url", upstream.url, "--upstream-model", "gpt-fake"]
    env = {**os.environ, "OMP_NUM_THREADS": "1", "THIMBLE_UPSTREAM_API_KEY": "sk-test"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", *argv],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    acked: list[str] = []
    lock = threading.Lock()
    try:
        wait_healthy(base, 120, lambda: None if proc.poll() is None else "the server exited")

        def client() -> None:
            with httpx.Client(base_url=base, timeout=10) as c:
                while len(acked) < 150:
                    try:
                        r = c.post("/v1/chat/completions", json=body())
                    except httpx.TransportError:
                        return  # the server is gone
                    if r.status_code == 200:
                        with lock:
                            acked.append(r.headers["x-request-id"])

        threads = [threading.Thread(target=client) for _ in range(16)]
        for t in threads:
            t.start()
        while len(acked) < 100:
            time.sleep(0.01)
        proc.kill()  # SIGKILL while requests are in flight
        for t in threads:
            t.join(15)
    finally:
        proc.kill()
        proc.wait()
    stored = {r["meta"]["request_id"] for r in iter_traces(db)}
    assert len(acked) >= 100 and set(acked) <= stored
    assert len(stored) - len(set(acked)) <= 16  # at most the requests in flight


@pytest.mark.parametrize("mode", ["cascade", "record"])
def test_a_mode_that_needs_an_upstream_refuses_to_start_without_one(mode: str) -> None:
    with pytest.raises(ValidationError, match="needs --upstream-base-url and --upstream-model"):
        Settings(mode=mode, upstream_model="gpt-fake")
