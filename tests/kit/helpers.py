"""Build small kits in a temporary folder for the kit tests."""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

from PIL import Image

from mediakit.kit import LoadResult, load

MINIMAL = "mediakit: 1\nid: test-kit\ntitle: Test\n"
SRT = b"1\n00:00:01,000 --> 00:00:02,000\nHello\n"
VTT = b"WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n"


def image_bytes(fmt: str = "JPEG", size: tuple[int, int] = (8, 6)) -> bytes:
    """A real tiny image in ``fmt`` (JPEG, PNG, WEBP, TIFF), made with Pillow."""
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(buffer, fmt)
    return buffer.getvalue()


def make_kit(
    folder: Path,
    manifest: str | bytes,
    files: dict[str, bytes | str] | None = None,
    dedent: bool = True,
) -> Path:
    """``folder`` holding kit.yaml (``manifest``) and ``files`` (path -> content)."""
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(manifest, str):
        text = textwrap.dedent(manifest) if dedent else manifest
        manifest = text.encode("utf-8")
    (folder / "kit.yaml").write_bytes(manifest)
    for name, content in (files or {}).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        path.write_bytes(data)
    return folder


def load_text(
    folder: Path,
    manifest: str,
    files: dict[str, bytes | str] | None = None,
) -> LoadResult:
    return load(make_kit(folder, manifest, files))


def formatted(result: LoadResult) -> list[str]:
    return [problem.format() for problem in result.problems]


def errors(result: LoadResult) -> list[str]:
    return [problem.format() for problem in result.errors]


def warnings(result: LoadResult) -> list[str]:
    return [problem.format() for problem in result.warnings]


# A kit using every field of the format. Unquoted dates, 12:05 and 5.1 on
# purpose: our loader and check-jsonschema (ruamel, YAML 1.2) must agree on them.
FULL = """\
mediakit: 1
id: roped-test
title:
  fr: La Corde
  en: Roped
kind: {fr: Court-métrage, en: Short film}
year: 2025
runtime: 12:05
languages: [fr, en]
logline:
  fr: Une femme, entraînée par une corde.
  en: A woman, dragged by a rope.
synopsis:
  fr: {file: synopsis.fr.md}
  en: A woman crosses *hostile* landscapes.
statement:
  fr: {file: statement.md}
  en: Why I made it.
credits:
  - role: {fr: Réalisation, en: Director}
    names: [Jane Doe]
  - role: {fr: Image, en: Cinematography}
    names: [John Roe, Ann Poe]
quotes:
  - text: A marvel.
    by: Le Monde
    source: Le Monde, 3 Sept. 2025
    date: 2025-09-03
    url: https://example.org/review
articles:
  - title: La corde et le désert
    publication: Libération
    author: A. Critic
    date: 2025-09-02
    language: fr
    url: https://example.org/article
    body: {file: article.fr.md}
stills:
  - file: stills/01.jpg
    caption: {fr: Le désert, en: The desert}
    credit: © Jane Doe
    alt: {fr: Une femme dans le désert, en: A woman in the desert}
  - file: stills/02.png
    alt: {fr: Une corde, en: A rope}
film:
  file: film/roped.mp4
  poster: stills/01.jpg
  trailer: film/trailer.mp4
  subtitles:
    - {language: en, file: film/roped.en.srt}
    - {language: fr, file: film/roped.fr.vtt}
specs:
  - {label: {fr: Son, en: Sound}, value: 5.1}
  - {label: {fr: Format, en: Aspect ratio}, value: 2.39:1}
contacts:
  - name: Press Office
    role: {fr: Presse, en: Press}
    email: press@example.org
    phone: "+33 1 23 45 67 89"
links:
  - {label: {fr: Site, en: Website}, url: https://example.org}
ai_disclosure:
  fr: Aucune IA générative.
  en: No generative AI was used.
presentation:
  - show: title
    notes: Say hello.
  - show: logline
  - show: synopsis
  - show: statement
  - show: ai_disclosure
  - show: credits
  - show: quotes
  - show: quote:1
  - show: stills
  - show: still:2
  - show: film
  - show: trailer
"""


def full_files() -> dict[str, bytes | str]:
    return {
        "synopsis.fr.md": "Une femme traverse des paysages *hostiles*.\n",
        "statement.md": "\ufeffWhy I made it.\n",
        "article.fr.md": "# La corde\n\nUn film rare.\n",
        "stills/01.jpg": image_bytes("JPEG"),
        "stills/02.png": image_bytes("PNG"),
        "film/roped.mp4": b"\x00\x00\x00\x18ftypmp42",
        "film/trailer.mp4": b"\x00\x00\x00\x18ftypmp42",
        "film/roped.en.srt": SRT,
        "film/roped.fr.vtt": VTT,
    }
