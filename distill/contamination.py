"""Contamination check: our training data against BFCL, the benchmark we evaluate on.

    python -m distill.contamination [--rows 3000] [--seed 0] [--data-dir ../shared/data] \
        [--rows-file runs/real/train.jsonl ...]

BFCL (the `bfcl-eval` package, installed data-only) must never leak into training data. We compare
against all of BFCL v4's question files (questions, function docs, possible answers):

- the synthetic library (tool names, descriptions, parameter names and descriptions, request
  templates, value pools, canned phrases) and a sample of generated rows;
- with `--data-dir`, every row each public-data loader (`distill.sources`: SGD and SGD-X,
  Seal-Tools, OpenAPI, Python libraries) makes: the build drops the rows that touch BFCL, this
  reports how many and why;
- with `--rows-file`, every row of built JSONL files (a mix about to be trained on);

and report:

- exact tool-name matches (a generic single lowercase word like `translate` is reported, not failed);
- texts identical to a BFCL question (words only, case ignored; `MIN_IDENTICAL_WORDS` or more);
- word 8-grams of our text (lowercased, split on non-alphanumerics) that also occur in BFCL text,
  except the generic phrases in `ALLOWED_NGRAMS`.

Exit status 1 means contaminated (the library, or a row of a `--rows-file`): change the library or
the data, not the threshold.
"""

import argparse
import itertools
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from distill.bfcl import data_dir
from distill.synth import phrases
from distill.synth.catalog import load_library
from distill.synth.offline import iter_rows
from distill.synth.pools import POOLS

N = 8
# BFCL categories whose questions, function docs and answers we compare against (all of v4's
# question files; loading them takes about a second).
CATEGORIES = (
    "simple_python",
    "simple_java",
    "simple_javascript",
    "multiple",
    "parallel",
    "parallel_multiple",
    "irrelevance",
    "live_simple",
    "live_multiple",
    "live_parallel",
    "live_parallel_multiple",
    "live_irrelevance",
    "live_relevance",
    "multi_turn_base",
    "multi_turn_miss_func",
    "multi_turn_miss_param",
    "multi_turn_long_context",
    "memory",
    "web_search",
)
# Generic 8-grams that say nothing about BFCL content (date formats and the like). Keep it tiny.
ALLOWED_NGRAMS: frozenset[str] = frozenset()
# A text identical to a BFCL question counts from this many words on (below: greetings).
MIN_IDENTICAL_WORDS = 4
_WORD = re.compile(r"[a-z0-9]+")
_GENERIC_NAME = re.compile(r"[a-z]+")


@dataclass
class Bfcl:
    names: set[str] = field(default_factory=set)
    ngrams: set[str] = field(default_factory=set)
    questions: set[str] = field(default_factory=set)  # user texts, `normal_text` form


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def normal_text(text: str) -> str:
    """The form in which two texts count as identical: words only, lowercased."""
    return " ".join(words(text))


def is_identical(text: str, bfcl: "Bfcl") -> bool:
    """The text is a BFCL question (words only, case ignored), and long enough to say so: a
    greeting of a few words ("hello", "hi there") is in every chat data set."""
    norm = normal_text(text)
    return len(norm.split()) >= MIN_IDENTICAL_WORDS and norm in bfcl.questions


def ngrams(text: str, n: int = N) -> Iterator[str]:
    w = words(text)
    return (" ".join(w[i : i + n]) for i in range(len(w) - n + 1))


def _jsonl(path: Path) -> Iterator[dict]:
    if path.exists():
        with path.open(encoding="utf-8") as f:
            yield from (json.loads(line) for line in f if line.strip())


def _function_texts(fn: dict) -> Iterator[str]:
    yield fn.get("description", "")
    yield from _schema_texts(fn.get("parameters", {}))


def _schema_texts(schema: dict) -> Iterator[str]:
    for name, sub in schema.get("properties", {}).items():
        if isinstance(sub, dict):
            yield f"{name} {sub.get('description', '')}"
            yield from _schema_texts(sub)
            if isinstance(sub.get("items"), dict):
                yield from _schema_texts(sub["items"])


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


