#!/usr/bin/env bash
# Builds dist/zydesk/ (PyInstaller onedir) from a clean checkout on Linux, in one command.
set -euo pipefail
cd "$(dirname "$0")/.."
make -s .venv/.installed
.venv/bin/python packaging/compile_ui.py
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/zydesk.spec
# Top-level links to libraries that the spec pruned would dangle; remove them.
find dist/zydesk -xtype l -delete
install -m 644 packaging/zydesk.desktop dist/zydesk/zydesk.desktop
install -m 644 resources/icons/zydesk.svg dist/zydesk/zydesk.svg
echo "built dist/zydesk ($(du -sh --apparent-size dist/zydesk | cut -f1))"
