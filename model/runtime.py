"""The student's inference runtime: the same math as `model.student`, arranged to run fast.

`FastStudent(student, weights)` mirrors the inference methods of `Student` (`encode_tool`,
`encode_conversation`, `cross_kv`) over weights prepared once for the device, and decodes many
requests at once (`decode_batch`, over a `model.batch.BatchCache`; `Student.decode_step` is the
one-request reference):

- CPU: every projection goes through fbgemm's packed kernels. `fp16` (the default) stores weights
  as float16, the precision checkpoints ship in (`model.weights`), and computes in float32, so a
  shipped model gives the reference logits up to summation order; its products run about three
  times faster than MKL's float32 ones on an AVX-512 CPU (a whole request about 1.8 times).
  `int8` (dynamic quantisation, per output channel) takes another quarter off a request and
  changes the logits: opt-in, check accuracy with `thimble eval` first. `fp32` keeps plain
  float32 `F.linear`, to measure the rest of the path on its own.
- CUDA: bfloat16 weights and plain `F.linear` (`weights="auto"`); minimal, and untested here (no
  GPU in CI); CUDA graphs are not done.

The decoder step does fewer, larger operations than the training-shaped modules: one fused
self-attention projection (q, k, v), RoPE from tables computed once, RMSNorm gains folded, one
mask per step rather than one per layer, and only the last position's logits; with `allowed` it
computes the logits of those token ids only (a grammar often allows a handful). Batching rows
shares every projection and kernel launch among the requests in flight, which is what lets
throughput grow with concurrency on a CPU where one request's step is mostly overhead.

`Speed` holds these switches, and the engine-level ones (`model.generate`), so that each
optimisation can be measured (`thimble bench --engine`) and proved equivalent
(`tests/model/test_fast_path.py`) by turning it off.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from typing import Literal

import torch
import torch.nn.functional as F
from torch import Tensor

from model.batch import BatchCache, RowsView
from model.student import KV, Attention, SegmentStates, Student, copy_mix

Weights = Literal["auto", "fp32", "fp16", "int8", "bf16"]


@dataclass(frozen=True)
class Speed:
    """Inference switches; the defaults are the fast path, `Speed.reference()` the plain one."""

    fast: bool = True  # FastStudent (below); False: the training-shaped `Student` methods
    weights: Weights = "auto"  # projection kernels: auto = fp16 on CPU, bf16 on CUDA
    sparse_logits: bool = True  # logits only for the tokens the grammar allows, when few
    sparse_limit: int = 1024  # "few": at most this many allowed tokens
    jump_forward: bool = True  # forced tokens appended without a model call, fed as one chunk
    tool_cache: bool = True  # tool encoder states cached by schema hash
    grammar_cache: bool = True  # compiled grammars cached (a deep copy per request)
    threads: int | None = None  # torch intra-op threads (process-wide); None: leave them

    @classmethod
    def reference(cls) -> Speed:
        return cls(fast=False, weights="fp32", sparse_logits=False)

    def resolved_threads(self) -> int:
        """`threads`, else `auto_threads()` (what `load_engine`, the serving path, applies)."""
        return self.threads or auto_threads()

    def resolved_weights(self, device: torch.device) -> Weights:
        if self.weights != "auto":
            return self.weights
        return "bf16" if device.type == "cuda" else "fp16"


def auto_threads() -> int:
    """One intra-op thread on machines with up to two cores, else torch's default.

    Measured over HTTP on a shared 2-core machine: two threads gave the same median and a p99 of
    3.8 s against 0.16 s with one (OpenMP threads spin against the event loop and neighbours).
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return 1 if (cores or 1) <= 2 else torch.get_num_threads()


