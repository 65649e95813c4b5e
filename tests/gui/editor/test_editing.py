"""The editor on a copy of ROPED: edits of every kind, undo and redo, saving
(a draft too), and what the file on disk holds afterwards, line by line."""

from __future__ import annotations

import difflib
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mediakit.gui.editor.fields import FieldEditor
from mediakit.gui.editor.lists import ListEditor
from mediakit.gui.editor.window import EditorWindow
from mediakit.kit import load
from tests.conftest import REPO
from tests.gui.editor.conftest import settle


def field(window: EditorWindow, section: str, key: str) -> FieldEditor:
    assert window.show_section(section)
    return next(e for e in window.forms[section].editors() if e.spec.key == key)


def items(window: EditorWindow, section: str) -> ListEditor:
    assert window.show_section(section)
    found = window.forms[section].list
    assert found is not None
    return found


def type_into(qtbot: QtBot, editor: FieldEditor, text: str, *, replace: bool = True) -> None:
    editor.focus()
    if replace:
        editor.box.selectAll()
        qtbot.keyClick(editor.box, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor.box, text)


def save(qtbot: QtBot, window: EditorWindow) -> None:
    assert window.session is not None
    with qtbot.waitSignal(window.session.saved, timeout=10_000):
        window.save()
    settle(qtbot, window)


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_credits_added_renamed_and_reordered_are_saved_as_exactly_those_lines(
    qtbot: QtBot, editor: EditorWindow, kit: Path
) -> None:
    original = (kit / "kit.yaml").read_text(encoding="utf-8")
    credits = items(editor, "credits")
    # Rename the first credit's name, in French (the kit's first language).
    credits.select(0)
    names = next(e for e in credits.fields if e.spec.key == "names")
    type_into(qtbot, names, "Les Cokau")
    # Add a credit, fill its role (fr) and a name.
    qtbot.mouseClick(credits.add_button, Qt.MouseButton.LeftButton)
    assert credits.items.count() == 4 and credits.items.currentRow() == 3
    role = next(e for e in credits.fields if e.spec.key == "role")
    type_into(qtbot, role, "Montage")
    names = next(e for e in credits.fields if e.spec.key == "names")
    type_into(qtbot, names, "Jeanne Dupont")
    # Move it up with Alt+Up (the registry's move_up).
    qtbot.keyClick(credits.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert credits.items.currentRow() == 2
    session = editor.session
    assert session is not None and session.dirty
    save(qtbot, editor)
    assert session.stack.isClean()
    saved = (kit / "kit.yaml").read_text(encoding="utf-8")
    print("\n".join(changed_lines(original, saved)))
    result = load(kit)
    assert result.kit is not None
    credits_loaded = result.kit.credits
    assert [c.names for c in credits_loaded] == [
        ("Les Cokau",),
        ("Fabrice Smadja (AOC)",),
        ("Jeanne Dupont",),
        ("Adrien Kamir",),
    ]
    assert credits_loaded[2].role.values["fr"] == "Montage"
    # Only the renamed name and the new credit's lines changed; comments and the rest kept.
    assert changed_lines(original, saved) == [
        "-    names: [Cokau]",
        "+    names: [Les Cokau]",
        '+  - role: "Montage"',
        "+    names: [Jeanne Dupont]",
    ]


def test_every_kind_of_edit_undoes_and_redoes(qtbot: QtBot, editor: EditorWindow) -> None:
    session = editor.session
    assert session is not None
    start = session.document.text
    steps: list[str] = []

    def step() -> None:
        steps.append(session.document.text)

    type_into(qtbot, field(editor, "kit", "title"), "ROPED II")
    step()
    type_into(qtbot, field(editor, "kit", "year"), "2026")
    step()
    editor.header.select_language("en")
    type_into(qtbot, field(editor, "texts", "logline"), "A rope.")
    step()
    credits = items(editor, "credits")
    credits.add()
    step()
    credits.move_item(-1)
    step()
    credits.select(0)
    credits.remove()
    step()
    assert len(set(steps)) == len(steps)  # each edit changed the document
    assert session.stack.count() == len(steps)  # typing in one field: one command
    for expected in reversed([start, *steps[:-1]]):
        session.stack.undo()
        assert session.document.text == expected
    assert not session.dirty
    for expected in steps:
        session.stack.redo()
        assert session.document.text == expected
    title = field(editor, "kit", "title")
    assert title.text() == ""  # the title is French only: English shows it faded
    assert title.box.placeholderText() == "fr: ROPED II"
    editor.header.select_language("fr")
    assert title.text() == "ROPED II"  # the form follows


def test_typing_merges_while_the_field_has_the_focus(qtbot: QtBot, editor: EditorWindow) -> None:
    session = editor.session
    assert session is not None
    title = field(editor, "kit", "title")
    type_into(qtbot, title, "ROPED", replace=False)
    assert session.stack.count() == 1
    assert session.stack.undoText() == "Change “Title”"
    field(editor, "kit", "runtime").focus()  # the title loses the focus
    type_into(qtbot, title, "!", replace=False)
    assert session.stack.count() == 2


def test_a_kit_with_problems_is_saved_as_a_draft(
    qtbot: QtBot, editor: EditorWindow, kit: Path
) -> None:
    type_into(qtbot, field(editor, "kit", "id"), "Not An Id")
    settle(qtbot, editor)
    assert editor.check is not None and editor.check.problems
    id_box = field(editor, "kit", "id")
    assert id_box.problem.isVisible() and id_box.problem.text()
    save(qtbot, editor)
    assert editor.statusBar().currentMessage().startswith("Saved — a draft: 1 problem")
    before = (REPO / "kits" / "roped" / "kit.yaml").read_text(encoding="utf-8").splitlines()
    after = (kit / "kit.yaml").read_text(encoding="utf-8").splitlines()
    place = before.index("id: roped")
    assert after[place] in ("id: Not An Id", 'id: "Not An Id"')  # in its place
    assert changed_lines("\n".join(before), "\n".join(after)) == ["-id: roped", f"+{after[place]}"]


def test_a_problem_jumps_to_its_field(qtbot: QtBot, editor: EditorWindow) -> None:
    credits = items(editor, "credits")
    credits.select(1)
    names = next(e for e in credits.fields if e.spec.key == "names")
    type_into(qtbot, names, "")
    settle(qtbot, editor)
    editor.show_section("kit")
    assert editor.problems.count() >= 1
    problem = editor.problems.item(0)
    assert "credits[1].names" in problem.text()
    editor.problems.itemActivated.emit(problem)
    assert editor.current_section() == "credits"
    assert credits.items.currentRow() == 1
    assert names.box.hasFocus()
    assert names.problem.isVisible()
    assert editor.section_list.item(2).text().endswith("1")  # the count beside "Credits"


def test_a_dropped_still_is_copied_in_under_a_safe_name_and_added(
    qtbot: QtBot, editor: EditorWindow, kit: Path, tmp_path: Path
) -> None:
    from PIL import Image
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    outside = tmp_path / "Scène finale.JPG"
    Image.new("RGB", (60, 40), (200, 120, 40)).save(outside, "JPEG")
    (kit / "stills" / "Scene-finale.jpg").write_bytes(b"taken")  # the name is taken: -2
    original = (kit / "kit.yaml").read_text(encoding="utf-8")
    stills = items(editor, "stills")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(outside))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    stills.items.dropEvent(drop)
    qtbot.waitUntil(lambda: stills.items.count() == 7, timeout=10_000)
    assert stills.items.currentRow() == 6
    assert (kit / "stills" / "Scene-finale-2.jpg").read_bytes() == outside.read_bytes()
    assert (kit / "stills" / "Scene-finale.jpg").read_bytes() == b"taken"
    settle(qtbot, editor)
    assert editor.forms["stills"].extras is not None
    assert editor.forms["stills"].extras.thumbnail.pixmap().width() > 0
    save(qtbot, editor)
    lines = changed_lines(original, (kit / "kit.yaml").read_text(encoding="utf-8"))
    assert lines == ["+  - file: stills/Scene-finale-2.jpg"] or lines == [
        '+  - file: "stills/Scene-finale-2.jpg"'
    ], lines
    result = load(kit)
    assert result.kit is not None and result.kit.stills[-1].file.written.endswith("-2.jpg")
    assert editor.session is not None
    editor.session.stack.undo()
    assert stills.items.count() == 6


