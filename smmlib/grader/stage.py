"""Stage a class's submissions in the course's submitted/ tree, one Job per student (grader side).

The download (or the submitted/ tree) is only read; an existing different
submission is kept as ``<assignment>.ipynb.previous-<n>`` next to the new one, and so are
older submissions of the same student found in the download (Brightspace keeps them all).
"""
import hashlib
from dataclasses import dataclass, field

import nbformat

from smmlib.grader.lms import pick_notebook


@dataclass
class Job:
    """One student's submission on its way through the grading run."""
    student: str
    lms_id: str
    name: str
    lms_ref: str = ""            # the LMS's name for the graded file (feedback bundles match on it)
    status: str = "pending"      # pending, graded, unchanged, failed
    reason: str = ""
    cause: str = ""              # of a failure: "submission" (the student's file) or "grader" (our side)
    remark: str = ""
    digest: str = ""
    seconds: float = 0.0
    extra: dict = field(default_factory=dict)


def stage(root, assignment, submissions):
    """Put each submission's notebook in submitted/<student>/<assignment>/ and return the jobs.

    Never changes what is there: an identical file is left alone, a different
    older one is kept as `<assignment>.ipynb.previous-<n>` next to the new one.
    """
    jobs = []
    for sub in submissions:
        job = Job(sub.student_id, sub.lms_id, sub.name)
        jobs.append(job)
        filename, data, remark = sub.notebook(assignment)
        job.lms_ref = sub.ref(filename) if filename else sub.entry
        job.remark = "; ".join(part for part in [sub.remark, remark, "marked late by the LMS" if sub.late else ""]
                               if part)
        if data is None:
            job.status, job.reason, job.cause = "failed", remark, "submission"
            continue
        text, error = normalised(data)
        if text is None:  # invalid JSON, empty file, a .py renamed .ipynb, ...
            job.status, job.reason, job.cause = "failed", f"invalid notebook ({filename}): {error}", "submission"
            continue
        job.digest = hashlib.sha256(text.encode()).hexdigest()
        target = root / "submitted" / sub.student_id / assignment / f"{assignment}.ipynb"
        if target.exists() and target.read_text(encoding="utf-8") != text:
            keep_as_previous(target, target.read_text(encoding="utf-8"))
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        for _label, files in sub.earlier:
            older, _ = normalised(pick_notebook(files, assignment)[1])
            if older is not None:
                keep_as_previous(target, older)
    return jobs


def normalised(data):
    """(notebook text as nbformat writes it, None), or (None, why it is not a notebook)."""
    if data is None:
        return None, "no notebook"
    try:
        return nbformat.writes(nbformat.reads(data.decode("utf-8"), as_version=4)), None
    except Exception as error:
        return None, str(error).splitlines()[0][:200] if str(error) else type(error).__name__


def keep_as_previous(target, text):
    """Keep `text` as `<target>.previous-<n>` unless the target or a kept copy already holds it."""
    kept = sorted(target.parent.glob(f"{target.name}.previous-*"))
    if text == target.read_text(encoding="utf-8") or any(p.read_text(encoding="utf-8") == text for p in kept):
        return
    n = 1
    while target.with_name(f"{target.name}.previous-{n}").exists():
        n += 1
    target.with_name(f"{target.name}.previous-{n}").write_text(text, encoding="utf-8")


def jobs_from_submitted(root, assignment):
    """Jobs for every student already in the course's submitted/ tree (read only)."""
    jobs = []
    for folder in sorted((root / "submitted").glob(f"*/{assignment}")):
        job = Job(folder.parent.name, folder.parent.name, folder.parent.name)
        target = folder / f"{assignment}.ipynb"
        notebooks = sorted(folder.glob("*.ipynb"))
        if not target.exists():
            job.status, job.cause = "failed", "submission"
            job.reason = (f"notebook not named {assignment}.ipynb: {', '.join(p.name for p in notebooks)}"
                          if notebooks else "no notebook (.ipynb) in the submission")
        else:
            try:
                text = nbformat.writes(nbformat.read(str(target), as_version=4))
                job.digest = hashlib.sha256(text.encode()).hexdigest()
            except Exception as error:
                job.status, job.reason = "failed", f"invalid notebook: {str(error).splitlines()[0][:200]}"
                job.cause = "submission"
        jobs.append(job)
    return jobs
