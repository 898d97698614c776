"""`thimble bench`: the shipped request files are valid and bounded, cold variants are new to
every cache, and `--quick` runs end to end against a real server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.protocol import ChatCompletionRequest
from bench.http import Load, percentile
from bench.run import main
from bench.workload import HEADLINE, Workload
from model.format import Tool
from model.grammar import build_grammar


def test_every_request_file_is_a_valid_chat_request_with_compilable_tools() -> None:
    workload = Workload.load()
    assert {HEADLINE, "one_tool_single", "thirty_tools_single"} <= set(workload.names)
    counts = set()
    for name in workload.names:
        body = ChatCompletionRequest.model_validate(workload.body(name))
        request = workload.engine_request(name)
        build_grammar(request.tools, request.choice, request.response_format)
        counts.add(len(body.tools or []))
        assert workload.label(name) != name
    assert counts == {1, 8, 30}


def test_fresh_tools_change_every_cache_key_and_the_grammar() -> None:
    workload = Workload.load()
    a, b = workload.engine_request(HEADLINE, fresh=1), workload.engine_request(HEADLINE, fresh=2)
    base = workload.engine_request(HEADLINE)
    for x in (a, b):
        assert not {t.key for t in x.tools} & {t.key for t in base.tools}
    grammars = {build_grammar(r.tools, r.choice) for r in (a, b, base)}
    assert len(grammars) == 3
    assert [t.name for t in a.tools] == [t.name for t in base.tools]
    assert isinstance(a.tools[0], Tool)


def test_percentile_interpolates_between_ranks() -> None:
    xs = [float(x) for x in range(1, 101)]
    assert percentile(xs, 50) == pytest.approx(50.5)
    assert percentile(xs, 99) == pytest.approx(99.01)
    assert percentile([3.0], 95) == 3.0


@pytest.mark.slow
def test_bench_quick_runs_end_to_end_against_a_real_server(tmp_path: Path) -> None:
    stem = tmp_path / "result"
    only = "one_tool_single,eight_tools_single,eight_tools_no_call"
    assert main(["--quick", "--only", only, "--out", str(stem)]) == 0
    result = json.loads(stem.with_suffix(".json").read_text())
    assert [r["request"] for r in result["requests"]] == only.split(",")
    for r in result["requests"]:
        assert r["n"] == 3 and r["errors"] == 0 and r["p50_ms"] > 0
        assert r["forced_per_request"] + r["chosen_per_request"] == pytest.approx(
            r["completion_tokens"], abs=1
        )
    assert result["cold_warm"]["cold"]["n"] == 1
    assert [c["concurrency"] for c in result["concurrency"]] == [1, 4]
    assert result["rss"]["end"]["rss_mb"] > 0
    assert {e["request"] for e in result["engine"]} == set(only.split(","))
    table = stem.with_suffix(".md").read_text()
    assert "p50 ms" in table and "req/s" in table


def test_interleaved_loads_split_requests_by_position() -> None:
    pairs = Load([50.0, 20.0, 60.0, 21.0], {200: 4}, [9, 9, 8, 8], [3, 3, 4, 4])
    cold, warm = pairs.interleaved(2)
    assert cold.latencies_ms == [50.0, 60.0] and warm.latencies_ms == [20.0, 21.0]
    assert cold.ok == warm.ok == 2 and cold.prompt_tokens == [9, 8]
    with pytest.raises(RuntimeError, match="failed"):
        Load([50.0], {200: 1, 503: 1}).interleaved(2)
