"""The command line and settings surface the docs and the Docker files are checked against.

`thimble serve`'s flags come from `app.server.parser()`. Other subcommands build their parser
inside `main`, so theirs is caught at the point `main` parses its argv (nothing after that runs).
`thimble distill` passes the flags it does not know on to `thimble train`, so both count for it.
"""

from __future__ import annotations

import argparse
import importlib
from functools import cache

from app.cli import COMMANDS
from app.config import Settings
from app.server import parser as serve_parser

# Subcommands that hand their unknown flags to another subcommand's parser.
PASS_THROUGH = {"distill": "train"}


class _Caught(Exception):
    pass


def _catch(self: argparse.ArgumentParser, *args: object, **kwargs: object) -> object:
    raise _Caught(self)


def subcommand_parser(name: str) -> argparse.ArgumentParser:
    """The parser that `thimble NAME` parses its argv with."""
    if name == "serve":
        return serve_parser()
    module, func = COMMANDS[name].split(":")
    main = getattr(importlib.import_module(module), func)
    original = argparse.ArgumentParser.parse_known_args
    argparse.ArgumentParser.parse_known_args = _catch  # type: ignore[method-assign,assignment]
    try:
        main([])
    except _Caught as caught:
        return caught.args[0]
    finally:
        argparse.ArgumentParser.parse_known_args = original  # type: ignore[method-assign]
    raise AssertionError(f"thimble {name} returned without parsing its argv")


def options(p: argparse.ArgumentParser) -> set[str]:
    return {s for action in p._actions for s in action.option_strings}


@cache
def subcommand_flags(name: str) -> frozenset[str]:
    """Every option string `thimble NAME` accepts."""
    flags = options(subcommand_parser(name))
    if name in PASS_THROUGH:
        flags |= options(subcommand_parser(PASS_THROUGH[name]))
    return frozenset(flags)


def settings_env() -> dict[str, str]:
    """THIMBLE_* variable -> Settings field, for every field."""
    prefix = Settings.model_config.get("env_prefix", "")
    return {f"{prefix}{name}".upper(): name for name in Settings.model_fields}


def flag_name(token: str) -> str:
    """`--port=8000` -> `--port`."""
    return token.split("=", 1)[0]
