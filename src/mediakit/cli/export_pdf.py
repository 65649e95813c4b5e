"""``mediakit export pdf: the press sheet or the slides as a PDF`` (being written)."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    raise NotImplementedError(args.what)
