"""Presenter mode: a kit pitched full screen, slide by slide.

``slides`` paints one audience slide at any size (``layout`` sets the text,
``stills`` decodes pictures in workers, ``plain`` turns Markdown into
paragraphs); the windows, keys and screens that show them live beside them.
The sequence itself is Qt-free: :mod:`mediakit.kit.manifest.presentation`.
"""
