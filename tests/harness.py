"""End-to-end grading harness: build submissions from a release and grade them with real nbgrader.

A chapter's grading test lists its cases (answer code per grade id, expected
score and feedback), and `autograde_class` runs one real `nbgrader autograde`
over all of them in a temporary copy of the course.
"""
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import pytest

from smmlib.lecturer.simulated_class import make_submission, solution_answers  # noqa: F401 (used by chapter tests)

REPO = Path(__file__).resolve().parents[1]


def read_nb(path):
    return nbformat.read(str(path), as_version=4)


def nbgrader_meta(cell):
    return cell.get("metadata", {}).get("nbgrader", {})


def grade_cells(nb):
    """Cells with a grade id, by grade id."""
    return {nbgrader_meta(c)["grade_id"]: c for c in nb.cells if nbgrader_meta(c).get("grade_id")}


def cell_index(nb, grade_id):
    """Position of the cell with this grade id."""
    for i, cell in enumerate(nb.cells):
        if nbgrader_meta(cell).get("grade_id") == grade_id:
            return i
    raise KeyError(grade_id)


def autograded_ids(nb):
    """Grade ids of the autograded test cells (grade, not solution)."""
    return [gid for gid, c in grade_cells(nb).items()
            if nbgrader_meta(c).get("grade") and not nbgrader_meta(c).get("solution")]


@dataclass
class Case:
    """One typical submission: answer code per grade id that differs from the solution."""
    answers: dict
    scores: dict
    feedback: dict = field(default_factory=dict)


@dataclass
class Results:
    scores: dict    # student -> grade id -> score
    feedback: dict  # student -> grade id -> text of the cell's outputs
    log: str


def new_course(tmp_path, assignment):
    """A temporary course directory with the config and one source assignment."""
    root = Path(tmp_path) / "course"
    (root / "source").mkdir(parents=True)
    shutil.copy(REPO / "nbgrader_config.py", root)
    shutil.copytree(REPO / "source" / assignment, root / "source" / assignment)
    return root


def run_command(cmd, cwd, env=None):
    """Run a command; its output, or an AssertionError that shows what it printed."""
    result = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, text=True, capture_output=True)
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, cmd))} failed in {cwd}:\n{result.stdout}\n{result.stderr}")
    return result.stdout + result.stderr


def run_nbgrader(root, *args, env=None):
    return run_command([sys.executable, "-m", "nbgrader", *args], root, env)


def cell_text(cell):
    parts = []
    for out in cell.get("outputs", []):
        if out.output_type == "stream":
            parts.append(out.text)
        elif out.output_type in ("execute_result", "display_data"):
            parts.append(out.get("data", {}).get("text/plain", ""))
        elif out.output_type == "error":
            parts.append(f"{out.ename}: {out.evalue}")
    return "".join(parts)


def autograde_class(tmp_path, assignment, submissions, numbers=None):
    """Generate the assignment, submit `submissions` (student -> notebook) and autograde them all.

    `numbers` (student -> student number) becomes the course's class list, so those students
    are graded on their own data variant (issue 18). Returns the scores per student and grade
    id from nbgrader's gradebook, and the output text of every graded cell in the autograded notebooks.
    """
    from nbgrader.api import Gradebook

    root = new_course(tmp_path, assignment)
    if numbers:
        (root / "student_numbers.csv").write_text(
            "student_id,student_number\n" + "".join(f"{s},{n}\n" for s, n in numbers.items()), encoding="utf-8")
    run_nbgrader(root, "generate_assignment", assignment, "--force")
    nb_name = f"{assignment}.ipynb"
    for student, nb in submissions.items():
        folder = root / "submitted" / student / assignment
        folder.mkdir(parents=True)
        nbformat.write(nb, str(folder / nb_name))
    log = run_nbgrader(root, "autograde", assignment, "--force")
    scores, feedback = {}, {}
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        for student in submissions:
            sub = gb.find_submission_notebook(assignment, assignment, student)
            scores[student] = {g.name: g.score for g in sub.grades}
            graded = read_nb(root / "autograded" / student / assignment / nb_name)
            feedback[student] = {gid: cell_text(c) for gid, c in grade_cells(graded).items()}
    return Results(scores, feedback, log)


def release_notebook(assignment):
    return read_nb(REPO / "release" / assignment / f"{assignment}.ipynb")


def source_notebook(assignment):
    return read_nb(REPO / "source" / assignment / f"{assignment}.ipynb")


def manual_ids(nb):
    """Grade ids of the manually graded Markdown answers."""
    return [gid for gid, c in grade_cells(nb).items()
            if c.cell_type == "markdown" and nbgrader_meta(c).get("grade") and nbgrader_meta(c).get("solution")]


# ---- answer variants (tests/answers/<chapter>.yaml; see its README) ----------------------------
def load_variants(chapter):
    """The answer-variants table of a chapter, or None when it has none yet."""
    import yaml

    path = REPO / "tests" / "answers" / f"{chapter}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None


def _answer_code(release, question, code):
    """The code for a question's answer cell: `code`, or the release's own cell when `code` is null."""
    if code is not None:
        return code
    return grade_cells(release)[f"{question}_antwoord"].source


def variant_submissions(chapter, table):
    """One submission per variant (other answers: the model's); returns (submissions, {student: expectation})."""
    release, answers = release_notebook(chapter), solution_answers(source_notebook(chapter))
    submissions, expected = {}, {}
    for question, spec in table["questions"].items():
        for kind, want in (("right", float(spec["points"])), ("placeholders", 0.0)):
            for name, code in (spec.get(kind) or {}).items():
                student = f"{question.split('_', 2)[-1]}__{kind}__{name}"
                submissions[student] = make_submission(release, {**answers,
                                                                 question: _answer_code(release, question, code)})
                expected[student] = (question, kind, name, want)
    return submissions, expected


