"""The press sheet's own words, in the KIT's language (a French kit's sheet is in
French whatever the interface speaks): marked here for ``pyside6-lupdate``,
looked up with :func:`mediakit.catalog.translate_in` where they are drawn."""

from __future__ import annotations

from mediakit.catalog import QT_TRANSLATE_NOOP, translate_in

CONTEXT = "PressSheet"

SYNOPSIS = QT_TRANSLATE_NOOP("PressSheet", "Synopsis")
CREDITS = QT_TRANSLATE_NOOP("PressSheet", "Credits")
QUOTES = QT_TRANSLATE_NOOP("PressSheet", "Quotes")
AI_USE = QT_TRANSLATE_NOOP("PressSheet", "AI use")
SPECS = QT_TRANSLATE_NOOP("PressSheet", "Specifications")
CONTACTS = QT_TRANSLATE_NOOP("PressSheet", "Contacts")
MORE_IN_KIT = QT_TRANSLATE_NOOP("PressSheet", "More in the kit.")
MORE_CREDIT = QT_TRANSLATE_NOOP("PressSheet", "and one more credit in the kit")
MORE_CREDITS = QT_TRANSLATE_NOOP("PressSheet", "and {count} more credits in the kit")
CONTENT_HASH = QT_TRANSLATE_NOOP("PressSheet", "Content hash (SHA-256): {hash}")
FOLDER_HASH = QT_TRANSLATE_NOOP(
    "PressSheet", "Content hash (SHA-256) of the kit folder as it packs: {hash}"
)
FOOT = QT_TRANSLATE_NOOP("PressSheet", "{date} · made with mediakit")
PAGE = QT_TRANSLATE_NOOP("PressSheet", "{page}/{count}")
TITLE = QT_TRANSLATE_NOOP("PressSheet", "{title} — press sheet")


def word(language: str, source: str) -> str:
    """One of the sheet's words above in ``language`` (the kit's), else as written."""
    return translate_in(language, CONTEXT, source)
