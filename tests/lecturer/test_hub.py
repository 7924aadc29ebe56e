"""The class hub (hub/jupyterhub_config.py) on loopback: a student logs in, opens the course, fetches and
submits through the Assignments tab; a lecturer opens the formgrader service; a student may not.

The hub runs the real config, loaded by a small test config that swaps in
JupyterHub's DummyAuthenticator and SimpleLocalProcessSpawner, so no system
accounts are needed, and moves every port to a free one. The live tests need
jupyterhub (PyPI), configurable-http-proxy (npm) and the browser (see
tests/browser/) and skip without them (fail with SMM_REQUIRE_BROWSER=1); the
checks of the configuration files at the end always run.
"""
import os
import shutil
import sys
import threading
from pathlib import Path

import pytest

from harness import run_nbgrader

sys.path.insert(0, str(Path(__file__).parents[1] / "browser"))
from browser_support import (REPO, browser_missing, cell, free_port, launch, menu, open_notebook,  # noqa: E402
                             run_cell, screenshot, skip_or_fail, start, stop, stop_leftovers, wait_for_http)

ASSIGNMENT = "ch04_analytics"
STUDENTS = ["student1", "student2", "student3"]
LECTURER = "docent"


def hub_missing():
    try:
        import jupyterhub  # noqa: F401
    except ImportError:
        return ("JupyterHub is not installed: "
                ".venv/bin/pip install -c requirements/constraints.txt -r requirements/browser.txt")
    if not shutil.which("configurable-http-proxy"):
        return "configurable-http-proxy is not on PATH: npm install -g configurable-http-proxy@5.3.0"
    return browser_missing()


try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:          # the live tests skip (see hub_missing); the config checks still run
    expect = sync_playwright = None

TEST_CONFIG = """\
c = get_config()
load_subconfig({config!r})                      # the class hub exactly as documented
# no system accounts: any allowed user name logs in, every server runs as this test's user
c.JupyterHub.authenticator_class = "dummy"
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = {homes!r}
c.JupyterHub.hub_bind_url = "http://127.0.0.1:{hub_port}"
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_api_port}"
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
if {root!r}:                                    # root (CI containers) must say so to Jupyter
    c.Spawner.args = ["--allow-root"]
    c.JupyterHub.services[0]["command"].append("--allow-root")
"""


class Hub:
    def __init__(self, base):
        self.base = base
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.course = base / "grader" / "smm"
        self.course.mkdir(parents=True)
        shutil.copy(REPO / "nbgrader_config.py", self.course)
        for folder in ("course", "source"):
            shutil.copytree(REPO / folder, self.course / folder,
                            ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
        shutil.copytree(REPO / "release" / ASSIGNMENT, self.course / "release" / ASSIGNMENT)
        self.exchange = base / "exchange"
        self.exchange.mkdir()
        self.exchange.chmod(0o777)
        self.homes = base / "home"
        roster = base / "roster.txt"
        roster.write_text("# klas SMM-1A\n" + "\n".join(STUDENTS) + "\n")
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "SMM_"))}
        self.env.update(SMM_ROSTER=str(roster), SMM_INSTRUCTORS=LECTURER, SMM_COURSE_ROOT=str(self.course),
                        SMM_EXCHANGE_ROOT=str(self.exchange), SMM_GRADER_ACCOUNT="",
                        SMM_COURSE_SERVICE_PORT=str(free_port()), SMM_HUB_URL=self.url)
        self.config = base / "state" / "jupyterhub_config.py"
        self.config.parent.mkdir()
        self.config.write_text(TEST_CONFIG.format(
            config=str(REPO / "hub" / "jupyterhub_config.py"), homes=str(self.homes / "{username}"),
            hub_port=free_port(), proxy_api_port=free_port(), root=os.geteuid() == 0))
        self.log = base / "state" / "jupyterhub.log"

    def lecturer(self, *args):
        """A command in the course directory, with the class-wide nbgrader config (as in the course service)."""
        env = dict(self.env, JUPYTER_CONFIG_PATH=str(REPO / "hub" / "jupyter_config"), HOME=str(self.base / "grader"))
        return run_nbgrader(self.course, *args, env=env)


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    if hub_missing():
        skip_or_fail(hub_missing())
    hub = Hub(tmp_path_factory.mktemp("hub"))
    # The lecturer releases the week's assignment while the hub starts.
    released = {}
    releasing = threading.Thread(target=lambda: released.update(log=hub.lecturer("release_assignment", ASSIGNMENT)))
    releasing.start()
    proc = start([str(Path(sys.executable).with_name("jupyterhub")), "-f", str(hub.config)],
                 hub.config.parent, hub.env, hub.log)
    try:
        wait_for_http(f"{hub.url}/hub/health", proc, hub.log, timeout=60, ok=lambda status: status == 200)
        releasing.join()
        assert "log" in released, "nbgrader release_assignment failed (see above)"
        yield hub
    finally:
        releasing.join()
        stop(proc)                      # the hub stops the servers it started ...
        stop_leftovers(hub.base)        # ... and anything still running in this test's folders goes too



