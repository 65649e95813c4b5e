"""The subtitle files given with a film, as VLC's subtitle (spu) tracks.

The files are added to the media as "slaves"; VLC lists them after any track
of the film itself, in the order added, once playback has started. The choice
(one file, or none) is kept here and applied whenever VLC can take it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

SUBTITLE_PRIORITY = 4  # libvlc_media_slaves_add: 4 is "user" priority


class SubtitleTracks:
    def __init__(self) -> None:
        self.count = 0  # subtitle files of the film loaded
        self.chosen: int | None = None  # the one shown, an index into those files

    def add_to(self, media: Any, vlc: Any, subtitles: Sequence[tuple[str, Path]]) -> None:
        """Give ``media`` the (language, file) pairs; a choice beyond them is dropped."""
        for _language, sub in subtitles:
            media.slaves_add(vlc.MediaSlaveType.subtitle, SUBTITLE_PRIORITY, Path(sub).as_uri())
        self.count = len(subtitles)
        if self.chosen is not None and self.chosen >= self.count:
            self.chosen = None

    def choose(self, index: int | None) -> None:
        if index is not None and not 0 <= index < self.count:
            raise IndexError(f"no subtitle track {index}")
        self.chosen = index

    def apply(self, mp: Any, time_ms: int, *, resync: bool = False) -> None:
        """Select the chosen file's track in the playing (or paused) media player."""
        # Our subtitle files are VLC's last spu tracks, in the order added.
        ids = [tid for tid, _name in mp.video_get_spu_description() or () if tid != -1]
        ours = ids[-self.count :] if self.count else []
        wanted = -1 if self.chosen is None or self.chosen >= len(ours) else ours[self.chosen]
        if mp.video_get_spu() != wanted:
            mp.video_set_spu(wanted)
            if resync and wanted != -1 and time_ms > 0:
                # VLC 3 shows a newly selected subtitle file only from the
                # next seek: seek to where we are so the current line shows.
                mp.set_time(time_ms)
