"""Texts kept in files of the kit, edited: read as the loader reads them, written
back with their BOM and line breaks, never through a link or over a change."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediakit.kit.authoring.save import ExternalChangeError, read_document
from mediakit.kit.authoring.savekit import PendingText, TextChangedError, save_kit
from mediakit.kit.authoring.textfiles import (
    TextFileError,
    decode,
    encode_text,
    file_key,
    read_text_file,
)

KIT = "mediakit: 1\nid: t\ntitle: T\nsynopsis: {file: s.md}\n"


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    (tmp_path / "kit.yaml").write_text(KIT, encoding="utf-8")
    (tmp_path / "s.md").write_bytes(b"\xef\xbb\xbfone\r\ntwo\r\nthree\r\n")
    return tmp_path


def test_a_crlf_file_with_a_bom_keeps_both_and_only_the_changed_line_differs() -> None:
    disk = decode("s.md", b"\xef\xbb\xbfone\r\ntwo\r\nthree\r\n")
    assert disk.text == "one\ntwo\nthree\n" and disk.bom
    assert encode_text(disk.text, disk) == disk.data
    edited = encode_text("one\nTWO\nthree\nfour\n", disk)
    assert edited == b"\xef\xbb\xbfone\r\nTWO\r\nthree\r\nfour\r\n"


def test_mixed_breaks_stay_each_line_s_own_and_no_final_break_stays_none() -> None:
    disk = decode("s.md", b"a\r\nb\nc")
    assert encode_text("a\nb\nc!", disk) == b"a\r\nb\nc!"
    assert encode_text("", disk) == b""


def test_not_utf8_and_too_large_cannot_be_edited(tmp_path: Path) -> None:
    with pytest.raises(TextFileError, match="not UTF-8"):
        decode("s.md", b"caf\xe9")
    (tmp_path / "kit.yaml").write_text(KIT, encoding="utf-8")
    (tmp_path / "big.md").write_bytes(b"x" * (3 * 1024 * 1024))
    with pytest.raises(TextFileError, match="larger than"):
        read_text_file(tmp_path, "big.md")


def test_a_link_is_read_but_never_written_and_outside_the_kit_is_not_read(kit: Path) -> None:
    (kit / "link.md").symlink_to(kit / "s.md")
    linked = read_text_file(kit, "link.md")
    assert linked.text == "one\ntwo\nthree\n"
    assert linked.read_only is not None and "link" in str(linked.read_only)
    (kit.parent / "outside.md").write_text("out", encoding="utf-8")
    with pytest.raises(TextFileError):
        read_text_file(kit, "../outside.md")
    assert read_text_file(kit, "./s.md").read_only is None
    assert file_key("./s.md") == "s.md"


def test_save_writes_the_changed_file_and_leaves_kit_yaml_alone(kit: Path) -> None:
    document, expected = read_document(kit)
    before = (kit / "kit.yaml").stat().st_mtime_ns
    disk = read_text_file(kit, "s.md")
    saved = save_kit(kit, document, expected, [PendingText("one\n2\nthree\n", disk)])
    assert (kit / "s.md").read_bytes() == b"\xef\xbb\xbfone\r\n2\r\nthree\r\n"
    assert saved.texts["s.md"].data == (kit / "s.md").read_bytes()
    assert (kit / "kit.yaml").read_bytes() == expected
    assert (kit / "kit.yaml").stat().st_mtime_ns == before  # not even rewritten


def test_a_file_changed_meanwhile_refuses_the_whole_save(kit: Path) -> None:
    document, expected = read_document(kit)
    disk = read_text_file(kit, "s.md")
    (kit / "s.md").write_bytes(b"theirs\n")
    edited = document.set("title", "Mine")
    with pytest.raises(TextChangedError) as refused:
        save_kit(kit, edited, expected, [PendingText("mine\n", disk)])
    assert refused.value.written == "s.md" and refused.value.current == b"theirs\n"
    assert (kit / "s.md").read_bytes() == b"theirs\n"
    assert (kit / "kit.yaml").read_bytes() == expected  # nothing written
    (kit / "kit.yaml").write_text(KIT + "year: 2020\n", encoding="utf-8")
    with pytest.raises(ExternalChangeError):
        save_kit(kit, edited, expected, [PendingText("mine\n", read_text_file(kit, "s.md"))])
    assert (kit / "s.md").read_bytes() == b"theirs\n"
