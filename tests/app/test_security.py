"""Start-up security and failure: an empty API key stops the server with the reason, a key can
come from a file, binding beyond loopback with no key warns, and a model that fails to load ends
the process non-zero with the reason (while /health keeps saying "loading" until then)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from app.config import Settings
from app.security import exposure_warning
from tests.app.checks import chat
from tests.app.conftest import ROOT, MakeClient, _free_port

URL = "/v1/chat/completions"


def serve(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> tuple[int, str]:
    """`thimble serve ARGS` until it exits: (exit code, everything it printed)."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("THIMBLE_")}
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli", "serve", "--port", str(_free_port()), *args],
        cwd=ROOT,
        env={**clean, "OMP_NUM_THREADS": "1", **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return proc.returncode, proc.stdout + proc.stderr


@pytest.mark.parametrize("var", ["THIMBLE_API_KEY", "THIMBLE_API_KEY_FILE"])
def test_empty_api_key_variable_is_a_settings_error(
    monkeypatch: pytest.MonkeyPatch, var: str
) -> None:
    monkeypatch.setenv(var, "")
    with pytest.raises(ValidationError, match="set but empty"):
        Settings()


def test_empty_api_key_flag_is_a_settings_error() -> None:
    with pytest.raises(ValidationError, match="empty"):
        Settings(api_key=" ")


def test_serve_with_an_empty_api_key_exits_with_the_reason() -> None:
    code, out = serve(env={"THIMBLE_API_KEY": ""}, timeout=60)
    assert code == 2 and "THIMBLE_API_KEY is set but empty" in out, out


def test_api_key_file(tmp_path: Path, make_client: MakeClient) -> None:
    (tmp_path / "key").write_text("s3cret\n")
    client = make_client(api_key_file=tmp_path / "key")
    assert client.post(URL, json=chat()).status_code == 401
    ok = client.post(URL, json=chat(), headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200, ok.text


def test_api_key_file_empty_or_missing_or_with_a_key_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").write_text("\n")
    for kwargs in (
        {"api_key_file": tmp_path / "empty"},
        {"api_key_file": tmp_path / "missing"},
        {"api_key_file": tmp_path / "empty", "api_key": "k"},
    ):
        with pytest.raises(ValidationError):
            Settings(**kwargs)


def test_exposure_warning_only_beyond_loopback_without_key() -> None:
    assert exposure_warning("0.0.0.0", None) and exposure_warning("192.168.1.5", None)
    assert exposure_warning("::", None) and exposure_warning("myhost", None)
    for host in ("127.0.0.1", "localhost", "::1", "127.0.0.2"):
        assert exposure_warning(host, None) is None
    assert exposure_warning("0.0.0.0", "key") is None


def test_failed_load_exits_non_zero_with_the_reason_and_warns_on_open_bind(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "nope.json"
    code, out = serve("--host", "0.0.0.0", "--weights", str(missing))
    assert code == 1, out
    assert "the model failed to load" in out and "nope.json" in out, out
    assert "with no API key" in out, out


def test_health_says_loading_until_the_model_loads(make_client: MakeClient) -> None:
    import threading

    from tests.app.conftest import tiny_loader

    gate = threading.Event()

    def slow(settings: Settings):  # type: ignore[no-untyped-def]
        gate.wait(30)
        return tiny_loader(settings)

    client = make_client(load=slow, ready=False)
    r = client.get("/health")
    assert (r.status_code, r.json()["status"]) == (503, "loading")
    assert client.post(URL, json=chat()).status_code == 503
    gate.set()
    from tests.app.conftest import wait_ready

    wait_ready(client)
    assert client.get("/health").json()["status"] == "ok"