class Projection:
    """One weight (out, in) with the kernel chosen for it; called like `F.linear(x, w)`."""

    def __init__(self, w: Tensor, weights: Weights) -> None:
        w = w.detach().contiguous()
        self.kind = weights
        if weights == "fp16":
            self.packed = torch.ops.quantized.linear_prepack_fp16(w.float(), None)
        elif weights == "int8":
            scale = (w.abs().amax(1) / 127).clamp_min(1e-12).double()
            zero = torch.zeros(w.shape[0], dtype=torch.long)
            with warnings.catch_warnings():  # quantized tensors are deprecated, fbgemm is not
                warnings.simplefilter("ignore")
                q = torch.quantize_per_channel(w.float(), scale, zero, 0, torch.qint8)
            self.packed = torch.ops.quantized.linear_prepack(q, None)
        else:
            self.w = w.to(torch.bfloat16) if weights == "bf16" else w

    def __call__(self, x: Tensor) -> Tensor:
        if self.kind == "fp16":
            return torch.ops.quantized.linear_dynamic_fp16(x, self.packed)
        if self.kind == "int8":
            return torch.ops.quantized.linear_dynamic(x, self.packed, True)
        return F.linear(x, self.w)


@dataclass
class _Attn:
    """One attention block: pre-norm gain (1 + weight, folded), projections, residual gate."""

    norm: Tensor  # (C,)
    gate: Tensor  # (C,)
    qkv: Projection | None  # self-attention: [q | k | v] rows fused
    q: Projection | None  # cross-attention: q only (keys/values come from `cross_kv`)
    kv: Projection | None  # cross-attention keys/values of the encoder memory
    o: Projection


def _self_attn(norm: Tensor, gate: Tensor, a: Attention, w: Weights) -> _Attn:
    qkv = torch.cat((a.q.weight, a.kv.weight)).detach()  # rows: q heads, then k, then v
    return _Attn(1.0 + norm, gate, Projection(qkv, w), None, None, Projection(a.o.weight, w))


