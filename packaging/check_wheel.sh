#!/usr/bin/env bash
# Proves `pip install` (and pipx, which does the same in its own venv) gives a working zydesk: builds the wheel,
# installs it into a fresh virtual environment outside the checkout, and there checks and prints the example.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
outside=$(mktemp -d)
trap 'rm -rf "$outside"' EXIT
quietly() { "$@" > "$outside/log.txt" 2>&1 || { cat "$outside/log.txt" >&2; exit 1; }; }
quietly "$ROOT/.venv/bin/pip" wheel -q --no-deps -w "$outside/wheel" "$ROOT"
wheel=$(ls "$outside"/wheel/zydesk-*.whl)
"$PYTHON" -m venv "$outside/venv"
quietly "$outside/venv/bin/pip" install -q "$wheel"
cp "$ROOT/resources/examples/xiaoguan-2021.json" "$outside/example.zyd.json"
cd "$outside"
run() { env -i HOME="$outside" PATH="$outside/venv/bin:/usr/bin:/bin" LANG=C.UTF-8 "$@"; }
# The installed copy, not the checkout, is what runs.
run python -c "import zydesk, zydesk.resources as r; assert '$ROOT' not in zydesk.__file__; print(r.resources_dir())"
run zydesk --version
run zydesk check example.zyd.json > check.txt || [ $? -eq 1 ]
grep -q "共 4 张表：2 个错误，5 个警告" check.txt || { cat check.txt >&2; exit 1; }
run zydesk print example.zyd.json -o example.pdf
test -s example.pdf
echo "wheel check passed: $(basename "$wheel") installed outside the checkout checks and prints the example"
