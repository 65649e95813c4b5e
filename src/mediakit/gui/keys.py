"""The window's key bindings as data: the menus, the help overlay and the
tests all read this one table.

Each page with keys of its own (the film, the lightbox) exports a table of
the same shape; :func:`help_sections` gathers them for the help overlay.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence


@dataclass(frozen=True)
class Binding:
    action: str  # stable name the window connects to a handler
    keys: tuple[str, ...]  # QKeySequence strings, portable form
    description: str

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(k) for k in self.keys]


WINDOW_KEYS: tuple[Binding, ...] = (
    Binding("open", ("Ctrl+O",), "Open a kit (.mediakit archive or kit.yaml)"),
    Binding("open_folder", ("Ctrl+Shift+O",), "Open a kit folder"),
    Binding("close_kit", ("Ctrl+W",), "Close the kit, back to the start page"),
    Binding("next_section", ("Ctrl+PgDown", "Ctrl+Tab"), "Next section"),
    Binding("previous_section", ("Ctrl+PgUp", "Ctrl+Shift+Tab"), "Previous section"),
    Binding("sections", ("Alt+S",), "Focus the list of sections"),
    Binding("next_language", ("Ctrl+L",), "Next language of the kit"),
    Binding("full_screen", ("F11",), "Window full screen"),
    Binding("present", ("F5",), "Present the kit full screen (Esc to leave)"),
    Binding("help", ("F1", "?"), "Show the keys"),
    Binding("quit", ("Ctrl+Q",), "Quit"),
)


def binding(action: str) -> Binding:
    for entry in WINDOW_KEYS:
        if entry.action == action:
            return entry
    raise KeyError(action)


def describe(keys: tuple[str, ...]) -> str:
    """Keys as the user's platform writes them: "Ctrl+O" or "⌘O"."""
    return ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
