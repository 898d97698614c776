"""Fake Gemini and OpenAI servers on loopback that speak the real wire formats, for teacher tests.

Each is an `http.server` in a thread on a free port. It records every request, rejects bodies the
real API would reject (with that API's error envelope), answers from a reply function, and can be
told to fail its next N calls (429 with a retry delay, 500, 400, ...):

    with FakeOpenAI(lambda body: Reply(calls=[("set_timer", {"minutes": 5})])) as server:
        teacher = OpenAITeacher(api_key="test", base_url=server.url)

Wire shapes follow generativelanguage.googleapis.com's generateContent (camelCase JSON, errors as
{"error": {code, message, status, details}}) and api.openai.com's /v1/chat/completions (tool call
arguments as a JSON string, errors as {"error": {message, type, param, code}}).
"""

import base64
import json
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """What the fake model answers. An argument given as a string is sent verbatim (OpenAI only),
    to test malformed JSON."""

    calls: list[tuple[str, Any]] = field(default_factory=list)  # (name, arguments dict or str)
    text: str | None = None
    logprobs: list[float] = field(default_factory=lambda: [-0.25, -0.5])
    usage: tuple[int, int] = (21, 7)  # prompt, completion tokens
    delay_s: float = 0.0  # wait before answering, for tests that kill a client mid-run


@dataclass
class Received:
    path: str
    headers: dict[str, str]  # lower-cased names
    body: dict[str, Any]


class Rejected(Exception):
    """A request the real API would refuse: becomes that API's error envelope."""

    def __init__(self, status: int, message: str, param: str | None = None):
        super().__init__(message)
        self.status, self.message, self.param = status, message, param


Response = tuple[int, dict[str, str], dict[str, Any]]  # status, extra headers, JSON body


class FakeServer:
    prefix = ""  # the path the client's base URL ends with

    def __init__(self, reply: Callable[[dict[str, Any]], Reply] | Reply | None = None):
        fixed = reply if isinstance(reply, Reply) else Reply(text="ok")
        self.reply: Callable[[dict[str, Any]], Reply] = (
            reply if callable(reply) else (lambda body: fixed)
        )
        self.received: list[Received] = []
        self._failures: list[tuple[int, float | None]] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        # A short poll so shutdown() returns at once rather than after the default 0.5 s.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def url(self) -> str:
        """The base URL to give the client."""
        return f"http://127.0.0.1:{self._server.server_port}{self.prefix}"

    def fail(self, status: int, times: int = 1, retry_after: float | None = None) -> None:
        """Answer the next `times` requests with `status` and the API's error envelope."""
        with self._lock:
            self._failures += [(status, retry_after)] * times

    def __enter__(self) -> "FakeServer":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def handle(self, path: str, headers: dict[str, str], body: dict[str, Any]) -> Response:
        with self._lock:
            self.received.append(Received(path, headers, body))
            failure = self._failures.pop(0) if self._failures else None
        if failure is not None:
            return self.error(failure[0], None, failure[1])
        try:
            model = self.check(path, headers, body)
        except Rejected as rejected:
            return self.error(rejected.status, rejected, None)
        reply = self.reply(body)
        time.sleep(reply.delay_s)
        return 200, {}, self.render(model, body, reply)

    def check(self, path: str, headers: dict[str, str], body: dict[str, Any]) -> str:
        """Raise `Rejected` as the real API would; return the model name."""
        raise NotImplementedError

    def render(self, model: str, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        raise NotImplementedError

    def error(self, status: int, rejected: Rejected | None, retry_after: float | None) -> Response:
        raise NotImplementedError

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as the SDKs' pools expect

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("content-length", 0)))
                headers = {k.lower(): v for k, v in self.headers.items()}
                try:
                    body = json.loads(raw)
                except json.JSONDecodeError:
                    status, extra, payload = fake.error(400, Rejected(400, "bad JSON"), None)
                else:
                    status, extra, payload = fake.handle(self.path, headers, body)
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json; charset=UTF-8")
                self.send_header("content-length", str(len(data)))
                for name, value in extra.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

        return Handler


