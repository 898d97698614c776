"""Offline synthetic data: an endless, seeded stream of training rows and the CLI that writes them.

    python -m distill.synth.offline --rows 200000 --seed 1 --out data/synth [--mask-names 0.2] \
        [--library my_domains/]

writes `train.jsonl` and `heldout.jsonl` (docs/data-format.md). The held-out file only holds rows
that use a held-out phrasing (`HELDOUT_PERCENT` of template families, chosen by hash), and the
train file never does, so held-out accuracy measures generalisation to unseen phrasings.
"""

import argparse
import collections
import contextlib
import hashlib
import json
import os
import random
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from tqdm import tqdm

from distill.synth.catalog import Library, load_library
from distill.synth.rows import BASE_MIX, LAYER_P, build_row

HELDOUT_PERCENT = 5
SPLITS = ("train", "heldout")


def iter_rows(
    seed: int,
    mask_names: float = 0.0,
    domains: tuple[str, ...] | None = None,
    mix: dict[str, float] | None = None,
    library: tuple[Path, ...] = (),
    defaults_p: float = 0.0,
) -> Iterator[dict]:
    """Yield rows forever; the same seed (and settings) yields the same rows.

    `domains` narrows the tools a row may offer and call to those domains (a single-domain
    run); near-miss look-alikes may still come from elsewhere. `mix` sets the shares of the base
    kinds (`rows.BASE_MIX`: no_call, single, parallel) and may set layer probabilities
    (`rows.LAYER_P`, e.g. multi_turn). `library` folders add domain files of their own
    (`distill.synth.catalog`) to the shipped ones; `defaults_p` gives optional properties of
    offered tools a stated default (`distill.synth.defaults`).
    """
    full = load_library(tuple(library))
    lib = restrict(full, domains) if domains else full
    rng = random.Random(seed)
    index = 0
    while True:
        row = build_row(rng, lib, mask_names, mix, defaults_p)
        index += 1
        digest = hashlib.sha1(json.dumps(row["messages"], ensure_ascii=False).encode()).hexdigest()
        row["meta"]["seed"] = seed
        yield {"id": f"syn-{index:06d}-{digest[:6]}", **row}


def parse_mix(text: str) -> dict[str, float]:
    """'no_call=0.2,single=0.5,parallel=0.3' -> shares of the base kinds (those left out get
    none, unless none is named); 'multi_turn=0.3' -> the probability of a layer (`LAYER_P`)."""
    mix = {k.strip(): float(v) for k, v in (part.split("=") for part in text.split(","))}
    unknown = set(mix) - set(BASE_MIX) - set(LAYER_P)
    shares = [v for k, v in mix.items() if k in BASE_MIX]
    layers = [v for k, v in mix.items() if k in LAYER_P]
    if unknown or (shares and not any(shares)) or not all(0 <= v <= 1 for v in layers):
        raise argparse.ArgumentTypeError(
            f"kinds are {sorted(BASE_MIX)}, with a positive share, and layers "
            f"{sorted(LAYER_P)}, with a probability in [0, 1]"
        )
    return mix


def restrict(lib: Library, domains: tuple[str, ...]) -> Library:
    unknown = set(domains) - set(lib.domains)
    if unknown:
        raise ValueError(f"unknown domains {sorted(unknown)}; known: {sorted(lib.domains)}")
    tools = tuple(t for t in lib.tools if t.domain in domains)
    outside = tuple(t for t in lib.tools if t.domain not in domains)
    return Library(tools, lib.by_name, {d: lib.domains[d] for d in domains}, outside)


def is_heldout(family: str, percent: int = HELDOUT_PERCENT) -> bool:
    return int(hashlib.sha1(family.encode()).hexdigest()[:8], 16) % 100 < percent


def split(row: dict, percent: int = HELDOUT_PERCENT) -> str:
    """'heldout' if any phrasing (template family) the row uses is held out, else 'train'."""
    return "heldout" if any(is_heldout(f, percent) for f in row["meta"]["families"]) else "train"


