"""Readers: files in, Article or ReadFailure records out. Nothing raises past a reader.

Formats, by extension: .txt/.md (optional YAML front matter), .json (an object or a list of them),
.jsonl (an object per line), .csv (a row per article), .html/.htm (the visible text). Limits:
`max_text_chars` holds for every article's text; `max_file_bytes` for a whole-file format (.txt, .md,
.json, .html) holds for the file, which is refused by its size without being read, and for a streaming
format (.jsonl, .csv, read line by line with no total limit) for each line or row.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..records import Article, ReadFailure
from .decode import DecodeError, decode
from .discover import EXTENSIONS, discover
from .fields import failure, parse_published, shown
from .lines import read_lines
from .read_csv import read_csv
from .read_html import read_html
from .read_json import read_json, read_jsonl
from .read_text import read_text

__all__ = ["MAX_FILE_BYTES", "MAX_TEXT_CHARS", "parse_published", "read_file", "read_inputs"]
Record = Article | ReadFailure
WholeReader = Callable[..., Iterator[Record]]

#: Default limits: bytes of a whole-file format (or of a line or row of a streaming one);
#: characters of an article's text.
MAX_FILE_BYTES = 20_000_000
MAX_TEXT_CHARS = 1_000_000
#: The reader of each whole-file extension; .jsonl, .ndjson and .csv are streamed.
WHOLE: dict[str, WholeReader] = {
    ".txt": read_text,
    ".md": read_text,
    ".markdown": read_text,
    ".json": read_json,
    ".html": read_html,
    ".htm": read_html,
}


def _problem(path: Path) -> str:
    """What keeps `path` from being read as a file, or "" when nothing does."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return "a broken symbolic link" if path.is_symlink() else "no such file or folder"
    except (OSError, ValueError) as exc:
        return f"cannot be opened ({getattr(exc, 'strerror', None) or exc})"
    if stat.S_ISDIR(st.st_mode):
        return "is a folder; give it to read_inputs, which walks it"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file (a device, pipe or socket)"
    if path.suffix.lower() not in EXTENSIONS:
        kinds = ", ".join(sorted(EXTENSIONS))
        return f"unknown file type {path.suffix or '(no extension)'!r}; the readers know {kinds}"
    if st.st_size == 0:
        return "empty file"
    return ""


def _whole(path: Path, reader: WholeReader, max_file_bytes: int, max_text_chars: int) -> Iterator[Record]:
    origin = shown(path)
    with path.open("rb") as f:
        size = os.fstat(f.fileno()).st_size
        # never more than the limit is read, even when the file grows meanwhile
        data = b"" if size > max_file_bytes else f.read(max_file_bytes + 1)
    if size > max_file_bytes or len(data) > max_file_bytes:
        size_shown = f"{max(size, len(data)):,} bytes" + ("" if size > max_file_bytes else " or more")
        yield failure(origin, f"file of {size_shown} is over the limit of {max_file_bytes:,}; split it")
        return
    yield from reader(origin, decode(data), max_text_chars=max_text_chars)


def _read(path: Path, max_file_bytes: int, max_text_chars: int) -> Iterator[Record]:
    problem, origin = _problem(path), shown(path)
    if problem:
        yield failure(origin, problem)
        return
    suffix = path.suffix.lower()
    if suffix in WHOLE:
        yield from _whole(path, WHOLE[suffix], max_file_bytes, max_text_chars)
    elif suffix == ".csv":
        lines = read_lines(path, max_line_bytes=max_file_bytes)
        yield from read_csv(origin, lines, max_text_chars=max_text_chars, max_row_chars=max_file_bytes)
    else:
        lines = read_lines(path, max_line_bytes=max_file_bytes)
        yield from read_jsonl(origin, lines, max_text_chars=max_text_chars)


def read_file(
    path: str | os.PathLike[str],
    *,
    max_file_bytes: int = MAX_FILE_BYTES,
    max_text_chars: int = MAX_TEXT_CHARS,
) -> Iterator[Record]:
    """The records of one file, by its extension, in order; each problem a ReadFailure naming the file."""
    path = Path(path)
    origin = shown(path)
    try:
        yield from _read(path, max_file_bytes, max_text_chars)
    except DecodeError as exc:
        yield failure(origin, str(exc))
    except UnicodeError as exc:  # a UTF-16 or UTF-32 file broken part way
        yield failure(origin, f"not valid text in its encoding ({exc}); save the file as UTF-8")
    except OSError as exc:
        yield failure(origin, f"cannot be read ({exc.strerror or exc})")
    except Exception as exc:  # the last line of defence: one file's problem never stops the build
        yield failure(origin, f"cannot be read ({type(exc).__name__}: {exc}); please report this")


def read_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_file_bytes: int = MAX_FILE_BYTES,
    max_text_chars: int = MAX_TEXT_CHARS,
) -> Iterator[Record]:
    """Every article of every input file or folder, in a deterministic order (see `discover`).

    A generator: files are read one at a time, .jsonl and .csv line by line.
    """
    for found in discover(paths):
        if isinstance(found, ReadFailure):
            yield found
        else:
            yield from read_file(found, max_file_bytes=max_file_bytes, max_text_chars=max_text_chars)
