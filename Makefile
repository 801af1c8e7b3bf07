# The README's commands. Each target sets up what it needs (a virtualenv in .venv) when missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# `make demo` needs only the package and its testing and starlette extras (the embedded
# ClickSend's server, the demo's webhook app); everything else also needs the
# dev tools (pinned in pyproject.toml's dependency groups).
RUNTIME_STAMP := $(VENV)/.runtime-installed
DEV_STAMP     := $(VENV)/.dev-installed

.PHONY: demo test check generate bench coverage clean

demo: $(RUNTIME_STAMP)
	$(BIN)/python examples/demo.py

test: $(DEV_STAMP)
	$(BIN)/python -m pytest

check: $(DEV_STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python codegen/generate.py --check
	$(BIN)/python -c "import clicksend_async"

generate: $(DEV_STAMP)
	$(BIN)/python codegen/generate.py

bench: $(DEV_STAMP)
	$(BIN)/python -m benchmarks --profile

coverage: $(DEV_STAMP)
	$(BIN)/python -m pytest --cov --cov-report=term

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .hypothesis .coverage

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 or newer is needed: run make PYTHON=python3.11 ..."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25.1"

$(RUNTIME_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[testing,starlette]"
	touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[testing,starlette]" --group dev
	@# The shared rate limit's tests start a real redis-server: installed when absent (Debian, root).
	@command -v redis-server >/dev/null || { apt-get update -qq && apt-get install -y -qq redis-server; } \
		|| echo "redis-server is missing and could not be installed: apt-get install redis-server"
	touch $@ $(RUNTIME_STAMP)
