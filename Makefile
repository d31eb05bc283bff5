# One command file: the same targets locally and in CI.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXTRAS ?= dev
comma := ,
STAMP := $(VENV)/.installed-$(subst $(comma),-,$(EXTRAS))
# The hot path is compiled with mypyc (setup.py): a change to it rebuilds the install.
COMPILED := $(wildcard src/rawi/arabic/*.py src/rawi/articles/*.py src/rawi/statements/*.py)

.PHONY: install run serve test lint bench clean

$(STAMP): pyproject.toml setup.py $(COMPILED)
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	find src -name '*.so' -delete
	$(BIN)/pip install -q -e '.[$(EXTRAS)]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/rawi extract samples/
	$(BIN)/rawi ingest samples/ --db rawi.db
	$(BIN)/rawi search "الأسعار" --db rawi.db
	@echo "Store: rawi.db. Browse it with: make serve   (http://127.0.0.1:8000)"

serve: $(STAMP)
	$(BIN)/rawi serve --db $(or $(DB),rawi.db)

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
	find src -name '*.so' -delete
