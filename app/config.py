"""Server settings: `THIMBLE_*` environment variables, overridden by `thimble serve` flags.

Read once, when the server starts (`app.server.main`, or the lifespan of an app created without
settings); nothing reads the environment at import time.

Model names: the student answers as `served_model` (default "thimble") and any of `aliases`
(`THIMBLE_ALIASES='["gpt-4o-mini"]'`). Because most SDK code already names an OpenAI model,
`accept_any_model` (default true; `THIMBLE_ACCEPT_ANY_MODEL=false` to turn it off) maps every other
name to the student too. With it off, an unknown name is a 404 `model_not_found`. Responses always
echo the name the request used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from app.security import resolve_api_key


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="THIMBLE_", frozen=True, env_ignore_empty=True)

    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    weights: Path | None = None  # checkpoint card; None: the shipped model, else a random student
    device: str = "auto"  # auto, cpu, cuda, cuda:1, ...
    api_key: str | None = None  # when set, /v1 requests need `Authorization: Bearer <key>`
    api_key_file: Path | None = None  # the key is this file's first line (`app.security`)
    max_queue: int = Field(default=64, ge=1)  # waiting for the worker, beyond those decoding
    max_batch: int = Field(default=16, ge=1)  # requests decoded together (`app.worker`)
    max_body_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)
    # limits on one request's schemas and on memory (`app.prepare`, `model.caches`)
    max_schema_bytes: int = Field(default=512 * 1024, ge=1024)  # tools' + response_format's JSON
    grammar_timeout_s: float = Field(default=10.0, gt=0)  # building and compiling its grammar
    cache_mb: float = Field(default=64.0, gt=0)  # tool states, grammars, validators together
    client_timeout_s: float = Field(default=30.0, gt=0)  # a body's arrival, a stream's each write
    log_prompts: bool = False  # log each request's messages (off: prompts can hold private data)
    served_model: str = "thimble"
    aliases: list[str] = Field(default_factory=list)
    accept_any_model: bool = True
    allowed_origins: list[str] = Field(default_factory=list)  # CORS (`app.cors`); empty: off
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    # who answers (`app.cascade`): the student alone, the student unless unsure, or the upstream
    mode: Literal["local", "cascade", "record"] = "local"
    upstream_base_url: str | None = None  # any OpenAI-compatible endpoint
    upstream_model: str | None = None
    upstream_api_key: str | None = None  # THIMBLE_UPSTREAM_API_KEY only: never a flag
    cascade_threshold: float = Field(default=0.9, ge=0, le=1)  # calibrated confidence
    deadline_s: float = Field(default=30.0, gt=0)  # a whole cascaded/recorded request
    trace_db: Path | None = None  # default traces/thimble.db
    trace_max_mb: float = Field(default=512.0, gt=0)  # rotation size
    trace_redact: bool = False  # keep schemas and calls, drop message text
    upstream_price_in: float = 0.15  # dollars per million prompt tokens (the report's estimate)
    upstream_price_out: float = 0.60  # dollars per million completion tokens

    _api_key = model_validator(mode="before")(resolve_api_key)  # empty: an error

    @model_validator(mode="after")
    def _upstream_for_mode(self) -> Settings:
        if self.mode != "local" and not (self.upstream_base_url and self.upstream_model):
            raise ValueError(f"--mode {self.mode} needs --upstream-base-url and --upstream-model")
        return self

    @property
    def model_ids(self) -> list[str]:
        """The names /v1/models lists."""
        return list(dict.fromkeys([self.served_model, *self.aliases]))

    def accepts(self, model: str) -> bool:
        return self.accept_any_model or model in self.model_ids
