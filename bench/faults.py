"""Faults: the real server (shipped default model) against clients that misbehave, and a SIGTERM.

    python -m bench.faults

1. killed mid-stream: client processes stream a long answer, read the first chunk and are
   killed with SIGKILL; the server must count each as a disconnect (stage streaming), free its
   row (queue depth back to 0), and count no server error.
2. slow sender: a body sent one byte every 0.2 s; the client timeout (`--client-timeout-s`, set
   to 3 s here) must end it with a 408.
3. slow reader: streamed answers whose client reads one byte every 0.1 s; either a write waits
   past the client timeout and the stream is cut (disconnected=slow_reader), or the whole answer
   fits in the socket buffers (both reported as they happen).
4. SIGTERM with requests in flight: each must still get its whole answer, then the process
   exits 0; a connection after the signal is refused.
5. queue full: more concurrent requests than batch + queue; the excess gets 429 with
   retry-after, the rest 200, nothing else.

Writes bench/results/faults-<UTC time>.json and .md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx

from bench.http import Server
from bench.soak import REQUESTS, RESULTS, machine_load

URL = "/v1/chat/completions"
LONG = {  # a long streamed text answer
    **json.loads((REQUESTS / "eight_tools_no_call.json").read_text()),
    "max_tokens": 400,
    "stream": True,
}
SHORT = json.loads((REQUESTS / "eight_tools_single.json").read_text())

CLIENT = """
import sys, httpx, json
body = json.loads(sys.argv[2])
with httpx.stream("POST", sys.argv[1], json=body, timeout=60) as r:
    for line in r.iter_lines():
        if line.startswith("data: "):
            print("first", flush=True)
            break
    sys.stdin.read()  # wait to be killed
