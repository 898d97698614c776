"""The Docker files: Dockerfile, docker-compose.yml and .dockerignore, checked by reading them.

No Docker engine is needed: the files are parsed and held against each other and against the
code (the `thimble serve` parser, `Settings`, the Makefile's torch pin, the package data that
carries the weights into the image). Both health checks are run, as written, against a live
server on a tiny engine. `docker compose config` and hadolint run where they are installed.
"""

from __future__ import annotations

import fnmatch
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import uvicorn
import yaml

from app.cli import COMMANDS
from app.config import Settings
from app.main import create_app
from app.server import parser as serve_parser
from model.generate import Engine
from model.tokenizer import ThimbleTokenizer
from model.weights import DEFAULT_TOKENIZER
from tests.cli_surface import flag_name, settings_env, subcommand_flags
from tests.docker_files import (
    Stage,
    arg_defaults,
    env_of,
    exec_form,
    ignore_patterns,
    ignored,
    instructions,
    stages,
    substitute,
)
from tests.tiny import tiny_student

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = ROOT / "Dockerfile"
COMPOSE = ROOT / "docker-compose.yml"
DOCKERIGNORE = ROOT / ".dockerignore"

SERVERS = ("thimble", "thimble-gpu")  # the CPU service (default) and the GPU one (profile gpu)


@pytest.fixture(scope="module")
def dockerfile() -> list[Stage]:
    return stages(DOCKERFILE.read_text())


@pytest.fixture(scope="module")
def final(dockerfile: list[Stage]) -> Stage:
    return dockerfile[-1]


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text())


def makefile_torch_pin() -> str:
    pins = set(re.findall(r"torch==([\w.+]+)", (ROOT / "Makefile").read_text()))
    assert len(pins) == 1, pins
    return pins.pop()


# ---- Dockerfile --------------------------------------------------------------------------------


def test_dockerfile_is_multi_stage_with_slim_final_image(dockerfile: list[Stage], final: Stage):
    assert len(dockerfile) >= 2
    assert final.base == "python:3.11-slim"
    builders = {s.name for s in dockerfile[:-1] if s.name}
    copied_from = {m for a in final.all("COPY") for m in re.findall(r"--from=(\S+)", a)}
    assert copied_from and copied_from <= builders, (copied_from, builders)


def test_dockerfile_runs_as_non_root_user(final: Stage):
    user = final.last("USER")
    assert user is not None, "the final stage sets no USER"
    name = user.split(":")[0]
    assert name not in ("root", "0"), user
    # USER comes after every RUN that needs root (a later RUN would run as that user anyway).
    kinds = [kw for kw, _ in final.instructions]
    assert kinds.index("USER") > max(i for i, k in enumerate(kinds) if k == "RUN")


def test_dockerfile_healthcheck_hits_health_with_python_not_curl(final: Stage):
    check = final.last("HEALTHCHECK")
    assert check is not None
    _, _, cmd = check.partition("CMD ")
    argv = exec_form(cmd)
    assert argv[:2] == ["python", "-c"] and "urllib" in argv[2] and "/health" in argv[2]
    assert "curl" not in check and "wget" not in check


def test_dockerfile_exposes_the_port_the_server_listens_on(final: Stage):
    env = env_of(final)
    assert final.all("EXPOSE") == [env["THIMBLE_PORT"]]
    assert env["THIMBLE_HOST"] == "0.0.0.0"  # reachable through the published port


def test_dockerfile_entrypoint_and_cmd_are_a_valid_thimble_serve(final: Stage):
    entrypoint = exec_form(final.last("ENTRYPOINT") or "")
    cmd = exec_form(final.last("CMD") or "")
    assert entrypoint == ["thimble"]
    assert cmd[0] == "serve"
    serve_parser().parse_args(cmd[1:])  # flags given in the image must parse


