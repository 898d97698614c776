"""Training rows to Student 2's tensors: WordPiece tools and conversation, BPE actions and spans.

Each row becomes its offered tools (indices into a table of distinct tool texts, each WordPiece-
encoded once), the conversation's WordPiece ids (`model.span_format.conversation`: exactly what
the engine feeds), and the decoder's actions: <|bos|> ... <|eos|> as in `distill.data`, except
that every argument value found in the conversation is one COPY action carrying its span (first
and last WordPiece token). Every action has a `TokenClass` for the loss weights, as in
`distill.data` (a copy is a VALUE).
"""

from __future__ import annotations

import json
import random
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import Tensor
from tqdm import tqdm

from distill.data import IGNORE, ClassWeights, TokenClass, iter_rows
from model.config import ModelConfig
from model.format import Tool, dump_args, messages_from_openai, tool_text
from model.minilm import WordPiece
from model.span_format import Conversation, args_pieces, conversation
from model.tokenizer import ARGS, BOS, CALL, EOS, PAD, TEXT, ThimbleTokenizer


@dataclass
class Actions:
    """Decoder actions of one answer, and per action its class and copied span (-1: none)."""

    ids: list[int] = field(default_factory=lambda: [BOS])
    classes: list[int] = field(default_factory=lambda: [int(TokenClass.FORMAT)])
    first: list[int] = field(default_factory=lambda: [-1])
    last: list[int] = field(default_factory=lambda: [-1])

    def add(self, ids: list[int], cls: TokenClass | list[int], span: tuple[int, int] = (-1, -1)):
        self.ids += ids
        self.classes += [int(cls)] * len(ids) if isinstance(cls, TokenClass) else cls
        self.first += [span[0]] * len(ids)
        self.last += [span[1]] * len(ids)


def _run(tok: ThimbleTokenizer, parts: list[tuple[bytes, str, tuple[int, ...]]]) -> tuple:
    """Tokenise text the decoder writes (format and generated values) as one string, and class
    each token by the bytes it covers: value bytes, then decision points, else format."""
    text = b"".join(p for p, _, _ in parts)
    values, decisions, at = [], set(), 0
    for raw, kind, points in parts:
        if kind == "value":
            values.append((at, at + len(raw)))
        decisions.update(at + p for p in points)
        at += len(raw)
    ids = tok.encode(text.decode())
    classes, pos = [], 0
    for t in ids:
        end = pos + len(tok.token_bytes[t])
        if any(a < end and pos < b for a, b in values):
            classes.append(int(TokenClass.VALUE))
        elif any(pos <= d < end for d in decisions):
            classes.append(int(TokenClass.DECISION))
        else:
            classes.append(int(TokenClass.FORMAT))
        pos = end
    return ids, classes


def answer_actions(
    tok: ThimbleTokenizer, answer: dict[str, Any], conv: Conversation, copy_id: int, max_span: int
) -> Actions:
    out = Actions()
    calls = answer.get("tool_calls") or []
    if not calls:
        out.add([TEXT], TokenClass.DECISION)
        out.add([*tok.encode(answer.get("content") or ""), EOS], TokenClass.TEXT)
        return out
    for c in calls:
        out.add([CALL], TokenClass.DECISION)
        out.add(tok.encode(c["name"]), TokenClass.NAME)
        out.add([ARGS], TokenClass.FORMAT)
        pieces = args_pieces(c["arguments"], conv, max_span)
        if "".join(p.text for p in pieces) != dump_args(c["arguments"]):
            raise ValueError("argument pieces do not join to the arguments")
        run: list[tuple[bytes, str, tuple[int, ...]]] = []
        for p in [*pieces, None]:
            if p is None or p.kind == "copy":
                if run:
                    out.add(*_run(tok, run))
                    run = []
                if p is not None:
                    assert p.span is not None
                    out.add([copy_id], TokenClass.VALUE, p.span)
            else:
                run.append((p.text.encode(), p.kind, p.decisions))
    out.add([EOS], TokenClass.DECISION)
    return out


