"""How the editor is reached: Kit ▸ Edit (Ctrl+E) in the reading window, and
``mediakit edit PATH`` on the command line."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from mediakit.gui.editor.window import EditorWindow
from mediakit.gui.window import MainWindow
from tests.conftest import run_mediakit
from tests.gui.conftest import open_and_wait


def test_kit_edit_opens_the_kit_on_screen_in_an_editor(
    qtbot: QtBot, window: MainWindow, kit: Path
) -> None:
    open_and_wait(qtbot, window, kit)
    edit = window.actions_by_name["edit"]
    assert edit.shortcut().toString() == "Ctrl+E"
    edit.trigger()
    assert len(window.editors) == 1
    editor = window.editors[0]
    assert isinstance(editor, EditorWindow)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.session is not None, timeout=10_000)
    assert editor.session is not None and editor.session.folder == kit
    assert editor.isVisible() and not editor.session.read_only
    qtbot.waitUntil(lambda: not editor.busy(), timeout=10_000)
    editor.shutdown()


def test_edit_without_a_kit_says_so(window: MainWindow) -> None:
    window.actions_by_name["edit"].trigger()
    assert window.editors == []
    assert window.statusBar().currentMessage() == "Open a kit to edit it."


def test_edit_on_a_missing_path_is_exit_2(tmp_path: Path) -> None:
    done = run_mediakit("edit", str(tmp_path / "nowhere"))
    assert done.returncode == 2
    assert "no such file or folder" in done.stderr


def test_snapshot_edit_renders_the_editor_even_for_a_kit_with_problems(
    kit: Path, tmp_path: Path
) -> None:
    from PIL import Image

    manifest = kit / "kit.yaml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace("id: roped", "id: Bad Id"), encoding="utf-8"
    )
    out = tmp_path / "editor.png"
    done = run_mediakit(
        "snapshot", str(kit), "--edit", "--section", "credits", "-o", str(out), "--size", "900x600"
    )
    assert done.returncode == 0, done.stderr
    assert "not a valid id" in done.stderr  # the problems are said, as for the window
    with Image.open(out) as image:
        assert image.size == (900, 600)
    refused = run_mediakit("snapshot", str(kit), "--edit", "-o", str(manifest))
    assert refused.returncode == 1 and "file of the kit itself" in refused.stderr
    assert "id: Bad Id" in manifest.read_text(encoding="utf-8")
    unknown = run_mediakit("snapshot", str(kit), "--edit", "--section", "nope", "-o", str(out))
    assert unknown.returncode == 2 and "the editor has the sections" in unknown.stderr
