"""What an archive (.mediakit) can be refused or marked damaged for, and packing's problems."""

from __future__ import annotations

from mediakit.kit.message import QT_TRANSLATE_NOOP, Template

# Also said of archives: one message, one translation.
from mediakit.kit.problems.reading import CANNOT_READ_IT as CANNOT_READ_IT

# Entry names (archive.rules.unsafe_name, extract); after the entry: 'ARCHIVE: ENTRY: …'.
UNSAFE_ABSOLUTE = Template(
    "unsafe-absolute", QT_TRANSLATE_NOOP("problems", "unsafe path: it is absolute")
)
UNSAFE_DRIVE = Template(
    "unsafe-drive", QT_TRANSLATE_NOOP("problems", "unsafe path: it starts with a drive letter")
)
UNSAFE_BACKSLASH = Template(
    "unsafe-backslash", QT_TRANSLATE_NOOP("problems", "unsafe path: it holds a backslash")
)
UNSAFE_NUL = Template(
    "unsafe-nul",
    QT_TRANSLATE_NOOP("problems", "unsafe path: it holds a NUL character, which no file name can"),
)
UNSAFE_PARENT = Template(
    "unsafe-parent",
    QT_TRANSLATE_NOOP("problems", "unsafe path: it holds '..', which leaves the kit"),
)
UNSAFE_EMPTY_PART = Template(
    "unsafe-empty-part", QT_TRANSLATE_NOOP("problems", "unsafe path: it holds an empty or '.' part")
)
UNSAFE_NOT_UTF8 = Template(
    "unsafe-not-utf8", QT_TRANSLATE_NOOP("problems", "unsafe path: its name is not valid UTF-8")
)
UNSAFE_OUTSIDE = Template(
    "unsafe-outside",
    QT_TRANSLATE_NOOP("problems", "unsafe path: it resolves outside the extraction folder"),
)
COLLIDES = Template(
    "collides", QT_TRANSLATE_NOOP("problems", "it collides with another entry of the same name")
)
COLLIDES_CASE = Template(
    "collides-case",
    QT_TRANSLATE_NOOP(
        "problems", "it collides with another entry (names that differ only in case?)"
    ),
)

# Entries (archive.rules).
DUPLICATE_ENTRY = Template(
    "duplicate-entry", QT_TRANSLATE_NOOP("problems", "duplicate entry: the archive holds it twice")
)
ENTRY_LINK = Template(
    "entry-link", QT_TRANSLATE_NOOP("problems", "it is a link, which an archive may not hold")
)
ENTRY_ENCRYPTED = Template(
    "entry-encrypted", QT_TRANSLATE_NOOP("problems", "it is encrypted, which an archive may not be")
)
ENTRY_METHOD = Template(
    "entry-method",
    QT_TRANSLATE_NOOP("problems", "it uses compression method {method}, which is not read"),
)
ENTRY_STORED_SIZES = Template(
    "entry-stored-sizes", QT_TRANSLATE_NOOP("problems", "a stored entry whose two sizes differ")
)
ENTRY_RATIO = Template(
    "entry-ratio",
    QT_TRANSLATE_NOOP(
        "problems",
        "it is compressed {ratio}:1, over the limit of {limit}:1 (the compression ratio limit)",
    ),
)
ENTRY_MANIFEST_SIZE = Template(
    "entry-manifest-size",
    QT_TRANSLATE_NOOP(
        "problems", "it is {size}, over the limit of {limit} (the manifest size limit)"
    ),
)
ENTRY_CHECKSUMS_SIZE = Template(
    "entry-checksums-size",
    QT_TRANSLATE_NOOP(
        "problems", "it is {size}, over the limit of {limit} (the checksum list size limit)"
    ),
)
UNPACKED_SIZE = Template(
    "unpacked-size",
    QT_TRANSLATE_NOOP(
        "problems", "it unpacks to {size}, over the limit of {limit} (the unpacked size limit)"
    ),
)

# checksums.sha256 (archive.rules, archive.scan).
CHECKSUMS_NOT_UTF8 = Template(
    "checksums-not-utf8", QT_TRANSLATE_NOOP("problems", "it is not UTF-8 text")
)
CHECKSUMS_BAD_LINE = Template(
    "checksums-bad-line",
    QT_TRANSLATE_NOOP(
        "problems", "line {line} is not '<64 hex digits>  <path>' (the sha256sum format)"
    ),
)
CHECKSUMS_TWICE = Template(
    "checksums-twice", QT_TRANSLATE_NOOP("problems", "line {line} lists '{path}' a second time")
)
CHECKSUMS_MISSING = Template(
    "checksums-missing",
    QT_TRANSLATE_NOOP("problems", "missing: the archive has no checksums.sha256"),
)
UNLISTED = Template(
    "unlisted", QT_TRANSLATE_NOOP("problems", "unlisted entry: not in checksums.sha256")
)
MISMATCH = Template(
    "mismatch",
    QT_TRANSLATE_NOOP("problems", "checksum mismatch (the file was changed after packing)"),
)
MISSING_ENTRY = Template(
    "missing-entry",
    QT_TRANSLATE_NOOP(
        "problems", "missing entry: listed in checksums.sha256 but not in the archive"
    ),
)

