"""KitDocument: a text saved with no change is the same text; one change changes
exactly the lines it must, in the author's style; what cannot be done is refused."""

from __future__ import annotations

import pytest

from mediakit.kit.authoring.document import DocumentError, KitDocument
from mediakit.kit.authoring.fieldpath import FieldPathError
from tests.kit.authoring.helpers import diff, odd_text, roped_text


@pytest.mark.parametrize(
    "text",
    [roped_text(), odd_text(), odd_text("\r\n"), "\ufeff" + odd_text(), "", "# only\n", "a: 1"],
    ids=["roped", "odd", "odd-crlf", "odd-bom", "empty", "comment", "no-final-break"],
)
def test_a_document_is_its_text_exactly(text: str) -> None:
    assert KitDocument.parse(text).text == text


def test_changing_one_credit_name_changes_exactly_that_line() -> None:
    before = roped_text()
    after = KitDocument.parse(before).set("credits[0].names[0]", "COKAU").text
    assert diff(before, after) == ["@@ -35 +35 @@", "-    names: [Cokau]", "+    names: [COKAU]"]


ROPED_EDITS = [
    (
        lambda d: d.set("runtime", "2:05"),
        ["@@ -11 +11 @@", '-runtime: "2:00"', '+runtime: "2:05"'],
    ),
    (lambda d: d.set("year", 2026), ["@@ -10 +10 @@", "-year: 2025", "+year: 2026"]),
    # Plain stays plain only when it reads back as the same string.
    (lambda d: d.set("title", "no"), ["@@ -6 +6 @@", "-title: ROPED", '+title: "no"']),
    (lambda d: d.set("title", "1.0"), ["@@ -6 +6 @@", "-title: ROPED", '+title: "1.0"']),
    (
        lambda d: d.set("title", "Roped again"),
        ["@@ -6 +6 @@", "-title: ROPED", "+title: Roped again"],
    ),
    # A plain text is in the kit's first language: a second one makes a mapping.
    (
        lambda d: d.set("title.en", "ROPED (en)"),
        ["@@ -6 +6,3 @@", "-title: ROPED", "+title:", "+  fr: ROPED", "+  en: ROPED (en)"],
    ),
    (lambda d: d.set("title.fr", "CORDÉE"), ["@@ -6 +6 @@", "-title: ROPED", "+title: CORDÉE"]),
    (
        lambda d: d.set("x-agency.note", "checked"),
        ["@@ -238,0 +239,2 @@", "+x-agency:", "+  note: checked"],
    ),
    (
        lambda d: d.set("film.trailer", "film/trailer.mp4"),
        ["@@ -140,0 +141 @@", "+  trailer: film/trailer.mp4"],
    ),
    (
        lambda d: d.insert("quotes", 2, {"text": {"fr": "Bien", "en": "Good"}, "by": "Le Monde"}),
        [
            "@@ -61,0 +62,4 @@",
            "+  - text:",
            "+      fr: Bien",
            "+      en: Good",
            "+    by: Le Monde",
        ],
    ),
    (
        lambda d: d.set("credits[3]", {"role": "Son", "names": ["Ed"]}),  # one past the end
        ["@@ -43,0 +44,3 @@", "+  - role: Son", "+    names:", "+      - Ed"],
    ),
    (lambda d: d.delete("film.poster"), ["@@ -135 +134,0 @@", "-  poster: film/poster.jpg"]),
    (
        lambda d: d.delete("credits[1].role"),
        [
            "@@ -36,4 +36 @@",
            "-  - role:",
            "-      fr: Musique originale et sound design",
            "-      en: Original music and sound design",
            "-    names: [Fabrice Smadja (AOC)]",
            "+  - names: [Fabrice Smadja (AOC)]",
        ],
    ),
    (
        lambda d: d.move("languages", 0, 1),
        ["@@ -12 +12 @@", "-languages: [fr, en]", "+languages: [en, fr]"],
    ),
    (
        lambda d: d.insert("languages", 2, "de"),
        ["@@ -12 +12 @@", "-languages: [fr, en]", "+languages: [fr, en, de]"],
    ),
    (
        lambda d: d.delete("languages[0]"),
        ["@@ -12 +12 @@", "-languages: [fr, en]", "+languages: [en]"],
    ),
    (
        lambda d: d.set("specs[0].label.de", "Dauer"),
        [
            "@@ -143 +143 @@",
            "-  - label: {fr: Durée, en: Running time}",
            "+  - label: {fr: Durée, en: Running time, de: Dauer}",
        ],
    ),
    (
        lambda d: d.set("logline.fr", "Ligne 1\nLigne 2\n"),
        [
            "@@ -15 +15,3 @@",
            "-  fr: Une femme, entraînée par une mystérieuse corde, traverse des paysages"
            " hostiles.",
            "+  fr: |",
            "+    Ligne 1",
            "+    Ligne 2",
        ],
    ),
    (
        lambda d: d.set("credits[0].names", ["Cokau", "Adrien Kamir"]),
        ["@@ -35 +35 @@", "-    names: [Cokau]", "+    names: [Cokau, Adrien Kamir]"],
    ),
    (
        lambda d: d.set("contacts[0]", {"name": "Press", "email": "press@example.org"}),
        [
            "@@ -161,4 +161,2 @@",
            "-  - name: Adrien Kamir",
            "-    role:",
            "-      fr: Production (producteur et associé)",
            "-      en: Production (producer and associate)",
            "+  - name: Press",
            "+    email: press@example.org",
        ],
    ),
]


