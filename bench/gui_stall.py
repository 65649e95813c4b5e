"""The longest stall of the GUI thread while ROPED opens and its thumbnails
and poster load.

A 1 ms timer on the GUI thread records the largest gap between its ticks
from the moment Open is asked until the window has settled (kit shown,
every thumbnail and the poster in). Thumbnail caches are cleared first so
the decode work is real. Prints figures; asserts nothing.

    .venv/bin/python bench/gui_stall.py [--runs 3] [--warm]
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SANDBOX = Path(tempfile.mkdtemp(prefix="mediakit-bench-"))
os.environ["XDG_CACHE_HOME"] = str(SANDBOX / "cache")
os.environ["XDG_CONFIG_HOME"] = str(SANDBOX / "config")


from stallmeter import StallMeter  # noqa: E402 - a bench/ sibling

from mediakit.gui.app import make_application, make_window  # noqa: E402

ROPED = Path(__file__).resolve().parent.parent / "kits" / "roped"


def one_run(warm: bool) -> tuple[int, float]:
    if not warm:
        shutil.rmtree(SANDBOX / "cache", ignore_errors=True)
    app = make_application()
    window = make_window()
    window.show()
    app.processEvents()
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    window.open_kit(ROPED)
    while window.kit is None or window.busy():
        app.processEvents()
        time.sleep(0.0005)
        if time.perf_counter() - started > 60:
            raise SystemExit("ROPED did not settle within 60 s")
    settled = time.perf_counter() - started
    longest = meter.stop()
    window.shutdown()
    window.close()
    window.deleteLater()
    app.processEvents()
    return longest, settled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--warm", action="store_true", help="keep the thumbnail cache")
    args = parser.parse_args()
    for run in range(1, args.runs + 1):
        longest, settled = one_run(args.warm)
        print(
            f"run {run}: longest GUI-thread stall {longest} ms (goal <= 50 ms); "
            f"open to settled {settled * 1000:.0f} ms ({'warm' if args.warm else 'cold'} cache)"
        )


if __name__ == "__main__":
    main()
