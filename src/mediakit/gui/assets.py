"""Files the GUI loads from the ``assets/`` folder (installed as ``mediakit.assets``)."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

# The package's folder, as a path: importlib.resources would cost ~10 ms of
# imports (zipfile, tempfile) at start-up for a folder that is always on disk.
_FOLDER = Path(import_module("mediakit.assets").__file__ or "").parent


def asset_path(name: str) -> Path:
    return _FOLDER / name
