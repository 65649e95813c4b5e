"""The longest stall of the GUI thread while the window reads the Content
Credentials of a kit of 300 large signed stills (bench/provenance.py makes
them once), and how long reading them all takes.

A 1 ms timer on the GUI thread records the largest gap between its ticks from
the moment the window starts reading (once it has painted the kit) until every
still's credentials are in, with the stills page on screen (its tiles get
their marks as readings arrive) and the "How this was made" panel open (its
list follows them too); the stall while the kit opened and the page and the
panel were first built is printed apart.
Prints figures; asserts nothing.

    .venv/bin/python bench/provenance_gui.py [--runs 3] [--stills 300]
"""

from __future__ import annotations

import argparse
import gc
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SANDBOX = Path(tempfile.mkdtemp(prefix="mediakit-bench-"))
os.environ["XDG_CACHE_HOME"] = str(SANDBOX / "cache")
os.environ["XDG_CONFIG_HOME"] = str(SANDBOX / "config")

from provenance import large_stills  # noqa: E402 - a bench/ sibling
from stallmeter import StallMeter  # noqa: E402 - a bench/ sibling

from mediakit.gui.app import make_application, make_window  # noqa: E402


def kit_of(stills: list[Path]) -> Path:
    """A kit folder beside the stills, listing them all."""
    folder = stills[0].parent
    lines = ["mediakit: 1", "id: credentials-bench", "title: Credentials bench", "stills:"]
    lines += [f"  - file: {path.name}\n    alt: A still made for the bench" for path in stills]
    (folder / "kit.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def one_run(kit: Path) -> tuple[int, int, float, int]:
    """(longest stall while the kit opened and painted and the stills page and
    the panel were first shown, longest stall while its credentials were read,
    seconds to read them all, stills marked)."""
    app = make_application()
    window = make_window()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    meter = StallMeter()
    meter.start()
    opening = 0
    started = time.perf_counter()
    window.open_kit(kit)
    reading_from = 0.0
    while window.kit is None or not window.credentials.done():
        if not reading_from and window.credentials.files:
            # Reading has begun (the window painted the kit): from here on,
            # the stalls are the credentials' (and their marks', the panel's).
            reading_from = time.perf_counter()
            window.show_section("stills")
            window.show_provenance()
            app.processEvents()  # the page and the panel built: not the reading's cost
            opening = meter.stop()
            meter.start()
        app.processEvents()
        time.sleep(0.0005)
        if time.perf_counter() - started > 300:
            raise SystemExit("the credentials were not all read within 300 s")
    read = time.perf_counter() - reading_from
    reading = meter.stop()
    marked = sum(1 for tile in window.stills_page.model.tiles if tile.mark)
    window.shutdown()
    window.close()
    window.deleteLater()
    app.processEvents()
    gc.collect()  # the last window's garbage is not the next run's pause
    return opening, reading, read, marked


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--stills", type=int, default=300)
    args = parser.parse_args()
    kit = kit_of(large_stills(args.stills))
    print(f"{args.stills} signed 6000x4000 stills in {kit}")
    for run in range(1, args.runs + 1):
        opening, reading, read, marked = one_run(kit)
        print(
            f"run {run}: credentials read in {read:.2f} s ({marked} stills marked); longest "
            f"GUI stall while reading {reading} ms (opening the kit, the page and the "
            f"panel: {opening} ms)"
        )


if __name__ == "__main__":
    main()
