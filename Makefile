# crosswire: the one entry point. `make` (or `make help`) lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= build/crosswire.duckdb
REPORT ?= build/report
INPUT ?= samples/corpus
NIGHTLY_INPUT ?= inbox
PYTEST_ARGS ?=

.PHONY: help install run test lint typecheck unit eval bench sql nightly browser clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install crosswire with its dev tools

run: $(STAMP) ## Run the whole pipeline on the sample corpus -> build/crosswire.duckdb, build/report/
	$(BIN)/crosswire run $(INPUT) --db $(DB) --report $(REPORT)

nightly: $(STAMP) ## Ingest what is new in $(NIGHTLY_INPUT)/, update everything, rebuild the report
	$(BIN)/crosswire nightly --input $(NIGHTLY_INPUT) --db $(DB) --report $(REPORT)

browser: ## Install Debian's chromium and CJK fonts for the browser tests (needs root)
	@if [ -x /usr/bin/chromium ]; then echo "chromium present"; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	else echo "not root: install chromium and fonts-noto-cjk yourself, or the browser tests skip"; fi

lint: $(STAMP) ## ruff on the package and tests
	$(BIN)/ruff check compare tests

typecheck: $(STAMP) ## mypy on the package
	$(BIN)/mypy compare

unit: $(STAMP) browser ## The pytest suite alone
	$(BIN)/pytest -n 2 -q $(PYTEST_ARGS)

test: lint typecheck unit ## Lint, type check and the test suite (what CI runs)

eval: $(STAMP) ## Quality figures on ../shared/eval; fails below the floors in eval/floors/
	$(BIN)/python -m compare.evaluation

bench: $(STAMP) ## Speed and memory figures per stage -> build/bench/
	$(BIN)/python -m compare.benchmarks

sql: $(STAMP) ## An interactive SQL prompt on the database (read-only)
	$(BIN)/crosswire shell --db $(DB)

clean: ## Remove build/ and caches (keeps .venv)
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
