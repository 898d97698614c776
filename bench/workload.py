"""The benchmark workload: the shipped request files, and fresh-tool variants for cold requests.

Each `bench/requests/NAME.json` is a complete OpenAI chat-completions body (curl it with
`-d @bench/requests/NAME.json`); `metadata.bench_label` says what it stands for. The tool schemas
bound every argument (enums, integer ranges, `maxLength`, patterns) so that even random weights
write calls of a realistic length (about 15 to 45 tokens) instead of running to `max_tokens`.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from model.generate import Request

REQUESTS_DIR = Path(__file__).parent / "requests"
HEADLINE = "eight_tools_single"  # the target's request: 8 tools, one call


@dataclass
class Workload:
    bodies: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, directory: Path = REQUESTS_DIR, names: list[str] | None = None) -> Workload:
        files = sorted(directory.glob("*.json"))
        bodies = {f.stem: json.loads(f.read_text()) for f in files}
        if names:
            missing = [n for n in names if n not in bodies]
            if missing:
                raise SystemExit(f"no request file for {missing} in {directory}")
            bodies = {n: bodies[n] for n in names}
        return cls(bodies)

    @property
    def names(self) -> list[str]:
        return list(self.bodies)

    def label(self, name: str) -> str:
        return self.bodies[name].get("metadata", {}).get("bench_label", name)

    def body(self, name: str, fresh: int | None = None) -> dict[str, Any]:
        """The request body; with `fresh`, every tool is new to the server (cold caches)."""
        body = self.bodies[name]
        return body if fresh is None else fresh_tools(body, fresh)

    def engine_request(self, name: str, fresh: int | None = None) -> Request:
        """The body as the server would hand it to the engine."""
        from app.protocol import ChatCompletionRequest  # the server's own parsing
        from app.serving import engine_request

        return engine_request(ChatCompletionRequest.model_validate(self.body(name, fresh)))


def fresh_tools(body: dict[str, Any], nonce: int) -> dict[str, Any]:
    """A copy whose tools' encoder text, cache keys and grammar are all new (a client that
    changed its tool descriptions): the first property's description gets a revision note."""
    out = copy.deepcopy(body)
    for tool in out.get("tools") or []:
        params = tool["function"].setdefault("parameters", {"type": "object", "properties": {}})
        props = params.setdefault("properties", {})
        if props:
            first = props[next(iter(props))]
            first["description"] = (first.get("description", "") + f" (rev {nonce})").strip()
        else:
            tool["function"]["description"] = (
                tool["function"].get("description", "") + f" (rev {nonce})"
            )
    return out
