"""libvlc's events, relayed to the GUI thread and sorted by film.

libvlc calls back on its own threads. :class:`EventRelay` only copies what an
event carries and posts it, queued, to the GUI thread; nothing here waits on
the GUI thread from a VLC thread (a blocking connection deadlocks ``stop()``).

Each :meth:`EventRelay.next_generation` (one per film loaded) starts a new
generation: an event carries the generation it was attached under, and a late
event of the previous film is dropped on arrival instead of landing on the new
one.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from mediakit.media.playback import PlayerState

# The media player's events the Player listens to.
VLC_EVENTS = (
    "MediaPlayerOpening",
    "MediaPlayerPlaying",
    "MediaPlayerPaused",
    "MediaPlayerStopped",
    "MediaPlayerEndReached",
    "MediaPlayerEncounteredError",
    "MediaPlayerTimeChanged",
    "MediaPlayerLengthChanged",
    "MediaPlayerESAdded",
    "MediaPlayerVout",
)
# The media's own event: its duration is known (parsed before the first play).
MEDIA_PARSED = "MediaParsedChanged"

# The events that are a change of state, and the state each means.
STATE_EVENTS = {
    "MediaPlayerOpening": PlayerState.OPENING,
    "MediaPlayerPlaying": PlayerState.PLAYING,
    "MediaPlayerPaused": PlayerState.PAUSED,
    "MediaPlayerStopped": PlayerState.STOPPED,
    "MediaPlayerEndReached": PlayerState.ENDED,
    "MediaPlayerEncounteredError": PlayerState.ERROR,
}


class EventRelay(QObject):
    """VLC threads -> GUI thread, for the film of the current generation only.

    :attr:`arrived` is emitted on the GUI thread with (event name, value): the
    new time or length in ms for those two events, else None.
    """

    arrived = Signal(str, object)

    # From VLC threads to the GUI thread (connected queued below):
    # (the generation the event belongs to, event name, value).
    _posted = Signal(int, str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self._posted.connect(self._on_posted, Qt.ConnectionType.QueuedConnection)

    def next_generation(self) -> None:
        """A new film: events queued or fired for the previous one are dropped from now."""
        self.generation += 1

    def attach(self, events: Any, vlc: Any) -> None:
        """(Re)attach the media player's events under the current generation."""
        for name in VLC_EVENTS:
            kind = getattr(vlc.EventType, name)
            events.event_detach(kind)  # waits for a callback VLC is running
            events.event_attach(kind, self._on_vlc_event, name, self.generation)

    def detach(self, events: Any, vlc: Any) -> None:
        for name in VLC_EVENTS:
            events.event_detach(getattr(vlc.EventType, name))

    def attach_media(self, media_events: Any, vlc: Any) -> None:
        media_events.event_attach(
            vlc.EventType.MediaParsedChanged, self._on_vlc_event, MEDIA_PARSED, self.generation
        )

    def detach_media(self, media_events: Any, vlc: Any) -> None:
        media_events.event_detach(vlc.EventType.MediaParsedChanged)

    def _on_vlc_event(self, event: Any, name: str, generation: int) -> None:
        """Runs on a VLC thread: copy what is needed and post it, nothing else."""
        value: object = None
        if name == "MediaPlayerTimeChanged":
            value = int(event.u.new_time)
        elif name == "MediaPlayerLengthChanged":
            value = int(event.u.new_length)
        # A media parsed in the background may call back after the window (and
        # this relay) is gone: an event no one can receive is dropped.
        with contextlib.suppress(RuntimeError):
            self._posted.emit(generation, name, value)

    @Slot(int, str, object)
    def _on_posted(self, generation: int, name: str, value: object) -> None:
        if generation == self.generation:  # else about the film before the last load
            self.arrived.emit(name, value)
