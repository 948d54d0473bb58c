"""The Dask engine: the same pure per-article step, run on a Dask cluster.

Records are sent in batches; at most a few batches per worker are in flight, so memory stays flat
however large the input, and results come back in input order. Needs the `dask` extra:
`pip install 'conflict-events[dask]'`; every worker needs conflict-events installed.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

R = TypeVar("R")
T = TypeVar("T")

#: Records per Dask task.
BATCH = 256


def run_batch(task: Callable[[T], R], batch: list[T]) -> list[R]:
    """What a worker runs: the task over one batch."""
    return [task(r) for r in batch]


def _client(scheduler: str | None) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise RuntimeError("--engine dask needs Dask: pip install 'conflict-events[dask]'") from exc
    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None)
    return Client(cluster), cluster


def dask_map(task: Callable[[T], R], records: Iterable[T], *, scheduler: str | None = None) -> Iterator[R]:
    """Apply `task` to every record on a Dask cluster, yielding results in input order."""
    client, cluster = _client(scheduler)
    try:
        limit = 2 * max(len(client.scheduler_info().get("workers", {})), 1)
        pending: deque[Any] = deque()
        it = iter(records)
        while batch := list(islice(it, BATCH)):
            pending.append(client.submit(run_batch, task, batch, pure=False))
            while len(pending) >= limit:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
