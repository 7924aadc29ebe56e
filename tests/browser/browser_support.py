"""Helpers shared by the browser tests (tests/browser/) and the hub test (tests/lecturer/test_hub.py).

Headless Chromium comes from Debian's `chromium` package (/usr/bin/chromium);
Playwright for Python drives it through `executable_path`, so Playwright never
downloads a browser of its own. Set SMM_CHROMIUM to use another Chromium binary.
"""
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "screenshots"          # git-ignored
CHROMIUM = os.environ.get("SMM_CHROMIUM", "/usr/bin/chromium")
# The flags a root user on a machine without network needs: no sandbox, no GPU,
# and no background connections to Google's services.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]


def browser_missing():
    """Why the browser tests cannot run here (a sentence with the fix), or None."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return ("Playwright for Python is not installed: "
                ".venv/bin/pip install -c requirements/constraints.txt -r requirements/browser.txt")
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        return (f"Chromium not found at {CHROMIUM}: install Debian's package as root "
                "(apt-get install -y chromium) or set SMM_CHROMIUM")
    return None


def skip_or_fail(reason, module_level=False):
    """Skip a test whose tools are missing; with SMM_REQUIRE_BROWSER=1 (CI) fail instead, so CI never skips."""
    import pytest
    if os.environ.get("SMM_REQUIRE_BROWSER") == "1":
        pytest.fail(f"SMM_REQUIRE_BROWSER=1 but: {reason}", pytrace=False)
    pytest.skip(reason, allow_module_level=module_level)


def launch(playwright):
    """Start headless Chromium (Debian's binary) with a fresh temporary profile."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


def screenshot(page, name):
    """Save a full-window screenshot as screenshots/<name>.png and return its path."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def venv_bin():
    """The bin folder of the Python running the tests (the course's .venv under `make test`)."""
    return Path(sys.executable).parent


def start(cmd, cwd, env, log_path):
    """Start a server in its own process group, its output going to `log_path`."""
    log = open(log_path, "w")
    return subprocess.Popen(cmd, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)


def stop(proc, timeout=15):
    """Stop a server started by `start` and everything it started (its own process group only)."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=timeout)
        except ProcessLookupError:
            pass


def stop_leftovers(folder):
    """Stop processes (servers, kernels) whose working directory lies in `folder`, a test's own temporary folder.

    A fallback after `stop`: Jupyter starts kernels and JupyterHub starts user servers in
    sessions of their own, so they are not in the server's process group.
    """
    folder = str(folder)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cwd = os.readlink(entry / "cwd")
        except OSError:
            continue
        if cwd == folder or cwd.startswith(folder + os.sep):
            try:
                os.kill(int(entry.name), signal.SIGTERM)
            except ProcessLookupError:
                pass


def wait_for_http(url, proc, log_path, timeout=90, ok=lambda status: status < 500):
    """Wait until `url` answers with a status `ok` accepts; fail with the server's log if it died or timed out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server stopped (exit {proc.returncode}):\n{tail(log_path)}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if ok(response.status):
                    return
        except urllib.error.HTTPError as error:
            if ok(error.code):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout} s:\n{tail(log_path)}")


def tail(path, lines=60):
    try:
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def lab_settings(folder):
    """A JupyterLab user-settings folder: no news pop-up, and every cell attached to the page.

    Without windowing, cells below the fold are in the page too, so the tests can read them.
    """
    import json
    settings = {
        "@jupyterlab/apputils-extension/notification.jupyterlab-settings":
            {"fetchNews": "false", "checkForUpdates": False},
        "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    }
    for name, values in settings.items():
        path = Path(folder) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))
    return Path(folder)


def which_make():
    return shutil.which("make")


# --- JupyterLab in the page -----------------------------------------------------------
CODE_PROMPTS = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputArea-prompt"
ERROR_OUTPUT = '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'


def open_notebook(page, base_url, path):
    """Open a notebook by its path in a fresh workspace (no other tabs) and wait until its kernel is idle."""
    page.goto(f"{base_url}/lab/tree/{path}?reset")
    name = path.rsplit("/", 1)[-1]
    page.locator("#jp-main-dock-panel .lm-TabBar-tab.lm-mod-current .lm-TabBar-tabLabel",
                 has_text=name).wait_for()
    panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
    panel.locator(".jp-Cell").first.wait_for()
    wait_kernel_idle(page)
    return panel


def wait_kernel_idle(page, timeout=90_000):
    """Wait until the visible notebook has its kernel (not "No Kernel") and that kernel is idle."""
    page.wait_for_function(
        """() => { const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
                   if (!panel) return false;
                   const name = panel.querySelector('[data-jp-item-name=kernelName]');
                   const status = panel.querySelector('.jp-Notebook-ExecutionIndicator');
                   return name && !/No Kernel/.test(name.textContent) && status && status.dataset.status === 'idle'; }""",
        timeout=timeout)


