"""What the sandboxed kernel may read, and which environment variables it keeps."""
import os
import site
import sys
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


def readable_paths():
    """What the kernel may read: Python, the installed packages, smmlib, the course data, system libraries."""
    import smmlib
    from smmlib import datasets

    package = Path(smmlib.__file__).resolve().parent
    paths = [sys.prefix, sys.exec_prefix, sys.base_prefix, sys.base_exec_prefix, *site.getsitepackages(),
             site.getusersitepackages(), str(package), str(datasets._data_dir().resolve()),
             os.path.dirname(os.path.realpath(sys.executable)),
             "/usr", "/lib", "/lib64", "/lib32", "/etc/ld.so.cache", "/etc/localtime", "/etc/passwd",
             "/etc/group", "/etc/nsswitch.conf", "/etc/mime.types", "/etc/matplotlibrc", "/etc/fonts",
             "/usr/share/zoneinfo", "/dev/null", "/dev/urandom", "/dev/random", "/dev/zero", "/proc/cpuinfo",
             "/proc/meminfo", "/proc/stat", "/sys/devices/system/cpu"]
    return _existing(paths)


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
