"""Identifiers for model objects: uuid4 strings that are saved in the file."""

from __future__ import annotations

import uuid


def new_id() -> str:
    """Return a fresh identifier for a model object."""
    return str(uuid.uuid4())
