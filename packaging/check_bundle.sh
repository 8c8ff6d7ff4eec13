#!/usr/bin/env bash
# Proves the built folder works on its own: copied outside the checkout, it passes --self-test,
# checks and prints the example.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
[ -x dist/zydesk/zydesk ] || { echo "dist/zydesk/zydesk is missing: run packaging/build.sh" >&2; exit 1; }
outside=$(mktemp -d)
trap 'rm -rf "$outside"' EXIT
cp -a dist/zydesk "$outside/"
cp resources/examples/xiaoguan-2021.json "$outside/example.zyd.json"
cd "$outside"
# No checkout, no virtual environment on the path: only what the folder carries.
env -i HOME="$outside" PATH=/usr/bin:/bin LANG=C.UTF-8 ./zydesk/zydesk --self-test
env -i HOME="$outside" PATH=/usr/bin:/bin LANG=C.UTF-8 ./zydesk/zydesk check example.zyd.json > check.txt || [ $? -eq 1 ]
grep -q "共 4 张表：2 个错误，5 个警告" check.txt
env -i HOME="$outside" PATH=/usr/bin:/bin LANG=C.UTF-8 ./zydesk/zydesk print example.zyd.json -o example.pdf
test -s example.pdf
# The oldest glibc this build runs on, as README states it (the build machine's: its libraries are bundled).
"$ROOT/.venv/bin/python" "$ROOT/packaging/glibc_floor.py" zydesk --max-glibc 2.36
# Chinese typed through real IBus and Fcitx 5 into this folder's editor, as each desktop starts programs.
(cd "$ROOT" && ZYDESK_EXECUTABLE="$outside/zydesk/zydesk" .venv/bin/python -m pytest -q -p no:cacheprovider \
  tests/gui/test_real_input_method.py)
echo "bundle check passed: $(du -sh --apparent-size zydesk | cut -f1)"
