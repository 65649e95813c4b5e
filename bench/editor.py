"""Time to open ROPED in the editor (window shown → every form filled, the
first check of the text done) and to save it after one edit (Save → written),
with the longest GUI-thread stall of each. On a copy of ROPED; prints figures,
asserts nothing.

    .venv/bin/python bench/editor.py [--runs 3]
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
os.environ["XDG_DATA_HOME"] = str(SANDBOX / "data")
os.environ["XDG_CONFIG_HOME"] = str(SANDBOX / "config")

from stallmeter import StallMeter  # noqa: E402 - a bench/ sibling

from mediakit.gui.app import make_application  # noqa: E402
from mediakit.gui.editor.window import EditorWindow  # noqa: E402

ROPED = Path(__file__).resolve().parent.parent / "kits" / "roped"


def wait(app: object, done: object, limit_s: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + limit_s
    while not done() and time.monotonic() < deadline:  # type: ignore[operator]
        QApplication.processEvents()
        time.sleep(0.001)


def one_run(app: object, run: int) -> tuple[float, int, float, int]:
    kit = SANDBOX / f"roped-{run}"
    shutil.copytree(ROPED, kit)
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    window = EditorWindow(kit)
    window.resize(1280, 800)
    window.show()
    wait(app, lambda: window.session is not None and not window.busy())
    opened = time.perf_counter() - started
    open_stall = meter.stop()
    assert window.session is not None
    title = next(e for e in window.forms["kit"].editors() if e.spec.key == "title")
    title.box.setFocus()
    session = window.session
    session.change(lambda d: d.set("title", "ROPED (edited)"), "bench")
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    window.save()
    wait(app, lambda: not session.saving and not session.dirty)
    saved = time.perf_counter() - started
    save_stall = meter.stop()
    window.shutdown()
    window.deleteLater()
    return opened, open_stall, saved, save_stall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    app = make_application()
    for run in range(runs):
        opened, open_stall, saved, save_stall = one_run(app, run)
        print(
            f"run {run + 1}: open {opened * 1000:.0f} ms (longest GUI stall {open_stall} ms),"
            f" save {saved * 1000:.0f} ms (longest GUI stall {save_stall} ms)"
        )
    shutil.rmtree(SANDBOX, ignore_errors=True)


if __name__ == "__main__":
    main()
