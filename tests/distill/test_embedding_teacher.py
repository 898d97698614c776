"""distill.embedding_teacher: MiniLM's embeddings, per-segment pooling, the training term."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from distill.embedding_teacher import MiniLM, SegmentTeacher, pool_segments
from distill.train import train
from model.tokenizer import ThimbleTokenizer
from model.weights import DEFAULT_TOKENIZER
from tests.distill.test_data import make_rows, write_rows
from tests.distill.test_train import metrics, tiny_config


@pytest.fixture(scope="module")
def minilm() -> MiniLM:
    return MiniLM()


def test_minilm_puts_a_request_next_to_the_tool_that_serves_it(minilm: MiniLM) -> None:
    ask, weather, pizza = minilm(
        [
            "will it rain in Lisbon tomorrow?",
            "get_forecast(city: string) - Weather forecast for a city.",
            "order_food(restaurant: string, dishes: array) - Order a meal for delivery.",
        ]
    )
    assert float(ask @ weather) > float(ask @ pizza) + 0.2
    assert float(ask.norm()) == pytest.approx(1.0, abs=1e-5)


def test_minilm_reads_each_text_alone_whatever_the_padding(minilm: MiniLM) -> None:
    short = "book a table"
    alone = minilm([short])[0]
    padded = minilm([short, "a much longer sentence that makes the batch pad the short one"])[0]
    assert torch.allclose(alone, padded, atol=1e-5)


def test_segments_pool_to_their_own_mean() -> None:
    memory = torch.arange(12.0).view(1, 6, 2)  # states 0..5, two channels
    seg = torch.tensor([[2, 2, 3, 1, 1, 0]])  # tool 2, tool 3, conversation, padding
    pooled, present = pool_segments(memory, seg)
    assert present.tolist() == [[True, True, True]]
    assert pooled[0, 0].tolist() == [7.0, 8.0]  # conversation: states 3 and 4
    assert pooled[0, 1].tolist() == [1.0, 2.0]  # tool 2: states 0 and 1
    assert pooled[0, 2].tolist() == [4.0, 5.0]


def test_targets_are_the_embeddings_of_each_segments_text(minilm: MiniLM) -> None:
    tok = ThimbleTokenizer.load(DEFAULT_TOKENIZER)
    tool, conv = tok.encode("get_forecast - Weather for a city."), tok.encode("rain in Lisbon?")
    ids = torch.tensor([tool + conv])
    seg = torch.tensor([[2] * len(tool) + [1] * len(conv)])
    teacher = SegmentTeacher(tok, minilm)
    out = teacher.targets(ids, seg)
    want = minilm([tok.decode(conv), tok.decode(tool)])
    assert torch.allclose(out[0], want, atol=1e-5)
    assert len(teacher.tools) == 1  # the tool is memoised, the conversation is not
    assert torch.allclose(teacher.targets(ids, seg), out, atol=1e-5)


def test_training_with_the_teacher_logs_its_loss_and_resumes(tmp_path: Path) -> None:
    rows = write_rows(tmp_path / "rows.jsonl", make_rows(8))
    cfg = tiny_config(tmp_path, rows, name="emb", batch_size=4, steps=4, embed_weight=0.5)
    whole = train(cfg)
    cut = tiny_config(tmp_path, rows, name="cut", batch_size=4, steps=4, embed_weight=0.5)
    cut.stop_at = 2
    train(cut)
    cut.stop_at = None
    run = train(cut)
    a, b = metrics(whole), metrics(run)
    assert all(m["embed"] > 0 and m["loss"] > m["ce"] for m in a)
    assert [m["loss"] for m in b] == pytest.approx([m["loss"] for m in a], rel=1e-5)
    assert "probe" in torch.load(run / "ckpt.pt", weights_only=True)
    assert json.loads((run / "config.json").read_text())["embed_weight"] == 0.5
