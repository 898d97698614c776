"""Teachers: large models that label training rows for the student.

`make_teacher("gemini" | "openai", **kwargs)` builds one; keys and endpoints not given come from
GEMINI_API_KEY, or OPENAI_API_KEY and OPENAI_BASE_URL (an endpoint of one's own may go keyless). Each backend module imports its SDK, so
they are imported only when asked for.
"""

import os
from typing import Any

from distill.teachers.base import (
    Budget,
    BudgetExhausted,
    Price,
    RateLimited,
    RetryPolicy,
    Teacher,
    TeacherAnswer,
    TeacherError,
    TeacherRequest,
    ToolCall,
    Usage,
)

__all__ = [
    "Budget",
    "BudgetExhausted",
    "Price",
    "RateLimited",
    "RetryPolicy",
    "Teacher",
    "TeacherAnswer",
    "TeacherError",
    "TeacherRequest",
    "ToolCall",
    "Usage",
    "make_teacher",
]

TEACHERS = ("gemini", "openai")


def make_teacher(name: str, **kwargs: Any) -> Teacher:
    """A teacher by backend name; keyword arguments set to None count as not given."""
    options = {key: value for key, value in kwargs.items() if value is not None}
    if name == "gemini":
        from distill.teachers.gemini import GeminiTeacher

        options.setdefault("api_key", os.environ.get("GEMINI_API_KEY"))
        if not options["api_key"]:
            raise ValueError("the gemini teacher needs an API key: set GEMINI_API_KEY")
        return GeminiTeacher(**options)
    if name == "openai":
        from distill.teachers.openai_compat import OpenAITeacher

        options.setdefault("base_url", os.environ.get("OPENAI_BASE_URL"))
        options.setdefault("api_key", os.environ.get("OPENAI_API_KEY"))
        if not options["api_key"]:
            if not options["base_url"]:
                raise ValueError("the openai teacher needs an API key: set OPENAI_API_KEY")
            options["api_key"] = "unused"  # a local endpoint (vLLM, Thimble) may want none
        return OpenAITeacher(**options)
    raise ValueError(f"unknown teacher {name!r}; choose one of {', '.join(TEACHERS)}")
