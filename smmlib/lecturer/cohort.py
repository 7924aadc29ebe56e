"""A new data universe per cohort (issue 18): the course seed in nbgrader_config.py decides the base data.

The line ``COURSE_SEED = 20250101`` in the course's nbgrader_config.py is the cohort's seed.
`smm release` and `smm bundle` call ``apply``: when it differs from the seed the data in
datasets/ was built with (datasets/course_seed.txt), the ten data sets are built again with
the new seed (every planted effect checked) and course_seed.txt is rewritten, so the release,
the wheel and every student's variant use the new cohort's numbers. English, for lecturers.
"""
import ast
from pathlib import Path

from smmlib import datasets, variants
from smmlib.datagen.common import SEED, write_csv
from smmlib.grader.course import CourseError

SETTING = "COURSE_SEED"


def configured_seed(root):
    """The COURSE_SEED set in the course's nbgrader_config.py (the generator's default when it has none)."""
    path = Path(root) / "nbgrader_config.py"
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return SEED
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == SETTING for t in node.targets):
            value = node.value.value if isinstance(node.value, ast.Constant) else None
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise CourseError(f"{path}: {SETTING} must be a whole number >= 0, like {SETTING} = 20260901")
            return value
    return SEED


def shipped_seed(data_dir):
    """The seed the CSVs in `data_dir` were built with (course_seed.txt; the default when it is missing)."""
    try:
        return int((Path(data_dir) / datasets.SEED_FILE).read_text(encoding="utf-8").split()[0])
    except (OSError, ValueError, IndexError):
        return SEED


def apply(root):
    """Rebuild datasets/ when the configured seed differs from the shipped one; True when it did."""
    root = Path(root)
    data_dir = root / "datasets"
    seed = configured_seed(root)
    if seed == shipped_seed(data_dir) and (data_dir / "posts.csv").exists():
        return False
    frames = variants.base_frames(seed, datasets._typed)
    for name, frame in frames.items():
        write_csv(frame, data_dir / f"{name}.csv")
    (data_dir / datasets.SEED_FILE).write_text(f"{seed}\n", encoding="utf-8")
    datasets._CACHE.clear()
    print(f"datasets/ rebuilt for course seed {seed} ({SETTING} in nbgrader_config.py)")
    return True
