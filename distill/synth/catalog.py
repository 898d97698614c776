"""Load and validate the synthetic tool library: JSON files, one domain each.

The shipped domains are `distill/synth/library/*.json`; `--library DIR` (`distill.synth.offline`)
adds every `*.json` of DIR, so a user can add a domain of their own. Each file is first
validated against `distill/synth/library.schema.json` (keys, types, at least `MIN_TEMPLATES`
templates), then each tool against docs/data-format.md: a valid JSON Schema object whose every
property is described, a known value spec for every property, templates whose slots name
properties (required ones outside brackets), and a dry-run render of every template whose
arguments validate. Any failure raises `LibraryError` naming the file, the tool and the problem.
"""

import json
import random
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path as FilePath

import jsonschema

from distill.synth import render as tpl
from distill.synth.values import Spec, SpecError, parse

MIN_TEMPLATES = 6
LIBRARY_DIR = FilePath(__file__).parent / "library"
SCHEMA_FILE = FilePath(__file__).parent / "library.schema.json"
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]{0,63}$")
_KEYS_REQUIRED = {"name", "descriptions", "parameters", "values", "requests"}
# `indirect` (requests that only imply the action) and `result` (specs for a plausible tool
# result, used by multi-turn rows) are optional extensions of the documented format.
_KEYS_OPTIONAL = {"similar", "say", "indirect", "result"}

Path = tpl.Path


class LibraryError(ValueError):
    """A domain module or tool that does not follow docs/data-format.md."""


@dataclass(frozen=True)
class Tool:
    name: str
    domain: str
    descriptions: tuple[str, ...]
    parameters: dict
    specs: dict[Path, Spec]  # leaf path -> how to draw it
    say: dict[Path, dict[str, tuple[str, ...]]]
    requests: tuple[tpl.Template, ...]
    indirect: tuple[tpl.Template, ...]
    similar: tuple[str, ...]
    result: dict[str, Spec]
    validator: jsonschema.protocols.Validator = field(compare=False, repr=False)


@dataclass(frozen=True)
class Library:
    tools: tuple[Tool, ...]
    by_name: dict[str, Tool]
    domains: dict[str, tuple[Tool, ...]]
    # A narrowed library's other tools: never offered or called, only asked for in no-call rows
    # (a smart-home assistant must learn to decline "text mum" with smart-home tools offered).
    outside: tuple[Tool, ...] = ()


def domain_files(extra: tuple[FilePath, ...] = ()) -> list[FilePath]:
    """The shipped domain files, then each extra folder's, each folder in name order."""
    files = sorted(LIBRARY_DIR.glob("*.json"))
    for folder in extra:
        if not folder.is_dir():
            raise LibraryError(f"{folder}: not a folder of domain files")
        files += sorted(folder.glob("*.json"))
    return files


@cache
def _file_validator() -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text()))


