"""What a manifest's fields can be refused or warned for (the field rules)."""

from __future__ import annotations

from mediakit.kit.message import QT_TRANSLATE_NOOP, Template

# What a value should be (rules.base and the field rules).
EXPECTED = Template("expected", QT_TRANSLATE_NOOP("problems", "expected {what}, got {got}"))
EXPECTED_LIST = Template(
    "expected-list", QT_TRANSLATE_NOOP("problems", "expected a list of {what}, got {got}")
)
EXPECTED_TEXT = Template(
    "expected-text", QT_TRANSLATE_NOOP("problems", "expected a text, got {got}")
)
EXPECTED_STRING = Template(
    "expected-string", QT_TRANSLATE_NOOP("problems", "expected a string, got {got}")
)
EXPECTED_STRING_QUOTE = Template(
    "expected-string-quote",
    QT_TRANSLATE_NOOP("problems", "expected a string, got {got}: put it in quotes ('{text}')"),
)
EXPECTED_WHOLE_NUMBER = Template(
    "expected-whole-number",
    QT_TRANSLATE_NOOP("problems", "expected a whole number like {example}, got {got}"),
)
EXPECTED_TEXT_OR_LANGUAGES = Template(
    "expected-text-or-languages",
    QT_TRANSLATE_NOOP(
        "problems", "expected a text (a string, or one per language like 'fr: …'), got {got}"
    ),
)
EXPECTED_FILE_MAPPING = Template(
    "expected-file-mapping", QT_TRANSLATE_NOOP("problems", "expected {{file: name.md}}")
)
EXPECTED_DATE = Template(
    "expected-date", QT_TRANSLATE_NOOP("problems", "expected a date like 2025-09-02, got {got}")
)
EXPECTED_DATE_SHOWN = Template(
    "expected-date-shown",
    QT_TRANSLATE_NOOP("problems", "expected a date like 2025-09-02, got '{text}'"),
)
UNKNOWN_KEY = Template(
    "unknown-key",
    QT_TRANSLATE_NOOP(
        "problems", "unknown key '{key}' (keys starting with x- are allowed for your own data)"
    ),
)
UNKNOWN_KEY_CLOSE = Template(
    "unknown-key-close",
    QT_TRANSLATE_NOOP("problems", "unknown key '{key}'; did you mean '{close}'?"),
)
UNKNOWN_KEY_COMMA = Template(
    "unknown-key-comma",
    QT_TRANSLATE_NOOP(
        "problems",
        "unknown key '{key}' (inside {{…}} a ',' ends a value: put \"{value}, {key}\" in quotes)",
    ),
)
UNKNOWN_KEY_COMMA_VALUE = Template(
    "unknown-key-comma-value",
    QT_TRANSLATE_NOOP(
        "problems", "unknown key '{key}' (inside {{…}} a ',' ends a value: put the value in quotes)"
    ),
)
TEXT_TOO_LARGE = Template(
    "text-too-large",
    QT_TRANSLATE_NOOP("problems", "the text is larger than {size} (the text limit)"),
)

# The top of the manifest (rules.kit).
EMPTY_MANIFEST = Template(
    "empty-manifest",
    QT_TRANSLATE_NOOP(
        "problems", "the manifest is empty: it needs at least mediakit, id and title"
    ),
)
VERSION_REQUIRED = Template(
    "version-required",
    QT_TRANSLATE_NOOP("problems", "'mediakit: 1' is required: the format version"),
)
NEWER_VERSION = Template(
    "newer-version",
    QT_TRANSLATE_NOOP(
        "problems",
        "this kit is written for format version {version}: it needs a newer version of "
        "mediakit (this one reads version {reads})",
    ),
)
OLDER_VERSION = Template(
    "older-version", QT_TRANSLATE_NOOP("problems", "the format version is {reads}, got {version}")
)
LANGUAGE_TWICE = Template(
    "language-twice", QT_TRANSLATE_NOOP("problems", "language '{code}' is listed twice")
)
NO_LANGUAGE = Template(
    "no-language", QT_TRANSLATE_NOOP("problems", "list at least one language, the original first")
)
ID_REQUIRED = Template(
    "id-required", QT_TRANSLATE_NOOP("problems", "'id' is required: a short name like 'roped'")
)
BAD_ID = Template(
    "bad-id",
    QT_TRANSLATE_NOOP(
        "problems",
        "'{value}' is not a valid id: use lowercase letters, digits and '-', starting with a "
        "letter or digit, 64 at most",
    ),
)
TITLE_REQUIRED = Template(
    "title-required", QT_TRANSLATE_NOOP("problems", "'title' is required: the title of the work")
)
BAD_RUNTIME = Template(
    "bad-runtime",
    QT_TRANSLATE_NOOP("problems", "expected a running time like 12:05 or 1:32:00, got {got}"),
)
BAD_RUNTIME_SHOWN = Template(
    "bad-runtime-shown",
    QT_TRANSLATE_NOOP("problems", "expected a running time like 12:05 or 1:32:00, got '{text}'"),
)

