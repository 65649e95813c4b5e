"""Every field of the kit format, in the format page's order, with a one-line
explanation and an example that is valid once uncommented — what a draft
shows for the fields it could not fill, so the author sees what a kit can hold.
"""

from __future__ import annotations

from mediakit.kit.manifest.rules.kit import TOP_KEYS

NOTES: dict[str, str] = {
    "mediakit": "format version",
    "id": "stable identifier: a-z, 0-9 and -, up to 64",
    "title": "title of the work",
    "kind": "Short film, Court-métrage, Campaign …",
    "year": "year of release",
    "runtime": "running time, M:SS or H:MM:SS",
    "languages": "the kit's languages, the original first",
    "logline": "one sentence",
    "synopsis": "the story (Markdown, or {file: synopsis.md})",
    "statement": "director's or author's statement (Markdown)",
    "credits": "in display order",
    "quotes": "press and people quotes",
    "articles": "press coverage carried in the kit",
    "stills": "in display order; alt describes the image for screen readers",
    "film": "the film itself, its poster, subtitles and trailer",
    "specs": "technical sheet: format, sound, aspect ratio, country …",
    "contacts": "press contacts",
    "links": "shown, never fetched",
    "ai_disclosure": "how generative AI was used in the work (Markdown)",
    "people": "the makers: biographies and filmographies",
    "awards": "festivals, selections and prizes",
    "presentation": "the slides shown in a pitch meeting (default: title, film, stills, "
    "quotes, credits)",
}
FIELDS = tuple(NOTES)  # the format page's table, in its order

EXAMPLES: dict[str, tuple[str, ...]] = {
    "kind": ("kind: Short film",),
    "year": ("year: 2025",),
    "runtime": ('runtime: "12:05"',),
    "statement": ("statement: {file: statement.md}",),
    "ai_disclosure": ("ai_disclosure: No generative AI was used.",),
    "credits": ("credits:", "  - role: Director", "    names: [Jane Doe]"),
    "quotes": (
        "quotes:",
        '  - text: "A film that holds you."',
        "    by: Jane Critic",
        "    source: Film Weekly",
        "    date: 2025-09-02",
    ),
    "articles": (
        "articles:",
        "  - title: The article's title",
        "    publication: Film Weekly",
        "    body: {file: article.md}",
    ),
    "stills": (
        "stills:",
        "  - file: stills/01.jpg",
        "    caption: What the still shows",
        "    credit: © Photographer",
        "    alt: A description for screen readers",
    ),
    "film": (
        "film:",
        "  file: film.mp4",
        "  poster: poster.jpg",
        "  subtitles: [{language: en, file: film.en.srt}]",
        "  trailer: trailer.mp4",
    ),
    "specs": ("specs:", '  - {label: Aspect ratio, value: "2.39:1"}'),
    "contacts": (
        "contacts:",
        "  - {name: Jane Doe, role: Press, email: press@example.org, phone: +33 1 23 45 67 89}",
    ),
    "links": ("links:", '  - {label: Website, url: "https://example.org"}'),
    "people": (
        "people:",
        "  - name: Jane Doe",
        "    roles: [Director]",
        "    bio: Born in Lyon …",
        "    filmography: [{title: Earlier Film, year: 2021}]",
    ),
    "awards": ("awards:", "  - {event: Festival of Somewhere, year: 2025, prize: Best Short}"),
    "presentation": (
        "presentation:",
        "  - show: title",
        "  - show: film",
        "  - {show: still:1, notes: Say where it was shot.}",
    ),
}


def note(key: str) -> str:
    """The field's explanation; the fields this mediakit cannot read yet say so."""
    later = "" if key in TOP_KEYS else " (not read by this version of mediakit yet)"
    return NOTES[key] + later


def commented(key: str) -> list[str]:
    """The field's example with its explanation, commented out: valid once uncommented."""
    first, *rest = EXAMPLES[key]
    return [f"# {first}  # {note(key)}", *(f"# {line}" for line in rest)]
