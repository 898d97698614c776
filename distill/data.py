"""Training rows (JSONL, docs/data-format.md) to padded tensors the student trains on.

Each row becomes an encoder input (`model.format.build_prompt` + `flatten_prompt`, so training
sees exactly what `model.generate.Engine` feeds at inference) and a decoder sequence
(`answer_ids`: <|bos|> ... <|eos|>). Every decoder target carries a `TokenClass` read off the
answer's structure, never off its text: a call's name, argument values (JSON leaves), the choices
the grammar leaves open (call or text first, another call or <|eos|> after each call, which
argument next or close the object), the rest of the format (special tokens, punctuation, the
rest of a key), and text answers. Classes, not weights, are cached,
so the per-class loss weights stay a training setting.

Tokenising is the slow part, so `load_dataset` caches the ragged arrays beside the JSONL
(`train.tok-<hash>.pt`), keyed by the tokenizer, the prompt settings and the file's bytes.

BFCL is a measurement set only: `read_rows` refuses any row whose `meta.source` mentions it.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import math
import random
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, fields
from enum import IntEnum
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import numpy as np
import torch
from tokenizers import Tokenizer
from torch import Tensor

from model.config import ModelConfig
from model.format import (
    Tool,
    answer_from_row,
    answer_ids,
    build_prompt,
    flatten_prompt,
    messages_from_openai,
)
from model.tokenizer import ARGS, CALL, EOS, PAD, TEXT, ThimbleTokenizer

log = logging.getLogger(__name__)

CACHE_VERSION = 2  # bump when what `tokenize_row` produces changes
CHUNK_ROWS = 2048  # rows per task when several processes tokenise
IGNORE = -100  # target id that the loss skips (padding)


class TokenClass(IntEnum):
    FORMAT = 0  # special tokens, the rest of keys, JSON punctuation: mostly forced by the grammar
    NAME = 1  # the tool name after <|call|>
    VALUE = 2  # a JSON leaf inside the arguments (string content and its closing quote)
    DECISION = 3  # call or text, another call or <|eos|>, next argument or close (`,` `}` `]`)
    TEXT = 4  # a text answer's content and its <|eos|>


@dataclass(frozen=True)
class ClassWeights:
    """Loss weight per `TokenClass`: what the model really chooses counts more than format."""

    format: float = 1.0
    name: float = 2.0
    value: float = 2.0
    decision: float = 2.0
    text: float = 1.0

    def table(self) -> Tensor:
        return torch.tensor([self.format, self.name, self.value, self.decision, self.text])


# ---- rows --------------------------------------------------------------------------------------


def parse_row(line: str, where: str) -> dict[str, Any]:
    row = json.loads(line)
    source = str((row.get("meta") or {}).get("source", ""))
    if "bfcl" in source.lower():
        raise ValueError(
            f"{where}: meta.source {source!r}: BFCL is for measurement only, never training data"
        )
    return row


def iter_rows(path: str | Path) -> Iterator[dict[str, Any]]:
    with Path(path).open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                yield parse_row(line, f"{path}:{n}")


def read_rows(path: str | Path) -> list[dict[str, Any]]:
    return list(iter_rows(path))


def _leaf_spans(value: Any, start: int, spans: list[tuple[int, int]], choices: list[int]) -> bytes:
    """Compact JSON bytes of `value` (as `model.format.dump_args` writes them) starting at byte
    `start`; appends the byte span of every leaf value (a string's opening quote excluded: it
    is forced once the schema says string) to `spans`, and to `choices` the bytes where the
    model decides the shape: each key's opening quote and first character (an argument, and
    which), each separator and closing bracket (another argument or item, or stop)."""
    if isinstance(value, dict):
        out = b"{"
        for i, (k, v) in enumerate(value.items()):
            if i:
                choices.append(start + len(out))
                out += b","
            choices += [start + len(out), start + len(out) + 1]  # opening quote, first character
            out += json.dumps(k, ensure_ascii=False).encode() + b":"
            out += _leaf_spans(v, start + len(out), spans, choices)
        choices.append(start + len(out))
        return out + b"}"
    if isinstance(value, list):
        out = b"["
        for i, v in enumerate(value):
            if i:
                choices.append(start + len(out))
                out += b","
            out += _leaf_spans(v, start + len(out), spans, choices)
        choices.append(start + len(out))
        return out + b"]"
    out = json.dumps(value, ensure_ascii=False).encode()
    skip = 1 if isinstance(value, str) else 0
    spans.append((start + skip, start + len(out)))
    return out


def target_classes(tok: ThimbleTokenizer, ids: list[int], row: dict[str, Any]) -> list[int]:
    """The class of every decoder token of `answer_ids` (ids[0] is <|bos|>, classed FORMAT)."""
    calls = row["answer"].get("tool_calls") or []
    classes = [TokenClass.FORMAT] * len(ids)
    state, call, pos, raw = "start", -1, 0, b""
    spans: list[tuple[int, int]] = []
    choices: list[int] = []
    for i, t in enumerate(ids[1:], 1):
        if t in (CALL, TEXT) or (t == EOS and state == "args"):
            classes[i] = TokenClass.DECISION
            state = "name" if t == CALL else "text" if t == TEXT else "end"
        elif t == ARGS:
            call, pos, spans, choices = call + 1, 0, [], []
            raw = _leaf_spans(calls[call]["arguments"], 0, spans, choices)
            state = "args"
        elif state == "name":
            classes[i] = TokenClass.NAME
        elif state == "text":
            classes[i] = TokenClass.TEXT
        elif state == "args":
            end = pos + len(tok.token_bytes[t])
            if any(a < end and pos < b for a, b in spans):
                classes[i] = TokenClass.VALUE
            elif any(pos <= c < end for c in choices):
                classes[i] = TokenClass.DECISION
            pos = end
            if ids[i + 1] in (CALL, EOS) and pos != len(raw):
                raise ValueError(f"row {row.get('id')}: arguments do not re-serialise as tokenised")
    return [int(c) for c in classes]


def teacher_confidence(row: dict[str, Any]) -> float:
    """exp(mean teacher log-prob of its chosen tokens) when the row carries them, else NaN.

    Teachers tokenise differently, so their per-token log-probs cannot be aligned with ours;
    their mean is the teacher's confidence in the whole answer, which the KL term uses."""
    lps = (row.get("meta") or {}).get("teacher_logprobs")
    return math.exp(sum(lps) / len(lps)) if lps else math.nan


