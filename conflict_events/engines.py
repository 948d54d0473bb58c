"""Where the per-article step runs: in this process, on a pool of local processes, or on Dask.

Every engine yields outcomes in input order, so the output does not depend on the engine or on the
number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import partial
from itertools import chain, islice
from typing import Any, TypeVar

R = TypeVar("R")
T = TypeVar("T")

#: Records sent to a worker at a time: large enough to amortise pickling, small enough to stream.
CHUNK = 64
#: Chunks per worker read ahead of the results: enough to keep every worker busy, few enough that memory
#: does not grow with the input.
AHEAD = 4


def resolve_jobs(jobs: int) -> int:
    """0 (or less) means all cores."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def map_records(
    fn: Callable[[T, Any, date], R],
    records: Iterable[T],
    options: Any,
    today: date,
    *,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    prepare: Callable[[], None] | None = None,
) -> Iterator[R]:
    """Apply `fn(record, options, today)` to every record, yielding results in input order.

    `prepare` runs once in each local worker process before its first record (loading what every
    record needs), so the main process never holds it."""
    task: Callable[[T], R] = partial(fn, options=options, today=today)  # type: ignore[call-arg]
    if engine == "dask":
        from conflict_events.engines_dask import dask_map

        yield from dask_map(task, records, scheduler=scheduler)
        return
    n = resolve_jobs(jobs)
    it = iter(records)
    head = list(islice(it, CHUNK * n))
    if n == 1 or len(head) < CHUNK * n:  # a small input is done before a pool would have started
        yield from map(task, chain(head, it))
        return
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(n, initializer=prepare) as pool:
        yield from bounded_imap(pool, task, chain(head, it), ahead=AHEAD * n)


def run_chunk(task: Callable[[T], R], chunk: list[T]) -> list[R]:
    """What a worker runs: the task over one chunk of records."""
    return [task(r) for r in chunk]


def bounded_imap(pool: Any, task: Callable[[T], R], records: Iterable[T], *, ahead: int) -> Iterator[R]:
    """`pool.imap(task, records)` in chunks of CHUNK, with at most `ahead` chunks read but not yet
    returned: `Pool.imap` would read the whole input into memory while the workers are busy."""
    pending: deque[Any] = deque()
    it = iter(records)
    while chunk := list(islice(it, CHUNK)):
        pending.append(pool.apply_async(run_chunk, (task, chunk)))
        if len(pending) >= ahead:
            yield from pending.popleft().get()
    while pending:
        yield from pending.popleft().get()
