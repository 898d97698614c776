"""The Markdown side of a `thimble bench` result (the JSON holds the same numbers)."""

from __future__ import annotations

import math
from typing import Any


def _ms(x: Any) -> str:
    return "-" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.1f}"


def _n(x: Any) -> str:
    return "-" if x is None else f"{x:g}"


def markdown(r: dict[str, Any]) -> str:
    m, srv = r["machine"], r["server"]
    rss = r.get("rss", {})
    end = rss.get("end", {})
    lines = [
        f"# thimble bench, {m['host']}, {r['date']}",
        "",
        f"{m['cpu']}, {m['cores']} cores (1-minute load average {m['load_avg_1m']:.2f} at the "
        f"start); server {srv['url']} ({'started by the bench' if srv['started_by_bench'] else 'attached'}"
        f", loaded in {srv['load_s']} s), weights: {srv['weights']}.",
        "",
        r["note"],
        "",
        f"Server RSS: {_ms(rss.get('after_load', {}).get('rss_mb'))} MB after loading, "
        f"{_ms(end.get('rss_mb'))} MB at the end, peak {_ms(end.get('peak_rss_mb'))} MB.",
        "",
        "## Latency per request file (concurrency 1, caches warm)",
        "",
        "| request | n | p50 ms | p95 ms | p99 ms | prompt tok | completion tok | forced | chosen |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for q in r["requests"]:
        lines.append(
            f"| {q['label']} (`{q['request']}`) | {q['n']} | {_ms(q['p50_ms'])} | {_ms(q['p95_ms'])} "
            f"| {_ms(q['p99_ms'])} | {_n(q['prompt_tokens'])} | {_n(q['completion_tokens'])} "
            f"| {q['forced_per_request']:.1f} | {q['chosen_per_request']:.1f} |"
        )
    cw = r["cold_warm"]
    s = r["stream"]
    lines += [
        "",
        f"## Cold against warm (`{cw['request']}`)",
        "",
        "| | n | p50 ms | p95 ms | p99 ms |",
        "|---|---|---|---|---|",
        *(
            f"| {k} | {v['n']} | {_ms(v['p50_ms'])} | {_ms(v['p95_ms'])} | {_ms(v['p99_ms'])} |"
            for k, v in (("cold (new tools)", cw["cold"]), ("warm (same again)", cw["warm"]))
        ),
        "",
        f"Streamed (`{s['request']}`): first chunk p50 {_ms(s['ttft_p50_ms'])} ms, "
        f"whole answer p50 {_ms(s['p50_ms'])} ms.",
        "",
        f"## Throughput (`{r['concurrency'][0]['request'] if r['concurrency'] else '-'}`)",
        "",
        "| concurrency | n | req/s | p50 ms | p95 ms | p99 ms | errors |",
        "|---|---|---|---|---|---|---|",
    ]
    for c in r["concurrency"]:
        lines.append(
            f"| {c['concurrency']} | {c['n']} | {c['req_per_s']:.1f} | {_ms(c['p50_ms'])} "
            f"| {_ms(c['p95_ms'])} | {_ms(c['p99_ms'])} | {c['errors']} |"
        )
    if r.get("engine"):
        lines += [
            "",
            "## Token rates (engine in process, from its own timings)",
            "",
            "Prefill: prompt tokens / encoder time; cold computes every tool, warm only the "
            "conversation (tools cached). Decode: completion tokens / (model + grammar time after "
            "the encoder); model calls/s: chosen tokens / model time.",
            "",
            "| request | prompt tok | completion tok | forced | chosen | prefill tok/s cold "
            "| prefill tok/s warm | decode tok/s | model calls/s |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for e in r["engine"]:
            lines.append(
                f"| {e['request']} | {e['prompt_tokens']} | {e['completion_tokens']} | {e['forced']} "
                f"| {e['chosen']} | {e['prefill_tok_s_cold']:.0f} | {e['prefill_tok_s_warm']:.0f} "
                f"| {e['decode_tok_s']:.0f} | {e['model_calls_per_s']:.0f} |"
            )
    return "\n".join(lines) + "\n"