@dataclass
class Tokenized:
    """One row: encoder (ids, positions, segments), decoder ids and target classes."""

    enc: tuple[list[int], list[int], list[int]]
    dec: list[int]
    classes: list[int]
    confidence: float


def tokenize_row(
    tok: ThimbleTokenizer, row: dict[str, Any], cfg: ModelConfig, tool_format: str
) -> Tokenized | None:
    """None when the answer is longer than the decoder may write (the row is dropped)."""
    tools = [Tool.from_openai(t) for t in row.get("tools") or []]
    prompt = build_prompt(
        tok,
        tools,
        messages_from_openai(row["messages"]),
        cfg.max_tool_tokens,
        cfg.max_prompt_tokens,
        tool_format,
    )
    dec = answer_ids(tok, answer_from_row(row))
    if len(dec) - 2 > cfg.max_output_tokens:
        return None
    enc = flatten_prompt(prompt, cfg.tool_isolation)
    return Tokenized(enc, dec, target_classes(tok, dec, row), teacher_confidence(row))


# ---- the tokenised set and its cache ---------------------------------------------------------


@dataclass
class Dataset:
    """Ragged per-row arrays, concatenated; row i is [off[i], off[i + 1])."""

    enc_ids: Tensor  # (N_enc,) int32
    enc_pos: Tensor  # (N_enc,) int32
    enc_seg: Tensor  # (N_enc,) int32
    enc_off: Tensor  # (rows + 1,) int64
    dec_ids: Tensor  # (N_dec,) int32, each row <|bos|> ... <|eos|>
    dec_cls: Tensor  # (N_dec,) int8, TokenClass of each token as a target
    dec_off: Tensor  # (rows + 1,) int64
    confidence: Tensor  # (rows,) float32, NaN without teacher log-probs
    stats: dict[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.enc_off) - 1

    def lengths(self) -> tuple[Tensor, Tensor]:
        return self.enc_off.diff(), self.dec_off.diff()

    @classmethod
    def build(cls, items: Iterable[Tokenized]) -> Dataset:
        """Packs rows as they come into flat arrays (a list of lists of Python ints would take
        gigabytes for a few hundred thousand rows)."""
        enc = [array("i"), array("i"), array("i")]
        dec, classes, conf = array("i"), array("b"), array("f")
        enc_off, dec_off = array("q", [0]), array("q", [0])
        for t in items:
            for buf, part in zip(enc, t.enc, strict=True):
                buf.extend(part)
            dec.extend(t.dec)
            classes.extend(t.classes)
            conf.append(t.confidence)
            enc_off.append(len(enc[0]))
            dec_off.append(len(dec))

        def tensor(a: array) -> Tensor:
            return torch.from_numpy(np.frombuffer(a, dtype=a.typecode).copy())

        return cls(
            tensor(enc[0]),
            tensor(enc[1]),
            tensor(enc[2]),
            tensor(enc_off),
            tensor(dec),
            tensor(classes),
            tensor(dec_off),
            tensor(conf),
        )

    @classmethod
    def concat(cls, parts: list[Dataset]) -> Dataset:
        """The rows of `parts`, in order, as one set (offsets shifted)."""

        def joined(name: str) -> Tensor:
            if not name.endswith("_off"):
                return torch.cat([getattr(p, name) for p in parts])
            offs, base = [torch.zeros(1, dtype=torch.int64)], 0
            for p in parts:
                off = getattr(p, name)
                offs.append(off[1:] + base)
                base += int(off[-1])
            return torch.cat(offs)

        return cls(*(joined(f.name) for f in fields(cls) if f.name != "stats"))


