"""Grammar-constrained decoding: the one function every answer goes through.

`Engine.stream(request)` encodes the request (tool segments from an LRU cache keyed by schema hash,
the conversation fresh), then decodes token by token under the request's llguidance grammar:

- tokens the grammar forces (keys, punctuation, the rest of a tool name) are appended without
  asking the model, and fed to the decoder as one chunk before the next real choice (jump-forward);
- otherwise the model's logits are masked to what the grammar allows and a token is chosen
  (greedy, or temperature / top-p with a seeded generator).

It yields `Event`s built from decoder and grammar state (which special token opened which part),
never by re-parsing partial JSON: `CallStarted`, `ArgumentsDelta`, `TextDelta`, and a final
`Finished` with the finish reason and counts. Streaming and non-streaming answers are both built
from these events. Every finished call is checked with `jsonschema` as a second line of defence.
"""

from __future__ import annotations

import codecs
import json
import logging
import time
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import jsonschema
import llguidance
import torch

from model.format import Message, Tool, build_prompt, flatten_prompt
from model.grammar import ToolChoice, build_grammar, compile_grammar
from model.runtime import FastStudent, Speed
from model.student import KV, KVCache, SegmentStates, Student
from model.tokenizer import ARGS, BOS, CALL, EOS, TEXT, ThimbleTokenizer
from model.weights import load_default, resolve_device

log = logging.getLogger(__name__)

FinishReason = Literal["stop", "tool_calls", "length"]


@dataclass(frozen=True)
class Sampling:
    max_tokens: int | None = None
    temperature: float = 0.0  # 0: greedy
    top_p: float = 1.0
    seed: int | None = None
    stop: tuple[str, ...] = ()  # stop sequences for text answers


@dataclass(frozen=True)
class Request:
    tools: list[Tool]
    messages: list[Message]
    choice: ToolChoice = field(default_factory=ToolChoice)
    response_format: dict[str, Any] | None = None
    sampling: Sampling = field(default_factory=Sampling)


@dataclass(frozen=True)
class CallStarted:
    index: int
    name: str


@dataclass(frozen=True)
class ArgumentsDelta:
    index: int
    text: str


@dataclass(frozen=True)
class TextDelta:
    text: str


@dataclass
class Stats:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    forced_tokens: int = 0
    chosen_tokens: int = 0
    tool_cache_hits: int = 0
    encode_ms: float = 0.0
    decode_ms: float = 0.0  # model forward passes while decoding
    grammar_ms: float = 0.0  # masks, forced tokens, compilation


@dataclass(frozen=True)
class Finished:
    reason: FinishReason
    stats: Stats


Event = CallStarted | ArgumentsDelta | TextDelta | Finished


@dataclass
class Completion:
    """A whole answer, folded from events: what the non-streaming API returns."""

    calls: list[tuple[str, str]] = field(default_factory=list)  # (name, arguments JSON)
    content: str | None = None
    reason: FinishReason = "stop"
    stats: Stats = field(default_factory=Stats)


def collect(events: Iterator[Event]) -> Completion:
    out = Completion()
    for ev in events:
        if isinstance(ev, CallStarted):
            out.calls.append((ev.name, ""))
        elif isinstance(ev, ArgumentsDelta):
            name, args = out.calls[ev.index]
            out.calls[ev.index] = (name, args + ev.text)
        elif isinstance(ev, TextDelta):
            out.content = (out.content or "") + ev.text
        else:
            out.reason, out.stats = ev.reason, ev.stats
    return out


