"""The field rules of ``kit.yaml``, one module per part of the manifest.

``base`` holds the shared context and checks; ``kit`` builds the whole
:class:`~mediakit.kit.manifest.model.Kit` from the top-level keys with the
help of ``text``, ``media``, ``sections`` and ``slides``. Each rule returns a
model object or a ``Problem(file, line, col, field, message)``.
"""
