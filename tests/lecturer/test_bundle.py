"""`smm bundle`: the wheel carries the data, the zips hold what students need, and it all runs without the repo.

The last test installs the built wheel into a fresh venv outside the repo, loads every data set
and imports every smmlib module there, and runs a sample of the lessons of the starter zip and of
the assignment solutions (two of each, chosen for their widgets, charts, data and hidden tests).
`SMM_BUNDLE_ALL=1` runs all nine lessons and all nine solutions (about 8 minutes on 2 cores).
"""
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import yaml

from conftest import REPO
from smmlib import cli
from smmlib.grader import lms
from smmlib.lecturer import bundle
from smmlib.grader.course import assignments
from smmlib.datasets import dataset_names

ASSIGNMENTS = assignments(REPO)
LESSONS = sorted(p.name for p in (REPO / "course").glob("*.ipynb"))
# What the notebooks need at run time (jinja2 for DataFrame.style); the wheel goes in with --no-deps,
# so the test venv stays small: no JupyterLab, no nbgrader.
RUNTIME = ["pandas", "numpy", "matplotlib", "seaborn", "scipy", "ipywidgets", "jinja2",
           "ipykernel", "nbclient", "nbformat"]


@pytest.fixture(scope="module")
def dist(tmp_path_factory):
    """Build the bundle once through the `smm bundle` command."""
    out = tmp_path_factory.mktemp("dist")
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        assert cli.main(["bundle", "--out", str(out)]) == 0
    finally:
        os.chdir(cwd)
    return out


def names(zip_path):
    with zipfile.ZipFile(zip_path) as archive:
        return sorted(archive.namelist())


def read(zip_path, name):
    with zipfile.ZipFile(zip_path) as archive:
        return archive.read(name).decode("utf-8")


def wheel_of(dist):
    (wheel,) = dist.glob("smmlib-*.whl")
    return wheel


def test_dist_holds_the_wheel_the_starter_and_one_zip_per_assignment(dist):
    expected = {wheel_of(dist).name, bundle.STARTER, *(f"{a}.zip" for a in ASSIGNMENTS)}
    assert {p.name for p in dist.iterdir()} == expected


def test_wheel_carries_every_dataset_the_datasheet_and_the_variant_generator(dist):
    files = names(wheel_of(dist))
    data = sorted(f for f in files if f.startswith("smmlib/data/"))
    assert data == sorted([f"smmlib/data/{n}.csv" for n in dataset_names()]
                          + ["smmlib/data/README.md", "smmlib/data/course_seed.txt"])   # the cohort's seed (issue 18)
    for name in dataset_names():
        assert read(wheel_of(dist), f"smmlib/data/{name}.csv") == (REPO / "datasets" / f"{name}.csv").read_text()
    assert not [f for f in files if not f.startswith(("smmlib/", "smmlib-"))]
    assert "smmlib/datagen/build.py" in files and "smmlib/variants.py" in files   # use_variant works from the wheel
    assert "smmlib/grader/templates/feedback_nl/index.html.j2" in files


def test_starter_zip_lists_exactly_the_student_files(dist):
    wheel = wheel_of(dist).name
    expected = ["smm/LEESMIJ.txt", "smm/environment.yml", "smm/requirements.txt", f"smm/{wheel}",
                *(f"smm/course/{n}" for n in LESSONS)]
    assert names(dist / bundle.STARTER) == sorted(expected)


def test_environment_and_requirements_pin_the_tested_versions(dist):
    starter, wheel = dist / bundle.STARTER, wheel_of(dist).name
    pins = bundle.pins(REPO)
    env = yaml.safe_load(read(starter, "smm/environment.yml"))
    assert env["name"] == "smm" and env["channels"] == ["conda-forge"]
    conda = [d for d in env["dependencies"] if isinstance(d, str) and not d.startswith(("python=", "pip"))]
    assert {"jupyterlab", "nbgrader", "pandas", "seaborn", "ipywidgets"} <= {d.split("=")[0] for d in conda}
    for dep in conda:
        name, version = dep.split("=")
        assert pins[name] == version, dep
    assert env["dependencies"][-1] == {"pip": [f"./{wheel}"]}
    requirements = [line for line in read(starter, "smm/requirements.txt").splitlines() if not line.startswith("#")]
    assert requirements == [f"./{wheel}", *(d.replace("=", "==") for d in conda)]


