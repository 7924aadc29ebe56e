"""`smm demo` (`make demo`): the grader's path in one command on a simulated class.

Makes demo/course/ (a copy of the course with one assignment released), a Canvas
download of a simulated class (full, partial, blank and broken submissions),
grades it with `smm grade`, and leaves everything in demo/ (git-ignored).
"""
import shutil
import zipfile
from pathlib import Path

from smmlib.grader.course import nbgrader
from smmlib.grader.run import grade
from smmlib.lecturer.simulated_class import class_notebooks


def canvas_zip(path, assignment, notebooks):
    """Write simulated notebooks as a Canvas 'Download submissions' zip."""
    with zipfile.ZipFile(path, "w") as archive:
        for i, (student, text) in enumerate(sorted(notebooks.items()), start=1):
            login = student.replace("_", "")
            archive.writestr(f"{login}_{10000 + i}_{50000 + i}_{assignment}.ipynb", text)
    return path


def run(root, *, assignment="ch04_analytics", n=30, workers=None):
    """Build demo/ next to the course and grade the simulated class; returns the output folder."""
    root = Path(root)
    demo = root / "demo"
    course = demo / "course"
    if course.exists():
        shutil.rmtree(course)
    (course / "source").mkdir(parents=True)
    shutil.copy(root / "nbgrader_config.py", course)
    shutil.copytree(root / "source" / assignment, course / "source" / assignment)
    nbgrader(["generate_assignment", assignment, "--force", "--log-level=WARN"], course, quiet=True)
    download = canvas_zip(demo / f"canvas_download_{assignment}.zip", assignment,
                          class_notebooks(course, assignment, n))
    out = demo / "results"
    grade(assignment, download, course, workers=workers, lms_name="canvas", force=True, out=out)
    print(f"\nDemo ready. The LMS download:   {download}")
    print(f"Grades per question:            {out / 'grades.csv'}")
    print(f"Canvas import file:             {out / 'import_canvas.csv'}")
    print(f"Feedback for Re-Upload:         {out / 'feedback_canvas.zip'}")
    print(f"Feedback per student (Dutch):   {out / 'feedback'}/")
    print(f"Class report:                   {out / 'report.html'}")
    print(f"Manual grading: start formgrader on the demo course with "
          f"`cd {course} && jupyter lab` and open the Formgrader tab.")
    return out
