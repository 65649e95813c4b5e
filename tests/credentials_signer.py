"""The test Content Credentials signer: scripts/placeholder_credentials.py, loaded once.

The placeholder script and the tests sign with the same throwaway certificate
chain maker, so that what the tests read is what ROPED carries."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from types import ModuleType

from tests.conftest import REPO

SCRIPT = REPO / "scripts" / "placeholder_credentials.py"


@cache
def signing() -> ModuleType:
    """The script as a module: ``make_test_signer``, ``manifest``, ``add_credentials``."""
    spec = importlib.util.spec_from_file_location("placeholder_credentials", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module
