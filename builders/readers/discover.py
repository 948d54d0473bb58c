"""Walking inputs: files as given, folders recursively in sorted order, each real file once.

Symlinks are followed, but a folder already walked (a symlink loop) is not walked again; hidden
files and folders inside a folder are skipped, and so are files whose extension no reader handles.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

#: Extensions a reader exists for.
EXTENSIONS = frozenset({".txt", ".md", ".markdown", ".json", ".jsonl", ".ndjson", ".csv", ".html", ".htm"})


def discover(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[Path, bool]]:
    """(file, named) for every input file; `named` is True for a file given directly, not found in a folder."""
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, seen_dirs, seen_files)
        else:
            yield path, True


def _walk(
    folder: Path, seen_dirs: set[tuple[int, int]], seen_files: set[tuple[int, int]]
) -> Iterator[tuple[Path, bool]]:
    try:
        st = folder.stat()
    except OSError:
        return
    if (st.st_dev, st.st_ino) in seen_dirs:
        return
    seen_dirs.add((st.st_dev, st.st_ino))
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, seen_dirs, seen_files)
        elif entry.suffix.lower() in EXTENSIONS:
            try:
                fst = entry.stat()
            except OSError:
                yield entry, False  # a dangling link: the reader reports it
                continue
            if (fst.st_dev, fst.st_ino) not in seen_files:
                seen_files.add((fst.st_dev, fst.st_ino))
                yield entry, False
