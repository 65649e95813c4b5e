"""``python -m mediakit``."""

import sys

from mediakit.cli.main import main

sys.exit(main())
