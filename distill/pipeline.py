"""`thimble distill`: data -> split -> train -> evaluate -> export, in one command.

    thimble distill --tools my_tools.json --teacher gemini --out runs/mine
    thimble distill --tools my_tools.json --teacher openai --model gpt-4.1-mini \
        --base-url http://localhost:8001/v1 --out runs/mine --per-tool 60
    thimble distill --synthetic --rows 200000 --out runs/synth
    thimble distill --from-traces traces/thimble.db --out runs/mine   # `serve --mode record`

Teacher mode has the teacher write and label requests for the user's tools
(`distill.synth.teacher.synthesize`, resumable), then holds out a share of them by hash;
synthetic mode writes rows from the offline generator (`distill.synth.offline`), whose held-out
file uses unseen phrasings. Data lands in OUT/data/, the run in OUT/ (`distill.train`), the card in
EXPORT_DIR/NAME.json with NAME the last part of OUT, and the held-out report in OUT/eval.json.

Any other flag is a `thimble train` flag (`--steps 3000`, `--config-json run.json`); `--model`
names the teacher model here, so model-shape overrides go in the config JSON.
Rerunning the same command resumes each stage that was interrupted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shlex
from pathlib import Path

from distill import evaluate, export, train
from distill.data import read_rows


def split_rows(rows_path: Path, out_dir: Path, heldout_share: float) -> tuple[Path, Path]:
    """Write train.jsonl and heldout.jsonl beside each other: a row is held out by the hash of
    its id, so the split stays put as a resumed synthesis adds rows. Each side gets one row at
    least."""
    rows = read_rows(rows_path)
    if len(rows) < 2:
        raise SystemExit(f"{rows_path}: {len(rows)} rows; need at least 2 to train and hold out")
    cut = int(heldout_share * 10_000)
    held = [int(hashlib.sha1(r["id"].encode()).hexdigest()[:8], 16) % 10_000 < cut for r in rows]
    if all(held) or not any(held):
        held[-1] = not held[-1]
    paths = out_dir / "train.jsonl", out_dir / "heldout.jsonl"
    for path, want in zip(paths, (False, True), strict=True):
        lines = [
            json.dumps(r, ensure_ascii=False) + "\n"
            for r, h in zip(rows, held, strict=True)
            if h == want
        ]
        path.write_text("".join(lines), encoding="utf-8")
    return paths


def teacher_data(args: argparse.Namespace, data_dir: Path) -> tuple[Path, Path]:
    from distill.synth.teacher import synthesize
    from distill.teachers import Budget, make_teacher

    tools = json.loads(args.tools.read_text())
    budget = Budget(max_requests=args.max_requests)
    try:
        teacher = make_teacher(
            args.teacher, model=args.model, base_url=args.base_url, budget=budget
        )
    except ValueError as e:
        raise SystemExit(str(e)) from e
    rows_path = data_dir / "teacher.jsonl"
    report = synthesize(tools, teacher, rows_path, args.per_tool, args.workers)
    print(
        f"synthesis: {report.written} new rows ({report.resumed} resumed), "
        f"rejected {report.rejected}, failed {report.failed}, {budget.requests} teacher requests"
    )
    return split_rows(rows_path, data_dir, args.heldout_share)


def synthetic_data(args: argparse.Namespace, data_dir: Path) -> tuple[Path, Path]:
    from distill.synth import offline

    paths = data_dir / "train.jsonl", data_dir / "heldout.jsonl"
    if not all(p.exists() for p in paths):  # the generator writes both files atomically
        argv = ["--rows", str(args.rows), "--seed", str(args.data_seed), "--out", str(data_dir)]
        argv += ["--mask-names", str(args.mask_names)] + (["--mix", args.mix] if args.mix else [])
        argv += ["--defaults", str(args.defaults)]
        argv += ["--library", *map(str, args.library)] if args.library else []
        if offline.main(argv) != 0:
            raise SystemExit("the offline generator failed")
    return paths


def traces_data(args: argparse.Namespace, data_dir: Path) -> tuple[Path, Path]:
    """The server's trace store (`--mode record|cascade`) as rows, split by id; in train.jsonl
    a row where the student disagreed with the upstream appears `--disagree-copies` times."""
    from distill.traces import write_jsonl

    rows_path = data_dir / "traces.jsonl"
    distinct, _ = write_jsonl(args.from_traces, rows_path)
    print(f"traces: {distinct} rows from {args.from_traces}")
    train_path, heldout_path = split_rows(rows_path, data_dir, args.heldout_share)
    lines = train_path.read_text(encoding="utf-8").splitlines(keepends=True)
    copies = [
        1 if json.loads(line)["meta"].get("agree") else args.disagree_copies for line in lines
    ]
    train_path.write_text("".join(line * k for line, k in zip(lines, copies, strict=True)))
    return train_path, heldout_path


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="thimble distill",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    p.add_argument("--out", type=Path, required=True, help="run folder, e.g. runs/NAME")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--tools", type=Path, help="JSON list of OpenAI function tools")
    source.add_argument("--synthetic", action="store_true", help="offline generator rows")
    source.add_argument("--from-traces", type=Path, help="the server's trace store (SQLite)")
    p.add_argument(
        "--disagree-copies", type=int, default=3, help="train copies of rows the student got wrong"
    )
    p.add_argument("--teacher", choices=("gemini", "openai"), default="gemini")
    p.add_argument("--model", help="teacher model (default: the backend's)")
    p.add_argument("--base-url", help="teacher endpoint (a proxy, vLLM, another Thimble)")
    p.add_argument("--per-tool", type=int, default=40, help="teacher requests per tool")
    p.add_argument("--workers", type=int, default=4, help="concurrent teacher requests")
    p.add_argument("--max-requests", type=int, help="teacher request budget")
    p.add_argument("--heldout-share", type=float, default=0.1, help="teacher rows held out")
    p.add_argument("--rows", type=int, default=100_000, help="synthetic rows to generate")
    p.add_argument("--data-seed", type=int, default=0, help="synthetic data seed")
    p.add_argument("--mask-names", type=float, default=0.0, help="share of rows with masked names")
    p.add_argument(
        "--mix",
        help="synthetic base kind shares and layer probabilities, "
        "e.g. no_call=0.2,single=0.55,parallel=0.25,multi_turn=0.3",
    )
    p.add_argument(
        "--library",
        type=Path,
        nargs="+",
        default=[],
        help="folders of synthetic domain JSON files added to the shipped library",
    )
    p.add_argument(
        "--defaults",
        type=float,
        default=0.0,
        help="probability that an optional property of an offered synthetic tool states a default",
    )
    p.add_argument("--eval-limit", type=int, default=500, help="held-out rows in the final report")
    return p


def main(argv: list[str]) -> int:
    args, rest = parser().parse_known_args(argv)
    out: Path = args.out
    data_dir = out / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    make_data = (
        synthetic_data if args.synthetic else traces_data if args.from_traces else teacher_data
    )
    paths = make_data(args, data_dir)
    print("data: " + ", ".join(f"{p} ({len(read_rows(p))} rows)" for p in paths))

    cfg = train.config_from_args(rest)
    cfg.train, cfg.heldout = str(paths[0]), str(paths[1])
    cfg.name, cfg.runs_dir, cfg.export = out.name, str(out.parent), True
    train.train(cfg)
    card = Path(cfg.export_dir) / f"{cfg.name}.json"
    export.update_card(card, {"recipe": shlex.join(["thimble", "distill", *argv])})
    report = ["--out", str(out / "eval.json"), "--limit", str(args.eval_limit)]
    evaluate.main(["--weights", str(card), "--data", cfg.heldout, *report])
    print(f"\nmodel: {card}\nserve it: thimble serve --weights {card}")
    return 0
