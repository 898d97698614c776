"""The student: an encoder-decoder transformer with attention only (no feed-forward blocks).

Shape after Cactus "Needle": RoPE, RMSNorm with zero-centred gain, per-channel gated residuals,
grouped-query attention, tied embeddings. The encoder reads tool definitions and the conversation;
the decoder writes the answer (tool calls or text, see `model.format`) and cross-attends to it.

Tool-prefix isolation (`ModelConfig.tool_isolation`): every tool is a segment that attends only to
itself, with its own positions from 0; the conversation attends to itself and to every tool. A
tool's per-layer keys/values therefore do not depend on the request, so `encode_tool` can run once
per distinct tool and `encode_conversation` reuses the result. Training uses the same mask through
`encode`, and a test proves both paths give the same states.

Segment ids (B, S) in `encode`: 0 = padding, 1 = conversation, 2.. = one id per tool.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from model.config import ModelConfig

PAD_SEGMENT, CONVERSATION_SEGMENT = 0, 1

KV = tuple[Tensor, Tensor]  # keys, values: (B, KVH, S, hd) each


def encoder_mask(seg: Tensor, isolation: bool) -> Tensor:
    """(B, 1, S, S) boolean from segment ids (B, S): may query i attend to key j."""
    valid = seg[:, None, :] != PAD_SEGMENT
    if isolation:
        q = seg[:, :, None]
        valid = valid & ((q == seg[:, None, :]) | (q == CONVERSATION_SEGMENT))
    eye = torch.eye(seg.shape[1], dtype=torch.bool, device=seg.device)
    return (valid | eye)[:, None]  # a padding query sees itself, never a NaN row


class RMSNorm(nn.Module):
    """RMSNorm whose gain is stored as an offset from 1, so weight decay pulls it toward 1."""

    def __init__(self, dim: int, eps: float) -> None:
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.zeros(dim))

    def forward(self, x: Tensor) -> Tensor:
        return F.rms_norm(x, (x.shape[-1],), eps=self.eps) * (1.0 + self.weight)


def rope_tables(pos: Tensor, head_dim: int, theta: float) -> tuple[Tensor, Tensor]:
    """cos/sin tables (B, 1, T, hd/2) for integer positions (B, T)."""
    inv = theta ** (
        -torch.arange(0, head_dim, 2, device=pos.device, dtype=torch.float32) / head_dim
    )
    ang = pos.to(torch.float32)[..., None] * inv  # (B, T, hd/2)
    return ang.cos()[:, None], ang.sin()[:, None]


def apply_rope(x: Tensor, cos: Tensor, sin: Tensor) -> Tensor:
    """Rotate (B, H, T, hd) by the tables; computed in fp32, returned in x's dtype."""
    x1, x2 = x.float().chunk(2, dim=-1)
    return torch.cat((x1 * cos - x2 * sin, x1 * sin + x2 * cos), dim=-1).to(x.dtype)


class Attention(nn.Module):
    """Grouped-query attention; `kv` projects the source once into keys and values."""

    def __init__(self, cfg: ModelConfig) -> None:
        super().__init__()
        self.h, self.kvh, self.hd = cfg.n_heads, cfg.n_kv_heads, cfg.head_dim
        self.q = nn.Linear(cfg.d_model, self.h * self.hd, bias=False)
        self.kv = nn.Linear(cfg.d_model, 2 * self.kvh * self.hd, bias=False)
        self.o = nn.Linear(self.h * self.hd, cfg.d_model, bias=False)

    def project_q(self, x: Tensor, rope: tuple[Tensor, Tensor] | None) -> Tensor:
        B, T, _ = x.shape
        q = self.q(x).view(B, T, self.h, self.hd).transpose(1, 2)  # (B, H, T, hd)
        return apply_rope(q, *rope) if rope is not None else q

    def project_kv(self, x: Tensor, rope: tuple[Tensor, Tensor] | None) -> KV:
        B, S, _ = x.shape
        k, v = self.kv(x).view(B, S, 2, self.kvh, self.hd).permute(2, 0, 3, 1, 4)  # (B, KVH, S, hd)
        return (apply_rope(k, *rope) if rope is not None else k), v

    def attend(self, q: Tensor, kv: KV, mask: Tensor | None, causal: bool = False) -> Tensor:
        y = F.scaled_dot_product_attention(
            q, kv[0], kv[1], attn_mask=mask, is_causal=causal, enable_gqa=True
        )
        B, _, T, _ = y.shape
        return self.o(y.transpose(1, 2).reshape(B, T, self.h * self.hd))


