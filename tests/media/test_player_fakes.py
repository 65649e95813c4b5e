"""A stand-in for the python-vlc module and the test film, shared by the player
and film pane tests (this module holds no tests of its own).

The fake records what the Player asks of libvlc and lets a test fire VLC
events from a foreign thread, as libvlc does.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from mediakit.media.vlcevents import VLC_EVENTS
from tests.conftest import ROPED

EVENT_NAMES = (*VLC_EVENTS, "MediaParsedChanged")


class FakeEventManager:
    def __init__(self) -> None:
        self.callbacks: dict[str, tuple[Any, tuple[Any, ...]]] = {}

    def event_attach(self, event_type: str, callback: Any, *args: Any) -> int:
        self.callbacks[event_type] = (callback, args)
        return 0

    def event_detach(self, event_type: str) -> None:
        self.callbacks.pop(event_type, None)

    def fire(self, name: str, **u: int) -> None:
        """Deliver an event from another thread, as libvlc does."""
        if name not in self.callbacks:
            return
        callback, args = self.callbacks[name]
        event = SimpleNamespace(u=SimpleNamespace(**u))
        thread = threading.Thread(target=callback, args=(event, *args))
        thread.start()
        thread.join()


class FakeMedia:
    def __init__(self, path: str) -> None:
        self.path = path
        self.slaves: list[tuple[str, int, str]] = []
        self.events = FakeEventManager()
        self.released = False

    def slaves_add(self, kind: str, priority: int, uri: str) -> int:
        self.slaves.append((kind, priority, uri))
        return 0

    def event_manager(self) -> FakeEventManager:
        return self.events

    def parse_with_options(self, flags: Any, timeout: int) -> int:
        return 0

    def get_duration(self) -> int:
        return 5000

    def release(self) -> None:
        self.released = True


class FakeMediaPlayer:
    def __init__(self) -> None:
        self.events = FakeEventManager()
        self.calls: list[tuple[Any, ...]] = []
        self.media: FakeMedia | None = None
        self.spu = 2  # VLC selects the first subtitle by itself
        self.released = False
        self.play_result = 0

    def __getattr__(self, name: str) -> Any:  # record any other call
        def record(*args: Any) -> int:
            self.calls.append((name, *args))
            return 0

        return record

    def event_manager(self) -> FakeEventManager:
        return self.events

    def set_media(self, media: FakeMedia) -> None:
        self.media = media

    def play(self) -> int:
        self.calls.append(("play",))
        return self.play_result

    def video_get_spu_description(self) -> list[tuple[int, bytes]]:
        return [(-1, b"Disable"), (2, b"Track 1 - [English]"), (3, b"Track 2 - [French]")]

    def video_get_spu(self) -> int:
        return self.spu

    def video_set_spu(self, track: int) -> int:
        self.spu = track
        return 0

    def video_get_size(self, num: int) -> tuple[int, int]:
        return (640, 360)

    def release(self) -> None:
        self.released = True

    def called(self, name: str) -> list[tuple[Any, ...]]:
        return [call[1:] for call in self.calls if call[0] == name]


class FakeInstance:
    def __init__(self, args: list[str]) -> None:
        self.args = args
        self.players: list[FakeMediaPlayer] = []
        self.released = False

    def media_player_new(self) -> FakeMediaPlayer:
        self.players.append(FakeMediaPlayer())
        return self.players[-1]

    def media_new_path(self, path: str) -> FakeMedia:
        return FakeMedia(path)

    def release(self) -> None:
        self.released = True


class FakeVlc:
    """What the Player uses of the python-vlc module."""

    EventType = SimpleNamespace(**{name: name for name in EVENT_NAMES})
    MediaSlaveType = SimpleNamespace(subtitle="subtitle")
    MediaParseFlag = SimpleNamespace(local="local")

    def __init__(self) -> None:
        self.instances: list[FakeInstance] = []

    def Instance(self, args: list[str]) -> FakeInstance:
        self.instances.append(FakeInstance(args))
        return self.instances[-1]

    @property
    def mp(self) -> FakeMediaPlayer:
        return self.instances[-1].players[-1]


class MissingLibVlc:
    """python-vlc imported without libvlc: its functions are undefined names."""

    def Instance(self, args: list[str]) -> Any:
        raise NameError("name 'libvlc_new' is not defined")


@pytest.fixture(scope="session")
def film_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The roped kit's film when it exists, else a 5 s 640x360 H.264+AAC clip."""
    real = ROPED / "film" / "roped.mp4"
    if real.is_file() and _plays(real):
        return real
    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg is needed to make the test film")
    clip = tmp_path_factory.mktemp("film") / "clip.mp4"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y",
         "-f", "lavfi", "-i", "testsrc=size=640x360:rate=25:duration=5",
         "-f", "lavfi", "-i", "sine=frequency=440:duration=5",
         "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
         "-c:a", "aac", "-shortest", str(clip)],
        check=True,
    )  # fmt: skip
    return clip


def _plays(path: Path) -> bool:
    """Whether ``path`` is a complete film (another helper may be writing it)."""
    if shutil.which("ffprobe") is None:
        return True
    probe = ["ffprobe", "-v", "error", "-show_entries", "format=duration", str(path)]
    return subprocess.run(probe, capture_output=True, check=False).returncode == 0


def libvlc_reason() -> str | None:
    """None when libvlc loads, else why not (for skip messages)."""
    try:
        import vlc

        instance = vlc.Instance(["--quiet"])
    except (ImportError, NameError, OSError) as error:
        return f"libvlc is not loadable: {error}"
    if instance is None:
        return "libvlc is not loadable: vlc.Instance() returned None"
    instance.release()
    return None
