"""The largest gap between ticks of a fast timer on the GUI thread: how long
the window could not have answered the user. Shared by the benchmarks."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer


class StallMeter:
    def __init__(self, interval_ms: int = 1) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.longest = 0
        self._last = 0

    def start(self) -> None:
        self.clock.start()
        self._last = self.longest = 0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> int:
        """Stop measuring; the longest gap in milliseconds."""
        self._tick()
        self.timer.stop()
        return self.longest