def test_leesmij_gives_the_steps_per_system(dist):
    text = read(dist / bundle.STARTER, "smm/LEESMIJ.txt")
    for needle in ["Windows", "macOS", "Linux", "conda env create -f", "conda activate smm && jupyter lab",
                   "pip install -r requirements.txt", wheel_of(dist).name, "Validate"]:
        assert needle in text


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_assignment_zip_holds_the_release_and_a_hand_in_instruction(dist, assignment):
    zip_path = dist / f"{assignment}.zip"
    release = sorted(p.name for p in (REPO / "release" / assignment).iterdir() if p.is_file())
    assert names(zip_path) == sorted([f"{assignment}/INLEVEREN.txt", *(f"{assignment}/{n}" for n in release)])
    notebook = f"{assignment}/{assignment}.ipynb"
    assert read(zip_path, notebook) == (REPO / "release" / notebook).read_text(encoding="utf-8")
    instruction = read(zip_path, f"{assignment}/INLEVEREN.txt")
    assert "alleen dit ene bestand in" in instruction and f"       {assignment}.ipynb\n" in instruction


@pytest.mark.parametrize("layout, path", [
    ("canvas", "jansen_1234_5678_{file}"),
    ("moodle", "Jan Jansen_1234_assignsubmission_file_/{file}"),
    ("brightspace", "5678-1234 - Jan Jansen - Nov 3, 2025 1015 AM - {file}"),
    ("plain", "jansen/{assignment}/{file}"),
])
def test_the_handed_in_notebook_is_found_in_every_lms_download(dist, tmp_path, layout, path):
    assignment = ASSIGNMENTS[0]
    (notebook,) = [n for n in names(dist / f"{assignment}.zip") if n.endswith(".ipynb")]
    handed_in = Path(notebook).name
    download = tmp_path / "download.zip"
    with zipfile.ZipFile(download, "w") as archive:
        archive.writestr(path.format(file=handed_in, assignment=assignment), read(dist / f"{assignment}.zip", notebook))
    found, (submission,) = lms.read_download(download, assignment)
    assert found == layout
    name, data, remark = submission.notebook(assignment)
    assert (name, remark) == (f"{assignment}.ipynb", "")


# The sample the suite runs; SMM_BUNDLE_ALL=1 runs every lesson and solution. ch04's lesson has the
# widgets and most charts, ch07's the funnel explorer; ch01's solution reads the survey, ch06's the
# mentions with the sentiment word list, and both reload modules freshly in their hidden tests.
SAMPLE_LESSONS = ["ch04_analytics.ipynb", "ch07_koopcyclus.ipynb"]
SAMPLE_SOLUTIONS = ["ch01_definitie", "ch06_merk"]
RUN_ALL = os.environ.get("SMM_BUNDLE_ALL") == "1"

# Every module a notebook can use and every data set, loaded in the fresh venv (a student's own
# variant too). The lecturer's and grader's modules need nbgrader, which a student does not install.
MODULE_PROBE = r'''
import importlib, json, pkgutil, smmlib
from smmlib.datasets import dataset_names, load_dataset
TOOLS = ("smmlib.grader", "smmlib.lecturer", "smmlib.sandbox", "smmlib.cli")
modules = [m.name for m in pkgutil.walk_packages(smmlib.__path__, "smmlib.") if not m.name.startswith(TOOLS)]
for name in modules:
    importlib.import_module(name)
smmlib.use_variant("1234567")
rows = {name: len(load_dataset(name)) for name in dataset_names()}
print(json.dumps({"modules": len(modules), "rows": rows, "smmlib": smmlib.__file__}))
'''

