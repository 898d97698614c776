"""The repetition guard: cycles are found, their continuations forbidden, and a model that loops
on purpose still finishes its call under the grammar instead of running to the token cap."""

from __future__ import annotations

import json

import pytest
import torch

from model.config import ModelConfig
from model.format import Message, Tool
from model.generate import Engine, Request, collect
from model.grammar import ToolChoice
from model.loop_guard import cycle, end_long_number, few_bytes, forbid_loop, in_string
from model.span_student import SpanStudent
from model.tokenizer import ThimbleTokenizer
from model.weights import DEFAULT_TOKENIZER


def test_cycle_finds_the_shortest_repeating_unit() -> None:
    assert cycle(b'{"q":"' + b"aky" * 10) == b"aky"
    assert cycle(b"-" + b"2" * 30) == b"2"
    assert cycle(b"San Francisco, California") is None
    assert cycle(b"1000000") is None  # a round number is not a loop


def test_in_string_follows_quotes_and_escapes() -> None:
    assert in_string(b'{"city":"Par')
    assert not in_string(b'{"city":"Paris",')
    assert in_string(b'{"q":"say \\"hi')


def test_forbid_loop_clears_only_the_continuations() -> None:
    token_bytes = [b"ak", b"y", b"aky", b'"', b"x"]
    ok = torch.ones(5, dtype=torch.bool)
    assert forbid_loop(b"aky" * 10, ok, token_bytes) == 2  # "ak" and "aky" continue it
    assert ok.tolist() == [False, True, False, True, True]
    ok = torch.ones(5, dtype=torch.bool)
    assert forbid_loop(b"aky" * 10, ok, token_bytes, close=b'"') == 4
    assert ok.tolist() == [False, False, False, True, False]


def test_a_model_stuck_in_a_loop_still_finishes_its_call(monkeypatch: pytest.MonkeyPatch) -> None:
    tok = ThimbleTokenizer.load(DEFAULT_TOKENIZER)
    torch.manual_seed(0)
    student = SpanStudent(ModelConfig.student2()).eval()
    loop = tok.encode("ak")
    decode_step = student.decode_step

    def stuck(*args, **kwargs):
        logits, scores = decode_step(*args, **kwargs)
        logits[:, loop] += 100.0  # "akakak..." whenever the grammar allows it
        return logits, scores

    monkeypatch.setattr(student, "decode_step", stuck)
    params = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}
    request = Request(
        [Tool("get_weather", "Weather for a city.", params, strict=True)],
        [Message("user", "weather in Paris")],
        ToolChoice("required", ("get_weather",), single=True),
    )
    out = collect(Engine(student, tok).stream(request))
    assert out.reason == "tool_calls" and out.stats.loop_cuts > 0
    assert "akakak" in json.loads(out.calls[0][1])["city"]  # parses: the guard closed it


def test_a_long_number_may_only_end() -> None:
    token_bytes = [b"2", b"20", b"}", b",", b'"']
    ok = torch.tensor([True, True, True, True, False])
    assert end_long_number(b'{"n":' + b"1202" * 5, ok, token_bytes) == 0  # 20 digits: fine
    assert end_long_number(b'{"n":' + b"1202" * 7, ok, token_bytes) == 2
    assert ok.tolist() == [False, False, True, True, False]


def test_few_bytes_over_and_over_is_a_loop_without_a_period() -> None:
    assert few_bytes(b"of_of___of__b_b_of_of______of_____of_of___of__of_") is not None
    assert few_bytes(b"Book a table for four at Le Bernardin at 7pm on Friday") is None


def test_a_late_answer_may_only_close() -> None:
    """Past `LATE` of the budget the guard closes whatever is open, looping or not."""
    token_bytes = [b"ab", b"]", b"}", b",", b"x"]
    ok = torch.ones(5, dtype=torch.bool)
    assert forbid_loop(b"no loop here", ok, token_bytes, close=b"}]", force=True) == 3
    assert ok.tolist() == [False, True, True, False, False]