class EncoderLayer(nn.Module):
    def __init__(self, cfg: ModelConfig) -> None:
        super().__init__()
        self.norm = RMSNorm(cfg.d_model, cfg.norm_eps)
        self.attn = Attention(cfg)
        self.gate = nn.Parameter(torch.full((cfg.d_model,), cfg.gate_init))

    def forward(
        self, x: Tensor, rope: tuple[Tensor, Tensor], mask: Tensor | None, prefix: KV | None = None
    ) -> tuple[Tensor, KV]:
        """Returns the new states and this layer's own keys/values (for the tool cache).

        `prefix` holds keys/values of cached tool segments that every query here may attend to.
        """
        h = self.norm(x)
        own = self.attn.project_kv(h, rope)
        kv = (
            own
            if prefix is None
            else (torch.cat((prefix[0], own[0]), 2), torch.cat((prefix[1], own[1]), 2))
        )
        x = x + self.gate * self.attn.attend(self.attn.project_q(h, rope), kv, mask)
        return x, own


class DecoderLayer(nn.Module):
    def __init__(self, cfg: ModelConfig) -> None:
        super().__init__()
        self.self_norm = RMSNorm(cfg.d_model, cfg.norm_eps)
        self.self_attn = Attention(cfg)
        self.self_gate = nn.Parameter(torch.full((cfg.d_model,), cfg.gate_init))
        self.cross_norm = RMSNorm(cfg.d_model, cfg.norm_eps)
        self.cross_attn = Attention(cfg)
        self.cross_gate = nn.Parameter(torch.full((cfg.d_model,), cfg.gate_init))

    def forward(
        self,
        x: Tensor,
        rope: tuple[Tensor, Tensor],
        cross: KV,
        cross_mask: Tensor | None,
        cache: KVCache | None = None,
        layer: int = 0,
    ) -> Tensor:
        h = self.self_norm(x)
        q, kv = self.self_attn.project_q(h, rope), self.self_attn.project_kv(h, rope)
        if cache is None:  # teacher forcing over the whole target
            y = self.self_attn.attend(q, kv, None, causal=True)
        else:
            kv, mask = cache.append(layer, kv)
            y = self.self_attn.attend(q, kv, mask)
        x = x + self.self_gate * y
        h = self.cross_norm(x)
        return x + self.cross_gate * self.cross_attn.attend(
            self.cross_attn.project_q(h, None), cross, cross_mask
        )


def copy_mix(
    logits: Tensor, scores: Tensor, src: Tensor, vocab: int, allowed: Tensor | None = None
) -> Tensor:
    """log(exp(logits) + copy mass), the copy mass of a token being the summed exp(scores) of the
    source positions that hold it: one softmax over vocabulary and source, as in CopyNet.

    logits (..., V) or (..., n) for the `allowed` ids (n,); scores (..., S), -inf where masked;
    src (..., S) the source token ids (broadcast over the leading dims). Computed in float32.
    """
    logits, scores = logits.float(), scores.float()
    m = torch.maximum(logits.amax(-1, keepdim=True), scores.amax(-1, keepdim=True)).detach()
    copied = logits.new_zeros(*scores.shape[:-1], vocab)
    copied.scatter_add_(-1, src.expand_as(scores), (scores - m).exp())
    if allowed is not None:
        copied = copied[..., allowed]
    return ((logits - m).exp() + copied).log() + m


