"""Model-server conventions, on a real `thimble serve` started with the flags users pass:
`--served-model-name` (listed by /v1/models, the only names accepted once any-model is off),
`--allowed-origins` (CORS, off by default), `thimble --version` and GET /version, and the
serving metrics (time to first token, requests running and waiting, tool-cache hits and misses,
grammar compile time)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from importlib.metadata import version

import httpx
import openai
import pytest

from app.config import Settings
from app.server import parser as serve_parser
from tests.app.checks import TOOLS, USER
from tests.app.conftest import ROOT, _free_port, wait_healthy

NAMES = ["qwen2.5-7b-instruct", "gpt-4o-mini"]
ORIGIN = "http://localhost:3000"


@pytest.fixture(scope="module")
def named(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`thimble serve` with served names, only those accepted, and one allowed origin."""
    port = _free_port()
    argv = ["serve", "--port", str(port), "--served-model-name", *NAMES]
    argv += ["--no-accept-any-model", "--allowed-origins", ORIGIN]
    log_path = tmp_path_factory.mktemp("named") / "server.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "app.cli", *argv],
            cwd=ROOT,
            env={**os.environ, "OMP_NUM_THREADS": "1"},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base, 120, lambda: None if proc.poll() is None else log_path.read_text())
        yield base
    finally:
        proc.terminate()
        proc.wait(10)


def test_served_model_names_are_listed_and_only_they_are_accepted(named: str) -> None:
    with openai.OpenAI(base_url=f"{named}/v1", api_key="unused", max_retries=0) as oai:
        assert [m.id for m in oai.models.list()] == NAMES
        for name in NAMES:
            done = oai.chat.completions.create(
                model=name,
                messages=USER,
                tools=TOOLS,
                max_tokens=24,  # type: ignore[arg-type]
            )
            assert done.model == name
        with pytest.raises(openai.NotFoundError) as missing:
            oai.responses.create(model="gpt-4.1", input="hi")
        assert missing.value.code == "model_not_found"


def test_served_model_name_is_the_id_then_aliases() -> None:
    args = serve_parser().parse_args(["--alias", "x", "--served-model-name", "a", "b"])
    assert Settings(**vars(args)).model_ids == ["a", "x", "b"]
    assert Settings(**vars(serve_parser().parse_args(["--served-model-name", "a"]))).aliases == []


def test_any_name_is_still_accepted_by_default(server: str) -> None:
    with openai.OpenAI(base_url=server, api_key="unused", max_retries=0) as oai:
        assert [m.id for m in oai.models.list()] == ["thimble"]
        done = oai.responses.create(model="any-name-at-all", input="hi", max_output_tokens=4)
        assert done.model == "any-name-at-all"


def preflight(base: str, origin: str) -> httpx.Response:
    return httpx.options(
        f"{base}/v1/chat/completions",
        headers={
            "origin": origin,
            "access-control-request-method": "POST",
            "access-control-request-headers": "authorization, content-type",
        },
    )


def test_allowed_origins_get_cors_headers_and_others_do_not(named: str) -> None:
    ok = preflight(named, ORIGIN)
    assert ok.status_code == 200
    assert ok.headers["access-control-allow-origin"] == ORIGIN
    assert "POST" in ok.headers["access-control-allow-methods"]
    assert "authorization" in ok.headers["access-control-allow-headers"].lower()
    refused = preflight(named, "http://evil.example")
    assert "access-control-allow-origin" not in refused.headers
    got = httpx.get(f"{named}/v1/models", headers={"origin": ORIGIN})
    assert got.headers["access-control-allow-origin"] == ORIGIN
    assert "x-request-id" in got.headers["access-control-expose-headers"]


def test_cors_is_off_by_default(server: str) -> None:
    base = server.removesuffix("/v1")
    assert "access-control-allow-origin" not in preflight(base, ORIGIN).headers
    got = httpx.get(f"{base}/v1/models", headers={"origin": ORIGIN})
    assert "access-control-allow-origin" not in got.headers


def test_version_from_the_command_line_and_the_server_agree(named: str) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "app.cli", "--version"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out == f"thimble {version('thimble')}\n"
    body = httpx.get(f"{named}/version").json()
    assert body["version"] == version("thimble") and body["weights"]


def metric(text: str, name: str) -> float:
    found = re.search(rf"^{re.escape(name)} (\S+)$", text, re.M)
    assert found, name
    return float(found.group(1))


def test_metrics_count_first_tokens_tool_cache_and_grammar_compiles(named: str) -> None:
    def scrape() -> str:
        return httpx.get(f"{named}/metrics").text

    # tools no other test offers: the first request encodes and compiles, the second hits
    tools = [{**t, "function": {**t["function"], "description": "conventions"}} for t in TOOLS]
    before = scrape()
    with openai.OpenAI(base_url=f"{named}/v1", api_key="unused", max_retries=0) as oai:
        for _ in range(2):
            stream = oai.chat.completions.create(
                model=NAMES[0],
                messages=USER,  # type: ignore[arg-type]
                tools=tools,  # type: ignore[arg-type]
                max_tokens=16,
                stream=True,
            )
            assert list(stream)
    after = scrape()

    def grew(name: str) -> float:
        return metric(after, name) - metric(before, name)

    assert grew("thimble_time_to_first_token_seconds_count") == 2
    assert grew('thimble_cache_lookups_total{cache="tool",result="miss"}') == len(tools)
    assert grew('thimble_cache_lookups_total{cache="tool",result="hit"}') == len(tools)
    assert grew("thimble_grammar_compile_seconds_count") == 1
    assert metric(after, "thimble_requests_running") == 0
    assert metric(after, "thimble_requests_waiting") == 0
