"""Prometheus metrics, served at GET /metrics.

Each app owns its registry (no import-time globals), so tests can build many apps in one process.
`app.observe` updates these once per request, from the same record it logs.
"""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from app.cache_metrics import CacheCollector
from model.caches import Caches

# Seconds: a forced-only call is milliseconds, 512 sampled tokens on a CPU are seconds.
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
# Seconds: compiling one tool's grammar is about a millisecond, thirty tools' several.
_COMPILE_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1)


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

        self.running = Gauge("thimble_requests_running", "Requests decoding", registry=r)
        self.waiting = Gauge("thimble_requests_waiting", "Requests queued to decode", registry=r)
        self.ttft = Histogram(
            "thimble_time_to_first_token_seconds",
            "From a request joining the worker's queue to its first decoded event",
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.grammar_compile = Histogram(
            "thimble_grammar_compile_seconds",
            "Building and compiling a request's grammar (a cached grammar compiles nothing)",
            buckets=_COMPILE_BUCKETS,
            registry=r,
        )

        self.disconnects = Counter(
            "thimble_client_disconnects",
            "Requests whose client left before the answer was sent, by stage "
            "(queued, prefill, decoding, streaming): not errors",
            ["stage"],
            registry=r,
        )
        self.truncated = Counter(
            "thimble_truncated_requests",
            "Requests whose conversation was over the encoder's limit (system message and "
            "latest turns kept)",
            registry=r,
        )
        self.relaxed = Counter(
            "thimble_relaxed_schemas",
            "Non-strict schema constraints relaxed (unsatisfiable or unsupported)",
            registry=r,
        )

    def track_queue(self, depth: Callable[[], int]) -> None:
        self.queue_depth.set_function(depth)

    def track_caches(self, caches: Callable[[], Caches | None]) -> None:
        """Export the engine's caches (`model.caches`) once it has loaded."""
        self.registry.register(CacheCollector(caches))

    def render(self) -> bytes:
        return generate_latest(self.registry)