# Texts (rules.text).
NOT_LANGUAGE = Template(
    "not-language",
    QT_TRANSLATE_NOOP("problems", "'{code}' is not a language code like fr, en or pt-BR"),
)
LANGUAGE_GIVEN_TWICE = Template(
    "language-given-twice",
    QT_TRANSLATE_NOOP("problems", "language '{code}' is given twice (as '{other}' too)"),
)
NO_TEXT_LANGUAGE = Template(
    "no-text-language", QT_TRANSLATE_NOOP("problems", "expected a text in at least one language")
)
NO_FILE_HERE = Template(
    "no-file-here",
    QT_TRANSLATE_NOOP(
        "problems",
        "only synopsis, statement, ai_disclosure, article bodies and people's biographies can be "
        "read from a file",
    ),
)
TEXT_FILE_TOO_LARGE = Template(
    "text-file-too-large",
    QT_TRANSLATE_NOOP("problems", "'{file}' is larger than {size} (the text limit)"),
)
NOT_GIVEN_IN = Template(
    "not-given-in",
    QT_TRANSLATE_NOOP("problems", "not given in {missing} (the kit's languages are {languages})"),
)

# Sections (rules.sections).
MONTH_DAYS = Template(
    "month-days", QT_TRANSLATE_NOOP("problems", "{date}: {month} has {days} days")
)
JANUARY = Template("january", QT_TRANSLATE_NOOP("problems", "January"))
FEBRUARY = Template("february", QT_TRANSLATE_NOOP("problems", "February"))
MARCH = Template("march", QT_TRANSLATE_NOOP("problems", "March"))
APRIL = Template("april", QT_TRANSLATE_NOOP("problems", "April"))
MAY = Template("may", QT_TRANSLATE_NOOP("problems", "May"))
JUNE = Template("june", QT_TRANSLATE_NOOP("problems", "June"))
JULY = Template("july", QT_TRANSLATE_NOOP("problems", "July"))
AUGUST = Template("august", QT_TRANSLATE_NOOP("problems", "August"))
SEPTEMBER = Template("september", QT_TRANSLATE_NOOP("problems", "September"))
OCTOBER = Template("october", QT_TRANSLATE_NOOP("problems", "October"))
NOVEMBER = Template("november", QT_TRANSLATE_NOOP("problems", "November"))
DECEMBER = Template("december", QT_TRANSLATE_NOOP("problems", "December"))
CREDIT_ROLE = Template("credit-role", QT_TRANSLATE_NOOP("problems", "a credit needs a role"))
NAMES_REQUIRED = Template(
    "names-required", QT_TRANSLATE_NOOP("problems", "at least one name is required")
)
NAME_EMPTY = Template("name-empty", QT_TRANSLATE_NOOP("problems", "a name is empty"))
QUOTE_TEXT = Template("quote-text", QT_TRANSLATE_NOOP("problems", "a quote needs its text"))
QUOTE_BY = Template("quote-by", QT_TRANSLATE_NOOP("problems", "a quote needs 'by': who said it"))
ARTICLE_TITLE = Template("article-title", QT_TRANSLATE_NOOP("problems", "an article needs a title"))
ARTICLE_PUBLICATION = Template(
    "article-publication", QT_TRANSLATE_NOOP("problems", "an article needs its publication")
)
ARTICLE_BODY = Template("article-body", QT_TRANSLATE_NOOP("problems", "an article needs a body"))
SPEC_LABEL = Template("spec-label", QT_TRANSLATE_NOOP("problems", "a spec needs a label"))
SPEC_VALUE = Template("spec-value", QT_TRANSLATE_NOOP("problems", "a spec needs a value"))
CONTACT_NAME = Template("contact-name", QT_TRANSLATE_NOOP("problems", "a contact needs a name"))
LINK_LABEL = Template("link-label", QT_TRANSLATE_NOOP("problems", "a link needs a label"))
LINK_URL = Template("link-url", QT_TRANSLATE_NOOP("problems", "a link needs a url"))
QUOTE_LANGUAGE_NOT_GIVEN = Template(
    "quote-language-not-given",
    QT_TRANSLATE_NOOP(
        "problems",
        "the quote's text is not given in '{code}', the language its words were said in "
        "(it is given in {languages})",
    ),
)
NOT_WEB_ADDRESS = Template(
    "not-web-address",
    QT_TRANSLATE_NOOP("problems", "'{url}' is not a web or mail address (http, https or mailto)"),
)

