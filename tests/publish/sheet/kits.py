"""Kits made for the sheet's tests: one with much to say (long texts, many
credits, quotes, specs and contacts) and one with hostile text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from PIL import Image

WORDS = [
    "the",
    "rope",
    "pulls",
    "her",
    "across",
    "salt",
    "flats",
    "and",
    "dunes",
    "while",
    "the",
    "storm",
    "gathers",
    "over",
    "the",
    "ridge",
    "and",
    "nobody",
    "on",
    "the",
    "radio",
    "answers",
    "her",
    "calls",
    "until",
    "the",
    "night",
    "comes",
    "down",
]


def prose(count: int, seed: int = 0) -> str:
    return " ".join(WORDS[(seed + i) % len(WORDS)] for i in range(count)).capitalize() + "."


def long_kit(root: Path) -> Path:
    """A kit that cannot fit one page: 30 credits, 5 quotes, 12 specs, 6 contacts …"""
    root.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (3000, 2000), (120, 90, 60)).save(root / "still.jpg", quality=80)
    synopsis = "\n\n".join(prose(90, seed) for seed in range(8))
    (root / "synopsis.en.md").write_text(synopsis, encoding="utf-8")
    manifest: dict[str, Any] = {
        "mediakit": 1,
        "id": "long",
        "title": {"en": "A Very Long Night on the Salt Flats", "fr": "Une très longue nuit"},
        "languages": ["en", "fr"],
        "kind": {"en": "Feature film", "fr": "Long-métrage"},
        "year": 2026,
        "runtime": "1:52:00",
        "logline": {"en": prose(40), "fr": "Une femme traverse le désert, tirée par une corde."},
        "synopsis": {"en": {"file": "synopsis.en.md"}, "fr": "Une nuit. " * 200},
        "ai_disclosure": {"en": "No AI was used. " + prose(60), "fr": "Aucune IA."},
        "credits": [
            {"role": {"en": f"Role number {i}", "fr": f"Rôle {i}"}, "names": [f"Person{i} Name"]}
            for i in range(30)
        ],
        "quotes": [
            {
                "text": {"en": prose(70, i), "fr": "Une citation."},
                "by": f"Critic {i}",
                "source": "The Daily Example",
                "date": "2026-01-0" + str(i + 1),
            }
            for i in range(5)
        ],
        "stills": [{"file": "still.jpg", "credit": "Still Photographer"}],
        "specs": [
            {
                "label": {"en": f"Spec {i}", "fr": f"Caractéristique {i}"},
                "value": {"en": prose(30, i), "fr": "Valeur."},
            }
            for i in range(12)
        ],
        "contacts": [
            {
                "name": f"Agent {i}",
                "role": {"en": "Press", "fr": "Presse"},
                "email": f"agent{i}@agency.example",
                "phone": f"+33 1 00 00 00 0{i}",
            }
            for i in range(6)
        ],
    }
    (root / "kit.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), "utf-8")
    return root


def hostile_kit(root: Path) -> Path:
    """Unbroken 10,000-character words, right-to-left text, emoji, a 1 MiB synopsis."""
    root.mkdir(parents=True, exist_ok=True)
    word = "x" * 10_000
    rtl = "حبل امرأة تعبر الصحراء " * 20
    emoji = "🎬🪢🏜️ " * 50
    (root / "synopsis.en.md").write_text(
        (word + " " + rtl + "\n\n" + emoji + "\n\n") * 50 + "a" * (1 << 20), encoding="utf-8"
    )
    manifest: dict[str, Any] = {
        "mediakit": 1,
        "id": "hostile",
        "title": word,
        "languages": ["en"],
        "logline": rtl + word,
        "synopsis": {"file": "synopsis.en.md"},
        "ai_disclosure": emoji + word,
        "credits": [{"role": word, "names": [word, rtl, emoji] * 5} for _ in range(40)],
        "quotes": [{"text": word + rtl, "by": word, "source": emoji} for _ in range(4)],
        "specs": [{"label": rtl, "value": word} for _ in range(20)],
        "contacts": [
            {"name": word, "role": rtl, "email": "a" * 3000 + "@example.org"} for _ in range(10)
        ],
    }
    (root / "kit.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), "utf-8")
    return root
