"""Shared fixtures: the shipped tokenizer and a tiny seeded random student (fast, CPU)."""

from __future__ import annotations

import pytest

from model.generate import Engine
from model.tokenizer import ThimbleTokenizer
from model.weights import DEFAULT_TOKENIZER
from tests.tiny import tiny_student


@pytest.fixture(scope="session")
def tokenizer() -> ThimbleTokenizer:
    return ThimbleTokenizer.load(DEFAULT_TOKENIZER)


@pytest.fixture(scope="session")
def tiny_engine(tokenizer: ThimbleTokenizer) -> Engine:
    return Engine(tiny_student(), tokenizer)
