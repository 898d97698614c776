"""The real server through the `openai` npm package: `node/client.mjs` makes one non-streamed tool
call and one streamed through the SDK's ChatCompletionStream, and prints what it got as JSON.

The fixture installs the package into tests/app/node/ (`npm install`, from package.json) on first
use, and skips the test when node, npm or the registry is out of reach.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.app.checks import check_stream_rules

NODE_DIR = Path(__file__).parent / "node"


@pytest.fixture(scope="session")
def node_client() -> Path:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("node and npm are needed for the npm client test")
    if not (NODE_DIR / "node_modules" / "openai").is_dir():
        r = subprocess.run(
            [npm, "install", "--no-audit", "--no-fund"],
            cwd=NODE_DIR,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if r.returncode != 0:
            pytest.skip(f"npm install failed (offline?): {r.stderr[-500:]}")
    return NODE_DIR / "client.mjs"


def run_node(script: Path, base_url: str) -> dict[str, Any]:
    r = subprocess.run(["node", str(script), base_url], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_npm_openai_creates_and_streams_a_tool_call(server: str, node_client: Path) -> None:
    out = run_node(node_client, server)
    assert out["version"]
    schema = out["request"]["tools"][0]["function"]["parameters"]
    created = out["created"]["choices"][0]
    assert created["finish_reason"] == "tool_calls" and created["message"]["content"] is None
    (call,) = created["message"]["tool_calls"]
    assert call["function"]["name"] == "set_thermostat" and call["id"].startswith("call_")
    args = json.loads(call["function"]["arguments"])
    jsonschema.validate(args, schema)

    final = out["final"]["choices"][0]
    assert final["finish_reason"] == "tool_calls" and final["message"]["content"] is None
    (streamed,) = final["message"]["tool_calls"]
    assert streamed["function"]["arguments"] == call["function"]["arguments"]  # greedy: same answer
    assert "".join(out["fragments"]) == streamed["function"]["arguments"]
    assert streamed["function"]["parsed_arguments"] == args  # strict tool: the SDK parsed it
    check_stream_rules(out["chunks"], include_usage=True)
    assert out["final"]["usage"] == out["created"]["usage"]
