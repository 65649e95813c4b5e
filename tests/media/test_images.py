"""Reduced-size decoding: size, orientation, and messages that name the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from mediakit.media.decoding import TRUNCATED, DecodeError, fitted_size
from mediakit.media.images import decode
from tests.media.stillfactory import BLUE, RED, colour, make_stills, near


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
