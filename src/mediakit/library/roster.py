"""What the reader put in the library themselves — the folders they added, the
kits they added or opened — kept in ``library.json`` beside the index.

The index is a cache; this list is not: deleting or rebuilding the index
loses nothing, since :meth:`mediakit.library.store.Library.refresh` indexes
every folder and kit listed here again. Written whole or not at all
(:func:`mediakit.safeio.atomic_write`); a file that cannot be read counts as
empty (and is replaced at the next change), never as an error.
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

from mediakit.safeio import atomic_write, read_regular

NAME = "library.json"
MAX_BYTES = 16 * 1024 * 1024
log = logging.getLogger(__name__)


class Roster:
    def __init__(self, folder: Path) -> None:
        self.path = folder / NAME
        self._lock = threading.Lock()

    def _read(self) -> dict[str, dict[str, float | None]]:
        try:
            data = json.loads(read_regular(self.path, MAX_BYTES))
            folders = {str(k): v for k, v in dict(data["folders"]).items()}
            kits = {str(k): v for k, v in dict(data["kits"]).items()}
        except FileNotFoundError:
            return {"folders": {}, "kits": {}}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("library list %s unreadable (%s): starting empty", self.path, exc)
            return {"folders": {}, "kits": {}}
        return {"folders": folders, "kits": kits}

    def folders(self) -> list[Path]:
        return sorted(Path(p) for p in self._read()["folders"])

    def kits(self) -> dict[Path, float | None]:
        """The kits added or opened themselves: path -> when last opened (None: never)."""
        return {Path(p): t for p, t in self._read()["kits"].items()}

    def change(self, part: str, path: Path, value: float | None, remove: bool = False) -> bool:
        """Add (or update) ``path`` in ``part`` ("folders", "kits"), or remove it;
        False when removing what was not there. Never raises: the index still works."""
        with self._lock:
            data = self._read()
            key = str(path)
            if remove:
                if key not in data[part]:
                    return False
                del data[part][key]
            else:
                data[part][key] = value
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with atomic_write(self.path) as pending:
                    pending.file.write(json.dumps(data, indent=1, ensure_ascii=False).encode())
            except OSError as exc:
                log.warning("library list %s not written: %s", self.path, exc)
        return True
