"""The one entry point the build writes through: all files go to a temporary sibling folder, which
`commit()` swaps into place, so a crash or `kill -9` at any moment leaves the previous dataset intact.

The swap is two renames: the old folder to `.<name>.old-<pid>`, then the new one into place. Between
them (microseconds) the dataset path does not exist, and the previous dataset is whole under the `.old`
name; the next `DatasetWriter` for the same path (or `recover()`) renames it back. Temporary folders
left by killed writers are removed the same way. Files in the old folder that the build does not write
(an analyst's review sheet, a report) are carried over into the new one.
"""

from __future__ import annotations

import glob
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

import pandas as pd

from conflict_events.schema.columns import COLUMNS
from conflict_events.schema.tables import ARTICLE_COLUMNS, MENTION_COLUMNS, REJECT_COLUMNS

from .duckdb import DUCKDB_FILE, write_duckdb
from .parquet import TableWriter, file_metadata

TABLES = {"events": COLUMNS, "mentions": MENTION_COLUMNS, "articles": ARTICLE_COLUMNS, "rejects": REJECT_COLUMNS}
#: Files and folders a build writes; everything else found in an old dataset folder is carried over.
MANAGED = frozenset(
    {*TABLES, *(f"{t}.parquet" for t in TABLES), DUCKDB_FILE, f"{DUCKDB_FILE}.wal", "registry.parquet"}
    | {"outcomes.parquet"}
)


class DatasetWriter:
    """Writes a dataset atomically: everything goes to a temporary sibling folder of `out_dir` and is
    swapped into place by `commit()`; a crash or kill -9 at any moment leaves the previous dataset intact.

    `write()` may be called any number of times; each call appends row groups to the four tables.
    Used as a context manager it commits on success and aborts on an exception.
    """

    def __init__(self, out_dir: Path, *, build_info: Mapping[str, object], partition_by: tuple[str, ...] = ()) -> None:
        self.out = Path(out_dir)
        self.build_info = dict(build_info)
        self.partition_by = tuple(partition_by)
        self.out.parent.mkdir(parents=True, exist_ok=True)
        recover(self.out)
        self.folder = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.tmp-{os.getpid()}-", dir=self.out.parent))
        # wall-clock values stay out of the Parquet files, so identical input gives identical bytes
        meta = file_metadata({k: v for k, v in self.build_info.items() if k != "build_time"})
        try:
            self._tables = {
                name: TableWriter(
                    self.folder / f"{name}.parquet", cols, meta, self.partition_by if name == "events" else ()
                )
                for name, cols in TABLES.items()
            }
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise
        self._open = True

    def write(
        self, events: pd.DataFrame, mentions: pd.DataFrame, articles: pd.DataFrame, rejects: pd.DataFrame
    ) -> None:
        """Append a batch of the four tables (columns as in `schema/`) to the temporary folder."""
        if not self._open:
            raise RuntimeError("this DatasetWriter is already committed or aborted")
        for name, frame in zip(TABLES, (events, mentions, articles, rejects), strict=True):
            self._tables[name].write(frame)

    def commit(self) -> Path:
        """Close the Parquet files, build the DuckDB file from them, then swap the new dataset into place."""
        if not self._open:
            raise RuntimeError("this DatasetWriter is already committed or aborted")
        self._open = False
        try:
            for table in self._tables.values():
                table.close()
            write_duckdb(self.folder, self.build_info)
            if self.out.exists() and not self.out.is_dir():
                raise FileExistsError(f"{self.out} exists and is not a folder; choose another output folder")
            if self.out.exists():
                _carry_over(self.out, self.folder)
            _sync_tree(self.folder)
            _swap(self.folder, self.out)
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)  # a no-op once the new folder is in place
            raise
        return self.out

    def abort(self) -> None:
        """Drop the temporary folder; the previous dataset is untouched."""
        if self._open:
            self._open = False
            for table in self._tables.values():
                try:
                    table.close()
                except OSError:
                    pass
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> DatasetWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


def recover(out: Path) -> Path | None:
    """Undo what a killed writer left beside `out`: rename the previous dataset back into place if a
    swap was cut between its two renames, and delete temporary folders of writers no longer running.
    Returns the restored folder's path, if any."""
    restored = None
    name = glob.escape(out.name)
    olds = [p for p in out.parent.glob(f".{name}.old-*") if not _alive(p.name.rsplit("-", 1)[-1])]
    olds.sort(key=lambda p: p.stat().st_mtime)
    if olds and not out.exists():
        os.replace(olds.pop(), out)
        restored = out
    for old in olds:
        shutil.rmtree(old, ignore_errors=True)
    for tmp in out.parent.glob(f".{name}.tmp-*"):
        if not _alive(tmp.name[len(f".{out.name}.tmp-") :].split("-", 1)[0]):
            shutil.rmtree(tmp, ignore_errors=True)
    return restored


def _alive(pid_text: str) -> bool:
    """Whether the process with this id still runs (a folder with an unreadable id counts as alive)."""
    if not pid_text.isdigit():
        return True
    pid = int(pid_text)
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _carry_over(old: Path, new: Path) -> None:
    """Hard-link (or copy) into `new` the files of `old` that a build does not write."""
    for entry in old.iterdir():
        target = new / entry.name
        if entry.name in MANAGED or target.exists():
            continue
        if entry.is_dir():
            shutil.copytree(entry, target)
            continue
        try:
            os.link(entry, target)
        except OSError:
            shutil.copy2(entry, target)


def _sync_tree(folder: Path) -> None:
    """fsync every file and folder under `folder`, so the swap never exposes half-flushed files."""
    for path in sorted(folder.rglob("*"), reverse=True):
        _fsync(path)
    _fsync(folder)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _swap(new: Path, out: Path) -> None:
    """Put `new` at `out`: the old folder is renamed away, the new one in, then the old one deleted."""
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    if out.exists():
        shutil.rmtree(old, ignore_errors=True)
        os.replace(out, old)
    try:
        os.replace(new, out)  # between the two renames `out` is missing; recover() restores `old` after a kill
    except BaseException:
        if old.exists() and not out.exists():
            os.replace(old, out)
        raise
    _fsync(out.parent)
    shutil.rmtree(old, ignore_errors=True)
