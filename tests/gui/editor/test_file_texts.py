"""Texts kept in files (ROPED's synopsis is ``{file: synopsis.fr.md}``) edited as
any text: typed, undone, redone, saved into their file — only the lines
changed, kit.yaml untouched — and never over a change made on disk meanwhile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from mediakit.gui.editor.fields import FieldEditor
from mediakit.gui.editor.window import EditorWindow
from tests.gui.editor.conftest import open_editor, settle
from tests.gui.editor.test_editing import changed_lines, field, save

ADDED = "Une phrase de plus."


def synopsis(qtbot: QtBot, window: EditorWindow, language: str = "fr") -> FieldEditor:
    assert window.header.select_language(language)
    editor = field(window, "texts", "synopsis")
    qtbot.waitUntil(lambda: not editor.box.isReadOnly(), timeout=10_000)  # its file is read
    return editor


def type_at_end(qtbot: QtBot, editor: FieldEditor, text: str) -> None:
    editor.focus()
    assert isinstance(editor.box, QPlainTextEdit)
    editor.box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.box, text)


def test_a_synopsis_in_a_file_is_typed_undone_redone_and_saved_into_its_file(
    qtbot: QtBot, editor: EditorWindow, kit: Path
) -> None:
    manifest, markdown = (kit / "kit.yaml").read_bytes(), kit / "synopsis.fr.md"
    original = markdown.read_text(encoding="utf-8")
    box = synopsis(qtbot, editor)
    assert box.text() == original and box.note.isVisibleTo(editor)
    assert box.preview is not None
    type_at_end(qtbot, box, ADDED)
    session = editor.session
    assert session is not None and session.dirty
    assert session.stack.count() == 1  # typing in one field: one command
    assert session.document.text.encode("utf-8") == manifest  # kit.yaml's text: untouched
    session.stack.undo()
    assert box.text() == original and session.stack.isClean()
    session.stack.redo()
    assert box.text() == original + ADDED
    save(qtbot, editor)
    assert session.stack.isClean()
    assert changed_lines(original, markdown.read_text(encoding="utf-8")) == [f"+{ADDED}"]
    assert (kit / "kit.yaml").read_bytes() == manifest
    # Undone after the save: the file's words as they were, to save again.
    session.stack.undo()
    assert session.dirty and box.text() == original
    save(qtbot, editor)
    assert markdown.read_text(encoding="utf-8") == original


def test_crlf_and_a_bom_stay_in_the_file(qtbot: QtBot, kit: Path) -> None:
    markdown = kit / "synopsis.en.md"
    lines = markdown.read_text(encoding="utf-8").splitlines()
    markdown.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    window = open_editor(qtbot, kit)
    box = synopsis(qtbot, window, "en")
    assert box.text() == "\n".join(lines) + "\n"
    type_at_end(qtbot, box, "One more line.")
    save(qtbot, window)
    expected = "\r\n".join([*lines, "One more line."]).encode("utf-8")
    assert markdown.read_bytes() == b"\xef\xbb\xbf" + expected
    window.shutdown()


def test_a_file_changed_on_disk_shows_the_banner_keep_mine_saves_over_it(
    qtbot: QtBot, editor: EditorWindow, kit: Path
) -> None:
    markdown = kit / "synopsis.fr.md"
    box = synopsis(qtbot, editor)
    type_at_end(qtbot, box, ADDED)
    markdown.write_text("Leur texte.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: editor.banner.kind == "external", timeout=10_000)
    assert "synopsis.fr.md" in editor.banner.text.text()
    assert editor.session is not None
    with qtbot.waitSignal(editor.session.saved, timeout=10_000):
        editor.save()  # refused: the file changed since it was read
    assert markdown.read_text(encoding="utf-8") == "Leur texte.\n"
    keep = editor.banner.button("Keep mine")
    assert keep is not None
    with qtbot.waitSignal(editor.session.saved, timeout=10_000):
        keep.click()
    settle(qtbot, editor)
    assert markdown.read_text(encoding="utf-8").endswith(ADDED)
    assert not editor.session.dirty


def test_reload_takes_the_file_on_disk(qtbot: QtBot, editor: EditorWindow, kit: Path) -> None:
    box = synopsis(qtbot, editor)
    type_at_end(qtbot, box, ADDED)
    (kit / "synopsis.fr.md").write_text("Leur texte.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: editor.banner.kind == "external", timeout=10_000)
    reload = editor.banner.button("Reload")
    assert reload is not None
    reload.click()
    qtbot.waitUntil(lambda: box.text() == "Leur texte.\n", timeout=10_000)
    assert editor.session is not None and not editor.session.dirty


def test_a_text_file_that_is_a_link_is_shown_read_only_with_the_reason(
    qtbot: QtBot, kit: Path
) -> None:
    (kit / "synopsis.en.md").unlink()
    (kit / "synopsis.en.md").symlink_to(kit / "synopsis.fr.md")
    window = open_editor(qtbot, kit)
    assert window.header.select_language("en")
    box = field(window, "texts", "synopsis")
    qtbot.waitUntil(lambda: box.text() != "", timeout=10_000)
    assert box.box.isReadOnly()
    assert "is a link" in box.note.text()
    window.shutdown()


def test_a_kit_yaml_with_a_bom_is_saved_with_it(qtbot: QtBot, kit: Path) -> None:
    manifest = kit / "kit.yaml"
    original = b"\xef\xbb\xbf" + manifest.read_bytes()
    manifest.write_bytes(original)
    window = open_editor(qtbot, kit)
    save(qtbot, window)  # nothing changed
    assert manifest.read_bytes() == original
    title = field(window, "kit", "title")
    title.focus()
    qtbot.keyClicks(title.box, "!")
    save(qtbot, window)
    saved = manifest.read_bytes()
    assert saved.startswith(b"\xef\xbb\xbf")
    assert changed_lines(original.decode("utf-8"), saved.decode("utf-8")) == [
        "-title: ROPED",
        "+title: ROPED!",
    ]
    window.shutdown()


def test_the_language_switch_names_the_languages(editor: EditorWindow) -> None:
    names = [editor.languages.itemText(i) for i in range(editor.languages.count())]
    assert names == ["Français (fr)", "English (en)"]


def test_the_live_check_reads_a_file_text_as_edited_before_it_is_saved(
    qtbot: QtBot, editor: EditorWindow, kit: Path
) -> None:
    from mediakit.kit.manifest import limits

    markdown = kit / "synopsis.fr.md"
    original = markdown.read_bytes()
    synopsis(qtbot, editor)  # the French file is read…
    synopsis(qtbot, editor, "en")  # …and the box shows the English (no 2 MiB to lay out)
    session, check = editor.session, editor.check
    assert session is not None and check is not None and not check.problems
    session.edit_file("synopsis.fr.md", "x" * (limits.TEXT_FILE_BYTES + 1), "Change")
    settle(qtbot, editor)
    assert [p.field for p in check.problems] == ["synopsis.fr.file"]
    assert any(
        "synopsis.fr.file" in editor.problems.item(r).text() for r in range(editor.problems.count())
    )
    assert markdown.read_bytes() == original  # nothing saved: the check read the edit
    session.stack.undo()
    settle(qtbot, editor)
    assert not check.problems
    session.edit_file("synopsis.fr.md", "Autre synopsis.", "Change")
    settle(qtbot, editor)
    assert check.kit is not None and check.kit.synopsis is not None
    assert check.kit.synopsis.pick("fr") == "Autre synopsis."
