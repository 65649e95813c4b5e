"""The kit domain never imports Qt: it loads and tests without a display."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import mediakit.kit

KIT = Path(mediakit.kit.__file__).parent


def test_importing_the_kit_domain_does_not_import_pyside6() -> None:
    code = (
        "import sys, mediakit.kit, mediakit.kit.manifest.schema, mediakit.kit.manifest.export\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)  # fmt: skip
    assert out.stdout.strip() == "[]"


def _imported(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_import_in_the_source() -> None:
    sources = sorted(KIT.rglob("*.py"))
    assert len(sources) > 5
    for source in sources:
        imported = _imported(ast.parse(source.read_text("utf-8")))
        qt = {
            n
            for n in imported
            if n.split(".")[0] in ("PySide6", "shiboken6", "PyQt6", "PyQt5", "PySide2")
        }
        assert not qt, f"{source.name} imports {qt}"
        assert not {n for n in imported if n.startswith(("mediakit.gui", "mediakit.media"))}
