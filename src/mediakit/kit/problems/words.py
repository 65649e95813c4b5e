"""Words that end up inside problems: what a value is, what a list holds, what a file is.

They are messages of their own, nested as parameters, so a translation
renders the whole sentence in one language.
"""

from __future__ import annotations

import stat

from mediakit.kit.message import QT_TRANSLATE_NOOP, Message, Template

# What a manifest value is (rules.base.describe).
A_MAPPING = Template("word-a-mapping", QT_TRANSLATE_NOOP("problems", "a mapping (key: value)"))
A_LIST = Template("word-a-list", QT_TRANSLATE_NOOP("problems", "a list"))
NOTHING = Template("word-nothing", QT_TRANSLATE_NOOP("problems", "nothing (an empty value)"))
A_BOOLEAN = Template("word-a-boolean", QT_TRANSLATE_NOOP("problems", "'{text}' (true/false)"))
A_NUMBER = Template("word-a-number", QT_TRANSLATE_NOOP("problems", "the number {text}"))
A_STRING_SHOWN = Template(
    "word-a-string-shown", QT_TRANSLATE_NOOP("problems", "a string ('{text}')")
)
A_STRING = Template("word-a-string", QT_TRANSLATE_NOOP("problems", "a string"))

# What a list or a mapping should hold (the "expected …" of expect_map and expect_list).
TOP_MAPPING = Template(
    "word-top-mapping", QT_TRANSLATE_NOOP("problems", "a mapping of keys like 'title: …'")
)
LANGUAGE_CODES = Template("word-language-codes", QT_TRANSLATE_NOOP("problems", "language codes"))
NAMES = Template("word-names", QT_TRANSLATE_NOOP("problems", "names"))
SUBTITLES = Template("word-subtitles", QT_TRANSLATE_NOOP("problems", "subtitles"))
FILE_MAPPING = Template("word-file-mapping", QT_TRANSLATE_NOOP("problems", "{{file: name.md}}"))
FILM_MAPPING = Template(
    "word-film-mapping", QT_TRANSLATE_NOOP("problems", "the film as {{file: film/name.mp4}}")
)
SUBTITLE_MAPPING = Template(
    "word-subtitle-mapping",
    QT_TRANSLATE_NOOP("problems", "subtitles as {{language: en, file: film/name.en.srt}}"),
)
CREDITS = Template("word-credits", QT_TRANSLATE_NOOP("problems", "credits"))
QUOTES = Template("word-quotes", QT_TRANSLATE_NOOP("problems", "quotes"))
ARTICLES = Template("word-articles", QT_TRANSLATE_NOOP("problems", "articles"))
STILLS = Template("word-stills", QT_TRANSLATE_NOOP("problems", "stills"))
SPECS = Template("word-specs", QT_TRANSLATE_NOOP("problems", "specs"))
CONTACTS = Template("word-contacts", QT_TRANSLATE_NOOP("problems", "contacts"))
LINKS = Template("word-links", QT_TRANSLATE_NOOP("problems", "links"))
PRESENTATION = Template("word-presentation", QT_TRANSLATE_NOOP("problems", "presentation"))
A_CREDIT = Template(
    "word-a-credit", QT_TRANSLATE_NOOP("problems", "a credit {{role: …, names: […]}}")
)
A_QUOTE = Template("word-a-quote", QT_TRANSLATE_NOOP("problems", "a quote {{text: …, by: …}}"))
AN_ARTICLE = Template(
    "word-an-article",
    QT_TRANSLATE_NOOP("problems", "an article {{title: …, publication: …, body: …}}"),
)
A_STILL = Template(
    "word-a-still", QT_TRANSLATE_NOOP("problems", "a still {{file: stills/name.jpg}}")
)
A_SPEC = Template("word-a-spec", QT_TRANSLATE_NOOP("problems", "a spec {{label: …, value: …}}"))
A_CONTACT = Template("word-a-contact", QT_TRANSLATE_NOOP("problems", "a contact {{name: …}}"))
A_LINK = Template("word-a-link", QT_TRANSLATE_NOOP("problems", "a link {{label: …, url: …}}"))
A_SLIDE = Template("word-a-slide", QT_TRANSLATE_NOOP("problems", "a slide {{show: …}}"))

# What a file is (mediakit.safeio.describe_kind, in words of ours).
KIND_FILE = Template("kind-file", QT_TRANSLATE_NOOP("problems", "a file"))
KIND_FOLDER = Template("kind-folder", QT_TRANSLATE_NOOP("problems", "a folder"))
KIND_LINK = Template("kind-link", QT_TRANSLATE_NOOP("problems", "a link"))
KIND_FIFO = Template("kind-fifo", QT_TRANSLATE_NOOP("problems", "a named pipe (FIFO)"))
KIND_SOCKET = Template("kind-socket", QT_TRANSLATE_NOOP("problems", "a socket"))
KIND_DEVICE = Template("kind-device", QT_TRANSLATE_NOOP("problems", "a device"))
KIND_OTHER = Template("kind-other", QT_TRANSLATE_NOOP("problems", "not a regular file"))

_KINDS = (
    (stat.S_ISREG, KIND_FILE),
    (stat.S_ISDIR, KIND_FOLDER),
    (stat.S_ISLNK, KIND_LINK),
    (stat.S_ISFIFO, KIND_FIFO),
    (stat.S_ISSOCK, KIND_SOCKET),
    (stat.S_ISCHR, KIND_DEVICE),
    (stat.S_ISBLK, KIND_DEVICE),
)


def kind(mode: int) -> Message:
    """What a file is, as :func:`mediakit.safeio.describe_kind` says it, as a message."""
    return next((template() for test, template in _KINDS if test(mode)), KIND_OTHER())