def test_dockerfile_pins_torch_like_the_makefile_for_both_variants(dockerfile: list[Stage]):
    text = DOCKERFILE.read_text()
    resolved = substitute(text, arg_defaults(instructions(text)))
    pins = re.findall(r"torch==([\w.+]+)", resolved)
    assert len(pins) >= 2 and set(pins) == {makefile_torch_pin()} == {"2.13.0"}, pins
    assert "--index-url https://download.pytorch.org/whl/cpu" in resolved
    assert arg_defaults(instructions(text)).get("TORCH_VARIANT") == "cpu"


def dockerfile_variants() -> set[str]:
    """The TORCH_VARIANT values the builder's `case` handles."""
    runs = [r for kw, r in instructions(DOCKERFILE.read_text()) if kw == "RUN" and "case" in r]
    assert len(runs) == 1 and "TORCH_VARIANT" in runs[0], runs
    return set(re.findall(r"\b(\w+)\)", runs[0]))


def test_dockerfile_torch_variant_build_arg_handles_cpu_and_cuda():
    assert dockerfile_variants() == {"cpu", "cuda"}


def test_dockerfile_thimble_env_vars_are_settings_fields():
    names = set(re.findall(r"\bTHIMBLE_[A-Z_]+", DOCKERFILE.read_text()))
    assert names and names <= set(settings_env()), names - set(settings_env())


def test_weights_in_repo_are_package_data_and_reach_the_image():
    """The image installs the project (not editable) from `COPY . .`: model/weights/ reaches it
    only as package data, so every file there must match a package-data pattern."""
    text = DOCKERFILE.read_text()
    assert re.search(r"^COPY \. \.", text, re.M) and re.search(r"pip install \.", text)
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]["model"]
    files = [p for p in (ROOT / "model" / "weights").iterdir() if p.is_file()]
    assert files
    for f in files:
        rel = f"weights/{f.name}"
        assert any(fnmatch.fnmatch(rel, pat) for pat in patterns), f"{rel} is not package data"


# ---- .dockerignore -----------------------------------------------------------------------------


def test_dockerignore_excludes_environments_runs_data_and_git():
    patterns = ignore_patterns(DOCKERIGNORE)
    for path in (".venv", "runs", "data", "tests/app/node/node_modules", ".git"):
        assert ignored(path, patterns), path


def test_dockerignore_keeps_what_the_build_needs():
    patterns = ignore_patterns(DOCKERIGNORE)
    needed = ["pyproject.toml", "README.md", "app/server.py", "model/weights/tokenizer.json"]
    needed += [
        str(p.relative_to(ROOT)) for p in (ROOT / "model" / "weights").iterdir() if p.is_file()
    ]
    for path in needed:
        assert not ignored(path, patterns), path


# ---- docker-compose.yml ------------------------------------------------------------------------


def container_port(mapping: str) -> str:
    return mapping.split(":")[-1].split("/")[0]


def test_compose_services_and_profiles(compose: dict[str, Any]):
    services = compose["services"]
    assert {"thimble", "thimble-gpu", "distill"} <= set(services)
    assert not services["thimble"].get("profiles")  # `docker compose up` starts the CPU server
    assert services["thimble-gpu"]["profiles"] == ["gpu"]
    assert [n for n, s in services.items() if not s.get("profiles")] == ["thimble"]
    assert services["distill"]["profiles"] == ["distill"]


@pytest.mark.parametrize("name", SERVERS)
def test_compose_server_publishes_port_8000_like_the_image(
    compose: dict[str, Any], final: Stage, name: str
):
    ports = compose["services"][name]["ports"]
    assert ports == ["8000:8000"]
    assert [container_port(p) for p in ports] == final.all("EXPOSE")


@pytest.mark.parametrize("name", SERVERS)
def test_compose_server_restarts_and_has_a_health_check(compose: dict[str, Any], name: str):
    service = compose["services"][name]
    assert service["restart"] == "unless-stopped"
    check = service["healthcheck"]
    assert check["test"][0] == "CMD" and "/health" in " ".join(check["test"])
    assert ":8000/health" in " ".join(check["test"])  # the container port
    assert "curl" not in " ".join(check["test"])


def gpu_devices(service: dict[str, Any]) -> list[dict[str, Any]]:
    return service.get("deploy", {}).get("resources", {}).get("reservations", {}).get("devices", [])


@pytest.mark.parametrize("name", ["thimble-gpu", "distill"])
def test_compose_gpu_services_reserve_an_nvidia_gpu(compose: dict[str, Any], name: str):
    (device,) = gpu_devices(compose["services"][name])
    assert device["driver"] == "nvidia"
    assert device["count"] == "all" or (isinstance(device["count"], int) and device["count"] >= 1)
    assert "gpu" in device["capabilities"]


def test_compose_cpu_service_reserves_no_gpu(compose: dict[str, Any]):
    assert gpu_devices(compose["services"]["thimble"]) == []
    assert "deploy" not in compose["services"]["thimble"]


@pytest.mark.parametrize(
    ("name", "variant"), [("thimble", "cpu"), ("thimble-gpu", "cuda"), ("distill", "cuda")]
)
def test_compose_builds_each_service_with_its_torch_variant(
    compose: dict[str, Any], name: str, variant: str
):
    build = compose["services"][name]["build"]
    assert build["context"] == "." and build.get("dockerfile", "Dockerfile") == "Dockerfile"
    assert build["args"]["TORCH_VARIANT"] == variant
    assert variant in dockerfile_variants()
    assert compose["services"][name]["image"] == f"thimble:{variant}"


@pytest.mark.parametrize("name", [*SERVERS, "distill"])
def test_compose_mounts_the_named_data_volume(compose: dict[str, Any], name: str):
    volumes = compose["services"][name]["volumes"]
    assert "thimble-data:/data" in volumes
    assert "thimble-data" in compose["volumes"]


def test_compose_thimble_env_vars_are_settings_fields(compose: dict[str, Any]):
    """Every THIMBLE_* name in the file, comments included (they tell users what to set)."""
    known = set(settings_env())
    for name, service in compose["services"].items():
        env = service.get("environment") or {}
        assert isinstance(env, dict), f"{name}: use the mapping form of environment"
        unknown = {k for k in env if k.startswith("THIMBLE_")} - known
        assert not unknown, f"{name}: {unknown} are not Settings fields"
    mentioned = set(re.findall(r"\bTHIMBLE_[A-Z_]+", COMPOSE.read_text()))
    assert mentioned <= known, mentioned - known


@pytest.mark.parametrize("name", SERVERS)
def test_compose_server_env_values_are_valid_settings(
    compose: dict[str, Any], final: Stage, name: str, monkeypatch: pytest.MonkeyPatch
):
    """The image's ENV plus the service's set values (unset pass-throughs left out) load."""
    for key in [k for k in os.environ if k.startswith("THIMBLE_")]:
        monkeypatch.delenv(key)
    env = {**env_of(final), **(compose["services"][name].get("environment") or {})}
    for key, value in env.items():
        # A pass-through with no value is left unset in the container: never an empty string
        # (THIMBLE_API_KEY="" would demand an empty key, THIMBLE_WEIGHTS="" would mean ".").
        assert value is None or str(value) != "", key
        if key.startswith("THIMBLE_") and value is not None:
            monkeypatch.setenv(key, str(value))
    s = Settings()
    assert (s.host, s.port) == ("0.0.0.0", 8000)
    assert s.device == {"thimble": "cpu", "thimble-gpu": "cuda"}[name]


def thimble_argv(service: dict[str, Any], final: Stage) -> list[str]:
    """The argv `thimble` gets in this service: its command, else the image's CMD."""
    assert "entrypoint" not in service, "the image's entrypoint (thimble) is kept"
    command = service.get("command", exec_form(final.last("CMD") or ""))
    assert isinstance(command, list), "use the exec (list) form of command"
    return [str(c) for c in command]


