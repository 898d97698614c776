"""The engine's caches (`model.caches`) on /metrics: one budget, each kind's share of it.

    thimble_cache_budget_bytes                 the budget (THIMBLE_CACHE_MB)
    thimble_cache_bytes{cache="tool"}          bytes held, by kind (tool, grammar, validator)
    thimble_cache_entries{cache="grammar"}     entries held, by kind
    thimble_cache_lookups_total{cache, result} hits and misses

Read when /metrics is scraped (nothing before the model has loaded).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from model.caches import KINDS, Caches


class CacheCollector(Collector):
    def __init__(self, caches: Callable[[], Caches | None]) -> None:
        self.caches = caches

    def collect(self) -> Iterator[Metric]:
        c = self.caches()
        if c is None:
            return
        budget = GaugeMetricFamily(
            "thimble_cache_budget_bytes", "One memory budget for all of the engine's caches"
        )
        budget.add_metric([], c.budget)
        held = GaugeMetricFamily(
            "thimble_cache_bytes", "Bytes the engine's caches hold, by kind", labels=["cache"]
        )
        entries = GaugeMetricFamily(
            "thimble_cache_entries", "Entries the engine's caches hold, by kind", labels=["cache"]
        )
        for kind, (n, nbytes) in c.usage().items():
            held.add_metric([kind], nbytes)
            entries.add_metric([kind], n)
        lookups = CounterMetricFamily(
            "thimble_cache_lookups", "Cache lookups by kind and result", labels=["cache", "result"]
        )
        for kind in KINDS:
            lookups.add_metric([kind, "hit"], c.hits[kind])
            lookups.add_metric([kind, "miss"], c.misses[kind])
        yield from (budget, held, entries, lookups)
