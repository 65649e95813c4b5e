"""Crafting archives for the reader tests: good ones with zipfile, bad ones
with zipfile plus raw byte surgery."""

from __future__ import annotations

import hashlib
import io
import os
import struct
import warnings
import zipfile
from pathlib import Path

from tests.kit.helpers import image_bytes

__all__ = ["image_bytes"]

MANIFEST = b"mediakit: 1\nid: crafted\ntitle: Crafted\nstills:\n  - file: stills/a.jpg\n"
STILL = image_bytes("JPEG", (64, 48))

Entry = tuple[str, bytes]


def checksums(entries: list[Entry]) -> bytes:
    lines = sorted(
        (name.encode(), f"{hashlib.sha256(data).hexdigest()}  {name}\n")
        for name, data in entries
        if not name.endswith("/")
    )
    return "".join(line for _, line in lines).encode()


def kit_entries() -> list[Entry]:
    return [("kit.yaml", MANIFEST), ("stills/a.jpg", STILL)]


def build(
    path: Path,
    entries: list[Entry] | None = None,
    *,
    listed: list[Entry] | None = None,
    extra: list[zipfile.ZipInfo | Entry] = (),  # type: ignore[assignment]
    stored: bool = False,
) -> Path:
    """An archive of ``entries`` + checksums.sha256 of ``listed`` (default: the entries),
    then ``extra`` entries that the checksums do not know about."""
    entries = kit_entries() if entries is None else entries
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(path, "w", method) as archive:
            for name, data in entries:
                archive.writestr(name, data)
            archive.writestr("checksums.sha256", checksums(entries if listed is None else listed))
            for item in extra:
                if isinstance(item, zipfile.ZipInfo):
                    archive.writestr(item, b"../../outside")
                else:
                    archive.writestr(item[0], item[1])
    return path


def symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = 0o120777 << 16
    return info


def set_flag(path: Path, name: str, bit: int) -> None:
    """Set a general-purpose flag bit of ``name`` in its local and central headers."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
        at = archive.start_dir
    raw[info.header_offset + 6] |= bit
    encoded = name.encode()
    while raw[at : at + 4] == b"PK\x01\x02":
        name_len, extra, comment = struct.unpack_from("<3H", raw, at + 28)
        if raw[at + 46 : at + 46 + name_len] == encoded:
            raw[at + 8] |= bit
        at += 46 + name_len + extra + comment
    path.write_bytes(bytes(raw))


def local_offset(path: Path, name: str) -> int:
    with zipfile.ZipFile(path) as archive:
        return archive.getinfo(name).header_offset


def data_range(path: Path, name: str) -> tuple[int, int]:
    """(start, end) of ``name``'s stored data in the file."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    raw = path.read_bytes()
    name_len, extra_len = struct.unpack_from("<2H", raw, info.header_offset + 26)
    start = info.header_offset + 30 + name_len + extra_len
    return start, start + info.compress_size


def patch(path: Path, offset: int, data: bytes) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(data)


def tree(root: Path, skip: Path | None = None) -> dict[str, tuple[int, bytes]]:
    """Every file and folder under ``root`` (not under ``skip``): path -> (mode, content)."""
    out: dict[str, tuple[int, bytes]] = {}
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        if skip is not None and (here == skip or skip in here.parents):
            continue
        for name in dirs + files:
            path = here / name
            info = path.lstat()
            content = path.read_bytes() if path.is_file() and not path.is_symlink() else b""
            out[str(path.relative_to(root))] = (info.st_mode, content)
    return out


def zeros_deflated(size: int) -> bytes:
    """``size`` zero bytes as a raw deflate stream, made without holding them all."""
    import zlib

    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bytes(1 << 20)
    out = io.BytesIO()
    for _ in range(size // len(block)):
        out.write(packer.compress(block))
    out.write(packer.compress(bytes(size % len(block))))
    out.write(packer.flush())
    return out.getvalue()
