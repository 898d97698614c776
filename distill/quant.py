"""The int8 card format: every nn.Linear weight as int8 rows with a float16 scale per row.

Weight-only and symmetric per output row: linear layers hold almost all of the student's
parameters, so their shards shrink to about half; the embedding (tied to the output logits),
norms and gates stay float16. `model.weights.load_checkpoint` loads a card of either kind,
dequantised to float32, so the engine, grammar and cache code are unchanged.
"""

from __future__ import annotations

import torch
from torch import Tensor, nn

from model.student import Student
from model.weights import SCALE, dequantize


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
