"""Readers: files in, Article or ReadFailure records out. Nothing raises past a reader.

Formats: .txt/.md (YAML front matter), .json (object or list), .jsonl, .csv, .html. See
`read_inputs` for the entry point.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..records import Article, ReadFailure
from .decode import DecodeError, decode
from .discover import EXTENSIONS, discover
from .fields import origin_id, parse_published
from .read_csv import read_csv
from .read_html import read_html
from .read_json import read_json, read_jsonl
from .read_text import read_text

__all__ = ["read_inputs", "read_file", "parse_published"]
Record = Article | ReadFailure

#: Default limits: a whole-file format over this size is refused without being read.
MAX_FILE_BYTES = 20_000_000
MAX_TEXT_CHARS = 1_000_000


def _fail(path: Path, message: str) -> ReadFailure:
    return ReadFailure(origin_id(str(path)), str(path), f"{path}: {message}")


def _lines(path: Path) -> Iterator[str]:
    """The file's lines, decoded as UTF-8 or, failing that, as the encoding of its first megabyte."""
    with path.open("rb") as f:
        head = f.read(1_000_000)
    if b"\x00" in head[:65536]:
        raise DecodeError("binary content (NUL bytes), not text")
    try:
        head.decode("utf-8-sig")
        encoding = "utf-8-sig"
    except UnicodeDecodeError as exc:
        encoding = "utf-8-sig" if exc.start > len(head) - 4 else "cp1252"
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    with path.open("rb") as f:
        pending = ""
        for chunk in iter(lambda: f.read(1 << 16), b""):
            pending += decoder.decode(chunk)
            *done, pending = pending.split("\n")
            for line in done:
                yield line + "\n"
        pending += decoder.decode(b"", final=True)
        if pending:
            yield pending


def read_file(
    path: Path, *, max_file_bytes: int = MAX_FILE_BYTES, max_text_chars: int = MAX_TEXT_CHARS
) -> Iterator[Record]:
    """The records of one file, dispatched by extension; problems become ReadFailures naming the file."""
    suffix = path.suffix.lower()
    if not path.exists():
        yield _fail(path, "no such file or folder")
        return
    if suffix not in EXTENSIONS:
        yield _fail(path, f"unknown file type {suffix or '(none)'}; use .txt, .md, .json, .jsonl, .csv or .html")
        return
    try:
        size = path.stat().st_size
        if size == 0:
            yield _fail(path, "empty file")
            return
        if suffix in (".jsonl", ".ndjson"):
            yield from read_jsonl(path, _lines(path), max_text_chars=max_text_chars)
            return
        if suffix == ".csv":
            yield from read_csv(path, _lines(path), max_text_chars=max_text_chars)
            return
        if size > max_file_bytes:
            yield _fail(path, f"file of {size:,} bytes is over the limit of {max_file_bytes:,}")
            return
        text = decode(path.read_bytes())
        reader = {".json": read_json, ".html": read_html, ".htm": read_html}.get(suffix, read_text)
        yield from reader(path, text, max_text_chars=max_text_chars)
    except DecodeError as exc:
        yield _fail(path, str(exc))
    except (OSError, UnicodeDecodeError) as exc:
        yield _fail(path, f"cannot be read ({exc})")


def read_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_file_bytes: int = MAX_FILE_BYTES,
    max_text_chars: int = MAX_TEXT_CHARS,
) -> Iterator[Record]:
    """Every article of every input file or folder, in a deterministic order (see `discover`)."""
    for path, _named in discover(paths):
        yield from read_file(path, max_file_bytes=max_file_bytes, max_text_chars=max_text_chars)
