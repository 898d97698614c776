"""Grammar-constrained decoding: the one path every answer goes through.

`Engine.begin(request)` compiles the request's llguidance grammar and encodes it (tool segments
from an LRU cache keyed by schema hash, the conversation fresh). The request then joins a `Batch`,
and each `Engine.step(batch)` advances every request in it by one model call:

- tokens the grammar forces (keys, punctuation, the rest of a tool name) are appended without
  asking the model, and fed to the decoder as one chunk before the next real choice (jump-forward);
- otherwise the model's logits are masked to what the grammar allows and a token is chosen
  (greedy, or temperature / top-p with a seeded generator), for all rows in one forward pass.

The server's worker keeps one batch that requests join and leave (`app.worker`); `stream(request)`
decodes one request on its own. Each request collects `Event`s built from decoder and grammar
state (which special token opened which part), never by re-parsing partial JSON: `CallStarted`,
`ArgumentsDelta`, `TextDelta`, and a final `Finished` with the finish reason and counts.
Streaming and non-streaming answers are both built from these events. Every finished call is
checked with `jsonschema` as a second line of defence.
"""

from __future__ import annotations

import codecs
import json
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import jsonschema
import llguidance
import torch

from model.batch import BatchCache, joined
from model.caches import Caches, grammar_bytes, validator_bytes
from model.format import Message, Tool, build_prompt, flatten_prompt, tool_segment, tool_text
from model.grammar import ToolChoice, build_grammar, compile_grammar
from model.loop_guard import (
    CLOSE_AFTER,
    LATE,
    TAIL_BYTES,
    cycle,
    end_long_number,
    few_bytes,
    forbid_loop,
    in_string,
)
from model.minilm import WordPiece
from model.runtime import FastStudent, Speed
from model.span_format import Conversation, Slot, conversation, copied_value, copy_slot, span_text
from model.span_student import SpanStudent, best_span, span_means
from model.student import KV, KVCache, SegmentStates, Student
from model.tokenizer import ARGS, BOS, CALL, EOS, TEXT, ThimbleTokenizer
from model.truncation import cut_tool, fit_conversation
from model.weights import WORDPIECE, load_default, resolve_device

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


@dataclass(frozen=True)
class Chosen:
    """One choice the model made freely (tokens the grammar forced are never here): today one
    token; a copied span would be one `Chosen` holding its tokens and its pointer's probability."""

    tokens: tuple[int, ...]
    logprob: float  # natural log of its probability among what the grammar allowed


@dataclass
class Stats:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    forced_tokens: int = 0
    chosen_tokens: int = 0
    tool_cache_hits: int = 0
    loop_cuts: int = 0  # choices where the repetition guard forbade continuing a cycle
    tool_cache_misses: int = 0  # tools encoded for this request
    encode_ms: float = 0.0
    decode_ms: float = 0.0  # model forward passes while decoding
    grammar_ms: float = 0.0  # masks, forced tokens, compilation
    grammar_compile_ms: float | None = None  # building and compiling its grammar; None: cached
    first_token_ms: float = 0.0  # the server's: from its queue to the first event (`app.worker`)
    chosen: list[Chosen] = field(default_factory=list)  # what `model.confidence` scores


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
        self.tail = b""  # the last bytes of the current call's arguments or of the text

    def feed(self, token: int) -> list[Event]:
        if token == CALL:
            self.state, self.name = "name", bytearray()
            return []
        if token == ARGS:
            self.calls.append((self.name.decode("utf-8", "replace"), bytearray()))
            self.state, self.tail = "args", b""
            return [CallStarted(len(self.calls) - 1, self.calls[-1][0])]
        if token == TEXT:
            self.state, self.tail = "text", b""
            return []
        if token == EOS:
            return self.flush()
        raw = self.tok.token_bytes[token]
        if self.state in ("args", "text"):
            self.tail = (self.tail + raw)[-TAIL_BYTES:]
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
    ids: list[int]  # its encoder segment
    states: SegmentStates
    cross: list[KV]  # per decoder layer: the tool's cross-attention keys/values

    @property
    def nbytes(self) -> int:
        kvs = [*self.states.self_kv, *self.cross]
        tensors = [t for kv in kvs for t in kv] + [self.states.memory]
        return sum(t.numel() * t.element_size() for t in tensors)


