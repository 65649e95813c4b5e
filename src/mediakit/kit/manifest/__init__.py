"""The kit format: ``kit.yaml`` and the files it names, read into plain objects. No Qt.

Everything here is about what a kit *says*, whether it comes from a folder
or from an unpacked archive: ``model`` (the frozen dataclasses and
``MANIFEST``), ``yamlread`` (YAML 1.2 with positions), ``rules`` (field rules
that build the model and report problems), ``subtitles`` (the .srt/.vtt files
the rules read), ``paths`` (every path confined to the kit), ``limits`` (sizes
the reader refuses beyond), ``printable`` (problems safe to print),
``loader`` (folder → Kit or problems), and what is derived from a loaded kit:
``schema``, ``presentation`` (the slide show), ``export`` (info --json).

It never imports :mod:`mediakit.kit.archive` (an import-linter contract).
Kept light: importing this package imports nothing.
"""
