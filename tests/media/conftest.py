"""Content Credentials made for the tests: real C2PA signing with the throwaway
certificate of scripts/placeholder_credentials.py (loaded by tests/credentials_signer.py):
signed images, films and kits for tests/media, tests/cli and tests/fuzz."""

from __future__ import annotations

import functools
import struct
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PIL import Image

from tests.conftest import ROPED
from tests.credentials_signer import signing

AI = "trainedAlgorithmicMedia"
ALGORITHMIC = "algorithmicMedia"
CAPTURE = "digitalCapture"
JPEG_APP11 = 0xEB  # the JPEG segment C2PA's JUMBF boxes travel in


@functools.cache
def signer() -> Any:
    """One certificate chain for the session (its key never leaves memory)."""
    return signing().make_test_signer()


def picture(path: Path, size: tuple[int, int] = (64, 48)) -> Path:
    """A small real image, its format from the suffix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, (200, 120, 40)).save(path)
    return path


def signed(
    source: Path,
    dest: Path,
    source_type: str = AI,
    *,
    title: str = "a test still",
    actions: Sequence[dict[str, Any]] = (),
) -> Path:
    """``dest``: ``source`` with a manifest saying it was created as ``source_type``."""
    script = signing()
    manifest = script.manifest(title, source_type, generator="mediakit tests", actions=actions)
    dest.parent.mkdir(parents=True, exist_ok=True)
    script.add_credentials(source, dest, signer(), manifest)
    return dest


def signed_picture(path: Path, source_type: str = AI, **kwargs: Any) -> Path:
    """A small image at ``path`` with Content Credentials (made beside it, then signed)."""
    plain = picture(path.with_name("plain-" + path.name))
    signed(plain, path, source_type, **kwargs)
    plain.unlink()
    return path


def signed_with_ingredients(dest: Path, ingredients: Sequence[tuple[Path, str]]) -> Path:
    """A JPEG edited from ``ingredients`` (path, relationship), each added with its bytes
    (and so with its own credentials, if it has some)."""
    import c2pa

    script = signing()
    edited = {"action": "c2pa.edited", "softwareAgent": {"name": "Test Editor", "version": "2"}}
    manifest = script.manifest("edited", CAPTURE, generator="mediakit tests", actions=[edited])
    builder = c2pa.Builder(manifest)
    for path, relationship in ingredients:
        with path.open("rb") as stream:
            ingredient = {"title": path.name, "relationship": relationship}
            builder.add_ingredient(ingredient, script.MIME[path.suffix], stream)
    plain = picture(dest.with_name("plain-" + dest.name))
    with plain.open("rb") as source, dest.open("w+b") as out:
        builder.sign(signer().signer(), "image/jpeg", source, out)
    plain.unlink()
    return dest


def c2pa_segment(jpeg: bytes) -> tuple[int, int]:
    """(start, end) of the first APP11 segment's payload: the manifest store's JUMBF."""
    at = 2  # after SOI
    while at + 4 <= len(jpeg) and jpeg[at] == 0xFF and jpeg[at + 1] != 0xDA:
        (length,) = struct.unpack(">H", jpeg[at + 2 : at + 4])
        if jpeg[at + 1] == JPEG_APP11:
            return at + 4, at + 2 + length
        at += 2 + length
    raise AssertionError("no APP11 segment: not a JPEG with Content Credentials")


def store_header(jpeg: bytes) -> int:
    """Where the manifest store's content starts: after the segment's JUMBF header
    (CI, En, Z), the store's superbox header and its description box (labelled c2pa),
    so that what follows is read as a manifest store."""
    start, _ = c2pa_segment(jpeg)
    description = start + 8 + 8  # CI + En + Z, then the superbox's LBox + "jumb"
    (length,) = struct.unpack(">I", jpeg[description : description + 4])
    assert jpeg[description + 4 : description + 8] == b"jumd"
    return description + length


def film_copy(dest: Path) -> Path:
    """ROPED's film (a real 2-minute MP4), copied to ``dest``."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes((ROPED / "film" / "roped.mp4").read_bytes())
    return dest


def kit_with_stills(
    folder: Path, stills: Mapping[str, str | None], *, ai_disclosure: bool = False
) -> Path:
    """A kit folder whose stills (name -> IPTC source type, None for no credentials)
    are small JPEGs, signed as said; ``ai_disclosure`` on its own line."""
    lines = ["mediakit: 1", "id: signed", "title: Signed", "stills:"]
    for name, source_type in stills.items():
        lines.append(f"  - {{file: stills/{name}, alt: A still}}")
        path = folder / "stills" / name
        if source_type is None:
            picture(path)
        else:
            signed_picture(path, source_type)
    if ai_disclosure:
        lines.append("ai_disclosure: The stills were generated with a diffusion model.")
    (folder / "kit.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder
