"""The README against what it describes.

The two fresh-machine commands are Makefile targets and CI runs one of them; the torch pin is the
Makefile's; every `thimble` subcommand and flag shown exists in the CLI; the configuration table
covers every setting with its real default; Docker commands name services, profiles and build
variants that exist.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from app.cli import COMMANDS
from app.config import Settings
from tests.cli_surface import flag_name, settings_env, subcommand_flags

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DOCS = [README]

SHELL_LANGS = {"", "bash", "sh", "shell", "console"}
OPERATORS = {"|", "||", "&&", ";", ">", ">>", "<", "2>&1"}


def fenced_blocks(text: str) -> Iterator[tuple[str, str]]:
    """(language, body) of each ``` block."""
    for m in re.finditer(r"^```([\w-]*)\n(.*?)^```", text, re.M | re.S):
        yield m.group(1), m.group(2)


def inline_spans(text: str) -> list[str]:
    outside = re.sub(r"^```.*?^```", "", text, flags=re.M | re.S)
    return re.findall(r"`([^`\n]+)`", outside)


def command_lines(text: str) -> list[str]:
    """Shell command lines: from shell blocks (continuations joined, comments dropped) and from
    inline spans that start with a command."""
    lines = []
    for lang, body in fenced_blocks(text):
        if lang not in SHELL_LANGS:
            continue
        for line in body.replace("\\\n", " ").splitlines():
            line = re.sub(r"(^|\s)#.*$", "", line).strip()
            if line:
                lines.append(line)
    starts = ("thimble ", ".venv/bin/thimble ", "make ", "docker ")
    lines += [s.strip() for s in inline_spans(text) if s.strip().startswith(starts)]
    return lines


def segments(line: str) -> list[list[str]]:
    """The simple commands of a line, split at pipes, `&&`, `;` and redirections."""
    lexer = shlex.shlex(line, posix=True, punctuation_chars="|&;<>")
    lexer.whitespace_split = True
    out: list[list[str]] = [[]]
    for token in lexer:
        if token in OPERATORS or set(token) <= set("|&;<>"):
            out.append([])
        else:
            out[-1].append(token)
    return [s for s in out if s]


def compose_parts(seg: list[str]) -> tuple[list[str], str, list[str]] | None:
    """(global options, verb, the rest) of a `docker compose ...` command."""
    if seg[:2] != ["docker", "compose"]:
        return None
    i, options = 2, []
    while i < len(seg) and seg[i].startswith("-"):
        takes_value = seg[i] in ("--profile", "-f", "--file", "-p", "--project-name")
        options += seg[i : i + 1 + takes_value]
        i += 1 + takes_value
    return options, seg[i] if i < len(seg) else "", seg[i + 1 :]


def thimble_argvs(seg: list[str]) -> list[list[str]]:
    """The argv that `thimble` gets from one simple command: `thimble ...`, `.venv/bin/thimble
    ...`, `docker run ... thimble:TAG ...` and `docker compose run ... SERVICE ...` (the images'
    entrypoint is thimble). An argv that does not name a subcommand is left out."""
    compose = compose_parts(seg)
    if compose is not None:
        _, verb, rest = compose
        positional = [t for t in rest if not t.startswith("-")]
        if verb != "run" or not positional:
            return []
        argv = rest[rest.index(positional[0]) + 1 :]
    elif seg[0] == "docker":
        if len(seg) < 2 or seg[1] != "run":
            return []
        images = [i for i, t in enumerate(seg) if re.fullmatch(r"thimble:[\w.-]+", t)]
        if not images:
            return []
        argv = seg[images[0] + 1 :]
    elif seg[0] == "thimble" or seg[0].endswith("/thimble"):
        argv = seg[1:]
    else:
        return []
    if not argv or argv[0].startswith("-") or argv[0] in (".", "...", "…"):
        return []
    return [argv]


def doc_commands() -> list[tuple[Path, str, list[str]]]:
    return [
        (path, line, seg)
        for path in DOCS
        for line in command_lines(path.read_text())
        for seg in segments(line)
    ]


def makefile_targets() -> set[str]:
    return set(re.findall(r"^([\w.-]+):(?!=)", (ROOT / "Makefile").read_text(), re.M))


# ---- the two commands --------------------------------------------------------------------------


def test_readme_fresh_machine_commands_are_makefile_targets():
    blocks = [
        body.strip() for lang, body in fenced_blocks(README.read_text()) if lang in SHELL_LANGS
    ]
    assert "make serve" in blocks and "make test" in blocks
    phony = set(re.findall(r"^\.PHONY:(.*)$", (ROOT / "Makefile").read_text(), re.M)[0].split())
    assert {"serve", "test"} <= makefile_targets() & phony


def test_every_make_command_in_the_docs_is_a_target():
    for path, line, seg in doc_commands():
        if seg[0] == "make":
            targets = [t for t in seg[1:] if not t.startswith("-") and "=" not in t]
            assert set(targets) <= makefile_targets(), f"{path.name}: {line}"


def test_ci_runs_make_test():
    lines = [ln.strip() for ln in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert "make test" in [ln for ln in lines if not ln.startswith("#")]


def test_makefile_pins_torch_and_the_docs_say_the_same_version():
    makefile = (ROOT / "Makefile").read_text()
    installs = [ln for ln in makefile.splitlines() if "pip install" in ln and "torch" in ln]
    assert installs and all("torch==2.13.0" in ln for ln in installs), installs
    for path in DOCS:
        assert set(re.findall(r"torch==([\w.+]+)", path.read_text())) <= {"2.13.0"}, path.name


# ---- the CLI the docs show ---------------------------------------------------------------------


def test_readme_command_table_lists_every_subcommand():
    rows = re.findall(r"^\| `thimble (\w+)` \|", README.read_text(), re.M)
    assert sorted(rows) == sorted(COMMANDS)


def test_docs_thimble_commands_use_existing_subcommands_and_flags():
    seen = 0
    for path, line, seg in doc_commands():
        for argv in thimble_argvs(seg):
            seen += 1
            sub = argv[0]
            assert sub in COMMANDS, f"{path.name}: `{line}`: no subcommand {sub!r}"
            flags = {flag_name(t) for t in argv[1:] if t.startswith("--")}
            unknown = flags - subcommand_flags(sub) if flags else set()
            assert not unknown, f"{path.name}: `{line}`: thimble {sub} has no {sorted(unknown)}"
    assert seen >= 2  # the parsing found the README's commands at all


def test_docs_inline_flags_exist_in_the_cli():
    every = set().union(*(subcommand_flags(name) for name in ("serve", "call", "distill", "eval")))
    for path in DOCS:
        for span in inline_spans(path.read_text()):
            if re.fullmatch(r"--[a-z][\w-]*( \S+)?", span):
                assert flag_name(span.split()[0]) in every, f"{path.name}: `{span}`"


def test_docs_thimble_env_vars_are_settings_fields():
    for path in DOCS:
        names = set(re.findall(r"\bTHIMBLE_[A-Z_]+", path.read_text()))
        assert names <= set(settings_env()), f"{path.name}: {names - set(settings_env())}"


# ---- the configuration table -------------------------------------------------------------------


def config_tables() -> list[list[list[str]]]:
    """Rows (cells) of each table whose header starts `| flag | environment variable |`."""
    tables = []
    for path in DOCS:
        lines = path.read_text().splitlines()
        for i, line in enumerate(lines):
            if re.match(r"\|\s*flag\s*\|\s*environment variable\s*\|", line):
                rows = []
                for row in lines[i + 2 :]:
                    if not row.startswith("|"):
                        break
                    rows.append([c.strip() for c in row.strip().strip("|").split("|")])
                tables.append(rows)
    return tables


def test_config_table_covers_every_flag_and_variable():
    tables = config_tables()
    assert tables, "no configuration table (| flag | environment variable | ...)"
    serve = subcommand_flags("serve") - {"-h", "--help"}
    for rows in tables:
        flags = {f for row in rows for f in re.findall(r"`(--[\w-]+)", row[0])}
        names = {n for row in rows for n in re.findall(r"`(THIMBLE_\w+)", row[1])}
        assert flags == serve, flags ^ serve
        assert names == set(settings_env()), names ^ set(settings_env())


def test_config_table_defaults_match_settings():
    defaults = {
        name: f.default
        for name, f in Settings.model_fields.items()
        if isinstance(f.default, int | str) and not isinstance(f.default, bool)
    }
    assert {"host", "port", "device", "max_queue", "max_body_bytes", "served_model"} <= set(
        defaults
    )
    env = settings_env()
    for rows in config_tables():
        for row in rows:
            for var in re.findall(r"`(THIMBLE_\w+)`", row[1]):
                if env[var] in defaults:
                    assert f"`{defaults[env[var]]}`" in row[2], (var, row[2])


# ---- Docker commands ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_docs_compose_commands_name_existing_services_and_profiles(compose: dict):
    services = compose["services"]
    profiles = {p for s in services.values() for p in s.get("profiles", [])}
    for path, line, seg in doc_commands():
        parts = compose_parts(seg)
        if parts is None:
            continue
        options, verb, rest = parts
        for i, opt in enumerate(options):
            if opt == "--profile":
                assert options[i + 1] in profiles, f"{path.name}: `{line}`"
        named = [t for t in rest if not t.startswith("-")]
        if verb in ("run", "exec"):
            named = named[:1]
        elif verb not in ("up", "logs", "build", "ps", "restart", "stop", "down", "pull"):
            continue
        assert set(named) <= set(services), f"{path.name}: `{line}`"


def test_docs_build_args_are_variants_the_dockerfile_handles():
    for path in DOCS:
        for variant in re.findall(r"TORCH_VARIANT=(\w+)", path.read_text()):
            assert variant in ("cpu", "cuda"), f"{path.name}: TORCH_VARIANT={variant}"
