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
platforms=()
for v in 5 12 17 24 26 27 28; do platforms+=(--platform "manylinux_2_${v}_x86_64"); done
.venv/bin/pip download -q -d "$WORK/wheels" --only-binary=:all: "${platforms[@]}" \
  --platform manylinux2014_x86_64 --python-version 3.11 --implementation cp --abi cp311 --abi abi3 --abi none \
  -r packaging/compat/requirements.txt "${tools[@]}"
rm -rf "$WORK/testenv"
"$WORK/python/bin/python3.11" -m venv "$WORK/testenv"
"$WORK/testenv/bin/pip" install -q --no-index --find-links "$WORK/wheels" -r packaging/compat/requirements.txt \
  "${tools[@]}"
QT_QPA_PLATFORM=offscreen PYTHONPATH=$PWD "$WORK/testenv/bin/python" -m pytest -q -p no:cacheprovider
