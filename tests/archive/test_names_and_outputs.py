"""What validate accepts, pack packs and verify accepts — and the reverse — for
any file name; and pack never writes over what it must not, nor names the
wrong file when it fails."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from mediakit.kit import LoadResult, load
from mediakit.kit.archive import verify
from mediakit.kit.archive.pack import PackError, pack
from mediakit.kit.archive.rules import checksum_line, parse_checksums
from mediakit.kit.source import open_source
from tests.archive.test_cli_archive import mediakit
from tests.conftest import ROPED
from tests.kit.helpers import MINIMAL, image_bytes, make_kit

ODD_NAMES = [
    "line\u2028separator.jpg",  # str.splitlines() splits here, sha256sum does not
    "para\u2029graph.jpg",
    "new\nline.jpg",  # sha256sum escapes these three
    "carriage\rreturn.jpg",
    "tab\there.jpg",
    "next\x85line.jpg",
    "ünï cödé 写真.jpg",
]


def kit_with_still(folder: Path, name: str) -> Path:
    manifest = MINIMAL + f"stills: [{{file: {yaml_string(name)}, alt: A}}]\n"
    return make_kit(folder, manifest, {name: image_bytes()})


def yaml_string(text: str) -> str:
    escapes = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\x85": "\\N", "\u2028": "\\L",
               "\u2029": "\\P", '"': '\\"', "\\": "\\\\"}  # fmt: skip
    return '"' + "".join(escapes.get(char, char) for char in text) + '"'


@pytest.mark.parametrize("name", ODD_NAMES)
def test_validate_pack_verify_and_open_agree_on_any_name(tmp_path: Path, name: str) -> None:
    folder = kit_with_still(tmp_path / "kit", name)
    assert load(folder).ok
    packed = pack(folder, tmp_path / "odd.mediakit")
    report = verify(packed.output)
    assert report.intact, report.problems
    opened = open_source(packed.output, cache_root=tmp_path / "cache")
    assert opened.result.kit is not None
    (still,) = opened.result.kit.stills
    assert still.file.written == name
    assert still.file.path.read_bytes() == image_bytes()


@pytest.mark.parametrize("name", ODD_NAMES)
def test_unzip_and_sha256sum_check_any_name(tmp_path: Path, name: str) -> None:
    """The promise of the README: anyone checks an archive with unzip and sha256sum."""
    packed = pack(kit_with_still(tmp_path / "kit", name), tmp_path / "odd.mediakit")
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(packed.output) as archive:  # unzip(1) mangles \n in names itself
        archive.extractall(unpacked)
    checked = subprocess.run(
        ["sha256sum", "--strict", "-c", "checksums.sha256"],
        cwd=unpacked, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_checksum_lines_are_what_sha256sum_writes(tmp_path: Path) -> None:
    for name in ODD_NAMES:
        (tmp_path / name).write_bytes(name.encode())
    written = subprocess.run(
        ["sha256sum", "--", *ODD_NAMES], cwd=tmp_path, capture_output=True, check=True
    ).stdout
    ours = "".join(
        checksum_line(hashlib.sha256(name.encode()).hexdigest(), name) for name in ODD_NAMES
    )
    assert ours.encode() == written
    listed, problems = parse_checksums(written)
    assert not problems
    assert sorted(listed) == sorted(ODD_NAMES)


def test_a_nul_in_an_entry_name_is_refused(tmp_path: Path) -> None:
    # zipfile cuts names at NUL: write the archive with our own writer.
    from mediakit.kit.archive.zipwrite import STORED, ZipWriter
    from tests.archive import helpers as h

    entries = [*h.kit_entries(), ("x\x00y", b"x")]
    archive = tmp_path / "a.mediakit"
    with archive.open("w+b") as out:
        writer = ZipWriter(out)
        for name, data in [*entries, ("checksums.sha256", h.checksums(entries))]:
            writer.begin(name, STORED, len(data))
            writer.write(data)
            writer.end()
        writer.close()
    messages = [p.format() for p in verify(archive).problems]
    assert messages == [
        f"{archive}: x\\x00y: unsafe path: it holds a NUL character, which no file name can"
    ]


# -- outputs -------------------------------------------------------------------


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    return kit_with_still(tmp_path / "kit", "a.jpg")


@pytest.mark.parametrize("target", ["kit.yaml", "a.jpg", "./sub/../kit.yaml"])
def test_pack_never_writes_over_a_file_of_the_kit(kit: Path, target: str) -> None:
    (kit / "sub").mkdir()
    before = {p.name: p.read_bytes() for p in kit.iterdir() if p.is_file()}
    with pytest.raises(PackError) as refused:
        pack(kit, kit / target)
    assert refused.value.output == kit / target
    assert refused.value.problems[0].text() == (
        "cannot write it: it is a file of the kit itself: choose another output"
    )
    assert {p.name: p.read_bytes() for p in kit.iterdir() if p.is_file()} == before


@pytest.mark.parametrize("kind", ["fifo", "folder", "link"])
def test_pack_replaces_only_regular_files(kit: Path, tmp_path: Path, kind: str) -> None:
    target = tmp_path / "out.mediakit"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "folder":
        target.mkdir()
    else:
        (tmp_path / "elsewhere").write_bytes(b"keep")
        target.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(PackError, match="not a regular file"):
        pack(kit, target)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    if kind == "link":
        assert (tmp_path / "elsewhere").read_bytes() == b"keep"


def test_pack_names_the_kit_file_it_could_not_read(
    kit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A still turned into a FIFO between the check and the copy is named as the kit's file."""
    from mediakit.kit.archive import pack as pack_module

    real_load = pack_module.load

    def load_then_swap(folder: Path) -> LoadResult:
        result = real_load(folder)
        (kit / "a.jpg").unlink()
        os.mkfifo(kit / "a.jpg")
        return result

    monkeypatch.setattr(pack_module, "load", load_then_swap)
    with pytest.raises(PackError) as refused:
        pack(kit, tmp_path / "out.mediakit")
    assert refused.value.output is None
    assert [p.format() for p in refused.value.problems] == [
        "a.jpg: cannot read it: it is a named pipe (FIFO), not a regular file"
    ]
    assert not (tmp_path / "out.mediakit").exists()


