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

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="THIMBLE_", frozen=True, env_ignore_empty=True)

    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    weights: Path | None = None  # checkpoint card; None: the shipped model, else a random student
    device: str = "auto"  # auto, cpu, cuda, cuda:1, ...
    api_key: str | None = None  # when set, /v1 requests need `Authorization: Bearer <key>`
    max_queue: int = Field(default=64, ge=1)  # waiting for the worker, beyond those decoding
    max_batch: int = Field(default=16, ge=1)  # requests decoded together (`app.worker`)
    max_body_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)
    log_prompts: bool = False  # log each request's messages (off: prompts can hold private data)
    served_model: str = "thimble"
    aliases: list[str] = Field(default_factory=list)
    accept_any_model: bool = True
    log_level: Literal["debug", "info", "warning", "error"] = "info"

    @property
    def model_ids(self) -> list[str]:
        """The names /v1/models lists."""
        return list(dict.fromkeys([self.served_model, *self.aliases]))

    def accepts(self, model: str) -> bool:
        return self.accept_any_model or model in self.model_ids
