# Two commands on a fresh machine: `make run` and `make test`. Both build .venv from the
# hash-pinned lock files first; the stamp file makes the set-up a no-op when nothing changed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench score polnear eval fuzz clean

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.txt -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/stance-bot run

test: $(STAMP)
	$(BIN)/ruff check bot tests bench
	$(BIN)/python -m pytest -q

# The fuzz tests with 10,000 cases per target (make test runs a few dozen each): a few minutes.
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q --hypothesis-show-statistics tests/test_fuzz_input.py tests/test_fuzz_queries.py

lint: $(STAMP)
	$(BIN)/ruff check bot tests bench
	$(BIN)/ruff format --check bot tests bench

bench: $(STAMP)
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_queries.py

score: $(STAMP)
	../shared/gold/score.py ../shared/gold/seeds.json ../shared/seeds -- $(BIN)/stance-bot extract --json

polnear: $(STAMP)
	../shared/polnear/score.py ../shared/polnear/dev -- $(BIN)/stance-bot extract --json

# seeds, korea-dev and PolNeAR dev in one table (needs ../shared; not part of `make test`)
eval: $(STAMP)
	$(BIN)/python bench/eval.py

clean:
	rm -rf $(VENV) .pytest_cache
