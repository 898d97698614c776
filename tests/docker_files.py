"""Readers for the Docker files, for tests/test_docker.py: a Dockerfile's stages and
instructions (comments dropped, continuation lines joined, ARG defaults substituted) and
.dockerignore matching. Just enough of each format for the files in this repository."""

from __future__ import annotations

import fnmatch
import json
import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Stage:
    base: str
    name: str | None
    instructions: list[tuple[str, str]] = field(default_factory=list)

    def all(self, keyword: str) -> list[str]:
        return [args for kw, args in self.instructions if kw == keyword]

    def last(self, keyword: str) -> str | None:
        found = self.all(keyword)
        return found[-1] if found else None


def instructions(text: str) -> list[tuple[str, str]]:
    """(KEYWORD, arguments) per instruction: comments dropped, continuation lines joined."""
    out: list[tuple[str, str]] = []
    pending = ""
    for line in text.splitlines():
        if line.lstrip().startswith("#") or not line.strip():
            continue
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        keyword, _, args = (pending + line).strip().partition(" ")
        out.append((keyword.upper(), " ".join(args.split())))
        pending = ""
    return out


def arg_defaults(instrs: list[tuple[str, str]]) -> dict[str, str]:
    defaults: dict[str, str] = {}
    for kw, args in instrs:
        if kw == "ARG" and "=" in args:
            name, _, value = args.partition("=")
            defaults.setdefault(name.strip(), value.strip().strip('"'))
    return defaults


def substitute(text: str, values: dict[str, str]) -> str:
    return re.sub(r"\$\{?(\w+)\}?", lambda m: values.get(m.group(1), m.group(0)), text)


def stages(text: str) -> list[Stage]:
    instrs = instructions(text)
    args = arg_defaults(instrs)
    out: list[Stage] = []
    for kw, rest in instrs:
        if kw == "FROM":
            words = [w for w in rest.split() if not w.startswith("--")]
            name = words[2] if len(words) >= 3 and words[1].upper() == "AS" else None
            out.append(Stage(substitute(words[0], args), name))
        elif out:
            out[-1].instructions.append((kw, rest))
    return out


def exec_form(args: str) -> list[str]:
    value = json.loads(args)
    assert isinstance(value, list) and all(isinstance(v, str) for v in value), args
    return value


def env_of(stage: Stage) -> dict[str, str]:
    """ENV KEY=VALUE pairs of one stage (the `ENV KEY VALUE` form is not used here)."""
    env = {}
    for args in stage.all("ENV"):
        for pair in re.findall(r'(\w+)=("[^"]*"|\S+)', args):
            env[pair[0]] = pair[1].strip('"')
    return env


def ignore_patterns(path: Path) -> list[str]:
    lines = path.read_text().splitlines()
    return [ln.strip().strip("/") for ln in lines if ln.strip() and not ln.startswith("#")]


def ignored(path: str, patterns: list[str]) -> bool:
    parts = path.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    return any(fnmatch.fnmatch(p, pat) for p in prefixes for pat in patterns)
