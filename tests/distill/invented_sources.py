"""The public data's formats with invented rows, for the source loaders' tests: no row of
../shared/data is in them, and tests never need that folder.

Most files are committed under fixtures/sources in the loaders' layout; the Seal-Tools
out-of-domain split and the SGD-X schema variants are written here, at test time, so that no
committed file stands where a copy of the shared data would. `invented_sources()` is the data
directory the loaders read.
"""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from functools import cache
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "sources"

# Seal-Tools test_out_domain: a tool no other split uses
SEAL_OUT_OF_DOMAIN = [
    {
        "id": "test_out_domain-easy-0",
        "query": "What will the tide be in Port Quillan tomorrow?",
        "calling": [
            {
                "api": "predictHarborTide",
                "parameters": {"harbor": "Port Quillan", "day": "tomorrow"},
                "responses": ["API_call_0"],
            }
        ],
    }
]

# SGD-X: the invented services of fixtures/sources/sgd/schema.json, renamed and reworded
SGD_X = {
    "v1": [
        {
            "service_name": "Libraries_11",
            "description": "Library catalogue and holds",
            "slots": [
                {
                    "name": "library_town",
                    "description": "Reworded: city of the library",
                    "is_categorical": False,
                    "possible_values": [],
                },
                {
                    "name": "title_of_work",
                    "description": "Reworded: title of the book",
                    "is_categorical": False,
                    "possible_values": [],
                },
                {
                    "name": "collection_day",
                    "description": "Reworded: day to collect the book",
                    "is_categorical": False,
                    "possible_values": [],
                },
                {
                    "name": "edition_kind",
                    "description": "Reworded: format of the copy",
                    "is_categorical": True,
                    "possible_values": ["Hardcover", "Paperback", "Ebook"],
                },
                {
                    "name": "hold_count",
                    "description": "Reworded: number of copies to hold",
                    "is_categorical": True,
                    "possible_values": ["1", "2", "3"],
                },
            ],
            "intents": [
                {
                    "name": "LookUpTitle",
                    "description": "Reworded: look up a book in the city's libraries",
                    "is_transactional": False,
                    "required_slots": ["library_town", "title_of_work"],
                    "optional_slots": {"edition_kind": "dontcare"},
                    "result_slots": ["library_town", "title_of_work", "edition_kind"],
                },
                {
                    "name": "HoldTitle",
                    "description": "Reworded: put a book on hold for pickup",
                    "is_transactional": True,
                    "required_slots": ["library_town", "title_of_work", "collection_day"],
                    "optional_slots": {"hold_count": "1"},
                    "result_slots": [
                        "library_town",
                        "title_of_work",
                        "collection_day",
                        "hold_count",
                    ],
                },
            ],
        },
        {
            "service_name": "Bakeries_11",
            "description": "Cakes to order",
            "slots": [
                {
                    "name": "bakery_town",
                    "description": "Reworded: city of the bakery",
                    "is_categorical": False,
                    "possible_values": [],
                },
                {
                    "name": "cake_kind",
                    "description": "Reworded: kind of cake",
                    "is_categorical": False,
                    "possible_values": [],
                },
                {
                    "name": "portions",
                    "description": "Reworded: how many people the cake serves",
                    "is_categorical": True,
                    "possible_values": ["4", "8", "12"],
                },
            ],
            "intents": [
                {
                    "name": "BuyCake",
                    "description": "Reworded: order a cake for collection",
                    "is_transactional": True,
                    "required_slots": ["bakery_town", "cake_kind"],
                    "optional_slots": {"portions": "8"},
                    "result_slots": ["bakery_town", "cake_kind", "portions"],
                },
                {
                    "name": "SearchBakeries",
                    "description": "Reworded: search for bakeries in a city",
                    "is_transactional": False,
                    "required_slots": ["bakery_town"],
                    "optional_slots": {},
                    "result_slots": ["bakery_town"],
                },
            ],
        },
        {
            "service_name": "Parks_11",
            "description": "Parks nearby",
            "slots": [
                {
                    "name": "park_town",
                    "description": "Reworded: city to search in",
                    "is_categorical": False,
                    "possible_values": [],
                },
                {
                    "name": "playground_present",
                    "description": "Reworded: whether the park has a playground",
                    "is_categorical": True,
                    "possible_values": ["True", "False"],
                },
            ],
            "intents": [
                {
                    "name": "LocatePark",
                    "description": "Reworded: search for parks in a city",
                    "is_transactional": False,
                    "required_slots": ["park_town"],
                    "optional_slots": {"playground_present": "dontcare"},
                    "result_slots": ["park_town", "playground_present"],
                }
            ],
        },
    ]
}


@cache
def invented_sources() -> Path:
    """A data directory in the layout of ../shared/data (removed when the tests end)."""
    root = Path(tempfile.mkdtemp(prefix="invented-sources-"))
    atexit.register(shutil.rmtree, root, True)
    shutil.copytree(FIXTURES, root, dirs_exist_ok=True)
    (root / "seal-tools" / "test_out_domain.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in SEAL_OUT_OF_DOMAIN)
    )
    (root / "sgd" / "schema_sgdx.json").write_text(json.dumps(SGD_X, indent=1))
    return root
