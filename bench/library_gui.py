"""The library start page with 1,000 kits: its first paint, and the longest GUI
stall while the grid scrolls through and the posters load. Prints figures;
asserts nothing (goal: stall <= 50 ms).

    .venv/bin/python bench/library_gui.py [--kits 1000] [--archives 100] [--runs 3]

The kits are bench/library.py's (``make_kits``: ROPED-sized, drawn from word
lists with ``--seed``), each given a real 600x900 JPEG poster (grain and its
own colour, so decoding costs what a poster costs); the first ``--archives``
are packed (their posters are then read from the ZIP). Kits and their index
are made once and kept in the temporary folder for the next run
(``mediakit-bench-library-gui-…``).

Each run is the real main window (offscreen, 1280x800) on that index:

- first paint: from making the window until the grid's first paint showing
  every kit (the list read in a worker, the first posters asked);
- scroll: the grid scrolled from top to bottom a step every 16 ms (a wheel
  spun steadily), then until every poster asked has come; the longest gap of
  a 1 ms timer on the GUI thread meanwhile (bench/stallmeter.py); posters
  decoded and held.

Cold runs start with an empty thumbnail cache (every poster decoded); warm
runs reuse the cache the cold run filled.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SANDBOX = Path(tempfile.mkdtemp(prefix="mediakit-bench-library-gui-"))
os.environ["XDG_CACHE_HOME"] = str(SANDBOX / "cache")
os.environ["XDG_CONFIG_HOME"] = str(SANDBOX / "config")
os.environ["XDG_DATA_HOME"] = str(SANDBOX / "data")

from gallery import peak_rss_mib  # noqa: E402 - bench/ siblings
from stallmeter import StallMeter  # noqa: E402

from library import make_kits  # noqa: E402
from mediakit.library.store import Library  # noqa: E402


def posters(kits: list[Path]) -> None:
    from PIL import Image

    grain = Image.effect_noise((600, 900), 40).convert("RGB")
    for n, kit in enumerate(kits):
        colour = (40 + 37 * n % 200, 60 + 53 * n % 180, 80 + 71 * n % 160)
        picture = Image.blend(Image.new("RGB", (600, 900), colour), grain, 0.3)
        out = io.BytesIO()
        picture.save(out, "JPEG", quality=85)
        (kit / "film" / "poster.jpg").write_bytes(out.getvalue())


def prepared(count: int, seed: int, archives: int) -> Path:
    """The kits and their index, made once."""
    root = Path(tempfile.gettempdir()) / f"mediakit-bench-library-gui-{seed}-{count}-{archives}"
    if (root / "done").exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    start = time.perf_counter()
    kits = make_kits(root / "kits", count, seed)
    posters(kits)
    if archives:
        from mediakit.kit.archive.pack import pack

        for kit in kits[:archives]:
            pack(kit, root / "kits" / f"{kit.name}.mediakit")
            shutil.rmtree(kit)
    library = Library(root / "library")
    report = library.add_folder(root / "kits")
    library.close()
    (root / "done").write_text("")
    print(
        f"made and indexed {len(report.kits)} kits in {root} ({time.perf_counter() - start:.1f} s)"
    )
    return root


def one_run(root: Path, count: int, warm: bool) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from mediakit.gui.app import make_application
    from mediakit.gui.library_service import LibraryService
    from mediakit.gui.settings import Settings
    from mediakit.gui.window import MainWindow

    if not warm:
        shutil.rmtree(SANDBOX / "cache", ignore_errors=True)
    app = make_application()
    settings = Settings(QSettings(str(SANDBOX / "settings.ini"), QSettings.Format.IniFormat))
    clock = QElapsedTimer()
    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            full = window.start_page.model.rowCount() >= count
            if event.type() == QEvent.Type.Paint and not painted and full:
                painted.append(clock.nsecsElapsed() / 1e6)
            return False

    meter = StallMeter()
    meter.start()
    clock.start()
    service = LibraryService(root / "library", watch=False)
    window = MainWindow(settings, library=service)
    watcher = FirstPaint()
    window.start_page.grid.viewport().installEventFilter(watcher)
    window.resize(1280, 800)
    window.show()
    while not painted and clock.elapsed() < 30_000:
        app.processEvents()
    first_paint = painted[0] if painted else float("nan")
    stall_opening = meter.stop()
    page = window.start_page
    loader = page.model.loader
    bar = page.grid.verticalScrollBar()
    # Posters of the first screen in, then the scroll, measured on its own.
    while (loader.waiting() or service.busy()) and clock.elapsed() < 60_000:
        app.processEvents()
    asked_first = len(set(loader.asked))
    meter.start()
    scroll = QElapsedTimer()
    scroll.start()
    step = max(1, bar.pageStep() // 6)  # ~ a wheel notch of three lines a frame
    ticker = QTimer()
    ticker.setInterval(16)
    ticker.timeout.connect(lambda: bar.setValue(bar.value() + step))
    ticker.start()
    while bar.value() < bar.maximum() and scroll.elapsed() < 120_000:
        app.processEvents()
    ticker.stop()
    scrolled = scroll.elapsed()
    while loader.waiting() and scroll.elapsed() < 180_000:
        app.processEvents()
    loader.wait(30_000)
    app.processEvents()
    stall_scroll = meter.stop()
    figures = {
        "first_paint_ms": first_paint,
        "stall_opening_ms": float(stall_opening),
        "stall_scroll_ms": float(stall_scroll),
        "scroll_ms": float(scrolled),
        "asked_first_screen": float(asked_first),
        "asked_total": float(len(set(loader.asked))),
        "held": float(page.model.held()),
    }
    window.shutdown()
    service.wait(10_000)
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--kits", type=int, default=1000)
    parser.add_argument("--archives", type=int, default=100)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    root = prepared(args.kits, args.seed, args.archives)
    for warm in (False, True):
        runs = [one_run(root, args.kits, warm) for _ in range(args.runs)]
        label = "warm" if warm else "cold"
        print(
            f"{label} thumbnail cache, {args.kits} kits ({args.archives} packed), {args.runs} runs:"
        )
        for key in runs[0]:
            values = [r[key] for r in runs]
            print(
                f"  {key:20} median {statistics.median(values):8.1f}"
                f"  worst {max(values):8.1f}  best {min(values):8.1f}"
            )
    # Peak over every run (the window of each run is closed before the next).
    print(f"peak resident memory of this process: {peak_rss_mib():.0f} MiB")
    shutil.rmtree(SANDBOX, ignore_errors=True)


if __name__ == "__main__":
    main()
