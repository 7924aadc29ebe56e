"""`smm release` (`make release`): regenerate release/ from source/ with nbgrader."""
from pathlib import Path

from smmlib.grader.course import CourseError, assignments, nbgrader
from smmlib.lecturer import cohort


def release(root, names=None):
    """Regenerate release/<assignment>/ from source/ for the given (default: all) assignments (and the data for a new course seed)."""
    root = Path(root)
    cohort.apply(root)              # a new COURSE_SEED in nbgrader_config.py: this cohort's data first
    known = assignments(root)
    for name in names or known:
        if name not in known:
            raise CourseError(f"Unknown assignment {name!r}; source/ has: {', '.join(known)}")
        nbgrader(["generate_assignment", name, "--force", "--log-level=WARN"], root)
        print(f"released {name} -> release/{name}/")