class CopyHead(nn.Module):
    """Pointer-generator over the encoder's tokens. Tool names and most argument values are spans
    of the prompt; scoring the source positions directly lets the decoder copy an unseen name or
    value without having learnt to spell it. Copied tokens are ordinary vocabulary ids, so the
    grammar mask applies to the mixed distribution unchanged."""

    def __init__(self, cfg: ModelConfig) -> None:
        super().__init__()
        self.q = nn.Linear(cfg.d_model, cfg.d_model, bias=False)
        self.k = nn.Linear(cfg.d_model, cfg.d_model, bias=False)
        self.scale = cfg.d_model**-0.5

    def source(self, memory: Tensor, ids: Tensor) -> KV:
        """The cross entry for the copy head: keys (B, 1, S, C) and source ids (B, 1, S)."""
        return self.k(memory)[:, None], ids[:, None]

    def forward(self, h: Tensor, logits: Tensor, source: KV, mask: Tensor | None) -> Tensor:
        """h: normed decoder states (B, T, C); mask (B, 1, S) true on real source tokens."""
        keys, src = source
        scores = (self.q(h) @ keys[:, 0].transpose(1, 2)) * self.scale  # (B, T, S)
        if mask is not None:
            scores = scores.masked_fill(~mask, float("-inf"))
        return copy_mix(logits, scores, src, logits.shape[-1])


@dataclass
class SegmentStates:
    """What the encoder computes for one isolated segment (a tool), reusable across requests."""

    self_kv: list[KV]  # per encoder layer, RoPE applied: (1, KVH, L, hd)
    memory: Tensor  # final encoder states (1, L, C)


def tool_states(
    layers: nn.ModuleList, norm: RMSNorm, x: Tensor, rope: tuple[Tensor, Tensor]
) -> SegmentStates:
    """Encoder layers over one tool's inputs (1, L, C) alone: what the tool cache keeps."""
    kvs = []
    for layer in layers:
        x, own = layer(x, rope, None)
        kvs.append(own)
    return SegmentStates(kvs, norm(x))


def conversation_states(
    layers: nn.ModuleList,
    norm: RMSNorm,
    x: Tensor,
    rope: tuple[Tensor, Tensor],
    tools: list[SegmentStates],
) -> Tensor:
    """Encoder layers over the conversation's inputs (1, S, C), each layer also attending to the
    cached tools' keys/values -> memory (1, P + S, C), tools first."""
    for i, layer in enumerate(layers):
        prefix = None
        if tools:
            prefix = (
                torch.cat([t.self_kv[i][0] for t in tools], 2),
                torch.cat([t.self_kv[i][1] for t in tools], 2),
            )
        x, _ = layer(x, rope, None, prefix)
    return torch.cat([t.memory for t in tools] + [norm(x)], 1)


class KVCache:
    """Preallocated decoder self-attention cache for a batch of one; no per-step allocation."""

    def __init__(
        self, cfg: ModelConfig, max_len: int, device: torch.device, dtype: torch.dtype
    ) -> None:
        shape = (cfg.n_decoder_layers, 2, 1, cfg.n_kv_heads, max_len, cfg.head_dim)
        self.buf = torch.zeros(shape, device=device, dtype=dtype)
        self.len = 0  # tokens committed to every layer
        self._new = 0

    def append(self, layer: int, kv: KV) -> tuple[KV, Tensor | None]:
        """Write this step's keys/values for `layer`; return the visible cache and a causal mask."""
        n = kv[0].shape[2]
        end = self.len + n
        self.buf[layer, 0, :, :, self.len : end] = kv[0]
        self.buf[layer, 1, :, :, self.len : end] = kv[1]
        self._new = n
        mask = None
        if n > 1:  # a chunk of forced tokens: causal inside the chunk
            mask = torch.ones(n, end, dtype=torch.bool, device=kv[0].device).tril(self.len)
        return (self.buf[layer, 0, :, :, :end], self.buf[layer, 1, :, :, :end]), mask

    def commit(self) -> None:
        self.len += self._new
        self._new = 0