def read_domain(path: FilePath) -> dict:
    """A domain file's data, checked against `library.schema.json`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise LibraryError(f"{path.name}: not JSON: {exc}") from exc
    error = jsonschema.exceptions.best_match(_file_validator().iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "the top level"
        raise LibraryError(f"{path.name}: at {where}: {error.message}")
    return data


@cache
def load_library(extra: tuple[FilePath, ...] = ()) -> Library:
    """Read, compile and validate every domain file (cached: the library is read-only);
    `extra` folders add domains of their own."""
    tools: list[Tool] = []
    for path in domain_files(extra):
        data = read_domain(path)
        for raw in data["tools"]:
            try:
                tools.append(compile_tool(data["domain"], raw))
            except (LibraryError, SpecError, tpl.TemplateError, jsonschema.SchemaError) as exc:
                raise LibraryError(f"{path.name}: tool {raw.get('name', '?')!r}: {exc}") from exc
    by_name: dict[str, Tool] = {}
    for tool in tools:
        if tool.name in by_name:
            raise LibraryError(f"tool name {tool.name!r} is defined twice")
        by_name[tool.name] = tool
    for tool in tools:
        unknown = [s for s in tool.similar if s not in by_name]
        if unknown:
            raise LibraryError(f"tool {tool.name!r}: `similar` names unknown tools {unknown}")
    domains: dict[str, list[Tool]] = {}
    for tool in tools:
        domains.setdefault(tool.domain, []).append(tool)
    return Library(tuple(tools), by_name, {d: tuple(ts) for d, ts in domains.items()})


def compile_tool(domain: str, raw: dict) -> Tool:
    keys = set(raw)
    if not keys >= _KEYS_REQUIRED or not keys <= _KEYS_REQUIRED | _KEYS_OPTIONAL:
        missing, extra = _KEYS_REQUIRED - keys, keys - _KEYS_REQUIRED - _KEYS_OPTIONAL
        raise LibraryError(f"keys missing {sorted(missing)} or unknown {sorted(extra)}")
    name = raw["name"]
    if not isinstance(name, str) or not _NAME.match(name):
        raise LibraryError("name must match [A-Za-z_][A-Za-z0-9_-]{0,63}")
    descriptions = tuple(raw["descriptions"])
    if not descriptions or not all(isinstance(d, str) and d.strip() for d in descriptions):
        raise LibraryError("descriptions must be a non-empty list of non-empty strings")
    params = raw["parameters"]
    jsonschema.Draft202012Validator.check_schema(params)
    if params.get("type") != "object" or "properties" not in params:
        raise LibraryError("parameters must be an object schema with properties")
    _check_described(params, "")
    specs = _compile_specs(params, raw["values"], ())
    say = {
        _path(p, specs): {k: tuple(v) for k, v in forms.items()}
        for p, forms in raw.get("say", {}).items()
    }
    requests = tuple(tpl.parse(name, t) for t in raw["requests"])
    indirect = tuple(tpl.parse(name, t) for t in raw.get("indirect", ()))
    if len(requests) < MIN_TEMPLATES:
        raise LibraryError(f"needs at least {MIN_TEMPLATES} request templates, has {len(requests)}")
    required = {(p,) for p in params.get("required", ())}
    for template in requests + indirect:
        _check_template(template, specs, required)
    result = {k: parse(v, {}) for k, v in raw.get("result", {}).items()}
    tool = Tool(
        name=name,
        domain=domain,
        descriptions=descriptions,
        parameters=params,
        specs=specs,
        say=say,
        requests=requests,
        indirect=indirect,
        similar=tuple(raw.get("similar", ())),
        result=result,
        validator=jsonschema.Draft202012Validator(params),
    )
    _dry_run(tool)
    return tool


def _check_described(schema: dict, where: str) -> None:
    """Every property, at any depth, carries a non-empty description."""
    for prop, sub in schema.get("properties", {}).items():
        if not str(sub.get("description", "")).strip():
            raise LibraryError(f"property {where}{prop!r} has no description")
        _check_described(sub, f"{where}{prop}.")
        if isinstance(sub.get("items"), dict):
            _check_described(sub["items"], f"{where}{prop}[].")


def _compile_specs(schema: dict, values: dict, prefix: Path) -> dict[Path, Spec]:
    props = schema["properties"]
    if not isinstance(values, dict) or set(values) != set(props):
        raise LibraryError(
            f"values for {'.'.join(prefix) or 'parameters'} must cover exactly its properties: "
            f"missing {sorted(set(props) - set(values))}, unknown {sorted(set(values) - set(props))}"
        )
    specs: dict[Path, Spec] = {}
    for prop, spec in values.items():
        if isinstance(spec, dict):
            if props[prop].get("type") != "object":
                raise LibraryError(f"nested spec for {prop!r} whose schema is not an object")
            specs.update(_compile_specs(props[prop], spec, (*prefix, prop)))
        else:
            specs[(*prefix, prop)] = parse(spec, props[prop])
    return specs


def _path(dotted: str, specs: dict[Path, Spec]) -> Path:
    path = tuple(dotted.split("."))
    if path not in specs:
        raise LibraryError(f"`say` names {dotted!r}, which is not a property")
    return path


def _check_template(template: tpl.Template, specs: dict[Path, Spec], required: set[Path]) -> None:
    unknown = template.slots() - set(specs)
    if unknown:
        names = sorted(".".join(p) for p in unknown)
        raise LibraryError(f"template {template.text!r} has slots {names} that name no property")
    missing = required - {p[:1] for p in template.slots(bracketed=False)}
    if missing:
        names = sorted(p[0] for p in missing)
        raise LibraryError(f"template {template.text!r} leaves required {names} out or in brackets")


def _dry_run(tool: Tool) -> None:
    """Render every template with all and with no optional parts; each must validate."""
    rng = random.Random(0)
    for template in tool.requests + tool.indirect:
        for optional in (0.0, 1.0):
            args = tpl.render(rng, template, tool.specs, tool.say, optional).args
            error = jsonschema.exceptions.best_match(tool.validator.iter_errors(args))
            if error is not None:
                raise LibraryError(
                    f"template {template.text!r} renders invalid arguments: {error.message}"
                )
