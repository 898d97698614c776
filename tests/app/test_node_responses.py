"""The real server through the `openai` npm package's Responses API: `node/responses.mjs` makes
one function call with `responses.create` and streams the same request through the SDK's
ResponseStream (which checks each event's place in the response as it accumulates)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from tests.app.test_node_client import node_client, run_node

__all__ = ["node_client"]  # the fixture, imported for this module's tests


def test_npm_openai_responses_create_and_stream_agree(server: str, node_client: Path) -> None:
    out = run_node(node_client.with_name("responses.mjs"), server)
    schema = out["request"]["tools"][0]["parameters"]
    (call,) = [o for o in out["created"]["output"] if o["type"] == "function_call"]
    assert call["name"] == "set_thermostat" and call["call_id"].startswith("call_")
    jsonschema.validate(json.loads(call["arguments"]), schema)
    assert out["created"]["status"] == "completed" and out["created"]["model"] == "gpt-4.1-mini"

    (streamed,) = [o for o in out["final"]["output"] if o["type"] == "function_call"]
    assert streamed["arguments"] == call["arguments"]  # greedy: the same answer
    assert "".join(out["fragments"]) == streamed["arguments"]
    types = out["types"]
    assert types[:2] == ["response.created", "response.in_progress"]
    assert types[-1] == "response.completed"
    assert "response.function_call_arguments.done" in types
    assert out["final"]["usage"] == out["created"]["usage"]
