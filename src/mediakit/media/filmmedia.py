"""One film opened in VLC: its media, with the file's options and the subtitle
files, parsed at once (in VLC's own thread) so that its length is known before
the first play, and released when another film takes its place."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mediakit.media.subtitletracks import SubtitleTracks
from mediakit.media.vlcargs import media_options
from mediakit.media.vlcevents import EventRelay
from mediakit.media.vlcinstance import SharedVlc


class FilmMedia:
    def __init__(
        self,
        shared: SharedVlc,
        path: Path,
        options: Sequence[str],
        tracks: SubtitleTracks,
        subtitles: Sequence[tuple[str, Path]],
    ) -> None:
        self._vlc = shared.vlc
        self.media: Any = shared.instance.media_new_path(str(path))
        for option in (*media_options(path), *options):
            self.media.add_option(option)
        tracks.add_to(self.media, self._vlc, subtitles)
        self._events: Any = None  # keep the EventManager (it holds the ctypes callback)

    def parse(self, relay: EventRelay) -> None:
        """Have VLC read the duration; ``relay`` says when (MediaParsedChanged)."""
        self._events = self.media.event_manager()
        relay.attach_media(self._events, self._vlc)
        self.media.parse_with_options(self._vlc.MediaParseFlag.local, 0)

    @property
    def duration(self) -> int:
        return int(self.media.get_duration())

    def release(self, relay: EventRelay) -> None:
        if self._events is not None:
            relay.detach_media(self._events, self._vlc)
            self._events = None
        self.media.release()
