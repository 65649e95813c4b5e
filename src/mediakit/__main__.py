"""``python -m mediakit``."""

import sys

from mediakit.cli.main import main

# Guarded: the library's reading processes are spawned, and import the main module.
if __name__ == "__main__":
    sys.exit(main())
