"""The fast inference path gives the reference path's answers: each `Speed` switch on its own,
and all of them together, decode the same greedy tokens as the training-shaped `Student` on a
fixed set of requests, for the tiny model (with and without the copy head) and the default 26M shape.

Weights are rounded to float16 first, as every shipped checkpoint is (`model.weights`): the
float16 kernels are then exact up to summation order. int8 changes the logits by design and is
checked for closeness only.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
import torch

from model.batch import BatchCache, joined
from model.config import ModelConfig
from model.format import Call, Message, Tool
from model.generate import Completion, Decoding, Engine, Event, Request, Sampling, collect
from model.grammar import ToolChoice
from model.runtime import FastStudent, Speed
from model.student import KVCache, Student
from model.tokenizer import ThimbleTokenizer
from tests.tiny import tiny_student


def _fp16(model: Student) -> Student:
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(p.half().float())
    return model


def _tool(name: str, desc: str, props: dict, required: list[str]) -> Tool:
    return Tool(name, desc, {"type": "object", "properties": props, "required": required})


TOOLS = [
    _tool(
        "set_timer",
        "Start a countdown timer.",
        {
            "minutes": {"type": "integer", "minimum": 1, "maximum": 180},
            "label": {"type": "string", "maxLength": 8},
        },
        ["minutes"],
    ),
    _tool(
        "get_weather",
        "Weather forecast for a city.",
        {"city": {"type": "string", "maxLength": 10}, "unit": {"enum": ["celsius", "fahrenheit"]}},
        ["city", "unit"],
    ),
    _tool(
        "set_thermostat",
        "Set a room's thermostat.",
        {
            "room": {"enum": ["bedroom", "office", "kitchen"]},
            "celsius": {"type": "integer", "minimum": 10, "maximum": 30},
            "eco": {"type": "boolean"},
        },
        ["room", "celsius"],
    ),
]
SHORT = [Message("user", "set the office to 22 degrees please")]
LONG = [
    Message("system", "You are a helpful assistant on the user's phone."),
    Message("user", "What's the weather in Lyon?"),
    Message("assistant", None, (Call("get_weather", '{"city":"Lyon","unit":"celsius"}'),)),
    Message("tool", '{"temp_c": 9, "conditions": "rain"}', name="get_weather"),
    Message("assistant", "It is 9°C and raining in Lyon."),
    Message("user", "Ok. Start a 20 minute timer called pasta, and warm the bedroom to 21."),
]
SCHEMA = {
    "type": "object",
    "properties": {
        "n": {"type": "integer", "minimum": 0, "maximum": 99},
        "ok": {"type": "boolean"},
    },
    "required": ["n", "ok"],
}
REQUESTS = [
    Request(TOOLS[:1], SHORT, ToolChoice("required", None, True), sampling=Sampling(max_tokens=48)),
    Request(TOOLS, SHORT, ToolChoice("required", None, True), sampling=Sampling(max_tokens=48)),
    Request(TOOLS, LONG, ToolChoice("required"), sampling=Sampling(max_tokens=64)),
    Request(TOOLS, LONG, ToolChoice("none"), sampling=Sampling(max_tokens=12)),
    Request(TOOLS, SHORT, ToolChoice("auto"), sampling=Sampling(max_tokens=24)),
    Request(
        [],
        SHORT,
        ToolChoice("auto"),
        {"type": "json_schema", "json_schema": {"name": "r", "schema": SCHEMA}},
        Sampling(max_tokens=24),
    ),
]
FAST = Speed(threads=1)
VARIANTS = {
    "fast": FAST,
    "fast-fp32": replace(FAST, weights="fp32"),
    "fast-dense-logits": replace(FAST, sparse_logits=False),
    "fast-sparse-always": replace(FAST, sparse_limit=10**9),
    "no-jump-forward": replace(FAST, jump_forward=False),
    "no-tool-cache": replace(FAST, tool_cache=False),
    "no-grammar-cache": replace(FAST, grammar_cache=False),
}


def _answer(out: Completion) -> tuple[object, ...]:
    return out.calls, out.content, out.reason, out.stats.completion_tokens


@pytest.fixture(scope="module")
def models() -> dict[str, Student]:
    torch.manual_seed(0)
    return {
        "tiny": _fp16(tiny_student(0)),
        "no-copy": _fp16(tiny_student(0, copy_head=False)),
        "default": _fp16(Student(ModelConfig()).eval()),
    }


@pytest.fixture(scope="module")
def reference(models: dict[str, Student], tokenizer: ThimbleTokenizer) -> dict[str, list]:
    ref = Speed.reference()
    out = {}
    for name, model in models.items():
        engine = Engine(model, tokenizer, speed=replace(ref, threads=1))
        out[name] = [_answer(collect(engine.stream(r))) for r in REQUESTS]
    return out


@pytest.mark.parametrize("model_name", ["tiny", "no-copy", "default"])
@pytest.mark.parametrize("variant", list(VARIANTS))
def test_fast_path_variant_decodes_the_reference_answers(
    models: dict[str, Student],
    reference: dict[str, list],
    tokenizer: ThimbleTokenizer,
    model_name: str,
    variant: str,
) -> None:
    engine = Engine(models[model_name], tokenizer, speed=VARIANTS[variant])
    for _ in range(2):  # cold caches, then warm
        got = [_answer(collect(engine.stream(r))) for r in REQUESTS]
        assert got == reference[model_name]


def _together(engine: Engine, requests: list[Request]) -> list[tuple[object, ...]]:
    """Decode the requests in one batch, each joining a step after the one before, so that rows
    join, grow the storage, and leave (the last row moving into their place) mid-decoding."""
    batch, waiting = engine.batch(), list(requests)
    rows: list[Decoding] = []
    events: list[list[Event]] = []
    while waiting or batch.rows:
        if waiting:
            rows.append(engine.begin(waiting.pop(0)))
            events.append([])
            batch.add(rows[-1])
        engine.step(batch)
        for d, got in zip(rows, events, strict=True):
            got += d.drain()
    assert all(d.error is None for d in rows)
    return [_answer(collect(iter(got))) for got in events]


@pytest.mark.parametrize("model_name", ["tiny", "no-copy", "default"])
def test_requests_decoded_together_get_the_answers_they_get_alone(
    models: dict[str, Student],
    reference: dict[str, list],
    tokenizer: ThimbleTokenizer,
    model_name: str,
) -> None:
    engine = Engine(models[model_name], tokenizer, speed=FAST)
    assert _together(engine, REQUESTS) == reference[model_name]
    assert _together(engine, REQUESTS[::-1]) == reference[model_name][::-1]


def test_reference_answers_are_calls_of_realistic_length(reference: dict[str, list]) -> None:
    calls, _, reason, n = reference["default"][1]
    assert reason == "tool_calls" and len(calls) == 1 and 5 <= n <= 48


def test_seeded_sampling_is_the_same_with_sparse_and_dense_logits(
    models: dict[str, Student], tokenizer: ThimbleTokenizer
) -> None:
    sampled = replace(REQUESTS[2], sampling=Sampling(max_tokens=64, temperature=0.8, seed=7))
    outs = [
        _answer(collect(Engine(models["tiny"], tokenizer, speed=s).stream(sampled)))
        for s in (FAST, replace(FAST, sparse_logits=False))
    ]
    assert outs[0] == outs[1]
    engine = Engine(models["tiny"], tokenizer, speed=FAST)  # and beside greedy requests
    assert _together(engine, [REQUESTS[1], sampled, REQUESTS[4]])[1] == outs[0]


@torch.inference_mode()
@pytest.mark.parametrize("model_name", ["default", "no-copy"])
@pytest.mark.parametrize("weights", ["fp32", "fp16"])
def test_fast_student_matches_student_states_and_logits(
    models: dict[str, Student], weights: str, model_name: str
) -> None:
    model = models[model_name]
    fast = FastStudent(model, weights)  # type: ignore[arg-type]
    g = torch.Generator().manual_seed(3)
    tools = [torch.randint(20, 8000, (1, n), generator=g) for n in (17, 30)]
    ref_tools, fast_tools = (
        [model.encode_tool(t) for t in tools],
        [fast.encode_tool(t) for t in tools],
    )
    for a, b in zip(ref_tools, fast_tools, strict=True):
        torch.testing.assert_close(a.memory, b.memory, atol=1e-4, rtol=1e-4)
        for (ka, va), (kb, vb) in zip(a.self_kv, b.self_kv, strict=True):
            torch.testing.assert_close((ka, va), (kb, vb), atol=1e-4, rtol=1e-4)
    conv, pos = torch.randint(20, 8000, (1, 23), generator=g), torch.arange(23)[None]
    memory = model.encode_conversation(conv, pos, ref_tools)[:, -23:]
    torch.testing.assert_close(
        fast.encode_conversation(conv, pos, fast_tools), memory, atol=1e-4, rtol=1e-4
    )
    cross = model.cross_kv(memory, conv)
    torch.testing.assert_close(fast.cross_kv(memory, conv), cross, atol=1e-4, rtol=1e-4)
    ref_cache = KVCache(model.cfg, 16, torch.device("cpu"), torch.float32)
    caches = [_one_row(model.cfg, cross) for _ in range(2)]
    allowed = torch.tensor([5, 99, 1000, 8000])
    for chunk in ([1], [40, 41, 42], [43], [44, 45]):  # sampled tokens and forced chunks
        ids = torch.tensor([chunk])
        ref = model.decode_step(ids, cross, ref_cache)[0, -1]
        got = fast.decode_batch(ids, [len(chunk)], caches[0])[0]
        torch.testing.assert_close(got, ref, atol=1e-4, rtol=1e-4)
        sub = fast.decode_batch(ids, [len(chunk)], caches[1], allowed)[0]
        torch.testing.assert_close(sub, ref[allowed], atol=1e-4, rtol=1e-4)
    assert ref_cache.len == caches[0].length[0] == caches[1].length[0] == 7


def _one_row(cfg: ModelConfig, cross: list) -> BatchCache:
    cache = BatchCache(cfg, torch.device("cpu"), torch.float32)
    cache.add([cross])
    return cache


@torch.inference_mode()
@pytest.mark.parametrize("model_name", ["default", "no-copy"])
def test_batched_rows_get_the_logits_each_would_get_alone(
    models: dict[str, Student], model_name: str
) -> None:
    """Rows with conversations of different lengths, two of them sharing a tool set, one with
    other tools and one with none, feeding chunks of different sizes padded into one step: each
    row's logits are the reference's for that row alone, over its whole source."""
    model = models[model_name]
    fast = FastStudent(model, "fp32")
    g = torch.Generator().manual_seed(5)
    tools = {k: torch.randint(20, 8000, (1, n), generator=g) for k, n in (("a", 17), ("b", 30))}
    tool_cross = {k: model.cross_kv(model.encode_tool(t).memory, t) for k, t in tools.items()}
    batch = BatchCache(model.cfg, torch.device("cpu"), torch.float32)
    wholes, refs = [], []
    for n, key in ((9, "a"), (23, "b"), (14, "a"), (6, ""), (11, "a")):
        conv = torch.randint(20, 8000, (1, n), generator=g)
        own = model.cross_kv(model.encode_conversation(conv, torch.arange(n)[None], []), conv)
        parts = [tool_cross[key], own] if key else [own]
        batch.add(parts, key)
        wholes.append(joined(parts))
        refs.append(KVCache(model.cfg, 16, torch.device("cpu"), torch.float32))
    # "b" is alone with its tools (its whole source in its row); the "a" rows share theirs,
    # the first of them since the second joined
    assert batch.group == ["a", "", "a", "", "a"] and batch.shared["a"].rows == 3
    assert batch.cross_len == [9, 23 + 30, 14, 6, 11]

    def step(chunks: list[list[int]], rows: list[int]) -> None:
        T = max(map(len, chunks))
        ids = torch.tensor([c + [0] * (T - len(c)) for c in chunks])
        got = fast.decode_batch(ids, [len(c) for c in chunks], batch)
        for b, (chunk, r) in enumerate(zip(chunks, rows, strict=True)):
            ref = model.decode_step(torch.tensor([chunk]), wholes[r], refs[r])[0, -1]
            torch.testing.assert_close(got[b], ref, atol=1e-4, rtol=1e-4)

    step([[1], [1, 7], [1], [1, 2, 3], [1]], [0, 1, 2, 3, 4])
    step([[40, 41, 42], [43], [44, 45], [46], [47, 48]], [0, 1, 2, 3, 4])
    assert batch.length == [r.len for r in refs]
    # a sharing row leaves and the last takes its place: the rest decode on unchanged
    batch.remove(2)
    assert batch.group == ["a", "", "a", ""] and batch.shared["a"].rows == 2
    step([[52], [53, 54], [55], [56]], [0, 1, 4, 3])
    batch.remove(2)
    batch.remove(0)
    assert not batch.shared  # its last row gone, the shared part goes too
    step([[57], [58]], [3, 1])


@torch.inference_mode()
def test_int8_logits_stay_close_to_the_reference(models: dict[str, Student]) -> None:
    model = models["default"]
    fast = FastStudent(model, "int8")
    conv, pos = (
        torch.randint(20, 8000, (1, 20), generator=torch.Generator().manual_seed(4)),
        torch.arange(20)[None],
    )
    memory = model.encode_conversation(conv, pos, [])
    cross = model.cross_kv(memory, conv)
    ref = model.decode_step(
        torch.tensor([[1]]), cross, KVCache(model.cfg, 4, torch.device("cpu"), torch.float32)
    )[:, -1]
    got = fast.decode_batch(torch.tensor([[1]]), [1], _one_row(model.cfg, cross))
    rel = (got - ref).norm() / ref.norm()
    assert rel < 0.05, rel


def test_server_engine_without_reference_weights_decodes_the_same(
    tokenizer: ThimbleTokenizer,
) -> None:
    kept = Engine(_fp16(tiny_student(5)), tokenizer, speed=FAST)
    dropped = Engine(_fp16(tiny_student(5)), tokenizer, speed=FAST)
    dropped.drop_reference_weights()
    assert dropped.model.num_parameters() == kept.model.num_parameters()
    assert next(dropped.model.parameters()).is_meta
    for r in REQUESTS[:3]:
        assert _answer(collect(dropped.stream(r))) == _answer(collect(kept.stream(r)))


def test_tool_cache_is_bounded_by_bytes(tokenizer: ThimbleTokenizer) -> None:
    engine = Engine(_fp16(tiny_student(0)), tokenizer, speed=FAST, cache_mb=1)
    for k in range(12):
        tools = [replace(t, description=f"{t.description} (rev {k})") for t in TOOLS]
        collect(engine.stream(replace(REQUESTS[1], tools=tools)))
    usage = engine.caches.usage()
    assert 1 <= usage["tool"][0] < 36
    assert sum(b for _, b in usage.values()) == engine.caches.nbytes <= 2**20
