"""Why a film did not play: what VLC's log says, else what the clock suggests.

VLC's log belongs to the process's one libvlc instance (its lines do not say
which media player they came from): they are taken to be about the film of the
player that last loaded or played — the log's owner. A player that is not the
owner says only what it saw itself.
"""

from __future__ import annotations

from pathlib import Path

from mediakit.media.playback import PlayerState
from mediakit.media.vlcinstance import SharedVlc
from mediakit.qttranslate import tr
from mediakit.units import format_time

# Without VLC's log: a film that ends before this share of its length was cut short.
CUT_SHORT = 0.9


def claim_log(shared: SharedVlc, player: object, *, clear: bool) -> None:
    """Make ``player`` the log's owner; taking it over (or ``clear``) starts it afresh."""
    if clear or shared.log_owner is not player:
        shared.log.clear()
        shared.log_owner = player


def owns_log(shared: SharedVlc | None, player: object) -> bool:
    return shared is not None and shared.log_owner is player


def cut_short(shared: SharedVlc, player: object, time_ms: int, length_ms: int) -> bool:
    """VLC's demuxer says data is missing. Where its log cannot be read, a film
    ending well before its length; not otherwise: VLC ends a 1 fps film once its
    last picture is out, its clock seconds short of the end."""
    if shared.log.attached:
        return owns_log(shared, player) and shared.log.says_cut_short()
    return length_ms > 0 and time_ms < CUT_SHORT * length_ms


def why(shared: SharedVlc, player: object, path: Path | None, ours: str) -> str:
    """``ours`` about the film at ``path``, with VLC's own reason when the log is ours."""
    theirs = shared.log.reason() if owns_log(shared, player) else ""
    said = f"{path}: {ours}."
    if theirs:
        said += "\n" + tr("VLC says: {reason}").format(reason=theirs)
    return said


def failure(
    shared: SharedVlc,
    player: object,
    state: PlayerState,
    *,
    previous: PlayerState,
    started: bool,
    time_ms: int,
    length_ms: int,
) -> str | None:
    """What went wrong, in our words, when VLC moving from ``previous`` to ``state``
    means the film did not play; None when it is an ordinary change."""
    if state is PlayerState.STOPPED and previous is PlayerState.OPENING:
        return tr("VLC could not play this file")  # VLC gave up before the first picture
    if state is PlayerState.ENDED and not started:
        # Random bytes or an unknown codec: VLC "plays" them and ends at once.
        return tr("VLC found no picture or sound it can decode in this file")
    if state is PlayerState.ENDED and cut_short(shared, player, time_ms, length_ms):
        # A file cut in half: its index promises more than its data holds.
        return tr("the film stops at {time} of {length} (cut short?)").format(
            time=format_time(time_ms), length=format_time(length_ms)
        )
    if state is PlayerState.ERROR:
        return tr("VLC could not play this file")
    return None