def cache_key(tok: ThimbleTokenizer, cfg: ModelConfig, tool_format: str, path: Path) -> str:
    h = hashlib.sha256()
    h.update(tok.tok.to_str().encode())
    settings = {
        "version": CACHE_VERSION,
        "tool_format": tool_format,
        "isolation": cfg.tool_isolation,
        "max_tool_tokens": cfg.max_tool_tokens,
        "max_prompt_tokens": cfg.max_prompt_tokens,
        "max_output_tokens": cfg.max_output_tokens,
    }
    h.update(json.dumps(settings, sort_keys=True).encode())
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:16]


def _tokenized(
    rows: Iterable[dict[str, Any]],
    tok: ThimbleTokenizer,
    cfg: ModelConfig,
    tool_format: str,
    counts: Counter[str],
) -> Iterator[Tokenized]:
    for row in rows:
        item = tokenize_row(tok, row, cfg, tool_format)
        meta = row.get("meta") or {}
        if item is None:
            counts["dropped:too_long"] += 1
            continue
        counts[f"kind:{meta.get('kind', '?')}"] += 1
        counts[f"source:{str(meta.get('source', '?')).split(':')[0]}"] += 1
        yield item


_worker: tuple[ThimbleTokenizer, ModelConfig, str] | None = None


def _init_worker(tokenizer_json: str, cfg: dict[str, Any], tool_format: str) -> None:
    global _worker
    torch.set_num_threads(1)
    tok = ThimbleTokenizer(Tokenizer.from_str(tokenizer_json))
    _worker = (tok, ModelConfig.from_dict(cfg), tool_format)


