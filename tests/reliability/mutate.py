"""Seeded mutations of good map files: byte-level damage, JSON-level surgery and CSV cells."""

from __future__ import annotations

import csv
import io
import json
import random
from collections.abc import Callable
from typing import Any

_ODD_VALUES: list[Any] = [
    None,
    True,
    0,
    -1,
    1e308,
    -1e308,
    10**30,
    "",
    " ",
    "\u0000",
    "x" * 300,
    [],
    {},
    [1, 2],
    {"a": None},
    "😀",
    "<b>&amp;</b>",
    1.5,
]


def _byte_mutation(rnd: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    kind = rnd.randrange(6)
    if kind == 0 and buf:  # bit flips
        for _ in range(rnd.randint(1, 8)):
            buf[rnd.randrange(len(buf))] ^= 1 << rnd.randrange(8)
    elif kind == 1:  # truncation
        del buf[rnd.randrange(len(buf) + 1) :]
    elif kind == 2 and buf:  # delete a slice
        i = rnd.randrange(len(buf))
        del buf[i : i + rnd.randint(1, 50)]
    elif kind == 3:  # insert junk
        i = rnd.randrange(len(buf) + 1)
        junk = rnd.choice(
            [b"\x00", b"\xff\xfe", b'"', b"{", b"]", b",", b"\\", b"\\u0007", b"NaN", "ñ".encode()]
        )
        buf[i:i] = junk * rnd.randint(1, 3)
    elif kind == 4 and buf:  # duplicate a slice
        i = rnd.randrange(len(buf))
        buf[i:i] = buf[i : i + rnd.randint(1, 200)]
    else:  # swap two slices
        if len(buf) > 20:
            i, j = sorted(rnd.sample(range(len(buf)), 2))
            buf[i:j] = buf[i:j][::-1]
    return bytes(buf)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += _paths(item, (*prefix, index))
    return out


def _json_mutation(rnd: random.Random, data: bytes) -> bytes:
    tree = json.loads(data)
    paths = [p for p in _paths(tree) if p]
    path = rnd.choice(paths)
    parent = tree
    for key in path[:-1]:
        parent = parent[key]
    last = path[-1]
    kind = rnd.randrange(4)
    if kind == 0:  # replace with an odd value
        parent[last] = rnd.choice(_ODD_VALUES)
    elif kind == 1 and isinstance(parent, dict):  # drop a key
        del parent[last]
    elif kind == 2 and isinstance(parent, list):  # duplicate a list entry (duplicate ids)
        parent.append(json.loads(json.dumps(parent[last])))
    else:  # copy a value from elsewhere (type confusion, dangling references)
        other = rnd.choice(paths)
        source = tree
        for key in other:
            source = source[key]
        parent[last] = json.loads(json.dumps(source))
    return json.dumps(tree, ensure_ascii=rnd.random() < 0.5).encode("utf-8")


MUTATORS: list[Callable[[random.Random, bytes], bytes]] = [_byte_mutation, _json_mutation]


def mutants(seed_files: list[bytes], count: int, seed: int) -> list[bytes]:
    """``count`` damaged copies of the seed files, the same for the same seed."""
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        data = rnd.choice(seed_files)
        for _ in range(rnd.randint(1, 3)):
            data = rnd.choice(MUTATORS)(rnd, data) if data else data
            if not data:
                break
            try:
                json.loads(data)
            except ValueError:
                break  # no longer JSON: JSON-level surgery is over
        out.append(data)
    return out


_ODD_CELLS = [
    "", "nan", "inf", "1e999", "-6", "5.5", "0,5", "'=1+1", "=cmd|' /C calc'!A0", "yes", "maybe",
    "pain", "opportunity", "dolor", "x" * 300, "😀", "\x07", '"', "a;b", "\r\n", "-", "3",
]  # fmt: skip


def _cell_mutation(rnd: random.Random, data: bytes) -> bytes:
    """Damage one cell of a CSV table: an odd value, a cell from elsewhere, or a lost cell."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8", "replace"), newline="")))
    if len(rows) < 2:
        return data
    r = rnd.randrange(len(rows))
    row = rows[r]
    if not row:
        return data
    c = rnd.randrange(len(row))
    kind = rnd.randrange(3)
    if kind == 0:
        row[c] = rnd.choice(_ODD_CELLS)
    elif kind == 1:
        other = rnd.choice(rows)
        row[c] = rnd.choice(other) if other else ""
    else:
        del row[c]  # a row one cell short: every later cell is in the wrong column
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def csv_mutants(seed_files: list[bytes], count: int, seed: int) -> list[bytes]:
    """``count`` damaged copies of CSV tables: cell-level damage, then byte-level."""
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        data = rnd.choice(seed_files)
        for _ in range(rnd.randint(1, 3)):
            data = _cell_mutation(rnd, data)
        if rnd.random() < 0.3:
            data = _byte_mutation(rnd, data)
        out.append(data)
    return out
