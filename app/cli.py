"""`thimble`: the one command. Each subcommand is a function taking argv and returning an exit code.

thimble serve    OpenAI-compatible server (app.server)
thimble call     one request from the command line: prints the calls as JSON
thimble distill  teacher or synthetic data -> trained, evaluated, exported student
thimble train    train a student on JSONL rows
thimble eval     held-out and BFCL evaluation of a checkpoint
thimble calibrate  fit a card's confidence calibration on held-out rows (distill.calibrate)
thimble bench    latency/throughput benchmark over HTTP
thimble --version
"""

from __future__ import annotations

import importlib
import sys

from app.version import thimble_version

COMMANDS = {
    "serve": "app.server:main",
    "call": "app.call:main",
    "distill": "distill.pipeline:main",
    "train": "distill.train:main",
    "eval": "distill.evaluate:main",
    "calibrate": "distill.calibrate:main",
    "bench": "bench.run:main",
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] in (["--version"], ["-V"]):
        print(f"thimble {thimble_version()}")
        return 0
    if not argv or argv[0] in ("-h", "--help") or argv[0] not in COMMANDS:
        print(__doc__.strip())
        return 0 if argv and argv[0] in ("-h", "--help") else 2
    module, func = COMMANDS[argv[0]].split(":")
    return int(getattr(importlib.import_module(module), func)(argv[1:]) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