def test_a_trailer_chosen_outside_the_kit_is_copied_in_and_tried_by_vlc(
    qtbot: QtBot, editor: EditorWindow, kit: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "Bande annonce.mp4"
    outside.write_bytes(b"not a film at all")
    trailer = field(editor, "film", "film.trailer")
    picker = trailer.picker
    assert picker is not None
    picker.take(outside)
    qtbot.waitUntil(lambda: trailer.text() == "film/Bande-annonce.mp4", timeout=10_000)
    assert (kit / "film" / "Bande-annonce.mp4").read_bytes() == b"not a film at all"
    assert editor.session is not None and editor.session.stack.undoText() == "Choose “Trailer”"
    qtbot.waitUntil(lambda: not picker.busy(), timeout=30_000)
    assert picker.status.text().startswith(("VLC cannot play it", "VLC plays it"))


def test_the_selected_slide_is_previewed_as_the_show_paints_it(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    slides = items(editor, "presentation")
    preview = editor.forms["presentation"].preview
    assert preview is not None and preview.kit is not None
    slides.select(4)  # show: stills
    spec = preview.slide()
    assert spec is not None and spec.kind == "still" and spec.item == 0
    qtbot.waitUntil(lambda: preview.stills is not None and preview.grab().width() > 0)
    show = next(e for e in slides.fields if e.spec.key == "show")
    type_into(qtbot, show, "quote:2")
    settle(qtbot, editor)
    spec = preview.slide()
    assert spec is not None and spec.kind == "quote" and spec.item == 1
    type_into(qtbot, show, "quote:9")  # an item the kit lacks: an error, no preview
    settle(qtbot, editor)
    assert preview.slide() is None
    assert any("presentation[4]" in (p.field or "") for p in editor.check.problems)  # type: ignore[union-attr]
