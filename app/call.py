"""`thimble call --tools tools.json "text"`: answer one request on the command line.

Prints the answer as JSON: the calls (name and parsed arguments) or the text, the finish reason,
and token counts and timings split into encoder, decoder and grammar.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from model.format import Message, Tool
from model.generate import Request, Sampling, collect, load_engine
from model.grammar import GrammarError, ToolChoice


def parse_choice(value: str, parallel: bool) -> ToolChoice:
    if value in ("auto", "none", "required"):
        return ToolChoice(value, None, not parallel)  # type: ignore[arg-type]
    return ToolChoice("required", (value,), True)


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(
        prog="thimble call",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("text", help="the user's message")
    p.add_argument("--tools", type=Path, help="JSON file: a list of OpenAI function tools")
    p.add_argument("--system", help="system prompt")
    p.add_argument("--tool-choice", default="auto", help="auto, none, required, or a function name")
    p.add_argument("--no-parallel", action="store_true", help="at most one call")
    p.add_argument("--weights", type=Path, help="checkpoint card (default: the shipped model)")
    p.add_argument("--device", default="auto")
    p.add_argument("--max-tokens", type=int)
    p.add_argument("--temperature", type=float, default=0.0)
    p.add_argument("--seed", type=int)
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)

    tools = [Tool.from_openai(t) for t in json.loads(args.tools.read_text())] if args.tools else []
    messages = ([Message("system", args.system)] if args.system else []) + [
        Message("user", args.text)
    ]
    request = Request(
        tools,
        messages,
        parse_choice(args.tool_choice, not args.no_parallel),
        sampling=Sampling(args.max_tokens, args.temperature, seed=args.seed),
    )
    engine = load_engine(args.weights, args.device)
    t0 = time.perf_counter()
    try:
        out = collect(engine.stream(request))
    except GrammarError as e:
        print(f"error: {e} (param: {e.param})", file=sys.stderr)
        return 2
    total_ms = (time.perf_counter() - t0) * 1e3
    s = out.stats
    result = {
        # a truncated call's arguments are incomplete JSON: shown as the raw text
        "tool_calls": [
            {"name": n, "arguments": a if out.reason == "length" else json.loads(a)}
            for n, a in out.calls
        ],
        "content": out.content,
        "finish_reason": out.reason,
        "model": engine.card.get("name", "default"),
        "usage": {
            "prompt_tokens": s.prompt_tokens,
            "completion_tokens": s.completion_tokens,
            "forced_tokens": s.forced_tokens,
            "chosen_tokens": s.chosen_tokens,
        },
        "timing_ms": {
            "total": round(total_ms, 2),
            "encoder": round(s.encode_ms, 2),
            "decoder": round(s.decode_ms, 2),
            "grammar": round(s.grammar_ms, 2),
        },
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0
