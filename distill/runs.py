"""A training run's folder: its checkpoint (atomic, with RNG states), metrics JSONL, loss plot.

Kept apart from the loop in `distill.train` so the loop reads as one screen of training.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import torch


def rng_state() -> dict[str, Any]:
    state = {"torch": torch.get_rng_state(), "python": random.getstate()}
    if torch.cuda.is_available():
        state["cuda"] = torch.cuda.get_rng_state_all()
    return state


def set_rng_state(state: dict[str, Any]) -> None:
    torch.set_rng_state(state["torch"])
    random.setstate(state["python"])
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(state["cuda"])


def save_checkpoint(path: Path, **state: Any) -> None:
    tmp = path.with_suffix(".tmp")
    torch.save(state, tmp)
    tmp.replace(path)  # atomic: a kill mid-save leaves the previous checkpoint


def plot_losses(metrics: list[dict[str, Any]], path: Path) -> None:
    """Training loss per logged step and held-out loss per eval, on a log scale."""
    import matplotlib  # imported here: slow to import, and only needed once a run ends

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4))
    train = [m for m in metrics if "loss" in m]
    evals = [m for m in metrics if "eval_loss" in m]
    ax.plot([m["step"] for m in train], [m["loss"] for m in train], label="train (weighted CE)")
    if evals:
        ax.plot([m["step"] for m in evals], [m["eval_loss"] for m in evals], "o-", label="held-out")
    embed = [m for m in train if "embed" in m]
    if embed:
        ax.plot([m["step"] for m in embed], [m["embed"] for m in embed], label="embedding teacher")
    ax.set(xlabel="step", ylabel="loss", yscale="log", title=path.parent.name)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def read_metrics(path: Path, upto: int) -> list[dict[str, Any]]:
    """Metrics logged up to step `upto` (a resumed run drops what came after its checkpoint)."""
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [m for m in rows if m["step"] <= upto]
