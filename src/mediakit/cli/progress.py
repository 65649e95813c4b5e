"""Progress on the terminal for long work (pack, verify, opening an archive).

One line on stderr, redrawn at most ten times a second, and only once the
work has lasted half a second: small kits print nothing. Nothing at all when
stderr is not a terminal, so logs and pipes stay clean.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from mediakit.units import human_size

_DELAY_S = 0.5
_EVERY_S = 0.1


class TerminalProgress:
    """``update(done, total, files_done, files_total)``; ``close()`` clears the line."""

    def __init__(self, verb: str, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.verb = verb
        self.start = time.monotonic()
        self._last = 0.0
        self._width = 0

    def update(
        self, done: int, total: int, files: int | None = None, of: int | None = None
    ) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.start < _DELAY_S or now - self._last < _EVERY_S:
            return
        self._last = now
        rate = done / max(now - self.start, 1e-6)
        line = f"{self.verb} {human_size(done)} of {human_size(total)}"
        if files is not None and of is not None:
            line += f" · {files}/{of} files"
        line += f" · {human_size(rate)}/s"
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)

    def bytes(self, done: int, total: int) -> None:
        self.update(done, total)

    def close(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
