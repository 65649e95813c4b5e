"""One bad manifest per rule, with the exact problem it must give.

Each case is the minimal kit (mediakit, id, title on lines 1-3) plus a few
lines, so positions are easy to check by eye: the added lines start at 4.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kit.helpers import MINIMAL, SRT, errors, image_bytes, load_text

JPEG = image_bytes("JPEG")
STILL: dict[str, bytes | str] = {"stills/a.jpg": JPEG}
FILM: dict[str, bytes | str] = {"film/f.mp4": b"\x00\x00\x00\x18ftypmp42"}

# (test id, manifest after line 3 — or the whole manifest when it holds "mediakit:" —,
#  files, the exact error)
CASES: list[tuple[str, str, dict[str, bytes | str], str]] = [
    # the manifest as a whole and the version
    (
        "not-a-mapping",
        "- a\n- b\n",
        {},
        "kit.yaml:1:1: expected a mapping of keys like 'title: …', got a list",
    ),
    ("empty", "", {}, "kit.yaml: the manifest is empty: it needs at least mediakit, id and title"),
    (
        "mediakit-missing",
        "id: a\ntitle: A\n",
        {},
        "kit.yaml:1:1: mediakit: 'mediakit: 1' is required: the format version",
    ),
    (
        "mediakit-string",
        "mediakit: '1'\nid: a\ntitle: A\n",
        {},
        "kit.yaml:1:11: mediakit: expected a whole number like 1, got a string ('1')",
    ),
    (
        "mediakit-bool",
        "mediakit: true\nid: a\ntitle: A\n",
        {},
        "kit.yaml:1:11: mediakit: expected a whole number like 1, got 'true' (true/false)",
    ),
    (
        "mediakit-zero",
        "mediakit: 0\nid: a\ntitle: A\n",
        {},
        "kit.yaml:1:11: mediakit: the format version is 1, got 0",
    ),
    (
        "mediakit-newer",
        "mediakit: 2\nid: BAD\nsynopis: x\n",
        {},
        "kit.yaml:1:11: mediakit: this kit is written for format version 2: it needs a newer "
        "version of mediakit (this one reads version 1)",
    ),
    # id and title
    (
        "id-missing",
        "mediakit: 1\ntitle: A\n",
        {},
        "kit.yaml:1:1: id: 'id' is required: a short name like 'roped'",
    ),
    (
        "id-pattern",
        "mediakit: 1\nid: Roped_2\ntitle: A\n",
        {},
        "kit.yaml:2:5: id: 'Roped_2' is not a valid id: use lowercase letters, digits and '-', "
        "starting with a letter or digit, 64 at most",
    ),
    (
        "id-too-long",
        "mediakit: 1\nid: " + "a" * 65 + "\ntitle: A\n",
        {},
        "kit.yaml:2:5: id: '" + "a" * 65 + "' is not a valid id: use lowercase letters, digits "
        "and '-', starting with a letter or digit, 64 at most",
    ),
    (
        "id-number",
        "mediakit: 1\nid: 1917\ntitle: A\n",
        {},
        "kit.yaml:2:5: id: expected a string, got the number 1917: put it in quotes ('1917')",
    ),
    (
        "title-missing",
        "mediakit: 1\nid: a\n",
        {},
        "kit.yaml:1:1: title: 'title' is required: the title of the work",
    ),
    (
        "title-list",
        "mediakit: 1\nid: a\ntitle: [A]\n",
        {},
        "kit.yaml:3:8: title: expected a text (a string, or one per language like 'fr: …'), "
        "got a list",
    ),
    (
        "title-null",
        "mediakit: 1\nid: a\ntitle:\n",
        {},
        "kit.yaml:3:7: title: expected a text (a string, or one per language like 'fr: …'), "
        "got nothing (an empty value)",
    ),
    # unknown keys at every level
    (
        "unknown-top",
        "synopis: x\n",
        {},
        "kit.yaml:4:1: synopis: unknown key 'synopis'; did you mean 'synopsis'?",
    ),
    (
        "unknown-in-credit",
        "credits:\n  - role: Director\n    names: [A]\n    nmes: [B]\n",
        {},
        "kit.yaml:7:5: credits[0].nmes: unknown key 'nmes'; did you mean 'names'?",
    ),
    (
        "unknown-far-from-any",
        "budget: x\n",
        {},
        "kit.yaml:4:1: budget: unknown key 'budget' (keys starting with x- are allowed for your "
        "own data)",
    ),
    (
        "unknown-case",
        "Logline: x\n",
        {},
        "kit.yaml:4:1: Logline: unknown key 'Logline'; did you mean 'logline'?",
    ),
    (
        "unknown-after-a-comma",
        "stills: [{file: stills/a.jpg, alt: A, caption: Rome, Italy}]\n",
        STILL,
        "kit.yaml:4:54: stills[0].Italy: unknown key 'Italy' (inside {…} a ',' ends a value: "
        'put "Rome, Italy" in quotes)',
    ),
    (
        "unknown-in-file",
        "synopsis: {file: s.md, lang: fr}\n",
        {"s.md": "x"},
        "kit.yaml:4:24: synopsis.lang: unknown key 'lang' (keys starting with x- are allowed "
        "for your own data)",
    ),
    # texts and languages
    (
        "text-bool",
        "kind: yes please\nlogline: false\n",
        {},
        "kit.yaml:5:10: logline: expected a text (a string, or one per language like 'fr: …'), "
        "got 'false' (true/false)",
    ),
    (
        "text-bad-language",
        "logline:\n  f: Une corde\n",
        {},
        "kit.yaml:5:3: logline.f: 'f' is not a language code like fr, en or pt-BR",
    ),
    (
        "text-language-twice",
        "logline:\n  pt-BR: a\n  pt-br: b\n",
        {},
        "kit.yaml:6:3: logline.pt-br: language 'pt-br' is given twice (as 'pt-BR' too)",
    ),
    (
        "text-file-not-markdown",
        "kind: {file: k.md}\n",
        {"k.md": "x"},
        "kit.yaml:4:7: kind: only synopsis, statement, ai_disclosure, article bodies and people's "
        "biographies can be read from a file",
    ),
    (
        "markdown-file-missing",
        "statement: {file: statement.md}\n",
        {},
        "kit.yaml:4:19: statement.file: 'statement.md' does not exist in the kit folder",
    ),
    (
        "markdown-file-not-utf8",
        "synopsis:\n  en: {file: s.md}\n",
        {"s.md": b"ok\nbad \xff\n"},
        "s.md:2:5: this is not UTF-8 text (byte 0xff): save the file as UTF-8",
    ),
    (
        "languages-empty",
        "languages: []\n",
        {},
        "kit.yaml:4:12: languages: list at least one language, the original first",
    ),
    (
        "languages-not-list",
        "languages: fr\n",
        {},
        "kit.yaml:4:12: languages: expected a list of language codes, got a string ('fr')",
    ),
    (
        "languages-twice",
        "languages: [fr, FR]\n",
        {},
        "kit.yaml:4:17: languages[1]: language 'FR' is listed twice",
    ),
    (
        "languages-bad-code",
        "languages: [fr, en-UK-x]\n",
        {},
        "kit.yaml:4:17: languages[1]: 'en-UK-x' is not a language code like fr, en or pt-BR",
    ),
    (
        "languages-four-letters",
        "languages: [fren]\n",
        {},
        "kit.yaml:4:13: languages[0]: 'fren' is not a language code like fr, en or pt-BR",
    ),
    # year, runtime, dates
    (
        "year-bool",
        "year: true\n",
        {},
        "kit.yaml:4:7: year: expected a whole number like 2025, got 'true' (true/false)",
    ),
    (
        "year-string",
        "year: '2025'\n",
        {},
        "kit.yaml:4:7: year: expected a whole number like 2025, got a string ('2025')",
    ),
    (
        "year-float",
        "year: 2025.5\n",
        {},
        "kit.yaml:4:7: year: expected a whole number like 2025, got the number 2025.5",
    ),
    (
        "runtime-seconds-60",
        "runtime: 2:60\n",
        {},
        "kit.yaml:4:10: runtime: expected a running time like 12:05 or 1:32:00, got '2:60'",
    ),
    (
        "runtime-minutes-60",
        "runtime: 1:60:00\n",
        {},
        "kit.yaml:4:10: runtime: expected a running time like 12:05 or 1:32:00, got '1:60:00'",
    ),
    (
        "runtime-number",
        "runtime: 125\n",
        {},
        "kit.yaml:4:10: runtime: expected a running time like 12:05 or 1:32:00, got '125'",
    ),
    (
        "date-month-13",
        "quotes:\n  - {text: Great, by: Le Monde, date: 2025-13-01}\n",
        {},
        "kit.yaml:5:39: quotes[0].date: expected a date like 2025-09-02, got '2025-13-01'",
    ),
    (
        "date-feb-30",
        "quotes:\n  - {text: Great, by: Le Monde, date: 2025-02-30}\n",
        {},
        "kit.yaml:5:39: quotes[0].date: 2025-02-30: February has 28 days",
    ),
    (
        "date-leap-year",
        "quotes:\n  - {text: Great, by: Le Monde, date: 2024-02-30}\n",
        {},
        "kit.yaml:5:39: quotes[0].date: 2024-02-30: February has 29 days",
    ),
    (
        "date-april-31",
        "quotes:\n  - {text: Great, by: Le Monde, date: 2026-04-31}\n",
        {},
        "kit.yaml:5:39: quotes[0].date: 2026-04-31: April has 30 days",
    ),
    (
        "date-year-zero",
        "quotes:\n  - {text: Great, by: Le Monde, date: 0000-01-01}\n",
        {},
        "kit.yaml:5:39: quotes[0].date: expected a date like 2025-09-02, got '0000-01-01'",
    ),
    (
        "date-not-iso",
        "quotes:\n  - {text: Great, by: Le Monde, date: 2/9/2025}\n",
        {},
        "kit.yaml:5:39: quotes[0].date: expected a date like 2025-09-02, got '2/9/2025'",
    ),
    # credits, quotes, articles, contacts, links, specs
    (
        "credits-not-list",
        "credits: Jane Doe\n",
        {},
        "kit.yaml:4:10: credits: expected a list of credits, got a string ('Jane Doe')",
    ),
    (
        "credit-no-role",
        "credits:\n  - names: [A]\n",
        {},
        "kit.yaml:5:5: credits[0].role: a credit needs a role",
    ),
    (
        "credit-no-names",
        "credits:\n  - role: Director\n",
        {},
        "kit.yaml:5:5: credits[0].names: at least one name is required",
    ),
    (
        "credit-empty-names",
        "credits:\n  - role: Director\n    names: []\n",
        {},
        "kit.yaml:6:12: credits[0].names: at least one name is required",
    ),
    (
        "credit-blank-name",
        "credits:\n  - role: Director\n    names: ['  ']\n",
        {},
        "kit.yaml:6:13: credits[0].names[0]: a name is empty",
    ),
    (
        "credit-not-mapping",
        "credits:\n  - Director\n",
        {},
        "kit.yaml:5:5: credits[0]: expected a credit {role: …, names: […]}, got a string "
        "('Director')",
    ),
    (
        "quote-no-by",
        "quotes:\n  - text: Great\n",
        {},
        "kit.yaml:5:5: quotes[0].by: a quote needs 'by': who said it",
    ),
    (
        "quote-no-text",
        "quotes:\n  - by: Le Monde\n",
        {},
        "kit.yaml:5:5: quotes[0].text: a quote needs its text",
    ),
    (
        "article-no-body",
        "articles:\n  - {title: T, publication: P}\n",
        {},
        "kit.yaml:5:5: articles[0].body: an article needs a body",
    ),
    (
        "article-no-publication",
        "articles:\n  - {title: T, body: B}\n",
        {},
        "kit.yaml:5:5: articles[0].publication: an article needs its publication",
    ),
    (
        "article-no-title",
        "articles:\n  - {publication: P, body: B}\n",
        {},
        "kit.yaml:5:5: articles[0].title: an article needs a title",
    ),
    (
        "article-bad-language",
        "articles:\n  - {title: T, publication: P, body: B, language: 12}\n",
        {},
        "kit.yaml:5:51: articles[0].language: expected a string, got the number 12: put it "
        "in quotes ('12')",
    ),
    (
        "contact-no-name",
        "contacts:\n  - email: a@b.c\n",
        {},
        "kit.yaml:5:5: contacts[0].name: a contact needs a name",
    ),
    (
        "link-no-url",
        "links:\n  - label: Site\n",
        {},
        "kit.yaml:5:5: links[0].url: a link needs a url",
    ),
    (
        "link-no-label",
        "links:\n  - url: https://example.org\n",
        {},
        "kit.yaml:5:5: links[0].label: a link needs a label",
    ),
    (
        "spec-no-value",
        "specs:\n  - label: Sound\n",
        {},
        "kit.yaml:5:5: specs[0].value: a spec needs a value",
    ),
    (
        "spec-no-label",
        "specs:\n  - value: 5.1\n",
        {},
        "kit.yaml:5:5: specs[0].label: a spec needs a label",
    ),
    # stills and the film
    (
        "still-no-file",
        "stills:\n  - alt: A desert\n",
        {},
        "kit.yaml:5:5: stills[0].file: a still needs a file",
    ),
    (
        "still-not-image",
        "stills:\n  - {file: stills/a.jpg, alt: x}\n",
        {"stills/a.jpg": "text"},
        "kit.yaml:5:12: stills[0].file: 'stills/a.jpg' is not a JPEG, PNG, WebP or TIFF image",
    ),
    (
        "poster-not-image",
        "film: {file: film/f.mp4, poster: film/f.mp4}\n",
        FILM,
        "kit.yaml:4:34: film.poster: 'film/f.mp4' is not a JPEG, PNG, WebP or TIFF image",
    ),
    (
        "film-no-file",
        "film: {poster: stills/a.jpg}\n",
        STILL,
        "kit.yaml:4:7: film.file: the film needs a file",
    ),
    (
        "film-string",
        "film: film/f.mp4\n",
        FILM,
        "kit.yaml:4:7: film: expected the film as {file: film/name.mp4}, got a string "
        "('film/f.mp4')",
    ),
    (
        "subtitle-not-srt",
        "film:\n  file: film/f.mp4\n  poster: stills/a.jpg\n  subtitles:\n"
        "    - {language: en, file: film/f.mp4}\n",
        {**FILM, **STILL},
        "kit.yaml:8:28: film.subtitles[0].file: 'film/f.mp4' is not SRT or WebVTT subtitles",
    ),
    (
        "subtitle-no-language",
        "film:\n  file: film/f.mp4\n  poster: stills/a.jpg\n  subtitles:\n"
        "    - {file: film/en.srt}\n",
        {**FILM, **STILL, "film/en.srt": SRT},
        "kit.yaml:8:7: film.subtitles[0].language: subtitles need a language",
    ),
    # paths
    (
        "path-backslash",
        "stills:\n  - {file: 'stills\\a.jpg', alt: x}\n",
        STILL,
        "kit.yaml:5:12: stills[0].file: 'stills\\a.jpg' uses a backslash: write paths with / "
        "(like stills/01.jpg)",
    ),
    (
        "path-absolute",
        "stills:\n  - {file: /etc/passwd, alt: x}\n",
        {},
        "kit.yaml:5:12: stills[0].file: '/etc/passwd' is an absolute path: write it relative to "
        "the kit folder",
    ),
    (
        "path-drive",
        "stills:\n  - {file: 'C:/x.jpg', alt: x}\n",
        {},
        "kit.yaml:5:12: stills[0].file: 'C:/x.jpg' is an absolute path: write it relative to "
        "the kit folder",
    ),
    (
        "path-leaves",
        "stills:\n  - {file: ../x.jpg, alt: x}\n",
        {},
        "kit.yaml:5:12: stills[0].file: '../x.jpg' leaves the kit folder",
    ),
    (
        "path-leaves-later",
        "stills:\n  - {file: stills/../../x.jpg, alt: x}\n",
        STILL,
        "kit.yaml:5:12: stills[0].file: 'stills/../../x.jpg' leaves the kit folder",
    ),
    (
        "path-folder",
        "stills:\n  - {file: stills, alt: x}\n",
        STILL,
        "kit.yaml:5:12: stills[0].file: 'stills' is a folder, not a file",
    ),
    (
        "path-missing",
        "stills:\n  - {file: stills/b.jpg, alt: x}\n",
        STILL,
        "kit.yaml:5:12: stills[0].file: 'stills/b.jpg' does not exist in the kit folder",
    ),
    (
        "path-case",
        "stills:\n  - {file: Stills/a.jpg, alt: x}\n",
        STILL,
        "kit.yaml:5:12: stills[0].file: 'Stills/a.jpg' does not exist: the kit has 'stills/a.jpg' "
        "(names must match exactly, capitals included)",
    ),
    (
        "path-case-file",
        "stills:\n  - {file: stills/A.JPG, alt: x}\n",
        STILL,
        "kit.yaml:5:12: stills[0].file: 'stills/A.JPG' does not exist: the kit has 'stills/a.jpg' "
        "(names must match exactly, capitals included)",
    ),
    (
        "path-number",
        "stills:\n  - {file: 12, alt: x}\n",
        {},
        "kit.yaml:5:12: stills[0].file: expected a string, got the number 12: put it in quotes "
        "('12')",
    ),
    # slides
    (
        "slide-unknown",
        "presentation:\n  - show: cast\n",
        {},
        "kit.yaml:5:11: presentation[0].show: 'cast' is not something a slide can show: one of "
        "title, logline, synopsis, statement, ai_disclosure, credits, quotes, stills, film, "
        "trailer, people, awards, still:N, quote:N or person:N",
    ),
    (
        "slide-still-zero",
        "presentation:\n  - show: still:0\n",
        {},
        "kit.yaml:5:11: presentation[0].show: 'still:0' is not something a slide can show: one of "
        "title, logline, synopsis, statement, ai_disclosure, credits, quotes, stills, film, "
        "trailer, people, awards, still:N, quote:N or person:N",
    ),
    (
        "slide-still-beyond",
        "stills:\n  - {file: stills/a.jpg, alt: x}\npresentation:\n  - show: still:7\n",
        STILL,
        "kit.yaml:7:11: presentation[0].show: the slide shows 'still:7' but the kit has 1 still",
    ),
    (
        "slide-quote-beyond",
        "quotes:\n  - {text: a, by: b}\n  - {text: c, by: d}\npresentation:\n  - show: quote:3\n",
        {},
        "kit.yaml:8:11: presentation[0].show: the slide shows 'quote:3' but the kit has 2 quotes",
    ),
    (
        "slide-no-film",
        "presentation:\n  - show: film\n",
        {},
        "kit.yaml:5:11: presentation[0].show: the slide shows 'film' but the kit has no film",
    ),
    (
        "slide-no-quotes",
        "presentation:\n  - show: quotes\n",
        {},
        "kit.yaml:5:11: presentation[0].show: the slide shows 'quotes' but the kit has no quotes",
    ),
    (
        "slide-no-trailer",
        "film: {file: film/f.mp4, poster: stills/a.jpg}\npresentation:\n  - show: trailer\n",
        {**FILM, **STILL},
        "kit.yaml:6:11: presentation[0].show: the slide shows 'trailer' but the film has no "
        "trailer",
    ),
    (
        "slide-no-logline",
        "presentation:\n  - {show: logline, notes: Say hello}\n",
        {},
        "kit.yaml:5:12: presentation[0].show: the slide shows 'logline' but the kit has no logline",
    ),
    (
        "slide-no-show",
        "presentation:\n  - notes: Hello\n",
        {},
        "kit.yaml:5:5: presentation[0].show: a slide needs 'show': what it shows",
    ),
    # YAML itself
    (
        "yaml-duplicate-key",
        "kind: Short\nkind: Court\n",
        {},
        "kit.yaml:5:1: kind: given twice (first at line 4)",
    ),
    (
        "yaml-duplicate-title",
        "mediakit: 1\nid: a\ntitle: A\ntitle: B\n",
        {},
        "kit.yaml:4:1: title: given twice (first at line 3)",
    ),
    (
        "yaml-duplicate-nested",
        "credits:\n  - role: Director\n    names: [A]\n    role: Writer\n",
        {},
        "kit.yaml:7:5: credits[0].role: given twice (first at line 5)",
    ),
    (
        "yaml-duplicate-in-flow",
        "specs: [{label: A, value: B}, {label: C, label: D, value: E}]\n",
        {},
        "kit.yaml:4:42: specs[1].label: given twice (first at line 4)",
    ),
    (
        "yaml-duplicate-number-and-string",
        "x-a:\n  1: a\n  '1': b\n",
        {},
        "kit.yaml:6:3: x-a.1: given twice (first at line 5)",
    ),
    (
        "yaml-tag",
        "kind: !!str Short\n",
        {},
        "kit.yaml:4:7: tags like 'tag:yaml.org,2002:str' are not allowed in a kit",
    ),
    (
        "yaml-local-tag",
        "kind: !short Short\n",
        {},
        "kit.yaml:4:7: tags like '!short' are not allowed in a kit",
    ),
    (
        "yaml-python-tag",
        "kind: !!python/object/apply:os.system ['true']\n",
        {},
        "kit.yaml:4:7: tags like 'tag:yaml.org,2002:python/object/apply:os.system' are not "
        "allowed in a kit",
    ),
    (
        "yaml-syntax",
        "kind: [Short\n",
        {},
        "kit.yaml:5:1: this is not valid YAML: did not find expected ',' or ']'",
    ),
    (
        "yaml-unquoted-colon-in-flow",
        "quotes:\n  - {text: Great, by: Le Monde: Paris}\n",
        {},
        "kit.yaml:5:31: this is not valid YAML: did not find expected ',' or '}' (inside {…} a "
        "',' or a ': ' ends a value: put a value holding one in quotes, like caption: "
        '"Rome, Italy")',
    ),
    (
        "yaml-quoted-then-more-in-flow",
        'quotes:\n  - {text: Great, "really" great, by: X}\n',
        {},
        "kit.yaml:5:28: this is not valid YAML: did not find expected ',' or '}' (inside {…} a "
        "',' or a ': ' ends a value: put a value holding one in quotes, like caption: "
        '"Rome, Italy")',
    ),
    (
        "yaml-flow-mapping-not-closed",
        "kind: {fr: Court\n",
        {},
        "kit.yaml:5:1: this is not valid YAML: did not find expected ',' or '}'",
    ),
    (
        "yaml-undefined-alias",
        "kind: *short\n",
        {},
        "kit.yaml:4:7: alias '*short' is not defined (an anchor '&short' must come before it)",
    ),
    (
        "yaml-two-documents",
        "---\nkind: a\n",
        {},
        "kit.yaml:4:1: the file holds more than one YAML document",
    ),
]


@pytest.mark.parametrize(
    ("manifest", "files", "expected"),
    [pytest.param(m, f, e, id=name) for name, m, f, e in CASES],
)
def test_bad_manifest(
    tmp_path: Path, manifest: str, files: dict[str, bytes | str], expected: str
) -> None:
    text = (
        manifest
        if "mediakit:" in manifest
        or not manifest.strip()
        or manifest.startswith("- ")
        or manifest.startswith("id:")
        else MINIMAL + manifest
    )
    result = load_text(tmp_path / "kit", text, files)
    assert result.kit is None
    assert errors(result) == [expected]


def test_every_problem_is_reported(tmp_path: Path) -> None:
    """Not only the first: three faults in three places give three errors, in order."""
    result = load_text(tmp_path, "mediakit: 1\nid: A\nyear: x\ncredits: [{role: R}]\n")
    assert errors(result) == [
        "kit.yaml:1:1: title: 'title' is required: the title of the work",
        "kit.yaml:2:5: id: 'A' is not a valid id: use lowercase letters, digits and '-', "
        "starting with a letter or digit, 64 at most",
        "kit.yaml:3:7: year: expected a whole number like 2025, got a string ('x')",
        "kit.yaml:4:11: credits[0].names: at least one name is required",
    ]


def test_problem_format_with_prefix(tmp_path: Path) -> None:
    result = load_text(tmp_path, MINIMAL + "year: x\n")
    assert result.problems[0].format("roped/") == (
        "roped/kit.yaml:4:7: year: expected a whole number like 2025, got a string ('x')"
    )
