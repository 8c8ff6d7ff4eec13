#!/usr/bin/env bash
# Runs the whole test suite on what the build for older PCs ships: its zig-built Python and its pinned Qt,
# so that code needing a newer Qt than packaging/compat/requirements.txt fails here, not on a UOS PC.
# Run after packaging/build-compat.sh (it needs build/compat/python and build/compat/wheels).
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$PWD/build/compat
[ -x "$WORK/python/bin/python3.11" ] || { echo "run packaging/build-compat.sh first" >&2; exit 1; }
# The test tools of pyproject's dev extra; the linters and PyInstaller are not needed to run tests.
mapfile -t tools < <(.venv/bin/python - <<'PY'
import tomllib
dev = tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["dev"]
for requirement in dev:
    if not requirement.startswith(("ruff", "import-linter", "pyinstaller")):
        print(requirement)
PY
)
bash packaging/compat/download-wheels.sh "$WORK/wheels" -r packaging/compat/requirements.txt "${tools[@]}"
rm -rf "$WORK/testenv"
"$WORK/python/bin/python3.11" -m venv "$WORK/testenv"
"$WORK/testenv/bin/pip" install -q --no-index --find-links "$WORK/wheels" -r packaging/compat/requirements.txt \
  "${tools[@]}"
QT_QPA_PLATFORM=offscreen PYTHONPATH=$PWD "$WORK/testenv/bin/python" -m pytest -q -p no:cacheprovider