def _tokenize_chunk(
    job: tuple[str, list[tuple[int, str]]],
) -> tuple[dict[str, np.ndarray], Counter[str]]:
    """Numpy arrays travel back (torch would pass tensors through shared-memory handles)."""
    assert _worker is not None, "_init_worker runs first"
    path, lines = job
    counts = Counter[str]()
    rows = (parse_row(line, f"{path}:{n}") for n, line in lines)
    ds = Dataset.build(_tokenized(rows, *_worker, counts))
    return {f.name: getattr(ds, f.name).numpy() for f in fields(ds) if f.name != "stats"}, counts


def _line_chunks(path: Path, size: int) -> Iterator[tuple[str, list[tuple[int, str]]]]:
    with path.open(encoding="utf-8") as f:
        numbered = ((n, line) for n, line in enumerate(f, 1) if line.strip())
        while chunk := list(itertools.islice(numbered, size)):
            yield str(path), chunk


def load_dataset(
    path: str | Path,
    tok: ThimbleTokenizer,
    cfg: ModelConfig,
    tool_format: str = "compact",
    workers: int = 1,
) -> Dataset:
    """The tokenised rows of a JSONL file, from the cache beside it when the key matches.

    With `workers` > 1 the rows are tokenised in that many processes, in chunks, and joined in
    file order: the same set as one process makes (16 workers tokenised 731k rows in two
    minutes on a GPU machine; one process does about 1,700 rows a second)."""
    path = Path(path)
    cache = path.with_name(f"{path.stem}.tok-{cache_key(tok, cfg, tool_format, path)}.pt")
    if cache.exists():
        saved = torch.load(cache, weights_only=True)
        stats = json.loads(saved.pop("stats_json"))
        return Dataset(**saved, stats=stats)
    counts = Counter[str]()
    if workers > 1:
        init = (tok.tok.to_str(), cfg.to_dict(), tool_format)
        with ProcessPoolExecutor(workers, get_context("spawn"), _init_worker, init) as pool:
            parts = []
            for arrays, part_counts in pool.map(_tokenize_chunk, _line_chunks(path, CHUNK_ROWS)):
                parts.append(Dataset(**{k: torch.from_numpy(v) for k, v in arrays.items()}))
                counts.update(part_counts)
        ds = Dataset.concat(parts) if parts else Dataset.build([])
    else:
        ds = Dataset.build(_tokenized(iter_rows(path), tok, cfg, tool_format, counts))
    ds.stats = {"rows": len(ds), "file": str(path), **dict(sorted(counts.items()))}
    if counts["dropped:too_long"]:
        log.warning(
            "%s: dropped %d rows with answers over max_output_tokens",
            path,
            counts["dropped:too_long"],
        )
    arrays = {f.name: getattr(ds, f.name) for f in fields(ds) if f.name != "stats"}
    tmp = cache.with_suffix(".tmp")
    torch.save({**arrays, "stats_json": json.dumps(ds.stats)}, tmp)
    tmp.replace(cache)
    return ds


# ---- batches -----------------------------------------------------------------------------------


@dataclass
class Batch:
    enc_ids: Tensor  # (B, S) padded with <|pad|>
    enc_pos: Tensor  # (B, S)
    enc_seg: Tensor  # (B, S), 0 on padding
    dec_in: Tensor  # (B, T) <|bos|> ... (last token dropped)
    targets: Tensor  # (B, T) next tokens, IGNORE on padding
    weights: Tensor  # (B, T) float loss weight, 0 on padding
    confidence: Tensor  # (B,) teacher confidence, NaN without

    def to(self, device: torch.device | str) -> Batch:
        return Batch(*(getattr(self, f.name).to(device, non_blocking=True) for f in fields(self)))

    @property
    def size(self) -> int:
        return self.enc_ids.shape[0]

    def tokens(self) -> int:
        """Real (non-padding) tokens read and written: the unit of throughput."""
        return int((self.enc_seg != 0).sum() + (self.targets != IGNORE).sum())


