# gdw: two commands do everything on a machine with Python 3.11 — `make run` and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
export UV_PYTHON_DOWNLOADS := never
# Keep bytecode in the virtualenv: without it every process recompiles dagster, dbt and GX (~10 s).
unexport PYTHONDONTWRITEBYTECODE
export DAGSTER_HOME ?= $(CURDIR)/.dagster
# The same default as orchestration/settings.py, so the manifest built here matches the runs and
# dbt can parse partially.
export GDW_WAREHOUSE_DIR ?= $(CURDIR)/warehouse
MANIFEST := dbt_project/target/manifest.json

.PHONY: run test install manifest dev docs clean system-deps reliability

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip uv

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/uv pip install --quiet --python $(BIN)/python -e ".[dev]"
	touch $@

install: $(VENV)/.installed

# dagster-dbt loads dbt's manifest at import; it is built here, never at import time.
$(MANIFEST): $(VENV)/.installed $(shell find dbt_project/models dbt_project/macros dbt_project/seeds dbt_project/tests -type f 2>/dev/null) dbt_project/dbt_project.yml
	cd dbt_project && ../$(BIN)/dbt parse --quiet --profiles-dir . --target dev --target-path target
	touch $@

manifest: $(MANIFEST)

# GDW_DAGSTER_STORAGE=postgres: the instance on PostgreSQL (DAGSTER_PG_*), see dagster.storage-postgres.yaml.
INSTANCE_FILES := dagster.yaml $(if $(filter postgres,$(GDW_DAGSTER_STORAGE)),dagster.storage-postgres.yaml)

# The instance's storage is created here, once: processes that first open a fresh DAGSTER_HOME at
# the same moment (a run, the UI, a monitor) would each stamp its schema and leave two heads.
$(DAGSTER_HOME)/dagster.yaml: | $(VENV)/.installed
	mkdir -p $(DAGSTER_HOME)
	cat $(INSTANCE_FILES) > $(DAGSTER_HOME)/dagster.yaml.new
	mv $(DAGSTER_HOME)/dagster.yaml.new $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/python -c "import dagster; dagster.DagsterInstance.get().dispose()" || { rm -f $(DAGSTER_HOME)/dagster.yaml; exit 1; }

# The report years the assets are partitioned by (orchestration/settings.py has the same defaults).
FIRST_YEAR := $(or $(GDW_FIRST_REPORT_YEAR),2019)
LAST_YEAR := $(or $(GDW_LAST_REPORT_YEAR),$(shell TZ=Asia/Shanghai date +%Y))
YEARS ?= $(FIRST_YEAR)...$(LAST_YEAR)
RANGE_TAGS = {"gdw/host": "$(shell hostname)", "dagster/asset_partition_range_start": "$(firstword $(subst ..., ,$(YEARS)))", "dagster/asset_partition_range_end": "$(lastword $(subst ..., ,$(YEARS)))"}

# Materialize every asset (with its checks) for every report year in one run (a backfill of all
# years), then print what it found. `make run YEARS=2020...2020` rebuilds one year.
# A run that died (kill -9, out of memory, reboot) is marked failed first and its pool slot freed,
# so it never blocks this one (orchestration/dead_runs.py).
# A line per stage on the console; the full Dagster log in $(GDW_WAREHOUSE_DIR)/logs/run-<time>.log.
run: $(MANIFEST) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/python -m orchestration.dead_runs
	$(BIN)/python -m orchestration.run_progress --tags '$(RANGE_TAGS)'
	$(BIN)/gdw summary

# Debian packages the tests need (system-packages.txt), installed when missing.
system-deps:
	./scripts/system-deps.sh

test: $(MANIFEST) system-deps
	$(BIN)/ruff check orchestration tests benchmarks testkit
	# Two workers (pytest-xdist): the tests that share a module or session fixture (a warehouse, a
	# server) stay on one worker (its xdist_group, from tests/conftest.py), the rest go to whichever
	# is free; xdist hands out the groups with the most tests first. The 15 slowest steps are listed.
	$(BIN)/python -m pytest -q -n 2 --dist loadgroup --durations=15

# The reliability suite: 2,000 hostile files through the bounded parse pool (one record each, no
# traceback), then kill -9 of a real run in each phase (parse, staging, dbt, checks, publish), each
# followed by `make run`. E.g. `make reliability RELIABILITY_ARGS="--files 500 --phases parse"`.
reliability: $(MANIFEST)
	$(BIN)/python benchmarks/reliability.py $(RELIABILITY_ARGS)

# The Dagster UI on http://127.0.0.1:3000
dev: $(MANIFEST) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/dagster dev -h 127.0.0.1 -p 3000

# The dbt docs site (models, columns, tests, lineage, exposures) on http://127.0.0.1:8080, from the
# warehouse `make run` built; target/static_index.html is the same site in one offline file.
DOCS_PORT ?= 8080
docs: $(MANIFEST)
	cd dbt_project && ../$(BIN)/dbt docs generate --static --profiles-dir . --target dev --target-path target
	cd dbt_project && ../$(BIN)/dbt docs serve --profiles-dir . --target dev --target-path target --host 127.0.0.1 --port $(DOCS_PORT) --no-browser

clean:
	rm -rf warehouse .dagster dbt_project/target dbt_project/logs
