"""distill.export: checkpoint -> card + shards round trip, the int8 variant and its gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

import distill.evaluate as evaluate
from distill.export import export_run, main
from distill.train import train
from model.weights import INT8, load_checkpoint
from tests.distill.test_data import make_rows, write_rows
from tests.distill.test_train import tiny_config


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(checkpoint, held-out rows) of a three-step tiny run."""
    tmp = tmp_path_factory.mktemp("export")
    rows = write_rows(tmp / "rows.jsonl", make_rows(8))
    cfg = tiny_config(
        tmp, rows, heldout=str(rows), name="tiny", batch_size=4, steps=3, eval_decode=2
    )
    return train(cfg) / "ckpt.pt", rows


def test_export_round_trips_weights_and_card(run: tuple[Path, Path], tmp_path: Path) -> None:
    ckpt, rows = run
    card_path = tmp_path / "weights" / "tiny.json"
    export_run(ckpt, card_path, max_shard_mb=0.2, heldout=str(rows), eval_limit=2, int8=False)
    card = json.loads(card_path.read_text())
    assert len(card["shards"]) > 1  # 0.2 MB shards for a ~1.5 MB student
    assert all((card_path.parent / s).stat().st_size < 1_100_000 for s in card["shards"])
    model, _, loaded = load_checkpoint(card_path)
    state = torch.load(ckpt, weights_only=True)["model"]
    for k, v in model.state_dict().items():
        assert torch.equal(v, state[k].half().float()), k
    assert loaded["training"]["steps"] == 3 and loaded["training"]["tokens_seen"] > 0
    assert loaded["training"]["config"]["name"] == "tiny"
    assert loaded["data"]["counts"]["train"]["rows"] == 8
    assert loaded["eval"]["heldout_rows"] == 2 and "heldout_exact_match" in loaded["eval"]
    assert "eval_loss" in loaded["eval"]  # the last eval during training
    assert loaded["tool_format"] == "compact" and "int8" not in loaded


def test_int8_card_is_smaller_and_loads_close(run: tuple[Path, Path], tmp_path: Path) -> None:
    ckpt, rows = run
    card_path = tmp_path / "tiny.json"
    card = export_run(ckpt, card_path, heldout=str(rows), eval_limit=2)
    assert card["int8"]["exported"]  # a random student: the same (zero) exact match
    int8_path = tmp_path / "tiny-int8.json"
    int8 = json.loads(int8_path.read_text())
    assert (
        int8["quantization"] == INT8
        and int8["eval"]["heldout_exact_match"] == card["int8"]["exact_match"]
    )
    shard = load_file(str(tmp_path / int8["shards"][0]))
    assert shard["encoder.0.attn.q.weight"].dtype == torch.int8
    size = lambda c: sum((tmp_path / s).stat().st_size for s in c["shards"])  # noqa: E731
    assert size(int8) < size(json.loads(card_path.read_text()))  # tiny: the embedding dominates
    model, _, _ = load_checkpoint(int8_path)
    state = torch.load(ckpt, weights_only=True)["model"]
    name = "decoder.1.cross_attn.o.weight"
    w, q = state[name], model.state_dict()[name]
    step = w.abs().amax(1, keepdim=True) / 127
    assert ((w - q).abs() <= step * 0.51 + 1e-6).all()  # within half a quantisation step


def test_int8_is_not_exported_when_it_loses_over_a_point(
    run: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ckpt, rows = run
    figures = iter([0.90, 0.88])  # float16, then int8: two points lost
    monkeypatch.setattr(evaluate, "exact_match", lambda *a: next(figures))
    card = export_run(ckpt, tmp_path / "tiny.json", heldout=str(rows), eval_limit=2)
    assert card["int8"] == {"exact_match": 0.88, "exported": False, "card": "tiny-int8.json"}
    assert not (tmp_path / "tiny-int8.json").exists()
    assert json.loads((tmp_path / "tiny.json").read_text())["int8"]["exported"] is False


def test_export_cli_writes_the_card(run: tuple[Path, Path], tmp_path: Path) -> None:
    ckpt, _ = run
    out = tmp_path / "cli.json"
    assert main(["--ckpt", str(ckpt), "--out", str(out), "--max-shard-mb", "16", "--no-int8"]) == 0
    assert load_checkpoint(out)[2]["name"] == "cli"


def test_a_card_is_republished_with_figures_and_int8(
    run: tuple[Path, Path], tmp_path: Path
) -> None:
    ckpt, rows = run
    gpu = tmp_path / "gpu" / "tiny.json"  # as a GPU run sends it back: no held-out figures
    export_run(ckpt, gpu, max_shard_mb=0.2, int8=False)
    out = tmp_path / "weights" / "default.json"
    assert (
        main(["--card", str(gpu), "--out", str(out), "--heldout", str(rows), "--limit", "2"]) == 0
    )
    model, _, card = load_checkpoint(out)
    before, _, old = load_checkpoint(gpu)
    assert all(torch.equal(v, before.state_dict()[k]) for k, v in model.state_dict().items())
    assert card["name"] == "default" and card["shards"] == ["default-1-of-1.safetensors"]
    assert card["training"] == old["training"] and card["eval"]["heldout_rows"] == 2
    assert card["int8"]["card"] == "default-int8.json"
    assert load_checkpoint(tmp_path / "weights" / "default-int8.json")[2]["quantization"] == INT8
