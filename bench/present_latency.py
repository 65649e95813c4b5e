"""Presenting: time from a key press to the next slide painted.

* a still slide: Right on a still → the audience view's next paint (the next
  still was decoded in a worker while the previous one was up);
* the film slide: Right on the slide before the film → the film's first
  video frame painted, under the offscreen callbacks renderer. The film was
  loaded and played muted to its first frame, then paused, while the slide
  before it was up: that frame shows at once and the film runs on from it.

Prints the median and the worst of each; the goal is under 100 ms for both.
Asserts nothing (machines are noisy).

    .venv/bin/python bench/present_latency.py [--runs 15] [--size 1920x1080]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mediakit.gui.present.controller import PresentController
from mediakit.gui.present.inhibit import ScreenSaverInhibitor
from mediakit.kit import load
from mediakit.media.player import Player, Renderer

ROPED = Path(__file__).resolve().parent.parent / "kits" / "roped"
GOAL_MS = 100.0


class PaintClock(QObject):
    """The moment a watched widget finishes a paint."""

    def __init__(self) -> None:
        super().__init__()
        self.painted_at: float | None = None

    def read(self) -> float | None:
        return self.painted_at

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted_at = time.perf_counter()  # as the paint starts: one drawImage early
        return False


def wait_until(app: QApplication, done: object, timeout_s: float = 10.0) -> bool:
    deadline = time.perf_counter() + timeout_s
    while not done() and time.perf_counter() < deadline:  # type: ignore[operator]
        app.processEvents()
    return bool(done())  # type: ignore[operator]


def settle(app: QApplication, show: PresentController, seconds: float = 0.3) -> None:
    wait_until(app, lambda: not show.busy(show.screen_size), 10)
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--size", default="1920x1080")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    app = QApplication([])
    kit = load(ROPED).kit
    assert kit is not None
    player = Player(renderer=Renderer.CALLBACKS, extra_args=["--aout=dummy"])
    show = PresentController(kit, "en", player=player, inhibitor=ScreenSaverInhibitor(address=""))
    show.start(1)
    show.audience.resize(QSize(width, height))
    film_slide = next(i for i, s in enumerate(show.slides) if s.kind == "film") + 1
    first_still = next(i for i, s in enumerate(show.slides) if s.kind == "still") + 1
    stills = sum(1 for s in show.slides if s.kind == "still")

    clock = PaintClock()  # the audience view says when a paint has finished
    show.audience.painted.connect(lambda: setattr(clock, "painted_at", time.perf_counter()))
    still_ms: list[float] = []
    for run in range(args.runs):
        show.deck.go(first_still + run % (stills - 1))
        show.show_current()
        settle(app, show)
        clock.painted_at = None
        pressed = time.perf_counter()
        QTest.keyClick(show.audience, Qt.Key.Key_Right)
        wait_until(app, lambda: clock.painted_at is not None)
        painted = clock.read()
        assert painted is not None
        still_ms.append((painted - pressed) * 1000)

    surface_clock = PaintClock()
    show.audience.film.surface.installEventFilter(surface_clock)
    film_ms: list[float] = []
    for _run in range(max(3, args.runs // 3)):
        show.deck.go(film_slide - 1)
        show.show_current()  # stops the film, loads it again
        settle(app, show, 0.5)
        surface_clock.painted_at = None
        pressed = time.perf_counter()
        QTest.keyClick(show.audience, Qt.Key.Key_Right)
        wait_until(app, lambda: surface_clock.painted_at is not None)
        painted = surface_clock.read()
        if painted is None:
            print("film: no frame within 10 s")
            break
        film_ms.append((painted - pressed) * 1000)
    show.stop()

    print(f"present latency at {width}x{height}, offscreen, key press -> painted")
    for name, values in (("still slide", still_ms), ("film slide (1st frame)", film_ms)):
        if values:
            median, worst = statistics.median(values), max(values)
            verdict = "ok" if median < GOAL_MS else "over the goal"
            print(
                f"  {name:24s} median {median:6.1f} ms  worst {worst:6.1f} ms  "
                f"({len(values)} runs; goal < {GOAL_MS:.0f} ms: {verdict})"
            )


if __name__ == "__main__":
    main()