def row_key(row: dict) -> str:
    """Dedup key: offered tool names and the conversation."""
    names = [t["function"]["name"] for t in row["tools"]]
    blob = json.dumps([names, row["messages"]], ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(blob.encode()).hexdigest()


def write(
    rows: Iterator[dict],
    n: int,
    out: Path,
    progress: bool = True,
    heldout_percent: int = HELDOUT_PERCENT,
    exclude: set[str] | None = None,
) -> collections.Counter:
    """Write `n` distinct rows into out/train.jsonl and out/heldout.jsonl, atomically.

    A single domain has few phrasings, so a run on one holds out more of them
    (`heldout_percent`) for its held-out figure to average over more than a handful.
    Rows whose `row_key` is in `exclude` (another file's rows) are skipped as duplicates, so
    a second seed can write rows that a model trained on the first never saw.

    Lines go to temporary files renamed into place only at the end, so an interrupted run leaves
    the previous files (or none), never half a file. Returns counts per kind and per split.
    """
    out.mkdir(parents=True, exist_ok=True)
    counts: collections.Counter = collections.Counter()
    seen: set[str] = set(exclude or ())
    written = 0
    with contextlib.ExitStack() as stack:
        temps = {
            name: stack.enter_context(
                tempfile.NamedTemporaryFile(
                    "w", dir=out, prefix=f".{name}.", suffix=".tmp", delete=False, encoding="utf-8"
                )
            )
            for name in SPLITS
        }
        stack.callback(_remove, [tmp.name for tmp in temps.values()])  # runs first on exit
        bar = stack.enter_context(tqdm(total=n, unit="row", disable=not progress))
        for row in rows:
            if written >= n:
                break
            key = row_key(row)
            if key in seen:
                counts["duplicate"] += 1
                continue
            seen.add(key)
            written += 1
            part = split(row, heldout_percent)
            temps[part].write(json.dumps(row, ensure_ascii=False) + "\n")
            counts[f"kind:{row['meta']['kind']}"] += 1
            counts[f"base:{row['meta']['base']}"] += 1
            counts[f"split:{part}"] += 1
            bar.update()
        for name, tmp in temps.items():
            tmp.close()
            os.chmod(tmp.name, 0o644)  # NamedTemporaryFile creates 0600
            os.replace(tmp.name, out / f"{name}.jsonl")
    return counts


def _remove(paths: list[str]) -> None:
    """Delete temporary files an interrupted write left behind (renamed ones are gone already)."""
    for path in paths:
        if os.path.exists(path):
            os.unlink(path)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="thimble synth", description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000, help="distinct rows to write")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True, help="folder for train/heldout.jsonl")
    parser.add_argument(
        "--mask-names", type=float, default=0.0, help="share of rows with masked names"
    )
    parser.add_argument("--domains", nargs="+", help="only these domains (e.g. smart_home)")
    parser.add_argument(
        "--defaults",
        type=float,
        default=0.0,
        help="probability that an optional property of an offered tool states a default",
    )
    parser.add_argument(
        "--library",
        type=Path,
        nargs="+",
        default=[],
        help="folders of domain JSON files added to the shipped library "
        "(format: docs/data-format.md, schema: distill/synth/library.schema.json)",
    )
    parser.add_argument(
        "--mix",
        type=parse_mix,
        help=f"base kind shares, e.g. no_call=0.2,single=0.5,parallel=0.3 (default {BASE_MIX}), "
        f"and layer probabilities, e.g. multi_turn=0.3 (default {LAYER_P})",
    )
    parser.add_argument(
        "--exclude-rows",
        type=Path,
        nargs="+",
        default=[],
        help="JSONL files whose rows are never written again (e.g. a run's train.jsonl)",
    )
    parser.add_argument(
        "--heldout-percent",
        type=int,
        default=HELDOUT_PERCENT,
        help="share of phrasings (template families) held out, in percent",
    )
    args = parser.parse_args(argv)
    domains = tuple(args.domains) if args.domains else None
    rows = iter_rows(
        args.seed, args.mask_names, domains, args.mix, tuple(args.library), args.defaults
    )
    exclude = {row_key(json.loads(line)) for f in args.exclude_rows for line in f.open()}
    counts = write(rows, args.rows, args.out, heldout_percent=args.heldout_percent, exclude=exclude)
    total = sum(v for k, v in counts.items() if k.startswith("split:"))
    for key, value in sorted(counts.items()):
        print(f"{key:24s} {value:8d}  {100 * value / max(total, 1):5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
