"""Time to thumbnail ROPED's stills, cold (no cache) and warm (cache), and the
longest stall of the GUI thread meanwhile.

Uses kits/roped/stills/* when present, else (or with --synthetic N) N stills
of 6000x4000 made in a temporary folder. Per image: the time its worker spent
(decode or cache read, plus cache write when cold); total: wall clock from
the first request to the last answer, through the real service (one thread per core). A
5 ms timer on the GUI thread records the largest gap between its ticks.
Prints figures; asserts nothing.

    .venv/bin/python bench/thumbnails.py [--synthetic 6] [--size 384] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QGuiApplication, QImage
from stallmeter import StallMeter  # bench/ sibling
from synthetic import busy_still, noise  # bench/ sibling

from mediakit.media import thumbnails
from mediakit.media.thumbnails import ThumbnailService

ROPED_STILLS = Path(__file__).resolve().parent.parent / "kits" / "roped" / "stills"


def synthetic_stills(folder: Path, count: int) -> list[Path]:
    """Busy 6000x4000 JPEGs (noise compresses like a photo, flat colour does not)."""
    paths = []
    grain = noise()
    for n in range(count):
        path = folder / f"{n + 1:02d}-synthetic.jpg"
        busy_still(n, grain).save(path, quality=90)
        paths.append(path)
    return paths


def run(paths: list[Path], cache: Path, size: int, spent: dict[Path, float]) -> tuple[float, int]:
    """Thumbnail every path through the real service; (wall seconds, longest stall ms)."""
    service = ThumbnailService(cache)
    left = set(range(len(paths)))
    loop = QEventLoop()

    def answered(index: int, *_: object) -> None:
        left.discard(index)
        if not left:
            loop.quit()

    service.ready.connect(answered)
    service.failed.connect(answered)
    meter = StallMeter(interval_ms=5)
    meter.start()
    started = time.perf_counter()
    for index, path in enumerate(paths):
        service.request(index, path, size)
    loop.exec()
    wall = time.perf_counter() - started
    stall = meter.stop()
    service.wait()
    return wall, stall


def timed(
    real: Callable[[Path, int, Path | None], QImage], spent: dict[Path, float]
) -> Callable[[Path, int, Path | None], QImage]:
    def wrapper(path: Path, size: int, cache_dir: Path | None) -> QImage:
        started = time.perf_counter()
        try:
            return real(path, size, cache_dir)
        finally:
            spent[path] = time.perf_counter() - started

    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, metavar="N", help="use N generated stills")
    parser.add_argument("--size", type=int, default=384, help="thumbnail pixels (384)")
    parser.add_argument("--runs", type=int, default=3, help="cold+warm rounds (3)")
    args = parser.parse_args()

    app = QGuiApplication([])
    QCoreApplication.setApplicationName("mediakit-bench")
    work = Path(tempfile.mkdtemp(prefix="mediakit-thumbs-bench-"))
    roped = (
        sorted(p for p in ROPED_STILLS.glob("*") if p.is_file()) if ROPED_STILLS.is_dir() else []
    )
    if args.synthetic or not roped:
        count = args.synthetic or 6
        print(f"making {count} synthetic stills of 6000x4000 in {work} …")
        paths = synthetic_stills(work, count)
    else:
        paths = roped
        print(f"ROPED stills: {ROPED_STILLS}")

    cold: dict[Path, list[float]] = {p: [] for p in paths}
    warm: dict[Path, list[float]] = {p: [] for p in paths}
    totals: dict[str, list[tuple[float, int]]] = {"cold": [], "warm": []}
    real = thumbnails.make_thumbnail
    for round_ in range(args.runs):
        cache = work / f"cache-{round_}"  # a fresh, empty cache: truly cold
        for label, per_image in (("cold", cold), ("warm", warm)):
            spent: dict[Path, float] = {}
            thumbnails.make_thumbnail = cast(Any, timed(real, spent))  # measure, call through
            totals[label].append(run(paths, cache, args.size, spent))
            for path, seconds in spent.items():
                per_image[path].append(seconds)
    thumbnails.make_thumbnail = real

    threads = thumbnails.decoding_threads()
    runs = f"{args.runs} runs, {threads} threads; best of runs"
    print(f"\n{len(paths)} stills -> {args.size} px, {runs}\n")
    print(f"{'still':28} {'pixels':>11} {'cold ms':>9} {'warm ms':>9}")
    for path in paths:
        with Image.open(path) as im:
            pixels = f"{im.width}x{im.height}"
        best_cold, best_warm = min(cold[path]) * 1000, min(warm[path]) * 1000
        print(f"{path.name:28} {pixels:>11} {best_cold:9.1f} {best_warm:9.1f}")
    for label in ("cold", "warm"):
        wall = min(t for t, _ in totals[label])
        stall = max(s for _, s in totals[label])
        print(
            f"{label:5} total {wall * 1000:8.1f} ms  ({wall * 1000 / len(paths):.1f} ms per still)"
            f"   longest GUI stall {stall} ms (worst run)"
        )
    del app


if __name__ == "__main__":
    main()
