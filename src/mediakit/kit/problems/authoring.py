"""What editing a manifest (:mod:`mediakit.kit.authoring`) can refuse, and why."""

from __future__ import annotations

from mediakit.kit.message import QT_TRANSLATE_NOOP, Template

# A field path as problems write it (fieldpath).
PATH_EMPTY = Template("field-path-empty", QT_TRANSLATE_NOOP("problems", "the field path is empty"))
PATH_EMPTY_KEY = Template(
    "field-path-empty-key",
    QT_TRANSLATE_NOOP("problems", "a key is missing at character {position}"),
)
PATH_BAD_INDEX = Template(
    "field-path-bad-index",
    QT_TRANSLATE_NOOP(
        "problems", "expected a list index like [0] at character {position}, got '{text}'"
    ),
)
PATH_UNEXPECTED = Template(
    "field-path-unexpected",
    QT_TRANSLATE_NOOP("problems", "unexpected '{char}' at character {position}"),
)

# The YAML text cannot be edited, or the edit cannot be made (document, edits).
DOCUMENT_UNREADABLE = Template(
    "document-unreadable", QT_TRANSLATE_NOOP("problems", "cannot edit this YAML: {reason}")
)
FIELD_MISSING = Template("field-missing", QT_TRANSLATE_NOOP("problems", "the kit has no {field}"))
NOT_A_MAPPING = Template(
    "not-a-mapping",
    QT_TRANSLATE_NOOP("problems", "{field} is not a mapping: it has no key '{key}'"),
)
NOT_A_LIST = Template("not-a-list", QT_TRANSLATE_NOOP("problems", "{field} is not a list"))
INDEX_OUT_OF_RANGE = Template(
    "index-out-of-range",
    QT_TRANSLATE_NOOP("problems", "{field} has {count} items: there is no item {index}"),
)
NEW_ITEM_NEEDS_INSERT = Template(
    "new-item-needs-insert",
    QT_TRANSLATE_NOOP("problems", "{field} does not exist: add the list item first"),
)
THROUGH_ALIAS = Template(
    "through-alias",
    QT_TRANSLATE_NOOP(
        "problems", "{field} is a copy of &{anchor} (line {line}): edit it there, or replace it"
    ),
)
CANNOT_WRITE_VALUE = Template(
    "cannot-write-value",
    QT_TRANSLATE_NOOP("problems", "{field}: a value of type {kind} cannot be written in a kit"),
)
EDIT_UNFAITHFUL = Template(
    "edit-unfaithful",
    QT_TRANSLATE_NOOP(
        "problems", "editing {field} would also change {other}: the file is left as it was"
    ),
)
EDIT_UNREADABLE = Template(
    "edit-unreadable",
    QT_TRANSLATE_NOOP(
        "problems", "editing {field} would give YAML that does not read back: {reason}"
    ),
)

# Saving (save).
CHANGED_ON_DISK = Template(
    "changed-on-disk",
    QT_TRANSLATE_NOOP(
        "problems", "kit.yaml changed on disk since it was read: reload it before saving"
    ),
)
FROM_MERGE = Template(
    "from-merge",
    QT_TRANSLATE_NOOP(
        "problems", "{field} comes from a merge (<<): delete or move it where it is written"
    ),
)
CANNOT_EDIT_LAYOUT = Template(
    "cannot-edit-layout",
    QT_TRANSLATE_NOOP(
        "problems",
        "{field} is laid out in a way that cannot be edited without rewriting the whole file",
    ),
)

# A text kept in a file of the kit ({file: synopsis.fr.md}), edited (textfiles).
TEXT_FILE_NOT_PLAIN = Template(
    "text-file-not-plain",
    QT_TRANSLATE_NOOP("problems", "{file} is not a plain path inside the kit"),
)
TEXT_FILE_LINK = Template(
    "text-file-link",
    QT_TRANSLATE_NOOP("problems", "{file} is a link: edit the file it points to"),
)
TEXT_FILE_LARGE = Template(
    "text-file-large", QT_TRANSLATE_NOOP("problems", "{file} is larger than {size}")
)
TEXT_FILE_NOT_UTF8 = Template(
    "text-file-not-utf8",
    QT_TRANSLATE_NOOP("problems", "{file} is not UTF-8 text (byte {byte})"),
)
TEXT_FILE_UNREADABLE = Template(
    "text-file-unreadable", QT_TRANSLATE_NOOP("problems", "{file} cannot be read: {reason}")
)
TEXT_FILE_CHANGED = Template(
    "text-file-changed",
    QT_TRANSLATE_NOOP("problems", "{file} changed on disk since it was read"),
)
