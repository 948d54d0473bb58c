"""Bytes to text: a byte-order mark, else UTF-8, else a Western single-byte encoding (Windows-1252, which
covers Latin-1's letters), else the encoding charset-normalizer detects. Binary content is refused.

Short non-UTF-8 texts are too short for statistical detection (charset-normalizer reads "café" as
UTF-16), so Windows-1252 is tried first and kept when the letters it gives look like a Western text.
"""

from __future__ import annotations

import codecs

#: Byte-order marks and the codec that reads (and drops) each; UTF-32-LE first, as it starts like UTF-16-LE.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: How much of a file's start is looked at to tell binary from text and to pick an encoding.
SAMPLE_BYTES = 1 << 16
#: Control bytes (not tab, newlines, form feed, escape) are rare in text; a larger share than this is binary.
MAX_CONTROL_SHARE = 0.05
#: In a Western text most letters are ASCII; a larger share of non-ASCII letters means another encoding.
MAX_NON_ASCII_LETTERS = 0.4
_FIX = "give the articles as text, JSON, CSV or HTML"
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1b")


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can tell."""


def bom_encoding(data: bytes) -> str | None:
    """The codec named by the byte-order mark `data` starts with, if any."""
    return next((name for bom, name in BOMS if data.startswith(bom)), None)


def check_text(sample: bytes) -> None:
    """Raise DecodeError when the sample (without a byte-order mark) looks like binary content."""
    if b"\x00" in sample:
        raise DecodeError(f"binary content (NUL bytes), not text; {_FIX}")
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    if sample and controls / len(sample) > MAX_CONTROL_SHARE:
        raise DecodeError(f"binary content (control bytes), not text; {_FIX}")


def _is_utf8(data: bytes, *, partial: bool) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # the head of a file may end inside a character: only an error in its last 3 bytes is forgiven
        return partial and exc.start >= len(data) - 3 and exc.reason == "unexpected end of data"
    return True


def _looks_western(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    foreign = sum(1 for c in letters if ord(c) > 127)
    return not letters or foreign / len(letters) <= MAX_NON_ASCII_LETTERS


def _detected(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported late: slow to import, rarely needed

    best = from_bytes(data[: 4 * SAMPLE_BYTES]).best()
    if best is None or best.encoding.startswith(("utf_16", "utf_32")):
        return None
    return str(best.encoding)


def detect_encoding(data: bytes, *, partial: bool = False) -> str:
    """The codec to read `data` with; `partial` when `data` is only the start of a longer file.

    Raises DecodeError (saying why and how to fix it) for binary or undecodable content.
    """
    named = bom_encoding(data)
    if named:
        return named
    check_text(data[:SAMPLE_BYTES])
    if _is_utf8(data, partial=partial):
        return "utf-8"
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _looks_western(western):
        return "cp1252"
    detected = _detected(data)
    if detected:
        return detected
    if western is not None:
        return "cp1252"
    raise DecodeError("not valid UTF-8, and no other text encoding fits; save the file as UTF-8")


def decode(data: bytes) -> str:
    """The text the bytes hold; DecodeError says why when they hold none."""
    encoding = detect_encoding(data)
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeError(f"not valid UTF-8, nor {encoding} ({exc}); save the file as UTF-8") from exc
