"""Cancellation: what the reader asked for, not a failure.

Its own small module, with no imports: the thread pool and the window's
opener need the type at start-up, and reaching it through the archive
package would import all of archive reading (about 60 ms) before the first
paint.
"""

from __future__ import annotations


class Cancelled(Exception):  # noqa: N818 - what happened, not a failure
    """Raised by a progress callback to stop an open or a check: not a problem
    with the archive, so it passes every handler that turns errors into problems."""
