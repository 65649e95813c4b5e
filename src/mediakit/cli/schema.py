"""``mediakit schema``: the JSON Schema of kit.yaml, for editors and check-jsonschema."""

from __future__ import annotations

import argparse
import json

from mediakit.cli.exitstatus import ExitStatus
from mediakit.kit.manifest.schema import json_schema


def run(args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return ExitStatus.OK
