"""Public functions of installed Python libraries as tools, with generated requests.

The standard library's numeric and text modules, numpy (and sympy's number theory, where
installed) bring real signatures and docstrings: long descriptions, optional parameters with
defaults, enums written as `{'a', 'b'}` in numpydoc. Each function whose every kept parameter
has a JSON type becomes a tool named `<module>_<function>` (dots as underscores); its
parameters' types come from annotations, numpydoc types, defaults or, last, the parameter's
name (`n`, `k` are integers; `x`, `data` numbers or lists of numbers). Requests are generated as
for OpenAPI operations (`distill.sources.phrasing`): required arguments always, an optional one
now and then, every value said as it goes into the answer.

Nothing here reads files: the rows depend on the installed versions, which the card records.
"""

import importlib
import inspect
import random
import re
from collections.abc import Callable, Iterator
from typing import Any

from distill.sources.common import answer_calls, is_heldout, shuffled, tool
from distill.sources.phrasing import draw_request, say_words

LICENSE = "PSF-2.0 (stdlib), BSD-3-Clause (numpy), BSD-3-Clause (sympy)"
MODULES = (
    "math",
    "cmath",
    "statistics",
    "colorsys",
    "calendar",
    "textwrap",
    "numpy",
    "numpy.linalg",
    "numpy.random",
    "sympy.ntheory",
)
MAX_PARAMS = 6
ROWS_PER_FUNCTION = 12
OPTIONAL_P = 0.35
SIBLINGS = (1, 4)
SKIP_PARAMS = {"out", "dtype", "like", "order", "casting", "subok", "where", "signature"}
INTEGER_NAMES = {"n", "k", "m", "i", "j", "r", "year", "month", "day", "width", "base", "p", "q"}
NUMBER_NAMES = {"x", "y", "z", "a", "b", "c", "h", "l", "s", "v", "t", "mu", "sigma", "value"}
LIST_NAMES = {"data", "values", "numbers", "p1", "p2", "seq", "iterable", "weights", "xs", "ys"}
STRING_NAMES = {"text", "string"}
_SECTION = re.compile(
    r"\n\s*Parameters\s*\n\s*-{3,}\s*\n(.*?)(?:\n\s*\n\s*[A-Z][a-z]+\s*\n\s*-{3,}|\Z)", re.S
)
_PARAM = re.compile(r"^(\s*)(\w+)\s*:\s*(.+)$")
_ENUM = re.compile(r"^\{([^}]*)\}")


def numpydoc_params(doc: str) -> dict[str, tuple[str, str]]:
    """name -> (type text, description) from a numpydoc `Parameters` section."""
    m = _SECTION.search(doc)
    if not m:
        return {}
    out: dict[str, tuple[str, str]] = {}
    name, kind, desc, indent = None, "", [], None
    for line in m.group(1).splitlines():
        pm = _PARAM.match(line)
        if pm and (indent is None or len(pm.group(1)) <= indent):
            if name:
                out[name] = (kind, " ".join(desc))
            indent = len(pm.group(1))
            name, kind, desc = pm.group(2), pm.group(3).strip(), []
        elif name and line.strip():
            desc.append(line.strip())
    if name:
        out[name] = (kind, " ".join(desc))
    return out


def _json_type(kind_text: str, default: Any, name: str, annotation: Any) -> dict | None:
    text = kind_text.lower()
    enum = _ENUM.match(kind_text.strip())
    if enum:
        members = [e.strip().strip("'\"") for e in enum.group(1).split(",")]
        quoted = [e.strip() for e in enum.group(1).split(",")]
        if members and all(q[:1] in "'\"" for q in quoted):
            return {"type": "string", "enum": members}
    if annotation in (int, float, bool, str):
        return {
            "type": {int: "integer", float: "number", bool: "boolean", str: "string"}[annotation]
        }
    if text.startswith("bool"):
        return {"type": "boolean"}
    if text.startswith("int"):
        return {"type": "integer"}
    if text.startswith(("float", "scalar", "number")):
        return {"type": "number"}
    if text.startswith("str"):
        # A free string is a mode or a name only the library knows; only text is sayable.
        return {"type": "string"} if name in STRING_NAMES else None
    if "array_like" in text or text.startswith(("sequence", "list", "1-d array", "iterable")):
        return {"type": "array", "items": {"type": "number"}}
    if isinstance(default, bool):
        return {"type": "boolean"}
    if isinstance(default, int):
        return {"type": "integer"}
    if isinstance(default, float):
        return {"type": "number"}
    if isinstance(default, str):
        return {"type": "string"} if name in STRING_NAMES else None
    if kind_text or default not in (inspect.Parameter.empty, None):
        return None
    if name in INTEGER_NAMES:
        return {"type": "integer"}
    if name in NUMBER_NAMES:
        return {"type": "number"}
    if name in LIST_NAMES:
        return {"type": "array", "items": {"type": "number"}}
    if name in STRING_NAMES:
        return {"type": "string"}
    return None


