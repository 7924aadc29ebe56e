# Social Media Management course package. Every target sets up .venv itself.
#   make lab       set up and open the course in JupyterLab (JUPYTER_ARGS="--no-browser --port 8899")
#   make test      set up and run the whole test suite (browser and hub tests included)
#   make test-browser  only the browser tests (headless Chromium), the nbgrader exchange and the class hub
#   make release   regenerate every assignment in release/ from source/
#   make dist      build dist/ for the LMS: the smmlib wheel, the student starter zip, one zip per assignment
#   make grade     grade a class: make grade ASSIGNMENT=ch04_analytics FROM=download.zip LMS=canvas [EXPORT=gradebook.csv]
#   make demo      the grader's path on a simulated class of 30, results in demo/
#   make bench     print the speed figures (benchmarks/)
#   make clean     remove generated files (keeps .venv; `make distclean` removes it too)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CONSTRAINTS := requirements/constraints.txt
BROWSER_STAMP := $(VENV)/.browser-installed
JUPYTER_ARGS ?=
PYTEST_ARGS ?=
# nbgrader calls `alembic` and `jupyter` by name: the venv must come first on PATH.
export PATH := $(CURDIR)/$(BIN):$(PATH)
export MPLBACKEND := Agg
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.PHONY: lab test test-browser browser-deps release dist grade demo bench clean distclean venv lock

venv: $(STAMP)

$(STAMP): pyproject.toml $(CONSTRAINTS)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e ".[test]"
	$(BIN)/jupyter server extension enable --sys-prefix nbgrader.server_extensions.formgrader >/dev/null 2>&1
	$(BIN)/jupyter server extension enable --sys-prefix nbgrader.server_extensions.assignment_list >/dev/null 2>&1
	$(BIN)/jupyter server extension enable --sys-prefix nbgrader.server_extensions.course_list >/dev/null 2>&1
	$(BIN)/jupyter server extension enable --sys-prefix nbgrader.server_extensions.validate_assignment >/dev/null 2>&1
	@touch $(STAMP)

# MPLBACKEND is emptied for the lab: kernels inherit it, and Agg would hide every chart.
lab: $(STAMP)
	MPLBACKEND= $(BIN)/jupyter lab --ServerApp.root_dir="$(CURDIR)" --ServerApp.default_url=/lab/tree/course $(JUPYTER_ARGS)

# Playwright and JupyterHub for the browser and hub tests (pinned in requirements/browser.txt).
# Chromium comes from Debian (apt-get install chromium) and the hub's proxy from npm;
# without them those tests skip, saying what to install (with SMM_REQUIRE_BROWSER=1 they fail).
$(BROWSER_STAMP): $(STAMP) requirements/browser.txt requirements/hub.txt
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 $(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -r requirements/browser.txt
	@touch $(BROWSER_STAMP)

browser-deps: $(BROWSER_STAMP)

test: $(STAMP) $(BROWSER_STAMP)
	$(BIN)/python -m pytest -n auto --dist loadfile $(PYTEST_ARGS)

test-browser: $(BROWSER_STAMP)
	SMM_REQUIRE_BROWSER=1 $(BIN)/python -m pytest tests/browser tests/lecturer/test_exchange.py tests/lecturer/test_hub.py $(PYTEST_ARGS)

release: $(STAMP)
	$(BIN)/smm release

# Build the hand-out for the LMS into dist/ (git-ignored); see README "Handing out the course".
dist: $(STAMP)
	$(BIN)/smm bundle

# make grade ASSIGNMENT=ch04_analytics FROM=download.zip [LMS=canvas|moodle|brightspace] [JOBS=2]
grade: $(STAMP)
	@test -n "$(ASSIGNMENT)" -a -n "$(FROM)" || { echo "usage: make grade ASSIGNMENT=<name> FROM=<zip|folder|exchange> [LMS=... EXPORT=<worksheet|gradebook|class list>]"; exit 2; }
	$(BIN)/smm grade "$(ASSIGNMENT)" --from "$(FROM)" $(if $(LMS),--lms $(LMS)) $(if $(JOBS),--jobs $(JOBS)) \
		$(if $(EXPORT),$(if $(filter moodle,$(LMS)),--worksheet,$(if $(filter canvas,$(LMS)),--gradebook,--roster)) "$(EXPORT)")

demo: $(STAMP)
	$(BIN)/smm demo

bench: $(STAMP)
	@for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

# Refresh the lock file after changing dependencies in pyproject.toml (then run `make test`).
lock: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^smmlib' > $(CONSTRAINTS)

clean:
	rm -rf submitted autograded feedback demo dist build grading screenshots gradebook.db .pytest_cache
	find . -name __pycache__ -not -path './$(VENV)/*' -exec rm -rf {} +
	find . -name .ipynb_checkpoints -not -path './$(VENV)/*' -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
