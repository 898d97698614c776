"""Copy metric: of the argument values a request spells out, how many come out exactly.

A reference argument value counts when it is copyable: a string that occurs verbatim (case
kept) in the row's user messages, or a number whose written form ("250000", "4.5") occurs
there as a whole token. It is copied when the prediction makes a call to the same tool whose
argument at the same place (key, and index in a list) has exactly that value. Values nested in
objects and lists count leaf by leaf. The share over all copyable values of a data set is the
figure: it isolates "San Francisco" -> "San Francis" and "4.5" bound to the wrong argument from
choosing the tool.

    from distill.copy_metric import copy_score
    copy_score(rows, [[(name, arguments_dict), ...] per row])  # {"values": n, "copied": share}
"""

import json
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

Path = tuple[str | int, ...]


def leaves(value: Any, path: Path = ()) -> Iterator[tuple[Path, Any]]:
    """(place, value) of every string, number and boolean inside an argument value."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from leaves(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from leaves(v, (*path, i))
    else:
        yield path, value


def written_forms(value: int | float) -> list[str]:
    """How a number may be written: 5.0 as "5.0" or "5"; 250000 as "250000" or "250,000"."""
    forms = [json.dumps(value)]
    if isinstance(value, float) and value.is_integer():
        forms.append(str(int(value)))
    if abs(value) >= 1000 and (isinstance(value, int) or value.is_integer()):
        forms.append(f"{int(value):,}")
    return forms


def copyable(value: Any, text: str) -> bool:
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, str):
        return bool(value) and value in text
    if isinstance(value, int | float):
        return any(
            re.search(rf"(?<![\w.]){re.escape(form)}(?![\w]|\.\d)", text)
            for form in written_forms(value)
        )
    return False


def _key(name: str, path: Path, value: Any) -> tuple[str, str, str]:
    # 5 and 5.0 are one value; any int (a model may write 10**40) stays exact.
    norm = int(value) if isinstance(value, float) and value.is_integer() else value
    return name, json.dumps(path), json.dumps(norm, ensure_ascii=False)


def copy_counts(row: dict, calls: list[tuple[str, dict]]) -> tuple[int, int]:
    """(copyable reference values, of them reproduced exactly) for one row and its prediction."""
    text = "\n".join(
        m["content"] for m in row["messages"] if m["role"] == "user" and m.get("content")
    )
    want: Counter = Counter()
    for call in row["answer"].get("tool_calls") or []:
        for path, value in leaves(call["arguments"]):
            if copyable(value, text):
                want[_key(call["name"], path, value)] += 1
    have: Counter = Counter(
        _key(name, path, value)
        for name, args in calls
        for path, value in leaves(args or {})
        if not isinstance(value, bool)
    )
    return sum(want.values()), sum((want & have).values())


def copy_score(rows: list[dict], predicted: list[list[tuple[str, dict]]]) -> dict[str, Any]:
    """{"values": copyable reference values, "copied": share reproduced exactly (None if 0)}."""
    total = hit = 0
    for row, calls in zip(rows, predicted, strict=True):
        n, k = copy_counts(row, calls)
        total += n
        hit += k
    return {"values": total, "copied": hit / total if total else None}