@pytest.fixture(scope="module")
def browser(hub):
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


def log_in(browser, hub, user):
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="nl-NL")
    context.set_default_timeout(90_000)
    page = context.new_page()
    page.goto(f"{hub.url}/hub/login")
    page.fill("#username_input", user)
    page.fill("#password_input", "wachtwoord")
    page.click("#login_submit")
    return page


@pytest.fixture(scope="module")
def student(browser, hub):
    page = log_in(browser, hub, STUDENTS[0])
    yield page
    page.context.close()


def test_student_logs_in_and_lands_in_the_course(student, hub):
    student.wait_for_url(f"**/user/{STUDENTS[0]}/lab/tree/course**", timeout=120_000)
    listing = student.locator(".jp-DirListing-content")
    expect(listing).to_contain_text("ch04_analytics.ipynb")
    screenshot(student, "hub_01_student_course")
    assert (hub.homes / STUDENTS[0] / "course" / "ch04_analytics.ipynb").is_file()


def test_student_runs_a_lesson_notebook(student, hub):
    open_notebook(student, f"{hub.url}/user/{STUDENTS[0]}", "course/ch04_analytics.ipynb")
    output = run_cell(student, cell(student, 1))
    screenshot(student, "hub_02_student_lesson")
    assert "posts van" in output and "platforms" in output, output


