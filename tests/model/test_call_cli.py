"""`thimble call` on the default weights (random until a checkpoint ships) prints valid calls."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "set_thermostat",
            "description": "Set the target temperature.",
            "parameters": {
                "type": "object",
                "properties": {
                    "celsius": {"type": "integer", "minimum": 5, "maximum": 30},
                    "room": {"type": "string", "enum": ["kitchen", "bedroom"]},
                },
                "required": ["celsius", "room"],
            },
        },
    }
]


def run_call(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`thimble call --tools <TOOLS file> ARGS...` in a subprocess."""
    path = tmp_path / "tools.json"
    path.write_text(json.dumps(TOOLS))
    cmd = [sys.executable, "-m", "app.cli", "call", "--tools", str(path), *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


def test_call_prints_schema_valid_calls(tmp_path: Path) -> None:
    out = run_call(
        tmp_path, "--tool-choice", "required", "--no-parallel", "make the kitchen 21 degrees"
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["finish_reason"] == "tool_calls" and len(result["tool_calls"]) == 1
    call = result["tool_calls"][0]
    assert call["name"] == "set_thermostat"
    jsonschema.validate(call["arguments"], TOOLS[0]["function"]["parameters"])
    assert result["usage"]["forced_tokens"] > 0
    assert set(result["timing_ms"]) == {"total", "encoder", "decoder", "grammar"}


def test_call_reports_a_bad_tool_choice(tmp_path: Path) -> None:
    out = run_call(tmp_path, "--tool-choice", "missing_tool", "hi")
    assert out.returncode == 2 and "tool_choice" in out.stderr
