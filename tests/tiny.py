"""A tiny seeded random student: the shape every fast test decodes with."""

from __future__ import annotations

import torch

from model.config import ModelConfig
from model.student import Student

TINY = ModelConfig(d_model=64, n_heads=4, n_kv_heads=2, n_encoder_layers=2, n_decoder_layers=2)


def tiny_student(seed: int = 0, **overrides: object) -> Student:
    torch.manual_seed(seed)
    cfg = ModelConfig(**{**TINY.to_dict(), **overrides})
    return Student(cfg).eval()
