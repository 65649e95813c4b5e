"""Reduced-size decoding: size, orientation, and messages that name the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QImage

from mediakit.media.images import TRUNCATED, DecodeError, decode, fitted_size

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


@pytest.fixture(scope="module")
def stills(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_stills(tmp_path_factory.mktemp("stills"))


def test_fitted_size_keeps_shape_and_never_enlarges() -> None:
    assert fitted_size((4000, 3000), (256, 256)) == (256, 192)
    assert fitted_size((3000, 4000), (256, 256)) == (192, 256)
    assert fitted_size((100, 50), (256, 256)) == (100, 50)


def test_landscape_is_reduced_to_fit(stills: dict[str, Path]) -> None:
    image = decode(stills["landscape.jpg"], 256)
    assert (image.width(), image.height()) == (256, 192)
    assert near(colour(image, 20, 96), RED)
    assert near(colour(image, 236, 96), BLUE)


def test_portrait_is_reduced_to_fit(stills: dict[str, Path]) -> None:
    image = decode(stills["portrait.jpg"], 256)
    assert (image.width(), image.height()) == (192, 256)
    assert near(colour(image, 96, 20), RED)
    assert near(colour(image, 96, 236), BLUE)


def test_exif_orientation_is_applied(stills: dict[str, Path]) -> None:
    image = decode(stills["rotated.jpg"], 256)
    assert (image.width(), image.height()) == (192, 256)
    assert near(colour(image, 96, 20), RED), "top should be the stored left half"
    assert near(colour(image, 96, 236), BLUE)


def test_box_is_fitted_in_displayed_orientation(stills: dict[str, Path]) -> None:
    image = decode(stills["rotated.jpg"], (1000, 500))
    assert (image.width(), image.height()) == (375, 500)


def test_full_decode_keeps_every_pixel(stills: dict[str, Path]) -> None:
    image = decode(stills["landscape.jpg"], None)
    assert (image.width(), image.height()) == (4000, 3000)


def test_png_keeps_transparency(stills: dict[str, Path]) -> None:
    image = decode(stills["alpha.png"], 200)
    assert (image.width(), image.height()) == (200, 150)
    assert image.hasAlphaChannel()
    assert image.pixelColor(10, 75).alpha() == 0
    assert near(colour(image, 190, 75), BLUE, tolerance=2)


def test_truncated_jpeg_shows_what_decodes(stills: dict[str, Path]) -> None:
    image = decode(stills["truncated.jpg"], 256)
    assert (image.width(), image.height()) == (256, 192)
    assert image.text(TRUNCATED) == "1"
    assert near(colour(image, 20, 5), RED)  # the top rows were in the file
    assert decode(stills["landscape.jpg"], 256).text(TRUNCATED) == ""


def test_not_an_image_names_the_file(stills: dict[str, Path]) -> None:
    with pytest.raises(DecodeError) as caught:
        decode(stills["not-image.jpg"], 256)
    assert str(caught.value).startswith("not-image.jpg: ")
    assert "not a readable image" in str(caught.value)
    assert caught.value.path == stills["not-image.jpg"]


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(DecodeError, match=r"^gone\.jpg: file not found$"):
        decode(tmp_path / "gone.jpg", 256)


def test_truncated_png_is_an_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "cut.png"
    Image.new("RGB", (300, 300), RED).save(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DecodeError, match=r"^cut\.png: "):
        decode(path, 64)


def test_decompression_bomb_is_refused_by_name(
    stills: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000_000)
    with pytest.raises(
        DecodeError, match=r"^landscape\.jpg: larger than the limit of 2 megapixels"
    ):
        decode(stills["landscape.jpg"], 256)


def test_hundred_megapixels_are_accepted() -> None:
    # The format's promise, checked against the limit rather than by decoding.
    assert Image.MAX_IMAGE_PIXELS is not None
    assert Image.MAX_IMAGE_PIXELS >= 100_000_000
