"""How sure the student is of one answer, and the calibration that makes that a probability.

The raw score reads `Stats.chosen`, the choices the model made freely (the grammar's forced
tokens never count: a key, a brace or the rest of a tool name says nothing about the model). Each
choice's probability is taken among the tokens the grammar allowed at that point, so the
call/no-call decision, each tool name's deciding tokens and each argument value's tokens all
count, and nothing the grammar ruled out does.

- `product` (default): the product of the chosen probabilities, i.e. the probability of the
  whole answer's free choices; an answer with no free choice scores 1.
- `min`: the least sure single choice.

`Calibration` maps a raw score to the share of answers that were right at that score (isotonic
regression, pool-adjacent-violators, fitted by `thimble calibrate`, stored in the weights card
under `calibration`), so a calibrated 0.9 means right about 90% of the time on data like the
held-out set it was fitted on. A card without one serves the raw score.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from itertools import groupby
from typing import Any, Literal

from model.generate import Stats

Score = Literal["product", "min"]


def raw_confidence(stats: Stats, score: Score = "product") -> float:
    lps = [c.logprob for c in stats.chosen]
    if not lps:
        return 1.0
    return math.exp(sum(lps) if score == "product" else min(lps))


@dataclass(frozen=True)
class Calibration:
    """A monotone step map from raw score to probability of being right: `x` ascending
    breakpoints, `y` their values, linear between them and flat beyond."""

    score: Score = "product"
    x: tuple[float, ...] = ()
    y: tuple[float, ...] = ()
    rows: int = 0  # how many held-out answers it was fitted on
    data: str = ""  # and which

    @classmethod
    def from_card(cls, card: dict[str, Any]) -> Calibration:
        c = card.get("calibration") or {}
        return cls(
            c.get("score", "product"),
            tuple(c.get("x", ())),
            tuple(c.get("y", ())),
            c.get("rows", 0),
            c.get("data", ""),
        )

    def to_card(self) -> dict[str, Any]:
        return {**asdict(self), "x": list(self.x), "y": list(self.y)}

    def __call__(self, stats: Stats) -> float:
        return self.apply(raw_confidence(stats, self.score))

    def apply(self, raw: float) -> float:
        xs, ys = self.x, self.y
        if not xs:
            return raw
        if raw <= xs[0]:
            return ys[0]
        if raw >= xs[-1]:
            return ys[-1]
        lo, hi = 0, len(xs) - 1  # bisect: the last breakpoint <= raw
        while hi - lo > 1:
            mid = (lo + hi) // 2
            lo, hi = (mid, hi) if xs[mid] <= raw else (lo, mid)
        t = (raw - xs[lo]) / (xs[hi] - xs[lo]) if xs[hi] > xs[lo] else 0.0
        return ys[lo] + t * (ys[hi] - ys[lo])


def fit_isotonic(
    raw: Sequence[float], right: Sequence[bool], score: Score = "product", data: str = ""
) -> Calibration:
    """Isotonic regression of right (0/1) on raw score, by pool-adjacent-violators; each pooled
    block becomes two breakpoints (its lowest and highest raw score) at the block's accuracy."""
    pairs = sorted(zip(raw, right, strict=True))
    blocks: list[list[float]] = []  # [sum of right, count, lowest raw, highest raw]
    for x, group in groupby(pairs, key=lambda p: p[0]):  # a raw score's answers: one block
        hits = [float(r) for _, r in group]
        blocks.append([sum(hits), float(len(hits)), x, x])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]:
            s, n, _, hi = blocks.pop()
            blocks[-1][0] += s
            blocks[-1][1] += n
            blocks[-1][3] = hi
    xs: list[float] = []
    ys: list[float] = []
    for s, n, lo, hi in blocks:
        for x in (lo, hi) if hi > lo else (lo,):
            xs.append(x)
            ys.append(s / n)
    return Calibration(score, tuple(xs), tuple(ys), len(pairs), data)


def ece(confidence: Sequence[float], right: Sequence[bool], bins: int = 10) -> float:
    """Expected calibration error: the row-weighted mean, over equal-width confidence bins, of
    |accuracy - mean confidence| in the bin."""
    n = len(confidence)
    if not n:
        return 0.0
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, c in enumerate(confidence) if lo <= c < hi or (b == bins - 1 and c == 1)]
        if idx:
            acc = sum(right[i] for i in idx) / len(idx)
            conf = sum(confidence[i] for i in idx) / len(idx)
            total += len(idx) / n * abs(acc - conf)
    return total
