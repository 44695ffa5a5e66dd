# The two commands of the quick start: `make run` and `make test`. Both install what they need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SEEDS  := ../shared/seeds
# uv resolves pyproject.toml into uv.lock and installs exactly that, here and in the Dockerfile
# (keep the two versions equal: tests/test_image.py checks). It comes from PyPI into the venv,
# so the quick start still needs only Python, make and git.
UV_VERSION := 0.13.9
UV     := UV_PROJECT_ENVIRONMENT=$(VENV) $(BIN)/uv

.PHONY: install run chat test lint lockcheck lock kb docs bench clean

install: $(STAMP)

# Re-installs only when pyproject.toml or uv.lock changes; the project itself is installed
# editable, so code edits need no reinstall. A fresh venv each time (seconds, from uv's cache):
# it holds exactly the lock, and every wheel passes through uv's cache, from which
# tests/test_image.py installs the image's venv offline. --locked stops with "run `uv lock`"
# (make lock) when pyproject.toml was changed without the lock; --inexact keeps uv in the venv.
$(STAMP): pyproject.toml uv.lock
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(UV) sync --quiet --locked --inexact --extra test
	touch $(STAMP)

# After editing the dependencies in pyproject.toml: resolve them again into uv.lock.
lock:
	@test -x $(BIN)/uv || ($(PYTHON) -m venv $(VENV) && $(BIN)/python -m pip install --quiet uv==$(UV_VERSION))
	$(UV) lock

# The lock must say what pyproject.toml asks for (offline: it compares, it does not resolve).
lockcheck: install
	$(UV) lock --check --offline

run: install
	$(BIN)/careerbot

chat: install
	$(BIN)/careerbot chat

lint: install
	$(BIN)/ruff check knowledge bot tests benchmarks

kb: install
	$(BIN)/careerbot kb check
	$(BIN)/careerbot kb build

test: install lint lockcheck
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
	$(BIN)/python benchmarks/jd_bench.py
	$(BIN)/python benchmarks/wordings_bench.py

# The README's pictures of the Telegram views, from a real run against the fake Bot API.
screenshots: install
	$(BIN)/python -m tests.screens

clean:
	rm -rf $(VENV) data .pytest_cache .ruff_cache
