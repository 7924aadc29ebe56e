"""Stage a class's submissions in the course's submitted/ tree, one Job per student (grader side).

The download (or the submitted/ tree) is only read; an existing different
submission is kept as ``<assignment>.ipynb.previous-<n>`` next to the new one.
"""
import hashlib
import shutil
from dataclasses import dataclass, field

import nbformat


@dataclass
class Job:
    """One student's submission on its way through the grading run."""
    student: str
    lms_id: str
    name: str
    status: str = "pending"      # pending, graded, unchanged, failed
    reason: str = ""
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
        filename, data, job.remark = sub.notebook(assignment)
        if data is None:
            job.status, job.reason = "failed", job.remark
            continue
        try:
            nb = nbformat.reads(data.decode("utf-8"), as_version=4)
        except Exception as error:  # invalid JSON, empty file, a .py renamed .ipynb, ...
            job.status, job.reason = "failed", f"invalid notebook ({filename}): {str(error).splitlines()[0][:200]}"
            continue
        text = nbformat.writes(nb)
        job.digest = hashlib.sha256(text.encode()).hexdigest()
        folder = root / "submitted" / sub.student_id / assignment
        target = folder / f"{assignment}.ipynb"
        if target.exists() and target.read_text(encoding="utf-8") != text:
            n = 1
            while target.with_name(f"{target.name}.previous-{n}").exists():
                n += 1
            shutil.copy2(target, target.with_name(f"{target.name}.previous-{n}"))
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            folder.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        if sub.late:
            job.remark = (job.remark + "; " if job.remark else "") + "marked late by the LMS"
    return jobs


def jobs_from_submitted(root, assignment):
    """Jobs for every student already in the course's submitted/ tree (read only)."""
    jobs = []
    for folder in sorted((root / "submitted").glob(f"*/{assignment}")):
        job = Job(folder.parent.name, folder.parent.name, folder.parent.name)
        target = folder / f"{assignment}.ipynb"
        notebooks = sorted(folder.glob("*.ipynb"))
        if not target.exists():
            job.status = "failed"
            job.reason = (f"notebook not named {assignment}.ipynb: {', '.join(p.name for p in notebooks)}"
                          if notebooks else "no notebook (.ipynb) in the submission")
        else:
            try:
                text = nbformat.writes(nbformat.read(str(target), as_version=4))
                job.digest = hashlib.sha256(text.encode()).hexdigest()
            except Exception as error:
                job.status, job.reason = "failed", f"invalid notebook: {str(error).splitlines()[0][:200]}"
        jobs.append(job)
    return jobs
