"""The nbgrader filesystem exchange end to end: release, fetch, submit, `smm grade --from exchange`, feedback back.

A temporary exchange root; the lecturer works in a temporary copy of the course;
three students each have their own HOME (nbgrader keeps its submission cache
there) and their own working folder. Everyone reads the class-wide
hub/jupyter_config/nbgrader_config.py (course id, exchange root), as on the hub.

Student identity in nbgrader 0.9.6: submit and fetch_feedback take the OS account
(pwd), not USER or LOGNAME; `--student <id>` (CourseDirectory.student_id) or the
hub's SMM_STUDENT_ID (read by hub/jupyter_config/nbgrader_config.py) overrides it.
Two students here use SMM_STUDENT_ID, the third the --student option.
"""
import csv
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest

from conftest import REPO
from harness import make_submission, new_course, run_command, run_nbgrader, solution_answers, source_notebook
from smmlib.lecturer.simulated_class import answer_reflections

ASSIGNMENT = "ch04_analytics"
NB = f"{ASSIGNMENT}.ipynb"
ADVICE = "Stuur op cost per lead, niet op likes; zet per platform vaker het beste format in."
SOURCE = source_notebook(ASSIGNMENT)
POINTS = [(c.metadata["nbgrader"].get("points", 0), c.metadata["nbgrader"].get("solution", False))
          for c in SOURCE.cells if c.metadata.get("nbgrader", {}).get("grade")]
AUTOGRADED_POINTS = float(sum(p for p, manual in POINTS if not manual))   # the design's 20
MAX_POINTS = float(sum(p for p, _ in POINTS))
VANITY_KPIS = '''kpi_keuze = {
    "merkbekendheid": ["bereik", "volgers", "videoweergaven"],
    "verkeer naar website": ["klikken", "CTR", "sessies vanuit social"],
    "leads of aanvragen": ["formulierstarts", "likes", "volgers"],
    "klantenservice ontlasting": ["eerste reactietijd", "afhandelingstijd", "vragen via social"],
}
'''
# student -> how nbgrader learns who they are; what they hand in is in answer() below
STUDENTS = {"anouk": "env", "bram": "env", "chaima": "option"}


class Classroom:
    def __init__(self, base):
        self.base = base
        self.exchange = base / "exchange"
        self.exchange.mkdir()
        self.exchange.chmod(0o777)          # as nbgrader's docs ask: everyone may write
        self.course = new_course(base / "lecturer", ASSIGNMENT)
        base_env = {k: v for k, v in os.environ.items()
                    if not k.startswith(("JUPYTER_", "JUPYTERHUB_", "SMM_STUDENT"))}
        base_env.update(JUPYTER_CONFIG_PATH=str(REPO / "hub" / "jupyter_config"),
                        SMM_EXCHANGE_ROOT=str(self.exchange))
        self.lecturer_env = dict(base_env, HOME=str(base / "lecturer"))
        self.student_env = {}
        self.work = {}
        for student, how in STUDENTS.items():
            home = base / "home" / student
            (home / "werk").mkdir(parents=True)
            env = dict(base_env, HOME=str(home))
            if how == "env":
                env["SMM_STUDENT_ID"] = student
            self.student_env[student] = env
            self.work[student] = home / "werk"

    def lecturer(self, *args):
        return run_nbgrader(self.course, *args, env=self.lecturer_env)

    def smm(self, *args):
        return run_command([Path(sys.executable).with_name("smm"), *args], self.course, self.lecturer_env)

    def student(self, student, *args):
        extra = ["--student", student] if STUDENTS[student] == "option" and args[0] in (
            "submit", "fetch_feedback") else []
        return run_nbgrader(self.work[student], *args, *extra, env=self.student_env[student])

    def each_student(self, action):
        with ThreadPoolExecutor(len(STUDENTS)) as pool:
            return dict(zip(STUDENTS, pool.map(action, STUDENTS)))


