# The two commands of the quick start: `make run` and `make test`. Both install what they need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SEEDS  := ../shared/seeds

.PHONY: install run chat test lint kb docs bench clean

install: $(STAMP)

# Re-installs only when pyproject.toml changes; an editable install picks up code edits itself.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: install
	$(BIN)/careerbot

chat: install
	$(BIN)/careerbot chat

lint: install
	$(BIN)/ruff check knowledge bot tests benchmarks

kb: install
	$(BIN)/careerbot kb check
	$(BIN)/careerbot kb build

test: install lint
	$(BIN)/careerbot kb check
	@if [ -d $(SEEDS) ]; then $(BIN)/python $(SEEDS)/../tools/copycheck.py . $(SEEDS); \
	else echo "copycheck: $(SEEDS) not found, skipped"; fi
	$(BIN)/python -m pytest

# Rewrite the generated parts of README.md, SCHEMA.md and IDS.md (the tests fail when they drift).
docs: install
	$(BIN)/python -m bot.docs

bench: install
	$(BIN)/python benchmarks/engine_bench.py
	$(BIN)/python benchmarks/bot_bench.py
	$(BIN)/python benchmarks/tips_bench.py -n 600

clean:
	rm -rf $(VENV) data .pytest_cache .ruff_cache
