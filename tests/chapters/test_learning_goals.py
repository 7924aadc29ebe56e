"""The README's learning-goal table names only autograded exercises that exist, and covers all 13 goals."""
import re

from conftest import REPO
from harness import autograded_ids, read_nb


def test_every_learning_goal_is_covered_by_existing_autograded_exercises():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Learning goals and the exercises that grade them")[1].split("\n## ")[0]
    rows = [line for line in section.splitlines() if re.match(r"^\| \d+ \|", line)]
    assert len(rows) == 13, "the book has 13 learning goals"
    existing = {gid for path in (REPO / "source").glob("*/*.ipynb") for gid in autograded_ids(read_nb(path))}
    for row in rows:
        ids = re.findall(r"`(ch0\d_[a-z_0-9]+)`", row)
        assert ids, f"no exercise for: {row}"
        missing = [gid for gid in ids if gid not in existing]
        assert not missing, f"unknown grade ids {missing} in: {row}"


def test_every_book_topic_row_names_existing_exercises_or_says_not_yet():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Learning goals and the exercises that grade them")[1].split("\n## ")[0]
    table = section.split("| topic (chapter of the book) | graded by |")[1].split("\n\n")[0]
    rows = [line for line in table.splitlines() if line.startswith("| ") and not line.startswith("|---")]
    assert len(rows) >= 10
    existing = {gid for path in (REPO / "source").glob("*/*.ipynb") for gid in autograded_ids(read_nb(path))}
    for row in rows:
        ids = re.findall(r"`(ch0\d_[a-z_0-9]+)`", row)
        assert ids or row.rstrip().endswith("| not yet |"), f"name a grade id or say 'not yet': {row}"
        assert not [gid for gid in ids if gid not in existing], f"unknown grade ids in: {row}"
