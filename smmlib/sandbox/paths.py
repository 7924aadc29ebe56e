"""What the sandboxed kernel may read, and which environment variables it keeps."""
import json
import os
import subprocess
import sys
import tempfile
from functools import lru_cache
from pathlib import Path


def _existing(paths):
    seen, result = set(), []
    for path in paths:
        if not path:
            continue
        for candidate in (os.path.abspath(path), os.path.realpath(path)):
            if candidate not in seen and os.path.exists(candidate):
                seen.add(candidate)
                result.append(candidate)
    return result


# Run by the kernel's own interpreter, with the kernel's environment: where will it import from?
_PROBE = r"""
import json, os, sys
report = {"path": [p for p in sys.path if p], "executable": os.path.realpath(sys.executable),
          "prefix": [sys.prefix, sys.exec_prefix, sys.base_prefix, sys.base_exec_prefix], "editable": []}
for finder in sys.meta_path:   # editable installs that map a package to its source folder
    mapping = getattr(sys.modules.get(getattr(finder, "__module__", "") or ""), "MAPPING", None)
    if isinstance(mapping, dict):
        report["editable"] += [str(v) for v in mapping.values()]
try:
    import smmlib, smmlib.sandbox.kernel
    from smmlib.datasets import _data_dir
    report["smmlib"] = os.path.dirname(os.path.realpath(smmlib.__file__))
    report["data"] = str(_data_dir().resolve())
except Exception as error:
    report["error"] = f"{type(error).__name__}: {error}"
print(json.dumps(report))
"""


class KernelPathsError(RuntimeError):
    """The grading kernel's Python cannot import what grading needs (message in English, one line)."""


@lru_cache(maxsize=8)
def _kernel_imports(executable, env_items):
    with tempfile.TemporaryDirectory(prefix="smm-probe-") as neutral:   # no course folder on sys.path
        result = subprocess.run([executable, "-c", _PROBE], cwd=neutral, env=dict(env_items), text=True,
                                capture_output=True, timeout=120)
    try:
        report = json.loads(result.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        raise KernelPathsError(f"the grading kernel's Python ({executable}) did not start: "
                               f"{(result.stderr.strip().splitlines() or ['no output'])[-1]}") from None
    if report.get("error"):
        raise KernelPathsError(f"the grading kernel's Python ({executable}) cannot import smmlib and its "
                               f"data: {report['error']}")
    return report


def kernel_imports(env, executable=None):
    """Where the grading kernel will import from: its sys.path, editable installs, smmlib, the course data.

    Asked of the kernel's own interpreter with the kernel's environment (cached per process), because
    that is not always where the grader imported smmlib from: a copied course folder, another clone's
    venv, a wheel install.
    """
    return _kernel_imports(executable or sys.executable, tuple(sorted(env.items())))


def _importable(entry):
    """A sys.path entry, or only its smmlib/ and datasets/ when it is a course folder (never its gradebook)."""
    if os.path.isfile(os.path.join(entry, "nbgrader_config.py")):
        return [os.path.join(entry, "smmlib"), os.path.join(entry, "datasets")]
    return [entry]


def readable_paths(env):
    """What the kernel may read: its Python, what it imports (smmlib included), the course data, system files.

    `env` is the kernel's environment (``kernel_base_env``): it decides what the kernel imports."""
    probe = kernel_imports(env)
    imports = [p for entry in probe["path"] for p in _importable(entry)]
    paths = [*probe["prefix"], os.path.dirname(probe["executable"]), *imports, *probe["editable"],
             probe["smmlib"], probe["data"],
             "/usr", "/lib", "/lib64", "/lib32", "/etc/ld.so.cache", "/etc/localtime", "/etc/passwd",
             "/etc/group", "/etc/nsswitch.conf", "/etc/mime.types", "/etc/matplotlibrc", "/etc/fonts",
             "/usr/share/zoneinfo", "/dev/null", "/dev/urandom", "/dev/random", "/dev/zero", "/proc/cpuinfo",
             "/proc/meminfo", "/proc/stat", "/sys/devices/system/cpu"]
    return _existing(paths)


def kernel_base_env(course_root):
    """The grading kernel's environment apart from its private folders: what the grader passes on,
    and the course's own data (datasets/ of the course folder) unless SMM_DATASETS says otherwise."""
    env = {k: os.environ[k] for k in KEEP_ENV if k in os.environ}
    env.update({"PYTHONNOUSERSITE": "1", "PYTHONDONTWRITEBYTECODE": "1"})
    course_data = Path(course_root) / "datasets"
    if "SMM_DATASETS" not in env and (course_data / "posts.csv").is_file():
        env["SMM_DATASETS"] = str(course_data.resolve())
    return env


KEEP_ENV = ("PATH", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_NUMERIC", "TZ", "PYTHONHASHSEED",
            "PYTHONWARNINGS", "MPLBACKEND", "NBGRADER_EXECUTION", "PYDEVD_DISABLE_FILE_VALIDATION", "SMM_DATASETS")


def protected_paths(source_dir, extra=()):
    """Paths whose access the kernel reports: the course (gradebook, source/), the repo, the grader's home."""
    import smmlib

    here = Path(source_dir).resolve()
    root = next((str(f) for f in [here, *here.parents] if (f / "nbgrader_config.py").is_file()), "")
    repo = Path(smmlib.__file__).resolve().parent.parent
    repo = str(repo) if (repo / "nbgrader_config.py").exists() else ""   # an editable install in a course repo
    return [p for p in [root, repo, os.path.expanduser("~"), *extra] if p]