# Slides (rules.slides).
SLIDE_SHOW = Template(
    "slide-show", QT_TRANSLATE_NOOP("problems", "a slide needs 'show': what it shows")
)
SLIDE_CANNOT_SHOW = Template(
    "slide-cannot-show",
    QT_TRANSLATE_NOOP(
        "problems",
        "'{show}' is not something a slide can show: one of {sections}, still:N, quote:N or "
        "person:N",
    ),
)
SHOWS_STILLS = Template(
    "shows-stills",
    QT_TRANSLATE_NOOP("problems", "the slide shows '{show}' but the kit has {count} stills"),
)
SHOWS_STILLS_ONE = Template(
    "shows-stills-one",
    QT_TRANSLATE_NOOP("problems", "the slide shows '{show}' but the kit has {count} still"),
)
SHOWS_QUOTES = Template(
    "shows-quotes",
    QT_TRANSLATE_NOOP("problems", "the slide shows '{show}' but the kit has {count} quotes"),
)
SHOWS_QUOTES_ONE = Template(
    "shows-quotes-one",
    QT_TRANSLATE_NOOP("problems", "the slide shows '{show}' but the kit has {count} quote"),
)
SHOWS_PEOPLE = Template(
    "shows-people",
    QT_TRANSLATE_NOOP("problems", "the slide shows '{show}' but the kit has {count} people"),
)
SHOWS_PEOPLE_ONE = Template(
    "shows-people-one",
    QT_TRANSLATE_NOOP("problems", "the slide shows '{show}' but the kit has {count} person"),
)
SHOWS_NO_TRAILER = Template(
    "shows-no-trailer",
    QT_TRANSLATE_NOOP("problems", "the slide shows 'trailer' but the film has no trailer"),
)
SHOWS_ABSENT = Template(
    "shows-absent",
    QT_TRANSLATE_NOOP("problems", "the slide shows '{show}' but the kit has no {show}"),
)

# Stills and the film (rules.media).
NOT_IMAGE = Template(
    "not-image", QT_TRANSLATE_NOOP("problems", "'{file}' is not a {formats} image")
)
STILL_FILE = Template("still-file", QT_TRANSLATE_NOOP("problems", "a still needs a file"))
NO_ALT = Template(
    "no-alt",
    QT_TRANSLATE_NOOP(
        "problems", "no alt text: describe the image for people using a screen reader"
    ),
)
FILM_FILE = Template("film-file", QT_TRANSLATE_NOOP("problems", "the film needs a file"))
NO_POSTER = Template(
    "no-poster", QT_TRANSLATE_NOOP("problems", "no poster: a poster is shown before the film plays")
)
SUBTITLES_LANGUAGE = Template(
    "subtitles-language", QT_TRANSLATE_NOOP("problems", "subtitles need a language")
)
SUBTITLES_FILE = Template("subtitles-file", QT_TRANSLATE_NOOP("problems", "subtitles need a file"))
NOT_SUBTITLES = Template(
    "not-subtitles", QT_TRANSLATE_NOOP("problems", "'{file}' is not SRT or WebVTT subtitles")
)

# People and awards (rules.people).
PERSON_NAME = Template("person-name", QT_TRANSLATE_NOOP("problems", "a person needs a name"))
WORK_TITLE = Template(
    "work-title", QT_TRANSLATE_NOOP("problems", "a work in a filmography needs a title")
)
AWARD_EVENT = Template(
    "award-event",
    QT_TRANSLATE_NOOP("problems", "an award needs its event: the festival or the ceremony"),
)

# What the lists of people and awards hold, in words (the "expected …" of their rules).
PEOPLE = Template("word-people", QT_TRANSLATE_NOOP("problems", "people"))
AWARDS = Template("word-awards", QT_TRANSLATE_NOOP("problems", "awards"))
ROLES = Template("word-roles", QT_TRANSLATE_NOOP("problems", "roles"))
WORKS = Template("word-works", QT_TRANSLATE_NOOP("problems", "works"))
A_PERSON = Template("word-a-person", QT_TRANSLATE_NOOP("problems", "a person {{name: …}}"))
AN_AWARD = Template("word-an-award", QT_TRANSLATE_NOOP("problems", "an award {{event: …}}"))
A_WORK = Template(
    "word-a-work", QT_TRANSLATE_NOOP("problems", "a work {{title: …, year: …, kind: …}}")
)
