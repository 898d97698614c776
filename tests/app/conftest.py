"""Server test fixtures: apps on a tiny seeded random engine behind FastAPI's TestClient, and the
real server (`thimble serve` in a subprocess on a free loopback port, with the default weights)
for the client-library tests.

Torch gets one thread here: on a small shared machine, intra-op threads fighting the test
process and the server subprocess make decoding many times slower, not faster.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx
import pytest
import torch
import uvicorn
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import Loader, create_app
from model.generate import Engine
from model.tokenizer import ThimbleTokenizer
from model.weights import DEFAULT_TOKENIZER
from tests.tiny import tiny_student

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def _one_torch_thread() -> Iterator[None]:
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="session", autouse=True)
def _no_thimble_env() -> Iterator[None]:
    """Settings come from each test, never from the developer's environment."""
    with pytest.MonkeyPatch.context() as mp:
        for key in [k for k in os.environ if k.startswith("THIMBLE_")]:
            mp.delenv(key)
        yield


def tiny_loader(settings: Settings) -> Engine:
    """A fresh tiny engine per app: engines are not thread-safe, and each app has its worker."""
    return Engine(tiny_student(), ThimbleTokenizer.load(DEFAULT_TOKENIZER), card={"name": "tiny"})


def wait_ready(client: TestClient, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while client.get("/health").status_code != 200:
        assert time.monotonic() < deadline, "the engine did not load"
        time.sleep(0.02)


MakeClient = Callable[..., TestClient]


@pytest.fixture
def make_client() -> Iterator[MakeClient]:
    """make_client(load=..., ready=True, **settings): a TestClient on a fresh app."""
    with ExitStack() as stack:

        def make(load: Loader = tiny_loader, ready: bool = True, **settings: Any) -> TestClient:
            app = create_app(Settings(**settings), load)
            client = stack.enter_context(TestClient(app, raise_server_exceptions=False))
            if ready:
                wait_ready(client)
            return client

        yield make


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    """One default app (tiny engine, any model name, no key) shared by a module's tests."""
    with TestClient(create_app(Settings(), tiny_loader), raise_server_exceptions=False) as c:
        wait_ready(c)
        yield c


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(
    base: str, timeout: float, failed: Callable[[], str | None] = lambda: None
) -> None:
    """Poll GET /health until it is 200; `failed` says when waiting longer is pointless."""
    deadline = time.monotonic() + timeout
    while True:
        reason = failed() or (
            time.monotonic() > deadline and f"{base}/health: no 200 in {timeout} s"
        )
        assert not reason, reason
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real server, as users start it; yields its base URL (ending in /v1)."""
    port = _free_port()
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    log_path = tmp_path_factory.mktemp("server") / "server.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"

    def exited() -> str | None:
        return None if proc.poll() is None else f"server exited:\n{log_path.read_text()}"

    try:
        wait_healthy(base, 120, exited)
        yield f"{base}/v1"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def make_live() -> Iterator[Callable[..., tuple[str, Any]]]:
    """make_live(load, **settings) -> (base URL, app): uvicorn in a thread, for what the
    TestClient cannot show (it buffers whole responses, so clients never leave mid-stream)."""
    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def make(load: Loader = tiny_loader, **settings: Any) -> tuple[str, Any]:
        app = create_app(Settings(**settings), load)
        port = _free_port()
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        servers.append((server, thread))
        base = f"http://127.0.0.1:{port}"
        wait_healthy(base, 30)
        return base, app

    yield make
    for server, thread in servers:
        server.should_exit = True
        thread.join(10)
