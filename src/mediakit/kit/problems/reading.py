"""What reading a kit can be refused or warned for: its paths, kit.yaml as a file
and as YAML, and the subtitle files it names."""

from __future__ import annotations

from mediakit.kit.message import QT_TRANSLATE_NOOP, Template

# Paths (manifest.paths).
PATH_EMPTY = Template("path-empty", QT_TRANSLATE_NOOP("problems", "a file path is empty"))
PATH_BACKSLASH = Template(
    "path-backslash",
    QT_TRANSLATE_NOOP(
        "problems", "'{path}' uses a backslash: write paths with / (like stills/01.jpg)"
    ),
)
PATH_ABSOLUTE = Template(
    "path-absolute",
    QT_TRANSLATE_NOOP(
        "problems", "'{path}' is an absolute path: write it relative to the kit folder"
    ),
)
PATH_INVALID = Template(
    "path-invalid", QT_TRANSLATE_NOOP("problems", "'{path}' is not a valid file name")
)
PATH_CASE = Template(
    "path-case",
    QT_TRANSLATE_NOOP(
        "problems",
        "'{path}' does not exist: the kit has '{found}' (names must match exactly, capitals "
        "included)",
    ),
)
PATH_MISSING = Template(
    "path-missing", QT_TRANSLATE_NOOP("problems", "'{path}' does not exist in the kit folder")
)
PATH_LEAVES = Template(
    "path-leaves", QT_TRANSLATE_NOOP("problems", "'{path}' leaves the kit folder")
)
PATH_LINK_OUTSIDE = Template(
    "path-link-outside",
    QT_TRANSLATE_NOOP("problems", "'{path}' is a link that points outside the kit folder"),
)
PATH_CANNOT_READ = Template(
    "path-cannot-read", QT_TRANSLATE_NOOP("problems", "cannot read '{path}': {reason}")
)
PATH_FOLDER = Template(
    "path-folder", QT_TRANSLATE_NOOP("problems", "'{path}' is a folder, not a file")
)
PATH_NOT_REGULAR = Template(
    "path-not-regular", QT_TRANSLATE_NOOP("problems", "'{path}' is {kind}, not a regular file")
)

# Finding and reading the manifest (manifest.loader).
MANIFEST_UNREADABLE = Template(
    "manifest-unreadable", QT_TRANSLATE_NOOP("problems", "cannot read kit.yaml: {reason}")
)
MANIFEST_TOO_LARGE = Template(
    "manifest-too-large",
    QT_TRANSLATE_NOOP("problems", "kit.yaml is larger than {size} (the manifest size limit)"),
)
NO_SUCH_PATH = Template("no-such-path", QT_TRANSLATE_NOOP("problems", "no such file or folder"))
CANNOT_READ_IT = Template(
    "cannot-read-it", QT_TRANSLATE_NOOP("problems", "cannot read it: {reason}")
)
NOT_A_KIT = Template(
    "not-a-kit",
    QT_TRANSLATE_NOOP(
        "problems",
        "not a kit: it is {kind}; give a kit folder, its kit.yaml or a .mediakit archive",
    ),
)
NO_MANIFEST = Template(
    "no-manifest",
    QT_TRANSLATE_NOOP(
        "problems",
        "this folder has no kit.yaml: a kit holds its manifest, kit.yaml, at the top of its folder",
    ),
)
NESTED_TOO_DEEPLY = Template(
    "nested-too-deeply",
    QT_TRANSLATE_NOOP(
        "problems", "the manifest is nested too deeply (the limit is {depth} levels)"
    ),
)
TOO_LARGE_FOR_MEMORY = Template(
    "too-large-for-memory", QT_TRANSLATE_NOOP("problems", "the kit is too large to load in memory")
)
INTERNAL_ERROR = Template(
    "internal-error",
    QT_TRANSLATE_NOOP("problems", "mediakit could not read this kit (an internal error: {error})"),
)