@pytest.mark.parametrize("name", [*SERVERS, "distill"])
def test_compose_commands_use_existing_subcommands_and_flags(
    compose: dict[str, Any], final: Stage, name: str
):
    argv = thimble_argv(compose["services"][name], final)
    assert argv[0] in COMMANDS
    flags = {flag_name(a) for a in argv[1:] if a.startswith("-")}
    unknown = flags - subcommand_flags(argv[0])
    assert not unknown, f"{name}: thimble {argv[0]} has no {sorted(unknown)}"
    if argv[0] == "serve":
        serve_parser().parse_args(argv[1:])


def test_compose_distill_exports_into_the_volume(compose: dict[str, Any], final: Stage):
    argv = thimble_argv(compose["services"]["distill"], final)
    assert argv[0] == "distill"
    out = argv[argv.index("--out") + 1]
    export_dir = argv[argv.index("--export-dir") + 1]
    assert out.startswith("/data/") and export_dir.startswith("/data/")
    assert compose["services"]["distill"].get("healthcheck", {}).get("disable") is True


# ---- the health checks, run against a live server ----------------------------------------------


@dataclass
class Live:
    port: int
    ready: threading.Event


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def live() -> Iterator[Live]:
    """A real server (uvicorn, /health from the app) whose tiny engine loads when told to."""
    ready = threading.Event()

    def load(settings: Settings) -> Engine:
        ready.wait(30)
        return Engine(
            tiny_student(), ThimbleTokenizer.load(DEFAULT_TOKENIZER), card={"name": "tiny"}
        )

    port = free_port()
    app = create_app(Settings(host="127.0.0.1", port=port), load)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.02)
    yield Live(port, ready)
    ready.set()
    server.should_exit = True
    thread.join(10)


def run_check(argv: list[str], env: dict[str, str]) -> int:
    assert argv[0] == "python"
    return subprocess.run([sys.executable, *argv[1:]], env=env, timeout=30).returncode


def wait_healthy(argv: list[str], env: dict[str, str]) -> None:
    deadline = time.monotonic() + 30
    while run_check(argv, env) != 0:
        assert time.monotonic() < deadline, "the health check never passed"
        time.sleep(0.1)


def test_healthchecks_fail_while_loading_and_pass_once_ready(
    live: Live, final: Stage, compose: dict[str, Any]
):
    env = {"PATH": os.environ.get("PATH", ""), "THIMBLE_PORT": str(live.port)}
    _, _, cmd = (final.last("HEALTHCHECK") or "").partition("CMD ")
    image_check = exec_form(cmd)
    # The compose check names the container port; here the server is on a free one.
    compose_check = [
        a.replace(":8000/", f":{live.port}/")
        for a in compose["services"]["thimble"]["healthcheck"]["test"][1:]
    ]
    assert run_check(image_check, env) != 0  # 503 while the engine loads
    assert run_check(compose_check, env) != 0
    live.ready.set()
    wait_healthy(image_check, env)
    assert run_check(compose_check, env) == 0


# ---- external validators, where installed ------------------------------------------------------


def compose_cli() -> list[str] | None:
    candidates = [["docker", "compose"], ["docker-compose"]]
    for cli in (c for c in candidates if shutil.which(c[0])):
        probe = subprocess.run([*cli, "version"], capture_output=True, text=True, timeout=30)
        # The docker client without the compose plugin fails here; v1 predates the spec's profiles.
        if probe.returncode == 0 and re.search(r"\bv?2\.", probe.stdout):
            return cli
    return None


def test_compose_config_validates_with_docker_compose():
    cli = compose_cli()
    if cli is None:
        pytest.skip("no docker compose v2 here")
    args = [*cli, "-f", str(COMPOSE), "--profile", "gpu", "--profile", "distill", "config", "-q"]
    result = subprocess.run(args, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_dockerfile_passes_hadolint():
    # the dev extras install it into the venv, whose bin/ need not be on PATH
    hadolint = shutil.which(
        "hadolint",
        path=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
    )
    if hadolint is None:
        pytest.skip("hadolint is not installed")
    result = subprocess.run([hadolint, str(DOCKERFILE)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
