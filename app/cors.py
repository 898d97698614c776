"""CORS, off unless `allowed_origins` (`--allowed-origins`, THIMBLE_ALLOWED_ORIGINS) names origins.

A browser page on another origin (a local web UI on :3000, say) can call the API only when the
server answers its preflight; with no origins configured nothing is added and browsers keep
refusing cross-origin calls, which is the safe default for a server that may hold an API key.
`["*"]` allows any origin (no cookies are involved: the API key travels as a header).

The settings are read in the lifespan, after middleware is fixed, so the wrapper builds
Starlette's `CORSMiddleware` at the first request, from the settings the lifespan stored.
"""

from __future__ import annotations

from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send


class Cors:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.inner: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.inner is None:
            origins = scope["app"].state.settings.allowed_origins
            self.inner = self.app
            if origins:
                self.inner = CORSMiddleware(
                    self.app,
                    allow_origins=origins,
                    allow_methods=["GET", "POST", "OPTIONS"],
                    allow_headers=["*"],
                    expose_headers=["x-request-id"],
                    max_age=600,
                )
        await self.inner(scope, receive, send)
