"""Files the GUI loads from the ``assets/`` folder (installed as ``mediakit.assets``)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def asset_path(name: str) -> Path:
    return Path(str(files("mediakit.assets").joinpath(name)))
