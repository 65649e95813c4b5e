"""Property-based fuzzing of the manifest loader and the archive reader.

Every property says the same thing in its own words: whatever bytes a kit
holds, ``load`` answers with a LoadResult and ``verify``/``open_source`` with
an ArchiveReport/KitSource — a kit or problems, each problem one printable
line — never another exception, within hypothesis's deadline, and nothing is
written outside the cache.

Budgets (profiles registered in tests/fuzz/conftest.py):

- the normal test run uses the ``ci`` profile: a fixed number of examples
  per property, derandomized (the same examples on every run, so CI is
  reproducible), no example database;
- ``MEDIAKIT_FUZZ=long .venv/bin/pytest tests/fuzz`` uses the ``long``
  profile: thousands of random examples per property (set
  ``MEDIAKIT_FUZZ_EXAMPLES`` to change how many), with the example database
  in ``.hypothesis/`` (git-ignored) so a failure found once is tried first
  next time.

Every failing input hypothesis finds is written (on its final, shrunk run)
to ``tests/fuzz/regressions/<kind>/``; ``test_regressions.py`` replays every
file there, so keep the file with the fix.
"""
