"""What an action is: a name in a mode, default keys, a translatable
description, and maybe a situation it is limited to.

The actions themselves are declared in :mod:`mediakit.gui.keymap.actions`;
what they do is bound by the widget of each mode when it is built
(:class:`mediakit.gui.keymap.dispatch.KeyDispatcher`, or the window's
QActions), so this module holds only data.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication


class Mode(Enum):
    """Where a key is read. The value is the key file's ``[section]`` name."""

    WINDOW = "window"  # the main window's menus, whatever has the focus
    FILM = "film"  # the film pane, when it has the focus
    STILLS = "stills"  # the stills viewer (the lightbox)
    PRESENT = "present"  # the audience and presenter views of a show
    EDITOR = "editor"  # the kit editor's window, whatever has the focus


class Condition(Enum):
    """A situation an action is limited to; the widget of its mode says when it holds.

    A limited action may share a key with an unlimited one of its mode: it wins
    while its condition holds (Space plays the film on the film slide and moves
    on elsewhere).
    """

    FILM_LOADED = "film_loaded"  # film pane: a film is loaded and playable
    FULL_SCREEN = "full_screen"  # film pane: the film is full screen
    ON_FILM_SLIDE = "on_film_slide"  # show: the film slide is up
    NUMBER_TYPED = "number_typed"  # show: digits of a slide number were typed


class Message(NamedTuple):
    """A user-visible text kept untranslated, with its context, until it is shown."""

    context: str
    source: str

    def shown(self) -> str:
        return QCoreApplication.translate(self.context, self.source)


def QT_TRANSLATE_NOOP(context: str, source: str) -> Message:
    """Marks ``source`` for lupdate, as Qt's macro of this name does (lupdate finds
    the strings by this name); translated only when shown, in the reader's language."""
    return Message(context, source)


@dataclass(frozen=True)
class Action:
    mode: Mode
    name: str  # stable: the key file and the handlers use it
    keys: tuple[str, ...]  # the defaults, QKeySequence portable text, one chord each
    description: Message
    when: Condition | None = None
    takes_text: bool = False  # the handler is given the text the key typed (a digit)

    @property
    def label(self) -> str:
        """``[film] play_pause``: how messages name the action."""
        return f"[{self.mode.value}] {self.name}"
