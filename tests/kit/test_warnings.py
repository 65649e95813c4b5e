"""Warnings: the kit loads, but something is missing that a reader would want."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kit.helpers import MINIMAL, errors, image_bytes, load_text, warnings

TWO = "mediakit: 1\nid: k\ntitle: T\nlanguages: [fr, en]\n"  # added lines start at 5
STILL: dict[str, bytes | str] = {"s.jpg": image_bytes()}
FILM: dict[str, bytes | str] = {"f.mp4": b"\x00\x00\x00\x18ftypmp42"}

# (id, manifest, files, the exact warnings)
CASES: list[tuple[str, str, dict[str, bytes | str], list[str]]] = [
    (
        "still-without-alt",
        MINIMAL + "stills: [{file: s.jpg}]\n",
        STILL,
        [
            "kit.yaml:4:10: stills[0]: no alt text: describe the image for people using a screen "
            "reader"
        ],
    ),
    (
        "film-without-poster",
        MINIMAL + "film: {file: f.mp4}\n",
        FILM,
        ["kit.yaml:4:7: film: no poster: a poster is shown before the film plays"],
    ),
    (
        "link-ftp",
        MINIMAL + "links: [{label: Files, url: 'ftp://example.org/x'}]\n",
        {},
        [
            "kit.yaml:4:29: links[0].url: 'ftp://example.org/x' is not a web or mail address "
            "(http, https or mailto)"
        ],
    ),
    (
        "link-javascript",
        MINIMAL + "links: [{label: X, url: 'javascript:alert(1)'}]\n",
        {},
        [
            "kit.yaml:4:25: links[0].url: 'javascript:alert(1)' is not a web or mail address "
            "(http, https or mailto)"
        ],
    ),
    (
        "prose-plain-in-two-languages",
        TWO + "logline: Une femme.\n",
        {},
        ["kit.yaml:5:10: logline: not given in en (the kit's languages are fr, en)"],
    ),
    (
        "prose-file-in-two-languages",
        TWO + "synopsis: {file: s.md}\n",
        {"s.md": "x"},
        ["kit.yaml:5:11: synopsis: not given in en (the kit's languages are fr, en)"],
    ),
    (
        "prose-mapping-missing",
        TWO + "ai_disclosure: {en: None used.}\n",
        {},
        ["kit.yaml:5:16: ai_disclosure: not given in fr (the kit's languages are fr, en)"],
    ),
    (
        "alt-missing-language",
        TWO + "stills: [{file: s.jpg, alt: {fr: Désert}}]\n",
        STILL,
        ["kit.yaml:5:29: stills[0].alt: not given in en (the kit's languages are fr, en)"],
    ),
    (
        "caption-plain",
        TWO + "stills: [{file: s.jpg, alt: {fr: a, en: b}, caption: Désert}]\n",
        STILL,
        ["kit.yaml:5:54: stills[0].caption: not given in en (the kit's languages are fr, en)"],
    ),
    (
        "label-mapping-missing",
        TWO + "kind: {fr: Court-métrage}\n",
        {},
        ["kit.yaml:5:7: kind: not given in en (the kit's languages are fr, en)"],
    ),
    (
        "credit-role-missing",
        TWO + "credits: [{role: {en: Director}, names: [A]}]\n",
        {},
        ["kit.yaml:5:18: credits[0].role: not given in fr (the kit's languages are fr, en)"],
    ),
    (
        "language-case-insensitive",
        "mediakit: 1\nid: k\ntitle: {FR: a, EN: b}\nlanguages: [fr, en]\n",
        {},
        [],
    ),
    (
        "label-plain-is-fine",
        TWO + "kind: Short\nspecs: [{label: Sound, value: 5.1}]\n"
        "contacts: [{name: P, role: Press}]\nlinks: [{label: Site, url: 'https://x.org'}]\n"
        "credits: [{role: Director, names: [A]}]\n",
        {},
        [],
    ),
    (
        "quotes-articles-notes-never-warn",
        TWO + "quotes: [{text: Great, by: P}]\n"
        "articles: [{title: T, publication: P, body: B}]\n"
        "presentation: [{show: title, notes: Hello}]\n",
        {},
        [],
    ),
    (
        "one-language-never-warns",
        MINIMAL + "logline: One.\nlinks: [{label: M, url: 'mailto:a@b.org'}]\n",
        {},
        [],
    ),
]


@pytest.mark.parametrize(
    ("manifest", "files", "expected"),
    [pytest.param(m, f, e, id=name) for name, m, f, e in CASES],
)
def test_warning(
    tmp_path: Path, manifest: str, files: dict[str, bytes | str], expected: list[str]
) -> None:
    result = load_text(tmp_path, manifest, files)
    assert errors(result) == []
    assert result.kit is not None
    assert warnings(result) == expected
