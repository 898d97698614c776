"""Build a training mix from the public data sources and the synthetic generator.

    python -m distill.sources.build --data-dir ../shared/data --out runs/real --rows 60000 \
        --seed 0 [--mix sgd=0.45,seal=0.05,openapi=0.25,pylib=0.1,synthetic=0.15] \
        [--mask-names 0.1] [--irrelevance 0.12] [--joined 0.06]

writes into `--out`:
- `train.jsonl`: `--rows` distinct rows, shuffled: each source's share of the rows left after the
  irrelevance and joined shares (a source with too few rows gives what it has; the rest is
  shared among the others by their shares), then irrelevance rows (a request with the closest
  tools of another source), joined multi-call requests, and `--mask-names` of all rows masked;
- `heldout.jsonl`: held-out rows of the training sources (units no training row comes from);
- `dev-sgd-services.jsonl`: rows of the SGD services held out of training entirely;
- `dev-seal-ood.jsonl`: Seal-Tools `test_out_domain` (tools no training split uses);
- `card.json`: rows per file, source and kind, licenses, source commits, the settings.

The same arguments give byte-identical files: every source draws from its own seeded generator.
"""

import argparse
import inspect
import itertools
import json
import logging
import math
import os
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from distill.contamination import Bfcl, load_bfcl, row_hits
from distill.sources import mixing, openapi, pylib, seal_tools, sgd
from distill.sources.common import problems, tool_name
from distill.synth.offline import iter_rows as synthetic_rows
from distill.synth.offline import row_key
from distill.synth.offline import split as synthetic_split

log = logging.getLogger(__name__)

MIX = {"sgd": 0.45, "seal": 0.05, "openapi": 0.25, "pylib": 0.10, "synthetic": 0.15}
JOIN_SOURCES = {"seal", "openapi", "pylib"}
SAME_TOOL_P = 0.4  # joined requests that call one tool several times (BFCL's parallel)
# Training rows one pass of each source gives (SGD: one schema version per call; OpenAPI and
# Python libraries: one request per operation or function; Seal-Tools: each query once), to
# scale a source up when a mix asks for more of it.
PER_PASS = {"sgd": 33_000, "seal": 1_200, "openapi": 11_800, "pylib": 410}
SEAL_MAX_REPEATS = 3  # the same query with other distractors: more would only repeat it
SYNTHETIC_DEFAULTS_P = 0.3  # optional properties of synthetic tools that state a default
SGD_NO_CALL_P = 0.3  # share of SGD's possible no-call turns made into rows (a third of its rows)
HELDOUT_ROWS = 600  # per source, at most
DEV_ROWS = 3000  # per development file, at most
# Where each folder of ../shared/data comes from (its README): kept in the card.
ORIGINS = {
    "sgd": ("google-research-datasets/dstc8-schema-guided-dialogue@e852981", sgd.LICENSE),
    "seal": ("fairyshine/Seal-Tools@ce753ec", seal_tools.LICENSE),
    "openapi": ("darosh/openapi-directory-lite@24eef4d (APIs.guru)", "CC0-1.0"),
    "pylib": ("installed Python libraries' signatures and docstrings", "their own licenses"),
    "synthetic": ("distill/synth library (this project)", "project license"),
}


def parse_mix(text: str) -> dict[str, float]:
    mix = {k.strip(): float(v) for k, v in (p.split("=") for p in text.split(",") if p)}
    unknown = set(mix) - set(MIX)
    if unknown or any(v < 0 for v in mix.values()) or not any(mix.values()):
        raise argparse.ArgumentTypeError(f"sources are {sorted(MIX)}, shares >= 0, one > 0")
    return mix


def _seeded(seed: int, name: str) -> random.Random:
    return random.Random(f"{seed}:{name}")  # str seeds hash with SHA-512: stable across runs


