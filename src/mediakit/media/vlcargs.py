"""VLC options every instance of ours starts with.

``--demux`` lists VLC's own demuxers for the containers a kit's film may use
(MP4/MOV, MKV/WebM, MPEG-TS/PS, AVI, Ogg, raw streams) plus the subtitle
reader, and nothing else: libavformat's and VLC's adaptive demuxers follow
the URLs inside HLS/DASH manifests — a "film" that was really an HLS playlist
made VLC connect to a listener on 127.0.0.1 (tests/gui/test_confinement.py).
These read only the file they are given, so a kit can never phone home.

Named demuxers are *forced*: VLC tries them in turn, and ``ts``, ``ps`` and
``ogg`` then take any file without looking at it — so whichever comes first
swallows the others' films (AVI and Ogg never played). A film whose name
says AVI, Ogg or MPEG program stream is therefore opened with exactly its
demuxer (:func:`demuxer_for`); the rest go through the list, where MP4 and
Matroska check their magic first and MPEG-TS takes what is left.
"""

from __future__ import annotations

from pathlib import Path

SAFE_DEMUXERS = "mp4,mkv,ts,ps,es,avi,ogg,mpgv,h26x,wav,subtitle,vobsub"

COMMON_ARGS = (
    f"--demux={SAFE_DEMUXERS}",
    "--no-metadata-network-access",  # no art or lyrics lookups
    "--no-sub-autodetect-file",  # only the subtitles the kit names
)

# Containers the list above cannot reach, by the film's suffix (no disk read:
# this runs on the GUI thread). A misnamed film fails with VLC's reason.
_BY_SUFFIX = {
    ".avi": "avi",
    ".ogg": "ogg",
    ".ogv": "ogg",
    ".oga": "ogg",
    ".ogm": "ogg",
    ".mpg": "ps",
    ".mpeg": "ps",
    ".vob": "ps",
}


def demuxer_for(path: Path) -> str | None:
    """The one demuxer to force for ``path`` (a media option), or None for the list."""
    return _BY_SUFFIX.get(path.suffix.lower())


def media_options(path: Path) -> list[str]:
    """Options for the media of ``path``: its demuxer, when the list would miss it."""
    demuxer = demuxer_for(path)
    return [f":demux={demuxer}"] if demuxer else []