# Runs inside the fresh venv: executes the notebooks, a kernel per core (at least two), and
# reports from inside each kernel where smmlib and its data came from.
RUNNER = r'''
import asyncio, json, os, sys
import nbformat
from nbclient import NotebookClient

PROBE = ("import json, sys, smmlib, smmlib.datasets as d\n"
         "print(json.dumps({'smmlib': smmlib.__file__, 'data': str(d._data_dir()), 'path': sys.path}))")

async def run(path, gate):
    async with gate:
        nb = nbformat.read(path, as_version=4)
        nb.cells.append(nbformat.v4.new_code_cell(PROBE))
        client = NotebookClient(nb, kernel_name="python3", timeout=600,
                                resources={"metadata": {"path": os.path.dirname(path)}})
        try:
            await client.async_execute()
        except Exception as error:
            return {"notebook": path, "error": str(error)[-3000:]}
        out = "".join(o.get("text", "") for o in nb.cells[-1].outputs if o.get("name") == "stdout")
        return {"notebook": path, "error": None, **json.loads(out)}

async def main(paths):
    gate = asyncio.Semaphore(max(2, os.cpu_count() or 1))
    print(json.dumps(await asyncio.gather(*(run(p, gate) for p in paths))))

asyncio.run(main(sys.argv[1:]))
'''


def test_installed_wheel_runs_the_lessons_and_solutions_without_the_repo(dist, tmp_path):
    start = time.perf_counter()
    venv = tmp_path / "venv"
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    env = {key: value for key, value in os.environ.items()
           if key not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "SMM_DATASETS", "JUPYTER_PATH",
                          "PYTHONDONTWRITEBYTECODE"}}  # the first kernel compiles, the others reuse the .pyc
    env.update(PIP_DISABLE_PIP_VERSION_CHECK="1", PYTHONNOUSERSITE="1")

    def run(*cmd, **kwargs):
        result = subprocess.run([str(c) for c in cmd], env=env, text=True, capture_output=True, **kwargs)
        assert result.returncode == 0, f"{' '.join(map(str, cmd))}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        return result.stdout

    assert not tmp_path.resolve().is_relative_to(REPO)
    # This Python's pip installs into the new venv (--python): no pip inside it, no .pyc compiling.
    run(sys.executable, "-m", "venv", "--without-pip", venv)
    pip = [sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-compile"]
    run(*pip, "-c", REPO / "requirements" / "constraints.txt", *RUNTIME)
    run(*pip, "--no-deps", wheel_of(dist))
    installed = time.perf_counter()

    # The student's folder: the unzipped starter; the lecturer's: a copy of each source assignment.
    with zipfile.ZipFile(dist / bundle.STARTER) as archive:
        archive.extractall(tmp_path / "student")
    lessons = LESSONS if RUN_ALL else SAMPLE_LESSONS
    solutions = ASSIGNMENTS if RUN_ALL else SAMPLE_SOLUTIONS
    notebooks = [tmp_path / "student" / "smm" / "course" / name for name in lessons]
    for assignment in solutions:
        folder = tmp_path / "solutions" / assignment
        shutil.copytree(REPO / "source" / assignment, folder, ignore=shutil.ignore_patterns(".*", "__pycache__"))
        notebooks += sorted(folder.glob("*.ipynb"))
    (tmp_path / "run_notebooks.py").write_text(RUNNER)

    home = tmp_path / "home"
    home.mkdir()
    env.update(PATH=os.pathsep.join([str(bin_dir), os.defpath]), HOME=str(home), MPLBACKEND="Agg",
               JUPYTER_DATA_DIR=str(home / "jupyter"), JUPYTER_CONFIG_DIR=str(home / "jupyter"))
    probe = json.loads(run(python, "-c", MODULE_PROBE, cwd=tmp_path).splitlines()[-1])
    assert probe["smmlib"].startswith(str(venv.resolve())), probe
    assert probe["modules"] >= 20 and set(probe["rows"]) == set(dataset_names()), probe
    assert all(rows > 0 for rows in probe["rows"].values()), probe
    results = json.loads(run(python, tmp_path / "run_notebooks.py", *notebooks, cwd=tmp_path).splitlines()[-1])
    done = time.perf_counter()
    print(f"\nbundle venv: install {installed - start:.0f} s, {len(notebooks)} notebooks {done - installed:.0f} s")

    assert set(SAMPLE_LESSONS) <= set(LESSONS) and set(SAMPLE_SOLUTIONS) <= set(ASSIGNMENTS)
    assert len(results) == len(lessons) + len(solutions) == len(notebooks)
    failed = [f"{r['notebook']}:\n{r['error']}" for r in results if r["error"]]
    assert not failed, "\n\n".join(failed)
    site = str(venv.resolve())
    for r in results:
        assert r["smmlib"].startswith(site) and r["data"].startswith(site), r
        assert not [p for p in r["path"] if p and Path(p).resolve().is_relative_to(REPO)], r["path"]