def unknown(keys: Iterable[str], allowed: set[str]) -> str | None:
    """The first field the real API would not recognise."""
    return next((key for key in keys if key not in allowed), None)


GEMINI_PATH = re.compile(r"^/(v1|v1beta)/models/([\w.\-]+):generateContent$")
GEMINI_STATUS = {
    400: "INVALID_ARGUMENT",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
}
GEMINI_MESSAGES = {
    429: "You exceeded your current quota, please check your plan and billing details.",
    500: "An internal error has occurred. Please retry or report in "
    "https://developers.generativeai.google/guide/troubleshooting",
    503: "The model is overloaded. Please try again later.",
}
# The fields each object takes (as far as these tests go); any other is "Unknown name".
# fmt: off
GEMINI_REQUEST = {
    "contents", "tools", "toolConfig", "systemInstruction", "generationConfig", "safetySettings",
    "cachedContent",
}
GEMINI_GENERATION = {
    "temperature", "topP", "topK", "candidateCount", "maxOutputTokens", "stopSequences",
    "responseLogprobs", "logprobs", "seed", "responseMimeType", "thinkingConfig",
}
# fmt: on
GEMINI_PART = {"text", "functionCall", "functionResponse", "thoughtSignature", "thought"}
GEMINI_MODES = {"AUTO", "ANY", "NONE", "VALIDATED"}
UNKNOWN_NAME = 'Invalid JSON payload received. Unknown name "{name}"{at}: Cannot find field.'
CALL_AFTER_USER = (
    "Please ensure that function call turn comes immediately after a user turn or after a "
    "function response turn."
)
RESPONSES_MATCH_CALLS = (
    "Please ensure that the number of function response parts is equal to the number of "
    "function call parts of the function call turn."
)
QUOTA_FAILURE = {
    "@type": "type.googleapis.com/google.rpc.QuotaFailure",
    "violations": [
        {
            "quotaMetric": "generativelanguage.googleapis.com/generate_content_free_tier_requests",
            "quotaId": "GenerateRequestsPerMinutePerProjectPerModel-FreeTier",
            "quotaValue": "10",
        }
    ],
}
KEY_INVALID = {
    "@type": "type.googleapis.com/google.rpc.ErrorInfo",
    "reason": "API_KEY_INVALID",
    "domain": "googleapis.com",
    "metadata": {"service": "generativelanguage.googleapis.com"},
}


