"""The FastAPI app: `create_app(settings, load)` wires routes, error handlers, metrics and the
lifespan, which reads the settings (unless given) and starts the inference worker. The worker
loads the engine on its own thread, so the server answers /health (503) while it loads.

Run it with `thimble serve` (see `app.server`); tests pass their own `load` for a tiny engine.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from functools import partial

from fastapi import FastAPI

from app import cascade
from app.config import Settings
from app.cors import Cors
from app.errors import install_handlers
from app.metrics import Metrics
from app.observe import Observe
from app.routes import chat, models, ops, responses
from app.worker import InferenceWorker
from model.generate import Engine, load_engine

Loader = Callable[[Settings], Engine]


def load_configured(settings: Settings) -> Engine:
    return load_engine(settings.weights, settings.device, cache_mb=settings.cache_mb)


def create_app(settings: Settings | None = None, load: Loader = load_configured) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        s = settings or Settings()
        worker = InferenceWorker(partial(load, s), s.max_queue, s.max_batch)
        app.state.settings, app.state.worker, app.state.started = s, worker, int(time.time())
        app.state.metrics.track_queue(lambda: worker.depth)
        app.state.metrics.track_caches(lambda: worker.engine and worker.engine.caches)
        app.state.cascade = cascade.Cascade(s, app.state.metrics.registry)
        worker.start()
        try:
            yield
        finally:
            worker.stop()
            await app.state.cascade.close()

    app = FastAPI(title="Thimble", summary="OpenAI-compatible tool calling", lifespan=lifespan)
    app.state.metrics = Metrics()
    app.add_middleware(Cors)  # inside Observe: preflights are logged and counted too
    app.add_middleware(Observe, metrics=app.state.metrics)
    install_handlers(app)
    for module in (chat, responses, models, ops, cascade):
        app.include_router(module.router)
    return app
