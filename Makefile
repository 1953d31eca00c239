# Two commands set everything up on a fresh machine (see README):
#   make run   - create .venv, install, open the app on a sample map
#   make test  - create/update .venv, install, run lint, import contracts and the whole suite offscreen
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAMPLE ?= samples/aerolinea.journey.json

.PHONY: install run test lint format bench soak clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
	@touch $(STAMP)

install: $(STAMP)

run: install
	@$(BIN)/python tools/check_display.py
	$(BIN)/python main.py $(SAMPLE)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

test: install lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/perf/bench.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
