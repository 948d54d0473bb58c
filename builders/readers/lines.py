"""The lines of a file, decoded one at a time, for the streaming formats (.jsonl, .csv).

The encoding is chosen from the first megabyte. Each line is decoded as UTF-8 if it is UTF-8 (a file
may mix encodings), else with that encoding, else on its own (see `decode`); only a line that still does
not decode, or that is longer than the limit, comes out with a `problem` (its text replaced), so that one
bad line costs one record, not the file.
A line is never held whole when it is over the limit.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .decode import SAMPLE_BYTES, DecodeError, bom_encoding, decode, detect_encoding

#: How much of the file picks the encoding.
HEAD_BYTES = 16 * SAMPLE_BYTES


@dataclass(frozen=True)
class Line:
    """A line of a file: its 1-based number, its text (with its newline) and what is wrong with it, or ""."""

    number: int
    text: str
    problem: str = ""


def _skip_rest(f: BinaryIO, chunk: int) -> None:
    """Read on to the end of the current line without keeping it."""
    while True:
        part = f.readline(chunk)
        if not part or part.endswith(b"\n"):
            return


def _decoded(raw: bytes, encoding: str) -> tuple[str, str]:
    """The line decoded as UTF-8 (a file may mix encodings), as the file's encoding, or on its own."""
    for codec in ("utf-8", encoding):
        try:
            return raw.decode(codec), ""
        except UnicodeDecodeError:
            pass
    try:
        return decode(raw), ""
    except DecodeError as exc:
        return raw.decode(encoding, errors="replace"), f"the line is not text ({exc})"


def _byte_lines(f: BinaryIO, encoding: str, max_line_bytes: int) -> Iterator[Line]:
    number = 0
    while raw := f.readline(max_line_bytes + 1):
        number += 1
        if len(raw) > max_line_bytes and not raw.endswith(b"\n"):
            _skip_rest(f, 1 << 20)
            yield Line(number, "\n", f"the line is longer than the limit of {max_line_bytes:,} bytes")
            continue
        text, problem = _decoded(raw, encoding)
        yield Line(number, text.lstrip("\ufeff") if number == 1 else text, problem)


def _text_lines(f: BinaryIO, encoding: str, max_line_chars: int) -> Iterator[Line]:
    """Lines of a UTF-16 or UTF-32 file (its byte-order mark says which); a decoding error ends the file."""
    reader = io.TextIOWrapper(f, encoding=encoding, errors="strict", newline="")
    number = 0
    while text := reader.readline(max_line_chars + 1):
        number += 1
        if len(text) > max_line_chars and not text.endswith("\n"):
            while (rest := reader.readline(1 << 20)) and not rest.endswith("\n"):
                pass
            yield Line(number, "\n", f"the line is longer than the limit of {max_line_chars:,} characters")
            continue
        yield Line(number, text)


def read_lines(path: Path, *, max_line_bytes: int) -> Iterator[Line]:
    """The lines of the file at `path`; DecodeError (before any line) when the file is not text at all."""
    with path.open("rb") as f:
        head = f.read(HEAD_BYTES)
        encoding = bom_encoding(head) or detect_encoding(head, partial=len(head) == HEAD_BYTES)
        f.seek(0)
        if encoding in ("utf-16", "utf-32"):
            yield from _text_lines(f, encoding, max_line_bytes)
        else:
            yield from _byte_lines(f, "utf-8" if encoding == "utf-8-sig" else encoding, max_line_bytes)
