"""Student 2: MiniLM reads the request, a small decoder writes the answer and copies whole spans.

    tools, conversation --MiniLM (pretrained, 6 layers)--> states
                        --n_encoder_layers new layers (tool-prefix mask: a tool sees itself,
                          the conversation sees itself and every tool)--> memory
    decoder (causal self-attention + cross-attention to the memory, `model.student` layers)
        --> logits over the BPE vocabulary plus COPY (id vocab_size, tied embeddings)
        --> at COPY: start and end pointers over the conversation's tokens

A tool's memory depends on the tool alone, so the engine encodes each tool once and caches it, as
for the first student. The decoder's next input after a COPY is the COPY embedding plus a
projection of the copied span's mean memory state, so it knows what it inserted; the span's text
itself goes to the grammar and the answer (`model.span_format`), never through the decoder.

Shapes: B batch, T decoder steps, S conversation tokens, M memory tokens (tools + conversation).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from model.config import ModelConfig
from model.minilm import MiniLM
from model.student import (
    KV,
    DecoderLayer,
    EncoderLayer,
    KVCache,
    RMSNorm,
    SegmentStates,
    conversation_states,
    encoder_mask,
    rope_tables,
    tool_states,
)


def span_means(memory: Tensor, first: Tensor, last: Tensor) -> Tensor:
    """Mean state of memory[b, first:last+1] (B, S, C) for index tensors (B, T) -> (B, T, C);
    indices < 0 give zeros."""
    C = memory.shape[-1]
    cs = F.pad(memory.float().cumsum(1), (0, 0, 1, 0))  # (B, S + 1, C), cs[i] = sum of [0, i)
    f, la = first.clamp(min=0), last.clamp(min=0)
    hi = cs.gather(1, (la + 1)[..., None].expand(-1, -1, C))
    lo = cs.gather(1, f[..., None].expand(-1, -1, C))
    n = (la - f + 1).clamp(min=1)[..., None]
    return (((hi - lo) / n) * (first >= 0)[..., None]).to(memory.dtype)


class SpanStudent(nn.Module):
    def __init__(self, cfg: ModelConfig) -> None:
        super().__init__()
        if cfg.d_model != 384:
            raise ValueError("Student 2's decoder works in MiniLM's width: d_model must be 384")
        self.cfg = cfg
        self.copy_id = cfg.vocab_size  # the COPY action, one past the BPE vocabulary
        self.encoder = nn.ModuleList(EncoderLayer(cfg) for _ in range(cfg.n_encoder_layers))
        self.enc_norm = RMSNorm(cfg.d_model, cfg.norm_eps)
        self.embed = nn.Embedding(cfg.vocab_size + 1, cfg.d_model)
        self.span_in = nn.Linear(cfg.d_model, cfg.d_model, bias=False)
        self.decoder = nn.ModuleList(DecoderLayer(cfg) for _ in range(cfg.n_decoder_layers))
        self.dec_norm = RMSNorm(cfg.d_model, cfg.norm_eps)
        self.pointer_q = nn.Linear(cfg.d_model, 2 * cfg.d_model, bias=False)  # start, end
        self.pointer_k = nn.Linear(cfg.d_model, 2 * cfg.d_model, bias=False)
        self.apply(self._init)
        self.minilm = MiniLM()  # after `apply`: its own initialisation, or `load_pretrained`

    @staticmethod
    def _init(m: nn.Module) -> None:
        if isinstance(m, nn.Linear | nn.Embedding):
            nn.init.normal_(m.weight, std=0.02)

    def num_parameters(self) -> int:
        return sum(p.numel() for p in self.parameters())

    def _rope(self, pos: Tensor) -> tuple[Tensor, Tensor]:
        return rope_tables(pos, self.cfg.head_dim, self.cfg.rope_theta)

    # ---- encoder ----------------------------------------------------------------------------

    def read(self, ids: Tensor, mask: Tensor | None = None) -> Tensor:
        """MiniLM's states of WordPiece ids (B, L) -> (B, L, C)."""
        return self.minilm(ids, mask)

    def encode(self, states: Tensor, pos: Tensor, seg: Tensor) -> Tensor:
        """The new layers over MiniLM states of [tools; conversation] rows (B, M, C), segment
        ids as in `model.student` (0 padding, 1 conversation, 2.. tools) -> memory (B, M, C)."""
        x, rope, mask = states, self._rope(pos), encoder_mask(seg, True)
        for layer in self.encoder:
            x, _ = layer(x, rope, mask)
        return self.enc_norm(x)

    def encode_tool(self, ids: Tensor) -> SegmentStates:
        """One tool alone (1, L): its states depend on nothing else, so they are cached."""
        rope = self._rope(torch.arange(ids.shape[1], device=ids.device)[None])
        return tool_states(self.encoder, self.enc_norm, self.read(ids), rope)

    def encode_conversation(self, ids: Tensor, pos: Tensor, tools: list[SegmentStates]) -> Tensor:
        """The conversation (1, S) against cached tools -> memory (1, P + S, C), tools first."""
        return conversation_states(
            self.encoder, self.enc_norm, self.read(ids), self._rope(pos), tools
        )

    def cross_kv(self, memory: Tensor, ids: Tensor | None = None) -> list[KV]:
        """Per decoder layer, cross-attention keys/values of memory (B, M, C)."""
        return [layer.cross_attn.project_kv(memory, None) for layer in self.decoder]

    def pointer_keys(self, conv: Tensor) -> Tensor:
        """Start and end keys of the conversation's memory (B, S, C) -> (B, 2, S, C)."""
        B, S, C = conv.shape
        return self.pointer_k(conv).view(B, S, 2, C).transpose(1, 2)

    # ---- decoder ----------------------------------------------------------------------------

    def _inputs(self, ids: Tensor, spans: Tensor | None) -> Tensor:
        """Decoder inputs (B, T): embeddings, plus the copied span's state at COPY steps."""
        x = self.embed(ids)
        return x if spans is None else x + self.span_in(spans)

    def head(self, h: Tensor, keys: Tensor, conv_mask: Tensor | None) -> tuple[Tensor, Tensor]:
        """Normed decoder states h (B, T, C) -> logits (B, T, V + 1) and pointer scores
        (B, 2, T, S) (start, end; -inf off the real conversation tokens)."""
        h = self.dec_norm(h)
        logits = h @ self.embed.weight.T
        B, T, C = h.shape
        q = self.pointer_q(h).view(B, T, 2, C).transpose(1, 2)  # (B, 2, T, C)
        scores = (q @ keys.transpose(-1, -2)) * C**-0.5  # (B, 2, T, S)
        if conv_mask is not None:
            scores = scores.masked_fill(~conv_mask[:, None, None, :], float("-inf"))
        return logits, scores

    def decode(
        self,
        memory: Tensor,
        mem_mask: Tensor,
        conv: Tensor,
        conv_mask: Tensor,
        dec_ids: Tensor,
        spans: Tensor,
    ) -> tuple[Tensor, Tensor]:
        """Teacher forcing: memory (B, M, C) with mask (B, M); the conversation's memory
        (B, S, C) with mask (B, S); decoder ids (B, T) and the copied spans' states (B, T, C)
        -> logits (B, T, V + 1), pointer scores (B, 2, T, S)."""
        cross = self.cross_kv(memory)
        T = dec_ids.shape[1]
        rope = self._rope(torch.arange(T, device=dec_ids.device)[None])
        x, m = self._inputs(dec_ids, spans), mem_mask[:, None, None, :]
        for layer, kv in zip(self.decoder, cross, strict=True):
            x = layer(x, rope, kv, m)
        return self.head(x, self.pointer_keys(conv), conv_mask)

    def decode_step(
        self, ids: Tensor, cross: list[KV], cache: KVCache, spans: Tensor | None, keys: Tensor
    ) -> tuple[Tensor, Tensor]:
        """Feed (1, t) new actions (one chosen, or a chunk of forced ones) -> the last step's
        logits (1, V + 1) and pointer scores (2, S)."""
        t = ids.shape[1]
        rope = self._rope(torch.arange(cache.len, cache.len + t, device=ids.device)[None])
        x = self._inputs(ids, spans)
        for i, (layer, kv) in enumerate(zip(self.decoder, cross, strict=True)):
            x = layer(x, rope, kv, None, cache, i)
        cache.commit()
        logits, scores = self.head(x[:, -1:], keys, None)
        return logits[:, 0], scores[0, :, 0]


def best_span(scores: Tensor, max_len: int, allowed: Tensor) -> tuple[int, int, float]:
    """The (first, last) token pair with the highest start + end log-probability, first <= last
    < first + max_len, both on `allowed` tokens (S,) bool; and that log-probability."""
    lp = scores.float().masked_fill(~allowed, float("-inf")).log_softmax(-1)  # (2, S)
    S = lp.shape[1]
    pair = lp[0][:, None] + lp[1][None, :]  # (S, S)
    i = torch.arange(S)
    ok = (i[None, :] >= i[:, None]) & (i[None, :] < i[:, None] + max_len)
    pair = pair.masked_fill(~ok, float("-inf"))
    best = int(pair.argmax())
    return best // S, best % S, float(pair.view(-1)[best])