def menu(page, *labels):
    """Click through the main menu, e.g. menu(page, "Run", "Run All Cells")."""
    page.locator("#jp-MainMenu .lm-MenuBar-itemLabel", has_text=labels[0]).click()
    for label in labels[1:]:
        page.locator(".lm-Menu:visible .lm-Menu-itemLabel", has_text=label).first.click()


def wait_all_cells_ran(page, timeout=120_000):
    """Wait until every code cell of the visible notebook shows an execution count ([n]:, not [*]:)."""
    page.wait_for_function(
        """sel => { const p = [...document.querySelectorAll(sel)].map(e => e.textContent.trim());
                    return p.length > 0 && p.every(t => /^\\[\\d+\\]:$/.test(t)); }""",
        arg=CODE_PROMPTS, timeout=timeout)


def cell(page, index):
    """The cell at `index` (0-based, as in the .ipynb) of the visible notebook."""
    return page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell").nth(index)


def prompt(cell_locator):
    return cell_locator.locator(".jp-InputArea-prompt").inner_text().strip()


def type_into(page, cell_locator, code):
    """Replace the code of a cell by `code`, as a student does (click, select all, type)."""
    cell_locator.locator(".cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(code)   # text as typed, without the editor's auto-indent and bracket closing


def run_cell(page, cell_locator, timeout=60_000):
    """Run one cell with Ctrl+Enter and wait for its new execution count; return the output text."""
    before = prompt(cell_locator)
    cell_locator.locator(".jp-InputArea-prompt").click()      # select the cell (command mode)
    page.keyboard.press("Control+Enter")
    page.wait_for_function(
        """([el, before]) => { const t = el.textContent.trim(); return /^\\[\\d+\\]:$/.test(t) && t !== before; }""",
        arg=[cell_locator.locator(".jp-InputArea-prompt").element_handle(), before], timeout=timeout)
    return cell_locator.locator(".jp-OutputArea").inner_text()


# --- accessibility (issue 22) ------------------------------------------------------------------
WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
OUR_CONTENT = [[".jp-RenderedMarkdown"], [".jp-OutputArea-output"]]
"""What the course puts on a JupyterLab page: rendered Markdown and cell outputs (tables, charts, widgets)."""

JUPYTERLAB_RULES = {
    # rule id: why it is JupyterLab's own and not ours (found with axe-core on JupyterLab 4 in this suite)
    "scrollable-region-focusable": "JupyterLab puts a wide output (a pandas table) in a scrolling container of its own "
                                   "(.jp-RenderedHTMLCommon, overflow: auto) that it does not make keyboard-focusable",
    "aria-allowed-attr": "JupyterLab's toolbar buttons (jp-button: Upload Files, Validate, Enable Debugger) carry "
                         "aria-pressed on an element whose role does not allow it",
    "aria-input-field-name": "the code editor of every cell (CodeMirror's contenteditable textbox) has no accessible "
                             "name in JupyterLab",
    "aria-required-children": "the notebook's windowed cell list has role=feed without article children while cells "
                              "are virtualised",
    "button-name": "JupyterLab's collapse-heading button beside a Markdown heading has no text or label",
}
"""Serious or critical axe rules that JupyterLab's own interface breaks, outside our content; never our pages."""


def serious_violations(page, context=None):
    """{rule id: [element, ...]} of the serious and critical WCAG 2.1 A/AA violations axe-core finds.

    Each element is its CSS selector and the start of its HTML, so a failing test says where to look.
    """
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page, context=context, options=WCAG_21_AA).response["violations"]
    return {v["id"]: [f"{' '.join(map(str, n['target']))}: {n['html'][:150]}" for n in v["nodes"]]
            for v in violations if v["impact"] in ("serious", "critical")}


def check_accessibility(page):
    """axe-core on the open JupyterLab page: nothing serious in our content; JupyterLab's own rules listed."""
    ours = {rule: where for rule, where in serious_violations(page, context={"include": OUR_CONTENT}).items()
            if rule not in JUPYTERLAB_RULES}
    everything = serious_violations(page)
    assert not ours, f"serious or critical WCAG 2.1 AA violations in the course's content: {ours}"
    unknown = {rule: where for rule, where in everything.items() if rule not in JUPYTERLAB_RULES}
    assert not unknown, f"JupyterLab violations not yet listed (with a reason) in JUPYTERLAB_RULES: {unknown}"