# The ZIP structure (archive.zipread).
ZIP64_SIZES_INCOMPLETE = Template(
    "zip64-sizes-incomplete", QT_TRANSLATE_NOOP("problems", "its zip64 sizes are incomplete")
)
ZIP64_SIZES_MISSING = Template(
    "zip64-sizes-missing", QT_TRANSLATE_NOOP("problems", "its zip64 sizes are missing")
)
NAME_NOT_UTF8 = Template(
    "name-not-utf8", QT_TRANSLATE_NOOP("problems", "an entry's name is not valid UTF-8: {name}")
)
TRUNCATED_END = Template(
    "truncated-end",
    QT_TRANSLATE_NOOP(
        "problems", "the archive is truncated: its end (the central directory) is missing"
    ),
)
NOT_ZIP = Template(
    "not-zip",
    QT_TRANSLATE_NOOP("problems", "this is not a ZIP archive (a .mediakit file is a ZIP)"),
)
TRUNCATED_OR_TRAILING = Template(
    "truncated-or-trailing",
    QT_TRANSLATE_NOOP("problems", "the archive is truncated or has bytes after its end"),
)
SPLIT = Template(
    "split",
    QT_TRANSLATE_NOOP(
        "problems", "the archive is split across several files, which is not supported"
    ),
)
ZIP64_END_MISSING = Template(
    "zip64-end-missing", QT_TRANSLATE_NOOP("problems", "the archive's zip64 end record is missing")
)
ZIP64_END_DAMAGED = Template(
    "zip64-end-damaged", QT_TRANSLATE_NOOP("problems", "the archive's zip64 end record is damaged")
)
DIRECTORY_MISPLACED = Template(
    "directory-misplaced",
    QT_TRANSLATE_NOOP(
        "problems",
        "the archive is truncated or damaged: its central directory is not where its end says",
    ),
)
TOO_MANY_ENTRIES = Template(
    "too-many-entries",
    QT_TRANSLATE_NOOP(
        "problems",
        "the archive has {count:,} entries, over the limit of {limit:,} (the entry count limit)",
    ),
)
DIRECTORY_DAMAGED = Template(
    "directory-damaged",
    QT_TRANSLATE_NOOP("problems", "the archive's central directory is damaged or truncated"),
)
DIRECTORY_EXTRA = Template(
    "directory-extra",
    QT_TRANSLATE_NOOP("problems", "the archive's central directory holds more than its entries"),
)
DISAGREE = Template(
    "disagree",
    QT_TRANSLATE_NOOP(
        "problems",
        "the central directory and the local header disagree on the {what} (the archive was "
        "tampered with or badly made)",
    ),
)
HEADER_NAME = Template("header-name", QT_TRANSLATE_NOOP("problems", "name"))
HEADER_FLAGS = Template("header-flags", QT_TRANSLATE_NOOP("problems", "flags"))
HEADER_METHOD = Template("header-method", QT_TRANSLATE_NOOP("problems", "compression method"))
HEADER_CRC = Template("header-crc", QT_TRANSLATE_NOOP("problems", "CRC"))
HEADER_SIZE = Template("header-size", QT_TRANSLATE_NOOP("problems", "size"))
HEADER_COMPRESSED_SIZE = Template(
    "header-compressed-size", QT_TRANSLATE_NOOP("problems", "compressed size")
)
HEADER_CUT = Template(
    "header-cut",
    QT_TRANSLATE_NOOP("problems", "the archive is truncated: this entry's header is cut off"),
)
LOCAL_HEADER_DAMAGED = Template(
    "local-header-damaged", QT_TRANSLATE_NOOP("problems", "its local header is missing or damaged")
)
OVERLAPS = Template(
    "overlaps", QT_TRANSLATE_NOOP("problems", "overlaps the entry before it (a zip bomb trick)")
)
STRAY_BYTES = Template(
    "stray-bytes", QT_TRANSLATE_NOOP("problems", "the archive holds bytes that belong to no entry")
)
LAST_ENTRY_RUNS_ON = Template(
    "last-entry-runs-on",
    QT_TRANSLATE_NOOP(
        "problems", "the archive is truncated: the last entry runs into the directory"
    ),
)

