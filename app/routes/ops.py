"""GET /health (503 while the model loads or if it failed to, 200 once it answers),
GET /metrics (Prometheus text format) and GET /version. None needs the API key."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST

from app.deps import MetricsDep, SettingsDep, WorkerDep
from app.version import thimble_version

router = APIRouter()


@router.get("/health")
async def health(worker: WorkerDep, settings: SettingsDep) -> JSONResponse:
    if worker.ready:
        return JSONResponse({"status": "ok", "model": settings.served_model})
    if worker.load_error:
        return JSONResponse({"status": "failed", "error": worker.load_error}, 503)
    return JSONResponse({"status": "loading"}, 503, headers={"retry-after": "1"})


@router.get("/metrics")
async def metrics(m: MetricsDep, worker: WorkerDep) -> Response:
    m.running.set(worker.running)  # read at scrape time, as Prometheus gauges are meant to be
    m.waiting.set(worker.waiting)
    return Response(m.render(), media_type=CONTENT_TYPE_LATEST)


@router.get("/version")
async def version(worker: WorkerDep) -> JSONResponse:
    card = worker.engine.card if worker.engine is not None else {}
    return JSONResponse({"version": thimble_version(), "weights": card.get("name")})
