"""Prometheus metrics, served at GET /metrics.

Each app owns its registry (no import-time globals), so tests can build many apps in one process.
`app.observe` updates these once per request, from the same record it logs.
"""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

# Seconds: a forced-only call is milliseconds, 512 sampled tokens on a CPU are seconds.
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "thimble_requests", "HTTP requests by route and status", ["route", "status"], registry=r
        )
        self.latency = Histogram(
            "thimble_request_seconds",
            "Time from request to the last byte of the response",
            ["route"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.queue_wait = Histogram(
            "thimble_queue_wait_seconds",
            "Time a completion waited for the inference worker",
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.tokens = Counter(
            "thimble_tokens",
            "Tokens: prompt (in), completion (out)",
            ["kind"],
            registry=r,
        )
        self.decoded = Counter(
            "thimble_decoded_tokens",
            "Completion tokens by how they were decided: forced by the grammar or chosen by the model",
            ["how"],
            registry=r,
        )
        self.errors = Counter("thimble_errors", "Error responses by type", ["type"], registry=r)
        self.queue_depth = Gauge(
            "thimble_queue_depth", "Completions waiting for or running on the worker", registry=r
        )

    def track_queue(self, depth: Callable[[], int]) -> None:
        self.queue_depth.set_function(depth)

    def render(self) -> bytes:
        return generate_latest(self.registry)
