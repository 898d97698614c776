"""`thimble serve`: the OpenAI-compatible server (FastAPI under uvicorn).

    thimble serve --port 8000
    curl http://127.0.0.1:8000/v1/chat/completions -H 'Content-Type: application/json' -d @req.json

Every flag has a THIMBLE_* environment variable (--max-queue: THIMBLE_MAX_QUEUE, ...); a flag wins
over the variable. Model names: see `app.config` (THIMBLE_ACCEPT_ANY_MODEL, on by default, maps
any requested model name to the student). A banner with the model, device, address and an example
request is logged once the model has loaded.
"""

from __future__ import annotations

import argparse
import json
import logging
import shlex
from collections.abc import Sequence
from pathlib import Path

import uvicorn
from pydantic import ValidationError

from app.config import Settings
from app.main import create_app, load_configured
from app.memory import tune_malloc
from app.security import exposure_warning
from model.generate import Engine

log = logging.getLogger(__name__)

EXAMPLE = {
    "model": "thimble",
    "messages": [{"role": "user", "content": "What is the weather in Paris?"}],
    "tools": [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "parameters": {
                    "type": "object",
                    "properties": {"city": {"type": "string"}},
                    "required": ["city"],
                },
            },
        }
    ],
}


def banner(settings: Settings, engine: Engine) -> str:
    card = engine.card
    # a wildcard bind address is not one a client can dial: show loopback instead
    host = "127.0.0.1" if settings.host in ("0.0.0.0", "::", "") else settings.host
    url = f"http://{host}:{settings.port}"
    names = ", ".join(settings.model_ids)
    if settings.accept_any_model:
        names += " (and any other name)"
    auth = ["-H", "Authorization: Bearer $THIMBLE_API_KEY"] if settings.api_key else []
    body = json.dumps({**EXAMPLE, "model": settings.served_model}, separators=(",", ":"))
    curl = ["curl", f"{url}/v1/chat/completions", "-H", "Content-Type: application/json"]
    curl += [*auth, "-d", body]
    return "\n".join(
        [
            f"Thimble is ready at {url}/v1",
            f"  model     {names}",
            f"  weights   {card.get('name', '?')} ({card.get('provenance', 'trained')}), "
            f"{engine.model.num_parameters() / 1e6:.1f}M parameters",
            f"  device    {engine.device}",
            f"  limits    batch {settings.max_batch}, queue {settings.max_queue}, body {settings.max_body_bytes} bytes, "
            f"API key {'required' if settings.api_key else 'off'}, "
            f"prompts {'logged' if settings.log_prompts else 'not logged'}",
            f"  try       {shlex.join(curl)}",
        ]
    )


def load_and_announce(settings: Settings) -> Engine:
    engine = load_configured(settings)
    log.info(banner(settings, engine))
    return engine


class ServedNames(argparse.Action):
    """`--served-model-name A B C` (vLLM's flag): A is the served model, B and C its aliases."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        ns: argparse.Namespace,
        values: str | Sequence[str] | None,
        option_string: str | None = None,
    ) -> None:
        names = [values] if isinstance(values, str) else list(values or [])
        ns.served_model = names[0]
        ns.aliases = [*getattr(ns, "aliases", []), *names[1:]]


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="thimble serve",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        argument_default=argparse.SUPPRESS,  # flags not given fall back to THIMBLE_* / defaults
    )
    p.add_argument("--host", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (default 8000)")
    p.add_argument("--weights", type=Path, help="checkpoint card (default: the shipped model)")
    p.add_argument("--device", help="auto, cpu, cuda, cuda:N (default auto)")
    p.add_argument("--api-key", help="require 'Authorization: Bearer KEY' on /v1 routes")
    p.add_argument("--api-key-file", type=Path, help="read the key from this file's first line")
    p.add_argument("--max-queue", type=int, help="requests waiting beyond those decoding (64)")
    p.add_argument("--max-batch", type=int, help="requests decoded together (16)")
    p.add_argument("--max-body-bytes", type=int, help="largest request body (4 MiB)")
    p.add_argument("--max-schema-bytes", type=int, help="largest schemas per request (512 KiB)")
    p.add_argument("--grammar-timeout-s", type=float, help="bound on compiling a grammar (10)")
    p.add_argument("--cache-mb", type=float, help="memory for all caches together (64)")
    p.add_argument("--client-timeout-s", type=float, help="slow body or slow reader bound (30)")
    p.add_argument("--log-prompts", action="store_true", help="log each request's messages")
    p.add_argument("--served-model", help="the model id served (default 'thimble')")
    p.add_argument("--alias", dest="aliases", action="append", help="another accepted model id")
    p.add_argument(
        "--served-model-name",
        nargs="+",
        action=ServedNames,
        metavar="NAME",
        help="the served model id, then its aliases (one flag for --served-model and --alias)",
    )
    p.add_argument(
        "--allowed-origins",
        nargs="+",
        metavar="ORIGIN",
        help="CORS: origins whose pages may call the API, or '*' (default: none)",
    )
    p.add_argument(
        "--accept-any-model",
        action=argparse.BooleanOptionalAction,
        help="answer requests for any model name (default on)",
    )
    p.add_argument("--log-level", choices=["debug", "info", "warning", "error"], help="(info)")
    cascade = p.add_argument_group(
        "cascade and record (app.cascade; key: THIMBLE_UPSTREAM_API_KEY)"
    )
    cascade.add_argument("--mode", choices=["local", "cascade", "record"], help="(local)")
    cascade.add_argument("--upstream-base-url", help="OpenAI-compatible endpoint, e.g. .../v1")
    cascade.add_argument("--upstream-model", help="the upstream model name")
    cascade.add_argument("--cascade-threshold", type=float, help="escalate below this (0.9)")
    cascade.add_argument("--deadline-s", type=float, help="bound on a whole request (30)")
    cascade.add_argument("--trace-db", type=Path, help="trace store (traces/thimble.db)")
    cascade.add_argument("--trace-max-mb", type=float, help="rotate the store past this (512)")
    cascade.add_argument("--trace-redact", action="store_true", help="drop message text")
    cascade.add_argument("--upstream-price-in", type=float, help="$ per 1M prompt tokens (0.15)")
    cascade.add_argument("--upstream-price-out", type=float, help="$ per 1M output tokens (0.6)")
    return p


def main(argv: list[str]) -> int:
    p = parser()
    try:
        settings = Settings(**vars(p.parse_args(argv)))
    except ValidationError as e:
        p.error("; ".join(err["msg"].removeprefix("Value error, ") for err in e.errors()))
    level = settings.log_level
    logging.basicConfig(
        level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if warning := exposure_warning(settings.host, settings.api_key):
        log.warning(warning)
    tune_malloc()  # before the server's threads: resident memory near what is used
    failed: list[str] = []

    def load(settings: Settings) -> Engine:
        # a model that cannot load ends the process (non-zero, with the reason): orchestrators
        # restart a process that exits, not one that answers 503 forever
        try:
            return load_and_announce(settings)
        except BaseException as e:
            failed.append(f"{type(e).__name__}: {e}")
            server.should_exit = True
            raise

    app = create_app(settings, load)
    config = uvicorn.Config(
        app, host=settings.host, port=settings.port, log_level=level, access_log=False
    )
    server = uvicorn.Server(config)
    server.run()
    if failed:
        log.error("exiting: the model failed to load: %s", failed[0])
        return 1
    return 0
