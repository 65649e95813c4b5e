"""What a tile and the filters read of a kit besides its header: its makers
(the direction credits, else the first credit), whether it discloses AI use,
and whether an archive carries a signature (a folder: neither)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mediakit.kit.archive.sign import sign
from mediakit.kit.manifest import roles
from mediakit.kit.manifest.model import Text
from mediakit.kit.signing import keys
from tests.archive.signing_helpers import keygen
from tests.conftest import ROPED
from tests.kit.helpers import image_bytes, make_kit
from tests.library.helpers import RENE, library, packed, rene_kit

RENE_CREDITS = """\
credits:
  - role: {fr: Réalisation, en: Director}
    names: [Zoë Ångström]
"""
needs_ssh_keygen = pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="needs ssh-keygen")


def credited(folder: Path, credits: str, extra: str = "") -> Path:
    """René's kit with other credits (and ``extra`` top-level fields)."""
    manifest = RENE.replace(RENE_CREDITS, credits + extra)
    assert manifest != RENE or credits == RENE_CREDITS
    files: dict[str, bytes | str] = {"synopsis.md": "Une nuit.", "stills/a.jpg": image_bytes()}
    return make_kit(folder, manifest, files, dedent=False)


def test_makers_are_the_direction_credits(tmp_path: Path) -> None:
    kit = credited(
        tmp_path / "kits" / "two",
        """\
credits:
  - role: {fr: Production, en: Producer}
    names: [Ana Prod]
  - role: {fr: Directeur de la photographie, en: Director of photography}
    names: [Dee Opi]
  - role: {fr: Écrit et réalisé par, en: Written and directed by}
    names: [Léa Éclair, Bo Wu]
  - role: {de: Regie}
    names: [Bo Wu, Kai Berg]
""",
    )
    lib = library(tmp_path)
    lib.add_kit(kit)
    entry = lib.kit(kit)
    assert entry is not None and entry.makers == "Léa Éclair, Bo Wu, Kai Berg"
    rene = rene_kit(tmp_path / "kits" / "rene")  # Réalisation / Director
    lib.add_kit(rene)
    assert (found := lib.kit(rene)) is not None and found.makers == "Zoë Ångström"


def test_makers_are_the_first_credit_without_a_director(tmp_path: Path) -> None:
    kit = credited(
        tmp_path / "kit",
        """\
credits:
  - role: {fr: Musique, en: Music}
    names: [Mo Son, Ida Ton]
  - role: {fr: Production, en: Producer}
    names: [Ana Prod]
""",
    )
    lib = library(tmp_path)
    lib.add_kit(kit)
    assert (entry := lib.kit(kit)) is not None and entry.makers == "Mo Son, Ida Ton"


@pytest.mark.parametrize(
    ("role", "direction"),
    [
        ("RÉALISATION", True),
        ("realisatrice", True),
        ("Directed by", True),
        ("Dirección", True),
        ("Regia", True),
        ("Co-director", True),
        ("Direction de la photographie", False),
        ("Dirección de arte", False),
        ("Assistant director", False),
        ("Casting director", False),
        ("Producer", False),
    ],
)
def test_a_direction_role_is_matched_by_its_words(role: str, direction: bool) -> None:
    assert roles.is_direction(Text({"xx": role})) is direction


def test_ai_use_is_the_ai_disclosure(tmp_path: Path) -> None:
    lib = library(tmp_path)
    rene = rene_kit(tmp_path / "rene")
    lib.add_kit(rene)
    lib.add_kit(ROPED)
    by_title = {e.title: e for e in lib.kits()}
    assert by_title["ROPED"].ai_used and not by_title["La Nuit de René"].ai_used
    assert [e.title for e in lib.kits(ai=True)] == ["ROPED"]
    assert [e.title for e in lib.kits(ai=False)] == ["La Nuit de René"]
    assert len(lib.kits(ai=None)) == 2


@needs_ssh_keygen
def test_signed_archives_unsigned_ones_and_folders(tmp_path: Path) -> None:
    kits = tmp_path / "kits"
    rene = rene_kit(tmp_path / "src" / "rene")
    signed = packed(rene, kits / "signed.mediakit")
    key = keys.load_private(keygen(tmp_path).read_bytes(), lambda: None)
    sign(signed, key.sign)
    unsigned = packed(rene, kits / "unsigned.mediakit")
    folder = rene_kit(kits / "folder")
    lib = library(tmp_path)
    assert lib.add_folder(kits).ok
    by_path = {e.path: e for e in lib.kits()}
    assert by_path[signed].signed is True and by_path[signed].archive
    assert by_path[unsigned].signed is False
    assert by_path[folder].signed is None and not by_path[folder].archive
    assert [e.path for e in lib.kits(signed=True)] == [signed]
    assert [e.path for e in lib.kits(signed=False)] == [unsigned]  # folders are neither
    assert len(lib.kits(signed=None)) == 3
    assert all(e.makers == "Zoë Ångström" for e in lib.kits())


@needs_ssh_keygen
def test_an_archive_signed_since_is_indexed_again(tmp_path: Path) -> None:
    archive = packed(rene_kit(tmp_path / "src" / "rene"), tmp_path / "kits" / "rene.mediakit")
    lib = library(tmp_path)
    lib.add_kit(archive)
    assert (entry := lib.kit(archive)) is not None and entry.signed is False
    sign(archive, keys.load_private(keygen(tmp_path).read_bytes(), lambda: None).sign)
    (done,) = lib.refresh().kits  # the content hash is the same: the signature is not
    assert done.status == "indexed"
    assert (entry := lib.kit(archive)) is not None and entry.signed is True
