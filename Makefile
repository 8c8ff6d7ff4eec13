# The two set-up commands of the README: `make run` (the editor on the example) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint system ui bench clean package package-compat wheel-check

system:
	bash scripts/system-deps.sh

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

ui: $(STAMP)
	$(BIN)/python packaging/compile_ui.py

run: system $(STAMP) ui
	$(BIN)/zydesk resources/examples/xiaoguan-2021.json

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/python packaging/compile_ui.py --check

test: system $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(MAKE) wheel-check

# The wheel installed with pip into a fresh virtual environment outside the checkout: check and print there.
wheel-check: $(STAMP)
	bash packaging/check_wheel.sh

bench: system $(STAMP) ui
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis

# The office-PC folder build, then the same folder tried from outside the checkout.
package: system $(STAMP)
	bash packaging/build.sh
	bash packaging/check_bundle.sh

# The folder for older PCs (glibc 2.28 and newer: UOS 20, Kylin V10); the test suite on its Python and Qt;
# then the folder tried on a Debian 11 system that has only the PC libraries README lists.
package-compat: system $(STAMP)
	bash packaging/build-compat.sh
	bash packaging/compat/test.sh
	bash packaging/check_compat.sh bullseye
