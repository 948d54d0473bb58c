"""A dependency-free progress line on stderr, shown only for long builds on a terminal."""

from __future__ import annotations

import time
from types import TracebackType
from typing import TextIO


class ProgressLine:
    """Rewrites one stderr line with a count and a rate, at most a few times per second."""

    def __init__(self, stream: TextIO, *, label: str, every: float = 0.25, after: float = 1.0) -> None:
        self.stream, self.label, self.every, self.after = stream, label, every, after
        self.started = self.last = time.monotonic()
        self.shown = False
        self.enabled = stream.isatty()

    def update(self, n: int) -> None:
        """Record that `n` items are done; redraw if it is time to."""
        now = time.monotonic()
        if not self.enabled or now - self.started < self.after or now - self.last < self.every:
            return
        self.last, self.shown = now, True
        rate = n / max(now - self.started, 1e-9)
        self.stream.write(f"\r{n:,} {self.label} ({rate:,.0f}/s)")
        self.stream.flush()

    def __enter__(self) -> ProgressLine:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
