"""One theme: colours are named in gui/theme.py and used by name everywhere else."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import mediakit.gui
from mediakit.gui import theme
from mediakit.gui.assets import asset_path

GUI = Path(mediakit.gui.__file__).parent
HEX = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b")


def _hex_literals(source: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source.read_text("utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found += [f"{source.name}:{node.lineno}: {m}" for m in HEX.findall(node.value)]
    return found


def test_no_colour_literal_in_a_gui_module_but_the_theme() -> None:
    sources = [path for path in sorted(GUI.rglob("*.py")) if path.name != "theme.py"]
    assert len(sources) > 20
    literals = [hit for source in sources for hit in _hex_literals(source)]
    assert literals == []


def _unnamed_colours(source: Path) -> list[str]:
    """``QColor(0, 0, 0, 150)`` and ``Qt.GlobalColor.black``: colours without a name."""
    found = []
    for node in ast.walk(ast.parse(source.read_text("utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "QColor"
            and node.args
            and all(isinstance(arg, ast.Constant) for arg in node.args)
        ):
            found.append(f"{source.name}:{node.lineno}: QColor(...)")
        if isinstance(node, ast.Attribute) and node.attr == "GlobalColor":
            found.append(f"{source.name}:{node.lineno}: Qt.GlobalColor")
    return found


def test_no_unnamed_colour_in_a_gui_module_but_the_theme() -> None:
    sources = [path for path in sorted(GUI.rglob("*.py")) if path.name != "theme.py"]
    assert [hit for source in sources for hit in _unnamed_colours(source)] == []


def test_the_template_names_only_the_themes_colours() -> None:
    template = asset_path("mediakit.qss").read_text("utf-8")
    assert HEX.findall(template) == []
    filled = theme.style_sheet()
    assert "$" not in filled
    assert theme.COLOURS["sand"] in filled


def test_every_named_colour_is_used_somewhere() -> None:
    template = asset_path("mediakit.qss").read_text("utf-8")
    code = "\n".join(p.read_text("utf-8") for p in GUI.rglob("*.py") if p.name != "theme.py")
    code += inspect.getsource(theme.palette)
    unused = [
        name
        for name in theme.COLOURS
        if "${" + name + "}" not in template and f'"{name}"' not in code and f"'{name}'" not in code
    ]
    assert unused == []


def test_the_palette_is_the_themes() -> None:
    palette = theme.palette()
    assert palette.color(palette.ColorRole.Window).name() == theme.COLOURS["ink"]
    assert palette.color(palette.ColorRole.Highlight).name() == theme.COLOURS["sand"]


def test_the_drop_down_arrow_is_drawn_from_an_asset() -> None:
    found = re.search(r"QComboBox::down-arrow \{ image: url\(([^)]+)\)", theme.style_sheet())
    assert found is not None
    assert Path(found.group(1)).is_file()
