"""Qt type names for signals whose Python type would be wrong.

A signal declared ``Signal(int)`` carries a 32-bit C++ int: a size beyond
2 GiB or a time beyond 24 days overflows it (PySide raises, the value is
lost). Sizes and times travel as :data:`INT64`.
"""

from __future__ import annotations

from typing import cast

# PySide accepts the C++ type's name; its stubs only know Python types.
INT64 = cast(type, "qint64")
