"""Red team (issue 8): hostile and broken submissions through the real `smm grade` path.

One `smm grade ch04_analytics` run (two parallel workers, real nbgrader autograde in
the grading sandbox) over every case of `redteam_cases.py`, with a short per-cell
timeout. Every case must end with its defined score and reason, attacks must not
gain a point and must be listed under "check by hand", nothing may stop the run,
the honest submissions must score exactly what they score when graded without the
hostile ones, and the gradebook must be intact afterwards.
"""
import csv
import math
import shutil
import sqlite3
import subprocess
import sys
import time

import nbformat
import pytest

from harness import new_course, run_nbgrader
from redteam_cases import A, FULL, cases, write_download

CONFIG = """
# red-team suite: shorter limits keep the suite fast
c.Execute.timeout = 6
c.SandboxedExecute.notebook_timeout = 150
c.SandboxedExecute.output_limit = 200_000
"""
CASES = cases()


def make_course(folder):
    root = new_course(folder, A)
    with open(root / "nbgrader_config.py", "a", encoding="utf-8") as handle:
        handle.write(CONFIG)
    run_nbgrader(root, "generate_assignment", A, "--force")
    return root


def smm_grade(root, download):
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "smmlib.cli", "grade", A, "--from", str(download),
                             "--jobs", "2", "--quiet"], cwd=root, text=True, capture_output=True, timeout=900)
    return result, time.perf_counter() - started


def read_grades(root):
    with open(root / "grading" / A / "grades.csv", newline="", encoding="utf-8") as handle:
        return {row["student"]: row for row in csv.DictReader(handle)}


def gradebook_definition(root):
    """What the gradebook says the assignment is (no student may change it)."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        notebook = gb.find_notebook(A, A)
        return (sorted((c.name, c.max_score, c.cell_type) for c in notebook.grade_cells),
                sorted((c.name, c.source, c.checksum, c.locked) for c in notebook.source_cells))


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("redteam")
    root = make_course(tmp / "class")
    alone_root = shutil.copytree(root, tmp / "alone")    # the same generated course, before any grading
    definition = gradebook_definition(root)
    result, seconds = smm_grade(root, write_download(tmp / "download", CASES))
    honest = {name: case for name, case in CASES.items() if case.honest}
    alone_result, alone_seconds = smm_grade(alone_root, write_download(tmp / "download_alone", honest))
    print(f"\nred team: {len(CASES)} submissions in {seconds:.0f} s; {len(honest)} honest ones alone in "
          f"{alone_seconds:.0f} s")
    return dict(root=root, result=result, grades=read_grades(root), definition=definition,
                alone=read_grades(alone_root), alone_result=alone_result)


def test_the_run_finishes_and_lists_every_submission(run):
    assert run["result"].returncode == 0, run["result"].stdout + run["result"].stderr
    assert set(run["grades"]) == set(CASES)
    assert f"Students: {len(CASES)}" in run["result"].stdout


@pytest.mark.parametrize("name", list(CASES))
def test_each_case_ends_as_defined(run, name):
    case, row = CASES[name], run["grades"][name]
    if case.scores is None:
        assert row["status"] == "failed" and case.reason in row["reason"], row
        return
    assert row["status"] == "graded", row
    got = {gid: float(row[gid]) for gid in FULL}
    assert got == pytest.approx(case.scores, abs=1e-3), f"{name}: {row}"
    flags = row["check_by_hand"]
    for phrase in case.check_by_hand:
        assert phrase in flags, f"{name}: {phrase!r} not in check_by_hand:\n{flags}"
    if case.kind == "honest":
        assert flags == "", f"{name} is honest but flagged: {flags}"
    for phrase in case.remark:
        assert phrase in row["remark"], f"{name}: {phrase!r} not in remark:\n{row['remark']}"


def test_no_attack_gains_a_point_and_every_attack_is_flagged(run):
    for name, case in CASES.items():
        if case.kind == "attack":
            row = run["grades"][name]
            assert row["check_by_hand"], f"{name} is not flagged"
            assert float(row["autograded"]) <= sum(case.scores.values()) + 1e-6


def test_honest_scores_equal_the_scores_when_graded_alone(run):
    for name, case in CASES.items():
        if case.honest:
            together = {gid: float(run["grades"][name][gid]) for gid in FULL}
            alone = {gid: float(run["alone"][name][gid]) for gid in FULL}
            assert together == alone, name
    assert run["alone_result"].returncode == 0


def test_the_gradebook_is_intact(run):
    root = run["root"]
    with sqlite3.connect(root / "gradebook.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert gradebook_definition(root) == run["definition"], "a submission changed the assignment in the gradebook"
    from nbgrader.api import Gradebook

    graded = {name for name, case in CASES.items() if case.scores is not None}
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        students = {s.id for s in gb.students}
        assert graded <= students
        for name in graded:
            submission = gb.find_submission_notebook(A, A, name)
            grades = {g.name: g for g in submission.grades}
            assert set(FULL) <= set(grades)
            for gid, points in FULL.items():
                score = grades[gid].score
                assert score is not None and not math.isnan(score) and 0 <= score <= points, (name, gid, score)


def test_the_report_names_what_to_check_by_hand(run):
    report = (run["root"] / "grading" / A / "report.html").read_text(encoding="utf-8")
    assert "Met de hand controleren" in report
    for name, case in CASES.items():
        if case.kind == "attack":
            assert f"<li>{name}:" in report, name
    assert "Check by hand:" in run["result"].stdout


def test_students_see_a_dutch_note_where_the_score_was_not_trusted(run):
    html = (run["root"] / "grading" / A / "feedback" / "aanval_guard_uit.html").read_text(encoding="utf-8")
    assert "NAKIJKEN" in html and "met de hand na" in html


def test_the_grading_kernel_was_sandboxed(run):
    nb = nbformat.read(str(run["root"] / "autograded" / "eerlijk_vol" / A / f"{A}.ipynb"), as_version=4)
    sandbox = " ".join(nb.metadata["smm_grading"]["sandbox"])
    assert "limits: memory 2048" in sandbox
    if sys.platform == "linux":
        assert "seccomp: no new processes" in sandbox or "not on x86-64" in sandbox
        assert "landlock" in sandbox
