"""What the library (the index of the reader's kits) says: its database set aside
or unavailable, folders it cannot look into, kits that have gone."""

from __future__ import annotations

from mediakit.kit.message import QT_TRANSLATE_NOOP, Template

# The index database (mediakit.library.index): a cache, so these are notices, never fatal.
LIBRARY_DAMAGED = Template(
    "library-damaged",
    QT_TRANSLATE_NOOP(
        "problems",
        "the library's index was damaged ({reason}); it was set aside as {aside} and is "
        "rebuilt from your kits",
    ),
)
LIBRARY_OTHER_VERSION = Template(
    "library-other-version",
    QT_TRANSLATE_NOOP(
        "problems",
        "the library's index was made by another version of mediakit; it is rebuilt from your kits",
    ),
)
LIBRARY_BUSY = Template(
    "library-busy",
    QT_TRANSLATE_NOOP(
        "problems",
        "the library's index is in use by another mediakit and did not come free in "
        "{seconds} s; try again",
    ),
)
LIBRARY_UNAVAILABLE = Template(
    "library-unavailable",
    QT_TRANSLATE_NOOP(
        "problems",
        "the library's index cannot be opened ({reason}); this session keeps it in memory only",
    ),
)
# Finding kits (mediakit.library.scan); after the folder: 'FOLDER: …'.
FOLDER_UNREADABLE = Template(
    "library-folder-unreadable",
    QT_TRANSLATE_NOOP("problems", "cannot look into this folder: {reason}"),
)
FOLDER_TOO_DEEP = Template(
    "library-folder-too-deep",
    QT_TRANSLATE_NOOP("problems", "not searched below {depth} folders deep"),
)
FOLDER_TOO_MANY = Template(
    "library-folder-too-many",
    QT_TRANSLATE_NOOP("problems", "search stopped after {count} entries"),
)
KIT_MISSING = Template(
    "library-kit-missing",
    QT_TRANSLATE_NOOP("problems", "this kit is no longer there (moved, deleted or unmounted)"),
)
