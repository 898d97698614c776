"""Decoder state for requests that decode together: one row per request, rows 0..n-1.

A request's cross-attention source is its tools, then its conversation. The tools' part (keys
and values per decoder layer, the copy head's keys and token ids) depends on the tools only, so
rows that offer the same tools share one copy of it (`Shared`, by tool-set key): a step reads it
once for all of them, where per-row copies made every step read the same 368-token block (8
tools) once per row, and the batch was bound by memory traffic. A row holds its conversation's
part and its decoder self-attention cache. Requests differ in conversation length and in how
far they have decoded, so row storage is padded: `cross_len` and `length` say how much of each
row is real, and `FastStudent.decode_batch` masks the rest. A row that leaves is filled by the
last one, so the live rows are always the first n and a step reads plain slices.

Storage grows on demand (more rows, a longer prompt, a longer answer) and is kept for the next
requests, since fresh memory costs more than the work (zero-filling a new 422-token row took
0.8 ms, a twentieth of a whole request); only when the last row leaves storage larger than
`keep_mb` is it dropped, so a burst of long requests does not hold memory afterwards. Fresh
storage is zeros: padding is masked out of attention, but a masked value still enters a product
(times a zero weight), so it must be finite.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import Tensor

from model.config import ModelConfig
from model.student import KV


@dataclass
class Shared:
    """The tools' part of the cross-attention source, for every row that offers those tools."""

    cross: list[KV]  # per decoder layer (KVH, S, hd)
    copy: KV | None  # the copy head's keys (S, C) and source token ids (S,)
    rows: int = 0  # rows using it

    @classmethod
    def of(cls, cross: list[KV], copy_head: bool) -> Shared:
        """From `cross_kv`-shaped entries (batch of one)."""
        layers = cross[:-1] if copy_head else cross
        copy = (cross[-1][0][0, 0], cross[-1][1][0, 0]) if copy_head else None
        return cls([(k[0], v[0]) for k, v in layers], copy)


