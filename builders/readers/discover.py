"""Walking inputs: files as given, folders recursively in sorted order, each real file read once.

Inside a folder: entries are taken in sorted name order, depth first; hidden entries (names starting
with ".") are skipped, and so are files with an extension no reader handles. Symbolic links are
followed, but a folder already walked (a symlink loop, or the same folder reached twice) is not walked
again, and a file already found (through another link, or named twice) is not read again. A folder
that cannot be listed is reported, not skipped.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..records import ReadFailure
from .fields import failure, shown

#: Extensions a reader exists for.
EXTENSIONS = frozenset({".txt", ".md", ".markdown", ".json", ".jsonl", ".ndjson", ".csv", ".html", ".htm"})
_Key = tuple[int, int]


def _key(path: Path) -> _Key | None:
    """The (device, inode) of what `path` points to; None when it points nowhere."""
    try:
        st = path.stat()
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def _listing(folder: Path) -> list[Path] | ReadFailure:
    try:
        return sorted((p for p in folder.iterdir() if not p.name.startswith(".")), key=lambda p: p.name)
    except OSError as exc:
        problem = f"the folder cannot be listed ({exc.strerror or exc}); its files are not read"
        return failure(shown(folder), problem)


def _walk(top: Path, seen: set[_Key]) -> Iterator[Path | ReadFailure]:
    """The files under `top`, depth first in name order, with a stack of listings (no recursion limit)."""
    stack: list[Iterator[Path]] = [iter([top])]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        key = _key(entry)
        if entry.is_dir():
            if key is not None and key not in seen:
                seen.add(key)
                listing = _listing(entry)
                if isinstance(listing, ReadFailure):
                    yield listing
                else:
                    stack.append(iter(listing))
        elif entry.suffix.lower() in EXTENSIONS and (key is None or key not in seen):
            if key is not None:
                seen.add(key)
            yield entry  # a dangling link (no key) is yielded for the reader to report


def discover(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | ReadFailure]:
    """Every input file, in order: a named file as it is (whatever its name), a folder walked (see above)."""
    seen: set[_Key] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, seen)
            continue
        key = _key(path)
        if key is None or key not in seen:
            if key is not None:
                seen.add(key)
            yield path