def variant_samples(chapter, table, rounds=1):
    """The suite's sample: per round one submission with a right variant of every question, and one with a
    placeholder of every question; the n-th question takes its n-th variant, so one round samples the kinds
    of variants across the questions (tools/answer_variants.py grades them all).
    Returns {student: (kind, {question: variant name})}."""
    release = release_notebook(chapter)
    submissions, picks = {}, {}
    for kind in ("right", "placeholders"):
        for number in range(rounds):
            code, chosen = {}, {}
            for index, (question, spec) in enumerate(table["questions"].items()):
                names = [n for n in (spec.get(kind) or {}) if n != "model" and not (kind == "placeholders" and
                                                                                   spec[kind][n] is None)]
                if names:
                    name = names[(number + index) % len(names)]
                    chosen[question] = name
                    code[question] = _answer_code(release, question, spec[kind][name])
            student = f"variants_{kind}_{number + 1}"
            submissions[student] = make_submission(release, code)
            picks[student] = (kind, chosen)
    return submissions, picks


# The student number of the suite's own-data sample (benchmarks/variant_sweep.py runs many).
OWN_DATA_NUMBER = os.environ.get("SMM_TEST_OWN_DATA", "s7654321")


class ChapterGrading:
    """The end-to-end grading tests every chapter shares; a chapter subclasses it as `TestGrading`.

    Set ASSIGNMENT, FULL (grade id -> points of every autograded exercise) and CASES
    (name -> Case). One real `nbgrader autograde` grades the solution, the untouched
    release and every case; the tests below check their scores and feedback.
    """
    ASSIGNMENT: str
    FULL: dict
    CASES: dict

    @pytest.fixture(scope="class")
    def graded(self, tmp_path_factory):
        release = release_notebook(self.ASSIGNMENT)
        answers = solution_answers(source_notebook(self.ASSIGNMENT))
        submissions = {"solution": source_notebook(self.ASSIGNMENT), "untouched": release}
        for name, case in self.CASES.items():
            submissions[name] = make_submission(release, {**answers, **case.answers})
        table = load_variants(self.ASSIGNMENT)
        if table:
            submissions.update(variant_samples(self.ASSIGNMENT, table)[0])
        submissions["own_data"] = source_notebook(self.ASSIGNMENT)      # graded on a student's own variant
        return autograde_class(tmp_path_factory.mktemp(self.ASSIGNMENT), self.ASSIGNMENT, submissions,
                               numbers={"own_data": OWN_DATA_NUMBER})

    def test_the_cases_cover_every_exercise(self):
        assert sorted(self.FULL) == sorted(autograded_ids(source_notebook(self.ASSIGNMENT)))
        assert sum(self.FULL.values()) == 20

    def test_solution_gets_full_marks(self, graded):
        assert {g: graded.scores["solution"][g] for g in self.FULL} == self.FULL

    def test_solution_gets_full_marks_on_a_students_own_data(self, graded):
        """Issue 18: the model solution and every hidden test follow the student's own data variant."""
        assert {g: graded.scores["own_data"][g] for g in self.FULL} == self.FULL, graded.feedback["own_data"]

    def test_untouched_release_gets_zero(self, graded):
        assert sum(graded.scores["untouched"][g] for g in self.FULL) == 0

    def test_reflection_waits_for_the_lecturer(self, graded):
        reflections = manual_ids(source_notebook(self.ASSIGNMENT))
        assert reflections and all(graded.scores["solution"][g] == 0 for g in reflections)  # not graded yet

    def test_every_question_has_answer_variants_both_ways(self):
        table = load_variants(self.ASSIGNMENT)
        if not table:
            pytest.skip(f"tests/answers/{self.ASSIGNMENT}.yaml does not exist yet (issue 21)")
        assert sorted(table["questions"]) == sorted(self.FULL)
        for question, spec in table["questions"].items():
            assert spec["points"] == self.FULL[question]
            assert "model" in spec["right"] and len(spec["right"]) >= 4, question     # model + 3 own words
            assert len(spec["placeholders"]) >= 2, question

    def test_answers_in_a_students_own_words_score_full_and_placeholders_nothing(self, graded):
        table = load_variants(self.ASSIGNMENT)
        if not table:
            pytest.skip(f"tests/answers/{self.ASSIGNMENT}.yaml does not exist yet (issue 21)")
        for student, (kind, chosen) in variant_samples(self.ASSIGNMENT, table)[1].items():
            for question, name in chosen.items():
                want = self.FULL[question] if kind == "right" else 0.0
                got = graded.scores[student][question]
                assert got == pytest.approx(want, abs=1e-3), \
                    f"{question} {kind}/{name}: {got} instead of {want}\n{graded.feedback[student][question]}"

    def test_typical_mistake_gets_its_partial_score_and_feedback(self, graded, case_name):
        case = self.CASES[case_name]
        expected = {**self.FULL, **case.scores}
        got = {g: graded.scores[case_name][g] for g in self.FULL}
        assert got == pytest.approx(expected, abs=1e-3), graded.feedback[case_name]
        for gid, phrases in case.feedback.items():
            for phrase in phrases:
                text = graded.feedback[case_name][gid]
                assert phrase in text, f"{case_name}/{gid}: missing {phrase!r} in\n{text}"
