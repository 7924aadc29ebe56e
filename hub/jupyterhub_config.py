"""JupyterHub for one class of Social Media Management on one Linux server.

Follows nbgrader's documentation for a hub ("one class, multiple graders"):
- every student and lecturer logs in and gets their own JupyterLab, opening on
  the lesson notebooks (`course/`, copied into their home on first start);
- the course directory (a clone of this repository) is served by a JupyterHub
  *service* named after the course id (`smm`) that runs as a grader account;
  lecturers and TAs in the group `formgrade-smm` reach its formgrader at
  /services/smm/formgrader;
- assignments, submissions and feedback travel through nbgrader's filesystem
  exchange (hub/jupyter_config/nbgrader_config.py, read by every server).

Start it from the repository's .venv (see hub/README.md):

    SMM_ROSTER=/srv/smm/roster.txt SMM_INSTRUCTORS=docent1,docent2 \
        .venv/bin/jupyterhub -f hub/jupyterhub_config.py

Settings come from the environment, so this file stays as it is:

| variable | meaning | default |
|---|---|---|
| SMM_ROSTER | text file with the students' user names, one per line (`#` comments) | none |
| SMM_INSTRUCTORS | lecturers and TAs: hub admins and graders (comma or space separated) | none |
| SMM_COURSE_ROOT | the course directory the grader service serves | this repository |
| SMM_EXCHANGE_ROOT | nbgrader's exchange folder | /srv/nbgrader/exchange |
| SMM_GRADER_ACCOUNT | OS account the course service runs as (hub runs as root); empty: the hub's own account | grader-smm |
| SMM_COURSE_SERVICE_PORT | loopback port of the course service | 9999 |
| SMM_HUB_URL | where the hub listens (put a TLS proxy such as nginx in front) | http://127.0.0.1:8000 |

The authenticator and spawner are JupyterHub's defaults (PAM: the server's own
accounts; LocalProcessSpawner: each user's server runs as their account). For
school accounts use an OAuthenticator (e.g. Microsoft Entra ID or SURFconext via
GenericOAuthenticator), set in a second config file loaded after this one.
"""
import os
import shutil
import sys
from pathlib import Path

c = get_config()  # noqa: F821 (provided by JupyterHub)

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BIN = Path(sys.executable).parent            # the course's .venv: JupyterLab, nbgrader and smmlib live here

COURSE_ID = "smm"                            # = CourseDirectory.course_id; the service MUST have this name
COURSE_ROOT = Path(os.environ.get("SMM_COURSE_ROOT") or REPO).resolve()
EXCHANGE_ROOT = os.environ.get("SMM_EXCHANGE_ROOT") or "/srv/nbgrader/exchange"
GRADER_ACCOUNT = os.environ.get("SMM_GRADER_ACCOUNT", "grader-smm")
SERVICE_PORT = int(os.environ.get("SMM_COURSE_SERVICE_PORT") or 9999)
SHARED_CONFIG = HERE / "jupyter_config"      # nbgrader_config.py: course id and exchange for every server
STUDENT_CONFIG = SHARED_CONFIG / "student"   # students only: the lecturers' nbgrader tools hidden in JupyterLab


def _names(text):
    return sorted({n.strip() for n in text.replace(",", " ").split() if n.strip() and not n.startswith("#")})


def _roster(path):
    if not path:
        return []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return _names(" ".join(line.split("#", 1)[0] for line in lines))


INSTRUCTORS = _names(os.environ.get("SMM_INSTRUCTORS", ""))
STUDENTS = [s for s in _roster(os.environ.get("SMM_ROSTER")) if s not in INSTRUCTORS]

# --- the hub ---------------------------------------------------------------------
c.JupyterHub.bind_url = os.environ.get("SMM_HUB_URL") or "http://127.0.0.1:8000"
c.Authenticator.allowed_users = set(STUDENTS) | set(INSTRUCTORS)
c.Authenticator.admin_users = set(INSTRUCTORS)

# nbgrader's groups: formgrade-<course> may use the grader service, nbgrader-<course> takes the course.
c.JupyterHub.load_groups = {
    f"formgrade-{COURSE_ID}": {"users": INSTRUCTORS},
    f"nbgrader-{COURSE_ID}": {"users": STUDENTS},
}
c.JupyterHub.load_roles = [
    {"name": f"formgrade-{COURSE_ID}", "groups": [f"formgrade-{COURSE_ID}"],
     "scopes": [f"access:services!service={COURSE_ID}", "list:services", f"read:services!service={COURSE_ID}"]},
    {"name": f"nbgrader-{COURSE_ID}", "groups": [f"nbgrader-{COURSE_ID}"],
     "scopes": ["list:services", f"read:services!service={COURSE_ID}"]},
    # nbgrader's course list asks the hub which courses there are with the server's own token.
    {"name": "server", "scopes": ["inherit"]},
]

# --- every user's own JupyterLab ------------------------------------------------------
_ENV = {
    "PATH": os.pathsep.join([str(BIN), os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin")]),
    "JUPYTER_CONFIG_PATH": str(SHARED_CONFIG),
    "SMM_EXCHANGE_ROOT": EXCHANGE_ROOT,
}
c.Spawner.cmd = [str(BIN / "jupyterhub-singleuser")]
c.Spawner.default_url = "/lab/tree/course"
c.Spawner.environment = dict(_ENV)


def _home(spawner):
    """The user's home folder and, for a real account, its (uid, gid)."""
    if getattr(spawner, "home_dir", None):          # SimpleLocalProcessSpawner (tests, demos)
        return Path(spawner.home_dir), None
    import pwd
    account = pwd.getpwnam(spawner.user.name)
    return Path(account.pw_dir), (account.pw_uid, account.pw_gid)


def prepare_server(spawner):
    """Before a server starts: tell nbgrader who the student is, and give new users the lesson notebooks."""
    name = spawner.user.name
    env = {k: v for k, v in spawner.environment.items() if k != "SMM_STUDENT_ID"}
    env["JUPYTER_CONFIG_PATH"] = str(SHARED_CONFIG)
    if name not in INSTRUCTORS:
        env["SMM_STUDENT_ID"] = name      # read by hub/jupyter_config/nbgrader_config.py
        env["JUPYTER_CONFIG_PATH"] = os.pathsep.join([str(SHARED_CONFIG), str(STUDENT_CONFIG)])
    spawner.environment = env
    home, owner = _home(spawner)
    target = home / "course"
    if not target.exists():               # never overwrite a student's own work
        home.mkdir(parents=True, exist_ok=True)
        shutil.copytree(COURSE_ROOT / "course", target,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
        if owner and os.geteuid() == 0:
            for path in [target, *target.rglob("*")]:
                os.chown(path, *owner)


c.Spawner.pre_spawn_hook = prepare_server

# --- the course service: the lecturers' shared server with the formgrader ---------------
_service = {
    "name": COURSE_ID,
    "url": f"http://127.0.0.1:{SERVICE_PORT}",
    "command": [str(BIN / "jupyterhub-singleuser")],
    "cwd": str(COURSE_ROOT),
    "oauth_no_confirm": True,
    "environment": dict(_ENV, JUPYTERHUB_DEFAULT_URL="/formgrader"),
}
if GRADER_ACCOUNT:
    _service["user"] = GRADER_ACCOUNT
c.JupyterHub.services = [_service]