@dataclass
class SpanItem:
    tools: list[int]  # indices into the dataset's tool table
    conv: np.ndarray  # WordPiece ids
    actions: np.ndarray  # (4, T): ids, classes, first, last


class SpanDataset:
    """Rows as `SpanItem`s and the table of distinct tools' WordPiece ids."""

    def __init__(self) -> None:
        self.items: list[SpanItem] = []
        self.tools: list[np.ndarray] = []
        self._tool_index: dict[str, int] = {}
        self.stats: dict[str, Any] = {"rows": 0, "dropped": 0, "copies": 0, "values": 0}
        self.copy_id = -1  # the COPY action's id (the model's vocab_size), set by `add`

    def __len__(self) -> int:
        return len(self.items)

    def lengths(self) -> tuple[Tensor, Tensor]:
        """(encoder tokens, decoder actions) per row, for length-sorted batches."""
        enc = [len(it.conv) + sum(len(self.tools[t]) for t in it.tools) for it in self.items]
        dec = [it.actions.shape[1] for it in self.items]
        return torch.tensor(enc), torch.tensor(dec)

    def tool(self, wp: WordPiece, text: str, max_tokens: int) -> int:
        i = self._tool_index.get(text)
        if i is None:
            i = self._tool_index[text] = len(self.tools)
            self.tools.append(np.array(wp.encode(text, max_tokens).ids, dtype=np.int32))
        return i

    def add(
        self,
        tok: ThimbleTokenizer,
        wp: WordPiece,
        row: dict[str, Any],
        cfg: ModelConfig,
        max_tools: int = 0,
    ) -> None:
        """Tokenise a row; with `max_tools`, offer the called tools and distractors up to that
        many (chosen by a hash of the row, so every run sees the same), since MiniLM's pass over
        new tools is most of a CPU step's time."""
        tools = [Tool.from_openai(t) for t in row.get("tools") or []]
        if max_tools and len(tools) > max_tools:
            called = {c["name"] for c in row["answer"].get("tool_calls") or []}
            rng = random.Random(zlib.crc32(json.dumps(row["messages"]).encode()))
            others = [t for t in tools if t.name not in called]
            keep = {id(t) for t in rng.sample(others, max(0, max_tools - len(tools) + len(others)))}
            tools = [t for t in tools if t.name in called or id(t) in keep]
        conv = conversation(wp, messages_from_openai(row["messages"]), cfg.max_prompt_tokens)
        self.copy_id = cfg.vocab_size
        acts = answer_actions(tok, row["answer"], conv, cfg.vocab_size, cfg.max_span_tokens)
        if len(acts.ids) - 2 > cfg.max_output_tokens:
            self.stats["dropped"] += 1
            return
        self.stats["rows"] += 1
        self.stats["copies"] += sum(i == cfg.vocab_size for i in acts.ids)
        self.stats["values"] += sum(c == TokenClass.VALUE for c in acts.classes)
        self.items.append(
            SpanItem(
                [self.tool(wp, tool_text(t), cfg.max_tool_tokens) for t in tools],
                np.array(conv.pieces.ids, dtype=np.int32),
                np.array([acts.ids, acts.classes, acts.first, acts.last], dtype=np.int32),
            )
        )


def load_span_dataset(
    path: str | Path,
    tok: ThimbleTokenizer,
    wp: WordPiece,
    cfg: ModelConfig,
    limit: int = 0,
    max_tools: int = 0,
) -> SpanDataset:
    ds = SpanDataset()
    for i, row in enumerate(tqdm(iter_rows(path), desc=f"tokenise {Path(path).name}", unit="row")):
        if limit and i >= limit:
            break
        ds.add(tok, wp, row, cfg, max_tools)
    return ds


