"""Copied answers (issue 18): numbers that fit a classmate's data, and near-identical reflections.

Every student grades on their own data variant, so a right number for one student is a wrong
number for another. While grading, ``Check.compared`` records per test cell the numbers a
student gave and the right numbers of *their own* data (``chosen_answers.read_values``). A
submission whose wrong numbers are, at least ``MIN_MATCHES`` times, exactly the right numbers
of one classmate (and that classmate's numbers differ from its own) gets "answers fit the data
of <classmate>".

The manually graded answers (reflections) are compared as texts with RapidFuzz's
``token_set_ratio`` (a maintained library that nbgrader itself depends on): pairs of students
at ``SIMILAR`` or above are listed; an answer that is still (nearly) the template is skipped.
Nothing here changes a score: it only adds lines to check by hand.
"""
import json
from pathlib import Path

from smmlib.grader import chosen_answers
from smmlib.notations import close_enough

MIN_MATCHES = 2      # wrong numbers that must fit one classmate's data
SIMILAR = 90         # token_set_ratio (0-100) from which two reflections are near-identical
MIN_WORDS = 15       # shorter answers are too short to call copied


def fits_data_of(values):
    """{student: (classmate, number of fitting answers)} for submissions whose wrong numbers are a classmate's right ones.

    `values` is {student: {grade id: [(part, given, expected)]}} as ``chosen_answers.read_values`` gives.
    """
    right = {s: {(gid, part): expected for gid, items in by.items() for part, _, expected in items}
             for s, by in values.items()}
    found = {}
    for student, by_exercise in values.items():
        wrong = [((gid, part), given, expected) for gid, items in by_exercise.items()
                 for part, given, expected in items if not close_enough(given, expected, share=True)]
        best = None
        for other, theirs in right.items():
            if other == student:
                continue
            n = sum(1 for key, given, expected in wrong
                    if key in theirs and not close_enough(theirs[key], expected) and close_enough(given, theirs[key], share=True))
            if n >= MIN_MATCHES and (best is None or n > best[1]):
                best = (other, n)
        if best:
            found[student] = best
    return found


def collect_values(root, assignment, students):
    """{student: {grade id: [(part, given, expected)]}} from the autograded notebooks."""
    return {s: chosen_answers.read_values(_autograded(root, assignment, s)) for s in students}


def similar_reflections(texts, templates):
    """[(grade id, student, student, score)] for pairs of near-identical manual answers, most similar first.

    `texts` is {student: {grade id: text}}, `templates` {grade id: the release's text}.
    """
    from rapidfuzz import fuzz, process

    pairs = []
    for gid in sorted({g for by in texts.values() for g in by}):
        template = templates.get(gid, "")
        answered = {s: by[gid] for s, by in sorted(texts.items()) if _own_text(by.get(gid, ""), template)}
        names, bodies = list(answered), [answered[s] for s in answered]
        if len(bodies) < 2:
            continue
        scores = process.cdist(bodies, bodies, scorer=fuzz.token_set_ratio, processor=str.lower,
                               score_cutoff=SIMILAR)
        for i in range(len(names)):
            for j in range(i + 1, len(names)):
                if scores[i][j] >= SIMILAR:
                    pairs.append((gid, names[i], names[j], round(float(scores[i][j]))))
    return sorted(pairs, key=lambda p: (-p[3], p[0], p[1], p[2]))


def _own_text(text, template):
    """True for an answer of some length that is not (nearly) the template."""
    from rapidfuzz import fuzz

    if len(text.split()) < MIN_WORDS:
        return False
    return not template or fuzz.token_set_ratio(text.lower(), template.lower()) < SIMILAR


def collect_reflections(root, assignment, students):
    """({student: {grade id: text}}, {grade id: template text}) of the manually graded answer cells."""
    texts = {s: _manual_answers(_autograded(root, assignment, s)) for s in students}
    templates = _manual_answers(Path(root) / "release" / assignment / f"{assignment}.ipynb")
    return texts, templates


def _manual_answers(path):
    """{grade id: text} of the cells a person grades (solution and grade), {} if unreadable."""
    try:
        cells = json.loads(Path(path).read_text(encoding="utf-8")).get("cells", [])
    except Exception:
        return {}
    found = {}
    for cell in cells if isinstance(cells, list) else []:
        meta = cell.get("metadata", {}).get("nbgrader", {}) if isinstance(cell, dict) else {}
        if isinstance(meta, dict) and meta.get("grade") and meta.get("solution") and meta.get("grade_id"):
            source = cell.get("source", "")
            found[meta["grade_id"]] = "".join(source) if isinstance(source, list) else str(source)
    return found


def _autograded(root, assignment, student):
    return Path(root) / "autograded" / student / assignment / f"{assignment}.ipynb"


def flags(root, assignment, students):
    """{student: [flag, ...]} and the list of similar reflection pairs, for grades.csv and report.html."""
    found = {}
    for student, (other, n) in fits_data_of(collect_values(root, assignment, students)).items():
        found.setdefault(student, []).append(f"answers fit the data of {other} ({n} answers)")
    pairs = similar_reflections(*collect_reflections(root, assignment, students))
    for gid, a, b, score in pairs:
        found.setdefault(a, []).append(f"{gid}: reflection near-identical to {b}'s ({score}%)")
        found.setdefault(b, []).append(f"{gid}: reflection near-identical to {a}'s ({score}%)")
    return found, pairs
