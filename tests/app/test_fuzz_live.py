"""The long fuzz run's checks (bench/fuzz.py), a few examples of each against a live server on a
tiny engine: generated schemas (every keyword, strict or not) and bodies never get a 5xx, never
hang, and leave the worker answering."""

from __future__ import annotations

from typing import Any

from bench.fuzz import run


def test_fuzzed_schemas_and_bodies_never_5xx_nor_hang(make_live: Any) -> None:
    base, app = make_live()
    found = run(base, examples=12, deadline=60)
    for kind in ("schemas", "bodies"):
        assert found[kind]["examples"] == 12
        assert found[kind]["failures"] == [], found[kind]["failures"]
        assert found[kind]["alive_checks"] >= 1
    assert app.state.worker.ready