@dataclass
class SpanBatch:
    tool_ids: Tensor  # (N, L) WordPiece ids of the batch's distinct tools, 0-padded
    tool_index: list[int]  # their indices in the dataset's tool table (the MiniLM memo's keys)
    conv_ids: Tensor  # (B, S) conversation WordPiece ids, 0-padded
    gather: Tensor  # (B, M) row b's memory: [conversation; its tools] as indices into the
    #                 flat states [conversations (B*S); tools (N*L); one zero row]
    pos: Tensor  # (B, M) positions (each segment from 0)
    seg: Tensor  # (B, M) 1 conversation, 2.. tools, 0 padding
    dec_in: Tensor  # (B, T) actions fed (COPY where a span was copied)
    in_first: Tensor  # (B, T) the fed span's first token, -1 if none
    in_last: Tensor
    targets: Tensor  # (B, T) next actions, IGNORE on padding
    first: Tensor  # (B, T) target spans' first tokens, IGNORE where the target is no copy
    last: Tensor
    weights: Tensor  # (B, T) loss weights, 0 on padding

    @property
    def size(self) -> int:
        return self.conv_ids.shape[0]

    def tokens(self) -> int:
        return int((self.seg != 0).sum() + (self.targets != IGNORE).sum())


def collate_spans(ds: SpanDataset, rows: list[int], weights: ClassWeights) -> SpanBatch:
    items = [ds.items[i] for i in rows]
    uniq = sorted({t for it in items for t in it.tools})
    where = {t: k for k, t in enumerate(uniq)}
    L = max((len(ds.tools[t]) for t in uniq), default=1)
    tool_ids = torch.zeros(len(uniq), L, dtype=torch.long)
    for k, t in enumerate(uniq):
        tool_ids[k, : len(ds.tools[t])] = torch.from_numpy(ds.tools[t])
    B, S = len(items), max(len(it.conv) for it in items)
    conv_ids = torch.zeros(B, S, dtype=torch.long)
    zero = B * S + len(uniq) * L
    M = S + max(sum(len(ds.tools[t]) for t in it.tools) for it in items)
    gather = torch.full((B, M), zero, dtype=torch.long)
    pos, seg = torch.zeros(B, M, dtype=torch.long), torch.zeros(B, M, dtype=torch.long)
    T = max(it.actions.shape[1] for it in items) - 1
    dec = torch.full((7, B, T), IGNORE, dtype=torch.long)
    w = torch.zeros(B, T)
    table = weights.table()
    for b, it in enumerate(items):
        n = len(it.conv)
        conv_ids[b, :n] = torch.from_numpy(it.conv)
        gather[b, :n], pos[b, :n], seg[b, :n] = torch.arange(b * S, b * S + n), torch.arange(n), 1
        at = S
        for j, t in enumerate(it.tools):
            m = len(ds.tools[t])
            base = B * S + where[t] * L
            gather[b, at : at + m] = torch.arange(base, base + m)
            pos[b, at : at + m], seg[b, at : at + m] = torch.arange(m), j + 2
            at += m
        a = torch.from_numpy(it.actions).long()
        k = a.shape[1] - 1
        dec[0, b, :k], dec[1, b, :k], dec[2, b, :k] = a[0, :-1], a[2, :-1], a[3, :-1]
        dec[3, b, :k] = a[0, 1:]
        copied = a[0, 1:] == ds.copy_id
        dec[4, b, :k] = torch.where(copied, a[2, 1:], IGNORE)
        dec[5, b, :k] = torch.where(copied, a[3, 1:], IGNORE)
        w[b, :k] = table[a[1, 1:]]
    dec_in = dec[0].masked_fill(dec[0] == IGNORE, PAD)
    in_first = dec[1].masked_fill(dec[1] == IGNORE, -1)
    in_last = dec[2].masked_fill(dec[2] == IGNORE, -1)
    return SpanBatch(
        tool_ids, uniq, conv_ids, gather, pos, seg, dec_in, in_first, in_last,
        dec[3], dec[4], dec[5], w,
    )  # fmt: skip
