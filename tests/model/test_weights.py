"""Checkpoint save/load round trip, shards and the card."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from safetensors import safe_open

from model.tokenizer import ThimbleTokenizer
from model.weights import load_checkpoint, read_card, save_checkpoint
from tests.tiny import tiny_student


def test_save_load_round_trip_in_shards(tmp_path: Path, tokenizer: ThimbleTokenizer) -> None:
    model = tiny_student(11)
    card = save_checkpoint(
        model,
        tokenizer,
        tmp_path / "m.json",
        {"name": "tiny"},
        torch.float32,
        max_shard_bytes=200_000,
    )
    meta = read_card(card)
    assert (
        len(meta["shards"]) > 1
        and meta["name"] == "tiny"
        and meta["parameters"] == model.num_parameters()
    )
    for f in meta["shards"]:  # a shard over the limit holds one tensor that is larger on its own
        assert (tmp_path / f).stat().st_size <= 200_000 + 10_000 or len(
            safe_open(tmp_path / f, "pt").keys()
        ) == 1
    loaded, tok, _ = load_checkpoint(card)
    assert loaded.cfg == model.cfg and tok.encode("héllo") == tokenizer.encode("héllo")
    for (k, a), (_, b) in zip(model.state_dict().items(), loaded.state_dict().items(), strict=True):
        torch.testing.assert_close(a, b, msg=k)


def test_float16_weights_load_as_float32(tmp_path: Path, tokenizer: ThimbleTokenizer) -> None:
    model = tiny_student(12)
    loaded, _, card = load_checkpoint(save_checkpoint(model, tokenizer, tmp_path / "h.json"))
    assert card["dtype"] == "float16"
    w = loaded.embed.weight
    assert w.dtype == torch.float32
    torch.testing.assert_close(w, model.embed.weight, atol=1e-3, rtol=1e-3)


def test_a_file_that_is_not_a_card_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text(json.dumps({"format": "other"}))
    with pytest.raises(ValueError):
        read_card(tmp_path / "x.json")


def test_a_tensor_larger_than_a_shard_is_split_and_joined(
    tmp_path: Path, tokenizer: ThimbleTokenizer
) -> None:
    """MiniLM's word embedding (23 MB in float16) must fit shards of 15 MB from a GPU machine."""
    model = tiny_student(13)
    biggest = max(t.numel() * 2 for t in model.state_dict().values())
    limit = biggest // 3
    card = save_checkpoint(model, tokenizer, tmp_path / "split.json", max_shard_bytes=limit)
    for fname in read_card(card)["shards"]:
        with safe_open(str(tmp_path / fname), "pt") as f:
            names = f.keys()  # safe_open is not iterable
            assert sum(f.get_tensor(k).numel() * 2 for k in names) <= limit
    loaded, _, _ = load_checkpoint(card)
    for name, t in model.state_dict().items():
        assert torch.equal(loaded.state_dict()[name], t.half().float()), name
