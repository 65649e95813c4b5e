"""VLC options every instance of ours starts with.

``--demux`` lists VLC's own demuxers for the containers a kit's film may use
(MP4/MOV, MKV/WebM, MPEG-TS/PS, AVI, Ogg, raw streams) plus the subtitle
reader, and nothing else: libavformat's and VLC's adaptive demuxers follow
the URLs inside HLS/DASH manifests — a "film" that was really an HLS playlist
made VLC connect to a listener on 127.0.0.1 (tests/gui/test_confinement.py).
These read only the file they are given, so a kit can never phone home.
"""

from __future__ import annotations

SAFE_DEMUXERS = "mp4,mkv,ts,ps,es,avi,ogg,mpgv,h26x,wav,subtitle,vobsub"

COMMON_ARGS = (
    f"--demux={SAFE_DEMUXERS}",
    "--no-metadata-network-access",  # no art or lyrics lookups
    "--no-sub-autodetect-file",  # only the subtitles the kit names
)
