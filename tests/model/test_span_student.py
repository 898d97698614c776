"""Student 2: MiniLM's tokens and offsets, span targets, cached encoding, and copies through the
engine (byte-exact, grammar-checked, falling back when the grammar forbids the span)."""

from __future__ import annotations

import json

import pytest
import torch

from distill.data import ClassWeights
from distill.span_data import SpanDataset, collate_spans
from distill.span_train import span_loss
from model import generate
from model.config import ModelConfig
from model.format import Message, Tool, dump_args
from model.generate import Engine, Request, collect
from model.grammar import ToolChoice
from model.minilm import WordPiece
from model.span_format import (
    args_pieces,
    conversation,
    copied_value,
    copy_slot,
    find_span,
    span_text,
)
from model.span_student import SpanStudent, best_span
from model.tokenizer import ThimbleTokenizer
from model.weights import DEFAULT_TOKENIZER, WORDPIECE


@pytest.fixture(scope="module")
def wp() -> WordPiece:
    return WordPiece(WORDPIECE)


@pytest.fixture(scope="module")
def tok() -> ThimbleTokenizer:
    return ThimbleTokenizer.load(DEFAULT_TOKENIZER)


@pytest.fixture(scope="module")
def student() -> SpanStudent:
    torch.manual_seed(0)
    return SpanStudent(ModelConfig.student2()).eval()


def weather_tool(**city: object) -> Tool:
    params = {
        "type": "object",
        "properties": {"city": {"type": "string", **city}, "days": {"type": "integer"}},
        "required": ["city"],
    }
    return Tool("get_weather", "Weather for a city.", params, strict=True)


def test_wordpiece_offsets_give_back_the_original_case_and_accents(wp: WordPiece) -> None:
    text = "Book Le Bernardin in São Paulo"
    pieces = wp.encode(text, 64)
    words = [text[s:e] for s, e in pieces.offsets if e > s]
    assert "Bernardin" in "".join(words) and "São" in words
    assert pieces.ids[0] == 101 and pieces.ids[-1] == 102  # [CLS] ... [SEP]


def test_conversation_keeps_its_latest_tokens(wp: WordPiece) -> None:
    msgs = [Message("user", "first " * 300), Message("user", "the latest words")]
    conv = conversation(wp, msgs, 32)
    assert len(conv.pieces.ids) == 32
    assert span_text(conv, 1, len(conv.pieces.ids) - 2).endswith("the latest words")


def test_find_span_needs_whole_tokens_and_prefers_user_text(wp: WordPiece) -> None:
    msgs = [Message("system", "Paris is nice."), Message("user", "Weather in Paris, San Francisco")]
    conv = conversation(wp, msgs, 64)
    first, last = find_span(conv, "San Francisco") or (0, 0)
    assert span_text(conv, first, last) == "San Francisco"
    assert find_span(conv, "San Francis") is None  # not on a token boundary
    first, _ = find_span(conv, "Paris") or (0, 0)
    start = conv.pieces.offsets[first][0]
    assert any(a <= start < b for a, b in conv.user)  # the user's Paris, not the system's


def test_argument_pieces_join_to_the_arguments_and_copy_what_the_user_said(wp: WordPiece) -> None:
    conv = conversation(wp, [Message("user", "3 days of weather in New Delhi please")], 64)
    args = {"city": "New Delhi", "days": 3, "unit": "celsius", "tags": ["New Delhi"]}
    pieces = args_pieces(args, conv, 32)
    assert "".join(p.text for p in pieces) == dump_args(args)
    copies = [p.text for p in pieces if p.kind == "copy"]
    assert copies == ['New Delhi"', "3", 'New Delhi"']


@pytest.mark.parametrize(
    ("written", "slot"),
    [
        (b'{"city":"', "string"),
        (b'{"days":', "value"),
        (b'{"tags":["a",', "value"),
        (b'{"tags":["', "string"),
        (b'{"', None),
        (b'{"a":1,"', None),
        (b'{"city":"Pa', None),
        (b'{"q":"a\\"",', None),
    ],
)
def test_copy_slot_only_where_a_value_starts(written: bytes, slot: str | None) -> None:
    assert copy_slot(written) == slot


def test_copied_value_escapes_quotes_backslashes_and_keeps_accents() -> None:
    text = 'Zoë "Q" \\ x'
    assert json.loads('"' + copied_value(text, "string")) == text
    assert copied_value("42", "value") == "42"
    assert copied_value("4.5", "value") == "4.5"
    assert json.loads(copied_value("Zoë", "value")) == "Zoë"


def test_best_span_keeps_first_before_last_within_the_limit() -> None:
    scores = torch.full((2, 6), -10.0)
    scores[0, 4], scores[1, 1] = 5.0, 5.0  # the best start is after the best end
    scores[1, 5] = 4.0
    allowed = torch.tensor([False, True, True, True, True, False])
    first, last, lp = best_span(scores, 8, allowed)
    assert first <= last and allowed[first] and allowed[last] and lp < 0