@cache
def load_bfcl() -> Bfcl:
    data = data_dir()
    out = Bfcl()
    texts: list[str] = []
    for category in CATEGORIES:
        for entry in _jsonl(data / f"BFCL_v4_{category}.json"):
            for turn in entry.get("question", []):
                said = [m.get("content", "") for m in turn if isinstance(m, dict)]
                texts.extend(said)
                out.questions.update(normal_text(t) for t in said if t.strip())
            for fn in entry.get("function", []):
                out.names.add(fn["name"])
                texts.extend(_function_texts(fn))
        for entry in _jsonl(data / "possible_answer" / f"BFCL_v4_{category}.json"):
            texts.extend(_strings(entry.get("ground_truth", [])))
    for path in sorted((data / "multi_turn_func_doc").glob("*.json")):
        for fn in _jsonl(path):
            out.names.add(fn["name"])
            texts.extend(_function_texts(fn))
    for text in texts:
        out.ngrams.update(ngrams(text))
    return out


def library_texts() -> Iterator[tuple[str, str]]:
    """(where, text) for every piece of library wording."""
    for tool in load_library().tools:
        where = f"{tool.domain}/{tool.name}"
        yield from ((where, d) for d in tool.descriptions)
        yield from ((where, t) for t in _schema_texts(tool.parameters))
        yield from ((where, t.text) for t in tool.requests + tool.indirect)
    for name, pool in POOLS.items():
        yield from ((f"pool:{name}", v) for v in pool)
    for name in (
        "CHITCHAT",
        "CANNOT",
        "SYSTEM_PROMPTS",
        "FOLLOW_SAME",
        "FOLLOW_SUMMARY",
        "INDIRECT_FRAMES",
    ):
        for item in getattr(phrases, name):
            yield from (
                (f"phrases.{name}", text) for text in ([item] if isinstance(item, str) else item)
            )


def row_texts(rows: int, seed: int) -> Iterator[tuple[str, str]]:
    """(where, text) for the user messages and text answers of generated rows."""
    for row in itertools.islice(iter_rows(seed), rows):
        for msg in row["messages"]:
            if msg["role"] == "user":
                yield row["id"], msg["content"]
        if row["answer"]["content"]:
            yield row["id"], row["answer"]["content"]


def row_texts_of(row: dict) -> Iterator[str]:
    """Every piece of wording in a training row: messages and the offered tools' texts."""
    for msg in row["messages"]:
        if isinstance(msg.get("content"), str):
            yield msg["content"]
    if row["answer"].get("content"):
        yield row["answer"]["content"]
    for t in row.get("tools") or []:
        yield from _function_texts(t["function"])


def row_hits(row: dict, bfcl: Bfcl | None = None) -> list[str]:
    """Why a row touches BFCL (empty: clean): a tool named like a BFCL function (a generic
    single lowercase word such as `translate` excepted), a user message identical to a BFCL
    question (words only, case ignored), or a word 8-gram shared with BFCL anywhere in it."""
    bfcl = bfcl or load_bfcl()
    hits = [
        f"name {t['function']['name']}"
        for t in row.get("tools") or []
        if t["function"]["name"] in bfcl.names
        and not _GENERIC_NAME.fullmatch(t["function"]["name"])
    ]
    for msg in row["messages"]:
        if msg["role"] == "user" and is_identical(msg["content"], bfcl):
            hits.append(f"question {msg['content']!r}")
    for text in row_texts_of(row):
        hits += [
            f"8-gram {g!r}" for g in ngrams(text) if g in bfcl.ngrams and g not in ALLOWED_NGRAMS
        ]
    return hits


@dataclass
class Report:
    name_matches: list[str]
    generic_name_matches: list[str]
    overlaps: list[tuple[str, str]]  # (where, shared 8-gram)
    texts_checked: int
    identical: list[tuple[str, str]] = field(default_factory=list)  # (where, BFCL question)

    @property
    def clean(self) -> bool:
        return not self.name_matches and not self.overlaps and not self.identical


