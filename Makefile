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

# Longer reliability runs: 1,000 killed saves, 20,000 mutated files, 50 killed app sessions,
# 500 random Unicode maps through save, load and PDF, 24 random GUI runs of 800 steps,
# 400 random edit sequences through undo and redo, 400 PDF exports with a language switch
# during each, 4,000 damaged CSV tables.
soak: install
	CJD_KILL_ITERATIONS=1000 CJD_MUTANTS=20000 CJD_RECOVERY_KILLS=50 CJD_UNICODE_EXAMPLES=500 \
		CJD_MONKEY_SEEDS=24 CJD_MONKEY_STEPS=800 CJD_UNDO_EXAMPLES=400 CJD_EXPORT_SWITCHES=400 \
		QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest -q tests/test_reliability_saves.py tests/test_reliability_bad_files.py \
		tests/test_app_recovery.py tests/test_reliability_untrusted.py \
		tests/test_reliability_gui_monkey.py tests/test_reliability_undo.py \
		tests/test_app_export.py tests/test_csv_table.py

bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/perf/bench.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