def collate(ds: Dataset, rows: list[int], weights: ClassWeights) -> Batch:
    table = weights.table()
    enc_len, dec_len = ds.lengths()
    S, T = int(enc_len[rows].max()), int(dec_len[rows].max()) - 1
    B = len(rows)
    enc = torch.zeros(3, B, S, dtype=torch.long)  # ids, pos, seg; PAD == 0 == padding segment
    dec_in = torch.full((B, T), PAD, dtype=torch.long)
    targets = torch.full((B, T), IGNORE, dtype=torch.long)
    w = torch.zeros(B, T)
    for b, i in enumerate(rows):
        e0, e1 = int(ds.enc_off[i]), int(ds.enc_off[i + 1])
        for k, src in enumerate((ds.enc_ids, ds.enc_pos, ds.enc_seg)):
            enc[k, b, : e1 - e0] = src[e0:e1]
        d0, d1 = int(ds.dec_off[i]), int(ds.dec_off[i + 1])
        n = d1 - d0 - 1
        dec_in[b, :n] = ds.dec_ids[d0 : d1 - 1]
        targets[b, :n] = ds.dec_ids[d0 + 1 : d1]
        w[b, :n] = table[ds.dec_cls[d0 + 1 : d1].long()]
    return Batch(enc[0], enc[1], enc[2], dec_in, targets, w, ds.confidence[rows])


def epoch_batches(
    ds: Dataset,
    batch_size: int,
    seed: int,
    epoch: int,
    pool: int = 64,
    rows: list[int] | None = None,
) -> list[list[int]]:
    """Row indices of every batch of one epoch over `rows` (default: all), the same for the
    same (seed, epoch).

    Rows are shuffled, then sorted by length within pools of `pool` batches so each batch pads
    little; the batches are shuffled again so lengths do not trend across the epoch. The last
    partial batch is kept."""
    rng = random.Random(seed * 1_000_003 + epoch)
    order = list(range(len(ds))) if rows is None else list(rows)
    rng.shuffle(order)
    enc_len, dec_len = ds.lengths()
    size = enc_len + 2 * dec_len  # the decoder's logits cost more per token than the encoder
    out: list[list[int]] = []
    for start in range(0, len(order), batch_size * pool):
        chunk = sorted(order[start : start + batch_size * pool], key=lambda i: int(size[i]))
        out += [chunk[j : j + batch_size] for j in range(0, len(chunk), batch_size)]
    rng.shuffle(out)
    return out


def _epochs(
    ds: Dataset, rows: list[int] | None, batch_size: int, seed: int, start_step: int
) -> Iterator[tuple[int, list[int]]]:
    per_epoch = math.ceil((len(ds) if rows is None else len(rows)) / batch_size)
    epoch, skip = divmod(start_step, per_epoch)
    while True:
        for batch in epoch_batches(ds, batch_size, seed, epoch, rows=rows)[skip:]:
            yield epoch, batch
        epoch, skip = epoch + 1, 0


def batch_stream(
    ds: Dataset,
    batch_size: int,
    seed: int,
    start_step: int = 0,
    short_steps: int = 0,
    short_tokens: int = 0,
) -> Iterator[tuple[int, list[int]]]:
    """(epoch, rows) for step `start_step` onward, forever: a resumed run sees what an
    uninterrupted one would have seen.

    A curriculum: the first `short_steps` steps draw only rows whose prompt has at most
    `short_tokens` tokens. Cross-attention over a short prompt finds the tool and the values
    sooner (smart_home, 300 steps: 32% held-out exact match on short prompts against 10% on all),
    and a short step costs a third of a long one."""
    if start_step < short_steps:
        short = (ds.lengths()[0] <= short_tokens).nonzero()[:, 0].tolist()
        if not short:
            raise ValueError(f"no row has a prompt of at most {short_tokens} tokens")
        yield from itertools.islice(
            _epochs(ds, short, batch_size, seed, start_step), short_steps - start_step
        )
    yield from _epochs(ds, None, batch_size, seed, max(0, start_step - short_steps))