class FastStudent:
    """Inference-only view of a `Student`; see the module docstring."""

    def __init__(self, model: Student, weights: Weights = "fp16") -> None:
        cfg = self.cfg = model.cfg
        self.h, self.kvh, self.hd = cfg.n_heads, cfg.n_kv_heads, cfg.head_dim
        self.eps = cfg.norm_eps
        dt = torch.bfloat16 if weights == "bf16" else torch.float32
        p = {k: v.detach().to(dt) for k, v in model.state_dict().items()}
        self.dtype = dt
        # (V, C), also the output projection (tied); float16 beside packed kernels, which read
        # float16 weights anyway (rows are widened where they are used)
        self.embed = p["embed.weight"].to(torch.float16 if weights in ("fp16", "int8") else dt)
        self.out = Projection(p["embed.weight"], weights)
        self.enc = [
            _self_attn(p[f"encoder.{i}.norm.weight"], p[f"encoder.{i}.gate"], layer.attn, weights)
            for i, layer in enumerate(model.encoder)
        ]
        self.enc_norm = 1.0 + p["enc_norm.weight"]
        self.dec_self, self.dec_cross = [], []
        for i, layer in enumerate(model.decoder):
            d = f"decoder.{i}."
            self.dec_self.append(
                _self_attn(p[d + "self_norm.weight"], p[d + "self_gate"], layer.self_attn, weights)
            )
            c = layer.cross_attn
            self.dec_cross.append(
                _Attn(
                    1.0 + p[d + "cross_norm.weight"],
                    p[d + "cross_gate"],
                    None,
                    Projection(c.q.weight, weights),
                    Projection(c.kv.weight, weights),
                    Projection(c.o.weight, weights),
                )
            )
        self.dec_norm = 1.0 + p["dec_norm.weight"]
        self.copy = None
        if model.copy is not None:
            q, k = model.copy.q.weight, model.copy.k.weight
            self.copy = (Projection(q, weights), Projection(k, weights))
            self.copy_scale = model.copy.scale
        n = max(cfg.max_tool_tokens, cfg.max_prompt_tokens, cfg.max_output_tokens) + 2
        inv = cfg.rope_theta ** (-torch.arange(0, self.hd, 2, dtype=torch.float32) / self.hd)
        ang = torch.arange(n, dtype=torch.float32)[:, None] * inv  # as `rope_tables` computes it
        cos, sin = ang.cos(), ang.sin()  # (n, hd/2)
        # (n, 1, hd): [cos | cos] and [-sin | sin], so that one rotation is x * cos + swap(x) * sin
        self.cos = torch.cat((cos, cos), -1)[:, None].to(dt)
        self.sin = torch.cat((-sin, sin), -1)[:, None].to(dt)

    def to(self, device: torch.device) -> FastStudent:
        """Tensors to `device` (CUDA path: plain projections only)."""
        if device.type == "cpu":
            return self
        for name in ("embed", "enc_norm", "dec_norm", "cos", "sin"):
            setattr(self, name, getattr(self, name).to(device))
        for a in [*self.enc, *self.dec_self, *self.dec_cross]:
            a.norm, a.gate = a.norm.to(device), a.gate.to(device)
            for proj in (a.qkv, a.q, a.kv, a.o):
                if proj is not None and hasattr(proj, "w"):
                    proj.w = proj.w.to(device)
        for proj in self.copy or ():
            if hasattr(proj, "w"):
                proj.w = proj.w.to(device)
        self.out = Projection(self.embed.to(self.dtype), "fp32")
        return self

    # ---- pieces ----

    def _embed(self, ids: Tensor) -> Tensor:
        return self.embed[ids].to(self.dtype)

    def _norm(self, x: Tensor, gain: Tensor) -> Tensor:
        return F.rms_norm(x, (x.shape[-1],), gain, self.eps)

    def _tables(self, pos: Tensor) -> tuple[Tensor, Tensor]:
        """RoPE tables at positions (T,) or (B, T), gathered once for every layer."""
        return self.cos[pos], self.sin[pos]

    def _rope(self, x: Tensor, rope: tuple[Tensor, Tensor]) -> Tensor:
        """Rotate (B, T, H, hd) by `_tables`: the same products and sums as
        `model.student.apply_rope` (x1 cos - x2 sin, x1 sin + x2 cos), in four operations."""
        B, T, H, hd = x.shape
        swapped = x.view(B, T, H, 2, hd // 2).flip(3).view(B, T, H, hd)  # [x2 | x1]
        return x * rope[0] + swapped * rope[1]

    def _qkv(
        self, a: _Attn, h: Tensor, rope: tuple[Tensor, Tensor]
    ) -> tuple[Tensor, Tensor, Tensor]:
        """Fused projection -> q (B, T, H, hd) and k, v (B, KVH, T, hd), RoPE applied."""
        B, T, _ = h.shape
        assert a.qkv is not None
        x = a.qkv(h).view(B, T, self.h + 2 * self.kvh, self.hd)
        nq = self.h + self.kvh  # q and k heads rotate together
        qk = self._rope(x[:, :, :nq], rope)
        return qk[:, :, : self.h], qk[:, :, self.h :].transpose(1, 2), x[:, :, nq:].transpose(1, 2)

    def _attend(self, q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None) -> Tensor:
        """Grouped-query attention of q (B, T, H, hd) on k, v (B, KVH, S, hd) -> (B, T, H * hd).

        The G = H / KVH query heads that share a key/value head become G rows each of one
        attention over that head (rows t * G + g), which is what `enable_gqa` computes, in fewer
        and larger products; a mask's query rows repeat accordingly.
        """
        B, T, H, hd = q.shape
        G = H // self.kvh
        qf = q.view(B, T, self.kvh, G, hd).permute(0, 2, 1, 3, 4).reshape(B, self.kvh, T * G, hd)
        if mask is not None:  # (B, T or 1, S): per query row, shared by the key/value heads
            mask = (mask.repeat_interleave(G, 1) if mask.shape[1] > 1 else mask)[:, None]
        y = F.scaled_dot_product_attention(qf, k, v, attn_mask=mask)  # (B, KVH, T * G, hd)
        return y.view(B, self.kvh, T, G, hd).transpose(1, 2).reshape(B, T, H * hd)

    def _out(self, a: _Attn, x: Tensor, y: Tensor) -> Tensor:
        """Residual: x + gate * o(y), y (B, T, H * hd)."""
        return x + a.gate * a.o(y)

    def _encoder(self, x: Tensor, pos: Tensor, prefix: list[KV] | None) -> tuple[Tensor, list[KV]]:
        own, rope = [], self._tables(pos)
        for i, a in enumerate(self.enc):
            q, k, v = self._qkv(a, self._norm(x, a.norm), rope)
            own.append((k, v))
            if prefix is not None:
                k, v = torch.cat((prefix[i][0], k), 2), torch.cat((prefix[i][1], v), 2)
            x = self._out(a, x, self._attend(q, k, v, None))
        return self._norm(x, self.enc_norm), own

    # ---- the Student interface ----

    def encode_tool(self, ids: Tensor) -> SegmentStates:
        """One tool alone (1, L), positions from 0 -> its per-layer keys/values and states."""
        memory, own = self._encoder(self._embed(ids), torch.arange(ids.shape[1]), None)
        # copies: the views would keep each layer's whole fused projection alive in the cache
        return SegmentStates([(k.contiguous(), v.contiguous()) for k, v in own], memory)

    def tool_prefix(self, tools: list[SegmentStates]) -> list[KV] | None:
        """Per encoder layer, the keys/values of every tool, concatenated (cacheable per set)."""
        if not tools:
            return None
        return [
            (
                torch.cat([t.self_kv[i][0] for t in tools], 2),
                torch.cat([t.self_kv[i][1] for t in tools], 2),
            )
            for i in range(len(self.enc))
        ]

    def encode_conversation(
        self, ids: Tensor, pos: Tensor, tools: list[SegmentStates], prefix: list[KV] | None = None
    ) -> Tensor:
        """The conversation (1, S) against cached tools -> its own memory (1, S, C) only (the
        reference also returns the tools' memories, which nothing reads)."""
        if prefix is None:
            prefix = self.tool_prefix(tools)
        return self._encoder(self._embed(ids), pos[0].cpu(), prefix)[0]

    def cross_kv(self, memory: Tensor, ids: Tensor) -> list[KV]:
        B, S, _ = memory.shape
        out = []
        for a in self.dec_cross:
            assert a.kv is not None
            k, v = a.kv(memory).view(B, S, 2, self.kvh, self.hd).permute(2, 0, 3, 1, 4)
            out.append((k, v))
        if self.copy is not None:
            out.append((self.copy[1](memory)[:, None], ids[:, None]))
        return out

    def decode_batch(
        self, ids: Tensor, counts: list[int], cache: BatchCache, allowed: Tensor | None = None
    ) -> Tensor:
        """Rows 0..B-1 of `cache` each feed their new tokens: ids (B, T), of which row b's first
        `counts[b]` are real (a chosen token, or a chunk of forced ones) and the rest padding
        -> logits (B, V) of each row's last real token, or (B, n) for the token ids `allowed`.

        One row alone needs no mask for a single token; otherwise key s is visible to a row's
        token at position p when s <= p, which hides the row's padding, its unwritten slots and
        other rows' longer answers alike.
        """
        B, T = ids.shape
        dev = ids.device
        ends = [n + c for n, c in zip(cache.length, counts, strict=False)]
        end = max(ends)
        cache.reserve(steps=end + 1)
        rows = cache.view(B)
        pos = slot = torch.tensor(cache.length[:B], device=dev)[:, None]  # (B, T) positions
        count = torch.tensor(counts, device=dev) if T > 1 else None
        if count is not None:
            step = torch.arange(T, device=dev)
            pos = pos + step
            slot = torch.where(step < count[:, None], pos, cache.scratch)
        slot = slot[:, None, :, None].expand(B, self.kvh, T, self.hd)
        mask = None if B == 1 and T == 1 else torch.arange(end, device=dev) <= pos[..., None]
        rope = self._tables(pos)
        x = self._embed(ids)  # (B, T, C)
        last = len(self.dec_self) - 1
        for i, (sa, ca) in enumerate(zip(self.dec_self, self.dec_cross, strict=True)):
            q, k, v = self._qkv(sa, self._norm(x, sa.norm), rope)
            keys, values = rows.self_kv[i]
            keys.scatter_(2, slot, k)
            values.scatter_(2, slot, v)
            if i == last and count is not None:  # only each row's last real token is read now
                b, at = torch.arange(B, device=dev), count - 1
                x, q = x[b, at][:, None], q[b, at][:, None]
                mask = None if mask is None or B == 1 else mask[b, at][:, None]
            x = self._out(sa, x, self._attend(q, keys[:, :, :end], values[:, :, :end], mask))
            assert ca.q is not None
            q = ca.q(self._norm(x, ca.norm)).view(B, x.shape[1], self.h, self.hd)
            x = self._out(ca, x, self._cross_attend(q, i, rows))
        cache.length[:B] = ends
        h = self._norm(x[:, -1:], self.dec_norm)  # (B, 1, C)
        logits = self.out(h) if allowed is None else F.linear(h, self._embed(allowed))
        if self.copy is None or rows.copy is None:
            return logits[:, 0]
        return self._copy_mix(h, logits, rows, allowed)[:, 0]

    def _cross_attend(self, q: Tensor, i: int, rows: RowsView) -> Tensor:
        """Cross-attention of q (B, T, H, hd) on each row's source -> (B, T, H * hd): the
        tools' keys/values shared by a group's rows (one product for all of them), then each
        row's conversation, under one softmax. Query heads that share a key/value head are rows
        of one product, as in `_attend`."""
        k, v = rows.cross[i]
        if len(rows.groups) == 1 and rows.groups[0][1] is None:  # nothing shared: one kernel
            return self._attend(q, k, v, rows.mask)
        B, T, H, hd = q.shape
        kvh, G = self.kvh, H // self.kvh
        qf = q.view(B, T, kvh, G, hd).permute(0, 2, 1, 3, 4).reshape(B, kvh, T * G, hd)
        qf = qf * hd**-0.5
        own = qf @ k.transpose(-1, -2)  # (B, KVH, T * G, S)
        if rows.mask is not None:
            own = own.masked_fill(~rows.mask[:, :, None], float("-inf"))
        out = qf if len(rows.groups) == 1 else torch.empty_like(qf)
        for index, shared in rows.groups:
            qg, sg, vg = (qf, own, v) if index is None else (qf[index], own[index], v[index])
            if shared is None:
                y = torch.softmax(sg, -1) @ vg
            else:
                kt, vt = shared.cross[i]  # (KVH, St, hd)
                n, St = qg.shape[0], kt.shape[1]
                flat = qg.transpose(0, 1).reshape(kvh, n * T * G, hd)  # every row's queries
                st = (flat @ kt.transpose(-1, -2)).view(kvh, n, T * G, St).transpose(0, 1)
                p = torch.softmax(torch.cat((st, sg), -1), -1)
                pt = p[..., :St].transpose(0, 1).reshape(kvh, n * T * G, St)
                y = (pt @ vt).view(kvh, n, T * G, hd).transpose(0, 1) + p[..., St:] @ vg
            if index is None:
                out = y
            else:
                out[index] = y
        return out.view(B, kvh, T, G, hd).transpose(1, 2).reshape(B, T, H * hd)

    def _copy_mix(
        self, h: Tensor, logits: Tensor, rows: RowsView, allowed: Tensor | None
    ) -> Tensor:
        """The copy head over each row's source (shared tools, then its conversation), mixed
        into the logits (B, 1, V or n) as `model.student.copy_mix` does."""
        assert self.copy is not None and rows.copy is not None
        qc = self.copy[0](h) * self.copy_scale  # (B, 1, C)
        keys, src = rows.copy
        own = qc @ keys.transpose(1, 2)  # (B, 1, S)
        if rows.mask is not None:
            own = own.masked_fill(~rows.mask, float("-inf"))
        out = []
        for index, shared in rows.groups:
            lg, sg, ig, qg = (
                (logits, own, src, qc)
                if index is None
                else (logits[index], own[index], src[index], qc[index])
            )
            if shared is not None and shared.copy is not None:
                kt, it = shared.copy  # (St, C), (St,)
                st = (qg[:, 0] @ kt.T)[:, None]  # (n, 1, St)
                sg = torch.cat((st, sg), -1)
                ig = torch.cat((it.expand(ig.shape[0], 1, -1), ig), -1)
            out.append((index, copy_mix(lg, sg, ig, self.cfg.vocab_size, allowed)))
        if len(out) == 1:
            return out[0][1]
        mixed = torch.empty_like(logits, dtype=torch.float32)
        for index, part in out:
            mixed[index] = part
        return mixed