def source_rows(
    name: str,
    data_dir: Path,
    seed: int,
    budget: int,
    held_out_services: tuple[str, ...] = sgd.HELD_OUT_SERVICES,
) -> Iterable[dict]:
    """Rows of one source, each with meta.split (train, heldout, dev): about `budget` training
    rows where the source can give them (`PER_PASS`: more schema versions, value draws or
    distractor sets per unit for a large mix), all it has otherwise."""
    k = max(1, math.ceil(budget / PER_PASS.get(name, budget or 1)))
    if name == "sgd":
        k = min(k, len(sgd.VERSIONS))
        no_call_p = min(1.0, SGD_NO_CALL_P * k)
        return sgd.SgdRows(data_dir, seed, held_out_services, k, no_call_p)
    if name == "seal":
        return seal_tools.SealRows(data_dir, seed, repeats=min(k, SEAL_MAX_REPEATS))
    if name == "openapi":
        return openapi.OpenApiRows(data_dir, seed, max(openapi.ROWS_PER_OPERATION, k))
    if name == "pylib":
        return pylib.PyLibRows(seed, max(pylib.ROWS_PER_FUNCTION, k))
    if name == "synthetic":
        return _synthetic(seed, budget)
    raise ValueError(name)


def _synthetic(seed: int, budget: int) -> Iterable[dict]:
    """`budget` rows of the offline generator, split by its held-out phrasings."""
    rows = synthetic_rows(seed, defaults_p=SYNTHETIC_DEFAULTS_P)
    for row in itertools.islice(rows, budget):
        yield {**row, "meta": {**row["meta"], "split": synthetic_split(row)}}


def quotas(shares: dict[str, float], available: dict[str, int], total: int) -> dict[str, int]:
    """Rows per source: `total` by shares; what a short source lacks goes to the others."""
    out = {k: 0 for k in shares}
    open_ = {k for k, v in shares.items() if v > 0 and available.get(k, 0) > 0}
    left = total
    while left > 0 and open_:
        weight = sum(shares[k] for k in open_)
        grant = {k: int(left * shares[k] / weight) for k in open_}
        grant[max(open_, key=lambda k: (shares[k], k))] += left - sum(grant.values())
        for k in sorted(open_):
            take = min(grant[k], available[k] - out[k])
            out[k] += take
            left -= take
            if out[k] >= available[k]:
                open_.discard(k)
    return out