def answer(student, nb):
    """What each student hands in: everything right, one typical mistake, or nothing."""
    answers = solution_answers(SOURCE)
    if student == "chaima":
        return nb
    if student == "bram":
        answers["ch04_analytics_01_kpi_keuze"] = VANITY_KPIS
    return answer_reflections(make_submission(nb, answers), ADVICE)


@pytest.fixture(scope="module")
def classroom(tmp_path_factory):
    room = Classroom(tmp_path_factory.mktemp("exchange_class"))

    # The lecturer makes the student version and releases it to the exchange.
    room.smm("release", ASSIGNMENT)
    room.log_release = room.lecturer("release_assignment", ASSIGNMENT)

    # Each student fetches it into their own folder, answers and submits.
    def fetch_answer_submit(student):
        log = room.student(student, "fetch_assignment", ASSIGNMENT)
        path = room.work[student] / ASSIGNMENT / NB
        nbformat.write(answer(student, nbformat.read(str(path), as_version=4)), str(path))
        return log + room.student(student, "submit", ASSIGNMENT)
    room.log_submit = room.each_student(fetch_answer_submit)

    # The lecturer collects and grades in one command, then releases the feedback.
    room.log_grade = room.smm("grade", ASSIGNMENT, "--from", "exchange", "--quiet")
    room.log_feedback = room.lecturer("release_feedback", ASSIGNMENT)

    # Each student fetches their feedback.
    room.log_fetch_feedback = room.each_student(lambda s: room.student(s, "fetch_feedback", ASSIGNMENT))
    return room


def test_release_reaches_the_exchange(classroom):
    released = classroom.exchange / "smm" / "outbound" / ASSIGNMENT / NB
    assert released.is_file()
    nb = nbformat.read(str(released), as_version=4)
    assert "### BEGIN SOLUTION" not in nbformat.writes(nb) and "JOUW CODE HIER" in nbformat.writes(nb)


def test_each_submission_is_filed_under_its_student(classroom):
    inbound = sorted(p.name.split("+")[0] for p in (classroom.exchange / "smm" / "inbound").iterdir())
    assert inbound == sorted(STUDENTS)
    for student in STUDENTS:
        assert (classroom.course / "submitted" / student / ASSIGNMENT / NB).is_file()


def test_smm_grade_from_exchange_grades_everyone(classroom):
    rows = {r["student"]: r for r in csv.DictReader(open(classroom.course / "grading" / ASSIGNMENT / "grades.csv"))}
    assert sorted(rows) == sorted(STUDENTS), classroom.log_grade
    assert all(row["status"] == "graded" for row in rows.values()), rows
    points = {student: float(row["autograded"]) for student, row in rows.items()}
    # All right, one typical mistake (its exact partial score is tests/chapters/test_ch04_grading.py's), nothing done.
    assert points["anouk"] == AUTOGRADED_POINTS
    assert 0 < points["bram"] < AUTOGRADED_POINTS
    assert points["chaima"] == 0


def test_every_student_fetches_only_their_own_feedback(classroom):
    texts = {}
    for student in STUDENTS:
        fetched = list((classroom.work[student] / ASSIGNMENT / "feedback").glob("*/*.html"))
        assert len(fetched) == 1, (student, fetched, classroom.log_fetch_feedback[student])
        texts[student] = fetched[0].read_text(encoding="utf-8")
        own = classroom.course / "feedback" / student / ASSIGNMENT / f"{ASSIGNMENT}.html"
        assert texts[student] == own.read_text(encoding="utf-8"), f"{student} got someone else's feedback"
    assert len(set(texts.values())) == len(STUDENTS)
    # The Dutch feedback, without the hidden tests' source but with their verdicts.
    assert "BEGIN HIDDEN TESTS" not in texts["bram"]
    assert "ijdelheidsmetric" in texts["bram"]
    assert f"Score: {AUTOGRADED_POINTS:.1f} / {MAX_POINTS:.1f}" in texts["anouk"]   # the reflection waits
