"""The library: the reader's kits indexed for one search box. No Qt, no window,
no command line: :mod:`.store` is the API they use.

:mod:`.scan` finds kits in folders; :mod:`.peek` reads an archive's manifest
and texts without unpacking its media; :mod:`.fields` says what of a kit is
indexed; :mod:`.index` is the SQLite schema and the search (FTS5);
:mod:`.database` opens it, one connection per thread, and rebuilds it when
damaged.
"""
