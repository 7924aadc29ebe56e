"""`smm grade` end to end: a Moodle download of chapter 4 in; grades, Moodle's worksheet and feedback zip, report out.

Real nbgrader autograde in parallel workers; the scores must equal what the
chapter's own grading test expects, the download is never changed, a rerun
gives the same outputs and grades only new submissions, and what goes back into
Moodle passes Moodle's own rules (tests/grader/lms_rules.py).
"""
import csv
import hashlib
import os
import subprocess
import sys
import uuid
import zipfile

import nbformat
import pytest

from harness import REPO, make_submission, new_course, release_notebook, solution_answers, source_notebook
from lms_rules import MOODLE_EN, moodle_import, moodle_rule, rows_of
from report_pages import page, table_rows
from test_ch04_grading import FULL, VANITY_KPIS

A = "ch04_analytics"


def moodle_zip(path, students):
    with zipfile.ZipFile(path, "w") as archive:
        for i, (name, (filename, text)) in enumerate(students.items()):
            archive.writestr(f"{name}_{70001 + i}_assignsubmission_file_/{filename}", text)
    return path


PG_HOST = os.environ.get("SMM_TEST_PG_HOST", "/var/run/postgresql")


def postgres_db():
    """A fresh PostgreSQL database on the local server (CI starts one: see .ci/run); its URL."""
    try:
        import psycopg2
        conn = psycopg2.connect(dbname="postgres", host=PG_HOST)
    except Exception as error:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is not reachable in CI: {error}")
        pytest.skip(f"no local PostgreSQL server ({error}); CI runs this case")
    name = f"smm_test_{uuid.uuid4().hex[:8]}"
    conn.autocommit = True
    conn.cursor().execute(f"CREATE DATABASE {name}")
    conn.close()
    return f"postgresql+psycopg2://@/{name}?host={PG_HOST}"


