"""What decoding a still promises, apart from how: the error, the size rule, the marker.

Shared by :mod:`mediakit.media.images` (the entry point, light at start-up)
and :mod:`mediakit.media.pillow` (the decoder, imported only by workers), so
that neither imports the other's names.
"""

from __future__ import annotations

from pathlib import Path

from mediakit.kit.message import Message, Translate

# Key set on a QImage (QImage.text) when only part of the file could be read.
TRUNCATED = "mediakit-truncated"

Box = tuple[int, int]


class DecodeError(Exception):
    """A still that cannot be shown; ``str()`` is the message for the user (in English),
    ``problem`` the reason as a message (a kit problem when the command line checks)."""

    def __init__(self, path: Path, problem: Message) -> None:
        super().__init__(f"{path.name}: {problem}")
        self.path = path
        self.problem = problem


def failure_text(path: Path, error: BaseException, translate: Translate | None = None) -> str:
    """Why the still at ``path`` cannot be shown, for the user: ``name: reason``,
    our reasons in the interface language when ``translate`` is given."""
    if isinstance(error, DecodeError):
        return f"{error.path.name}: {error.problem.render(translate)}"
    return f"{path.name}: {error}"


def fitted_size(size: Box, box: Box) -> Box:
    """``size`` scaled to fit inside ``box``, keeping its shape, never enlarged."""
    width, height = size
    scale = min(box[0] / width, box[1] / height, 1.0)
    return max(1, round(width * scale)), max(1, round(height * scale))
