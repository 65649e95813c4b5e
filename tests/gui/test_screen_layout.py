"""Any screen (issue 12): on every page of a kit, at 1024×640 and at device
pixel ratio 2, in French, no text is clipped: a one-line label's text is no
wider than the label, a wrapped label is tall enough for its lines at its
width, a button, check box or combo box has the room its text asks for.

The French interface is used when its translation (``mediakit_fr.qm``) is
built; the kit's texts are French either way. Scale 2 runs in a subprocess:
``QT_SCALE_FACTOR`` is read when the QApplication starts, and this process
already has one. Run this file as a script to see what is clipped::

    QT_SCALE_FACTOR=2 QT_QPA_PLATFORM=offscreen python tests/gui/test_screen_layout.py 1024x640
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSettings, Qt, QTranslator
from PySide6.QtGui import Qt as GuiQt  # QtGui's Qt has mightBeRichText
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

import mediakit
from mediakit.gui.settings import Settings
from mediakit.gui.window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
ROPED = ROOT / "kits" / "roped"
FRENCH_UI = Path(mediakit.__file__).parent / "translations" / "mediakit_fr.qm"
SLACK = 1  # px: rounding between font metrics and layouts


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect().adjusted(
        label.margin(), label.margin(), -label.margin(), -label.margin()
    )
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        if label.wordWrap():
            document.setTextWidth(room.width())
            if document.idealWidth() > room.width() + SLACK:  # a word longer than a line
                return f"needs {document.idealWidth():.0f} px wide, has {room.width()}"
            needed = document.size().height()
            return None if needed <= room.height() + SLACK else f"needs {needed:.0f} px high"
        needed = document.idealWidth()
        return None if needed <= room.width() + SLACK else f"needs {needed:.0f} px wide"
    metrics = label.fontMetrics()
    if label.wordWrap():
        bounds = metrics.boundingRect(
            QRect(0, 0, room.width(), 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        if bounds.width() > room.width() + SLACK:  # a word longer than a line
            return f"needs {bounds.width()} px wide, has {room.width()}"
        fits = bounds.height() <= room.height() + SLACK
        return None if fits else f"needs {bounds.height()} px high, has {room.height()}"
    lines = text.split("\n")
    wide = max(metrics.horizontalAdvance(line) for line in lines)
    high = metrics.height() * len(lines)
    if wide > room.width() + SLACK:
        return f"needs {wide} px wide, has {room.width()}"
    if high > room.height() + SLACK:
        return f"needs {high} px high, has {room.height()}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    wide = combo.fontMetrics().horizontalAdvance(text)
    return None if wide <= field.width() + SLACK else f"needs {wide} px wide, has {field.width()}"


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK:
        return f"needs {hint.width()} px wide, has {button.width()}"
    if hint.height() > button.height() + SLACK:
        return f"needs {hint.height()} px high, has {button.height()}"
    return None


def clipped(root: QWidget) -> list[str]:
    """Every visible label, button, check box and combo box under ``root`` whose
    text does not fit, as "class 'text': why"."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem, text = _label_problem(widget), widget.text()
        elif isinstance(widget, QPushButton | QCheckBox):
            problem, text = _button_problem(widget), widget.text()
        elif isinstance(widget, QComboBox):
            problem, text = _combo_problem(widget), widget.currentText()
        if problem:
            name = widget.objectName() or type(widget).__name__
            found.append(f"{name} {_plain(text)[:60]!r}: {problem}")
    return found


def _settle(window: MainWindow, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if window.kit is not None and not window.busy(on_screen=True):
            break
        time.sleep(0.01)
    for _ in range(5):
        QApplication.processEvents()


@contextmanager
def french_interface() -> Iterator[bool]:
    """The French interface while inside, when its translation is built."""
    translator = QTranslator()
    loaded = FRENCH_UI.exists() and translator.load(str(FRENCH_UI))
    if loaded:
        QCoreApplication.installTranslator(translator)
    try:
        yield loaded
    finally:
        if loaded:
            QCoreApplication.removeTranslator(translator)


def clipped_on_every_page(settings: Settings, size: tuple[int, int]) -> dict[str, list[str]]:
    """Open the roped kit in French at ``size`` and list what is clipped, by section."""
    from mediakit.gui.app import make_application

    make_application()
    with french_interface():
        window = MainWindow(settings)
        try:
            window.resize(*size)
            window.show()
            window.open_kit(ROPED)
            _settle(window)
            assert window.kit is not None, "the roped kit did not open"
            window.set_language("fr")
            found: dict[str, list[str]] = {}
            for section in window.visible_sections():
                window.show_section(section)
                _settle(window)
                problems = clipped(window)
                if problems:
                    found[section] = problems
            return found
        finally:
            window.shutdown()
            window.close()
            window.deleteLater()
            QApplication.processEvents()


def test_nothing_is_clipped_at_1024_by_640_in_french(settings: Settings) -> None:
    assert clipped_on_every_page(settings, (1024, 640)) == {}


def test_nothing_is_clipped_at_scale_2(tmp_path: Path) -> None:
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["XDG_CONFIG_HOME"] = str(tmp_path)  # never the user's settings
    run = subprocess.run(
        [sys.executable, __file__, "1024x640", str(tmp_path / "settings.ini")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["ratio"] == 2.0
    assert report["clipped"] == {}


def _main(argv: list[str]) -> int:
    width, height = (int(n) for n in argv[0].split("x"))
    store = argv[1] if len(argv) > 1 else str(Path(os.environ.get("TMPDIR", "/tmp")) / "s.ini")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = Settings(QSettings(store, QSettings.Format.IniFormat))
    found = clipped_on_every_page(settings, (width, height))
    screen = QApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    print(json.dumps({"ratio": ratio, "clipped": found}))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