def test_student_fetches_and_submits_in_the_assignments_tab(student, hub):
    student.locator("#jp-MainMenu .lm-MenuBar-itemLabel", has_text="Nbgrader").click()
    items = student.locator(".lm-Menu:visible .lm-Menu-itemLabel").all_inner_texts()
    assert "Assignment List" in items and not any("Formgrader" in i for i in items), items  # lecturer tools hidden
    student.keyboard.press("Escape")
    menu(student, "Nbgrader", "Assignment List")
    released = student.locator("#released_assignments_list .list_item", has_text=ASSIGNMENT)
    expect(released).to_have_count(1)
    screenshot(student, "hub_03_assignments_released")
    released.get_by_role("button", name="Fetch").click()
    fetched = student.locator("#fetched_assignments_list .list_item", has_text=ASSIGNMENT).first
    fetched.get_by_role("button", name="Submit").click()
    expect(student.locator("#submitted_assignments_list .list_item", has_text=ASSIGNMENT)).to_have_count(1)
    screenshot(student, "hub_04_assignment_submitted")
    assert student.get_by_text("official Jupyter news").count() == 0    # no news question for the class
    assert (hub.homes / STUDENTS[0] / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").is_file()
    # All servers run as one OS account here; the hub's SMM_STUDENT_ID still files it under the student.
    inbound = [p.name.split("+")[0] for p in (hub.exchange / "smm" / "inbound").iterdir()]
    assert inbound == [STUDENTS[0]]
    log = hub.lecturer("collect", ASSIGNMENT)
    assert (hub.course / "submitted" / STUDENTS[0] / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").is_file(), log


def test_lecturer_opens_the_formgrader_service(browser, hub):
    page = log_in(browser, hub, LECTURER)
    page.wait_for_url(f"**/user/{LECTURER}/lab**", timeout=120_000)
    page.goto(f"{hub.url}/services/smm/formgrader")
    names = page.locator("#main-table td.name a")
    expected = sorted(p.name for p in (hub.course / "source").iterdir() if p.is_dir())
    expect(names).to_have_count(len(expected), timeout=90_000)
    row = page.locator("#main-table tr", has=page.locator("td.name a", has_text=ASSIGNMENT))
    expect(row).to_contain_text("released")
    screenshot(page, "hub_05_lecturer_formgrader")
    assert sorted(names.all_inner_texts()) == expected
    page.context.close()


def test_a_student_cannot_open_the_formgrader(student, hub):
    page = student.context.new_page()
    response = page.goto(f"{hub.url}/services/smm/formgrader")
    assert response.status == 403, (response.status, page.url)
    page.close()


# --- the configuration files themselves (no hub needed) ------------------------------------

def load_hub_config(monkeypatch, **env):
    from traitlets.config.loader import PyFileConfigLoader
    for key in [k for k in os.environ if k.startswith("SMM_")]:
        monkeypatch.delenv(key)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return PyFileConfigLoader("jupyterhub_config.py", path=str(REPO / "hub")).load_config()


def course_id():
    from traitlets.config.loader import PyFileConfigLoader
    return PyFileConfigLoader("nbgrader_config.py", path=str(REPO)).load_config().CourseDirectory.course_id


def test_hub_config_follows_nbgrader_docs(monkeypatch, tmp_path):
    roster = tmp_path / "roster.txt"
    roster.write_text("# klas 1A\nanouk\nbram  # herkanser\n\ndocent\n")
    config = load_hub_config(monkeypatch, SMM_ROSTER=str(roster), SMM_INSTRUCTORS="docent, ta1")
    cid = course_id()
    service = config.JupyterHub.services[0]
    assert service["name"] == cid == "smm"              # nbgrader: the service MUST carry the course id
    assert service["user"] == "grader-smm" and service["cwd"] == str(REPO)
    assert service["environment"]["JUPYTERHUB_DEFAULT_URL"] == "/formgrader"
    assert config.Authenticator.allowed_users == {"anouk", "bram", "docent", "ta1"}
    assert config.Authenticator.admin_users == {"docent", "ta1"}
    assert config.JupyterHub.load_groups == {f"formgrade-{cid}": {"users": ["docent", "ta1"]},
                                             f"nbgrader-{cid}": {"users": ["anouk", "bram"]}}
    roles = {r["name"]: r for r in config.JupyterHub.load_roles}
    assert f"access:services!service={cid}" in roles[f"formgrade-{cid}"]["scopes"]
    assert f"access:services!service={cid}" not in roles[f"nbgrader-{cid}"]["scopes"]
    assert config.Spawner.environment["JUPYTER_CONFIG_PATH"] == str(REPO / "hub" / "jupyter_config")


def test_every_server_shares_course_id_and_exchange(monkeypatch):
    from traitlets.config.loader import PyFileConfigLoader
    monkeypatch.delenv("SMM_EXCHANGE_ROOT", raising=False)
    monkeypatch.setenv("SMM_STUDENT_ID", "anouk")
    shared = PyFileConfigLoader("nbgrader_config.py", path=str(REPO / "hub" / "jupyter_config")).load_config()
    assert shared.CourseDirectory.course_id == course_id()
    assert shared.Exchange.root == "/srv/nbgrader/exchange"
    assert shared.CourseDirectory.student_id == "anouk"


def test_z2jh_values_match_the_one_server_hub():
    import yaml
    values = yaml.safe_load((REPO / "hub" / "z2jh-values.yaml").read_text())
    for name, code in values["hub"]["extraConfig"].items():
        compile(code, name, "exec")
    mounts = {m["name"]: m["mountPath"] for m in values["singleuser"]["storage"]["extraVolumeMounts"]}
    assert mounts["exchange"] == values["singleuser"]["extraEnv"]["SMM_EXCHANGE_ROOT"] == "/srv/nbgrader/exchange"
    assert values["singleuser"]["defaultUrl"] == "/lab/tree/course"
    assert "formgrade-smm" in values["hub"]["extraConfig"]["smm-course"]