def test_cli_names_the_default_output_as_the_user_sees_it(kit: Path, tmp_path: Path) -> None:
    here = tmp_path / "here"
    (here / "test-kit.mediakit").mkdir(parents=True)  # in the way of the default output
    result = mediakit("pack", str(kit), cwd=here)
    assert result.returncode == 1
    assert result.stderr == (
        "test-kit.mediakit: cannot write it: it is a folder, not a regular file\n"
    )


def test_pack_survives_a_link_loop_in_the_folder(kit: Path, tmp_path: Path) -> None:
    (kit / "loop").symlink_to("loop")
    (kit / "dangling").symlink_to("nowhere")
    result = pack(kit, tmp_path / "out.mediakit")
    assert result.left_out == ("dangling", "loop")
    assert verify(result.output).intact


def test_a_dead_packers_part_file_is_removed_by_the_next_pack(kit: Path, tmp_path: Path) -> None:
    left = tmp_path / ".out.mediakit.1234abcd.part"  # what kill -9 leaves
    left.write_bytes(b"half an archive")
    pack(kit, tmp_path / "out.mediakit")
    assert not left.exists()


def test_plain_names_are_listed_without_escapes(tmp_path: Path) -> None:
    shutil.copytree(ROPED, tmp_path / "roped")
    result = pack(tmp_path / "roped", tmp_path / "roped.mediakit")
    with zipfile.ZipFile(result.output) as archive:
        listing = archive.read("checksums.sha256").decode()
    assert not listing.startswith("\\")
    assert listing.splitlines() == sorted(listing.splitlines(), key=lambda line: line[66:].encode())