def test_cached_encoding_equals_the_training_path(student: SpanStudent, wp: WordPiece) -> None:
    """Tools encoded one by one (the engine's cache) give the memory training computes."""
    tool_ids = [wp.encode(t, 32).ids for t in ("get_weather: weather", "book_table: a table")]
    conv_ids = wp.encode("user: weather in Paris", 32).ids
    with torch.no_grad():
        cached = student.encode_conversation(
            torch.tensor([conv_ids]),
            torch.arange(len(conv_ids))[None],
            [student.encode_tool(torch.tensor([ids])) for ids in tool_ids],
        )
        states = torch.cat([student.read(torch.tensor([ids])) for ids in [conv_ids, *tool_ids]], 1)
        pos = torch.cat([torch.arange(len(i)) for i in [conv_ids, *tool_ids]])[None]
        seg = torch.cat([torch.full((len(i),), k + 1) for k, i in enumerate([conv_ids, *tool_ids])])
        batched = student.encode(states, pos, seg[None])
    n = len(conv_ids)
    assert torch.allclose(cached[0, -n:], batched[0, :n], atol=1e-5)
    assert torch.allclose(cached[0, :-n], batched[0, n:], atol=1e-5)


def test_span_loss_trains_the_pointer(
    student: SpanStudent, tok: ThimbleTokenizer, wp: WordPiece
) -> None:
    tool = weather_tool()
    row = {
        "tools": [
            {
                "type": "function",
                "function": {
                    "name": tool.name,
                    "description": tool.description,
                    "parameters": tool.parameters,
                },
            }
        ],
        "messages": [{"role": "user", "content": "weather in San Francisco for 3 days"}],
        "answer": {"tool_calls": [{"name": "get_weather", "arguments": {"city": "San Francisco"}}]},
    }
    ds = SpanDataset()
    ds.add(tok, wp, row, student.cfg)
    batch = collate_spans(ds, [0], ClassWeights())
    assert int((batch.targets == student.copy_id).sum()) == 1
    torch.manual_seed(1)
    model = SpanStudent(student.cfg)
    model.minilm.requires_grad_(False)
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=3e-3)
    pointers = []
    for _ in range(8):
        loss, _, pointer = span_loss(model, batch, None, 1.0, False)
        pointers.append(pointer.item())
        opt.zero_grad()
        loss.backward()
        opt.step()
    assert pointers[-1] < pointers[0] / 2


def copying_engine(
    student: SpanStudent, tok: ThimbleTokenizer, monkeypatch: pytest.MonkeyPatch
) -> Engine:
    """An engine whose student always prefers COPY where the grammar leaves a value open."""
    decode_step = student.decode_step

    def copy_first(*args, **kwargs):
        logits, scores = decode_step(*args, **kwargs)
        logits[:, student.copy_id] += 100.0
        return logits, scores

    monkeypatch.setattr(student, "decode_step", copy_first)
    return Engine(student, tok)


def test_engine_copies_capitals_accents_quotes_and_backslashes_byte_exact(
    student: SpanStudent, tok: ThimbleTokenizer, monkeypatch: pytest.MonkeyPatch
) -> None:
    value = 'Zoë "Le Bernardin" C:\\Tables'
    engine = copying_engine(student, tok, monkeypatch)

    def whole_user_text(scores, max_len, allowed):  # the pointer's choice, made exact
        idx = allowed.nonzero()[:, 0]
        return int(idx[2]), int(idx[-1]), -0.5  # past "user :"

    monkeypatch.setattr(generate, "best_span", whole_user_text)
    request = Request(
        [weather_tool()],
        [Message("user", value)],
        ToolChoice("required", ("get_weather",)),
    )
    out = collect(engine.stream(request))
    name, args = out.calls[0]
    assert name == "get_weather"
    assert json.loads(args)["city"] == value


def test_engine_falls_back_when_the_grammar_forbids_the_span(
    student: SpanStudent, tok: ThimbleTokenizer, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = copying_engine(student, tok, monkeypatch)
    tried: list[str] = []

    def berlin(scores, max_len, allowed):  # the copy the grammar must refuse
        i = int(allowed.nonzero()[2, 0])
        tried.append("Berlin")
        return i, i, 0.0

    monkeypatch.setattr(generate, "best_span", berlin)
    params = {
        "type": "object",
        "properties": {"city": {"type": "string", "enum": ["Paris", "Rome"]}},
        "required": ["city"],
    }
    request = Request(
        [Tool("get_weather", "Weather for a city.", params, strict=True)],
        [Message("user", "Berlin please")],
        ToolChoice("required", ("get_weather",)),
    )
    out = collect(engine.stream(request))
    assert tried and json.loads(out.calls[0][1])["city"] in ("Paris", "Rome")
