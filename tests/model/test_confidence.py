"""Confidence: the engine's record of what the model chose, the raw score, the isotonic
calibration and the expected calibration error."""

from __future__ import annotations

import math
import random

import pytest

from model.confidence import Calibration, ece, fit_isotonic, raw_confidence
from model.format import Tool, messages_from_openai
from model.generate import Chosen, Engine, Request, Sampling, Stats, collect
from model.grammar import ToolChoice
from model.tokenizer import ThimbleTokenizer
from model.weights import DEFAULT_TOKENIZER
from tests.tiny import tiny_student
from tests.tools import function_tool

WEATHER = Tool.from_openai(
    function_tool("get_weather", "Current weather.", {"city": {"type": "string"}}, ["city"])
)
PING = Tool.from_openai(
    {
        "type": "function",
        "function": {
            "name": "ping",
            "parameters": {"type": "object", "properties": {}, "additionalProperties": False},
        },
    }
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(tiny_student(), ThimbleTokenizer.load(DEFAULT_TOKENIZER))


def answer(engine: Engine, tools: list[Tool], choice: ToolChoice, **sampling: object) -> Stats:
    messages = messages_from_openai([{"role": "user", "content": "weather in Paris"}])
    s = Sampling(max_tokens=24, **sampling)  # type: ignore[arg-type]
    return collect(engine.stream(Request(tools, messages, choice, sampling=s))).stats


@pytest.mark.parametrize("temperature", [0.0, 1.0])
def test_engine_records_one_logprob_per_chosen_token(engine: Engine, temperature: float) -> None:
    stats = answer(engine, [WEATHER], ToolChoice("auto"), temperature=temperature, seed=3)
    assert stats.chosen_tokens > 0
    assert len(stats.chosen) == stats.chosen_tokens
    assert all(len(c.tokens) == 1 and c.logprob <= 1e-6 for c in stats.chosen)
    if temperature == 0:  # the greedy token is the likeliest of at most the whole vocabulary
        assert all(c.logprob >= -math.log(engine.cfg.vocab_size) - 1e-4 for c in stats.chosen)


def test_a_wholly_forced_answer_has_no_choices_and_confidence_one(engine: Engine) -> None:
    stats = answer(engine, [PING, WEATHER], ToolChoice("required", ("ping",), True))
    assert stats.chosen == [] and raw_confidence(stats) == 1.0


def test_raw_confidence_is_the_product_or_the_least_sure_choice() -> None:
    stats = Stats(chosen=[Chosen((1,), math.log(0.5)), Chosen((2, 3), math.log(0.8))])
    assert raw_confidence(stats) == pytest.approx(0.4)
    assert raw_confidence(stats, "min") == pytest.approx(0.5)


def test_isotonic_fit_is_monotone_and_pools_ties() -> None:
    rng = random.Random(0)
    raw = [rng.random() for _ in range(2000)]
    right = [rng.random() < x for x in raw]  # right with probability equal to the raw score
    cal = fit_isotonic(raw, right)
    assert list(cal.y) == sorted(cal.y) and list(cal.x) == sorted(set(cal.x))
    probe = [i / 100 for i in range(101)]
    assert [cal.apply(p) for p in probe] == sorted(cal.apply(p) for p in probe)
    assert ece([cal.apply(x) for x in raw], right) < 0.03
    tied = fit_isotonic([0.5, 0.5, 0.5, 0.5], [True, False, True, True])
    assert tied.x == (0.5,) and tied.y == (0.75,)


def test_calibration_maps_an_overconfident_score_down_and_round_trips_the_card() -> None:
    raw = [0.9] * 100 + [0.3] * 100
    right = [i < 60 for i in range(100)] + [i < 10 for i in range(100)]
    assert ece(raw, right) == pytest.approx(0.5 * 0.3 + 0.5 * 0.2)
    cal = fit_isotonic(raw, right, data="test")
    assert cal.apply(0.9) == pytest.approx(0.6) and cal.apply(0.3) == pytest.approx(0.1)
    assert ece([cal.apply(x) for x in raw], right) == pytest.approx(0.0)
    assert Calibration.from_card({"calibration": cal.to_card()}) == cal
    assert Calibration.from_card({}).apply(0.37) == 0.37  # no calibration: the raw score