@dataclass
class SpanSource:
    """Student 2's copy source: the conversation (text, tokens, offsets), its memory and the
    pointer's keys over it."""

    conv: Conversation
    memory: torch.Tensor  # (1, S, C)
    keys: torch.Tensor  # (1, 2, S, C)
    allowed: torch.Tensor  # (S,) bool: tokens a span may start or end on ([CLS]/[SEP] not)


@dataclass
class Encoded:
    """A prompt's cross-attention source: its tools' entries (shared, under `key`, by every
    request that offers the same tools) and the conversation's own (per decoder layer, plus the
    copy head's entry, as `cross_kv` gives them)."""

    tools: list[_ToolEntry]
    own: list[KV]
    key: str = ""  # the tool set; "" when the tools are not kept apart (no tool isolation)
    span: SpanSource | None = None  # Student 2: what its pointer copies from

    def whole(self) -> list[KV]:
        """Tools then conversation, as one source (the reference runtime's)."""
        return joined([*(e.cross for e in self.tools), self.own])


@dataclass(eq=False)
class Decoding:
    """One request in flight (`Engine.begin`): its grammar, prompt states and answer so far."""

    request: Request
    matcher: llguidance.LLMatcher
    prompt: Encoded  # until it joins a batch, whose cache then holds it (fast runtime)
    stats: Stats
    budget: int  # completion tokens
    events: _EventBuilder
    gen: torch.Generator | None  # set when sampling
    cache: KVCache | None  # the reference runtime's own decoder cache
    cross: list[KV] | None = None  # and its whole source, made at its first step
    pending: list[int] = field(default_factory=lambda: [BOS])  # fed at the next model call
    out: int = 0  # completion tokens so far
    ok: torch.Tensor | None = None  # tokens allowed at the next choice (vocab,) bool
    reason: FinishReason | None = None
    stopped: bool = False  # the grammar has nothing left to accept
    error: Exception | None = None
    new: list[Event] = field(default_factory=list)
    # Student 2: where a copy may go at the next choice, the pointer's last scores (2, S), a
    # chosen copy (its tokens, its span's state) and that state, fed with the COPY action
    slot: Slot | None = None
    scores: torch.Tensor | None = None
    copy: tuple[list[int], torch.Tensor] | None = None
    span_in: torch.Tensor | None = None

    @property
    def done(self) -> bool:
        return self.reason is not None or self.stopped or self.error is not None

    def drain(self) -> list[Event]:
        """The events since the last call."""
        out, self.new = self.new, []
        return out


