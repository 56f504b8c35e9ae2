# The habits of this project. Every target sets up .venv itself, so each works on a fresh clone.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup demo test test-postgres e2e lint format eval bench model clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $$(scripts/find-python) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/netra demo

test: $(STAMP)
	$(PY) -m pytest

# The whole suite on PostgreSQL: DATABASE_URL=postgres://user:password@host:port/name make test-postgres
# (the role needs CREATEDB: pytest-django creates and drops test_<name>). .ci/run starts a cluster.
test-postgres: $(STAMP)
	@case "$$DATABASE_URL" in postgres://*|postgresql://*) ;; \
	  *) echo "test-postgres: set DATABASE_URL=postgres://user:password@host:port/name" >&2; exit 2;; esac
	$(PY) -m pytest

# Only the browser tests (headless Debian Chromium at /usr/bin/chromium).
e2e: $(STAMP)
	$(PY) -m pytest -m e2e

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench scripts
	$(VENV)/bin/ruff format --check src tests bench scripts

format: $(STAMP)
	$(VENV)/bin/ruff check --fix src tests bench scripts
	$(VENV)/bin/ruff format src tests bench scripts

eval: $(STAMP)
	$(VENV)/bin/netra eval

# Retrain the word model on the dev splits (never the frozen test split); run it whenever the
# dev data or the knowledge files change: a test compares the model with both.
model: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,train]'
	$(PY) scripts/train_model.py data/labelled/dev*.jsonl

bench: $(STAMP)
	$(PY) bench/classify_throughput.py
	$(PY) bench/workspace_ingest.py
	$(PY) bench/workspace_pages.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
