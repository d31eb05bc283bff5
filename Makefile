# One command file: the same targets locally and in CI.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXTRAS ?= dev
comma := ,
STAMP := $(VENV)/.installed-$(subst $(comma),-,$(EXTRAS))
# The development install is plain Python, so an edit is what pytest and rawi run. The hot path
# is compiled with mypyc (setup.py) only where it pays: wheels and the benchmark's own venv.
BENCH_VENV := .venv-bench

.PHONY: install run serve test lint bench clean

$(STAMP): pyproject.toml setup.py
	test -d $(VENV) || $(PY) -m venv $(VENV)
	@echo "Installing rawi and its dependencies into $(VENV) (a minute or two the first time)"
	$(BIN)/pip install -q --upgrade pip
	find src -name '*.so' -delete
	RAWI_COMPILE=0 $(BIN)/pip install --progress-bar on -e '.[$(EXTRAS)]'
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
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

bench: $(STAMP)
	test -d $(BENCH_VENV) || $(PY) -m venv $(BENCH_VENV)
	@echo "Building the compiled rawi into $(BENCH_VENV) (mypyc, about two minutes)"
	$(BENCH_VENV)/bin/pip install -q --upgrade pip
	$(BENCH_VENV)/bin/pip install -q '.[dev,spark]'
	RAWI_COMPILE=1 $(BENCH_VENV)/bin/pip install -q --force-reinstall --no-deps '.'
	$(BENCH_VENV)/bin/python bench/run.py

clean:
	rm -rf $(VENV) $(BENCH_VENV) build *.egg-info src/*.egg-info
	find src -name '*.so' -delete
