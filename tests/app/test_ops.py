"""Models, health, metrics, the per-request log line, and `thimble serve`'s flags and banner."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from fastapi.testclient import TestClient

import app.server as server
from app.config import Settings
from tests.app.checks import USER, chat, wait_until
from tests.app.conftest import MakeClient, tiny_loader

URL = "/v1/chat/completions"


def test_models_lists_the_served_name_and_aliases(make_client: MakeClient) -> None:
    client = make_client(served_model="thimble-v1", aliases=["gpt-4o-mini"])
    listed = client.get("/v1/models").json()
    assert listed["object"] == "list"
    assert [m["id"] for m in listed["data"]] == ["thimble-v1", "gpt-4o-mini"]
    for m in listed["data"]:
        assert m["object"] == "model" and m["owned_by"] == "thimble"
        assert isinstance(m["created"], int)
        assert client.get(f"/v1/models/{m['id']}").json() == m


def test_retrieving_an_unknown_model(make_client: MakeClient) -> None:
    strict = make_client(accept_any_model=False)
    r = strict.get("/v1/models/org/some-model")
    assert r.status_code == 404 and r.json()["error"]["code"] == "model_not_found"
    lenient = make_client()
    assert lenient.get("/v1/models/org/some-model").json()["id"] == "org/some-model"


def test_health_says_ok_once_loaded(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok", "model": "thimble"}


def test_metrics_count_requests_tokens_and_errors(make_client: MakeClient) -> None:
    client = make_client()
    done = client.post(URL, json=chat(tool_choice="required")).json()
    client.post(URL, json=chat(n=3))
    worker = client.app.state.worker  # type: ignore[attr-defined]
    wait_until(lambda: worker.depth == 0)  # the worker frees itself just after answering
    text = client.get("/metrics").text
    assert 'thimble_requests_total{route="/v1/chat/completions",status="200"} 1.0' in text
    assert 'thimble_requests_total{route="/v1/chat/completions",status="400"} 1.0' in text
    assert 'thimble_errors_total{type="invalid_request_error"} 1.0' in text
    u = done["usage"]
    assert f'thimble_tokens_total{{kind="prompt"}} {float(u["prompt_tokens"])}' in text
    assert f'thimble_tokens_total{{kind="completion"}} {float(u["completion_tokens"])}' in text
    for name in (
        'thimble_decoded_tokens_total{how="forced"}',
        'thimble_decoded_tokens_total{how="chosen"}',
        "thimble_request_seconds_bucket",
        "thimble_queue_wait_seconds_count 1.0",
        "thimble_queue_depth 0.0",
    ):
        assert name in text


def test_one_log_line_per_request_without_the_prompt(
    make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    client = make_client()
    with caplog.at_level(logging.INFO, logger="app.observe"):
        r = client.post(URL, json=chat(tool_choice="required"))
    (line,) = [rec.getMessage() for rec in caplog.records if rec.name == "app.observe"]
    assert line.startswith(f"request_id={r.headers['x-request-id']} POST {URL} status=200")
    for field in ("tokens_in=", "tokens_out=", "forced=", "chosen=", "finish=", "latency_ms="):
        assert field in line
    assert USER[0]["content"] not in line


def test_prompts_are_logged_only_when_asked(
    make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    client = make_client(log_prompts=True)
    with caplog.at_level(logging.INFO, logger="app.observe"):
        client.post(URL, json=chat(max_tokens=2))
    (line,) = [rec.getMessage() for rec in caplog.records if rec.name == "app.observe"]
    assert "prompt=" in line and "weather in Paris" in line


def test_serve_flags_override_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: dict[str, Any] = {}
    monkeypatch.setenv("THIMBLE_MAX_QUEUE", "7")
    monkeypatch.setenv("THIMBLE_PORT", "9001")
    monkeypatch.setattr(server, "create_app", lambda settings, load: settings)

    class Server:  # uvicorn.Server, recording what it would serve instead of serving it
        def __init__(self, config: Any) -> None:
            self.should_exit = False
            ran.update(settings=config.app, host=config.host, port=config.port)
            ran["access_log"] = config.access_log

        def run(self) -> None:
            pass

    monkeypatch.setattr(server.uvicorn, "Server", Server)
    argv = ["--port", "8123", "--api-key", "k", "--alias", "a", "--alias", "b"]
    assert server.main([*argv, "--no-accept-any-model", "--log-prompts"]) == 0
    assert (ran["host"], ran["port"], ran["access_log"]) == ("127.0.0.1", 8123, False)
    s: Settings = ran["settings"]
    assert (s.port, s.max_queue, s.api_key, s.aliases) == (8123, 7, "k", ["a", "b"])
    assert (s.accept_any_model, s.log_prompts, s.device) == (False, True, "auto")


def test_serve_rejects_bad_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server.uvicorn, "Server", lambda config: pytest.fail("it served"))
    with pytest.raises(SystemExit):
        server.main(["--max-queue", "0"])


def test_banner_names_model_device_address_and_an_example() -> None:
    settings = Settings(port=8123, api_key="k")
    text = server.banner(settings, tiny_loader(settings))
    assert "http://127.0.0.1:8123/v1" in text
    assert "parameters" in text and "cpu" in text
    assert "curl http://127.0.0.1:8123/v1/chat/completions" in text
    assert "Authorization: Bearer $THIMBLE_API_KEY" in text
