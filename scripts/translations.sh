#!/usr/bin/env bash
# The interface's translations, with Qt's own tools:
#   bash scripts/translations.sh update    sources -> translations/*.ts (pyside6-lupdate)
#   bash scripts/translations.sh compile   translations/*.ts -> src/mediakit/translations/*.qm
# Translate the .ts files in between with Qt Linguist (.venv/bin/pyside6-linguist).
# The .qm files are built, not kept in git: scripts/setup.sh compiles them.
# To add a language: bash scripts/translations.sh update <code> (e.g. de) makes
# translations/mediakit_<code>.ts; translate it, then compile.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
QM_DIR=src/mediakit/translations

sources() {
  # The kit domain (src/mediakit/kit) has no Qt, but its messages are ours: each is
  # marked with QT_TRANSLATE_NOOP("problems", …) (mediakit/kit/message.py) and the
  # front ends translate it when they show a problem.
  find src/mediakit -name '*.py' | LC_ALL=C sort
}

languages() {
  # Every language with a .ts file; English is the source, its file holds the plural forms.
  ls translations/mediakit_*.ts 2>/dev/null | sed 's/.*mediakit_\(.*\)\.ts/\1/'
  [ -e translations/mediakit_en.ts ] || echo en
}

case "${1:-}" in
  update)
    mapfile -t files < <(sources)
    for lang in $( (languages; echo "${2:-}") | sort -u); do
      # English is the source language: its file holds only the plural forms.
      only=(); [ "$lang" = en ] && only=(-pluralonly)
      "$BIN/pyside6-lupdate" "${files[@]}" -no-obsolete -locations relative "${only[@]}" \
        -target-language "$lang" -source-language en -ts "translations/mediakit_$lang.ts"
    done
    ;;
  compile)
    for ts in translations/mediakit_*.ts; do
      "$BIN/pyside6-lrelease" -silent "$ts" -qm "$QM_DIR/$(basename "$ts" .ts).qm"
      # The command line's catalogue: the same messages, read without Qt (mediakit/catalog.py).
      "$BIN/python" -c 'import sys; from mediakit.catalog import compile_ts; compile_ts(*sys.argv[1:])' \
        "$ts" "$QM_DIR/$(basename "$ts" .ts).json"
    done
    ;;
  *)
    echo "usage: $0 update|compile" >&2
    exit 2
    ;;
esac
