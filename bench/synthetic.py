"""Busy 6000x4000 stills for the benches: noise compresses like a photo, flat
colour does not, so a decoder is timed on what it meets in a real kit."""

from __future__ import annotations

from PIL import Image, ImageDraw

SIZE = (6000, 4000)


def noise() -> Image.Image:
    """The grain every still shares (made once: it is the slow part)."""
    return Image.effect_noise(SIZE, 48).convert("RGB")


def busy_still(n: int, grain: Image.Image) -> Image.Image:
    """Still number ``n``: its own colour and a disc at its own place."""
    image = Image.blend(
        Image.new("RGB", SIZE, (40 * n % 255, 120, (200 - 10 * n) % 255)), grain, 0.35
    )
    ImageDraw.Draw(image).ellipse((1000 + 300 * n, 800, 3000 + 300 * n, 2800), fill=(230, 200, 150))
    return image
