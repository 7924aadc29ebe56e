"""Build what a lecturer hands out through the LMS (`smm bundle`, `make dist`).

Into dist/ (git-ignored):

    smmlib-<version>-py3-none-any.whl   smmlib with the course data as package data
    smm-starter.zip                      smm/: LEESMIJ.txt, environment.yml (conda),
                                         requirements.txt (pip), the wheel, course/*.ipynb
    <assignment>.zip                     <assignment>/: release/<assignment>/* and INLEVEREN.txt

The student hands in `<assignment>.ipynb`, the name `smm grade` looks for in an
LMS download (see smmlib.grader.lms). Dutch texts for students live in bundle/.
"""
import importlib.util
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from string import Template

from smmlib.grader.course import CourseError, assignments
from smmlib.lecturer import cohort

STARTER = "smm-starter.zip"
IGNORED = {".ipynb_checkpoints", "__pycache__", ".DS_Store"}


def build(root, out=None):
    """Build the wheel, the starter zip and one zip per assignment; return their paths."""
    root = Path(root)
    out = Path(out) if out else root / "dist"
    out.mkdir(parents=True, exist_ok=True)
    cohort.apply(root)              # the wheel ships the data of the COURSE_SEED in nbgrader_config.py
    names = assignments(root)
    for name in names:
        if not (root / "release" / name / f"{name}.ipynb").is_file():
            raise CourseError(f"release/{name}/{name}.ipynb is missing; run `smm release` first")
    for old in [*out.glob("smmlib-*.whl"), out / STARTER, *(out / f"{n}.zip" for n in names)]:
        old.unlink(missing_ok=True)
    wheel = build_wheel(root, out)
    built = [wheel, starter_zip(root, out, wheel)]
    built += [assignment_zip(root, out, name) for name in names]
    return built


def build_wheel(root, out):
    """Build the smmlib wheel into `out` with pip (offline when hatchling is installed)."""
    offline = ["--no-build-isolation"] if importlib.util.find_spec("hatchling") else []
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", *offline, "-w", str(out), str(root)]
    result = subprocess.run(cmd, text=True, capture_output=True)
    if result.returncode != 0:
        raise CourseError(f"building the wheel failed:\n{result.stdout}\n{result.stderr}")
    return next(out.glob("smmlib-*.whl"))


def pins(root):
    """The tested versions from requirements/constraints.txt: {normalised name: version}."""
    text = (Path(root) / "requirements" / "constraints.txt").read_text()
    return {_norm(name): version.strip() for name, version in re.findall(r"^([\w.-]+)==(\S+)", text, re.M)}


def wheel_requirements(wheel):
    """Names of the wheel's own (non-extra) dependencies, read from its METADATA."""
    with zipfile.ZipFile(wheel) as archive:
        meta = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        lines = archive.read(meta).decode().splitlines()
    reqs = [line.split(":", 1)[1].strip() for line in lines if line.startswith("Requires-Dist:")]
    return [re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0] for r in reqs if "extra ==" not in r]


def student_files(root, wheel):
    """Text of environment.yml, requirements.txt and LEESMIJ.txt for the starter zip."""
    versions = pins(root)
    packages = wheel_requirements(wheel)
    missing = [p for p in packages if _norm(p) not in versions]
    if missing:
        raise CourseError(f"no tested version in requirements/constraints.txt for: {', '.join(missing)}")
    python = re.search(r"-\s*python\s*=\s*([\d.]+)", (Path(root) / "environment.yml").read_text())[1]
    conda = "\n".join(f"  - {p}={versions[_norm(p)]}" for p in packages)
    environment = (
        "# Social Media Management: de conda-omgeving voor je laptop (zie LEESMIJ.txt).\n"
        "#   conda env create -f environment.yml\n"
        f"name: smm\nchannels:\n  - conda-forge\ndependencies:\n  - python={python}\n  - pip\n"
        f"{conda}\n  - pip:\n      - ./{wheel.name}\n")
    requirements = (
        "# Social Media Management, voor pip zonder Anaconda (zie LEESMIJ.txt).\n"
        "# Gebruik in deze map:  pip install -r requirements.txt\n"
        f"./{wheel.name}\n" + "".join(f"{p}=={versions[_norm(p)]}\n" for p in packages))
    readme = _template(root, "LEESMIJ.txt", wheel=wheel.name, python=python)
    return {"environment.yml": environment, "requirements.txt": requirements, "LEESMIJ.txt": readme}


def starter_zip(root, out, wheel):
    """smm-starter.zip: everything a student installs once, in one folder smm/."""
    target = out / STARTER
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in student_files(root, wheel).items():
            _write_text(archive, f"smm/{name}", text)
        archive.write(wheel, f"smm/{wheel.name}")
        for notebook in sorted((Path(root) / "course").glob("*.ipynb")):
            archive.write(notebook, f"smm/course/{notebook.name}")
    return target


def assignment_zip(root, out, name):
    """<name>.zip for LMS upload: the release folder and a Dutch hand-in instruction."""
    release = Path(root) / "release" / name
    target = out / f"{name}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(release.rglob("*")):
            if path.is_file() and not IGNORED & set(path.relative_to(release).parts):
                archive.write(path, f"{name}/{path.relative_to(release).as_posix()}")
        notebook = f"{name}.ipynb"
        text = _template(root, "INLEVEREN.txt", assignment=name, notebook=notebook,
                         underline="=" * len(f"Opdracht {name}: zo lever je in"))
        _write_text(archive, f"{name}/INLEVEREN.txt", text)
    return target


def _template(root, name, **values):
    return Template((Path(root) / "bundle" / name).read_text(encoding="utf-8")).substitute(values)


def _write_text(archive, name, text):
    info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
    info.external_attr = 0o644 << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, text.encode("utf-8"))


def _norm(name):
    return re.sub(r"[-_.]+", "-", name).lower()
