#!/usr/bin/env bash
# Downloads wheels that run on glibc 2.28 and CPython 3.11 into FOLDER, with this checkout's pip (the
# build for older PCs' own Python has no TLS to fetch them). Usage: download-wheels.sh FOLDER PIP-ARGS...
set -euo pipefail
folder=$1
shift
platforms=(--platform manylinux2014_x86_64)
for v in 5 12 17 24 26 27 28; do platforms+=(--platform "manylinux_2_${v}_x86_64"); done
.venv/bin/pip download -q -d "$folder" --only-binary=:all: "${platforms[@]}" \
  --python-version 3.11 --implementation cp --abi cp311 --abi abi3 --abi none "$@"
