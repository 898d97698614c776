"""Reliability over HTTP: a client that leaves at any stage frees its place, is logged once and
counted as a disconnect (never a server error); schemas are compiled before the queue (a bad one
is a 400 at once, even with the worker stuck), within a size and a time bound; long conversations
keep their system message and say so; sloppy non-strict schemas are relaxed and say so; the
caches' budget is on /metrics."""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import urlparse

import httpx
import pytest

from app.config import Settings
from app.worker import InferenceWorker
from model.generate import Decoding, Engine, Request
from tests.app.checks import chat, wait_until
from tests.app.conftest import MakeClient, tiny_loader
from tests.app.test_worker import Paced

URL = "/v1/chat/completions"


class Gated(Paced):
    """A paced engine whose `begin` (the prompt's encoding) also waits at `begin_gate`."""

    def __init__(self, tiny: Engine, delay: float = 0.0) -> None:
        super().__init__(tiny, delay)
        self.begin_gate, self.in_begin = threading.Event(), threading.Event()
        self.begin_gate.set()

    def begin(self, request: Request, matcher: Any = None) -> Decoding:
        self.in_begin.set()
        self.begin_gate.wait()
        return super().begin(request, matcher)


def live(make_live: Any, **settings: Any) -> tuple[str, InferenceWorker, Gated]:
    engines: list[Gated] = []

    def load(s: Settings) -> Engine:
        engines.append(Gated(tiny_loader(s), delay=0.01))
        return engines[-1]

    base, app = make_live(load, **settings)
    return base, app.state.worker, engines[0]


def raw_request(base: str, body: dict[str, Any]) -> socket.socket:
    """POST the body on a bare socket (the test decides when the client leaves)."""
    url = urlparse(base)
    s = socket.create_connection((url.hostname, url.port))
    data = json.dumps(body).encode()
    head = (
        f"POST {URL} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(data)}\r\n\r\n"
    )
    s.sendall(head.encode() + data)
    return s


def metric(base: str, name: str) -> float:
    for line in httpx.get(f"{base}/metrics").text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return 0.0


def disconnects(base: str, stage: str) -> float:
    return metric(base, f'thimble_client_disconnects_total{{stage="{stage}"}}')


def assert_no_server_error(base: str) -> None:
    text = httpx.get(f"{base}/metrics").text
    assert 'thimble_errors_total{type="server_error"}' not in text
    assert 'status="500"' not in text


@pytest.fixture
def observe_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO, logger="app.observe")
    return caplog


def lines_with(caplog: pytest.LogCaptureFixture, text: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if text in r.getMessage()]


def test_disconnect_while_queued_frees_its_place_at_once(
    make_live: Any, observe_log: pytest.LogCaptureFixture
) -> None:
    base, worker, engine = live(make_live, max_batch=1, max_queue=1)
    engine.gate.clear()  # the first request holds the only row
    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(httpx.post, f"{base}{URL}", json=chat(max_tokens=4), timeout=30)
        wait_until(lambda: engine.entered.is_set())
        s = raw_request(base, chat(max_tokens=4))
        wait_until(lambda: worker.waiting == 1)
        s.close()
        wait_until(lambda: disconnects(base, "queued") == 1)
        assert worker.waiting == 0  # before the worker has come to it
        # its place is free: another request queues rather than getting a 429
        second = pool.submit(httpx.post, f"{base}{URL}", json=chat(max_tokens=4), timeout=30)
        wait_until(lambda: worker.waiting == 1)
        engine.gate.set()
        assert first.result(30).status_code == 200 and second.result(30).status_code == 200
    assert_no_server_error(base)
    assert len(lines_with(observe_log, "disconnected=queued")) == 1


def test_disconnect_during_prefill(make_live: Any, observe_log: pytest.LogCaptureFixture) -> None:
    base, worker, engine = live(make_live)
    engine.begin_gate.clear()
    s = raw_request(base, chat(max_tokens=4))
    assert engine.in_begin.wait(10)
    s.close()
    wait_until(lambda: disconnects(base, "prefill") == 1)
    engine.begin_gate.set()
    wait_until(lambda: worker.depth == 0)
    assert_no_server_error(base)
    assert len(lines_with(observe_log, "disconnected=prefill")) == 1