class Batch:
    """Requests decoding together; `rows[i]` is row i of the fast runtime's `cache` (a row that
    leaves is replaced by the last one, in both)."""

    def __init__(self, cache: BatchCache) -> None:
        self.cache = cache
        self.rows: list[Decoding] = []

    def add(self, d: Decoding) -> None:
        if d.cache is None:
            p = d.prompt
            self.cache.add([*(e.cross for e in p.tools), p.own], p.key)
            d.prompt = Encoded([], [])
        self.rows.append(d)

    @torch.inference_mode()  # the fast runtime's storage is inference tensors, moved in place
    def remove(self, d: Decoding) -> None:
        i = next(i for i, r in enumerate(self.rows) if r is d)
        if d.cache is None:
            self.cache.remove(i)
        self.rows[i] = self.rows[-1]
        self.rows.pop()


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
        cache_mb: float = 64,  # tools, grammars, validators together (`model.caches`)
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
        self.span = isinstance(model, SpanStudent)  # Student 2: reads WordPiece, copies spans
        self.wp = WordPiece(WORDPIECE) if self.span else None
        if speed.fast and not self.span:  # the fast runtime is the first student's
            fast = FastStudent(model, speed.resolved_weights(self.device)).to(self.device)
            self.runner, self.dtype = fast, fast.dtype
        # tool states (40 KB per tool token, float32), compiled grammars, validators
        self.caches = Caches(cache_mb)
        self._own = self.batch()  # for `stream`; the server's worker keeps a batch of its own
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

    def matcher(self, request: Request, stats: Stats | None = None) -> llguidance.LLMatcher:
        """A fresh matcher for the request (compiled once per distinct constraints); raises
        GrammarError, so callers can reject a request before anything is streamed."""
        return self.compiled(request, stats)[0]

    def compiled(
        self, request: Request, stats: Stats | None = None
    ) -> tuple[llguidance.LLMatcher, tuple[str, ...]]:
        """`matcher`, and what was relaxed in the request's non-strict schemas. Thread-safe (the
        server calls it on a request thread before queueing, `app.prepare`)."""
        # Keyed by what `build_grammar` reads, so a hit skips building the grammar too (a
        # millisecond for 8 tools, several for 30, and the server asks twice per request).
        key = (
            tuple((t.key, t.strict) for t in request.tools),
            request.choice,
            json.dumps(request.response_format, sort_keys=True),
        )
        cached = self.caches.get("grammar", key) if self.speed.grammar_cache else None
        if cached is None:
            t0 = time.perf_counter()
            notes: list[str] = []
            grammar = build_grammar(request.tools, request.choice, request.response_format, notes)
            cached = (compile_grammar(self.tok.llg, grammar), tuple(notes))
            if stats is not None:
                stats.grammar_compile_ms = (time.perf_counter() - t0) * 1e3
            if not self.speed.grammar_cache:
                return cached
            self.caches.put("grammar", key, cached, grammar_bytes(grammar))
        return cached[0].deep_copy(), cached[1]

    # ---- encoder ----

    def _tool_entries(
        self, keys: list[str], tools: list[list[int]], stats: Stats
    ) -> list[_ToolEntry]:
        """Each tool's states, from the cache or encoded now (each tool alone: packing a
        request's new tools into one forward measured 6-9% slower, see bench/README)."""
        cached = {k: self.caches.get("tool", k) for k in keys} if self.speed.tool_cache else {}
        found = {k: e for k, e in cached.items() if e is not None}
        stats.tool_cache_hits += sum(k in found for k in keys)
        stats.tool_cache_misses += sum(k not in found for k in keys)
        new = {k: ids for k, ids in zip(keys, tools, strict=True) if k not in found}
        for k, ids in new.items():
            tool = torch.tensor([ids], device=self.device)
            states = self.runner.encode_tool(tool)
            found[k] = _ToolEntry(ids, states, self.runner.cross_kv(states.memory, tool))
            if isinstance(self.runner, FastStudent):  # reads only keys/values from here on
                states.memory = states.memory[:, :0]
        if self.speed.tool_cache:
            for k in new:
                self.caches.put("tool", k, found[k], found[k].nbytes)
        return [found[k] for k in keys]

    def _tool_ids(self, tool: Tool) -> list[int]:
        """A tool's encoder segment, tokenised once (kept with its states in the tool cache)."""
        entry = self.caches.get("tool", f"{self.tool_style}:{tool.key}", count=False)
        if entry is not None:
            return entry.ids
        if self.wp is not None:  # Student 2: MiniLM's WordPiece, cut at its limit
            return self.wp.encode(tool_text(tool, self.tool_style), self.cfg.max_tool_tokens).ids
        whole = tool_segment(self.tok, tool, 2**31, self.tool_style)
        return cut_tool(whole, self.cfg.max_tool_tokens, tool.name)  # a cut is logged

    def encode(self, request: Request, stats: Stats) -> Encoded:
        """Cross-attention keys/values for every decoder layer: cached tools + the conversation."""
        if self.wp is not None:
            return self._encode_span(request, stats, self.wp)
        cfg = self.cfg
        prompt = build_prompt(
            self.tok,
            request.tools,
            # the system message and the latest turns (`model.truncation`)
            fit_conversation(self.tok, request.messages, cfg.max_prompt_tokens)[0],
            cfg.max_tool_tokens,
            cfg.max_prompt_tokens,
            self.tool_style,
            self._tool_ids,
        )
        stats.prompt_tokens = sum(map(len, prompt.tools)) + len(prompt.conversation)
        conv = torch.tensor([prompt.conversation or [BOS]], device=self.device)
        if not cfg.tool_isolation:  # full attention: one sequence, nothing to cache
            ids, pos, seg = (
                torch.tensor([x], device=self.device) for x in flatten_prompt(prompt, False)
            )
            return Encoded([], self.model.cross_kv(self.model.encode(ids, pos, seg), ids))
        keys = [f"{self.tool_style}:{k}" for k in prompt.tool_keys]
        entries = self._tool_entries(keys, prompt.tools, stats) if keys else []
        pos = torch.arange(conv.shape[1], device=self.device)[None]
        memory = self.runner.encode_conversation(conv, pos, [e.states for e in entries])
        own = self.runner.cross_kv(memory[:, memory.shape[1] - conv.shape[1] :], conv)
        return Encoded(entries, own, "|".join(keys))

    # ---- decoder ----

    @torch.inference_mode()
    def begin(self, request: Request, matcher: llguidance.LLMatcher | None = None) -> Decoding:
        """Compile the grammar (GrammarError for constraints it cannot enforce) unless `matcher`
        is given (the server compiles before queueing) and encode the prompt: a request ready to
        join a `Batch`."""
        stats, s = Stats(), request.sampling
        t0 = time.perf_counter()
        matcher = self.matcher(request, stats) if matcher is None else matcher
        t1 = time.perf_counter()
        prompt = self.encode(request, stats)
        stats.grammar_ms, stats.encode_ms = (t1 - t0) * 1e3, (time.perf_counter() - t1) * 1e3
        budget = min(s.max_tokens or self.cfg.max_output_tokens, self.cfg.max_output_tokens)
        gen = None
        if s.temperature > 0:
            gen = torch.Generator(device=self.device)
            gen.manual_seed(s.seed if s.seed is not None else int(time.time_ns()))
        cache = None
        if not isinstance(self.runner, FastStudent):  # the reference decodes one row at a time
            cache = KVCache(self.cfg, budget + 2, self.device, self.dtype)
        return Decoding(
            request, matcher, prompt, stats, budget, _EventBuilder(self.tok, s.stop), gen, cache
        )

    def batch(self) -> Batch:
        return Batch(BatchCache(self.cfg, self.device, self.dtype))

    def stream(self, request: Request) -> Iterator[Event]:
        """One request's events, decoded in the engine's own batch (rows of other `stream`
        generators still open advance with it; each drains only its own events)."""
        d = self.begin(request)
        self._own.add(d)
        try:
            while not d.done:
                self.step(self._own)
                yield from d.drain()
        finally:
            if not d.done:  # the caller stopped early: free the row
                self._own.remove(d)
        yield from d.drain()
        if d.error is not None:
            raise d.error

    @torch.inference_mode()
    def step(self, batch: Batch) -> None:
        """Advance every row of the batch by one model call: each row first takes the tokens its
        grammar forces (no model call), then the rows still going choose one token each, in one
        forward pass. Events collect on each row (`Decoding.drain`); finished rows (including
        those whose request failed, `Decoding.error`) leave the batch with a `Finished` event."""
        for d in batch.rows:
            self._guard(d, self._force, d)
        self._retire(batch)
        if not batch.rows:
            return
        rows = batch.rows
        d0 = time.perf_counter()
        tokens = self._choose(rows, batch.cache)
        ms = (time.perf_counter() - d0) * 1e3
        for d, token in zip(rows, tokens, strict=True):
            d.stats.decode_ms += ms
            d.stats.chosen_tokens += 1
            d.pending = []
            self._guard(d, self._take, d, token)
        self._retire(batch)

    def _guard(self, d: Decoding, fn: Callable[..., None], *args: Any) -> None:
        """Run one row's part of a step; a failure ends that row only."""
        try:
            fn(*args)
        except Exception as e:
            d.error = e

    def _retire(self, batch: Batch) -> None:
        for d in [d for d in batch.rows if d.done]:
            batch.remove(d)
            if d.error is None:
                self._guard(d, self._finish, d)

    def _force(self, d: Decoding) -> None:
        """Take the tokens the grammar forces until the row must choose (`d.ok` set) or ends."""
        jump = self.speed.jump_forward
        while not d.done:
            g0 = time.perf_counter()
            forced = d.matcher.compute_ff_tokens()[: d.budget - d.out] if jump else []
            if not forced:
                d.matcher.unsafe_compute_mask_ptr(self._mask.data_ptr(), self._mask.numel() * 4)
                if d.matcher.is_stopped():
                    d.stopped = True
                    return
                d.ok = allowed_tokens(self._mask, self.cfg.vocab_size)
                # a looping value may not go on looping (`model.loop_guard`)
                # the model's own cap, not a client's max_tokens (that one cuts, as OpenAI's)
                late = d.out >= LATE * self.cfg.max_output_tokens
                close = self._closing(d, late)
                cut = forbid_loop(d.events.tail, d.ok, self.tok.token_bytes, close, EOS, late)
                args = bytes(d.events.calls[-1][1]) if d.events.state == "args" else b""
                cut += end_long_number(args, d.ok, self.tok.token_bytes)
                d.stats.loop_cuts += cut > 0
                # no copy while a value loops: a copied span could carry the cycle on
                looping = (
                    cut > 0 or cycle(d.events.tail) is not None or bool(few_bytes(d.events.tail))
                )
                in_args = self.span and d.events.state == "args" and not looping
                d.slot = copy_slot(args) if in_args else None
                if jump:  # exactly one allowed token (e.g. <|eos|>) needs no model call either
                    only = d.ok.nonzero()[:, 0]
                    forced = only.tolist() if only.numel() == 1 else []
                if d.ok[EOS] and d.events.repeated:
                    # the answer may end here and its last call repeats an earlier one: end it,
                    # rather than let the loop run into max_tokens and cut a call short
                    forced = [EOS]
            d.stats.grammar_ms += (time.perf_counter() - g0) * 1e3
            if not forced:
                return
            d.stats.forced_tokens += len(forced)
            self._accept(d, forced)

    def _take(self, d: Decoding, token: int) -> None:
        """The row's choice: a token, or (Student 2) a copy, whose tokens go to the grammar and
        the answer while the decoder is fed the COPY action and the span's state."""
        if d.copy is None:
            return self._accept(d, [token])
        tokens, d.span_in = d.copy
        d.copy, d.slot = None, None
        self._accept(d, tokens, fed=[token])

    @staticmethod
    def _closing(d: Decoding, late: bool) -> bytes | None:
        """The bytes that would end the value being written, once the repetition guard has cut
        this request `CLOSE_AFTER` times, or the answer is `late` (then the whole answer must
        end: closing brackets, not another item); None before: a loop is only cut."""
        if d.stats.loop_cuts < CLOSE_AFTER and not late:
            return None
        if d.events.state != "args":
            return b""
        if in_string(bytes(d.events.calls[-1][1])):
            return b'"'
        return b"}]" if late else b",}]"

    def _accept(self, d: Decoding, tokens: list[int], fed: list[int] | None = None) -> None:
        if not d.matcher.consume_tokens(tokens):
            raise RuntimeError(f"grammar rejected tokens {tokens}: {d.matcher.get_error()}")
        for t in tokens:
            d.new += d.events.feed(t)
            if t == EOS:
                d.reason = "stop"
        if tokens[-1] != EOS:
            d.pending += tokens if fed is None else fed
            d.out += len(tokens)
        if d.events.stopped:
            d.reason = "stop"
        elif d.reason is None and d.out >= d.budget:
            d.reason = "length"

    def _finish(self, d: Decoding) -> None:
        if d.reason != "stop":  # EOS flushed already; a stop sequence drops the rest
            d.new += d.events.flush()
        d.stats.completion_tokens = d.out
        self._check(d.request, d.events.calls, d.reason == "length")
        final: FinishReason = (
            "length" if d.reason == "length" else ("tool_calls" if d.events.calls else "stop")
        )
        d.new.append(Finished(final, d.stats))

    def _choose(self, rows: list[Decoding], cache: BatchCache) -> list[int]:
        """One model call on every row's pending tokens, then each row's choice among the tokens
        its grammar allows (`Decoding.ok`)."""
        if self.span:
            return [self._choose_span(d) for d in rows]
        ok = torch.stack([d.ok for d in rows if d.ok is not None]).to(self.device)
        allowed = None  # the token ids whose logits are computed; None: all of them
        if not isinstance(self.runner, FastStudent):  # the reference, one row at a time
            logits = torch.cat([self._reference_step(d) for d in rows])
        else:
            counts = [len(d.pending) for d in rows]
            T = max(counts)
            ids = torch.tensor([d.pending + [0] * (T - len(d.pending)) for d in rows])
            if self.speed.sparse_logits:  # every row's allowed tokens
                allowed = (ok[0] if len(rows) == 1 else ok.any(0)).nonzero()[:, 0]
                if allowed.numel() > self.speed.sparse_limit:
                    allowed = None
            logits = self.runner.decode_batch(ids.to(self.device), counts, cache, allowed)
            if allowed is not None and len(rows) == 1:  # computed for allowed tokens only
                return self._pick(rows, logits, allowed)
        if allowed is not None:
            ok = ok[:, allowed]
        return self._pick(rows, logits.masked_fill(~ok, float("-inf")), allowed)

    # ---- Student 2 ----

    def _encode_span(self, request: Request, stats: Stats, wp: WordPiece) -> Encoded:
        """Cached tools' states and the conversation's, plus what the pointer copies from."""
        conv = conversation(wp, request.messages, self.cfg.max_prompt_tokens)
        tools = [self._tool_ids(t) for t in request.tools]
        stats.prompt_tokens = sum(map(len, tools)) + len(conv.pieces.ids)
        keys = [f"{self.tool_style}:{t.key}" for t in request.tools]
        entries = self._tool_entries(keys, tools, stats) if keys else []
        ids = torch.tensor([conv.pieces.ids], device=self.device)
        pos = torch.arange(ids.shape[1], device=self.device)[None]
        memory = self.runner.encode_conversation(ids, pos, [e.states for e in entries])
        own = memory[:, memory.shape[1] - ids.shape[1] :]
        allowed = torch.tensor([e > s for s, e in conv.pieces.offsets], device=self.device)
        assert isinstance(self.model, SpanStudent)
        source = SpanSource(conv, own, self.model.pointer_keys(own), allowed)
        return Encoded(entries, self.model.cross_kv(own), "|".join(keys), source)

    def _choose_span(self, d: Decoding) -> int:
        """One Student 2 step for a row: its token or COPY (vocab_size). A copy whose text the
        grammar rejects (an enum, a number expected) falls back to the best token."""
        assert isinstance(self.model, SpanStudent) and d.ok is not None and d.cache is not None
        source = d.prompt.span
        assert source is not None
        if d.cross is None:
            d.cross = d.prompt.whole()
        spans = None
        if d.span_in is not None:  # the COPY fed first: its span's state goes with it
            spans = torch.zeros(1, len(d.pending), self.cfg.d_model, device=self.device)
            spans[:, 0] = d.span_in[:, 0]
            d.span_in = None
        ids = torch.tensor([d.pending], device=self.device)
        logits, scores = self.model.decode_step(ids, d.cross, d.cache, spans, source.keys)
        ok = torch.cat([d.ok.to(self.device), torch.tensor([d.slot is not None])])
        token = self._pick([d], logits.masked_fill(~ok, float("-inf")), None)[0]
        if token != self.model.copy_id:
            return token
        first, last, span_lp = best_span(scores, self.cfg.max_span_tokens, source.allowed)
        assert d.slot is not None
        value = copied_value(span_text(source.conv, first, last), d.slot)
        tokens = self.tok.encode(value)
        if tokens and d.matcher.validate_tokens(tokens) == len(tokens):
            state = span_means(source.memory, torch.tensor([[first]]), torch.tensor([[last]]))
            d.copy = (tokens, state)
            chosen = d.stats.chosen.pop()
            d.stats.chosen.append(Chosen(tuple(tokens), chosen.logprob + span_lp))
            return token
        d.stats.chosen.pop()
        ok[-1] = False
        return self._pick([d], logits.masked_fill(~ok, float("-inf")), None)[0]

    def _reference_step(self, d: Decoding) -> torch.Tensor:
        assert d.cache is not None
        ids = torch.tensor([d.pending], device=self.device)
        if d.cross is None:
            d.cross = d.prompt.whole()
        return self.model.decode_step(ids, d.cross, d.cache)[:, -1]

    def _pick(
        self, rows: list[Decoding], logits: torch.Tensor, ids: torch.Tensor | None
    ) -> list[int]:
        """Each row's token from its masked logits (B, n) over the token ids `ids` (n,), or over
        the whole vocabulary when `ids` is None."""
        best = logits.argmax(-1)
        if ids is not None:
            best = ids[best]
        out = best.tolist()
        for b, d in enumerate(rows):
            if d.gen is not None:  # temperature > 0
                row = logits[b]
                if ids is not None:
                    row = torch.full((self.cfg.vocab_size,), float("-inf"), device=self.device)
                    row = row.index_put_((ids,), logits[b].float())
                out[b] = self._sample(row, d.request.sampling, d.gen)
        # each row's log-probability of its choice, under the masked logits (temperature 1)
        col = torch.tensor(out, device=logits.device)
        if ids is not None:  # `ids` ascend (nonzero's order): a choice's column by bisection
            col = torch.searchsorted(ids, col)
        lps = torch.log_softmax(logits.float(), -1).gather(1, col[:, None])[:, 0].tolist()
        for d, token, lp in zip(rows, out, lps, strict=True):
            d.stats.chosen.append(Chosen((token,), lp))
        return out

    def _sample(self, logits: torch.Tensor, s: Sampling, gen: torch.Generator) -> int:
        # float64, shifted so the largest is 0: a tiny temperature cannot make 0/0 or inf - inf
        logits = logits.double()
        probs = torch.softmax((logits - logits.max()) / s.temperature, -1)
        if s.top_p < 1.0:
            sorted_p, idx = probs.sort(descending=True)
            drop = sorted_p.cumsum(-1) - sorted_p > s.top_p
            probs = torch.zeros_like(probs).scatter(0, idx, sorted_p.masked_fill(drop, 0.0))
        return int(torch.multinomial(probs, 1, generator=gen))

    def _validator(self, tool: Tool) -> Any:
        """`jsonschema.validate` without re-checking the schema on every call; False for a
        schema jsonschema rejects (llguidance accepted it, so the grammar is the only check)."""

        def make() -> tuple[Any, int]:
            try:
                cls = jsonschema.validators.validator_for(tool.parameters)
                cls.check_schema(tool.parameters)
                validator = cls(tool.parameters)
            except Exception as e:  # SchemaError, or a $schema jsonschema does not know
                why = str(getattr(e, "message", e)).splitlines()[0][:200]
                log.warning("tool %s: its schema is not checked after decoding: %s", tool.name, why)
                validator = False
            return validator, validator_bytes(json.dumps(tool.parameters))

        return self.caches.get_or_make("validator", tool.key, make)

    def _check(self, request: Request, calls: list[tuple[str, bytearray]], truncated: bool) -> None:
        """Second line of defence: every complete call must validate against its schema."""
        schemas = {t.name: t for t in request.tools}
        for k, (name, raw) in enumerate(calls):
            if truncated and k == len(calls) - 1:
                return
            tool = schemas[name]
            try:
                validator = self._validator(tool)
                if validator is False:
                    continue
                error = jsonschema.exceptions.best_match(validator.iter_errors(json.loads(raw)))
                if error is not None:
                    raise error
            except (ValueError, jsonschema.ValidationError) as e:
                if tool.strict:
                    raise RuntimeError(f"call to {name} escaped its grammar: {e}") from e
                log.warning("call to %s does not validate (relaxed schema keyword?): %s", name, e)


def load_engine(
    path: Path | None = None,
    device: str = "auto",
    speed: Speed | None = None,
    cache_mb: float = 64,
) -> Engine:
    """The engine over a checkpoint card (default: the shipped model; see `model.weights`)."""
    model, tok, card = load_default(path, device)
    tool_format = card.get("tool_format", "compact")
    # the serving path owns its process, so it sets torch's threads too (`auto_threads`)
    speed = speed or Speed()
    speed = replace(speed, threads=speed.resolved_threads())
    engine = Engine(
        model, tok, tool_format, resolve_device(device), cache_mb, card=card, speed=speed
    )
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
