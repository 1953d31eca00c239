"""Turn pydantic validation errors into a place and a reason a person can read."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from .journey import ReferenceProblem
from .text import shown


def format_loc(loc: Sequence[int | str]) -> str:
    """``('touchpoints', 3, 'emotion')`` → ``touchpoints[3].emotion``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif out:
            out += f".{part}"
        else:
            out = str(part)
    return out


def _pattern_reason(value: Any, loc: Sequence[int | str]) -> str:
    if not isinstance(value, str):
        return "has the wrong format"
    if loc and loc[-1] == "colour":
        return f"is not a colour like #1A2B3C (got {shown(value)})"
    if not value.strip():
        return "must not be empty"
    return "has the wrong format"


def _reason(err: dict[str, Any]) -> str:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    value = err.get("input")
    loc = err.get("loc", ())
    if kind == "missing":
        return "is missing"
    if kind == "extra_forbidden":
        return "is not a field CJ Designer knows (a typo, or a file from another program?)"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return _range_reason(loc, value, ctx)
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        length = len(value) if isinstance(value, str) else "?"
        return f"is too long ({length:,} characters; the limit is {ctx.get('max_length'):,})"
    if kind == "too_long":
        return (
            f"has too many entries ({ctx.get('actual_length'):,}; "
            f"the limit is {ctx.get('max_length'):,})"
        )
    if kind == "string_pattern_mismatch":
        return _pattern_reason(value, loc)
    if kind in ("string_type", "str_type"):
        return f"should be text, not {shown(value)}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"should be a whole number, not {shown(value)}"
    if kind in ("float_type", "float_parsing"):
        return f"should be a number, not {shown(value)}"
    if kind == "finite_number":
        return "should be a finite number"
    if kind in ("bool_type", "bool_parsing"):
        return f"should be true or false, not {shown(value)}"
    if kind in ("list_type", "tuple_type"):
        return f"should be a list, not {shown(value)}"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"should be an object, not {shown(value)}"
    if kind == "enum":
        return f"should be one of {ctx.get('expected')}, not {shown(value)}"
    if kind == "literal_error":
        return f"should be {ctx.get('expected')}, not {shown(value)}"
    if kind.startswith("datetime"):
        return f"should be a date and time like 2026-05-01T09:30:00Z, not {shown(value)}"
    if kind == "recursion_loop":
        return "is nested too deeply"
    if kind == "value_error":
        error = ctx.get("error")
        message = str(error) if error is not None else err.get("msg", "")
        return re.sub(r"^Value error, ", "", message)
    return re.sub(r"^Value error, ", "", err.get("msg", "is not valid"))


def _range_reason(loc: Sequence[int | str], value: Any, ctx: dict[str, Any]) -> str:
    field = loc[-1] if loc else ""
    low = ctx.get("ge", ctx.get("gt"))
    high = ctx.get("le", ctx.get("lt"))
    bounds = {
        "emotion": "between -5 and +5",
        "position": "between 0 and 1",
        "severity": "1, 2 or 3",
        "impact": "1, 2 or 3",
        "width": "between 0.2 and 10",
    }
    if field in bounds:
        return f"must be {bounds[field]} (got {shown(value)})"
    if len(loc) >= 2 and loc[-2] == "survey_scores":
        return f"must be a score from 0 to 10 (got {shown(value)})"
    if low is not None:
        return f"must be at least {low} (got {shown(value)})"
    return f"must be at most {high} (got {shown(value)})"


def first_problem(error: ValidationError) -> tuple[str, str]:
    """The place and reason of the first error in a ValidationError."""
    errors = error.errors(include_url=False)
    if not errors:
        return "", "is not valid"
    err = errors[0]
    ctx = err.get("ctx") or {}
    exc = ctx.get("error")
    loc = tuple(err.get("loc", ()))
    if isinstance(exc, ReferenceProblem):
        prefix = format_loc(loc)
        place = f"{prefix}.{exc.place}" if prefix else exc.place
        return place, exc.reason
    reason = _reason(err)
    if len(errors) > 1:
        reason += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    return format_loc(loc), reason
