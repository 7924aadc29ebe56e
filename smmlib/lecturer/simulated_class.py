"""Simulated classes for the demo, the benchmark and the tests: submissions made from a release.

Kinds of submission:
- ``full``: every answer cell holds the model answer from source/;
- ``partial``: a seeded random half of the answers is the model answer, the rest left as handed out;
- ``blank``: the release as handed out;
- ``broken``: not a notebook at all (cut-off JSON), as a crashed upload looks.
"""
import random
import re
from pathlib import Path

import nbformat

from smmlib.sandbox.record import nbgrader_meta as _meta

SOLUTION = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION\n?", re.S)
KINDS = ("full", "partial", "blank", "broken")


def solution_answers(source_nb):
    """The model answer of every code answer cell of a source notebook, by exercise id (grade id without `_antwoord`)."""
    answers = {}
    for cell in source_nb.cells:
        meta = _meta(cell)
        if meta.get("solution") and cell.cell_type == "code":
            match = SOLUTION.search(cell.source + "\n")
            answers[meta["grade_id"].removesuffix("_antwoord")] = match.group(1) if match else cell.source
    return answers


def make_submission(release_nb, answers):
    """A copy of the release notebook with answer cells replaced by `answers` (exercise id or grade id -> code)."""
    nb = nbformat.reads(nbformat.writes(release_nb), as_version=4)
    cells = {_meta(c)["grade_id"]: c for c in nb.cells if _meta(c).get("grade_id")}
    for gid, code in answers.items():
        cell = cells.get(f"{gid}_antwoord") or cells.get(gid)
        if cell is None:
            raise KeyError(f"no cell with grade id {gid}")
        cell.source = code
    return nb


def answer_reflections(nb, text="Mijn advies aan Trapkracht: stuur op aanvragen, niet op likes."):
    """Fill every manually graded Markdown answer, as a student who did the work would."""
    for cell in nb.cells:
        if _meta(cell).get("solution") and cell.cell_type == "markdown":
            cell.source = text
    return nb


def class_notebooks(root, assignment, n, seed=2025, kinds=KINDS, weights=(0.4, 0.35, 0.15, 0.1)):
    """{student id: notebook text} for a class of `n` students of the given kinds (seeded, deterministic)."""
    root = Path(root)
    release = nbformat.read(str(root / "release" / assignment / f"{assignment}.ipynb"), as_version=4)
    source = nbformat.read(str(root / "source" / assignment / f"{assignment}.ipynb"), as_version=4)
    answers = solution_answers(source)
    rng = random.Random(seed)
    notebooks = {}
    for i in range(1, n + 1):
        kind = rng.choices(kinds, weights=weights[:len(kinds)])[0] if i > len(kinds) else kinds[i - 1]
        student = f"s{i:03d}_{kind}"
        if kind == "full":
            text = nbformat.writes(answer_reflections(make_submission(release, answers)))
        elif kind == "partial":
            chosen = {k: v for k, v in answers.items() if rng.random() < 0.5}
            text = nbformat.writes(answer_reflections(make_submission(release, chosen)))
        elif kind == "blank":
            text = nbformat.writes(release)
        else:
            text = nbformat.writes(release)[: 200]
        notebooks[student] = text
    return notebooks


def write_submitted_tree(folder, assignment, notebooks):
    """Write notebooks as an nbgrader tree: <folder>/<student>/<assignment>/<assignment>.ipynb."""
    for student, text in notebooks.items():
        target = Path(folder) / student / assignment
        target.mkdir(parents=True, exist_ok=True)
        (target / f"{assignment}.ipynb").write_text(text, encoding="utf-8")
