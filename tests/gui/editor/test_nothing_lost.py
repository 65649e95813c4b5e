"""Nothing lost: closing asks, a killed editor's text comes back, a change on
disk is never overwritten silently, read-only kits say why."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mediakit.gui.editor.recovery import Recovered, read_recovery, recovery_file
from mediakit.gui.editor.window import EditorWindow
from mediakit.kit.archive.pack import pack
from tests.conftest import REPO
from tests.gui.editor.child_editor import UNSAVED
from tests.gui.editor.conftest import open_editor, settle
from tests.gui.editor.test_editing import field, save, type_into


def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, editor: EditorWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[bool] = []

    def ask() -> QMessageBox.StandardButton:
        asked.append(True)
        return answers.pop(0)

    monkeypatch.setattr(editor, "ask_unsaved", ask)
    type_into(qtbot, field(editor, "kit", "title"), "ROPED?")
    assert not editor.close()  # Cancel: still open
    assert editor.isVisible() and len(asked) == 1
    assert editor.close()  # Discard
    assert len(asked) == 2


def test_save_on_close_saves_then_closes(
    qtbot: QtBot, editor: EditorWindow, kit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(editor, "ask_unsaved", lambda: QMessageBox.StandardButton.Save)
    type_into(qtbot, field(editor, "kit", "title"), "ROPED!")
    editor.close()
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=10_000)
    assert 'title: "ROPED!"' in (kit / "kit.yaml").read_text(encoding="utf-8")


def test_a_killed_editor_leaves_its_text_and_the_next_one_offers_it(
    qtbot: QtBot, kit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("child_editor.py")), str(kit)],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    manifest = kit / "kit.yaml"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            kept = read_recovery(manifest)
            if kept is not None and kept.files:
                break
            assert child.poll() is None, child.stderr.read() if child.stderr else ""
            time.sleep(0.1)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        if child.stderr is not None:
            child.stderr.close()
    recovered = read_recovery(manifest)
    assert recovered is not None and "title: ROPED — unsaved" in recovered.text
    synopsis = (kit / "synopsis.fr.md").read_text(encoding="utf-8")
    assert dict(recovered.files) == {"synopsis.fr.md": synopsis + UNSAVED}
    offered: list[Recovered] = []

    def ask(self: EditorWindow, found: Recovered) -> bool:
        offered.append(found)
        return True

    monkeypatch.setattr(EditorWindow, "ask_restore", ask)
    window = open_editor(qtbot, kit)
    qtbot.waitUntil(lambda: window.session is not None and window.session.dirty, timeout=10_000)
    assert offered and abs(offered[0].written - time.time()) < 120
    assert window.session is not None
    assert window.session.document.text == recovered.text
    assert field(window, "kit", "title").text() == "ROPED — unsaved"
    restored = field(window, "texts", "synopsis")
    qtbot.waitUntil(lambda: restored.text() == synopsis + UNSAVED, timeout=10_000)
    assert "ROPED — unsaved" not in manifest.read_text(encoding="utf-8")  # not saved by itself
    assert UNSAVED not in (kit / "synopsis.fr.md").read_text(encoding="utf-8")
    save(qtbot, window)
    assert (kit / "synopsis.fr.md").read_text(encoding="utf-8") == synopsis + UNSAVED
    qtbot.waitUntil(lambda: not recovery_file(manifest).exists(), timeout=10_000)
    window.shutdown()


def test_a_change_on_disk_shows_the_banner_and_keep_mine_saves_only_when_chosen(
    qtbot: QtBot, editor: EditorWindow, kit: Path
) -> None:
    manifest = kit / "kit.yaml"
    type_into(qtbot, field(editor, "kit", "title"), "Mine")
    theirs = manifest.read_text(encoding="utf-8").replace('runtime: "2:00"', 'runtime: "2:01"')
    manifest.write_text(theirs, encoding="utf-8")
    qtbot.waitUntil(lambda: editor.banner.kind == "external", timeout=10_000)
    assert editor.banner.isVisible()
    # Saving now is refused: the file changed since it was read.
    assert editor.session is not None
    with qtbot.waitSignal(editor.session.saved, timeout=10_000):
        editor.save()
    assert manifest.read_text(encoding="utf-8") == theirs
    assert editor.banner.kind == "external"
    keep = editor.banner.button("Keep mine")
    assert keep is not None
    with qtbot.waitSignal(editor.session.saved, timeout=10_000):
        keep.click()
    settle(qtbot, editor)
    saved = manifest.read_text(encoding="utf-8")
    assert 'title: "Mine"' in saved and 'runtime: "2:00"' in saved
    assert not editor.banner.isVisible() or editor.banner.kind != "external"


def test_reload_takes_the_file_on_disk(qtbot: QtBot, editor: EditorWindow, kit: Path) -> None:
    manifest = kit / "kit.yaml"
    type_into(qtbot, field(editor, "kit", "title"), "Mine")
    theirs = manifest.read_text(encoding="utf-8").replace("title: ROPED", "title: Theirs")
    manifest.write_text(theirs, encoding="utf-8")
    qtbot.waitUntil(lambda: editor.banner.kind == "external", timeout=10_000)
    reload = editor.banner.button("Reload")
    assert reload is not None
    reload.click()
    assert editor.session is not None
    qtbot.waitUntil(lambda: editor.session is not None and not editor.session.dirty, timeout=5000)
    assert field(editor, "kit", "title").text() == "Theirs"


def test_a_read_only_folder_opens_read_only_with_the_reason(qtbot: QtBot, kit: Path) -> None:
    (kit / "kit.yaml").chmod(0o444)
    kit.chmod(0o555)
    try:
        window = open_editor(qtbot, kit)
        assert window.session is not None and window.session.read_only
        assert window.banner.isVisible() and "may not be written" in window.banner.text.text()
        title = field(window, "kit", "title")
        assert title.box.isReadOnly()
        assert not window.session.save()
        window.shutdown()
    finally:
        kit.chmod(0o755)


def test_an_archive_opens_read_only_and_offers_a_copy(
    qtbot: QtBot, kit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "roped.mediakit"
    pack(kit, archive)
    window = open_editor(qtbot, archive)
    assert window.session is not None and window.session.read_only
    copy = window.banner.button("Edit a copy…")
    assert copy is not None
    target = tmp_path / "copies"
    target.mkdir()
    monkeypatch.setattr(window, "choose_copy_folder", lambda: target)
    copy.click()
    qtbot.waitUntil(lambda: bool(window.copies), timeout=20_000)
    second = window.copies[0]
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: second.session is not None, timeout=20_000)
    assert second.session is not None and not second.session.read_only
    assert (target / "roped" / "kit.yaml").is_file()
    assert not (target / "roped" / "checksums.sha256").exists()
    second.shutdown()
    window.shutdown()
