"""The trace store: every answer the upstream model gave the server (`thimble serve --mode
cascade|record`), kept as a training row in the distill format (docs/data-format.md).

One SQLite file in WAL mode with `synchronous=FULL`: a row is on disk when `append` returns, and
the server acknowledges a request only after that, so a `kill -9` (or a power cut) loses at most
the requests in flight and never an earlier row; a torn last write is rolled back by SQLite, not
left half-written. Each row holds the request id (unique: one row per request), the time, which
model answered, the student's own answer and its confidence, and whether the two agreed.

When the file passes `max_mb` it is checkpointed and renamed `NAME.<unix time>.db` beside itself;
a new file starts. Readers take the live file and its rotated siblings, oldest first.

`redact` (`--trace-redact`) drops the text of every message and of text answers before a row is
written, keeping the tools' schemas, roles and calls: what the calls were, not what was said.

    python -m distill.traces DB              # rows, agreement, models (all rotated files)
    python -m distill.traces DB --jsonl OUT  # the rows as distill JSONL
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distill.evaluate import canonical

SCHEMA = """
CREATE TABLE IF NOT EXISTS traces (
    seq INTEGER PRIMARY KEY,
    request_id TEXT NOT NULL UNIQUE,
    created REAL NOT NULL,        -- unix time
    model TEXT NOT NULL,          -- the upstream model that answered
    agree INTEGER NOT NULL,       -- the student's answer equalled the upstream's
    confidence REAL,              -- the student's calibrated confidence (NULL: it had no answer)
    row TEXT NOT NULL             -- the distill row (JSON), student answer in meta.student
)
"""


def canonical_calls(calls: list[dict[str, Any]]) -> Counter[str]:
    """Calls as a multiset of (name, arguments) where equal JSON values agree (as scoring does)."""
    return Counter(canonical([c["name"], c["arguments"]]) for c in calls)


@dataclass(frozen=True)
class Answer:
    """One model's answer, as a distill row's `answer` holds it (arguments parsed)."""

    content: str | None
    tool_calls: list[dict[str, Any]]  # [{"name": ..., "arguments": {...}}]

    def to_json(self) -> dict[str, Any]:
        return {"content": None if self.tool_calls else self.content, "tool_calls": self.tool_calls}

    def agrees(self, other: Answer) -> bool:
        return canonical_calls(self.tool_calls) == canonical_calls(other.tool_calls)


def build_row(
    request_id: str,
    tools: list[dict[str, Any]],
    messages: list[dict[str, Any]],
    teacher: Answer,
    model: str,
    student: Answer | None,
    confidence: float | None,
    created: float | None = None,
) -> dict[str, Any]:
    created = time.time() if created is None else created
    return {
        "id": f"trace-{request_id}",
        "tools": tools,
        "messages": messages,
        "answer": teacher.to_json(),
        "meta": {
            "source": f"teacher:{model}",
            "kind": "traffic",
            "request_id": request_id,
            "time": created,
            "model": model,
            "student": None if student is None else student.to_json(),
            "confidence": confidence,
            "agree": student is not None and student.agrees(teacher),
        },
    }


def redact(row: dict[str, Any]) -> dict[str, Any]:
    """The row without message text: roles, calls, tool call ids and tool schemas stay."""

    def strip(m: dict[str, Any]) -> dict[str, Any]:
        return {**m, "content": None if m.get("role") == "assistant" else ""}

    meta = dict(row["meta"], redacted=True)
    if meta.get("student"):
        meta["student"] = {**meta["student"], "content": None}
    return {
        **row,
        "messages": [strip(m) for m in row["messages"]],
        "answer": {**row["answer"], "content": None},
        "meta": meta,
    }


class TraceStore:
    """Append-only rows, safe to call from several threads (one connection, one lock)."""

    def __init__(self, path: Path, max_mb: float = 512.0, redact_text: bool = False) -> None:
        self.path, self.max_bytes, self.redact_text = Path(path), int(max_mb * 2**20), redact_text
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")  # committed means on disk, power cuts included
        db.execute(SCHEMA)
        return db

    def append(self, row: dict[str, Any]) -> bool:
        """Write one row, durably; False if its request id is already stored."""
        if self.redact_text:
            row = redact(row)
        meta = row["meta"]
        values = (
            meta["request_id"],
            meta["time"],
            meta["model"],
            int(meta["agree"]),
            meta["confidence"],
            json.dumps(row, ensure_ascii=False),
        )
        with self._lock:
            try:
                self._db.execute(
                    "INSERT INTO traces (request_id, created, model, agree, confidence, row) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    values,
                )
            except sqlite3.IntegrityError:
                return False
            if self._size() > self.max_bytes:
                self._rotate()
        return True

    def _size(self) -> int:
        wal = self.path.with_name(self.path.name + "-wal")
        return sum(p.stat().st_size for p in (self.path, wal) if p.exists())

    def _rotate(self) -> None:
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._db.close()
        stamp = time.time_ns() // 1000
        os.replace(self.path, self.path.with_name(f"{self.path.stem}.{stamp}{self.path.suffix}"))
        for extra in ("-wal", "-shm"):
            self.path.with_name(self.path.name + extra).unlink(missing_ok=True)
        self._db = self._open()

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM traces").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()


def trace_files(path: Path) -> list[Path]:
    """The rotated files of a store (oldest first), then the live one."""
    path = Path(path)
    rotated = [
        p
        for p in path.parent.glob(f"{path.stem}.*{path.suffix}")
        if p.name.removeprefix(path.stem + ".").removesuffix(path.suffix).isdigit()
    ]
    rotated.sort(key=lambda p: int(p.name.removeprefix(path.stem + ".").removesuffix(path.suffix)))
    return [*rotated, *([path] if path.exists() else [])]


def iter_traces(path: Path) -> Iterator[dict[str, Any]]:
    """Every stored row, in the order written, across rotated files."""
    for f in trace_files(path):
        db = sqlite3.connect(f)  # read-write: a WAL left by a killed writer is recovered
        try:
            for (text,) in db.execute("SELECT row FROM traces ORDER BY seq"):
                yield json.loads(text)
        finally:
            db.close()


def write_jsonl(path: Path, out: Path, disagree_copies: int = 1) -> tuple[int, int]:
    """The rows as distill JSONL; a row where the student disagreed with the upstream is written
    `disagree_copies` times (how `thimble distill --from-traces` weights them up: `distill.train`
    has no per-row weight). Returns (distinct rows, rows written)."""
    distinct = written = 0
    with Path(out).open("w", encoding="utf-8") as f:
        for row in iter_traces(path):
            copies = 1 if row["meta"].get("agree") else disagree_copies
            line = json.dumps(row, ensure_ascii=False) + "\n"
            f.write(line * copies)
            distinct += 1
            written += copies
    return distinct, written


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m distill.traces", description=__doc__)
    p.add_argument("db", type=Path)
    p.add_argument("--jsonl", type=Path, help="write the rows here as distill JSONL")
    p.add_argument("--disagree-copies", type=int, default=1, help="copies of disagreeing rows")
    args = p.parse_args(argv)
    rows = list(iter_traces(args.db))
    agree = sum(bool(r["meta"].get("agree")) for r in rows)
    models = Counter(r["meta"]["model"] for r in rows)
    print(f"{len(rows)} rows in {len(trace_files(args.db))} file(s); student agreed on {agree}")
    for model, n in models.most_common():
        print(f"  {model}: {n}")
    if args.jsonl:
        distinct, written = write_jsonl(args.db, args.jsonl, args.disagree_copies)
        print(f"{args.jsonl}: {written} lines ({distinct} distinct rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
