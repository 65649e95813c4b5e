"""The editor's People and Awards sections, shown now that the reader takes
those keys: ROPED's people listed, a person and an award added and saved into a
kit that still validates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mediakit.gui.editor.specs import BY_NAME
from mediakit.gui.editor.window import EditorWindow
from mediakit.kit import load
from tests.gui.editor.test_editing import items, save, type_into


def test_people_and_awards_sections_are_offered() -> None:
    assert "people" in BY_NAME and "awards" in BY_NAME


def test_a_person_and_an_award_are_added_and_saved(
    qtbot: QtBot, editor: EditorWindow, kit: Path
) -> None:
    people = items(editor, "people")
    assert people.items.count() == 3  # ROPED's: Cokau, Fabrice Smadja, Adrien Kamir
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    assert people.items.count() == 4
    name = next(e for e in people.fields if e.spec.key == "name")
    type_into(qtbot, name, "Jeanne Dupont")
    roles = next(e for e in people.fields if e.spec.key == "roles")
    type_into(qtbot, roles, "Montage")
    awards = items(editor, "awards")
    assert awards.items.count() == 0
    qtbot.mouseClick(awards.add_button, Qt.MouseButton.LeftButton)
    event = next(e for e in awards.fields if e.spec.key == "event")
    type_into(qtbot, event, "Festival de Clermont-Ferrand")
    save(qtbot, editor)
    result = load(kit)
    assert result.kit is not None, [str(p) for p in result.problems]
    added = result.kit.people[-1]
    assert added.name == "Jeanne Dupont"
    assert [role.values for role in added.roles] == [{"fr": "Montage"}]
    assert result.kit.people[0].filmography  # what the editor does not show is kept
    (award,) = result.kit.awards
    assert award.event.values == {"fr": "Festival de Clermont-Ferrand"} and award.prize is None