def test_disconnect_while_decoding_unstreamed(
    make_live: Any, observe_log: pytest.LogCaptureFixture
) -> None:
    base, worker, engine = live(make_live)
    engine.gate.clear()
    s = raw_request(base, chat(tool_choice="none", max_tokens=500))
    assert engine.entered.wait(10)
    s.close()
    wait_until(lambda: disconnects(base, "decoding") == 1)
    engine.gate.set()
    wait_until(lambda: worker.depth == 0)
    assert engine.steps < 100
    assert_no_server_error(base)
    assert len(lines_with(observe_log, "disconnected=decoding")) == 1


def test_disconnect_while_streaming(make_live: Any, observe_log: pytest.LogCaptureFixture) -> None:
    base, worker, engine = live(make_live)
    s = raw_request(base, chat(tool_choice="none", max_tokens=500, stream=True))
    got = b""
    while b"data: " not in got:
        chunk = s.recv(4096)
        assert chunk, got  # the server closed the connection
        got += chunk
    s.close()
    wait_until(lambda: disconnects(base, "streaming") == 1)
    wait_until(lambda: worker.depth == 0)
    assert engine.steps < 200
    assert_no_server_error(base)
    assert len(lines_with(observe_log, "disconnected=streaming")) == 1


BAD = {
    "type": "function",
    "function": {
        "name": "f",
        "strict": True,
        "parameters": {"type": "object", "properties": {"a": {"type": "string", "enum": [1]}}},
    },
}
BAD["function"]["parameters"]["required"] = ["a"]  # type: ignore[index]


def test_bad_schema_is_a_400_at_once_with_the_worker_stuck_and_the_queue_full(
    make_live: Any,
) -> None:
    base, worker, engine = live(make_live, max_batch=1, max_queue=1)
    engine.gate.clear()
    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(httpx.post, f"{base}{URL}", json=chat(max_tokens=4), timeout=30)
        wait_until(lambda: engine.entered.is_set())
        second = pool.submit(httpx.post, f"{base}{URL}", json=chat(max_tokens=4), timeout=30)
        wait_until(lambda: worker.waiting == 1)
        r = httpx.post(f"{base}{URL}", json=chat(tools=[BAD]), timeout=10)
        assert r.status_code == 400, r.text
        assert r.json()["error"]["param"] == "tools[0].function.parameters"
        engine.gate.set()
        assert first.result(30).status_code == 200 and second.result(30).status_code == 200


def test_schema_size_and_compile_time_are_bounded(make_client: MakeClient) -> None:
    big = {"type": "object", "properties": {f"p{i}": {"type": "string"} for i in range(100)}}
    tool = {"type": "function", "function": {"name": "big", "parameters": big}}
    client = make_client(max_schema_bytes=1024)
    r = client.post(URL, json=chat(tools=[tool]))
    assert r.status_code == 400 and "THIMBLE_MAX_SCHEMA_BYTES" in r.json()["error"]["message"]
    client = make_client(grammar_timeout_s=1e-6)
    r = client.post(URL, json=chat(tools=[tool]))
    assert r.status_code == 400 and r.json()["error"]["code"] == "grammar_timeout"


def test_long_conversation_keeps_the_system_message_and_says_so(
    make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="app.observe")
    client = make_client()
    turns = [{"role": "user", "content": f"turn {i}: " + "words " * 40} for i in range(40)]
    messages = [{"role": "system", "content": "You are terse."}, *turns]
    r = client.post(URL, json=chat(messages=messages, max_tokens=4))
    assert r.status_code == 200, r.text
    header = r.headers["x-thimble-truncated"]
    assert header.startswith("messages=") and "->" in header
    assert lines_with(caplog, "truncated=")
    short = client.post(URL, json=chat(max_tokens=4))
    assert "x-thimble-truncated" not in short.headers
    assert "thimble_truncated_requests_total 1.0" in client.get("/metrics").text


