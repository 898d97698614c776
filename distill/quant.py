"""The int8 card format: every nn.Linear weight as int8 rows with a float16 scale per row.

Weight-only and symmetric per output row: linear layers hold almost all of the student's
parameters, so their shards shrink to about half; the embedding (tied to the output logits),
norms and gates stay float16. Loading dequantises to float32, so the engine, grammar and cache
code are unchanged. `load_card` loads a card of either kind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file
from torch import Tensor, nn

from model.config import ModelConfig
from model.student import Student
from model.tokenizer import ThimbleTokenizer
from model.weights import load_checkpoint, read_card

INT8 = "int8-weight-only/per-row"
SCALE = "_scale"  # "x.weight" is stored as int8 "x.weight" and its row scales "x.weight_scale"


class Int8State:
    """A student's weights with every nn.Linear weight quantised to int8 per output row.

    Has what `save_checkpoint` reads (`cfg`, `state_dict`, `num_parameters`), so int8 cards are
    written by the same code, shards and all. Scales and the other tensors are rounded to
    float16 here, as the card stores them, so `student()` is exactly what loads from disk."""

    def __init__(self, model: Student) -> None:
        self.cfg = model.cfg
        self.parameters = model.num_parameters()
        linear = {f"{n}.weight" for n, m in model.named_modules() if isinstance(m, nn.Linear)}
        self.state: dict[str, Tensor] = {}
        for name, w in model.state_dict().items():
            w = w.detach().cpu().float()
            if name not in linear:
                self.state[name] = w.half()
                continue
            scale = (w.abs().amax(dim=1, keepdim=True) / 127).clamp(min=1e-6).half()  # (out, 1)
            self.state[name] = (w / scale.float()).round().clamp(-127, 127).to(torch.int8)
            self.state[name + SCALE] = scale

    def state_dict(self) -> dict[str, Tensor]:
        return self.state

    def num_parameters(self) -> int:
        return self.parameters

    def student(self) -> Student:
        model = Student(self.cfg)
        model.load_state_dict(dequantize(self.state))
        return model.eval()


def dequantize(state: dict[str, Tensor]) -> dict[str, Tensor]:
    out = {}
    for name, t in state.items():
        if name.endswith(SCALE):
            continue
        scale = state.get(name + SCALE)
        out[name] = t.float() * scale.float() if scale is not None else t.float()
    return out


def load_card(
    card_path: Path, device: str = "cpu"
) -> tuple[Student, ThimbleTokenizer, dict[str, Any]]:
    """A float card through `model.weights.load_checkpoint`, an int8 card dequantised."""
    card = read_card(card_path)
    if card.get("quantization") != INT8:
        return load_checkpoint(card_path, device)
    state: dict[str, Tensor] = {}
    for fname in card["shards"]:
        state.update(load_file(str(Path(card_path).parent / fname)))
    model = Student(ModelConfig.from_dict(card["config"]))
    model.load_state_dict(dequantize(state))
    tok = ThimbleTokenizer.load(Path(card_path).parent / card["tokenizer"])
    return model.to(device).eval(), tok, card
