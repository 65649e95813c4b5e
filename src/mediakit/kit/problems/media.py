"""What checking a kit's media in full finds (``validate --deep``, the stills' decoder)."""

from __future__ import annotations

from mediakit.kit.message import QT_TRANSLATE_NOOP, Template

# Decoding a still (mediakit.media.pillow); the file name comes first.
DECODE_NOT_FOUND = Template("decode-not-found", QT_TRANSLATE_NOOP("problems", "file not found"))
DECODE_PERMISSION = Template(
    "decode-permission", QT_TRANSLATE_NOOP("problems", "permission denied")
)
DECODE_UNREADABLE = Template(
    "decode-unreadable",
    QT_TRANSLATE_NOOP("problems", "not a readable image (JPEG, PNG, WebP or TIFF)"),
)
DECODE_TOO_LARGE = Template(
    "decode-too-large", QT_TRANSLATE_NOOP("problems", "larger than the limit of {limit} megapixels")
)
DECODE_FAILED = Template(
    "decode-failed", QT_TRANSLATE_NOOP("problems", "cannot be decoded ({error})")
)
DECODE_CUT_SHORT = Template(
    "decode-cut-short", QT_TRANSLATE_NOOP("problems", "the file is cut short ({error})")
)

# validate --deep (mediakit.cli.deep).
NOT_DECODED = Template(
    "not-decoded", QT_TRANSLATE_NOOP("problems", "cannot be decoded in full: {problem}")
)
IMAGE_CUT_SHORT = Template(
    "image-cut-short",
    QT_TRANSLATE_NOOP(
        "problems", "the image data is cut short: only its top part shows (the rest is grey)"
    ),
)
VLC_CANNOT_PLAY = Template(
    "vlc-cannot-play", QT_TRANSLATE_NOOP("problems", "VLC cannot play it: {error}")
)
VLC_NO_PICTURE = Template(
    "vlc-no-picture", QT_TRANSLATE_NOOP("problems", "VLC finds no picture in it (sound only)")
)