@pytest.mark.parametrize(("edit", "lines"), ROPED_EDITS)
def test_one_edit_of_roped_changes_exactly_these_lines(edit, lines: list[str]) -> None:
    before = roped_text()
    assert diff(before, edit(KitDocument.parse(before)).text) == lines


def test_deleting_a_list_takes_the_comment_written_on_it() -> None:
    before = roped_text()
    start = before.index("# The French text is the article's")
    end = before.index("articles:")  # one of the two blank lines around it goes too
    after = KitDocument.parse(before).delete("quotes").text
    assert after == before[:start] + before[end:]


def test_moving_a_list_item_moves_its_lines() -> None:
    before = roped_text()
    after = KitDocument.parse(before).move("presentation", 8, 0).text
    credits_slide = [
        "  - show: credits",
        "    notes:",
        '      fr: "L’IA au service d’un récit construit, ancré dans les codes de la mise en'
        ' scène."',
        '      en: "AI serving a constructed narrative, anchored in the codes of directing."',
    ]
    assert diff(before, after) == [
        "@@ -168,0 +169,4 @@",
        *("+" + line for line in credits_slide),
        "@@ -201,4 +204,0 @@",
        *("-" + line for line in credits_slide),
    ]


ODD_EDITS = [
    (lambda d: d.set("title", "It's"), ["@@ -5 +5 @@", "-title: 'L''étrange'", "+title: 'It''s'"]),
    (
        lambda d: d.set("kind", "a\x01b"),
        ["@@ -6 +6 @@", '-kind: "Court-métrage"', '+kind: "a\\x01b"'],
    ),
    (
        lambda d: d.set("synopsis", "single"),
        [
            "@@ -17,3 +17,2 @@",
            "-synopsis: |",
            "-  Première ligne.",
            "-  Deuxième ligne.",
            "+synopsis: |-",
            "+  single",
        ],
    ),
    (
        lambda d: d.set("synopsis", "Keeps\n\n"),  # `|+` would take the blank line after it
        [
            "@@ -17,3 +17 @@",
            "-synopsis: |",
            "-  Première ligne.",
            "-  Deuxième ligne.",
            '+synopsis: "Keeps\\n\\n"',
        ],
    ),
    (
        lambda d: d.set("x-agency.tags[1]", "x, y"),
        ["@@ -14 +14 @@", "-  tags: [a, \"b c\", 'd']", "+  tags: [a, \"x, y\", 'd']"],
    ),
    (
        lambda d: d.set("x-agency.nested.deep.new", [1, {"a": "b"}]),
        [
            "@@ -15 +15 @@",
            "-  nested: {deep: {er: [1, 2.5, true, null]}}",
            "+  nested: {deep: {er: [1, 2.5, true, null], new: [1, {a: b}]}}",
        ],
    ),
    (
        lambda d: d.set("credits[1].role", "Réal"),
        ["@@ -31 +31 @@", "-  - role: *director", "+  - role: Réal"],
    ),
    (
        lambda d: d.delete("credits[2].role"),
        ["@@ -36 +36 @@", "-  - {role: {fr: Son, en: Sound}, names: [Ed]}", "+  - {names: [Ed]}"],
    ),
    (lambda d: d.set("specs[1].value", "x"), ["@@ -41 +41 @@", "-    value: ~", "+    value: x"]),
    (lambda d: d.set("specs[1].x-note.sub", "y"), ["@@ -42,0 +43 @@", "+      sub: y"]),
    (lambda d: d.set("contacts[0].role", "Press"), ["@@ -48,0 +49 @@", "+  role: Press"]),
    (
        lambda d: d.set("quotes[0].by", "Libé\nration"),
        [
            "@@ -56 +56,3 @@",
            "-    by: Le Monde   # the paper",
            "+    by: |-   # the paper",
            "+      Libé",
            "+      ration",
        ],
    ),
    (
        lambda d: d.set("id", None),
        ["@@ -4 +4 @@", "-id: odd-kit   # a trailing comment", "+id: null   # a trailing comment"],
    ),
    (
        lambda d: d.delete("credits[1].names[1]"),
        ["@@ -34 +33,0 @@", "-      - 'Di'   # the second one"],
    ),
    (
        lambda d: d.delete("x-agency"),  # one blank line is left between its neighbours
        [
            "@@ -11,5 +10,0 @@",
            "-",
            "-x-agency:",
            "-  note: checked by the agency",
            "-  tags: [a, \"b c\", 'd']",
            "-  nested: {deep: {er: [1, 2.5, true, null]}}",
        ],
    ),
]


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize(("edit", "lines"), ODD_EDITS)
def test_one_edit_of_the_odd_kit_changes_exactly_these_lines(edit, lines, newline) -> None:
    before = odd_text(newline)
    after = edit(KitDocument.parse(before)).text
    assert diff(before, after) == lines
    if newline == "\r\n":  # new lines take the file's own line break
        assert "\n" not in after.replace("\r\n", "")


