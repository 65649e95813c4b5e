"""No user-visible text reaches Qt untranslated: a string literal with letters
passed straight to a call that shows text (``setText("Open")``) is a string
lupdate never sees and French readers get in English. Wrap it in ``self.tr()``
or ``QCoreApplication.translate(context, text)``."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "mediakit"
SCANNED = [SRC / "gui", SRC / "cli"]

# Methods and constructors whose string arguments a reader sees.
SHOWN = {
    "setText",
    "setToolTip",
    "setWindowTitle",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setStatusTip",
    "setWhatsThis",
    "showMessage",
    "addItem",
    "addAction",
    "addMenu",
    "addTab",
    "setTabText",
    "setTitle",
    "setLabelText",
    "setInformativeText",
    "setDetailedText",
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QMessageBox",
    "QListWidgetItem",
}


def called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return None


# Said the same in every language: the application's name.
NAMES = {"mediakit"}


def has_words(node: ast.expr) -> bool:
    """A literal (or f-string) with letters in it: text, not a symbol or a number."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value not in NAMES and any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(has_words(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return has_words(node.left) or has_words(node.right)
    return False


def bare_strings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or called_name(node) not in SHOWN:
            continue
        for arg in [*node.args, *(keyword.value for keyword in node.keywords)]:
            if has_words(arg):
                found.append(f"{path.relative_to(SRC)}:{node.lineno}: {ast.unparse(arg)}")
    return found


def test_the_lint_sees_a_bare_string(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'label.setText("Open")\n'
        'QLabel(f"{n} stills")\n'
        'button.setToolTip(self.tr("Play"))\n'
        'box.addItem("—")\n'
        'label.setText("12:30")\n'
        'window.setWindowTitle("mediakit")\n'
    )
    found = [line.split(": ", 1)[1] for line in bare_strings_at(sample, tmp_path)]
    assert found == ["'Open'", "f'{n} stills'"]


def bare_strings_at(path: Path, root: Path) -> list[str]:
    global SRC
    saved, SRC = SRC, root
    try:
        return bare_strings(path)
    finally:
        SRC = saved


def test_no_bare_user_visible_strings() -> None:
    found = [
        line
        for folder in SCANNED
        for path in sorted(folder.rglob("*.py"))
        for line in bare_strings(path)
    ]
    assert found == [], "wrap these in tr()/QCoreApplication.translate():\n" + "\n".join(found)
