"""GET /v1/models and /v1/models/{id}: the served name and its aliases, in OpenAI's shape.

With `accept_any_model` on, any name resolves (chat accepts it, so retrieving it should work too);
with it off, a name that is neither served nor an alias is a 404 `model_not_found`.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from app.deps import SettingsDep, require_api_key
from app.errors import ModelNotFound
from app.protocol import ModelCard, ModelList

router = APIRouter(dependencies=[Depends(require_api_key)])


@router.get("/v1/models")
async def list_models(request: Request, settings: SettingsDep) -> ModelList:
    created = request.app.state.started
    return ModelList(data=[ModelCard(id=m, created=created) for m in settings.model_ids])


@router.get("/v1/models/{model_id:path}")
async def retrieve_model(model_id: str, request: Request, settings: SettingsDep) -> ModelCard:
    if not settings.accepts(model_id):
        raise ModelNotFound(model_id)
    return ModelCard(id=model_id, created=request.app.state.started)
