"""``read_credentials`` on a signed JPEG whose C2PA segment has random bytes
written over it: a Reading every time — present, none or unreadable with a
reason — never an exception, never a logged bug (the suite fails on one), with
and without checking the signature."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediakit.media.credentials import Presence, Reading, SignatureState, read_credentials
from tests.fuzz.conftest import FUZZ
from tests.media.conftest import AI, c2pa_segment, signed_picture


@pytest.fixture(scope="session")
def signed_jpeg(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("credentials-fuzz")
    return signed_picture(folder / "signed.jpg", AI).read_bytes()


@pytest.fixture(scope="session")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("credentials-fuzzed")


@st.composite
def mutated(draw: st.DrawFn, jpeg: bytes) -> bytes:
    """``jpeg`` with bytes of its C2PA segment (its length field included) changed:
    a few single bytes, or a run of random bytes, or the segment cut short."""
    start, end = c2pa_segment(jpeg)
    start -= 2  # the segment's length field: a lie there moves every box after it
    data = bytearray(jpeg)
    kind = draw(st.sampled_from(["bytes", "run", "cut"]))
    if kind == "bytes":
        changes = st.tuples(st.integers(start, end - 1), st.integers(0, 255))
        for at, value in draw(st.lists(changes, min_size=1, max_size=16)):
            data[at] = value
    elif kind == "run":
        at = draw(st.integers(start, end - 1))
        run = draw(st.binary(min_size=1, max_size=min(512, end - at)))
        data[at : at + len(run)] = run
    else:
        at = draw(st.integers(start, end - 1))
        del data[at:end]
    return bytes(data)


def check(reading: Reading, verify: bool) -> None:
    assert isinstance(reading, Reading)
    if reading.presence is Presence.PRESENT:
        assert reading.credentials is not None and reading.problem is None
        expected = (
            {SignatureState.INVALID, SignatureState.UNTRUSTED}  # unhashed padding may change
            if verify
            else {SignatureState.UNCHECKED}
        )
        assert reading.credentials.signature in expected
    elif reading.presence is Presence.UNREADABLE:
        assert reading.credentials is None and reading.problem is not None
        assert reading.problem.render()
    else:
        assert reading.presence is Presence.NONE and reading.credentials is None


@FUZZ
@given(data=st.data())
def test_a_mutated_manifest_gives_a_reading(
    signed_jpeg: bytes, fuzz_dir: Path, data: st.DataObject
) -> None:
    path = fuzz_dir / "still.jpg"
    path.write_bytes(data.draw(mutated(signed_jpeg)))
    for verify in (True, False):
        check(read_credentials(path, verify=verify), verify)