# Reading the entries' data (archive.scan).
CRC_FAILED = Template(
    "crc-failed",
    QT_TRANSLATE_NOOP(
        "problems", "damaged: its data fails its CRC check (the file was corrupted after packing)"
    ),
)
CUT_SHORT = Template(
    "cut-short",
    QT_TRANSLATE_NOOP("problems", "the archive changed or was cut short while it was read"),
)
INFLATES_BEYOND_SIZE = Template(
    "inflates-beyond-size",
    QT_TRANSLATE_NOOP("problems", "it inflates to more than its declared size (a zip bomb)"),
)
INFLATES_BEYOND_RATIO = Template(
    "inflates-beyond-ratio",
    QT_TRANSLATE_NOOP("problems", "it inflates beyond the compression ratio limit"),
)
DATA_TRAILING = Template(
    "data-trailing", QT_TRANSLATE_NOOP("problems", "its data is damaged (bytes after its end)")
)
COMPRESSED_DAMAGED = Template(
    "compressed-damaged", QT_TRANSLATE_NOOP("problems", "its compressed data is damaged")
)
COMPRESSED_CUT = Template(
    "compressed-cut", QT_TRANSLATE_NOOP("problems", "its compressed data is cut short")
)
DATA_SHORT = Template(
    "data-short", QT_TRANSLATE_NOOP("problems", "its data is shorter than its declared size")
)

# Opening an archive: the file and the cache (archive.cache, archive.cache_trust, source).
ARCHIVE_NOT_FILE = Template(
    "archive-not-file", QT_TRANSLATE_NOOP("problems", "it is {kind}, not a file")
)
CANNOT_UNPACK_HERE = Template(
    "cannot-unpack-here", QT_TRANSLATE_NOOP("problems", "cannot be unpacked here: {why}")
)
CACHE_UNUSABLE_AT = Template(
    "cache-unusable-at",
    QT_TRANSLATE_NOOP("problems", "the archive cache {root} cannot be used ({why})"),
)
CACHE_UNUSABLE = Template(
    "cache-unusable", QT_TRANSLATE_NOOP("problems", "the archive cache cannot be used ({why})")
)
CACHE_NOTICE = Template(
    "cache-notice",
    QT_TRANSLATE_NOOP("problems", "{trouble}: unpacked into a temporary folder instead"),
)
TEMPORARY_TOO = Template(
    "temporary-too",
    QT_TRANSLATE_NOOP("problems", "cannot unpack it into a temporary folder either: {why}"),
)
TEMPORARY_TOO_AT = Template(
    "temporary-too-at",
    QT_TRANSLATE_NOOP(
        "problems", "cannot be unpacked into a temporary folder either ({root}): {why}"
    ),
)
HOME_NOT_ABSOLUTE = Template(
    "home-not-absolute", QT_TRANSLATE_NOOP("problems", "the home folder is not an absolute path")
)
HOME_UNKNOWN = Template("home-unknown", QT_TRANSLATE_NOOP("problems", "the home folder is unknown"))
CACHE_LINK = Template("cache-link", QT_TRANSLATE_NOOP("problems", "it is a link"))
CACHE_NOT_FOLDER = Template(
    "cache-not-folder", QT_TRANSLATE_NOOP("problems", "it is {kind}, not a folder")
)
CACHE_OTHER_USER = Template(
    "cache-other-user", QT_TRANSLATE_NOOP("problems", "it belongs to another user")
)
CACHE_FOLDERS_DISAPPEAR = Template(
    "cache-folders-disappear",
    QT_TRANSLATE_NOOP("problems", "its temporary folders keep disappearing"),
)
INTERNAL_ERROR_ARCHIVE = Template(
    "internal-error-archive",
    QT_TRANSLATE_NOOP("problems", "mediakit could not open this archive (internal error: {error})"),
)

# Packing (archive.pack, zipwrite, hashing).
GREW = Template("grew", QT_TRANSLATE_NOOP("problems", "{name} grew while it was packed"))
SHRANK = Template("shrank", QT_TRANSLATE_NOOP("problems", "the archive being written shrank"))
EXISTS_ALREADY = Template("exists-already", QT_TRANSLATE_NOOP("problems", "exists already"))
RESERVED_NAME = Template(
    "reserved-name", QT_TRANSLATE_NOOP("problems", "the archive format reserves the name {name}")
)
CANNOT_PACK = Template("cannot-pack", QT_TRANSLATE_NOOP("problems", "cannot be packed: {why}"))
CHANGED_WHILE_PACKED = Template(
    "changed-while-packed",
    QT_TRANSLATE_NOOP("problems", "the file changed while it was being packed"),
)
PACK_NOT_FOLDER = Template(
    "pack-not-folder", QT_TRANSLATE_NOOP("problems", "pack takes a kit folder, not an archive")
)
CANNOT_WRITE_IT = Template(
    "cannot-write-it", QT_TRANSLATE_NOOP("problems", "cannot write it: {reason}")
)