class _EventBuilder:
    """Turns the stream of output token ids into events, from the special tokens that open parts."""

    def __init__(self, tok: ThimbleTokenizer, stop: tuple[str, ...]) -> None:
        self.tok, self.stop = tok, stop
        self.state: Literal["start", "name", "args", "text"] = "start"
        self.calls: list[tuple[str, bytearray]] = []
        self.name = bytearray()
        self.utf8 = codecs.getincrementaldecoder("utf-8")("replace")
        self.held = ""  # text held back while it could be the start of a stop sequence
        self.stopped = False

    def feed(self, token: int) -> list[Event]:
        if token == CALL:
            self.state, self.name = "name", bytearray()
            return []
        if token == ARGS:
            self.calls.append((self.name.decode("utf-8", "replace"), bytearray()))
            self.state = "args"
            return [CallStarted(len(self.calls) - 1, self.calls[-1][0])]
        if token == TEXT:
            self.state = "text"
            return []
        if token == EOS:
            return self.flush()
        raw = self.tok.token_bytes[token]
        if self.state == "name":
            self.name += raw
            return []
        text = self.utf8.decode(raw)
        if self.state == "args":
            self.calls[-1][1].extend(raw)
            return [ArgumentsDelta(len(self.calls) - 1, text)] if text else []
        return self._text(text)

    @property
    def repeated(self) -> bool:
        """The last call repeats an earlier one exactly (a small model's loop)."""
        return len(self.calls) > 1 and self.calls[-1] in self.calls[:-1]

    def _text(self, text: str) -> list[Event]:
        self.held += text
        for s in self.stop:
            if s and s in self.held:
                self.stopped = True
                cut = self.held[: self.held.index(s)]
                self.held = ""
                return [TextDelta(cut)] if cut else []
        keep = max((len(s) - 1 for s in self.stop), default=0)
        out, self.held = (self.held[:-keep], self.held[-keep:]) if keep else (self.held, "")
        return [TextDelta(out)] if out else []

    def flush(self) -> list[Event]:
        tail = self.utf8.decode(b"", final=True)
        if self.state == "args" and tail:
            return [ArgumentsDelta(len(self.calls) - 1, tail)]
        if self.state == "text":
            text, self.held = self.held + tail, ""
            return [TextDelta(text)] if text else []
        return []


@dataclass
class _ToolEntry:
    states: SegmentStates
    cross: list[KV]  # per decoder layer: the tool's cross-attention keys/values

    @property
    def nbytes(self) -> int:
        kvs = [*self.states.self_kv, *self.cross]
        tensors = [t for kv in kvs for t in kv] + [self.states.memory]
        return sum(t.numel() * t.element_size() for t in tensors)