def build(
    data_dir: Path,
    rows: int,
    seed: int,
    mix: dict[str, float] | None = None,
    mask_names: float = 0.1,
    irrelevance: float = 0.12,
    joined: float = 0.06,
    held_out_services: tuple[str, ...] = sgd.HELD_OUT_SERVICES,
    progress: Callable[[str], None] = log.info,
) -> tuple[dict[str, list[dict]], dict[str, dict[str, int]]]:
    """The files' rows (train, heldout, dev-sgd-services, dev-seal-ood) and the rows each
    source had per split (and dropped as unusable)."""
    mix = {k: v for k, v in (mix or MIX).items() if v > 0}
    rng = _seeded(seed, "mix")
    pools: dict[str, dict[str, list[dict]]] = {}
    report: dict[str, dict[str, int]] = {}
    bfcl = load_bfcl()
    for name in sorted(mix):
        budget = int(rows * mix[name] * 1.3) + 100  # the synthetic stream is endless
        parts: dict[str, list[dict]] = {"train": [], "heldout": [], "dev": []}
        dropped = contaminated = 0
        for row in source_rows(name, data_dir, seed, budget, held_out_services):
            if problems(row):
                dropped += 1
            elif (clean := _without_bfcl(row, bfcl)) is None:
                contaminated += 1
            else:
                parts[row["meta"]["split"]].append(clean)
        progress(
            f"{name}: "
            + ", ".join(f"{k} {len(v)}" for k, v in parts.items())
            + f"; dropped: {dropped} unusable (common.problems), {contaminated} touching BFCL"
        )
        report[name] = {k: len(v) for k, v in parts.items()} | {
            "dropped_unusable": dropped,
            "dropped_bfcl": contaminated,
        }
        pools[name] = parts
    n_irr = int(rows * irrelevance)
    n_join = int(rows * joined)
    base = rows - n_irr - n_join
    available = {k: len(v["train"]) for k, v in pools.items()}
    take = quotas(mix, available, base)
    train: list[dict] = []
    for name in sorted(take):
        train += rng.sample(pools[name]["train"], take[name])
    # Requests for irrelevance come from rows that call something; joins from single-message
    # single-call rows of each source, the same tool or different ones.
    callers = [
        r
        for r in train
        if r["answer"]["tool_calls"] and not any(m.get("tool_calls") for m in r["messages"])
    ]
    for row in rng.sample(callers, min(n_irr, len(callers))):
        extra = mixing.irrelevant(rng, row, callers)
        if extra and not row_hits(extra, bfcl):
            train.append(extra)
    # SGD is left out: its requests are turns of a dialogue, not things said at once.
    singles: dict[str, list[dict]] = {}
    for name in sorted(set(pools) & JOIN_SOURCES):
        singles[name] = [r for r in pools[name]["train"] if mixing.joinable(r)]
    names = [k for k in sorted(singles) if len(singles[k]) >= 3]
    by_call = {k: _by_call(singles[k]) for k in names}
    for _ in range(n_join if names else 0):
        name = rng.choice(names)
        group = rng.sample(singles[name], rng.choice((2, 2, 3)))
        if rng.random() < SAME_TOOL_P:  # the same tool again with other values
            called = group[0]["answer"]["tool_calls"][0]["name"]
            same = [r for r in by_call[name][called] if r is not group[0]]
            group = [group[0], *same[:2]] if same else group
        extra = mixing.joined(rng, group)
        if extra and not row_hits(extra, bfcl):
            train.append(extra)
    train = [mixing.masked(rng, r) if rng.random() < mask_names else r for r in train]
    train = _distinct(train)
    rng.shuffle(train)
    heldout = []
    for name in sorted(pools):
        part = pools[name]["heldout"]
        heldout += rng.sample(part, min(HELDOUT_ROWS, len(part)))
    # Every file shuffled: `thimble eval --limit N` reads the first N rows, which must be a
    # fair sample of the sources and kinds, not the first source or the easy queries.
    rng.shuffle(heldout)
    dev_sgd = pools.get("sgd", {}).get("dev", [])
    dev_seal = pools.get("seal", {}).get("dev", [])
    files = {
        "train": train,
        "heldout": heldout,
        "dev-sgd-services": rng.sample(dev_sgd, min(DEV_ROWS, len(dev_sgd))),
        "dev-seal-ood": rng.sample(dev_seal, min(DEV_ROWS, len(dev_seal))),
    }
    return files, report


def _without_bfcl(row: dict, bfcl: Bfcl) -> dict | None:
    """The row if it does not touch BFCL; else without the offered, uncalled tools whose own
    texts do, if that cleans it; else None."""
    if not row_hits(row, bfcl):
        return row
    called = {c["name"] for c in row["answer"]["tool_calls"]}
    called |= {c["function"]["name"] for m in row["messages"] for c in m.get("tool_calls") or []}
    empty = {"messages": [], "answer": {"content": None, "tool_calls": []}}
    tools = [
        t
        for t in row["tools"]
        if tool_name(t) in called or not row_hits({**empty, "tools": [t]}, bfcl)
    ]
    if len(tools) == len(row["tools"]):
        return None
    trimmed = {**row, "tools": tools}
    return None if row_hits(trimmed, bfcl) else trimmed


