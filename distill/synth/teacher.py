"""Teacher-driven synthesis: training rows for a user's own tools, written and labelled by a teacher.

Step 1 (plan) asks the teacher for varied user requests per tool and per style: plain, terse,
chatty, misspelled, multi-turn with tool results, needing two calls, needing no call or an absent
tool. Step 2 (label) has the teacher answer each request with every tool offered, tool_choice
auto. Rows whose calls name offered tools and whose arguments validate against the schemas are
written as JSONL rows (docs/data-format.md), once per normalised request text.

Resumable and safe to interrupt: each row is one whole line, written, flushed and fsynced under a
lock; a restart truncates a trailing partial line and skips requests already in the output. The
planned requests and the rejected ones go to a journal beside it (`<out>.journal.jsonl`), so a
restart neither pays for new requests nor relabels rejected ones.

    python -m distill.synth.teacher --tools tools.json --teacher gemini --out data/mine.jsonl \
        --per-tool 40 --workers 8 --max-requests 3000
"""

import argparse
import hashlib
import json
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from tqdm import tqdm

from distill.teachers import (
    Budget,
    BudgetExhausted,
    Price,
    Teacher,
    TeacherAnswer,
    TeacherError,
    TeacherRequest,
    make_teacher,
)
from distill.teachers.labels import Toolset, request_key

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class Style:
    brief: str  # what the teacher is asked to write; {tool} is the tool in focus
    kind: str | None = None  # meta.kind of this style's single-turn rows; None: from the label


STYLES: dict[str, Style] = {
    "plain": Style("clear, complete requests that {tool} serves, saying every value it needs"),
    "terse": Style("very short requests of a few words that {tool} serves, like a command line"),
    "chatty": Style("long, friendly requests for {tool}, wrapped in small talk or backstory"),
    "misspelled": Style(
        "requests that {tool} serves, typed in a hurry: typos, no capitals, missing punctuation",
        kind="typo",
    ),
    "multi_turn": Style(
        "conversations in which {tool} was already called and returned a result, ending with "
        "the follow-up message the user sends next"
    ),
    "two_calls": Style(
        "requests that need two calls at once: {tool} twice with different values, or {tool} "
        "and another offered tool"
    ),
    "no_call": Style(
        "requests that need no tool call: small talk, a question the assistant answers itself, "
        "or a task close to {tool} that no offered tool can do"
    ),
}

PLAN_SYSTEM = (
    "You write realistic, varied messages that people send to an assistant that has tools. "
    "Reply with a JSON array only."
)
MULTI_TURN_SHAPE = (
    'a JSON array of objects {"history": [{"user": "<message>", "calls": [{"name": "<tool>", '
    '"arguments": {...}}], "results": [<one JSON value per call>]}], "request": "<next message>"}'
)
LABEL_SYSTEM = (
    "Answer the user's last message. Call a tool only when the request needs one, and fill its "
    "arguments only with values the user said or the conversation shows; never invent values. "
    "If no offered tool fits, answer in text."
)