def check(texts: Iterable[tuple[str, str]]) -> Report:
    bfcl = load_bfcl()
    ours = {t.name for t in load_library().tools}
    matches = sorted(ours & bfcl.names)
    overlaps: set[tuple[str, str]] = set()
    count = 0
    identical: set[tuple[str, str]] = set()
    for where, text in texts:
        count += 1
        if is_identical(text, bfcl):
            identical.add((where, text))
        overlaps.update(
            (where, g) for g in ngrams(text) if g in bfcl.ngrams and g not in ALLOWED_NGRAMS
        )
    return Report(
        name_matches=[m for m in matches if not _GENERIC_NAME.fullmatch(m)],
        generic_name_matches=[m for m in matches if _GENERIC_NAME.fullmatch(m)],
        overlaps=sorted(overlaps),
        texts_checked=count,
        identical=sorted(identical),
    )


def source_hits(data_dir: Path, seed: int = 0) -> dict[str, Counter]:
    """Per public-data loader: rows made, rows touching BFCL, and the commonest reasons."""
    from distill.sources import openapi, pylib, seal_tools, sgd

    loaders: dict[str, Callable[[], Iterable[dict]]] = {
        "sgd": lambda: sgd.SgdRows(data_dir, seed),
        "seal": lambda: seal_tools.SealRows(data_dir, seed),
        "openapi": lambda: openapi.OpenApiRows(data_dir, seed),
        "pylib": lambda: pylib.PyLibRows(seed),
    }
    folders = {"sgd": "sgd", "seal": "seal-tools", "openapi": "openapi"}
    bfcl = load_bfcl()
    out: dict[str, Counter] = {}
    for name, rows in loaders.items():
        if name in folders and not (data_dir / folders[name]).is_dir():
            continue
        counts: Counter = Counter()
        for row in rows():
            hits = row_hits(row, bfcl)
            counts["rows"] += 1
            counts["touching"] += bool(hits)
            counts.update(f"  {h.split(' ', 1)[0]}: {h.split(' ', 1)[1][:70]}" for h in set(hits))
        out[name] = counts
    return out


def file_hits(paths: Iterable[Path]) -> list[tuple[str, str]]:
    """(file:line, reason) for every row of JSONL files that touches BFCL."""
    bfcl = load_bfcl()
    out = []
    for path in paths:
        for n, row in enumerate(_jsonl(path), 1):
            out += [(f"{path}:{n}", h) for h in row_hits(row, bfcl)]
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="thimble contamination", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--rows", type=int, default=3000, help="generated rows to sample")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data-dir", type=Path, help="public data to run every loader on")
    parser.add_argument("--rows-file", type=Path, nargs="*", default=[], help="JSONL rows")
    args = parser.parse_args(argv)
    bfcl = load_bfcl()
    report = check(itertools.chain(library_texts(), row_texts(args.rows, args.seed)))
    print(f"BFCL: {len(bfcl.names)} function names, {len(bfcl.ngrams)} distinct {N}-grams")
    print(f"ours: {len(load_library().tools)} tools, {report.texts_checked} texts checked")
    print(f"tool-name matches: {report.name_matches or 'none'}")
    print(f"generic single-word name matches (allowed): {report.generic_name_matches or 'none'}")
    print(f"texts identical to a BFCL question: {len(report.identical)}")
    for where, text in report.identical[:20]:
        print(f"  {where}: {text!r}")
    print(f"{N}-gram overlaps: {len(report.overlaps)}")
    for where, gram in report.overlaps[:50]:
        print(f"  {where}: {gram!r}")
    if args.data_dir:
        for name, counts in source_hits(args.data_dir, args.seed).items():
            print(f"{name}: {counts['touching']} of {counts['rows']} rows touch BFCL (dropped)")
            reasons = [(k, v) for k, v in counts.most_common() if k.startswith("  ")]
            for reason, n in reasons[:10]:
                print(f"{reason}  x{n}")
    bad_rows = file_hits(args.rows_file)
    if args.rows_file:
        print(f"rows files: {len(bad_rows)} hits")
        for where, hit in bad_rows[:50]:
            print(f"  {where}: {hit[:100]}")
    clean = report.clean and not bad_rows
    print("CLEAN" if clean else "CONTAMINATED")
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
