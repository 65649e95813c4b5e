"""Cold start: a painted ROPED window against a bare PySide6 window.

Each run is a fresh process (so imports and Qt start-up count), timed from
the parent's spawn until the child reports its first paint with content:
for ROPED, the first paint after the kit has loaded and is on screen.
Prints medians and the ratio; asserts nothing (machines are noisy).

    .venv/bin/python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    time_child(CHILD_BARE)  # warm the OS file cache once for both
    time_child(CHILD_ROPED, str(ROPED))
    bare = [time_child(CHILD_BARE) for _ in range(runs)]
    roped = [time_child(CHILD_ROPED, str(ROPED)) for _ in range(runs)]
    b, r = statistics.median(bare), statistics.median(roped)
    print(
        f"bare PySide6 window, first paint: median {b * 1000:.0f} ms "
        f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f}, {runs} runs)"
    )
    print(
        f"ROPED window painted:             median {r * 1000:.0f} ms "
        f"(min {min(roped) * 1000:.0f}, max {max(roped) * 1000:.0f}, {runs} runs)"
    )
    print(f"ratio ROPED / bare: {r / b:.2f}x (goal <= 1.5x)")


if __name__ == "__main__":
    main()