def spread(total: int, parts: int) -> list[int]:
    """`total` split into `parts` near-equal counts."""
    return [total // parts + (i < total % parts) for i in range(parts)]


def parse_items(text: str) -> list[Any]:
    """The JSON array in a teacher's reply (code fences and prose around it ignored)."""
    start, end = text.find("["), text.rfind("]")
    try:
        items = json.loads(text[start : end + 1]) if 0 <= start < end else None
    except json.JSONDecodeError:
        items = None
    if not isinstance(items, list):
        raise TeacherError(f"no JSON array in the teacher's reply: {text[:200]!r}")
    return items


def to_messages(item: Any, toolset: Toolset) -> list[dict[str, Any]] | None:
    """A planned request as chat messages; None when malformed or its history's calls are bad.
    An item is a user message, or {"history": [{user, calls, results}], "request": ...}."""
    if isinstance(item, str):
        return [{"role": "user", "content": item.strip()}] if item.strip() else None
    if not isinstance(item, dict) or not isinstance(item.get("request"), str):
        return None
    messages: list[dict[str, Any]] = []
    issued = 0  # calls so far, for ids call_1, call_2, ...
    for turn in item.get("history") or []:
        calls, results = turn.get("calls") or [], turn.get("results") or []
        if not isinstance(turn.get("user"), str) or not calls or len(results) != len(calls):
            return None
        if any(
            not isinstance(c, dict) or toolset.problem(c.get("name"), c.get("arguments"))
            for c in calls
        ):
            return None
        ids = [f"call_{issued + i + 1}" for i in range(len(calls))]
        issued += len(calls)
        tool_calls = [
            {
                "id": i,
                "type": "function",
                "function": {"name": c["name"], "arguments": json.dumps(c["arguments"])},
            }
            for i, c in zip(ids, calls, strict=True)
        ]
        messages.append({"role": "user", "content": turn["user"]})
        messages.append({"role": "assistant", "content": None, "tool_calls": tool_calls})
        messages += [
            {"role": "tool", "tool_call_id": i, "content": json.dumps(r)}
            for i, r in zip(ids, results, strict=True)
        ]
    return [*messages, {"role": "user", "content": item["request"]}]


class JsonlLog:
    """An append-only JSONL file that survives being killed: each record is one whole line,
    written, flushed and fsynced under a lock; opening it drops a trailing partial line."""

    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        data = path.read_bytes() if path.exists() else b""
        end = data.rfind(b"\n") + 1  # bytes up to the last whole line
        if end < len(data):
            log.warning("dropping a partial last line of %s (%d bytes)", path, len(data) - end)
            os.truncate(path, end)
        self.records = [json.loads(line) for line in data[:end].splitlines() if line.strip()]
        self._file = path.open("a", encoding="utf-8")
        self._lock = threading.Lock()

    def append(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False) + "\n"
        with self._lock:
            self._file.write(line)
            self._file.flush()
            os.fsync(self._file.fileno())

    def __enter__(self) -> "JsonlLog":
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()


@dataclass(frozen=True)
class Batch:
    tool: str
    style: str
    index: int  # a tool and style's requests are asked for in batches of at most batch_size
    count: int


@dataclass(frozen=True)
class Pending:
    key: str
    tool: str
    style: str
    messages: list[dict[str, Any]]


@dataclass
class SynthReport:
    """What one run did."""

    resumed: int = 0  # rows already in the output when it started
    planned: int = 0  # distinct requests to label (new to this run)
    duplicates: int = 0  # planned requests dropped as repeats of another
    written: int = 0
    rejected: dict[str, int] = field(default_factory=dict)  # reason -> count
    failed: int = 0  # teacher calls that failed after retries; a rerun retries them
    stopped: str | None = None  # "budget" when the teacher's budget ran out


class Synthesis:
    """One run's shared state: the two logs, what is done, and the report (under a lock)."""

    def __init__(
        self, toolset: Toolset, teacher: Teacher, rows: JsonlLog, journal: JsonlLog, logprobs: bool
    ):
        self.toolset, self.teacher, self.rows, self.journal = toolset, teacher, rows, journal
        self.logprobs = logprobs
        self.report = SynthReport(resumed=len(rows.records))
        self.done = {request_key(r["messages"]) for r in rows.records}
        self.done |= {r["key"] for r in journal.records if r["type"] == "reject"}
        self.plans = {
            (r["tool"], r["style"], r["batch"]): r["items"]
            for r in journal.records
            if r["type"] == "plan"
        }
        self.stop = threading.Event()
        self.lock = threading.Lock()

    def ask(self, request: TeacherRequest) -> TeacherAnswer | None:
        """The teacher's answer, or None: a failure is counted, a spent budget stops the run."""
        if self.stop.is_set():
            return None
        try:
            return self.teacher.complete(request)
        except BudgetExhausted:
            self.report.stopped = "budget"
            self.stop.set()
        except TeacherError as error:
            self.fail(error)
        return None

    def fail(self, error: TeacherError) -> None:
        log.warning("teacher failed: %s", error)
        with self.lock:
            self.report.failed += 1

    def plan(self, batch: Batch) -> None:
        style = STYLES[batch.style]
        shape = MULTI_TURN_SHAPE if batch.style == "multi_turn" else "a JSON array of strings"
        prompt = (
            f"Offered tools (OpenAI function format):\n{json.dumps(self.toolset.tools, indent=1)}"
            f"\n\nTool: {batch.tool}\nStyle: {batch.style}\nWrite {batch.count} different "
            f"{style.brief.format(tool=batch.tool)}. Vary wording, values and length; use "
            f"plausible real-world values.\nReply with {shape}."
        )
        messages = [{"role": "system", "content": PLAN_SYSTEM}, {"role": "user", "content": prompt}]
        answer = self.ask(TeacherRequest(messages=messages))
        if answer is None:
            return
        try:
            items = parse_items(answer.content or "")[: batch.count]
        except TeacherError as error:
            self.fail(error)
            return
        record = {"type": "plan", "tool": batch.tool, "style": batch.style, "batch": batch.index}
        self.journal.append({**record, "items": items})
        with self.lock:
            self.plans[(batch.tool, batch.style, batch.index)] = items

    def pending(self) -> list[Pending]:
        """Planned requests not yet done or rejected, each distinct one once."""
        seen: set[str] = set()
        pending = []
        for (tool, style, _), items in sorted(self.plans.items()):
            for item in items:
                messages = to_messages(item, self.toolset)
                if messages is None:
                    self.reject("malformed_request")
                    continue
                key = request_key(messages)
                if key in self.done:
                    continue
                if key in seen:
                    self.report.duplicates += 1
                    continue
                seen.add(key)
                pending.append(Pending(key, tool, style, messages))
        self.report.planned = len(pending)
        return pending

    def reject(self, reason: str) -> None:
        with self.lock:
            self.report.rejected[reason] = self.report.rejected.get(reason, 0) + 1

    def label(self, request: Pending) -> None:
        messages = [{"role": "system", "content": LABEL_SYSTEM}, *request.messages]
        tools = self.toolset.tools
        answer = self.ask(TeacherRequest(messages, tools, logprobs=self.logprobs))
        if answer is None:
            return
        result = self.toolset.label(answer)
        if isinstance(result, str):
            self.journal.append({"type": "reject", "key": request.key, "reason": result})
            self.reject(result)
            return
        calls = result["tool_calls"]
        if len(request.messages) > 1:
            kind = "multi_turn"
        else:
            by_label = "no_call" if not calls else "parallel" if len(calls) > 1 else "single"
            kind = STYLES[request.style].kind or by_label
        meta: dict[str, Any] = {
            "source": f"teacher:{self.teacher.name}",
            "model": self.teacher.model,
            "kind": kind,
            "style": request.style,
            "tool": request.tool,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        if answer.token_logprobs:  # the training loss's teacher confidence (distill/data.py)
            meta["teacher_logprobs"] = answer.token_logprobs
        row_id = "tch-" + hashlib.sha1(request.key.encode()).hexdigest()[:12]
        row = {"id": row_id, "tools": tools, "messages": request.messages, "answer": result}
        self.rows.append({**row, "meta": meta})
        with self.lock:
            self.report.written += 1


def run_all(
    pool: ThreadPoolExecutor, work: Callable[[T], None], items: Sequence[T], desc: str, bar: bool
) -> None:
    """`work` on every item in the pool; the first exception cancels what has not started."""
    futures: list[Future[None]] = [pool.submit(work, item) for item in items]
    try:
        for future in tqdm(as_completed(futures), total=len(futures), desc=desc, disable=not bar):
            future.result()
    finally:
        for future in futures:
            future.cancel()


def batches(toolset: Toolset, styles: Sequence[str], n_per_tool: int, size: int) -> Iterator[Batch]:
    for tool in toolset.schemas:
        for style, count in zip(styles, spread(n_per_tool, len(styles)), strict=True):
            for index, start in enumerate(range(0, count, size)):
                yield Batch(tool, style, index, min(size, count - start))


def synthesize(
    tools: list[dict[str, Any]],
    teacher: Teacher,
    out_path: Path | str,
    n_per_tool: int = 20,
    workers: int = 4,
    *,
    styles: Sequence[str] = tuple(STYLES),
    batch_size: int = 20,
    logprobs: bool = False,
    progress: bool = True,
) -> SynthReport:
    """Write up to `n_per_tool` rows per tool (spread over `styles`) to `out_path`, resuming
    what an earlier run with the same output left. With `logprobs`, labels carry the teacher's
    token log-probs in meta.teacher_logprobs (where the backend returns them)."""
    if unknown := set(styles) - STYLES.keys():
        raise ValueError(f"unknown styles {sorted(unknown)}; choose from {list(STYLES)}")
    toolset = Toolset.load(tools)
    out_path = Path(out_path)
    journal_path = out_path.with_name(out_path.name + ".journal.jsonl")
    with JsonlLog(out_path) as rows, JsonlLog(journal_path) as journal:
        run = Synthesis(toolset, teacher, rows, journal, logprobs)
        with ThreadPoolExecutor(max_workers=workers) as pool:
            every = batches(toolset, styles, n_per_tool, batch_size)
            todo = [b for b in every if (b.tool, b.style, b.index) not in run.plans]
            run_all(pool, run.plan, todo, "planning", progress)
            run_all(pool, run.label, run.pending(), "labelling", progress)
    return run.report


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m distill.synth.teacher",
        description="Training rows for your own tools, written and labelled by a teacher model.",
    )
    parser.add_argument(
        "--tools", type=Path, required=True, help="JSON list of OpenAI function tools"
    )
    parser.add_argument("--teacher", choices=("gemini", "openai"), default="gemini")
    parser.add_argument("--model", help="teacher model (default: the backend's)")
    parser.add_argument("--base-url", help="endpoint override (a proxy, vLLM, another Thimble)")
    parser.add_argument("--out", type=Path, required=True, help="JSONL output; rerun to resume")
    parser.add_argument("--per-tool", type=int, default=20, help="requests per tool, all styles")
    parser.add_argument("--workers", type=int, default=4, help="concurrent teacher requests")
    parser.add_argument("--max-requests", type=int, help="stop after this many teacher requests")
    parser.add_argument("--logprobs", action="store_true", help="keep the teacher's log-probs")
    parser.add_argument("--price-in", type=float, help="USD per million prompt tokens")
    parser.add_argument("--price-out", type=float, help="USD per million completion tokens")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    budget = Budget(max_requests=args.max_requests)
    try:
        tools = json.loads(args.tools.read_text())
        Toolset.load(tools)
        teacher = make_teacher(
            args.teacher, model=args.model, base_url=args.base_url, budget=budget
        )
    except (OSError, ValueError) as error:
        parser.error(str(error))
    if args.price_in is not None and args.price_out is not None:
        budget.prices[teacher.model] = Price(args.price_in, args.price_out)
    try:
        report = synthesize(
            tools, teacher, args.out, args.per_tool, args.workers, logprobs=args.logprobs
        )
    except KeyboardInterrupt:
        print(f"interrupted; rerun the same command to resume {args.out}", file=sys.stderr)
        return 130
    usage: dict[str, float] = {
        "requests": budget.requests,
        "prompt_tokens": budget.prompt_tokens,
        "completion_tokens": budget.completion_tokens,
    }
    if budget.prices:
        usage["cost_usd"] = round(budget.cost(), 4)
    print(json.dumps({**asdict(report), **usage}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
