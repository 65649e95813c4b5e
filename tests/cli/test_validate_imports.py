"""``mediakit validate`` of a folder kit loads no archive reading: the archive
package (its ZIP reading, cache, hashing threads) is imported only once a path
is an archive. Run in a fresh interpreter, where ``sys.modules`` tells."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from mediakit.kit.archive.pack import pack
from tests.kit.helpers import MINIMAL, make_kit

PROBE = """
import json, sys
from mediakit.cli.main import main
status = main(sys.argv[1:])
heavy = sorted(m for m in sys.modules if m.startswith("mediakit.kit.archive")
               or m in ("hashlib", "zlib", "queue", "threading", "json.decoder", "logging"))
print(json.dumps({"status": int(status), "modules": heavy}))
"""


def _validate(path: Path) -> tuple[int, list[str]]:
    """The exit status of ``mediakit validate PATH`` and the modules it imported."""
    run = subprocess.run(
        [sys.executable, "-c", PROBE, "validate", str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    result = json.loads(run.stdout.strip().splitlines()[-1])
    return int(result["status"]), [str(name) for name in result["modules"]]


def test_validate_of_a_folder_kit_imports_no_archive_reading(tmp_path: Path) -> None:
    kit = make_kit(tmp_path / "kit", MINIMAL)
    status, modules = _validate(kit)
    assert status == 0
    assert not [m for m in modules if m.startswith("mediakit.kit.archive")], modules
    assert "hashlib" not in modules and "logging" not in modules, modules


def test_validate_of_its_kit_yaml_imports_no_archive_reading(tmp_path: Path) -> None:
    kit = make_kit(tmp_path / "kit", MINIMAL)
    status, modules = _validate(kit / "kit.yaml")
    assert status == 0
    assert not [m for m in modules if m.startswith("mediakit.kit.archive")], modules


def test_validate_of_an_archive_does_import_it(tmp_path: Path) -> None:
    """The probe sees the import when there is one (else the tests above prove nothing)."""
    kit = make_kit(tmp_path / "kit", MINIMAL)
    archive = pack(kit, tmp_path / "kit.mediakit").output
    status, modules = _validate(archive)
    assert status == 0
    assert "mediakit.kit.archive.scan" in modules and "hashlib" in modules
