"""distill.data: rows to tensors, token classes and weights, batching, the tokenisation cache."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import torch

import distill.data as data
from distill.data import (
    IGNORE,
    ClassWeights,
    TokenClass,
    batch_stream,
    collate,
    epoch_batches,
    load_dataset,
    read_rows,
    tokenize_row,
)
from model.config import ModelConfig
from model.format import Tool, build_prompt, flatten_prompt, messages_from_openai
from model.tokenizer import ARGS, BOS, CALL, EOS, TEXT, ThimbleTokenizer
from tests.tools import TIMER_AND_WEATHER

TOOLS = TIMER_AND_WEATHER
CITIES = ("Paris", "Lima", "Oslo", "Cairo", "Tokyo", "Quito", "Rome", "Baku")
LABELS = ("tea", "pasta", "laundry", "nap")


def make_rows(n: int) -> list[dict[str, Any]]:
    """`n` rows cycling through single, single with an optional argument, parallel, no call."""
    rows = []
    for i in range(n):
        j = i // 4 % 4
        if i % 4 == 0:
            text = f"set a timer for {(5, 20, 45, 90)[j]} minutes"
            calls = [{"name": "set_timer", "arguments": {"minutes": (5, 20, 45, 90)[j]}}]
        elif i % 4 == 1:
            m, label = (10, 30, 60, 75)[j], LABELS[j]
            text = f"timer {m} min called {label}"
            calls = [{"name": "set_timer", "arguments": {"minutes": m, "label": label}}]
        elif i % 4 == 2:
            a, b = CITIES[2 * j], CITIES[2 * j + 1]
            text = f"weather in {a} and {b} in fahrenheit"
            calls = [
                {"name": "get_weather", "arguments": {"city": c, "unit": "fahrenheit"}}
                for c in (a, b)
            ]
        else:
            text, calls = f"{('hi there', 'thanks!', 'tell me a joke', 'good night')[j]}", []
        answer = (
            {"content": None, "tool_calls": calls}
            if calls
            else {"content": "Happy to help.", "tool_calls": []}
        )
        kind = "no_call" if not calls else "parallel" if len(calls) > 1 else "single"
        rows.append(
            {
                "id": f"row-{i}",
                "tools": TOOLS,
                "messages": [{"role": "user", "content": text}],
                "answer": answer,
                "meta": {"source": "synthetic", "kind": kind},
            }
        )
    return rows


def write_rows(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_target_classes_follow_the_answer_structure(tokenizer: ThimbleTokenizer) -> None:
    row = make_rows(2)[1]  # set_timer {"minutes": 10, "label": "tea"}
    item = tokenize_row(tokenizer, row, ModelConfig(), "compact")
    assert item is not None
    by_class: dict[int, bytes] = {}
    for t, c in zip(item.dec, item.classes, strict=True):
        by_class[c] = by_class.get(c, b"") + tokenizer.token_bytes[t]
    assert by_class[TokenClass.NAME] == b"set_timer"
    assert item.dec[:2] == [BOS, CALL] and item.classes[1] == TokenClass.DECISION
    assert item.dec[-1] == EOS and item.classes[-1] == TokenClass.DECISION
    # values: the digits, the label's text and its closing quote (whatever tokens merge there)
    values = by_class[TokenClass.VALUE]
    assert b"10" in values and b"tea" in values and b"minutes" not in values
    # which argument comes next (or none) is a decision; the rest of a key's syntax is format
    decisions = by_class[TokenClass.DECISION]
    assert b"minutes" in decisions and b"label" in decisions and b'":' not in decisions
    assert b'":' in by_class[TokenClass.FORMAT]
    assert item.classes[item.dec.index(ARGS)] == TokenClass.FORMAT


@pytest.mark.parametrize(
    ("arguments", "decided"),
    [({}, [b"{}"]), ({"days": [1, 2]}, [b"{", b"days", b",", b"]"])],
)
def test_closing_or_adding_an_argument_is_a_decision(
    tokenizer: ThimbleTokenizer, arguments: dict, decided: list[bytes]
) -> None:
    """Leaving optional arguments out (`{}`), or stopping a list, is chosen, not forced."""
    row = make_rows(2)[1]
    row["answer"]["tool_calls"][0]["arguments"] = arguments
    item = tokenize_row(tokenizer, row, ModelConfig(), "compact")
    assert item is not None
    args = item.dec.index(ARGS)
    parts = [
        (tokenizer.token_bytes[t], c)
        for t, c in zip(item.dec[args + 1 : -1], item.classes[args + 1 : -1], strict=True)
    ]
    chosen = b"".join(b for b, c in parts if c == TokenClass.DECISION)
    for piece in decided:
        assert piece in chosen, (piece, parts)
    assert all(c != TokenClass.FORMAT or (b"," not in b and b"}" not in b) for b, c in parts)


def test_text_answers_are_text_class_after_the_decision(tokenizer: ThimbleTokenizer) -> None:
    row = make_rows(4)[3]
    item = tokenize_row(tokenizer, row, ModelConfig(), "compact")
    assert item is not None
    assert item.dec[1] == TEXT and item.classes[1] == TokenClass.DECISION
    assert set(item.classes[2:]) == {TokenClass.TEXT}
    assert tokenizer.decode(item.dec) == "Happy to help."


def test_encoder_inputs_are_what_the_engine_builds(tokenizer: ThimbleTokenizer) -> None:
    row = make_rows(3)[2]
    for isolation in (True, False):
        cfg = ModelConfig(tool_isolation=isolation)
        item = tokenize_row(tokenizer, row, cfg, "json")
        assert item is not None
        prompt = build_prompt(
            tokenizer,
            [Tool.from_openai(t) for t in TOOLS],
            messages_from_openai(row["messages"]),
            cfg.max_tool_tokens,
            cfg.max_prompt_tokens,
            "json",
        )
        assert item.enc == flatten_prompt(prompt, isolation)
        assert set(item.enc[2]) == {1, 2, 3}  # conversation and two tools


def test_collate_pads_shifts_and_weights(tokenizer: ThimbleTokenizer, tmp_path: Path) -> None:
    path = write_rows(tmp_path / "rows.jsonl", make_rows(4))
    ds = load_dataset(path, tokenizer, ModelConfig())
    w = ClassWeights(format=1.0, name=3.0, value=5.0, decision=7.0, text=0.5)
    b = collate(ds, [0, 2, 3], w)
    enc_len, dec_len = ds.lengths()
    assert b.enc_ids.shape == (3, int(enc_len[[0, 2, 3]].max()))
    assert b.dec_in.shape == b.targets.shape == b.weights.shape == (3, int(dec_len.max()) - 1)
    for k, i in enumerate([0, 2, 3]):
        ids = ds.dec_ids[ds.dec_off[i] : ds.dec_off[i + 1]].tolist()
        n = len(ids) - 1
        assert b.dec_in[k, :n].tolist() == ids[:-1] and b.targets[k, :n].tolist() == ids[1:]
        assert (b.targets[k, n:] == IGNORE).all() and (b.weights[k, n:] == 0).all()
        classes = ds.dec_cls[ds.dec_off[i] + 1 : ds.dec_off[i + 1]].tolist()
        table = [1.0, 3.0, 5.0, 7.0, 0.5]
        assert b.weights[k, :n].tolist() == [table[c] for c in classes]
        e = int(enc_len[i])
        assert (b.enc_seg[k, :e] > 0).all() and (b.enc_seg[k, e:] == 0).all()
    assert b.tokens() == int((b.enc_seg > 0).sum() + (b.targets != IGNORE).sum())
    assert b.confidence.isnan().all()


def test_epoch_batches_cover_every_row_once_and_repeat_by_seed(
    tokenizer: ThimbleTokenizer, tmp_path: Path
) -> None:
    ds = load_dataset(write_rows(tmp_path / "r.jsonl", make_rows(37)), tokenizer, ModelConfig())
    a = epoch_batches(ds, 4, seed=1, epoch=0, pool=3)
    assert sorted(i for b in a for i in b) == list(range(37))
    assert a == epoch_batches(ds, 4, seed=1, epoch=0, pool=3)
    assert a != epoch_batches(ds, 4, seed=1, epoch=1, pool=3)
    assert a != epoch_batches(ds, 4, seed=2, epoch=0, pool=3)
    # rows are sorted by length within a pool of 3 batches, so each batch is a run of the order
    enc_len, dec_len = ds.lengths()
    sizes = [[int(enc_len[i] + 2 * dec_len[i]) for i in b] for b in a]
    assert all(s == sorted(s) for s in sizes)


def test_batch_stream_from_a_step_continues_the_stream(
    tokenizer: ThimbleTokenizer, tmp_path: Path
) -> None:
    ds = load_dataset(write_rows(tmp_path / "r.jsonl", make_rows(10)), tokenizer, ModelConfig())
    full = batch_stream(ds, 4, seed=0)
    steps = [next(full) for _ in range(9)]  # 3 batches per epoch: three epochs
    resumed = batch_stream(ds, 4, seed=0, start_step=4)
    assert [next(resumed) for _ in range(5)] == steps[4:]
    assert [e for e, _ in steps] == [0, 0, 0, 1, 1, 1, 2, 2, 2]


def test_curriculum_draws_short_prompts_first_and_resumes_in_either_phase(
    tokenizer: ThimbleTokenizer, tmp_path: Path
) -> None:
    ds = load_dataset(write_rows(tmp_path / "r.jsonl", make_rows(12)), tokenizer, ModelConfig())
    enc_len = ds.lengths()[0]
    limit = int(enc_len.median())
    short = {i for i in range(len(ds)) if enc_len[i] <= limit}
    assert 0 < len(short) < len(ds)
    full = batch_stream(ds, 2, seed=0, short_steps=5, short_tokens=limit)
    steps = [next(full) for _ in range(11)]
    assert all(set(rows) <= short for _, rows in steps[:5])
    assert not all(set(rows) <= short for _, rows in steps[5:])  # then every row
    plain = batch_stream(ds, 2, seed=0)  # the main phase is the plain stream from its start
    assert steps[5:] == [next(plain) for _ in range(6)]
    for start in (3, 7):
        resumed = batch_stream(ds, 2, seed=0, start_step=start, short_steps=5, short_tokens=limit)
        assert [next(resumed) for _ in range(11 - start)] == steps[start:]
    with pytest.raises(ValueError, match="at most 1 tokens"):
        next(batch_stream(ds, 2, seed=0, short_steps=5, short_tokens=1))


def test_tokenisation_is_cached_beside_the_jsonl(
    tokenizer: ThimbleTokenizer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_rows(tmp_path / "train.jsonl", make_rows(6))
    first = load_dataset(path, tokenizer, ModelConfig())
    caches = list(tmp_path.glob("train.tok-*.pt"))
    assert len(caches) == 1

    def boom(*args: object) -> None:
        raise AssertionError("re-tokenised a cached file")

    monkeypatch.setattr(data, "tokenize_row", boom)
    again = load_dataset(path, tokenizer, ModelConfig())
    assert torch.equal(again.dec_ids, first.dec_ids) and again.stats == first.stats
    monkeypatch.undo()
    # other prompt settings or other bytes: another key
    load_dataset(path, tokenizer, ModelConfig(max_prompt_tokens=100))
    write_rows(path, make_rows(7))
    assert len(load_dataset(path, tokenizer, ModelConfig())) == 7
    assert len(list(tmp_path.glob("train.tok-*.pt"))) == 3


def test_tokenising_in_several_processes_gives_the_same_set(
    tokenizer: ThimbleTokenizer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = make_rows(11)
    rows[4]["meta"] = {"kind": "single", "source": "elsewhere"}
    one = load_dataset(write_rows(tmp_path / "a.jsonl", rows), tokenizer, ModelConfig())
    monkeypatch.setattr(data, "CHUNK_ROWS", 3)  # four chunks, the last one short
    two = load_dataset(write_rows(tmp_path / "b.jsonl", rows), tokenizer, ModelConfig(), workers=2)
    for f in ("enc_ids", "enc_pos", "enc_seg", "enc_off", "dec_ids", "dec_cls", "dec_off"):
        assert torch.equal(getattr(one, f), getattr(two, f)), f
    assert one.stats == {**two.stats, "file": one.stats["file"]}


def test_rows_too_long_for_the_decoder_are_dropped(
    tokenizer: ThimbleTokenizer, tmp_path: Path
) -> None:
    path = write_rows(tmp_path / "r.jsonl", make_rows(4))
    ds = load_dataset(path, tokenizer, ModelConfig(max_output_tokens=12))
    assert ds.stats["dropped:too_long"] >= 1 and len(ds) == 4 - ds.stats["dropped:too_long"]
    assert int(ds.lengths()[1].max()) <= 12 + 2


def test_rows_from_bfcl_are_refused(tmp_path: Path) -> None:
    row = {**make_rows(1)[0], "meta": {"source": "BFCL simple_python", "kind": "single"}}
    path = write_rows(tmp_path / "r.jsonl", [*make_rows(2), row])
    with pytest.raises(ValueError, match="BFCL is for measurement only"):
        read_rows(path)


def test_teacher_logprobs_become_a_confidence(tokenizer: ThimbleTokenizer) -> None:
    row = make_rows(1)[0]
    row["meta"]["teacher_logprobs"] = [-0.5, -1.5]
    item = tokenize_row(tokenizer, row, ModelConfig(), "compact")
    assert item is not None and item.confidence == pytest.approx(torch.tensor(-1.0).exp().item())
