# Two commands do all the set-up on a fresh machine (Python 3.11):
#   make report   -> .venv, pinned install, notebooks on seeds/ -> outputs/seeds/report.html
#   make test     -> same install, then the test suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
INPUT ?= seeds
OUT ?= outputs/seeds

.PHONY: install report extract test bench lock notebooks lab clean

install: $(STAMP)

# The lock is complete (every package, extras' packages included, pinned with hashes), so it is installed as it
# is: --no-deps switches pip's resolver off, so no release published after the lock can enter (pip 23.2.1, the one
# `python3 -m venv` brings, had resolved justext's `lxml[html_clean]` to the newest lxml and failed); wheels only,
# so no build step fetches unpinned build tools. pip check and check_lock.py then fail loudly if the lock misses
# a dependency or an extra's dependency.
$(STAMP): requirements.txt pyproject.toml scripts/check_lock.py
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --no-deps --only-binary :all: --require-hashes -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
	$(BIN)/python scripts/check_lock.py requirements.txt
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/python -m analysis report $(INPUT) --out $(OUT) --quiet

extract: $(STAMP)
	$(BIN)/python -m analysis extract $(INPUT) --out $(OUT) --quiet

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Recompile the lock from requirements.in with a pinned uv, keep the model's one verified hash, then prove the
# new lock installs exactly, resolver off, in a fresh venv with the venv's own pip (check_lock.py --fresh).
LOCK ?= requirements.txt
TOOLS := .venv-tools
lock:
	test -x $(TOOLS)/bin/uv || ($(PY) -m venv $(TOOLS) && \
	  $(TOOLS)/bin/python -m pip install --quiet --require-hashes -r scripts/lock-tools.txt)
	$(TOOLS)/bin/uv pip compile requirements.in --generate-hashes --python-version 3.11 --quiet -o $(LOCK)
	$(PY) scripts/pin_model_hash.py $(LOCK)
	$(PY) scripts/check_lock.py $(LOCK) --fresh

# JupyterLab on the project with its venv's kernel; notebooks read relative paths from the project folder
lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=. notebooks/02_actors_cooccurrence.ipynb

notebooks: $(STAMP)
	$(BIN)/python scripts/make_notebooks.py

clean:
	rm -rf $(VENV) outputs/*/