def smm(root, *args, db=None):
    env = dict(os.environ, **({"SMM_DB_URL": db} if db else {}))
    result = subprocess.run([sys.executable, "-m", "smmlib.cli", *args], cwd=root, text=True, capture_output=True,
                            env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def run(request, tmp_path_factory):
    db = postgres_db() if request.param == "postgresql" else None
    tmp = tmp_path_factory.mktemp("bulk")
    root = new_course(tmp, A)
    release, answers = release_notebook(A), solution_answers(source_notebook(A))
    students = {
        "Piet Jansen": (f"{A}.ipynb", nbformat.writes(make_submission(
            release, {**answers, "ch04_analytics_06_advies": "Zet vaker carrousels in op Instagram."}))),
        "Jaël de Vries": (f"{A}.ipynb", nbformat.writes(make_submission(
            release, {**answers, "ch04_analytics_01_kpi_keuze": VANITY_KPIS}))),
        "Ayşe Özdemir": ("mijn opdracht.ipynb", nbformat.writes(release)),
        "Kees Kapot": (f"{A}.ipynb", '{"cells": ['),
    }
    download = moodle_zip(tmp / "moodle.zip", students)
    before = sha(download)
    first = smm(root, "grade", A, "--from", str(download), "--lms", "moodle", "--jobs", "2", "--quiet", db=db)
    out = root / "grading" / A
    files = {p.name: p.read_bytes() for p in out.glob("*.*") if p.name != "manifest.json"}
    second = smm(root, "grade", A, "--from", str(download), "--lms", "moodle", "--quiet", db=db)
    files_again = {p.name: p.read_bytes() for p in out.glob("*.*") if p.name != "manifest.json"}
    worksheet = REPO / "tests" / "fixtures" / "lms" / "moodle_worksheet_en.csv"
    third = smm(root, "grade", A, "--from", str(download), "--lms", "moodle", "--worksheet", str(worksheet), "--quiet",
                db=db)
    filled = (out / "import_moodle.csv").read_text(encoding="utf-8")
    return dict(root=root, out=out, first=first, second=second, third=third, before=before, download=download,
                files=files, files_again=files_again, filled=filled, students=students, tmp=tmp, db=db)


def grades(out):
    with open(out / "grades.csv", newline="", encoding="utf-8") as handle:
        return {row["name"]: row for row in csv.DictReader(handle)}


def test_scores_match_the_chapter_expectations(run):
    rows = grades(run["out"])
    assert {g: float(rows["Piet Jansen"][g]) for g in FULL} == FULL
    assert float(rows["Jaël de Vries"]["ch04_analytics_01_kpi_keuze"]) == pytest.approx(2 + 1 / 3, abs=1e-3)
    assert float(rows["Ayşe Özdemir"]["total"]) == 0 and "renamed" in rows["Ayşe Özdemir"]["remark"]
    assert rows["Kees Kapot"]["status"] == "failed" and "invalid notebook" in rows["Kees Kapot"]["reason"]
    assert rows["Piet Jansen"]["needs_manual"] == "True"  # the reflection answer waits for formgrader


def test_summary_names_failures_with_their_reason(run):
    assert "graded now: 3" in run["first"] and "failed: 1" in run["first"]
    assert "FAILED 70004: invalid notebook" in run["first"]


def test_moodle_worksheet_as_moodle_reads_it(run):
    read = moodle_import(run["files"]["import_moodle.csv"].decode("utf-8"), MOODLE_EN)
    assert read["70001"][0] == 20 and read["70002"][0] == pytest.approx(18.33)
    assert read["70004"][0] is None   # no grade for a broken submission: Moodle keeps what it has
    assert "ijdelheidsmetric" in read["70002"][2]
    assert "Opgave 6 (advies): wordt nog met de hand nagekeken" in read["70001"][2]   # Piet's advice waits
    assert "Opgave 6 (advies): 0 van 5" in read["70002"][2]   # the advice cell left as handed out scores 0
    assert "kon niet worden nagekeken" in read["70004"][2]


def test_the_worksheet_downloaded_from_moodle_comes_back_filled_in(run):
    assert "graded now: 0" in run["third"]
    original = rows_of((REPO / "tests" / "fixtures" / "lms" / "moodle_worksheet_en.csv").read_text(encoding="utf-8"))
    table = rows_of(run["filled"])
    assert table[0] == original[0] and [r[0] for r in table] == [r[0] for r in original]
    read = moodle_import(run["filled"], MOODLE_EN)
    assert read["70001"][0] == 20 and "Punten per opgave" in read["70001"][2]
    assert read["70004"][0] == 12.5 and "kon niet worden nagekeken" in read["70004"][2]   # its earlier grade stays
    assert table[5] == original[5] and table[6] == original[6]   # handed in nothing; not in this download


def test_moodle_feedback_zip_gives_each_graded_student_their_own_page(run):
    participants = {70000 + i: f"{70000 + i}" for i in range(1, 5)}
    with zipfile.ZipFile(run["out"] / "feedback_moodle.zip") as archive:
        mapped = {moodle_rule(name, participants): archive.read(name) for name in archive.namelist()}
        assert len(mapped) == len(archive.namelist())
    assert set(mapped) == {"70001", "70002", "70003"}
    assert all(mapped[s] == (run["out"] / "feedback" / f"{s}.html").read_bytes() for s in mapped)


def test_feedback_is_dutch_without_hidden_test_source(run):
    html = (run["out"] / "feedback" / "70002.html").read_text(encoding="utf-8")
    assert "ijdelheidsmetric" in html and "Jouw antwoord" in html
    assert "BEGIN HIDDEN TESTS" not in html and "fresh(" not in html
    assert "klasrapport" not in html and "vnd.smm.answers" not in html   # the answers kept for the report
    assert not (run["out"] / "feedback" / "70004.html").exists()


def test_class_report(run):
    report = (run["out"] / "report.html").read_text(encoding="utf-8")
    assert "Scoreverdeling" in report and "data:image/png;base64" in report
    assert "ijdelheidsmetric" in report  # most common mistakes
    assert "70004: invalid notebook" in report


def test_class_report_has_the_test_statistics(run):
    report = (run["out"] / "report.html").read_text(encoding="utf-8")
    items = {row[0]: row for row in table_rows(report, "p-waarde en Rir per opgave")}
    assert sorted(items) == sorted(g.removeprefix(f"{A}_") for g in FULL)
    # graded: Piet (all points), Jaël (vanity KPIs: 2 1/3 of 4), Ayşe (nothing); Kees's broken file counts nowhere
    assert items["01_kpi_keuze"][3] == "0,53"               # (4 + 2.333 + 0) / 3 / 4
    assert items["02_engagement_rate"][3] == "0,67"         # (5 + 5 + 0) / 3 / 5
    assert "Cronbachs alfa" in report and "95%-interval" in report
    summary = dict(table_rows(report, "Cijfers in getallen"))
    assert summary["aantal nagekeken"] == "3" and summary["cesuur 5,5 of hoger"] == "2 (67%)"


def test_class_report_shows_the_answers_students_chose(run):
    report = (run["out"] / "report.html").read_text(encoding="utf-8")
    rows = table_rows(report, "Gekozen antwoorden bij 01_kpi_keuze")
    leads = {(answer, verdict): (n, share) for part, answer, verdict, n, share in rows
             if part == "leads of aanvragen"}
    # Jaël chose likes and volgers for leads (both wrong), Piet the model answer; Ayşe answered nothing
    assert leads[("likes", "fout")] == ("1", "50%") and leads[("volgers", "fout")] == ("1", "50%")
    assert leads[("formulierstarts", "goed")] == ("2", "100%") and leads[("conversies", "goed")] == ("1", "50%")
    assert "(2 studenten met een na te kijken antwoord)" in page(report).find(
        "caption", string=lambda t: t and t.startswith("Gekozen antwoorden bij 01_kpi_keuze")).get_text()
    voorspeller = table_rows(report, "Gekozen antwoorden bij 05_likes_leads")
    assert voorspeller == [["sterkste_voorspeller", "klikken", "goed", "2", "100%"]]


def test_the_hidden_tests_record_the_numbers_they_compared(run):
    """Through the sandbox's trusted Check: the numbers behind copy detection (issue 18) are kept."""
    from smmlib.grader.chosen_answers import read_values
    student = grades(run["out"])["Piet Jansen"]["student"]
    values = read_values(run["root"] / "autograded" / student / A / f"{A}.ipynb")
    compared = {part: (given, expected) for part, given, expected in values[f"{A}_05_likes_leads"]}
    assert set(compared) == {"r_likes_leads", "r_klikken_leads"}
    assert all(abs(given - expected) < 1e-9 for given, expected in compared.values())


def test_class_report_is_accessible_by_construction(run):
    doc = page((run["out"] / "report.html").read_text(encoding="utf-8"))
    assert doc.html["lang"] == "nl" and doc.find("header") and doc.find("nav") and doc.find("main")
    skip = doc.find("a", class_="skip")
    assert skip["href"] == "#inhoud" and doc.find(id="inhoud").name == "main"
    assert all(th.get("scope") in ("col", "row") for th in doc.find_all("th"))
    images = doc.find_all("img")
    assert images and all(len(img["alt"]) > 40 and "grafiek" not in img["alt"] for img in images)
    assert "@media print" in doc.find("style").get_text()


def test_overview_across_the_graded_assignments(run):
    overview = (run["root"] / "grading" / "overview.html").read_text(encoding="utf-8")
    rows = table_rows(overview, "Per opdracht")
    assert [row[:3] for row in rows] == [[A, "4", "3"]]
    assert f'href="{A}/report.html"' in overview


def test_gradebook_is_the_chosen_database(run):
    if run["db"]:
        assert not (run["root"] / "gradebook.db").exists()
        from nbgrader.api import Gradebook
        with Gradebook(run["db"]) as gb:
            assert len(gb.find_assignment(A).submissions) == 3
    else:
        assert (run["root"] / "gradebook.db").exists()


def test_download_untouched_and_rerun_identical(run):
    assert sha(run["download"]) == run["before"]
    assert "graded now: 0" in run["second"] and "unchanged since the last run: 3" in run["second"]
    assert run["files"] == run["files_again"]


def test_late_submission_is_the_only_one_graded(run):
    students = dict(run["students"])
    release = release_notebook(A)
    students["Laat Lotte"] = (f"{A}.ipynb", nbformat.writes(release))
    download = moodle_zip(run["tmp"] / "moodle_late.zip", students)
    output = smm(run["root"], "grade", A, "--from", str(download), "--quiet", db=run["db"])
    assert "graded now: 1" in output and "unchanged since the last run: 3" in output
    assert float(grades(run["out"])["Laat Lotte"]["total"]) == 0
