"""Editing a kit's manifest without losing a byte of what its author wrote.

:class:`~.document.KitDocument` holds a kit.yaml text and makes minimal-change
edits on it (comments, key order, quoting, anchors, blank lines and line
endings stay as written); :func:`~.save.save_document` writes it back whole
or not at all, and never over a file someone else changed meanwhile. Field
paths are those problems print (``credits[2].names[0]``, :mod:`.fieldpath`).
"""
