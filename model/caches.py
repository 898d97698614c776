"""One memory budget for all of the engine's caches together.

Three kinds of entry share one least-recently-used cache (`cachetools.LRUCache` sized in bytes),
so traffic of any shape evicts whatever was used longest ago, of whatever kind:

- `tool`: a tool's encoder states and cross-attention keys/values (exact: tensor bytes);
- `grammar`: a compiled llguidance matcher for a request's constraints, and what was relaxed in
  its schemas (estimated: 64 bytes per character of grammar text plus 64 KiB; measured 59 bytes
  per character for 200 distinct 8-tool grammars, 284 KiB each, by RSS);
- `validator`: a tool's jsonschema validator (estimated: 16 bytes per character of schema JSON plus
  2 KiB; measured 9 bytes per character for 2,000 schemas).

The budget is `THIMBLE_CACHE_MB` (64 by default; see the README's "Security and limits"), and
`/metrics` exports each kind's bytes and entries, the budget, hits and misses. Thread-safe: the
server compiles grammars on request threads while the worker thread encodes tools.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import cachetools

KINDS = ("tool", "grammar", "validator")


def grammar_bytes(grammar: str) -> int:
    return 64 * len(grammar) + 64 * 1024


def validator_bytes(schema_json: str) -> int:
    return 16 * len(schema_json) + 2 * 1024


@dataclass(frozen=True)
class _Entry:
    value: Any
    nbytes: int


class Caches:
    def __init__(self, budget_mb: float = 64) -> None:
        self.budget = int(budget_mb * 2**20)
        self._lru: cachetools.LRUCache[tuple[str, Any], _Entry] = cachetools.LRUCache(
            max(self.budget, 1), getsizeof=lambda e: e.nbytes
        )
        self._lock = threading.Lock()
        self.hits: Counter[str] = Counter()
        self.misses: Counter[str] = Counter()

    def get(self, kind: str, key: Any, count: bool = True) -> Any | None:
        with self._lock:
            entry = self._lru.get((kind, key))
            if count:
                (self.hits if entry is not None else self.misses)[kind] += 1
        return None if entry is None else entry.value

    def put(self, kind: str, key: Any, value: Any, nbytes: int) -> None:
        """Keep `value` (evicting the least recently used entries to fit); one larger than the
        whole budget is not kept."""
        if nbytes > self.budget:
            return
        with self._lock:
            self._lru[(kind, key)] = _Entry(value, nbytes)

    def get_or_make(self, kind: str, key: Any, make: Callable[[], tuple[Any, int]]) -> Any:
        """The cached value, or `make()`'s (value, bytes), kept. `make` runs outside the lock:
        two threads may both make a missing entry; the second one kept wins."""
        value = self.get(kind, key)
        if value is None:
            value, nbytes = make()
            self.put(kind, key, value, nbytes)
        return value

    def usage(self) -> dict[str, tuple[int, int]]:
        """kind -> (entries, bytes)."""
        out = {k: [0, 0] for k in KINDS}
        with self._lock:  # read past LRUCache.__getitem__, which would reorder the entries
            for key in list(self._lru):
                kind, entry = key[0], cachetools.Cache.__getitem__(self._lru, key)
                out[kind][0] += 1
                out[kind][1] += entry.nbytes
        return {k: (n, b) for k, (n, b) in out.items()}

    @property
    def nbytes(self) -> int:
        with self._lock:
            return int(self._lru.currsize)