def test_edits_return_new_documents_and_leave_the_old_one() -> None:
    document = KitDocument.parse(roped_text())
    edited = document.set("year", 2030)
    assert (document.get("year"), edited.get("year")) == (2025, 2030)
    assert document.text == roped_text()


def test_get_and_has_read_plain_values() -> None:
    document = KitDocument.parse(odd_text())
    assert document.get("credits[1].role") == {"fr": "Réalisation", "en": "Director"}
    assert document.get("runtime") == "1:30:00"
    assert document.get("contacts[0].role") == "Presse"  # merged in
    assert document.get("specs[1].value") is None
    assert document.has("specs[1].value") and not document.has("specs[1].nothing")
    with pytest.raises(KeyError):
        document.get("credits[9]")
    copy = document.get("x-agency")
    assert isinstance(copy, dict)
    copy["note"] = "changed"
    assert document.get("x-agency.note") == "checked by the agency"


@pytest.mark.parametrize(
    ("edit", "id"),
    [
        (lambda d: d.set("credits[0].role.fr", "Réal"), "edit-unfaithful"),  # shared by an alias
        (lambda d: d.set("credits[1].role.fr", "Réal"), "through-alias"),
        (lambda d: d.delete("contacts[0].role"), "from-merge"),
        (lambda d: d.delete("nothing"), "field-missing"),
        (lambda d: d.set("credits[7].names", []), "index-out-of-range"),
        (lambda d: d.insert("credits", 9, {}), "index-out-of-range"),
        (lambda d: d.move("credits", 0, 3), "index-out-of-range"),
        (lambda d: d.set("languages.fr", "x"), "not-a-mapping"),
        (lambda d: d.insert("title", 0, "x"), "not-a-list"),
        (lambda d: d.set("x-new[0]", "x"), "new-item-needs-insert"),
        (lambda d: d.set("title", {1, 2}), "cannot-write-value"),
    ],
)
def test_what_cannot_be_done_is_refused_with_its_reason(edit, id: str) -> None:
    document = KitDocument.parse(odd_text())
    with pytest.raises(DocumentError) as refused:
        edit(document)
    assert refused.value.message.template.id == id


def test_shared_values_are_known() -> None:
    document = KitDocument.parse(odd_text())
    assert document.shared("credits[0].role") and document.shared("credits[1].role.fr")
    assert document.shared("credits") and document.shared("contacts[0].role")
    assert not document.shared("credits[2]") and not document.shared("title")


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [("a: [1, 2\nb: 3\n", 2, 2), ("a: 1\na: 2\n", 2, 1), ("a: !!str x\n", 1, 4)],
)
def test_yaml_the_kit_reader_refuses_cannot_be_edited(text: str, line: int, column: int) -> None:
    with pytest.raises(DocumentError) as refused:
        KitDocument.parse(text)
    assert (refused.value.line, refused.value.column) == (line, column)
    assert refused.value.message.template.id == "document-unreadable"


def test_a_bad_field_path_is_a_value_error() -> None:
    with pytest.raises(FieldPathError):
        KitDocument.parse("a: 1\n").set("a..b", 1)
    assert issubclass(FieldPathError, ValueError)


def test_an_empty_document_gets_its_first_key() -> None:
    assert KitDocument.parse("# new kit").set("mediakit", 1).text == "# new kit\nmediakit: 1\n"


def test_deleting_the_last_entry_leaves_an_empty_mapping() -> None:
    text = "a:\n  b: 1\nc: [x]\n"
    document = KitDocument.parse(text)
    assert document.delete("a.b").text == "a: {}\nc: [x]\n"
    assert document.delete("c[0]").text == "a:\n  b: 1\nc: []\n"
