"""``verify`` and ``open_source`` on mutated archives: a report, a kit or
problems — never another exception — and nothing written outside the cache."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz import archive_strategies as ars
from tests.fuzz.conftest import FUZZ
from tests.fuzz.properties import check_archive, kept_on_failure


def test_the_valid_archive_opens(packed_kit: bytes) -> None:
    check_archive(packed_kit)  # and the layout the mutations aim at is read right
    shape = ars.layout(packed_kit)
    assert len(shape.locals) == len(shape.centrals) >= 5
    assert all(packed_kit[at : at + 4] == b"PK\x03\x04" for at in shape.locals)


@FUZZ
@given(data=st.data(), allow_damaged=st.booleans())
def test_mutated_archives(packed_kit: bytes, data: st.DataObject, allow_damaged: bool) -> None:
    mutated = data.draw(ars.mutated_archive(packed_kit))
    with kept_on_failure("archive", mutated):
        check_archive(mutated, allow_damaged)
