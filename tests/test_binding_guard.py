"""Guard against the PySide6 release that leaks references to None (see DESIGN.md).

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a method that
returns None; after ~5,000 calls the process aborts with "none_dealloc". If this test
fails, the installed PySide6 is a broken release: pin it out in pyproject.toml.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QGraphicsRectItem


def test_none_returning_calls_do_not_drain_none_refcount(qapp):
    item = QGraphicsRectItem(0, 0, 10, 10)
    before = sys.getrefcount(None)
    for i in range(10_000):
        item.setPos(i, i)
    after = sys.getrefcount(None)
    assert after >= before - 100, f"refcount(None) fell from {before} to {after}"
