"""HTTP side of the benchmark: the server under test, and the load that drives it.

`Server.start()` runs `thimble serve` in a subprocess on a free loopback port and waits for
/health; `Server.attach(url)` measures a server someone else started. `run_load` sends a request
body `n` times from `concurrency` async clients (httpx) and times each response to its last byte.
Forced and chosen token counts come from the server's /metrics, read before and after.
"""

from __future__ import annotations

import asyncio
import os
import re
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

_METRIC = re.compile(r'^thimble_decoded_tokens_total\{how="(\w+)"\} ([0-9.e+]+)$', re.M)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int) -> dict[str, float]:
    """Resident set size now and at its peak (VmHWM), in MB, from /proc (Linux)."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    out = {}
    for key, name in (("VmRSS", "rss_mb"), ("VmHWM", "peak_rss_mb")):
        m = re.search(rf"^{key}:\s+(\d+) kB", text, re.M)
        if m:
            out[name] = int(m.group(1)) / 1024
    return out


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes] | None = None
    log: Path | None = None
    load_s: float = 0.0
    pid: int | None = None

    @classmethod
    def start(
        cls, args: list[str], env: dict[str, str], log: Path, timeout: float = 300.0
    ) -> Server:
        port = free_port()
        cmd = [sys.executable, "-m", "app.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("wb") as f:
            process = subprocess.Popen(
                [*cmd, *args], stdout=f, stderr=subprocess.STDOUT, env={**os.environ, **env}
            )
        server = cls(f"http://127.0.0.1:{port}", process, log, pid=process.pid)
        t0 = time.perf_counter()
        server.wait_ready(timeout)
        server.load_s = time.perf_counter() - t0
        return server

    @classmethod
    def attach(cls, url: str, pid: int | None = None) -> Server:
        server = cls(url.rstrip("/"), pid=pid)
        server.wait_ready(30.0)
        return server

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                tail = self.log.read_text()[-3000:] if self.log else ""
                raise RuntimeError(f"the server exited ({self.process.returncode}):\n{tail}")
            try:
                if httpx.get(f"{self.url}/health", timeout=2.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.25)
        raise TimeoutError(f"{self.url}/health did not answer 200 within {timeout:.0f}s")

    def rss(self) -> dict[str, float]:
        return rss_mb(self.pid) if self.pid else {}

    def decoded_tokens(self) -> dict[str, float]:
        """Forced and chosen completion tokens so far (the server's /metrics counters)."""
        try:
            text = httpx.get(f"{self.url}/metrics", timeout=10.0).text
        except httpx.HTTPError:
            return {}
        return {how: float(v) for how, v in _METRIC.findall(text)}

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@dataclass
class Load:
    """What one batch of requests measured."""

    latencies_ms: list[float] = field(default_factory=list)  # successful responses only
    statuses: dict[int, int] = field(default_factory=dict)
    prompt_tokens: list[int] = field(default_factory=list)
    completion_tokens: list[int] = field(default_factory=list)
    ttft_ms: list[float] = field(default_factory=list)  # streamed: first content/call chunk
    wall_s: float = 0.0
    forced: float = 0.0
    chosen: float = 0.0

    def add(self, other: Load) -> None:
        """Fold another batch's per-request figures into this one (not its wall time)."""
        self.latencies_ms += other.latencies_ms
        for status, n in other.statuses.items():
            self.statuses[status] = self.statuses.get(status, 0) + n
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.ttft_ms += other.ttft_ms
        self.forced += other.forced
        self.chosen += other.chosen

    def interleaved(self, n: int) -> list[Load]:
        """Requests sent in rounds of `n` (a, b, a, b, ...) split into one Load per position;
        per-request figures only, so every request must have succeeded."""
        if self.errors:
            raise RuntimeError(f"{self.errors} requests failed: cannot split them by position")
        return [
            Load(
                self.latencies_ms[i::n],
                {200: len(self.latencies_ms[i::n])},
                self.prompt_tokens[i::n],
                self.completion_tokens[i::n],
            )
            for i in range(n)
        ]

    @property
    def ok(self) -> int:
        return self.statuses.get(200, 0)

    @property
    def errors(self) -> int:
        return sum(n for s, n in self.statuses.items() if s != 200)


async def _one(
    client: httpx.AsyncClient, url: str, content: bytes, stream: bool, load: Load
) -> None:
    headers = {"content-type": "application/json"}
    t0 = time.perf_counter()
    if stream:
        async with client.stream("POST", url, content=content, headers=headers) as r:
            first = None
            async for line in r.aiter_lines():
                # the first chunk carries the first piece of the answer (app.serving)
                if first is None and line.startswith("data:"):
                    first = time.perf_counter()
            status = r.status_code
        body: dict[str, Any] = {}
        if first is not None and status == 200:
            load.ttft_ms.append((first - t0) * 1e3)
    else:
        r = await client.post(url, content=content, headers=headers)
        status = r.status_code
        body = r.json() if status == 200 else {}
    dt = (time.perf_counter() - t0) * 1e3
    load.statuses[status] = load.statuses.get(status, 0) + 1
    if status == 200:
        load.latencies_ms.append(dt)
        usage = body.get("usage") or {}
        if usage:
            load.prompt_tokens.append(int(usage.get("prompt_tokens", 0)))
            load.completion_tokens.append(int(usage.get("completion_tokens", 0)))


async def _drive(url: str, bodies: list[bytes], concurrency: int, stream: bool, load: Load) -> None:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for b in bodies:
        queue.put_nowait(b)

    async def worker(client: httpx.AsyncClient) -> None:
        while not queue.empty():
            await _one(client, url, queue.get_nowait(), stream, load)

    async with httpx.AsyncClient(limits=limits, timeout=300.0) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        load.wall_s = time.perf_counter() - t0


def run_load(
    server: Server, bodies: list[bytes], concurrency: int = 1, stream: bool = False
) -> Load:
    """Send every body once, `concurrency` at a time; forced/chosen from /metrics."""
    load = Load()
    before = server.decoded_tokens()
    asyncio.run(_drive(f"{server.url}/v1/chat/completions", bodies, concurrency, stream, load))
    after = server.decoded_tokens()
    load.forced = after.get("forced", 0.0) - before.get("forced", 0.0)
    load.chosen = after.get("chosen", 0.0) - before.get("chosen", 0.0)
    return load


def percentile(xs: list[float], p: float) -> float:
    """Linear interpolation between closest ranks; nan for no data."""
    if not xs:
        return float("nan")
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)
