"""Stills made for the tests: colours placed so a wrong rotation or crop fails."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtGui import QImage

RED = (200, 30, 30)
BLUE = (30, 40, 200)


def halves(
    size: tuple[int, int],
    first: tuple[int, int, int],
    second: tuple[int, int, int],
    *,
    vertical: bool = True,
) -> Image.Image:
    """Left/right halves (``vertical``) or top/bottom halves in two colours."""
    im = Image.new("RGB", size, first)
    w, h = size
    im.paste(second, (w // 2, 0, w, h) if vertical else (0, h // 2, w, h))
    return im


def make_stills(folder: Path, big: tuple[int, int] = (4000, 3000)) -> dict[str, Path]:
    """The test set: landscape, portrait, EXIF-rotated, PNG, truncated, not an image."""
    folder.mkdir(parents=True, exist_ok=True)
    w, h = big
    paths = {
        name: folder / name
        for name in (
            "landscape.jpg",
            "portrait.jpg",
            "rotated.jpg",
            "alpha.png",
            "truncated.jpg",
            "not-image.jpg",
        )
    }
    halves(big, RED, BLUE).save(paths["landscape.jpg"], quality=90)
    halves((h, w), RED, BLUE, vertical=False).save(paths["portrait.jpg"], quality=90)
    # Stored landscape, red left / blue right; orientation 6 = turn 90° clockwise
    # to show, so the viewer must see red on top and blue below.
    exif = Image.Exif()
    exif[0x0112] = 6
    halves(big, RED, BLUE).save(paths["rotated.jpg"], quality=90, exif=exif)
    png = Image.new("RGBA", (800, 600), (*BLUE, 255))
    png.paste((0, 0, 0, 0), (0, 0, 400, 600))
    png.save(paths["alpha.png"])
    data = paths["landscape.jpg"].read_bytes()
    paths["truncated.jpg"].write_bytes(data[: len(data) // 2])
    paths["not-image.jpg"].write_text("this is not a picture\n", encoding="utf-8")
    return paths


def colour(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    c = image.pixelColor(x, y)
    return c.red(), c.green(), c.blue()


def near(actual: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 24) -> bool:
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=True))