class BatchCache:
    def __init__(
        self, cfg: ModelConfig, device: torch.device, dtype: torch.dtype, keep_mb: int = 64
    ) -> None:
        self.cfg, self.device, self.dtype, self.keep_mb = cfg, device, dtype, keep_mb
        self.cross_len: list[int] = []  # conversation tokens of each row
        self.length: list[int] = []  # decoder tokens in each row's self-attention cache
        self.tools: list[str] = []  # each row's tool-set key
        self.group: list[str] = []  # the same where the row uses a shared part, else ""
        self.shared: dict[str, Shared] = {}
        self._drop()

    def _drop(self) -> None:
        self.rows = self.source = self.steps = 0  # allocated sizes
        self.kv = torch.zeros(0)  # (decoder layers, 2, rows, KVH, steps, hd): keys, values
        self.cross: list[Tensor] = []  # per decoder layer (2, rows, KVH, source, hd): own part
        self.copy_keys = torch.zeros(0)  # (rows, source, C)
        self.copy_src = torch.zeros(0, dtype=torch.long)  # (rows, source)
        self.valid = torch.zeros(0, dtype=torch.bool)  # (rows, source): real prompt tokens
        self._view: RowsView | None = None

    @property
    def n(self) -> int:
        return len(self.length)

    @property
    def scratch(self) -> int:
        """A self-attention slot past every row's end: padding tokens write their keys here."""
        return self.steps - 1

    def _zeros(
        self, old: Tensor, shape: tuple[int, ...], dtype: torch.dtype | None = None
    ) -> Tensor:
        """New storage of `shape` holding what fits of `old` in its leading corner."""
        new = torch.zeros(shape, dtype=dtype or self.dtype, device=self.device)
        if old.numel():
            overlap = tuple(slice(0, min(a, b)) for a, b in zip(old.shape, shape, strict=True))
            new[overlap] = old[overlap]
        return new

    def reserve(self, rows: int = 0, source: int = 0, steps: int = 0) -> None:
        """Room for `rows` rows, `source` prompt tokens and `steps` decoder tokens (scratch slot
        included); sizes at least double when they grow, so growing is rare."""
        cfg = self.cfg
        grow = (rows > self.rows, source > self.source, steps > self.steps)
        if not any(grow):
            return
        R = max(rows, 2 * self.rows) if grow[0] else self.rows
        S = max(source, 2 * self.source) if grow[1] else self.source
        if grow[0] and not grow[1]:  # more rows: as long as the live rows need, no longer
            S = max(source, *self.cross_len, 1)
        M = max(steps, 2 * self.steps, 16) if grow[2] else self.steps
        layers, kvh, hd = cfg.n_decoder_layers, cfg.n_kv_heads, cfg.head_dim
        if grow[0] or grow[2]:
            self.kv = self._zeros(self.kv, (layers, 2, R, kvh, M, hd))
        if grow[0] or grow[1]:
            old = self.cross or [torch.zeros(0)] * layers
            self.cross = [self._zeros(c, (2, R, kvh, S, hd)) for c in old]
            if cfg.copy_head:
                self.copy_keys = self._zeros(self.copy_keys, (R, S, cfg.d_model))
                self.copy_src = self._zeros(self.copy_src, (R, S), torch.long)
            self.valid = self._zeros(self.valid, (R, S), torch.bool)
        self.rows, self.source, self.steps = R, S, M
        self._view = None

    def add(self, parts: list[list[KV]], key: str = "") -> int:
        """A row for a request whose cross-attention source is `parts` (each as `cross_kv` gives
        it, batch of one): its tools', then its conversation's. The tools' part is shared
        (under `key`) when another row offers the same tools; a row alone with its tools keeps
        its whole source in its own storage, which one row decodes fastest."""
        share = bool(key) and key in self.tools
        own = parts[-1:] if share else parts
        row, S = self.n, sum(p[0][0].shape[2] for p in own)
        self.reserve(rows=row + 1, source=S)
        at = 0
        for part in own:  # written piece by piece: no concatenated copy first
            n = part[0][0].shape[2]
            for c, (k, v) in zip(self.cross, part, strict=False):
                c[0, row, :, at : at + n], c[1, row, :, at : at + n] = k[0], v[0]
            if self.cfg.copy_head:
                keys, src = part[-1]
                self.copy_keys[row, at : at + n] = keys[0, 0]
                self.copy_src[row, at : at + n] = src[0, 0]
            at += n
        self.valid[row] = False
        self.valid[row, :S] = True
        self.cross_len.append(S)
        self.length.append(0)
        self.tools.append(key)
        self.group.append("")
        if share:
            if key not in self.shared:
                self.shared[key] = Shared.of(joined(parts[:-1]), self.cfg.copy_head)
            tools = sum(p[0][0].shape[2] for p in parts[:-1])
            for r in range(row):  # the row that was alone with these tools shares them now
                if self.tools[r] == key and not self.group[r]:
                    self._unshare(r, tools)
                    self.group[r] = key
                    self.shared[key].rows += 1
            self.group[row] = key
            self.shared[key].rows += 1
        self._view = None
        return row

    def _unshare(self, row: int, tools: int) -> None:
        """Drop the first `tools` source tokens of a row: what is left moves to the front."""
        n = self.cross_len[row] - tools
        for c in self.cross:
            c[:, row, :, :n] = c[:, row, :, tools : tools + n].clone()
        if self.cfg.copy_head:
            self.copy_keys[row, :n] = self.copy_keys[row, tools : tools + n].clone()
            self.copy_src[row, :n] = self.copy_src[row, tools : tools + n].clone()
        self.valid[row, n:] = False
        self.cross_len[row] = n

    def remove(self, row: int) -> None:
        """Drop a row; the last row moves into its place."""
        last = self.n - 1
        if row != last:
            self.kv[:, :, row] = self.kv[:, :, last]
            for c in self.cross:
                c[:, row] = c[:, last]
            if self.cfg.copy_head:
                self.copy_keys[row], self.copy_src[row] = self.copy_keys[last], self.copy_src[last]
            self.valid[row] = self.valid[last]
            self.cross_len[row], self.length[row] = self.cross_len[last], self.length[last]
            self.group[row], self.group[last] = self.group[last], self.group[row]
            self.tools[row] = self.tools[last]
        key = self.group.pop()
        self.tools.pop()
        if key:
            self.shared[key].rows -= 1
            if not self.shared[key].rows:
                del self.shared[key]
        self.cross_len.pop()
        self.length.pop()
        self._view = None
        if not self.n and self.nbytes > self.keep_mb * 2**20:
            self._drop()

    @property
    def nbytes(self) -> int:
        """Row storage (shared parts go with their last row)."""
        tensors = [self.kv, *self.cross, self.copy_keys, self.copy_src, self.valid]
        return sum(t.numel() * t.element_size() for t in tensors)

    def view(self, B: int) -> RowsView:
        """Rows 0..B-1 as slices of the storage, made once until the rows or the storage change
        (slicing afresh on every step costs more than the step's small kernels)."""
        if self._view is None or self._view.rows != B:
            S = max(self.cross_len[:B])
            keys = list(dict.fromkeys(self.group[:B]))
            groups = [
                (
                    None
                    if len(keys) == 1
                    else torch.tensor([r for r in range(B) if self.group[r] == k]),
                    self.shared.get(k),
                )
                for k in keys
            ]
            copy = None
            if self.cfg.copy_head:
                copy = (self.copy_keys[:B, :S], self.copy_src[:B, None, :S])
            self._view = RowsView(
                B,
                [(layer[0, :B], layer[1, :B]) for layer in self.kv],
                [(c[0, :B, :, :S], c[1, :B, :, :S]) for c in self.cross],
                copy,
                None if min(self.cross_len[:B]) == S else self.valid[:B, None, :S],
                groups,
            )
        return self._view


def joined(parts: list[list[KV]]) -> list[KV]:
    """Source entries one after another, as one source."""
    return [
        (torch.cat([p[i][0] for p in parts], 2), torch.cat([p[i][1] for p in parts], 2))
        for i in range(len(parts[0]))
    ]


@dataclass
class RowsView:
    rows: int
    self_kv: list[KV]  # per decoder layer (B, KVH, steps, hd): the whole cache, `steps` long
    cross: list[KV]  # per decoder layer (B, KVH, S, hd): the conversations' own part
    copy: KV | None  # the copy head's own part: keys (B, S, C), source ids (B, 1, S)
    mask: Tensor | None  # (B, 1, S) real conversation tokens; None when every row fills S
    # rows by tool set: the row indices (None: all rows) and their shared part (None: no tools)
    groups: list[tuple[Tensor | None, Shared | None]]
