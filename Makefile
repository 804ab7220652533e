# Two commands do all the set-up on a fresh machine (Python 3.11):
#   make report   -> .venv, pinned install, notebooks on seeds/ -> outputs/seeds/report.html
#   make test     -> same install, then the test suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
INPUT ?= seeds
OUT ?= outputs/seeds

.PHONY: install report extract test bench lock notebooks clean

install: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/python -m analysis report $(INPUT) --out $(OUT) --quiet

extract: $(STAMP)
	$(BIN)/python -m analysis extract $(INPUT) --out $(OUT) --quiet

test: $(STAMP)
	$(BIN)/python -m pytest -q

lock:
	uv pip compile requirements.in --generate-hashes --python-version 3.11 -o requirements.txt
	$(PY) scripts/pin_model_hash.py requirements.txt

notebooks: $(STAMP)
	$(BIN)/python scripts/make_notebooks.py

clean:
	rm -rf $(VENV) outputs/*/
