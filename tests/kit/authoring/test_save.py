"""Saving: whole or not at all, the same bytes when nothing changed, the file's
mode and line breaks kept, and never over a change made by someone else."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mediakit.kit import load, load_text
from mediakit.kit.authoring.document import DocumentError, KitDocument
from mediakit.kit.authoring.save import ExternalChangeError, read_document, save_document
from tests.conftest import ROPED
from tests.kit.authoring.helpers import odd_text


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    return Path(shutil.copytree(ROPED, tmp_path / "roped"))


def test_saving_with_no_change_writes_the_same_bytes(kit: Path) -> None:
    before = (kit / "kit.yaml").read_bytes()
    document, read = read_document(kit)
    assert read == before
    save_document(kit, document, read)
    assert (kit / "kit.yaml").read_bytes() == before


@pytest.mark.parametrize("prefix", [b"", b"\xef\xbb\xbf"], ids=["plain", "bom"])
def test_crlf_and_a_byte_order_mark_stay_as_they_were(tmp_path: Path, prefix: bytes) -> None:
    manifest = tmp_path / "kit.yaml"
    manifest.write_bytes(prefix + odd_text("\r\n").encode())
    document, read = read_document(manifest)
    save_document(manifest, document.set("x-agency.note", "new"), read)
    saved = manifest.read_bytes()
    assert saved.startswith(prefix + b"# An odd kit")
    assert b"  note: new\r\n" in saved
    assert b"\n" not in saved.replace(b"\r\n", b"")


def test_the_mode_of_the_file_is_kept(kit: Path) -> None:
    (kit / "kit.yaml").chmod(0o640)
    document, read = read_document(kit)
    save_document(kit, document.set("year", 2026), read)
    assert (kit / "kit.yaml").stat().st_mode & 0o777 == 0o640
    assert [p.name for p in kit.iterdir() if p.name.endswith(".part")] == []


def test_a_file_changed_between_read_and_write_is_never_overwritten(kit: Path) -> None:
    document, read = read_document(kit)
    theirs = read.replace(b"year: 2025", b"year: 2024")
    (kit / "kit.yaml").write_bytes(theirs)  # another editor saved meanwhile
    with pytest.raises(ExternalChangeError) as refused:
        save_document(kit, document.set("title", "Mine"), read)
    assert refused.value.current == theirs
    assert (kit / "kit.yaml").read_bytes() == theirs


def test_a_file_changed_during_the_write_is_never_overwritten(
    kit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second look, just before the rename, catches a change made while writing."""
    from mediakit.kit.authoring import save

    document, read = read_document(kit)
    theirs = read + b"# theirs\n"
    written = save._unchanged
    calls = []

    def racing(manifest: Path, expected: bytes | None) -> None:
        calls.append(manifest)
        if len(calls) == 2:
            manifest.write_bytes(theirs)
        written(manifest, expected)

    monkeypatch.setattr(save, "_unchanged", racing)
    with pytest.raises(ExternalChangeError):
        save_document(kit, document.set("title", "Mine"), read)
    assert (kit / "kit.yaml").read_bytes() == theirs
    assert [p.name for p in kit.iterdir() if p.name.endswith(".part")] == []


def test_expected_none_means_no_file_yet(tmp_path: Path) -> None:
    document = KitDocument.parse("").set("mediakit", 1)
    save_document(tmp_path, document, None)
    assert (tmp_path / "kit.yaml").read_text() == "mediakit: 1\n"
    with pytest.raises(ExternalChangeError):
        save_document(tmp_path, document, None)


def test_a_link_in_place_of_kit_yaml_is_refused(tmp_path: Path) -> None:
    (tmp_path / "elsewhere.yaml").write_text("a: 1\n")
    (tmp_path / "kit.yaml").symlink_to(tmp_path / "elsewhere.yaml")
    with pytest.raises(OSError):
        read_document(tmp_path)


def test_text_that_is_not_utf8_is_refused_with_its_place(tmp_path: Path) -> None:
    (tmp_path / "kit.yaml").write_bytes(b"title: caf\xe9\n")
    with pytest.raises(DocumentError) as refused:
        read_document(tmp_path)
    assert (refused.value.line, refused.value.column) == (1, 11)


def test_load_text_validates_a_text_without_reading_or_writing_kit_yaml(kit: Path) -> None:
    before = (kit / "kit.yaml").read_bytes()
    edited = KitDocument.parse(before.decode()).set("stills[0].file", "stills/missing.jpg")
    result = load_text(kit, edited.text.encode())
    assert [(p.line, p.field, p.is_error) for p in result.problems] == [
        (84, "stills[0].file", True)
    ]
    assert (kit / "kit.yaml").read_bytes() == before
    assert load_text(kit, before).problems == load(kit).problems
