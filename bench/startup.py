"""Cold start: a painted ROPED window against a bare PySide6 window, and
`mediakit snapshot kits/roped` against a bare PySide6 window saved as a PNG.

Each run is a fresh process (so imports and Qt start-up count). The window
pair is timed from the parent's spawn until the child reports its first paint
with content: for ROPED, the first paint after the kit has loaded and is on
screen. The snapshot pair is timed to the process's exit, the PNG written.
Runs alternate between the two sides so that a busy spell of a shared
machine weighs on both. Prints medians, minimums and the ratios; asserts
nothing (machines are noisy).

    .venv/bin/python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ROPED = REPO / "kits" / "roped"

CHILD_BARE = """
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("bare")
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            app.exit(0)
        return False
label.installEventFilter(Painted(label))
label.resize(1280, 800)
label.show()
app.exec()
"""

CHILD_ROPED = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from mediakit.gui.app import make_application, make_window
app = make_application()
window = make_window(Path(sys.argv[1]))
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and window.kit is not None:
            print("painted", flush=True)
            window.shutdown()
            app.exit(0)
        return False
window.header.installEventFilter(Painted(window))
window.show()
app.exec()
"""


CHILD_BARE_SNAPSHOT = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("bare")
label.resize(1280, 800)
label.show()
label.grab().save(sys.argv[1])
"""


# As on a user's machine: bytecode is cached (the warm-up runs write it), so
# a start does not recompile every module, as PYTHONDONTWRITEBYTECODE would make it.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
CHILD_ENV["QT_QPA_PLATFORM"] = "offscreen"


def time_child(code: str, *args: str) -> float:
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        text=True,
        env=CHILD_ENV,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(timeout=60)
    if line.strip() != "painted":
        raise SystemExit(f"child did not paint (exit {child.returncode})")
    return elapsed


def time_process(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, env=CHILD_ENV, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def report(name: str, bare: list[float], ours: list[float], goal: float) -> None:
    b, r = statistics.median(bare), statistics.median(ours)
    for label, runs in (("bare", bare), (name, ours)):
        print(
            f"  {label:<28} median {statistics.median(runs) * 1000:4.0f} ms "
            f"(min {min(runs) * 1000:.0f}, max {max(runs) * 1000:.0f}, {len(runs)} runs)"
        )
    print(f"  ratio: median {r / b:.2f}x, minimum {min(ours) / min(bare):.2f}x (goal <= {goal}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        png = str(Path(folder) / "shot.png")
        window_pair = (
            lambda: time_child(CHILD_BARE),
            lambda: time_child(CHILD_ROPED, str(ROPED)),
        )
        snapshot_pair = (
            lambda: time_process([sys.executable, "-c", CHILD_BARE_SNAPSHOT, png]),
            lambda: time_process(
                [sys.executable, "-m", "mediakit", "snapshot", str(ROPED), "-o", png]
            ),
        )
        for pair in (window_pair, snapshot_pair):
            pair[0](), pair[1]()  # warm the OS file cache and the bytecode once
        figures: dict[str, tuple[list[float], list[float]]] = {}
        for name, (bare, ours) in (("window", window_pair), ("snapshot", snapshot_pair)):
            bare_runs: list[float] = []
            our_runs: list[float] = []
            for _ in range(runs):
                bare_runs.append(bare())
                our_runs.append(ours())
            figures[name] = (bare_runs, our_runs)
    print("first paint: a bare PySide6 window / the ROPED window, painted")
    report("ROPED window", *figures["window"], goal=1.5)
    print("snapshot: a bare PySide6 window saved as PNG / mediakit snapshot kits/roped")
    report("mediakit snapshot", *figures["snapshot"], goal=1.5)


if __name__ == "__main__":
    main()
