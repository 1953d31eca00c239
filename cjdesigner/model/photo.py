"""Persona photos: PNG or JPEG bytes, checked from their header without decoding them.

Reading the size from the header (never decoding the pixels) means a file that claims
100,000 × 100,000 pixels is refused at once, before anything allocates memory for it.
"""

from __future__ import annotations

import base64
import binascii
import struct

MAX_PHOTO_BYTES = 2 * 1024 * 1024
MAX_PHOTO_SIDE = 6000

_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"
# JPEG start-of-frame markers carry the image size; C4, C8 and CC are not frames.
_JPEG_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def photo_format(data: bytes) -> str | None:
    """Return ``"png"``, ``"jpeg"`` or None when the bytes are neither."""
    if data.startswith(_PNG_MAGIC):
        return "png"
    if data.startswith(_JPEG_MAGIC):
        return "jpeg"
    return None


def photo_size(data: bytes) -> tuple[int, int]:
    """Return (width, height) read from a PNG or JPEG header.

    Raises ValueError with a plain-words reason when the bytes are not a usable image.
    """
    kind = photo_format(data)
    if kind == "png":
        if len(data) < 24 or data[12:16] != b"IHDR":
            raise ValueError("the PNG image is damaged (no IHDR header)")
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if kind == "jpeg":
        return _jpeg_size(data)
    raise ValueError("is not a PNG or JPEG image")


def _jpeg_size(data: bytes) -> tuple[int, int]:
    i = 2
    end = len(data)
    while i + 4 <= end:
        if data[i] != 0xFF:
            raise ValueError("the JPEG image is damaged (bad marker)")
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        if length < 2:
            raise ValueError("the JPEG image is damaged (bad segment length)")
        if marker in _JPEG_SOF:
            if i + 9 > end:
                break
            height, width = struct.unpack(">HH", data[i + 5 : i + 9])
            return width, height
        i += 2 + length
    raise ValueError("the JPEG image is damaged (no size found)")


def check_photo(data: bytes) -> bytes:
    """Validate photo bytes: size cap, PNG/JPEG, sane pixel dimensions."""
    if len(data) > MAX_PHOTO_BYTES:
        raise ValueError(
            f"the photo is too large ({len(data) / 1024 / 1024:.1f} MB; "
            f"the limit is {MAX_PHOTO_BYTES // 1024 // 1024} MB)"
        )
    width, height = photo_size(data)
    if width == 0 or height == 0:
        raise ValueError("the photo has no pixels")
    if width > MAX_PHOTO_SIDE or height > MAX_PHOTO_SIDE:
        raise ValueError(
            f"the photo claims {width} × {height} pixels; "
            f"the limit is {MAX_PHOTO_SIDE} × {MAX_PHOTO_SIDE}"
        )
    return data


def decode_photo(value: object) -> object:
    """Accept base64 text (as stored in JSON) or raw bytes (in Python)."""
    if isinstance(value, str):
        try:
            return base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError) as exc:
            raise ValueError("the photo is not valid base64 text") from exc
    return value


def encode_photo(data: bytes) -> str:
    """Base64 text for JSON."""
    return base64.b64encode(data).decode("ascii")
