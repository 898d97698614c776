"""Byte-level BPE tokenizer (vocabulary 8192) trained with `tokenizers` on text the project makes.

One tokenizer serves encoder and decoder, so a value the decoder copies from the prompt is the same
token ids on both sides. Special tokens mark segments and the call format (see `model.format`).
Digits are split one per token so numbers are copied digit by digit rather than memorised.

Text from users is encoded so that it can never produce a special token: a literal "<|call|>"
typed by a user stays ordinary bytes.

Train a tokenizer: `python -m model.tokenizer --data data/train.jsonl --out model/weights/tokenizer.json`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path

import llguidance
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

SPECIAL_TOKENS = (
    "<|pad|>",
    "<|bos|>",
    "<|eos|>",
    "<|tool|>",
    "<|system|>",
    "<|user|>",
    "<|assistant|>",
    "<|tool_result|>",
    "<|call|>",
    "<|args|>",
    "<|text|>",
)
PAD, BOS, EOS, TOOL, SYSTEM, USER, ASSISTANT, TOOL_RESULT, CALL, ARGS, TEXT = range(
    len(SPECIAL_TOKENS)
)


def _byte_decoder() -> dict[str, int]:
    """The inverse of byte-level BPE's byte-to-printable-character table."""
    return {ch: b for b, ch in enumerate(_byte_alphabet())}


def _byte_alphabet() -> list[str]:
    printable = [
        *range(ord("!"), ord("~") + 1),
        *range(ord("¡"), ord("¬") + 1),
        *range(ord("®"), ord("ÿ") + 1),
    ]
    table, extra = {}, 0
    for b in range(256):
        if b in printable:
            table[b] = chr(b)
        else:
            table[b] = chr(256 + extra)
            extra += 1
    return [table[b] for b in range(256)]


class ThimbleTokenizer:
    """A thin typed wrapper: encode text (never special), decode ids, bytes per token."""

    def __init__(self, tok: Tokenizer) -> None:
        self.tok = tok
        for i, name in enumerate(SPECIAL_TOKENS):
            if tok.token_to_id(name) != i:
                raise ValueError(f"tokenizer must map {name} to id {i}")

    @classmethod
    def load(cls, path: str | Path) -> ThimbleTokenizer:
        return cls(Tokenizer.from_file(str(path)))

    def save(self, path: str | Path) -> None:
        self.tok.save(str(path))

    @property
    def vocab_size(self) -> int:
        return self.tok.get_vocab_size()

    def encode(self, text: str) -> list[int]:
        if "<|" not in text:  # fast path: no special token can match
            return self.tok.encode(text, add_special_tokens=False).ids
        pieces = self.tok.pre_tokenizer.pre_tokenize_str(text)
        return [t.id for piece, _ in pieces for t in self.tok.model.tokenize(piece)]

    def encode_batch(self, texts: list[str]) -> list[list[int]]:
        fast = [t for t in texts if "<|" not in t]
        done = iter(e.ids for e in self.tok.encode_batch(fast, add_special_tokens=False))
        return [next(done) if "<|" not in t else self.encode(t) for t in texts]

    @cached_property
    def token_bytes(self) -> list[bytes]:
        """The raw bytes of every id (special tokens as their names)."""
        dec = _byte_decoder()
        out = []
        for i in range(self.vocab_size):
            s = self.tok.id_to_token(i)
            out.append(s.encode() if i < len(SPECIAL_TOKENS) else bytes(dec[c] for c in s))
        return out

    def decode(self, ids: Iterable[int]) -> str:
        """Decode ordinary tokens to text; special tokens are skipped."""
        table = self.token_bytes
        return b"".join(table[i] for i in ids if i >= len(SPECIAL_TOKENS)).decode(
            "utf-8", "replace"
        )

    @cached_property
    def llg(self) -> llguidance.LLTokenizer:
        """The same vocabulary for the grammar engine (built once; about a second)."""
        return llguidance.LLTokenizer(self.tok.to_str(), eos_token=EOS)


def train_tokenizer(texts: Iterable[str], vocab_size: int = 8192) -> ThimbleTokenizer:
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Digits(individual_digits=True),
            pre_tokenizers.ByteLevel(add_prefix_space=False),
        ]
    )
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=list(SPECIAL_TOKENS),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=True,
    )
    tok.train_from_iterator(texts, trainer)
    return ThimbleTokenizer(tok)


def corpus_from_jsonl(paths: list[Path]) -> Iterator[str]:
    """Every string a training row carries: tool names, descriptions, schemas, messages, answers."""
    from model.format import row_texts  # local: format imports this module

    for path in paths:
        with path.open(encoding="utf-8") as f:
            for line in f:
                yield from row_texts(json.loads(line))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--data", type=Path, nargs="+", required=True, help="JSONL training rows")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--vocab-size", type=int, default=8192)
    args = p.parse_args(argv)
    tok = train_tokenizer(corpus_from_jsonl(args.data), args.vocab_size)
    tok.save(args.out)
    print(f"wrote {args.out} ({tok.vocab_size} tokens)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
