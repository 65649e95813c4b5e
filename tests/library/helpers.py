"""Small kits and a library in a temporary folder, for the library's tests."""

from __future__ import annotations

from pathlib import Path

from mediakit.kit.archive.pack import pack
from mediakit.library.store import Library
from tests.kit.helpers import image_bytes, make_kit

RENE = """\
mediakit: 1
id: rene
title: La Nuit de René
kind: {fr: Court-métrage, en: Short film}
year: 2024
languages: [fr, en]
logline:
  fr: René traverse la ville la nuit.
  en: René crosses the city at night.
synopsis: {file: synopsis.md}
credits:
  - role: {fr: Réalisation, en: Director}
    names: [Zoë Ångström]
quotes:
  - text: {fr: Un film lumineux., en: A luminous film.}
    by: Le Monde
stills:
  - file: stills/a.jpg
    caption: {fr: La rue déserte, en: The empty street}
    alt: {fr: Une rue, en: A street}
specs:
  - label: {fr: Format, en: Format}
    value: {fr: Numérique, en: Digital}
contacts:
  - name: Élodie Martin
    email: press@example.org
"""


def rene_kit(folder: Path, title: str = "La Nuit de René", synopsis: str = "") -> Path:
    manifest = RENE.replace("La Nuit de René", title)
    text = synopsis or "Une **nuit** à Paris, avec des *lanternes*."
    return make_kit(
        folder, manifest, {"synopsis.md": text, "stills/a.jpg": image_bytes()}, dedent=False
    )


def packed(folder: Path, archive: Path) -> Path:
    archive.parent.mkdir(parents=True, exist_ok=True)
    return pack(folder, archive).output


def library(tmp_path: Path) -> Library:
    return Library(tmp_path / "library", timeout=0.2)
