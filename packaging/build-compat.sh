#!/usr/bin/env bash
# Builds dist/compat/zydesk/: the office-PC folder for older Linux (glibc 2.28 and newer: UOS 20, Kylin V10,
# Debian 10/11, Ubuntu 20.04), from a clean checkout, in one command.
#
# A PyInstaller folder needs the glibc of the Python that built it. Here Python is compiled from Debian's
# copy of the CPython source with zig's C compiler aimed at glibc 2.28, whatever this machine runs; Qt is
# PySide6 6.9.3, the newest whose wheels need no more than 2.28; the desktop libraries (X11, fontconfig,
# D-Bus, ...) are the PC's own. packaging/glibc_floor.py then proves the result asks no more than 2.28.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/build/compat
PREFIX=$WORK/python
GLIBC=2.28
GLIBCXX=3.4.25  # libstdc++ of GCC 8, the oldest on the systems above
make -s .venv/.installed
mkdir -p "$WORK/wheels"

bash packaging/compat/build-python.sh "$WORK" "$PREFIX"

bash packaging/compat/download-wheels.sh "$WORK/wheels" -r packaging/compat/requirements.txt
# The environment, made anew when the pins or the Python change.
wanted=$(cat packaging/compat/requirements.txt "$PREFIX/.recipe")
if [ "$(cat "$WORK/venv/.made-from" 2>/dev/null)" != "$wanted" ]; then
  rm -rf "$WORK/venv"
  "$PREFIX/bin/python3.11" -m venv "$WORK/venv"
  "$WORK/venv/bin/pip" install -q --no-index --find-links "$WORK/wheels" -r packaging/compat/requirements.txt
  echo "$wanted" > "$WORK/venv/.made-from"
fi

.venv/bin/python packaging/compile_ui.py
ZYDESK_BUNDLE_SYSTEM_LIBRARIES=0 "$WORK/venv/bin/pyinstaller" --noconfirm --clean --log-level ERROR \
  --distpath dist/compat --workpath "$WORK/pyinstaller" packaging/zydesk.spec
find dist/compat/zydesk -xtype l -delete
install -m 644 packaging/zydesk.desktop dist/compat/zydesk/zydesk.desktop
install -m 644 resources/icons/zydesk.svg dist/compat/zydesk/zydesk.svg
.venv/bin/python packaging/glibc_floor.py dist/compat/zydesk --max-glibc "$GLIBC" --max-glibcxx "$GLIBCXX"
echo "built dist/compat/zydesk ($(du -sh --apparent-size dist/compat/zydesk | cut -f1)), for glibc $GLIBC and newer"