# YAML (manifest.yamlread).
NOT_UTF8 = Template(
    "not-utf8",
    QT_TRANSLATE_NOOP("problems", "this is not UTF-8 text (byte {byte}): save the file as UTF-8"),
)
TOO_DEEP = Template(
    "too-deep",
    QT_TRANSLATE_NOOP(
        "problems", "the manifest is nested more than {depth} levels deep (the nesting limit)"
    ),
)
YAML_TAG = Template(
    "yaml-tag", QT_TRANSLATE_NOOP("problems", "tags like '{tag}' are not allowed in a kit")
)
YAML_ALIAS_LOOP = Template(
    "yaml-alias-loop",
    QT_TRANSLATE_NOOP("problems", "alias '*{name}' refers to the very value that holds it"),
)
YAML_ALIAS_UNDEFINED = Template(
    "yaml-alias-undefined",
    QT_TRANSLATE_NOOP(
        "problems", "alias '*{name}' is not defined (an anchor '&{name}' must come before it)"
    ),
)
YAML_ALIAS_LIMIT = Template(
    "yaml-alias-limit",
    QT_TRANSLATE_NOOP(
        "problems",
        "the manifest holds more than {count:,} values once aliases are expanded (the alias "
        "expansion limit)",
    ),
)
YAML_LIST_LIMIT = Template(
    "yaml-list-limit",
    QT_TRANSLATE_NOOP("problems", "a list holds more than {count:,} items (the list limit)"),
)
YAML_KEY_NOT_PLAIN = Template(
    "yaml-key-not-plain",
    QT_TRANSLATE_NOOP("problems", "a key must be a plain name, not a list or mapping"),
)
YAML_GIVEN_TWICE = Template(
    "yaml-given-twice", QT_TRANSLATE_NOOP("problems", "given twice (first at line {line})")
)
YAML_MERGE = Template(
    "yaml-merge", QT_TRANSLATE_NOOP("problems", "'<<' merges a mapping or a list of mappings")
)
YAML_DOCUMENTS = Template(
    "yaml-documents", QT_TRANSLATE_NOOP("problems", "the file holds more than one YAML document")
)
YAML_NO_REASON = Template("yaml-no-reason", QT_TRANSLATE_NOOP("problems", "not valid YAML"))
YAML_INVALID = Template(
    "yaml-invalid", QT_TRANSLATE_NOOP("problems", "this is not valid YAML: {problem}")
)
YAML_INVALID_QUOTE_HINT = Template(
    "yaml-invalid-quote-hint",
    QT_TRANSLATE_NOOP(
        "problems",
        "this is not valid YAML: {problem} (inside {{…}} a ',' or a ': ' ends a value: put a "
        'value holding one in quotes, like caption: "Rome, Italy")',
    ),
)

# Subtitle files (manifest.subtitles); the file name comes first: 'film/a.srt: is …'.
SUBTITLES_UNREADABLE = Template(
    "subtitles-unreadable", QT_TRANSLATE_NOOP("problems", "cannot read the subtitles: {reason}")
)
SUBTITLES_TOO_LARGE = Template(
    "subtitles-too-large",
    QT_TRANSLATE_NOOP(
        "problems",
        "larger than {mib} MiB (the subtitle size limit): only the first {mib} MiB are read",
    ),
)
SUBTITLES_NO_CUE = Template(
    "subtitles-no-cue", QT_TRANSLATE_NOOP("problems", "holds no cue that can be read")
)
MORE_PROBLEMS = Template(
    "more-problems", QT_TRANSLATE_NOOP("problems", "{count:,} more problems not shown")
)
MORE_PROBLEMS_ONE = Template(
    "more-problems-one", QT_TRANSLATE_NOOP("problems", "{count:,} more problem not shown")
)
SUBTITLES_ENCODING = Template(
    "subtitles-encoding",
    QT_TRANSLATE_NOOP("problems", "is {encoding}: read as such, but save it as UTF-8"),
)
SUBTITLES_NOT_UTF8 = Template(
    "subtitles-not-utf8",
    QT_TRANSLATE_NOOP(
        "problems",
        "is not UTF-8 (byte {byte} on line {line}): read as {encoding}, a guess; save it as UTF-8",
    ),
)
SUBTITLES_TOO_MANY_CUES = Template(
    "subtitles-too-many-cues",
    QT_TRANSLATE_NOOP(
        "problems", "more than {count:,} cues (the subtitle cue limit): the rest is not read"
    ),
)
CUE_BEFORE = Template(
    "cue-before", QT_TRANSLATE_NOOP("problems", "this cue starts before the one above it")
)
CUE_EXPECTED = Template(
    "cue-expected",
    QT_TRANSLATE_NOOP("problems", "expected a cue number or a timing line, found '{text}'"),
)
CUE_EXPECTED_CUT = Template(
    "cue-expected-cut",
    QT_TRANSLATE_NOOP("problems", "expected a cue number or a timing line, found '{text}…'"),
)
CUE_NO_TIMING = Template(
    "cue-no-timing", QT_TRANSLATE_NOOP("problems", "a cue number with no timing line after it")
)
CUE_TIMING = Template(
    "cue-timing",
    QT_TRANSLATE_NOOP("problems", "unreadable timing '{text}' (expected like {example})"),
)
CUE_TIMING_CUT = Template(
    "cue-timing-cut",
    QT_TRANSLATE_NOOP("problems", "unreadable timing '{text}…' (expected like {example})"),
)
CUE_ENDS_BEFORE = Template(
    "cue-ends-before",
    QT_TRANSLATE_NOOP("problems", "this cue ends before it starts: it will never show"),
)
CUE_NO_TEXT = Template("cue-no-text", QT_TRANSLATE_NOOP("problems", "this cue has no text"))
