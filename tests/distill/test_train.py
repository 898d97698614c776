"""distill.train: schedule, loss, a tiny student that overfits, resume, the CLI."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import torch

from distill.data import IGNORE, Batch
from distill.train import TrainConfig, config_from_args, kl_to_teacher, loss_fn, lr_at, train
from model.tokenizer import ThimbleTokenizer
from model.weights import load_checkpoint, save_checkpoint
from tests.distill.test_data import make_rows, write_rows
from tests.tiny import TINY, tiny_student


def tiny_config(tmp_path: Path, train_path: Path, **overrides: Any) -> TrainConfig:
    """A few-second run: the tiny student shape, one CPU thread (deterministic), no export."""
    settings: dict[str, Any] = {
        "train": str(train_path),
        "heldout": None,
        "model": {**TINY.to_dict(), "max_output_tokens": 48},
        "runs_dir": str(tmp_path / "runs"),
        "export_dir": str(tmp_path / "weights"),
        "threads": 1,
        "export": False,
        "warmup_steps": 2,
        "log_every": 1,
    }
    return TrainConfig(**{**settings, **overrides})


def metrics(run: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (run / "metrics.jsonl").read_text().splitlines()]


def test_lr_warms_up_then_decays_to_min_lr() -> None:
    cfg = TrainConfig(lr=1e-3, min_lr=1e-4, warmup_steps=10)
    assert lr_at(0, cfg, 110) == pytest.approx(1e-4)
    assert lr_at(9, cfg, 110) == pytest.approx(1e-3)
    assert lr_at(60, cfg, 110) == pytest.approx(5.5e-4)  # half way down the cosine
    assert lr_at(110, cfg, 110) == pytest.approx(1e-4)
    assert lr_at(500, cfg, 110) == pytest.approx(1e-4)


def test_a_time_budget_spreads_the_decay_over_the_time() -> None:
    cfg = TrainConfig(lr=1e-3, min_lr=1e-4, warmup_steps=10, time_budget_s=100.0)
    assert lr_at(5, cfg, 10**6, elapsed=90.0) == pytest.approx(6e-4)  # warmup counts in steps
    assert lr_at(20, cfg, 10**6, elapsed=50.0) == pytest.approx(5.5e-4)
    assert lr_at(20, cfg, 10**6, elapsed=150.0) == pytest.approx(1e-4)
    assert lr_at(110, cfg, 110, elapsed=1.0) == pytest.approx(1e-4)  # steps may end it first


def test_a_run_out_of_time_stops_and_exports(tmp_path: Path) -> None:
    rows = write_rows(tmp_path / "rows.jsonl", make_rows(8))
    cfg = tiny_config(tmp_path, rows, name="timed", batch_size=4, steps=1000, export=True)
    run = train(replace(cfg, time_budget_s=1e-9))  # spent by the first step
    assert [m["step"] for m in metrics(run)] == [1]
    card = json.loads((tmp_path / "weights" / "timed.json").read_text())
    assert card["training"]["steps"] == 1 and card["training"]["total_steps"] == 1000


def _batch(targets: list[list[int]], weights: list[list[float]], conf: list[float]) -> Batch:
    t = torch.tensor(targets)
    z = torch.zeros_like(t)
    return Batch(z, z, z, z, t, torch.tensor(weights), torch.tensor(conf))


def test_loss_is_cross_entropy_weighted_per_token() -> None:
    torch.manual_seed(0)
    logits = torch.randn(2, 3, 11)
    b = _batch([[1, 2, IGNORE], [4, 5, 6]], [[1.0, 2.0, 0.0], [1.0, 1.0, 3.0]], [math.nan] * 2)
    total, ce = loss_fn(logits, b, TrainConfig())
    nll = -logits.log_softmax(-1)
    manual = (nll[0, 0, 1] + 2 * nll[0, 1, 2] + nll[1, 0, 4] + nll[1, 1, 5] + 3 * nll[1, 2, 6]) / 8
    assert total == ce and float(ce) == pytest.approx(float(manual), rel=1e-5)


def test_kl_to_teacher_vanishes_when_the_student_matches_the_teacher() -> None:
    V, c = 7, 0.8
    t = torch.full((V,), (1 - c) / (V - 1))
    t[3] = c
    logits = t.log().expand(1, 2, V).clone()
    b = _batch([[3, 3]], [[1.0, 1.0]], [c])
    assert float(kl_to_teacher(logits, b)) == pytest.approx(0.0, abs=1e-6)
    assert float(kl_to_teacher(torch.zeros(1, 2, V), b)) > 0.1
    assert float(kl_to_teacher(logits, _batch([[3, 3]], [[1.0, 1.0]], [math.nan]))) == 0.0
    cfg = TrainConfig(kl_weight=0.5)
    total, ce = loss_fn(torch.zeros(1, 2, V), b, cfg)
    assert float(total) == pytest.approx(
        float(ce) + 0.5 * float(kl_to_teacher(torch.zeros(1, 2, V), b))
    )


def test_tiny_student_overfits_16_rows_to_exact_match(tmp_path: Path) -> None:
    rows = write_rows(tmp_path / "rows.jsonl", make_rows(16))
    cfg = tiny_config(
        tmp_path,
        rows,
        heldout=str(rows),  # memorisation: the training rows are the test
        name="overfit",
        batch_size=16,
        steps=200,
        lr=5e-3,
        min_lr=5e-4,
        warmup_steps=10,
        log_every=50,
        eval_every=1000,  # only at the end
        eval_rows=16,
        eval_decode=16,
        export=True,
    )
    run = train(cfg)
    final = metrics(run)[-1]
    assert final["step"] == 200 and final["eval_exact_match"] == 1.0
    assert final["eval_token_acc"] == 1.0
    card = json.loads((tmp_path / "weights" / "overfit.json").read_text())
    assert card["eval"]["heldout_exact_match"] == 1.0 and card["eval"]["heldout_rows"] == 16
    assert card["training"]["steps"] == 200 and card["data"]["counts"]["train"]["rows"] == 16
    assert "exact_match" in card["int8"]
    assert (run / "loss.png").stat().st_size > 0
    assert json.loads((run / "config.json").read_text())["total_steps"] == 200


def test_resume_continues_the_same_loss_curve(tmp_path: Path) -> None:
    rows = write_rows(tmp_path / "rows.jsonl", make_rows(8))
    whole = train(tiny_config(tmp_path, rows, name="whole", batch_size=4, steps=10))
    cut = tiny_config(tmp_path, rows, name="cut", batch_size=4, steps=10, stop_at=4)
    run = train(cut)
    assert torch.load(run / "ckpt.pt", weights_only=True)["step"] == 4
    with (run / "metrics.jsonl").open("a") as f:  # logged past the checkpoint, then killed
        f.write(json.dumps({"step": 6, "loss": 99.0}) + "\n")
    cut.stop_at = None
    train(cut)
    a, b = metrics(whole), metrics(run)
    assert [m["step"] for m in b] == list(range(1, 11))
    assert [m["loss"] for m in b] == pytest.approx([m["loss"] for m in a], rel=1e-6)
    wa = torch.load(whole / "ckpt.pt", weights_only=True)["model"]
    wb = torch.load(run / "ckpt.pt", weights_only=True)["model"]
    assert all(torch.allclose(wa[k], wb[k], atol=1e-6) for k in wa)


def test_resume_refuses_a_checkpoint_of_another_config(tmp_path: Path) -> None:
    rows = write_rows(tmp_path / "rows.jsonl", make_rows(4))
    train(tiny_config(tmp_path, rows, name="x", batch_size=4, steps=1))
    with pytest.raises(SystemExit, match="lr"):
        train(tiny_config(tmp_path, rows, name="x", batch_size=4, steps=1, lr=0.5))


def test_cli_flags_override_the_config_json(tmp_path: Path) -> None:
    path = tmp_path / "run.json"
    path.write_text(json.dumps({"steps": 7, "lr": 0.01, "model": {"d_model": 64}}))
    cfg = config_from_args(
        ["--config-json", str(path), "--lr", "0.02", "--no-export", "--heldout", "h.jsonl"]
    )
    assert (cfg.steps, cfg.lr, cfg.export, cfg.heldout) == (7, 0.02, False, "h.jsonl")
    assert cfg.model == {"d_model": 64}
    assert config_from_args(["--model", '{"n_encoder_layers": 2}']).model == {"n_encoder_layers": 2}


def test_a_run_config_json_can_seed_another_run(tmp_path: Path) -> None:
    rows = write_rows(tmp_path / "rows.jsonl", make_rows(4))
    run = train(tiny_config(tmp_path, rows, name="first", batch_size=4, steps=1))
    cfg = config_from_args(["--config-json", str(run / "config.json"), "--name", "second"])
    assert (cfg.name, cfg.steps, cfg.model) == ("second", 1, tiny_config(tmp_path, rows).model)


def test_init_fine_tunes_from_a_card_with_its_shape_and_tokenizer(
    tmp_path: Path, tokenizer: ThimbleTokenizer
) -> None:
    rows = write_rows(tmp_path / "rows.jsonl", make_rows(4))
    card = save_checkpoint(tiny_student(5, max_output_tokens=48), tokenizer, tmp_path / "c.json")
    start = load_checkpoint(card)[0].state_dict()
    # lr 0: the run's weights are the card's weights, so training started from them
    cfg = tiny_config(tmp_path, rows, name="ft", batch_size=4, steps=1, lr=0.0, min_lr=0.0)
    run = train(replace(cfg, model={}, init=str(card)))
    trained = torch.load(run / "ckpt.pt", weights_only=True)
    assert all(torch.equal(trained["model"][k], v) for k, v in start.items())
    assert trained["config"]["tokenizer"] == str(tmp_path / "c.tokenizer.json")
    with pytest.raises(SystemExit, match="drop --model"):
        train(replace(cfg, name="ft2", init=str(card)))
