"""`smm grade` end to end on a Canvas and a Brightspace download: ids, scores and feedback back into the LMS.

Three students of chapter 4 each (full marks, vanity metrics chosen, a broken file), graded
by real nbgrader; the import file is built on the LMS's own export, and Canvas's feedback zip
is checked against Canvas's matching rule. Moodle's round trip is in test_bulk_grade.py.
"""
import csv
import zipfile

import nbformat
import pytest

from harness import REPO, make_submission, new_course, release_notebook, solution_answers, source_notebook
from lms_rules import canvas_rule, rows_of
from test_bulk_grade import smm
from test_ch04_grading import VANITY_KPIS

A = "ch04_analytics"
FIXTURES = REPO / "tests" / "fixtures" / "lms"
ENTRIES = {
    "canvas": ["devriesjan_12345_67890_{A}.ipynb", "vriesjael_LATE_12346_67891_{A}-1.ipynb",
               "smitanne_12347_67892_{A}.ipynb"],
    "brightspace": ["13394-80551 - Jan de Vries - Mar 15, 2024 905 AM - {A}.ipynb",
                    "13394-80552 - Anne Smit - Mar 14, 2024 1205 PM - {A}.ipynb",
                    "13394-80553 - Zoë O'Brien - Mar 14, 2024 800 PM - {A}.ipynb"],
}
EXPORT = {"canvas": ("--gradebook", "canvas_gradebook.csv"), "brightspace": ("--roster", "brightspace_classlist.csv")}


@pytest.fixture(scope="module", params=["canvas", "brightspace"])
def run(request, tmp_path_factory):
    lms_name = request.param
    tmp = tmp_path_factory.mktemp(lms_name)
    root = new_course(tmp, A)
    release, answers = release_notebook(A), solution_answers(source_notebook(A))
    texts = [nbformat.writes(make_submission(release, answers)),
             nbformat.writes(make_submission(release, {**answers, "ch04_analytics_01_kpi_keuze": VANITY_KPIS})),
             '{"cells": [']
    download = tmp / "download.zip"
    with zipfile.ZipFile(download, "w") as archive:
        for entry, text in zip(ENTRIES[lms_name], texts):
            archive.writestr(entry.format(A=A), text)
        if lms_name == "brightspace":   # an older submission of the first student (blank), and the manifest
            archive.writestr(f"13394-80550 - Jan de Vries - Mar 14, 2024 1159 PM - {A}.ipynb", nbformat.writes(release))
            archive.writestr("index.html", "<html></html>")
    option, export = EXPORT[lms_name]
    output = smm(root, "grade", A, "--from", str(download), "--lms", lms_name, option, str(FIXTURES / export),
                 "--item", "Hoofdstuk 4", "--jobs", "2", "--quiet")
    out = root / "grading" / A
    return dict(lms=lms_name, root=root, out=out, output=output,
                table=rows_of((out / f"import_{lms_name}.csv").read_text(encoding="utf-8")))


def test_each_student_is_graded_under_their_lms_id(run):
    assert "graded now: 2" in run["output"] and "failed: 1" in run["output"]
    if run["lms"] == "canvas":
        by_id = {row[1]: row for row in run["table"][1:]}
        assert run["table"][0][-1] == "Hoofdstuk 4 (4243)"
        assert by_id["12345"][-1] == "20" and by_id["12346"][-1] == "18.33"
        assert by_id["12347"][-1] == ""            # broken: the (empty) cell Canvas has stays as it is
        assert by_id["12351"][-1] == "20.00"       # not in this download: Canvas's own grade stays
    else:
        assert run["table"][0] == ["OrgDefinedId", "Username", "Hoofdstuk 4 Points Grade", "End-of-Line Indicator"]
        assert sorted(run["table"][1:]) == [["#0012345", "#jdevries", "20", "#"], ["#0012346", "#asmit", "18.33", "#"]]


def test_student_numbers_come_from_the_lms_export_and_decide_the_data(run):
    """Issue 18: the export's SIS User ID / OrgDefinedId goes to student_numbers.csv; each is graded on it."""
    written = (run["root"] / "student_numbers.csv").read_text(encoding="utf-8").splitlines()
    graded = grades_csv(run["out"])
    if run["lms"] == "canvas":
        assert written[0] == "student_id,student_number" and "12345,s1234567" in written
        assert graded["12345"]["student_number"] == "s1234567" and float(graded["12345"]["total"]) == 20.0
    else:
        jan = next(row for row in graded.values() if row["name"] == "Jan de Vries")
        assert f"{jan['student']},0012345" in written and jan["student_number"] == "0012345"
    assert "student numbers from the" in run["output"]


def grades_csv(out):
    with open(out / "grades.csv", newline="", encoding="utf-8") as handle:
        return {row["student"]: row for row in csv.DictReader(handle)}


def test_canvas_feedback_zip_matches_each_graded_student_once(run):
    if run["lms"] != "canvas":
        assert not (run["out"] / "feedback_brightspace.zip").exists()   # Brightspace has no bulk feedback upload
        return
    attachments = {"12345": {"67890"}, "12346": {"67891"}, "12347": {"67892"}}
    with zipfile.ZipFile(run["out"] / "feedback_canvas.zip") as archive:
        mapped = {canvas_rule(name, [], attachments, {}): archive.read(name) for name in archive.namelist()}
        assert len(mapped) == len(archive.namelist())
    assert set(mapped) == {"12345", "12346"}
    assert all(mapped[s] == (run["out"] / "feedback" / f"{s}.html").read_bytes() for s in mapped)


def test_an_older_brightspace_submission_is_kept_not_graded(run):
    if run["lms"] != "brightspace":
        return
    folder = run["root"] / "submitted" / "Jan de Vries" / A
    assert sorted(p.name for p in folder.iterdir()) == [f"{A}.ipynb", f"{A}.ipynb.previous-1"]
    assert nbformat.read(folder / f"{A}.ipynb.previous-1", as_version=4) == release_notebook(A)
    assert "2 submissions in the download; graded the latest" in (run["out"] / "grades.csv").read_text()
