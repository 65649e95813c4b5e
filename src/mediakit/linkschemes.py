"""Which links a kit may carry to the reader: only schemes that cannot run or
fetch anything on their own (http, https, mailto). One rule for the window
(:mod:`mediakit.gui.external`, which opens them on a click) and for the web
press page (:mod:`mediakit.publish.web`, which writes them as links); here,
without Qt, so that the web page can be made without it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


def is_safe_url(url: str) -> bool:
    """Whether ``url`` is absolute in one of :data:`SAFE_SCHEMES` (and has somewhere to go)."""
    text = url.strip()
    # Control characters and spaces inside a URL are how filters are fooled
    # ("java\tscript:"); a real address never needs them.
    if not text or any(ord(c) < 33 or c == "\x7f" for c in text):
        return False
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    if parts.scheme.lower() not in SAFE_SCHEMES:
        return False
    return bool(parts.path) if parts.scheme.lower() == "mailto" else bool(parts.netloc)
