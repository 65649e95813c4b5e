"""``decode`` on valid stills whose EXIF is random: a QImage or a DecodeError, nothing else.

Each example is decoded twice: with warnings ignored, as in the app (Pillow
warns on corrupt EXIF and carries on), and with warnings as errors, as under
pytest. Inputs that fail are kept in regressions/exif/ and replayed here
(test_regressions.py replays the manifest and archive kinds).
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QImage

from mediakit.media.decoding import Box, DecodeError
from mediakit.media.images import decode
from tests.fuzz import exif_strategies as exs
from tests.fuzz.conftest import FUZZ, KEEP_REGRESSIONS
from tests.fuzz.properties import REGRESSIONS, _is_final

KEPT = REGRESSIONS / "exif"
BOXES: tuple[Box | int | None, ...] = (None, 8, (5, 20))


@pytest.fixture(scope="session")
def still_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("exif-fuzz")


@contextmanager
def kept_on_failure(data: bytes) -> Iterator[None]:
    """Keep ``data`` in regressions/exif/ if the property fails on hypothesis's final run."""
    try:
        yield
    except BaseException:
        if KEEP_REGRESSIONS and _is_final():
            KEPT.mkdir(parents=True, exist_ok=True)
            name = hashlib.sha256(data).hexdigest()[:16] + exs.suffix(data)
            (KEPT / name).write_bytes(data)
        raise


def check_decode(folder: Path, data: bytes, box: Box | int | None) -> None:
    """Decoding ``data`` gives a picture or a DecodeError naming the file, warnings or not."""
    path = folder / ("still" + exs.suffix(data))
    path.write_bytes(data)
    for action in ("ignore", "error"):
        with warnings.catch_warnings():
            warnings.simplefilter(action)
            try:
                image = decode(path, box)
            except DecodeError as error:
                assert str(error).startswith(path.name + ": "), str(error)
                continue
        assert isinstance(image, QImage) and not image.isNull()


def test_the_carriers_decode_without_exif(still_dir: Path) -> None:
    for data in (exs.plain_jpeg(), exs.plain_png()):
        check_decode(still_dir, data, None)


@FUZZ
@given(
    block=exs.exif_blocks(),
    carrier=st.sampled_from(exs.CARRIERS),
    box=st.sampled_from(BOXES),
)
def test_random_exif_decodes_or_is_a_decode_error(
    still_dir: Path, block: bytes, carrier: str, box: Box | int | None
) -> None:
    data = exs.carry(block, carrier)
    with kept_on_failure(data):
        check_decode(still_dir, data, box)


def _kept() -> list[Path]:
    return sorted(p for p in KEPT.glob("*") if p.suffix in {".jpg", ".png"})


@pytest.mark.parametrize("case", _kept(), ids=lambda p: p.name)
@pytest.mark.parametrize("box", BOXES, ids=repr)
def test_exif_regression(still_dir: Path, case: Path, box: Box | int | None) -> None:
    check_decode(still_dir, case.read_bytes(), box)
