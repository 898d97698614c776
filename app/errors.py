"""One error family, and the handlers that put every failure in OpenAI's envelope:

    {"error": {"message": ..., "type": ..., "param": ..., "code": ...}}

Validation failures are 400 `invalid_request_error` naming the offending `param` (never FastAPI's
422); a grammar that cannot be built for the request's schemas is a 400 too. Besides 503 while
the model loads, only unexpected exceptions are 5xx: `internal_error` logs them and the client
gets a 500 that carries the request id (from `app.observe`, or as a stream's error chunk).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from app.protocol import ErrorDetail, ErrorResponse
from model.grammar import GrammarError

log = logging.getLogger(__name__)


class ThimbleError(Exception):
    """An error the client sees: an HTTP status and OpenAI's error object."""

    status: int = 500
    type: str = "server_error"
    code: str | None = None

    def __init__(
        self,
        message: str,
        param: str | None = None,
        *,
        status: int | None = None,
        type: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message, self.param = message, param
        self.status = status or self.status
        self.type = type or self.type
        self.code = code or self.code
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        detail = ErrorDetail(message=self.message, type=self.type, param=self.param, code=self.code)
        return ErrorResponse(error=detail).model_dump()

    def response(self) -> JSONResponse:
        return JSONResponse(self.body(), self.status, headers=self.headers)


def internal_error(request_id: str, exc: BaseException) -> ThimbleError:
    """Log an unexpected exception with the request id; return the 500 the client gets."""
    log.error("request_id=%s unexpected error", request_id, exc_info=exc)
    return ThimbleError(
        f"The server had an error while processing your request (request id {request_id})."
    )


class InvalidRequest(ThimbleError):
    status, type = 400, "invalid_request_error"


class InvalidApiKey(ThimbleError):
    status, type, code = 401, "invalid_request_error", "invalid_api_key"


class NotFound(ThimbleError):
    status, type = 404, "invalid_request_error"


class ModelNotFound(NotFound):
    code = "model_not_found"

    def __init__(self, model: str) -> None:
        super().__init__(f"The model {model!r} does not exist.", "model")


class RequestTooLarge(ThimbleError):
    status, type, code = 413, "invalid_request_error", "request_too_large"


class RequestTimeout(ThimbleError):
    status, type, code = 408, "invalid_request_error", "request_timeout"


class QueueFull(ThimbleError):
    status, type, code = 429, "rate_limit_error", "rate_limit_exceeded"


class NotReady(ThimbleError):
    status, type, code = 503, "server_error", "model_not_ready"


class ClientDisconnected(ThimbleError):
    """The client went away before its answer was sent; `stage` says when: queued (waiting or
    compiling), prefill (encoding), decoding, streaming. Counted apart from errors (status 499 in
    the log, as nginx writes it; nobody receives the response)."""

    status, type, code = 499, "client_disconnected", "client_disconnected"

    def __init__(self, stage: str) -> None:
        super().__init__(f"The client disconnected ({stage}).")
        self.stage = stage


# ---- validation errors -----------------------------------------------------------------------

# pydantic puts union members in an error's location ('str', 'list[TextPart]', 'ToolChoiceObject');
# the wire's own field names are lower snake case, so anything else is dropped from `param`.
_FIELD = re.compile(r"[a-z_][a-z0-9_]*")
_TYPE_NAMES = {"str", "int", "float", "bool", "dict", "list", "none"}


def _path(loc: tuple[Any, ...]) -> list[str | int]:
    return [s for s in loc if isinstance(s, int) or (_FIELD.fullmatch(s) and s not in _TYPE_NAMES)]


def _param(path: list[str | int]) -> str | None:
    out = ""
    for seg in path:
        out += f"[{seg}]" if isinstance(seg, int) else (f".{seg}" if out else seg)
    return out or None


def invalid_request(errors: list[Any]) -> InvalidRequest:
    """The most specific of pydantic's errors as a 400: the one that got deepest into the body,
    and of equally deep ones, a wrong value before a missing one."""
    err = max(errors, key=lambda e: (len(_path(e["loc"])), e["type"] != "missing"))
    param = _param(_path(err["loc"]))
    if err["type"] == "json_invalid":
        return InvalidRequest(f"We could not parse the JSON body of your request: {err['msg']}")
    if err["type"] == "missing":
        return InvalidRequest(f"Missing required parameter: '{param}'.", param)
    msg = str(err["ctx"]["error"]) if err["type"] == "value_error" else err["msg"]
    if param is None:
        return InvalidRequest(f"Invalid request body: {msg}")
    return InvalidRequest(f"Invalid value for '{param}': {msg}", param)


# ---- handlers --------------------------------------------------------------------------------


def note_error(request: Request, error: ThimbleError) -> None:
    """Tell `app.observe` which error this request ended with (for the log line and metrics)."""
    record = getattr(request.state, "record", None)
    if record is not None:
        record.error = error.type


async def _thimble_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ThimbleError)
    record = getattr(request.state, "record", None)
    if isinstance(exc, ClientDisconnected) and record is not None:
        record.disconnected = exc.stage  # not an error: `app.observe` counts it apart
    else:
        note_error(request, exc)
    return exc.response()


async def _grammar_error(request: Request, exc: Exception) -> JSONResponse:
    return await _thimble_error(request, InvalidRequest(str(exc), getattr(exc, "param", None)))


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return await _thimble_error(request, invalid_request(list(exc.errors())))


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    error: ThimbleError
    if exc.status_code == 404:
        message = f"Invalid URL ({request.method} {request.url.path})"
        error = NotFound(message, code="unknown_url")
    else:
        error = ThimbleError(str(exc.detail), status=exc.status_code, type="invalid_request_error")
    error.headers = dict(exc.headers or {})
    return await _thimble_error(request, error)


def install_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ThimbleError, _thimble_error)
    app.add_exception_handler(GrammarError, _grammar_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
