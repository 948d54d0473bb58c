"""Bytes to text: UTF-8 (with or without BOM), else the encoding charset-normalizer detects (Latin-1,
Windows-1252, ...). Binary content (NUL bytes) is refused."""

from __future__ import annotations


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can tell."""


def decode(data: bytes) -> str:
    """The text the bytes hold; DecodeError says why when they hold none."""
    if b"\x00" in data[:65536]:
        raise DecodeError("binary content (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("not valid UTF-8, and no other text encoding fits")
    encoding = best.encoding
    if encoding in ("ascii", "utf_8"):
        encoding = "cp1252"
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeError(f"not valid UTF-8 and not {encoding}: {exc}") from exc