def _by_call(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(r["answer"]["tool_calls"][0]["name"], []).append(r)
    return out


def _distinct(rows: list[dict]) -> list[dict]:
    seen: set[str] = set()
    out = []
    for row in rows:
        key = row_key(row)
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def card(files: dict[str, list[dict]], available: dict, settings: dict) -> dict:
    def counts(rows: list[dict]) -> dict:
        by: Counter = Counter()
        for r in rows:
            m = r["meta"]
            by[f"{m['source']}|{m['kind']}"] += 1
        table: dict[str, dict[str, int]] = {}
        for key, n in sorted(by.items()):
            source, kind = key.split("|")
            table.setdefault(source, {})[kind] = n
        return {
            "rows": len(rows),
            "by_source_and_kind": table,
            "masked": sum(bool(r["meta"].get("masked")) for r in rows),
        }

    used = {s for s in settings["mix"]}
    return {
        "settings": settings,
        "files": {name: counts(rows) for name, rows in files.items()},
        "available": available,
        "sources": {k: {"origin": ORIGINS[k][0], "license": ORIGINS[k][1]} for k in sorted(used)}
        | ({"pylib": {**_pylib_origin()}} if "pylib" in used else {}),
        "attribution": "SGD rows derive from the Schema-Guided Dialogue dataset (Rastogi et "
        "al., 2020) and SGD-X (Lee et al., 2022), CC BY-SA 4.0: weights trained on them carry "
        "this attribution and license notice in their card.",
    }


def _pylib_origin() -> dict:
    from importlib.metadata import PackageNotFoundError, version

    versions = {"python": sys.version.split()[0]}
    for name in ("numpy", "sympy"):
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            continue
    return {"origin": ORIGINS["pylib"][0], "license": pylib.LICENSE, "versions": versions}


def write(files: dict[str, list[dict]], meta: dict, out: Path) -> None:
    """Each file through a temporary name renamed into place: never half a file."""
    out.mkdir(parents=True, exist_ok=True)
    payloads = {
        f"{name}.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        for name, rows in files.items()
    }
    payloads["card.json"] = json.dumps(meta, indent=1, ensure_ascii=False) + "\n"
    for name, text in payloads.items():
        with tempfile.NamedTemporaryFile(
            "w", dir=out, prefix=f".{name}.", delete=False, encoding="utf-8"
        ) as tmp:
            tmp.write(text)
        os.chmod(tmp.name, 0o644)
        os.replace(tmp.name, out / name)


def make(out: Path, data_dir: Path, rows: int, seed: int, **options) -> dict:
    """Build the mix (`build`'s options) and write it into `out`; returns the card."""
    files, available = build(data_dir, rows, seed, **options)
    defaults = {
        k: p.default
        for k, p in inspect.signature(build).parameters.items()
        if p.default is not inspect.Parameter.empty and k != "progress"
    }
    resolved = defaults | {k: v for k, v in options.items() if k != "progress"}
    resolved["mix"] = resolved["mix"] or MIX
    resolved["held_out_services"] = list(resolved["held_out_services"])
    settings = {"rows": rows, "seed": seed, **resolved}
    meta = card(files, available, settings)
    write(files, meta, out)
    return meta


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="distill.sources.build", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--rows", type=int, default=60_000, help="training rows to write")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--mix", type=parse_mix, default=None, help=f"source shares ({MIX})")
    parser.add_argument("--mask-names", type=float, default=0.1, help="share of rows masked")
    parser.add_argument("--irrelevance", type=float, default=0.12, help="irrelevance share")
    parser.add_argument("--joined", type=float, default=0.06, help="joined multi-call share")
    parser.add_argument(
        "--sgd-held-out",
        nargs="+",
        default=list(sgd.HELD_OUT_SERVICES),
        help="SGD services kept out of training (dev-sgd-services.jsonl)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    started = time.perf_counter()
    meta = make(
        args.out,
        args.data_dir,
        args.rows,
        args.seed,
        mix=args.mix or MIX,
        mask_names=args.mask_names,
        irrelevance=args.irrelevance,
        joined=args.joined,
        held_out_services=tuple(args.sgd_held_out),
    )
    for name, info in meta["files"].items():
        print(f"{name}: {info['rows']} rows")
        for source, kinds in info["by_source_and_kind"].items():
            print(f"  {source:26s} " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print(f"written to {args.out} in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
