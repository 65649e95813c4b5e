"""poppler's own tools on a PDF: what ``pdfinfo``, ``pdffonts`` and ``pdftotext``
say (skipped, with the reason, where poppler-utils is not installed; CI installs it)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

TOOLS = ("pdfinfo", "pdffonts", "pdftotext", "pdftoppm")
needs_poppler = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS),
    reason="poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm) is not installed",
)


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def info(pdf: Path) -> dict[str, str]:
    """``pdfinfo``'s fields: Title, Author, Creator, Pages, Page size …"""
    fields = {}
    for line in _run("pdfinfo", str(pdf)).splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields


def fonts(pdf: Path) -> list[dict[str, str]]:
    """``pdffonts``' rows: name, type and whether the font is embedded."""
    lines = _run("pdffonts", str(pdf)).splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name, type (one or more words), encoding, emb, sub, uni, object, ID
        rows.append({"name": parts[0], "type": " ".join(parts[1:-6]), "emb": parts[-5]})
    return rows


def text(pdf: Path) -> str:
    """The PDF's text as ``pdftotext`` reads it, lines joined with spaces."""
    return " ".join(_run("pdftotext", "-enc", "UTF-8", str(pdf), "-").split())


def render(pdf: Path, prefix: Path, dpi: int = 60) -> list[Path]:
    """The pages as PNGs (to look at), in order."""
    prefix.parent.mkdir(parents=True, exist_ok=True)
    _run("pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix))
    return sorted(prefix.parent.glob(f"{prefix.name}*.png"))
