"""Tool definitions shared by tests: one builder, and the timer + weather pair most tests use."""

from __future__ import annotations

from typing import Any


def function_tool(
    name: str, description: str, properties: dict[str, Any], required: list[str] | None = None
) -> dict[str, Any]:
    """An OpenAI function tool with an object schema."""
    params = {"type": "object", "properties": properties, "required": required or []}
    return {
        "type": "function",
        "function": {"name": name, "description": description, "parameters": params},
    }


TIMER_AND_WEATHER: list[dict[str, Any]] = [
    function_tool(
        "set_timer",
        "Start a countdown timer.",
        {
            "minutes": {"type": "integer", "description": "Length in minutes."},
            "label": {"type": "string", "description": "Name shown when it rings."},
        },
        ["minutes"],
    ),
    function_tool(
        "get_weather",
        "Current weather for a city.",
        {
            "city": {"type": "string", "description": "City name."},
            "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
        },
        ["city"],
    ),
]
