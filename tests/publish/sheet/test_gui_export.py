"""Export ▸ Press sheet (PDF)… and Print… from the window: the save dialog's
proposal, the file written through the pool, the printer drawn on, cancels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mediakit.gui.export_sheet import SheetExport
from mediakit.gui.messages import MessageRoute
from mediakit.kit import load
from mediakit.kit.manifest.model import Kit
from mediakit.tasks import TaskRunner
from tests.conftest import ROPED
from tests.publish.sheet import poppler


class Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.messages = MessageRoute(self)
        self.language = "en"


def _roped() -> Kit:
    kit = load(ROPED).kit
    assert kit is not None
    return kit


@poppler.needs_poppler
def test_export_proposes_the_kit_id_and_writes_in_the_pool(qtbot: QtBot, tmp_path: Path) -> None:
    window = Window()
    qtbot.addWidget(window)
    asked: list[str] = []
    target = tmp_path / "chosen"  # no suffix: .pdf is added

    def dialog(_parent: QWidget, _title: str, proposed: str, _filters: str) -> str:
        asked.append(proposed)
        return str(target)

    export = SheetExport(window, save_dialog=dialog)  # the real, threaded pool
    said: list[str] = []
    window.messages.posted.connect(lambda _level, text, _d, _a: said.append(text))
    with qtbot.waitSignal(export.finished, timeout=20_000) as done:
        export.export_pdf(_roped())
    assert Path(asked[0]).name == "roped-press-sheet.pdf"
    written = tmp_path / "chosen.pdf"
    assert done.args == [written]
    assert poppler.info(written)["Pages"] == "1"
    assert "A woman, dragged by a mysterious rope" in poppler.text(written)  # window's language
    assert said == [f"Press sheet saved: {written}"]


def test_a_cancelled_dialog_does_nothing(qtbot: QtBot) -> None:
    window = Window()
    qtbot.addWidget(window)
    runner = TaskRunner(synchronous=True)
    export = SheetExport(window, runner, save_dialog=lambda *_: "")
    export.export_pdf(_roped())
    assert not export.busy
    export = SheetExport(window, runner, print_dialog=lambda *_: False)
    export.print_sheet(_roped())


@poppler.needs_poppler
def test_print_draws_on_the_printer_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    window = Window()
    qtbot.addWidget(window)
    out = tmp_path / "printed.pdf"

    def dialog(_parent: QWidget, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that is a file
        printer.setOutputFileName(str(out))
        return True

    export = SheetExport(window, TaskRunner(synchronous=True), print_dialog=dialog)
    with qtbot.waitSignal(export.notice, timeout=20_000) as said:
        export.print_sheet(_roped(), "fr")
    # "(1 page)" once the English plurals are loaded (another test may have), else "(1 page(s))".
    assert said.args[0] in {
        "Press sheet sent to the printer (1 page)",
        "Press sheet sent to the printer (1 page(s))",
    }
    assert poppler.info(out)["Pages"] == "1"
    assert "Une femme, entraînée par une mystérieuse corde" in poppler.text(out)
