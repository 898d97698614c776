"""ModelConfig: the student's shape, frozen and saved in every checkpoint.

The default is the Needle shape (Cactus): an encoder-decoder with d_model 512, 8 query / 4 KV heads,
12 encoder and 8 decoder layers, no feed-forward blocks, tied embeddings, plus a copy head:
26,768,384 parameters. A checkpoint's card holds its own config (the CPU-trained default is smaller).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(frozen=True)
class ModelConfig:
    vocab_size: int = 8192
    d_model: int = 512
    n_heads: int = 8  # query heads
    n_kv_heads: int = 4  # key/value heads (grouped-query attention)
    n_encoder_layers: int = 12  # self-attention only
    n_decoder_layers: int = 8  # causal self-attention + cross-attention
    rope_theta: float = 10_000.0
    norm_eps: float = 1e-6
    gate_init: float = 0.1  # initial value of the per-channel residual gates
    # Tool-prefix isolation: each tool attends only to itself (own positions from 0), the
    # conversation attends to itself and every tool, so tool states can be cached by schema hash.
    # False gives full attention over one sequence (positions run on across segments).
    tool_isolation: bool = True
    # Copy head (CopyNet-style pointer): the decoder may also pick a source token by attending to
    # it, one softmax over vocabulary and source positions (see `model.student.CopyHead`).
    copy_head: bool = True
    # "native": the encoder above, trained from scratch on the student's own BPE. "minilm":
    # Student 2 (`model.span_student`): MiniLM reads WordPiece text, `n_encoder_layers` new
    # layers over it let the conversation see the tools, and the decoder copies whole spans.
    encoder: str = "native"
    max_span_tokens: int = 32  # Student 2: the longest span the decoder copies (WordPiece tokens)
    max_tool_tokens: int = 192  # a tool definition longer than this is cut
    max_prompt_tokens: int = 768  # conversation tokens kept (the most recent)
    max_output_tokens: int = 512

    @classmethod
    def student2(cls, **overrides: Any) -> ModelConfig:
        """Student 2's shape: MiniLM (22.7M) + 2 new encoder layers + a 3-layer decoder in
        MiniLM's width, span copying instead of the token copy head: 29.6M parameters."""
        shape: dict[str, Any] = dict(
            encoder="minilm",
            d_model=384,
            n_heads=6,
            n_kv_heads=2,
            n_encoder_layers=2,
            n_decoder_layers=3,
            copy_head=False,
            max_tool_tokens=128,
            max_prompt_tokens=256,  # MiniLM's training range
        )
        return cls(**{**shape, **overrides})

    @property
    def head_dim(self) -> int:
        return self.d_model // self.n_heads

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ModelConfig:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})