def _summary(doc: str) -> str:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", inspect.cleandoc(doc)) if p.strip()]
    # Skip a signature line some builtins' docstrings start with ("comb(n, k)").
    text = next((p for p in paragraphs if not re.match(r"^[\w.]+\(.*\)$", p, re.S)), "")
    return plain(text)[:400]


def plain(text: str) -> str:
    """Docstring text as a description: reST literals and roles unwrapped, blanks collapsed."""
    text = re.sub(r":\w+:`([^`]*)`", r"\1", text)  # :func:`name`
    return " ".join(text.replace("``", "").replace("`", "").split())


def as_tool(qualname: str, fn: Callable) -> dict | None:
    """The function as a tool, or None when a required parameter has no JSON type."""
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return None
    doc = inspect.getdoc(fn) or ""
    description = _summary(doc)
    if not description:
        return None
    documented = numpydoc_params(doc)
    props: dict[str, dict] = {}
    required: list[str] = []
    for p in sig.parameters.values():
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) or p.name in SKIP_PARAMS:
            continue
        kind_text, text = documented.get(p.name, ("", ""))
        prop = _json_type(kind_text, p.default, p.name, p.annotation)
        if prop is None:
            if p.default is p.empty:
                return None
            continue
        text = plain(text) or f"The {say_words(p.name)} argument."
        if p.default is not p.empty and isinstance(p.default, int | float | str | bool):
            text = f"{text.rstrip('.')}. Default: {p.default!r}."
            prop["default"] = p.default
        elif p.default is not p.empty:
            text = f"{text.rstrip('.')}. Optional."
        prop["description"] = text[:300]
        props[p.name] = prop
        if p.default is p.empty:
            required.append(p.name)
    if not props or len(props) > MAX_PARAMS:
        return None
    return tool(qualname.replace(".", "_"), description, props, required)


def library_tools() -> list[tuple[str, dict]]:
    """(module, tool) for every public function of `MODULES` that is installed."""
    out: list[tuple[str, dict]] = []
    seen: set[str] = set()
    for module_name in MODULES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        public = getattr(module, "__all__", None) or dir(module)
        for name in sorted(public):
            fn = getattr(module, name, None)
            if name.startswith("_") or not callable(fn) or inspect.isclass(fn):
                continue
            t = as_tool(f"{module_name}.{name}", fn)
            if t and t["function"]["name"] not in seen:
                seen.add(t["function"]["name"])
                out.append((module_name, t))
    return out


def _value(rng: random.Random, name: str, prop: dict) -> tuple[Any, str]:
    kind = prop["type"]
    if "enum" in prop:
        v = rng.choice(prop["enum"])
        return v, v
    if kind == "boolean":
        v = rng.random() < 0.5
        return v, "true" if v else "false"
    if kind == "integer":
        v = rng.randint(1, 60)
        return v, str(v)
    if kind == "number":
        v = round(rng.uniform(0.1, 250), rng.choice((0, 1, 2)))
        v = int(v) if v.is_integer() and rng.random() < 0.5 else v
        return v, str(v)
    if kind == "array":
        vs = [rng.randint(-20, 99) for _ in range(rng.randint(2, 6))]
        return vs, ", ".join(str(v) for v in vs)
    words = ("the quick brown fox", "hello world", "lorem ipsum dolor", "tea at five")
    v = rng.choice(words)
    return v, f'"{v}"'


class PyLibRows:
    def __init__(self, seed: int, rows_per_function: int = ROWS_PER_FUNCTION) -> None:
        self.rng = random.Random(seed)
        self.rows_per_function = rows_per_function

    def __iter__(self) -> Iterator[dict]:
        tools = library_tools()
        by_module: dict[str, list[dict]] = {}
        for module, t in tools:
            by_module.setdefault(module.split(".")[0], []).append(t)
        for module, t in tools:
            name = t["function"]["name"]
            split = "heldout" if is_heldout(f"pylib:{name}") else "train"
            siblings = [o for o in by_module[module.split(".")[0]] if o is not t]
            for k in range(self.rows_per_function):
                row = self._row(module, t, siblings, split, k)
                if row:
                    yield row

    def _row(self, module: str, t: dict, siblings: list[dict], split: str, k: int) -> dict | None:
        rng = self.rng
        drawn = draw_request(rng, t, OPTIONAL_P, _value)
        if drawn is None:
            return None
        text, args = drawn
        offered = [t, *rng.sample(siblings, min(len(siblings), rng.randint(*SIBLINGS)))]
        return {
            "id": f"pylib-{t['function']['name']}-{k}",
            "tools": shuffled(rng, offered),
            "messages": [{"role": "user", "content": text}],
            "answer": answer_calls([(t["function"]["name"], args)]),
            "meta": {
                "source": f"pylib:{module.split('.')[0]}",
                "kind": "single",
                "split": split,
                "function": f"{module}.{t['function']['name']}",
            },
        }
