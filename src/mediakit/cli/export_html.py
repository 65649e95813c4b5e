"""``mediakit export html FOLDER: the web press page`` (being written)."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    raise NotImplementedError(args.what)
