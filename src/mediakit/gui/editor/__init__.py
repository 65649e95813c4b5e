"""The kit editor: a window of forms over one kit.yaml, every change an
undoable edit of a :class:`~mediakit.kit.authoring.document.KitDocument`.

``session`` holds the document, its undo stack and saving; ``check`` validates
the unsaved text in the background; the widgets only read and write paths of
the document (``credits[2].names``), the same paths problems name.
"""
