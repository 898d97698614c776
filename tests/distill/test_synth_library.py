"""The synthetic library as data: JSON domain files validated by a JSON Schema, extra folders."""

import itertools
import json
from pathlib import Path

import jsonschema
import pytest

from distill.pipeline import parser, synthetic_data
from distill.synth.catalog import (
    LIBRARY_DIR,
    SCHEMA_FILE,
    LibraryError,
    domain_files,
    load_library,
)
from distill.synth.offline import iter_rows, main

DOMAIN = {
    "domain": "plant_care",
    "description": "Watering reminders for house plants.",
    "tools": [
        {
            "name": "schedule_plant_watering",
            "descriptions": ["Remind me to water a plant every few days."],
            "parameters": {
                "type": "object",
                "properties": {
                    "plant": {"type": "string", "description": "Which plant."},
                    "every_days": {"type": "integer", "description": "Days between waterings."},
                },
                "required": ["plant", "every_days"],
            },
            "values": {"plant": "choice:fern|monstera|cactus", "every_days": "int:1:14"},
            "requests": [
                "water the {plant} every {every_days} days",
                "remind me to water my {plant} every {every_days} days",
                "{plant} needs water every {every_days} days",
                "set a watering reminder for the {plant}, every {every_days} days",
                "every {every_days} days, water the {plant}",
                "plant reminder: {plant}, {every_days} days",
            ],
        }
    ],
}


def test_every_shipped_domain_file_follows_the_schema() -> None:
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text()))
    files = sorted(LIBRARY_DIR.glob("*.json"))
    assert len(files) >= 50
    for path in files:
        assert not list(validator.iter_errors(json.loads(path.read_text()))), path.name
    assert len(load_library().tools) == sum(len(json.loads(p.read_text())["tools"]) for p in files)


def test_a_folder_adds_a_users_domain(tmp_path: Path) -> None:
    (tmp_path / "plants.json").write_text(json.dumps(DOMAIN))
    assert domain_files((tmp_path,))[-1] == tmp_path / "plants.json"
    lib = load_library((tmp_path,))
    assert "plant_care" in lib.domains and "plant_care" not in load_library().domains
    rows = list(itertools.islice(iter_rows(1, domains=("plant_care",), library=(tmp_path,)), 40))
    calls = [c for r in rows for c in r["answer"]["tool_calls"]]
    assert calls and {c["name"] for c in calls} == {"schedule_plant_watering"}


def test_the_cli_takes_a_library_folder(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "plants.json").write_text(json.dumps(DOMAIN))
    out = tmp_path / "out"
    argv = ["--rows", "30", "--out", str(out), "--library", str(lib), "--domains", "plant_care"]
    assert main(argv) == 0
    rows = [json.loads(line) for f in out.glob("*.jsonl") for line in f.open()]
    assert len(rows) == 30 and any(r["answer"]["tool_calls"] for r in rows)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["tools"][0].pop("requests"), "'requests' is a required property"),
        (lambda d: d["tools"][0]["requests"].pop(), "is too short"),
        (lambda d: d["tools"][0].update(colour="red"), "Additional properties"),
        (lambda d: d.update(domain="Plant Care"), "does not match"),
    ],
)
def test_a_file_breaking_the_schema_is_named(tmp_path: Path, change, message) -> None:
    data = json.loads(json.dumps(DOMAIN))
    change(data)
    (tmp_path / "broken.json").write_text(json.dumps(data))
    with pytest.raises(LibraryError, match=rf"broken\.json: .*{message}"):
        load_library((tmp_path,))


def test_a_tool_breaking_the_format_is_named(tmp_path: Path) -> None:
    data = json.loads(json.dumps(DOMAIN))
    data["tools"][0]["requests"][0] = "water the {pot} every {every_days} days"
    (tmp_path / "plants.json").write_text(json.dumps(data))
    with pytest.raises(LibraryError, match=r"plants\.json: tool 'schedule_plant_watering'.*pot"):
        load_library((tmp_path,))


def test_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="not a folder"):
        load_library((tmp_path / "nope",))


def test_distill_passes_a_library_folder_and_defaults_to_the_generator(tmp_path: Path) -> None:
    argv = ["--synthetic", "--out", str(tmp_path / "run"), "--rows", "20", "--mix", "single=1"]
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "plants.json").write_text(json.dumps({**DOMAIN, "domain": "Plants!"}))
    args = parser().parse_args([*argv, "--library", str(broken)])
    with pytest.raises(LibraryError, match=r"plants\.json"):  # the folder is read
        synthetic_data(args, tmp_path / "data0")
    args = parser().parse_args([*argv, "--defaults", "1"])
    train, heldout = synthetic_data(args, tmp_path / "data")
    rows = [json.loads(line) for path in (train, heldout) for line in path.open()]
    assert len(rows) == 20
    defaults = [
        p
        for r in rows
        for t in r["tools"]
        for p in t["function"]["parameters"]["properties"].values()
        if "default" in p
    ]
    assert defaults and all("Default: " in p["description"] for p in defaults)
