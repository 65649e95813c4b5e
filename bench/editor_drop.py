"""100 large stills (6000x4000 JPEGs) dropped on the stills list of ROPED in
the editor: time from the drop until every still is copied into the kit,
listed, its thumbnail shown in the list and the selected still shown, and the
longest GUI-thread stall meanwhile. On a copy of ROPED; the stills are made
once and kept in the temporary folder (mediakit-bench-drop-stills) for the
next runs. Prints figures, asserts nothing.

    .venv/bin/python bench/editor_drop.py [--runs 3] [--count 100]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SANDBOX = Path(tempfile.mkdtemp(prefix="mediakit-bench-"))
os.environ["XDG_DATA_HOME"] = str(SANDBOX / "data")
os.environ["XDG_CONFIG_HOME"] = str(SANDBOX / "config")
STILLS = Path(tempfile.gettempdir()) / "mediakit-bench-drop-stills"

from stallmeter import StallMeter  # noqa: E402 - a bench/ sibling
from synthetic import busy_still, noise  # noqa: E402 - a bench/ sibling

from mediakit.gui.app import make_application  # noqa: E402
from mediakit.gui.editor.window import EditorWindow  # noqa: E402

ROPED = Path(__file__).resolve().parent.parent / "kits" / "roped"


def stills(count: int) -> list[Path]:
    """``count`` busy 6000x4000 JPEGs, made the first time (slow) and kept."""
    STILLS.mkdir(exist_ok=True)
    paths = [STILLS / f"IMG {n + 1:04d}.JPG" for n in range(count)]
    missing = [(n, p) for n, p in enumerate(paths) if not p.exists()]
    if missing:
        print(f"making {len(missing)} stills in {STILLS} (once)…", flush=True)
        grain = noise()
        for n, path in missing:
            partial = path.with_suffix(".part")
            busy_still(n, grain).save(partial, "JPEG", quality=90)
            partial.replace(path)
    return paths


def wait(done: Callable[[], bool], limit_s: float = 120.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + limit_s
    while not done() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.001)
    if not done():
        raise SystemExit("not done in time")


def drop(widget: object, files: list[Path]) -> None:
    """A drop as it arrives from a file manager: the drag enters the list, moves,
    and the QDropEvent with the files' urls follows (Qt hands a drop only to the
    widget that accepted the drag's entering)."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    copy, left, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    for event in (
        QDragEnterEvent(QPoint(10, 10), copy, data, left, none),
        QDragMoveEvent(QPoint(10, 12), copy, data, left, none),
        QDropEvent(QPointF(10, 12), copy, data, left, none),
    ):
        QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def one_run(run: int, files: list[Path]) -> tuple[float, int]:
    kit = SANDBOX / f"roped-{run}"
    shutil.copytree(ROPED, kit)
    window = EditorWindow(kit)
    window.resize(1280, 800)
    window.show()
    wait(lambda: window.session is not None and not window.busy())
    assert window.show_section("stills")
    wait(lambda: not window.busy())
    form = window.forms["stills"]
    editor, extras = form.list, form.extras
    assert editor is not None and extras is not None
    items = editor.items
    before = items.count()
    expected = before + len(files)

    def done() -> bool:
        return (
            items.count() == expected
            and not window.busy()
            and all(not items.item(row).icon().isNull() for row in range(items.count()))
            and extras.thumbnail.pixmap().width() > 0
        )

    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    drop(items.viewport(), files)
    wait(done)
    total = time.perf_counter() - started
    stall = meter.stop()
    copied = len(list((kit / "stills").glob("IMG-*.jpg")))
    assert copied == len(files), copied
    window.shutdown()
    window.deleteLater()
    return total, stall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--count", type=int, default=100)
    options = parser.parse_args()
    files = stills(options.count)
    size = sum(f.stat().st_size for f in files) / 1e6
    print(f"{len(files)} stills of 6000x4000, {size:.0f} MB")
    app = make_application()
    totals, stalls = [], []
    for run in range(options.runs):
        total, stall = one_run(run, files)
        totals.append(total)
        stalls.append(stall)
        print(f"run {run + 1}: all in {total:.1f} s, longest GUI stall {stall} ms", flush=True)
    print(
        f"longest GUI stall: median {statistics.median(stalls):.0f} ms, worst {max(stalls)} ms;"
        f" total: median {statistics.median(totals):.1f} s, worst {max(totals):.1f} s"
    )
    del app
    shutil.rmtree(SANDBOX, ignore_errors=True)


if __name__ == "__main__":
    main()
