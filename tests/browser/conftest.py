"""One JupyterLab for all browser tests, started by the project's own `make lab`, and one Chromium.

The server runs on a free loopback port with a random token, with its root at a
temporary copy of the course (nbgrader_config.py, course/, release/, source/), so
that typing answers and running the formgrader never touch the repository.
Every test skips, with the install command, when Playwright or Chromium is missing.
"""
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from browser_support import (REPO, browser_missing, free_port, lab_settings, launch, skip_or_fail, start, stop,
                             stop_leftovers, venv_bin, wait_for_http, which_make)


@dataclass
class Lab:
    url: str        # http://127.0.0.1:<port>
    token: str
    root: Path      # the temporary course directory the server shows
    log: Path


def skip_without_browser():
    if browser_missing():
        skip_or_fail(browser_missing())


@pytest.fixture(scope="module")
def chromium():
    """Chromium per test module: Playwright's sync API allows one instance at a time (tests/lecturer/test_hub.py has its own)."""
    skip_without_browser()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def course_copy(tmp_path_factory):
    """A temporary course directory: the lecturer's files the server needs, nothing generated."""
    root = tmp_path_factory.mktemp("lab") / "smm"
    root.mkdir()
    shutil.copy(REPO / "nbgrader_config.py", root)
    skip = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__")
    for folder in ("course", "release", "source"):
        shutil.copytree(REPO / folder, root / folder, ignore=skip)
    return root


def lab_command(root, port, token):
    """`make lab` run for the temporary course (the Makefile's own recipe, CURDIR = the copy)."""
    args = ["--no-browser", "--ServerApp.ip=127.0.0.1", f"--port={port}", f"--IdentityProvider.token={token}"]
    if os.geteuid() == 0:
        args.append("--allow-root")
    venv = venv_bin().parent
    make = which_make()
    if make:
        # VENV: the running Python's venv; -o: never reinstall it from here.
        return [make, "--no-print-directory", "-C", str(root), "-f", str(REPO / "Makefile"), f"VENV={venv}",
                "-o", f"{venv}/.installed", "lab", "JUPYTER_ARGS=" + " ".join(args)]
    return [str(venv_bin() / "jupyter"), "lab", f"--ServerApp.root_dir={root}",
            "--ServerApp.default_url=/lab/tree/course", *args]


@pytest.fixture(scope="session")
def lab(course_copy, tmp_path_factory):
    """The one JupyterLab server of the browser tests."""
    skip_without_browser()
    state = tmp_path_factory.mktemp("lab_state")
    port, token = free_port(), secrets.token_hex(16)
    env = dict(os.environ)
    env.pop("MPLBACKEND", None)   # a student's shell has none (the test suite sets Agg for itself)
    env.pop("SMM_STUDENT_ID", None)   # nor a hub user: the student types their number (issue 18)
    # Keep the user's own Jupyter settings and workspaces out of the test.
    env.update(JUPYTER_CONFIG_DIR=str(state / "config"), JUPYTER_RUNTIME_DIR=str(state / "runtime"),
               JUPYTERLAB_SETTINGS_DIR=str(lab_settings(state / "settings")),
               JUPYTERLAB_WORKSPACES_DIR=str(state / "workspaces"))
    log = state / "jupyter-lab.log"
    proc = start(lab_command(course_copy, port, token), course_copy, env, log)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(f"{url}/api/status?token={token}", proc, log)
        yield Lab(url, token, course_copy, log)
    finally:
        stop(proc)
        stop_leftovers(course_copy)


@pytest.fixture(scope="module")
def page(chromium, lab):
    """A browser tab logged in to the lab (the token sets the cookie once)."""
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, locale="nl-NL")
    context.set_default_timeout(60_000)
    tab = context.new_page()
    tab.goto(f"{lab.url}/lab?token={lab.token}")
    tab.wait_for_selector("#jp-main-dock-panel", state="attached")
    yield tab
    context.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """On a failure, keep a screenshot of the page as screenshots/FAILED_<test>.png."""
    outcome = yield
    report = outcome.get_result()
    tab = item.funcargs.get("page") if hasattr(item, "funcargs") else None
    if report.failed and tab is not None:
        from browser_support import screenshot
        try:
            screenshot(tab, f"FAILED_{item.name}")
        except Exception:  # the page may be gone; the failure itself is what counts
            pass
