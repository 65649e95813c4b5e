"""How many random EXIF blocks let an exception other than DecodeError out of ``decode``.

Not a test: a measurement, run by hand (the property test asserts none do)::

    .venv/bin/python -m tests.fuzz.count_exif_escapes 6000
    PYTHONPATH=/tmp/before/src .venv/bin/python -m tests.fuzz.count_exif_escapes 6000

The blocks come from :func:`tests.fuzz.exif_strategies.exif_blocks`, derandomized,
so two runs (before and after a change) decode the same stills. Each still
is decoded in full with warnings ignored, as in the app; the count under
warnings-as-errors (pytest's setting) is printed too.
"""

from __future__ import annotations

import sys
import tempfile
import warnings
from collections import Counter
from pathlib import Path
from typing import Literal

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import mediakit
from mediakit.media.decoding import DecodeError
from mediakit.media.images import decode
from tests.fuzz import exif_strategies as exs

Action = Literal["ignore", "error"]


def outcome(path: Path, action: Action) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter(action)
        try:
            decode(path, None)
        except DecodeError:
            return "DecodeError"
        except Exception as error:
            return f"escaped {type(error).__module__}.{type(error).__name__}"
    return "decoded"


def count(n: int) -> dict[Action, Counter[str]]:
    found: dict[Action, Counter[str]] = {"ignore": Counter(), "error": Counter()}
    folder = Path(tempfile.mkdtemp(prefix="exif-count-"))

    @settings(
        max_examples=n,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(block=exs.exif_blocks(), carrier=st.sampled_from(exs.CARRIERS))
    def run(block: bytes, carrier: str) -> None:
        data = exs.carry(block, carrier)
        path = folder / ("still" + exs.suffix(data))
        path.write_bytes(data)
        for action, tally in found.items():
            tally[outcome(path, action)] += 1

    run()
    return found


def main(argv: list[str]) -> None:
    n = int(argv[0]) if argv else 6000
    print(f"mediakit from {Path(mediakit.__file__).parent}")
    for action, tally in count(n).items():
        escaped = sum(v for k, v in tally.items() if k.startswith("escaped"))
        total = sum(tally.values())
        print(f"warnings {action}: {escaped} of {total} EXIF blocks let an exception escape")
        for kind, times in tally.most_common():
            print(f"    {times:6}  {kind}")


if __name__ == "__main__":
    main(sys.argv[1:])