class Engine:
    """The student, its tokenizer and caches, behind one `stream(request)` call (not thread-safe:
    the server runs it on one worker thread). `speed` picks the runtime (`model.runtime`); every
    switch in it leaves greedy answers unchanged except `weights="int8"`."""

    def __init__(
        self,
        model: Student,
        tok: ThimbleTokenizer,
        tool_style: str = "compact",
        device: str | torch.device = "cpu",
        tool_cache_size: int = 1024,
        tool_cache_mb: int = 128,  # 40 KB per tool token (float32 keys/values): 30 tools ~ 90 MB
        grammar_cache_size: int = 256,
        card: dict[str, Any] | None = None,
        speed: Speed | None = None,
    ) -> None:
        self.card = card or {}
        self.model = model.eval().to(device)
        self.tok, self.tool_style, self.device = tok, tool_style, torch.device(device)
        self.cfg = model.cfg
        self.speed = speed = speed or Speed()
        if speed.threads and self.device.type == "cpu":  # process-wide: only when asked
            torch.set_num_threads(speed.threads)
        self.runner: Student | FastStudent = model
        self.dtype = next(model.parameters()).dtype
        if speed.fast:
            fast = FastStudent(model, speed.resolved_weights(self.device)).to(self.device)
            self.runner, self.dtype = fast, fast.dtype
        self._tools: OrderedDict[str, _ToolEntry] = OrderedDict()
        self._grammars: OrderedDict[tuple[Any, ...], llguidance.LLMatcher] = OrderedDict()
        self._validators: OrderedDict[str, Any] = OrderedDict()  # jsonschema, by tool key
        self.tool_cache_size, self.grammar_cache_size = tool_cache_size, grammar_cache_size
        self.tool_cache_mb, self._tool_bytes = tool_cache_mb, 0
        # llguidance's packed mask, 32 tokens per int32 (`llguidance.torch` has the same helpers,
        # but importing it runs a torch.compile decorator: +115 MB of resident memory)
        self._mask = torch.full((1, (tok.llg.vocab_size + 31) // 32), -1, dtype=torch.int32)

    def drop_reference_weights(self) -> None:
        """Free the float32 `Student` weights when the fast runtime holds its own copy (about
        100 MB for the default shape); `self.model` keeps its shape and parameter count only.
        For engines that own their model, such as the server's (`load_engine`)."""
        if isinstance(self.runner, FastStudent) and self.cfg.tool_isolation:
            self.model.to("meta")

    # ---- grammar ----

    def matcher(self, request: Request) -> llguidance.LLMatcher:
        """A fresh matcher for the request (compiled once per distinct constraints); raises
        GrammarError, so callers can reject a request before anything is streamed."""
        # Keyed by what `build_grammar` reads, so a hit skips building the grammar too (a
        # millisecond for 8 tools, several for 30, and the server asks twice per request).
        key = (
            tuple((t.key, t.strict) for t in request.tools),
            request.choice,
            json.dumps(request.response_format, sort_keys=True),
        )
        cached = self._grammars.get(key)
        if cached is None:
            grammar = build_grammar(request.tools, request.choice, request.response_format)
            cached = compile_grammar(self.tok.llg, grammar)
            if not self.speed.grammar_cache:
                return cached
            self._grammars[key] = cached
            if len(self._grammars) > self.grammar_cache_size:
                self._grammars.popitem(last=False)
        self._grammars.move_to_end(key)
        return cached.deep_copy()

    # ---- encoder ----

    def _tool_entries(
        self, keys: list[str], tools: list[list[int]], stats: Stats
    ) -> list[_ToolEntry]:
        """Each tool's states, from the cache or encoded now (each tool alone: packing a
        request's new tools into one forward measured 6-9% slower, see bench/README)."""
        found = {k: self._tools[k] for k in keys if self.speed.tool_cache and k in self._tools}
        stats.tool_cache_hits += sum(k in found for k in keys)
        new = {k: ids for k, ids in zip(keys, tools, strict=True) if k not in found}
        for k, ids in new.items():
            tool = torch.tensor([ids], device=self.device)
            states = self.runner.encode_tool(tool)
            found[k] = _ToolEntry(states, self.runner.cross_kv(states.memory, tool))
            if isinstance(self.runner, FastStudent):  # reads only keys/values from here on
                states.memory = states.memory[:, :0]
        if self.speed.tool_cache:
            for k in new:
                self._tools[k] = found[k]
                self._tool_bytes += found[k].nbytes
            for k in keys:
                self._tools.move_to_end(k)
            while len(self._tools) > self.tool_cache_size or (
                self._tool_bytes > self.tool_cache_mb * 2**20 and len(self._tools) > 1
            ):
                self._tool_bytes -= self._tools.popitem(last=False)[1].nbytes
        return [found[k] for k in keys]

    def encode(self, request: Request, stats: Stats) -> list[KV]:
        """Cross-attention keys/values for every decoder layer: cached tools + the conversation."""
        cfg = self.cfg
        prompt = build_prompt(
            self.tok,
            request.tools,
            request.messages,
            cfg.max_tool_tokens,
            cfg.max_prompt_tokens,
            self.tool_style,
        )
        stats.prompt_tokens = sum(map(len, prompt.tools)) + len(prompt.conversation)
        conv = torch.tensor([prompt.conversation or [BOS]], device=self.device)
        if not cfg.tool_isolation:  # full attention: one sequence, nothing to cache
            ids, pos, seg = (
                torch.tensor([x], device=self.device) for x in flatten_prompt(prompt, False)
            )
            return self.model.cross_kv(self.model.encode(ids, pos, seg), ids)
        keys = [f"{self.tool_style}:{k}" for k in prompt.tool_keys]
        entries = self._tool_entries(keys, prompt.tools, stats) if keys else []
        pos = torch.arange(conv.shape[1], device=self.device)[None]
        memory = self.runner.encode_conversation(conv, pos, [e.states for e in entries])
        own = self.runner.cross_kv(memory[:, memory.shape[1] - conv.shape[1] :], conv)
        return [
            (
                torch.cat([e.cross[i][0] for e in entries] + [own[i][0]], 2),
                torch.cat([e.cross[i][1] for e in entries] + [own[i][1]], 2),
            )
            for i in range(len(own))
        ]

    # ---- decoder ----

    @torch.inference_mode()
    def stream(self, request: Request) -> Iterator[Event]:
        stats, s = Stats(), request.sampling
        t0 = time.perf_counter()
        matcher = self.matcher(request)
        t1 = time.perf_counter()
        cross = self.encode(request, stats)
        t2 = time.perf_counter()
        stats.grammar_ms, stats.encode_ms = (t1 - t0) * 1e3, (t2 - t1) * 1e3
        budget = min(s.max_tokens or self.cfg.max_output_tokens, self.cfg.max_output_tokens)
        cache = KVCache(self.cfg, budget + 2, self.device, self.dtype)
        gen = None
        if s.temperature > 0:
            gen = torch.Generator(device=self.device)
            gen.manual_seed(s.seed if s.seed is not None else int(time.time_ns()))
        events = _EventBuilder(self.tok, s.stop)
        pending, out = [BOS], 0
        reason: FinishReason | None = None
        jump = self.speed.jump_forward
        while reason is None:
            g0 = time.perf_counter()
            forced = matcher.compute_ff_tokens()[: budget - out] if jump else []
            if not forced:
                matcher.unsafe_compute_mask_ptr(self._mask.data_ptr(), self._mask.numel() * 4)
                if matcher.is_stopped():
                    break
                ok = allowed_tokens(self._mask, self.cfg.vocab_size)
                if jump:  # exactly one allowed token (e.g. <|eos|>) needs no model call either
                    only = ok.nonzero()[:, 0]
                    forced = only.tolist() if only.numel() == 1 else []
                if ok[EOS] and events.repeated:
                    # the answer may end here and its last call repeats an earlier one: end it,
                    # rather than let the loop run into max_tokens and cut a call short
                    forced = [EOS]
            stats.grammar_ms += (time.perf_counter() - g0) * 1e3
            if forced:
                stats.forced_tokens += len(forced)
                chosen = forced
            else:
                d0 = time.perf_counter()
                ids = torch.tensor([pending], device=self.device)
                chosen = [self._next(ids, ok.to(self.device), cross, cache, gen, s)]
                stats.decode_ms += (time.perf_counter() - d0) * 1e3
                stats.chosen_tokens += 1
                pending = []
            if not matcher.consume_tokens(chosen):
                raise RuntimeError(f"grammar rejected tokens {chosen}: {matcher.get_error()}")
            for t in chosen:
                yield from events.feed(t)
                if t == EOS:
                    reason = "stop"
            if chosen[-1] != EOS:
                pending += chosen
                out += len(chosen)
            if events.stopped:
                reason = "stop"
            elif reason is None and out >= budget:
                reason = "length"
        if reason != "stop":  # EOS flushed already; a stop sequence drops the rest
            yield from events.flush()
        stats.completion_tokens = out
        self._check(request, events.calls, reason == "length")
        final: FinishReason = (
            "length" if reason == "length" else ("tool_calls" if events.calls else "stop")
        )
        yield Finished(final, stats)

    def _next(
        self,
        ids: torch.Tensor,
        ok: torch.Tensor,
        cross: list[KV],
        cache: KVCache,
        gen: torch.Generator | None,
        s: Sampling,
    ) -> int:
        """One model call on the pending tokens (1, t), then a choice among the allowed tokens
        (`ok`, boolean over the vocabulary)."""
        runner = self.runner
        if self.speed.sparse_logits and isinstance(runner, FastStudent):
            allowed = ok.nonzero()[:, 0]
            if allowed.numel() <= self.speed.sparse_limit:
                sub = runner.decode_step(ids, cross, cache, allowed)[0, -1]
                if s.temperature <= 0 or gen is None:
                    return int(allowed[int(sub.argmax())])
                logits = torch.full((self.cfg.vocab_size,), float("-inf"), device=self.device)
                return self._sample(logits.index_put_((allowed,), sub.float()), s, gen)
        logits = runner.decode_step(ids, cross, cache)[0, -1]
        return self._sample(logits.masked_fill(~ok, float("-inf")), s, gen)

    def _sample(self, logits: torch.Tensor, s: Sampling, gen: torch.Generator | None) -> int:
        if s.temperature <= 0 or gen is None:
            return int(logits.argmax())
        # float64, shifted so the largest is 0: a tiny temperature cannot make 0/0 or inf - inf
        logits = logits.double()
        probs = torch.softmax((logits - logits.max()) / s.temperature, -1)
        if s.top_p < 1.0:
            sorted_p, idx = probs.sort(descending=True)
            drop = sorted_p.cumsum(-1) - sorted_p > s.top_p
            probs = torch.zeros_like(probs).scatter(0, idx, sorted_p.masked_fill(drop, 0.0))
        return int(torch.multinomial(probs, 1, generator=gen))

    def _validator(self, tool: Tool) -> Any:
        """`jsonschema.validate` without re-checking the schema on every call."""
        key = tool.key
        validator = self._validators.get(key)
        if validator is None:
            cls = jsonschema.validators.validator_for(tool.parameters)
            cls.check_schema(tool.parameters)
            validator = self._validators[key] = cls(tool.parameters)
            if len(self._validators) > self.tool_cache_size:
                self._validators.popitem(last=False)
        self._validators.move_to_end(key)
        return validator

    def _check(self, request: Request, calls: list[tuple[str, bytearray]], truncated: bool) -> None:
        """Second line of defence: every complete call must validate against its schema."""
        schemas = {t.name: t for t in request.tools}
        for k, (name, raw) in enumerate(calls):
            if truncated and k == len(calls) - 1:
                return
            tool = schemas[name]
            try:
                error = jsonschema.exceptions.best_match(
                    self._validator(tool).iter_errors(json.loads(raw))
                )
                if error is not None:
                    raise error
            except (ValueError, jsonschema.ValidationError) as e:
                if tool.strict:
                    raise RuntimeError(f"call to {name} escaped its grammar: {e}") from e
                log.warning("call to %s does not validate (relaxed schema keyword?): %s", name, e)


def load_engine(
    path: Path | None = None, device: str = "auto", speed: Speed | None = None
) -> Engine:
    """The engine over a checkpoint card (default: the shipped model; see `model.weights`)."""
    model, tok, card = load_default(path, device)
    tool_format = card.get("tool_format", "compact")
    # the serving path owns its process, so it sets torch's threads too (`auto_threads`)
    speed = speed or Speed()
    speed = replace(speed, threads=speed.resolved_threads())
    engine = Engine(model, tok, tool_format, resolve_device(device), card=card, speed=speed)
    engine.drop_reference_weights()
    return engine


_BITS = torch.arange(32, dtype=torch.int32)


def allowed_tokens(mask: torch.Tensor, vocab: int) -> torch.Tensor:
    """Boolean (vocab,) from llguidance's packed (1, ceil(V/32)) int32 bitmask; ids past the
    grammar tokenizer's vocabulary are never allowed."""
    bits = ((mask[0, :, None] >> _BITS) & 1).flatten().bool()
    out = torch.zeros(vocab, dtype=torch.bool)
    n = min(vocab, bits.numel())
    out[:n] = bits[:n]
    return out