class FakeGemini(FakeServer):
    """POST /{v1,v1beta}/models/{model}:generateContent, keyed by the x-goog-api-key header."""

    def check(self, path: str, headers: dict[str, str], body: dict[str, Any]) -> str:
        match = GEMINI_PATH.match(path)
        if not match:
            raise Rejected(404, f"The requested URL {path} was not found on this server.")
        if not headers.get("x-goog-api-key"):
            raise Rejected(403, "Method doesn't allow unregistered callers. Please use API Key.")
        if name := unknown(body, GEMINI_REQUEST):
            raise Rejected(400, UNKNOWN_NAME.format(name=name, at=""))
        if name := unknown(body.get("generationConfig", {}), GEMINI_GENERATION):
            raise Rejected(400, UNKNOWN_NAME.format(name=name, at=" at 'generation_config'"))
        if not body.get("contents"):
            raise Rejected(400, "* GenerateContentRequest.contents: contents is not specified")
        self._check_tools(body)
        self._check_contents(body["contents"])
        return match.group(2)

    def _check_tools(self, body: dict[str, Any]) -> None:
        declared = set()
        for tool in body.get("tools", []):
            for declaration in tool.get("functionDeclarations", []):
                schemas = {"parameters", "parametersJsonSchema", "parameters_json_schema"}
                if not declaration.get("name") or len(schemas & declaration.keys()) > 1:
                    raise Rejected(400, f"* function_declarations: bad declaration {declaration}")
                declared.add(declaration["name"])
        config = body.get("toolConfig", {}).get("functionCallingConfig")
        if config is not None:
            if config.get("mode") not in GEMINI_MODES:
                raise Rejected(400, f"Invalid value at 'function_calling_config.mode': {config}")
            allowed = config.get("allowedFunctionNames")
            if allowed and (config["mode"] != "ANY" or not set(allowed) <= declared):
                raise Rejected(400, f"* allowed_function_names: ANY mode, declared names: {config}")

    def _check_contents(self, contents: list[dict[str, Any]]) -> None:
        pending_calls = 0  # calls of the last model turn not yet answered
        for i, content in enumerate(contents):
            parts = content.get("parts") or []
            if content.get("role") not in ("user", "model") or not parts:
                raise Rejected(400, f"* contents[{i}]: needs role user|model and parts")
            for part in parts:
                if name := unknown(part, GEMINI_PART):
                    raise Rejected(400, UNKNOWN_NAME.format(name=name, at=f" at 'contents[{i}]'"))
            calls = sum("functionCall" in p for p in parts)
            answers = sum("functionResponse" in p for p in parts)
            if calls and (i == 0 or contents[i - 1]["role"] != "user"):
                raise Rejected(400, CALL_AFTER_USER)
            if answers != pending_calls and (answers or content["role"] == "user"):
                raise Rejected(400, RESPONSES_MATCH_CALLS)
            pending_calls = calls

    def render(self, model: str, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        parts: list[dict[str, Any]] = [{"text": reply.text}] if reply.text else []
        for i, (name, args) in enumerate(reply.calls):
            part: dict[str, Any] = {"functionCall": {"name": name, "args": args}}
            if i == 0:  # thinking models sign the first call of a turn
                part["thoughtSignature"] = base64.b64encode(b"fake-signature").decode()
            parts.append(part)
        candidate: dict[str, Any] = {
            "content": {"parts": parts, "role": "model"},
            "finishReason": "STOP",
            "index": 0,
        }
        if body.get("generationConfig", {}).get("responseLogprobs"):
            chosen = [
                {"token": f"t{i}", "logProbability": lp} for i, lp in enumerate(reply.logprobs)
            ]
            candidate["avgLogprobs"] = sum(reply.logprobs) / len(reply.logprobs)
            candidate["logprobsResult"] = {
                "topCandidates": [{"candidates": [c]} for c in chosen],
                "chosenCandidates": chosen,
            }
        prompt, completion = reply.usage
        return {
            "candidates": [candidate],
            "usageMetadata": {
                "promptTokenCount": prompt,
                "candidatesTokenCount": completion,
                "totalTokenCount": prompt + completion,
                "promptTokensDetails": [{"modality": "TEXT", "tokenCount": prompt}],
            },
            "modelVersion": model,
            "responseId": uuid.uuid4().hex[:22],
        }

    def error(self, status: int, rejected: Rejected | None, retry_after: float | None) -> Response:
        message = GEMINI_MESSAGES.get(status, "Request contains an invalid argument.")
        error: dict[str, Any] = {
            "code": status,
            "message": message,
            "status": GEMINI_STATUS[status],
        }
        if rejected:
            error["message"] = rejected.message
        elif status == 429:
            error["details"] = [QUOTA_FAILURE]
            if retry_after is not None:  # Gemini says when to retry in the body, not a header
                retry = {"@type": "type.googleapis.com/google.rpc.RetryInfo"}
                error["details"].append({**retry, "retryDelay": f"{retry_after:g}s"})
        elif status == 400:
            error["message"] = "API key not valid. Please pass a valid API key."
            error["details"] = [KEY_INVALID]
        return status, {}, {"error": error}


# fmt: off
OPENAI_REQUEST = {
    "model", "messages", "tools", "tool_choice", "parallel_tool_calls", "temperature", "top_p",
    "logprobs", "top_logprobs", "max_tokens", "max_completion_tokens", "n", "stream", "stop", "seed",
    "response_format", "user",
}
# fmt: on
ONLY_WITH_TOOLS = "Invalid value for '{0}': '{0}' is only allowed when 'tools' are specified."
TOOL_AFTER_CALLS = (
    "Invalid parameter: messages with role 'tool' must be a response to a preceeding message "
    "with 'tool_calls'."
)
OPENAI_ERRORS = {  # status -> (message, type, code)
    400: ("Invalid request.", "invalid_request_error", None),
    401: ("Incorrect API key provided.", "invalid_request_error", "invalid_api_key"),
    429: (
        "Rate limit reached for requests. Please try again in 1s.",
        "requests",
        "rate_limit_exceeded",
    ),
    500: (
        "The server had an error while processing your request. Sorry about that!",
        "server_error",
        None,
    ),
    503: ("The engine is currently overloaded, please try again later.", "server_error", None),
}


class FakeOpenAI(FakeServer):
    """POST /v1/chat/completions with a bearer key."""

    insufficient_quota = False  # answer 429s as a spent account instead of a rate limit

    prefix = "/v1"

    def check(self, path: str, headers: dict[str, str], body: dict[str, Any]) -> str:
        if path != "/v1/chat/completions":
            raise Rejected(404, f"Invalid URL (POST {path})")
        if not headers.get("authorization", "").startswith("Bearer "):
            raise Rejected(401, "You didn't provide an API key.")
        if name := unknown(body, OPENAI_REQUEST):
            raise Rejected(400, f"Unrecognized request argument supplied: {name}")
        if not isinstance(body.get("model"), str) or not body.get("messages"):
            raise Rejected(400, "Missing required parameter: 'messages'.", "messages")
        tools = body.get("tools", [])
        names = {t["function"]["name"] for t in tools if t.get("type") == "function"}
        for name in ("tool_choice", "parallel_tool_calls"):
            if name in body and not tools:
                raise Rejected(400, ONLY_WITH_TOOLS.format(name), name)
        choice = body.get("tool_choice", "auto")
        if choice not in ("auto", "none", "required") and (
            not isinstance(choice, dict) or choice.get("function", {}).get("name") not in names
        ):
            raise Rejected(400, f"Invalid value for 'tool_choice': {choice!r}", "tool_choice")
        issued: set[str] = set()
        for i, message in enumerate(body["messages"]):
            issued |= {call["id"] for call in message.get("tool_calls") or []}
            if message.get("role") == "tool" and message.get("tool_call_id") not in issued:
                raise Rejected(400, TOOL_AFTER_CALLS, f"messages.[{i}].role")
        return body["model"]

    def render(self, model: str, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": reply.text, "refusal": None}
        if reply.calls:
            message["tool_calls"] = [
                {
                    "id": f"call_{uuid.uuid4().hex[:24]}",
                    "type": "function",
                    "function": {
                        "name": name,
                        "arguments": a if isinstance(a, str) else json.dumps(a),
                    },
                }
                for name, a in reply.calls
            ]
        logprobs = None
        if body.get("logprobs"):
            tokens: list[dict[str, Any]] = [
                {"token": f"t{i}", "logprob": lp} for i, lp in enumerate(reply.logprobs)
            ]
            content = [
                {**t, "bytes": list(t["token"].encode()), "top_logprobs": []} for t in tokens
            ]
            logprobs = {"content": content, "refusal": None}
        prompt, completion = reply.usage
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex[:29]}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "message": message,
                    "logprobs": logprobs,
                    "finish_reason": "tool_calls" if reply.calls else "stop",
                }
            ],
            "usage": {
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "total_tokens": prompt + completion,
                "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
                "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0},
            },
            "service_tier": "default",
            "system_fingerprint": "fp_fake",
        }

    def error(self, status: int, rejected: Rejected | None, retry_after: float | None) -> Response:
        message, kind, code = OPENAI_ERRORS.get(status, OPENAI_ERRORS[400])
        if status == 429 and self.insufficient_quota:
            message = "You exceeded your current quota, please check your plan and billing details."
            kind = code = "insufficient_quota"
        if rejected:
            message, kind, code = rejected.message, "invalid_request_error", None
        headers = {"x-request-id": f"req_{uuid.uuid4().hex}"}
        if retry_after is not None:
            headers["retry-after"] = f"{retry_after:g}"
        error = {
            "message": message,
            "type": kind,
            "param": rejected and rejected.param,
            "code": code,
        }
        return status, headers, {"error": error}