class Student(nn.Module):
    def __init__(self, cfg: ModelConfig) -> None:
        super().__init__()
        self.cfg = cfg
        self.embed = nn.Embedding(cfg.vocab_size, cfg.d_model)
        self.encoder = nn.ModuleList(EncoderLayer(cfg) for _ in range(cfg.n_encoder_layers))
        self.enc_norm = RMSNorm(cfg.d_model, cfg.norm_eps)
        self.decoder = nn.ModuleList(DecoderLayer(cfg) for _ in range(cfg.n_decoder_layers))
        self.dec_norm = RMSNorm(cfg.d_model, cfg.norm_eps)
        self.copy = CopyHead(cfg) if cfg.copy_head else None
        self.apply(self._init)

    @staticmethod
    def _init(m: nn.Module) -> None:
        if isinstance(m, nn.Linear | nn.Embedding):
            nn.init.normal_(m.weight, std=0.02)

    def num_parameters(self) -> int:
        return sum(p.numel() for p in self.parameters())

    def _rope(self, pos: Tensor) -> tuple[Tensor, Tensor]:
        return rope_tables(pos, self.cfg.head_dim, self.cfg.rope_theta)

    def logits(self, h: Tensor, cross: list[KV], mask: Tensor | None = None) -> Tensor:
        """Next-token logits (log-probabilities up to a constant when the copy head mixes in)."""
        h = self.dec_norm(h)
        out = h @ self.embed.weight.T  # tied embeddings
        if self.copy is None:
            return out
        return self.copy(h, out, cross[-1], mask)

    # ---- training path: everything in one padded batch -------------------------------------

    def encoder_mask(self, seg: Tensor) -> Tensor:
        return encoder_mask(seg, self.cfg.tool_isolation)

    def encode(self, ids: Tensor, pos: Tensor, seg: Tensor) -> Tensor:
        """ids, pos, seg: (B, S) -> memory (B, S, C)."""
        x, rope, mask = self.embed(ids), self._rope(pos), self.encoder_mask(seg)
        for layer in self.encoder:
            x, _ = layer(x, rope, mask)
        return self.enc_norm(x)

    def cross_kv(self, memory: Tensor, ids: Tensor) -> list[KV]:
        """Per decoder layer, cross-attention keys/values of the memory (B, S, C) whose tokens are
        `ids` (B, S); with a copy head, one more entry: its keys and the source ids. Every entry
        concatenates along dim 2, so cached tools and the conversation join the same way."""
        out = [layer.cross_attn.project_kv(memory, None) for layer in self.decoder]
        return out if self.copy is None else [*out, self.copy.source(memory, ids)]

    def forward(self, enc_ids: Tensor, enc_pos: Tensor, enc_seg: Tensor, dec_ids: Tensor) -> Tensor:
        """Teacher forcing: (B, S) encoder inputs and (B, T) decoder inputs -> logits (B, T, V)."""
        return self.decode(self.encode(enc_ids, enc_pos, enc_seg), enc_ids, enc_seg, dec_ids)

    def decode(self, memory: Tensor, enc_ids: Tensor, enc_seg: Tensor, dec_ids: Tensor) -> Tensor:
        """Teacher forcing over an encoded batch: memory (B, S, C) -> logits (B, T, V)."""
        cross, cross_mask = (
            self.cross_kv(memory, enc_ids),
            (enc_seg != PAD_SEGMENT)[:, None, None, :],
        )
        T = dec_ids.shape[1]
        rope = self._rope(torch.arange(T, device=dec_ids.device)[None])
        x = self.embed(dec_ids)
        for layer, kv in zip(self.decoder, cross[: len(self.decoder)], strict=True):
            x = layer(x, rope, kv, cross_mask)
        return self.logits(x, cross, cross_mask[:, 0])

    # ---- inference path: cached tools, one request --------------------------------------

    def encode_tool(self, ids: Tensor) -> SegmentStates:
        """Encode one tool alone (1, L): its states depend on nothing else."""
        rope = self._rope(torch.arange(ids.shape[1], device=ids.device)[None])
        return tool_states(self.encoder, self.enc_norm, self.embed(ids), rope)

    def encode_conversation(self, ids: Tensor, pos: Tensor, tools: list[SegmentStates]) -> Tensor:
        """Encode the conversation (1, S) against cached tools -> memory (1, P + S, C).

        The memory lists tool states first, then the conversation; attention does not care about
        the order of keys, so this equals `encode` on the concatenated segments.
        """
        return conversation_states(
            self.encoder, self.enc_norm, self.embed(ids), self._rope(pos), tools
        )

    def decode_step(self, ids: Tensor, cross: list[KV], cache: KVCache) -> Tensor:
        """Feed (1, t) new tokens (one sampled, or a chunk of forced ones) -> logits (1, t, V)."""
        t = ids.shape[1]
        rope = self._rope(torch.arange(cache.len, cache.len + t, device=ids.device)[None])
        x = self.embed(ids)
        for i, (layer, kv) in enumerate(zip(self.decoder, cross[: len(self.decoder)], strict=True)):
            x = layer(x, rope, kv, None, cache, i)
        cache.commit()
        return self.logits(x, cross)
