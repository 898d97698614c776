"""Shared fixtures: the shipped tokenizer and a tiny seeded random student (fast, CPU)."""

from __future__ import annotations

import pytest
import torch

from model.generate import Engine
from model.tokenizer import ThimbleTokenizer
from model.weights import DEFAULT_TOKENIZER
from tests.tiny import tiny_student

# One torch thread: on this 2-core machine more threads fight each other (and any server
# subprocess) and make decoding many times slower.
torch.set_num_threads(1)


@pytest.fixture(scope="session")
def tokenizer() -> ThimbleTokenizer:
    return ThimbleTokenizer.load(DEFAULT_TOKENIZER)


@pytest.fixture(scope="session")
def tiny_engine(tokenizer: ThimbleTokenizer) -> Engine:
    return Engine(tiny_student(), tokenizer)