"""


def metric(base: str, name: str) -> float:
    text = httpx.get(f"{base}/metrics", timeout=30).text
    total = 0.0
    for line in text.splitlines():
        if line.startswith(name) and not line.startswith("#"):
            total += float(line.split()[-1])
    return total


def wait_until(cond: Any, timeout: float) -> float | None:
    """Seconds until `cond()` held, or None."""
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if cond():
            return round(time.monotonic() - t0, 2)
        time.sleep(0.1)
    return None


def depth(base: str) -> float:
    return metric(base, "thimble_queue_depth ")


def server_errors(base: str) -> float:
    return metric(base, 'thimble_errors_total{type="server_error"}') + metric(
        base, 'thimble_requests_total{route="/v1/chat/completions",status="500"}'
    )


def killed_mid_stream(base: str, n: int) -> dict[str, Any]:
    before = metric(base, 'thimble_client_disconnects_total{stage="streaming"}')
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CLIENT, f"{base}{URL}", json.dumps(LONG)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(n)
    ]
    first = sum(p.stdout is not None and p.stdout.readline().strip() == "first" for p in procs)
    for p in procs:
        p.send_signal(signal.SIGKILL)
        p.wait()
    counted = wait_until(
        lambda: metric(base, 'thimble_client_disconnects_total{stage="streaming"}') - before >= n,
        30,
    )
    freed = wait_until(lambda: depth(base) == 0, 30)
    alive = httpx.get(f"{base}/health", timeout=10).status_code == 200
    return {
        "clients": n,
        "got_first_chunk": first,
        "disconnects_counted_after_s": counted,
        "depth_zero_after_s": freed,
        "health_200_after": alive,
    }


def slow_sender(base: str, timeout_s: float) -> dict[str, Any]:
    url = urlparse(base)
    data = json.dumps(SHORT).encode()
    t0 = time.monotonic()
    reply = b""
    with socket.create_connection((url.hostname, url.port), timeout=60) as s:
        s.sendall(f"POST {URL} HTTP/1.1\r\nHost: x\r\nContent-Length: {len(data)}\r\n\r\n".encode())
        for byte in data:
            try:
                s.sendall(bytes([byte]))
            except OSError:
                break
            time.sleep(0.2)
            s.setblocking(False)
            with contextlib.suppress(BlockingIOError, OSError):
                reply += s.recv(65536)
            s.setblocking(True)
            if reply or time.monotonic() - t0 > 10 * timeout_s:
                break
    status = reply.split(b"\r\n", 1)[0].decode(errors="replace")
    return {"status_line": status, "answered_after_s": round(time.monotonic() - t0, 2)}


def slow_readers(base: str, n: int, timeout_s: float) -> dict[str, Any]:
    url = urlparse(base)
    before = {
        stage: metric(base, f'thimble_client_disconnects_total{{stage="{stage}"}}')
        for stage in ("slow_reader", "streaming")
    }
    data = json.dumps(LONG).encode()
    socks = []
    for _ in range(n):
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1024)
        s.connect((url.hostname, url.port))
        head = f"POST {URL} HTTP/1.1\r\nHost: x\r\nContent-Length: {len(data)}\r\n\r\n"
        s.sendall(head.encode() + data)
        socks.append(s)
    t0 = time.monotonic()
    received = [0] * n
    done = [False] * n
    while time.monotonic() - t0 < 6 * timeout_s + 30 and not all(done):
        for i, s in enumerate(socks):
            if done[i]:
                continue
            try:
                b = s.recv(1)  # one byte at a time
            except OSError:
                b = b""
            if not b:
                done[i] = True
            received[i] += len(b)
        time.sleep(0.1)
    for s in socks:
        s.close()
    after = {
        stage: metric(base, f'thimble_client_disconnects_total{{stage="{stage}"}}') - before[stage]
        for stage in before
    }
    return {
        "clients": n,
        "bytes_read_each": received,
        "connection_closed_by_server": sum(done),
        "seconds": round(time.monotonic() - t0, 1),
        "disconnects": after,
        "depth_zero_after_s": wait_until(lambda: depth(base) == 0, 30),
    }


async def _in_flight(base: str, n: int) -> list[dict[str, Any]]:
    async def one(i: int) -> dict[str, Any]:
        body = {**LONG, "max_tokens": 120} if i % 2 else SHORT
        async with httpx.AsyncClient(timeout=300) as c:
            try:
                if body.get("stream"):
                    async with c.stream("POST", f"{base}{URL}", json=body) as r:
                        text = "".join([x + "\n" async for x in r.aiter_lines()])
                    whole = text.rstrip().endswith("data: [DONE]") and '"error"' not in text
                    return {"status": r.status_code, "whole": whole}
                r = await c.post(f"{base}{URL}", json=body)
                return {"status": r.status_code, "whole": bool(r.json().get("choices"))}
            except httpx.HTTPError as e:
                return {"status": type(e).__name__, "whole": False}

    return list(await asyncio.gather(*(one(i) for i in range(n))))


def sigterm(log: Path, n: int) -> dict[str, Any]:
    server = Server.start([], {}, log)
    assert server.process is not None
    results: list[dict[str, Any]] = []

    def drive() -> None:
        results.extend(asyncio.run(_in_flight(server.url, n)))

    import threading

    t = threading.Thread(target=drive)
    t.start()
    wait_until(lambda: depth(server.url) >= n // 2, 60)
    in_flight = depth(server.url)
    t0 = time.monotonic()
    server.process.send_signal(signal.SIGTERM)
    time.sleep(0.5)
    try:
        httpx.get(f"{server.url}/health", timeout=2)
        refused = False
    except httpx.HTTPError:
        refused = True
    t.join(300)
    code = server.process.wait(120)
    exited = round(time.monotonic() - t0, 2)
    return {
        "requests": n,
        "in_flight_at_sigterm": in_flight,
        "answered_whole": sum(r["whole"] for r in results),
        "statuses": [r["status"] for r in results],
        "new_connection_refused_after_sigterm": refused,
        "exit_code": code,
        "exited_after_s": exited,
    }


async def _flood(base: str, n: int) -> list[tuple[int, str | None]]:
    async with httpx.AsyncClient(timeout=300, limits=httpx.Limits(max_connections=n)) as c:

        async def one() -> tuple[int, str | None]:
            r = await c.post(f"{base}{URL}", json=SHORT)
            return r.status_code, r.headers.get("retry-after")

        return list(await asyncio.gather(*(one() for _ in range(n))))


def queue_full(log: Path, n: int) -> dict[str, Any]:
    server = Server.start(["--max-queue", "2", "--max-batch", "2"], {}, log)
    try:
        got = asyncio.run(_flood(server.url, n))
    finally:
        server.stop()
    statuses: dict[str, int] = {}
    for status, _ in got:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    return {
        "requests": n,
        "max_batch": 2,
        "max_queue": 2,
        "statuses": statuses,
        "every_429_has_retry_after": all(ra for s, ra in got if s == 429),
    }


def report(r: dict[str, Any]) -> str:
    lines = [f"# Faults, {r['started']} ({r['host']})", "", f"Command: `{r['command']}`", ""]
    lines += [f"Machine load: {r['load']}", ""]
    for key in ("killed_mid_stream", "slow_sender", "slow_readers", "sigterm", "queue_full"):
        lines += [f"## {key.replace('_', ' ')}", "", "```", json.dumps(r[key], indent=1), "```", ""]
    lines += [f"Server errors counted on the main server: {r['server_errors']}", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.faults", description=__doc__)
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--note", default="")
    args = p.parse_args(argv)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    RESULTS.mkdir(parents=True, exist_ok=True)
    timeout_s = 3.0
    r: dict[str, Any] = {
        "started": stamp,
        "host": platform.node(),
        "command": "python -m bench.faults " + " ".join(sys.argv[1:] if argv is None else argv),
        "load": f"{machine_load()} at the start; {args.note}".strip("; "),
    }
    log = RESULTS / f"faults-{stamp}.server.log"
    server = Server.start(["--client-timeout-s", str(timeout_s)], {}, log)
    try:
        r["killed_mid_stream"] = killed_mid_stream(server.url, args.clients)
        r["slow_sender"] = slow_sender(server.url, timeout_s)
        r["slow_readers"] = slow_readers(server.url, 4, timeout_s)
        r["server_errors"] = server_errors(server.url)
        r["server_alive"] = server.process is not None and server.process.poll() is None
    finally:
        server.stop()
    r["sigterm"] = sigterm(RESULTS / f"faults-{stamp}.sigterm.log", 2 * args.clients)
    r["queue_full"] = queue_full(RESULTS / f"faults-{stamp}.queue.log", 32)
    r["load_end"] = machine_load()
    for f in RESULTS.glob(f"faults-{stamp}.*.log"):  # keep the one-line-per-request logs short
        text = f.read_text()
        f.write_text("\n".join(re.findall(r".*(?:WARNING|ERROR|disconnected=|Thimble is).*", text)))
    out = RESULTS / f"faults-{stamp}"
    out.with_suffix(".json").write_text(json.dumps(r, indent=1) + "\n")
    out.with_suffix(".md").write_text(report(r) + "\n")
    print(report(r))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "2")
    raise SystemExit(main())
