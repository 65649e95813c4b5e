"""What the web page tests share: a hostile kit, and the HTML read back as tags."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from mediakit.kit import load
from mediakit.kit.manifest.model import Kit
from tests.kit.helpers import SRT, image_bytes, make_kit

HOSTILE = """\
mediakit: 1
id: hostile
title: "<script>alert(1)</script>"
languages: [en, fr]
logline: '"><img src=x onerror=alert(2)>'
synopsis: "Hi <script>alert(3)</script> [a](javascript:alert(4)) ![x](http://evil/x.png)"
statement: "<img src=x onerror=alert(5)> [b](JaVaScRiPt:alert(9)) [c](data:text/html,x)"
credits:
  - role: "Dir</dt><script>"
    names: ["<b>Bold</b>"]
quotes:
  - text: "</script><script>alert(6)</script>"
    by: "Q\\" onmouseover=\\"alert(7)"
    url: "javascript:alert(10)"
links:
  - label: bad
    url: "javascript:alert(8)"
  - label: good
    url: "https://example.org/?a=1&b=<2>"
stills:
  - file: stills/a.jpg
    caption: "<iframe src=//evil>"
    alt: '"><svg onload=alert(11)>'
    credit: "<script>x</script>"
film:
  file: film/f.mp4
  subtitles:
    - language: en
      file: film/f.en.srt
"""
EVIL_SRT = b"1\n00:00:01,000 --> 00:00:02,000\n<script>alert(12)</script> --> <i>fine</i>\n"


def hostile_kit(folder: Path) -> Kit:
    make_kit(
        folder,
        HOSTILE,
        {
            "stills/a.jpg": image_bytes("JPEG", (640, 400)),
            "film/f.mp4": b"\x00\x00\x00\x18ftypmp42",
            "film/f.en.srt": EVIL_SRT,
        },
        dedent=False,
    )
    kit = load(folder).kit
    assert kit is not None
    return kit


def simple_kit(folder: Path, languages: str = "[fr, en]") -> Kit:
    make_kit(
        folder,
        f"""\
        mediakit: 1
        id: simple
        title: {{fr: Le Film, en: The Film}}
        languages: {languages}
        year: 2024
        runtime: "1:32:05"
        logline: {{fr: Une phrase., en: A sentence.}}
        credits:
          - role: {{fr: Réalisation, en: Director}}
            names: [Ana Diaz]
          - role: {{fr: Image, en: Director of photography}}
            names: [Bo]
        stills:
          - file: stills/wide.jpg
            alt: {{fr: Un paysage, en: A landscape}}
        film:
          file: film/f.mp4
          subtitles:
            - language: en
              file: film/f.en.srt
        """,
        {
            "stills/wide.jpg": image_bytes("JPEG", (2000, 1000)),
            "film/f.mp4": b"\x00\x00\x00\x18ftypmp42",
            "film/f.en.srt": SRT,
        },
    )
    kit = load(folder).kit
    assert kit is not None
    return kit


@dataclass
class Tags(HTMLParser):
    """Every start tag of a page with its attributes, and the text inside scripts."""

    tags: list[tuple[str, dict[str, str | None]]] = field(default_factory=list)
    scripts: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        (self.scripts if self._in_script else self.texts).append(data)


def read_tags(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    tags.close()
    return tags


FULL = """\
mediakit: 1
id: full
title: {en: Full, fr: Complet}
languages: [en, fr]
kind: {en: Feature, fr: Long métrage}
year: 2026
awards:
  - event: {en: Annecy, fr: Annecy}
    year: 2026
    prize: {en: Best film, fr: Meilleur film}
    place: {en: France, fr: France}
  - event: {en: Berlinale, fr: Berlinale}
people:
  - name: Ana Diaz
    roles: [{en: Director, fr: Réalisatrice}]
    bio: {en: "# Life\\n\\nBorn *somewhere*.", fr: "Née quelque part."}
    photo: people/ana.png
    filmography:
      - title: First
        year: 2020
contacts:
  - name: Press Office
    role: {en: Press, fr: Presse}
    email: press@example.org
    phone: "+33 1 23 45 67 89"
links:
  - label: {en: Website, fr: Site}
    url: https://example.org
quotes:
  - text: {en: Great., fr: Formidable.}
    by: A Critic
    source: A Paper
    date: "2026-01-31"
    url: https://example.org/review
    language: en
"""


def full_kit(folder: Path) -> Kit:
    """A kit with what ROPED lacks: awards, a person's photo, contacts, links, a quote's URL."""
    make_kit(folder, FULL, {"people/ana.png": image_bytes("PNG", (300, 400))}, dedent=False)
    kit = load(folder).kit
    assert kit is not None
    return kit