def test_sloppy_non_strict_schema_is_relaxed_and_strict_is_a_400(make_client: MakeClient) -> None:
    params = {
        "type": "object",
        "properties": {"tags": {"type": "array", "enum": ["a", "b"]}},
        "required": ["tags"],
    }
    tool = {"type": "function", "function": {"name": "tag", "parameters": params}}
    client = make_client()
    for stream in (False, True):
        r = client.post(URL, json=chat(tools=[tool], tool_choice="required", stream=stream))
        assert r.status_code == 200, r.text
        assert r.headers["x-thimble-relaxed"] == (
            "tools[0].function.parameters#/properties/tags: enum moved into items"
        )
    strict = {"type": "function", "function": {**tool["function"], "strict": True}}
    r = client.post(URL, json=chat(tools=[strict]))
    assert r.status_code == 400 and "unsatisfiable" in r.json()["error"]["message"]


def test_cache_budget_and_usage_are_on_metrics(make_client: MakeClient) -> None:
    def load(s: Settings) -> Engine:
        tiny = tiny_loader(s)
        return Engine(tiny.model, tiny.tok, cache_mb=s.cache_mb)

    client = make_client(load=load, cache_mb=8)
    assert client.post(URL, json=chat(max_tokens=4)).status_code == 200
    text = client.get("/metrics").text
    assert "thimble_cache_budget_bytes 8.388608e+06" in text
    for kind in ("tool", "grammar", "validator"):
        assert f'thimble_cache_bytes{{cache="{kind}"}}' in text
    assert 'thimble_cache_entries{cache="grammar"} 1.0' in text


def test_body_sent_a_byte_at_a_time_is_cut_off_with_a_408(make_live: Any) -> None:
    base, worker, _ = live(make_live, client_timeout_s=1.0)
    url = urlparse(base)
    data = json.dumps(chat(max_tokens=4)).encode()
    with socket.create_connection((url.hostname, url.port), timeout=10) as s:
        head = f"POST {URL} HTTP/1.1\r\nHost: x\r\nContent-Length: {len(data)}\r\n\r\n"
        s.sendall(head.encode())
        t0 = time.monotonic()
        reply = b""
        for byte in data:  # a byte every 0.2 s: the whole body would take minutes
            try:
                s.sendall(bytes([byte]))
                time.sleep(0.2)
                s.setblocking(False)
                reply += s.recv(4096)
            except (BlockingIOError, BrokenPipeError, ConnectionResetError):
                pass
            finally:
                s.setblocking(True)
            if reply:
                break
    assert reply.startswith(b"HTTP/1.1 408"), reply[:200]
    assert time.monotonic() - t0 < 5
    assert worker.depth == 0


def test_client_leaving_a_shared_batch_leaves_the_others_decoding(make_live: Any) -> None:
    """Removing a row that is not the last moves the last one into its place in the fast
    runtime's storage (inference tensors): done outside inference mode, it killed the worker."""
    base, worker, engine = live(make_live)
    engine.gate.clear()
    with ThreadPoolExecutor(1) as pool:
        body = chat(tool_choice="none", max_tokens=200, stream=True)
        leaving = raw_request(base, chat(tool_choice="none", max_tokens=500, stream=True))
        wait_until(lambda: worker.waiting == 0 and worker.depth == 1)
        staying = pool.submit(httpx.post, f"{base}{URL}", json=body, timeout=60)
        wait_until(lambda: worker.depth == 2)
        engine.gate.set()
        got = b""
        while got.count(b"data: ") < 40:  # past the 16 steps of first storage: regrown
            chunk = leaving.recv(4096)
            assert chunk, got
            got += chunk
        leaving.close()
        r = staying.result(60)
        assert r.status_code == 200 and r.text.endswith("data: [DONE]\n\n")
    wait_until(lambda: worker.depth == 0)
    assert httpx.post(f"{base}{URL}", json=chat(max_tokens=4), timeout=30).status_code == 200
    assert_no_server_error(base)


def test_relaxed_header_escapes_control_characters_in_property_names(
    make_client: MakeClient,
) -> None:
    """Found by bench/fuzz.py: a property named "\\x00" went into the header as it was."""
    params = {"type": "object", "properties": {"\x00é\x7f": {"type": "object", "enum": [None]}}}
    tool = {"type": "function", "function": {"name": "f", "parameters": params}}
    r = make_client().post(URL, json=chat(tools=[tool], max_tokens=8))
    assert r.status_code == 200, r.text
    header = r.headers["x-thimble-relaxed"]
    assert "\\u0000\\u00e9\\u007f" in header and header.isascii() and header.isprintable()
