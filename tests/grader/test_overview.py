"""`smm report`: one overview over two graded assignments (grading/overview.html), figures checked by hand.

Two grades.csv files in the layout `smm grade` writes (tests/grader/test_bulk_grade.py checks
that the overview reads a real one). Moodle gives other participant ids per assignment, so
students are matched by name.
"""
import shutil
import subprocess
import sys

from conftest import REPO
from report_pages import table_rows

HEADER = ["student", "lms_id", "name", "status", "reason", "remark"]
TAIL = ["needs_manual", "check_by_hand", "autograded", "manual", "total", "max_total"]
CH01 = ["ch01_definitie_01_is_social_media", "ch01_definitie_02_klantcyclus", "ch01_definitie_03_peso",
        "ch01_definitie_04_flywheel", "ch01_definitie_05_activiteiten", "ch01_definitie_06_behoeften_4c",
        "ch01_definitie_07_advies"]
CH04 = ["ch04_analytics_01_kpi_keuze", "ch04_analytics_02_engagement_rate", "ch04_analytics_03_beste_format",
        "ch04_analytics_04_meetplan", "ch04_analytics_05_likes_leads", "ch04_analytics_06_advies"]


def grades_csv(path, items, students, max_total):
    """students: (id, name, scores of every graded cell or None for a failed submission, needs_manual)."""
    lines = [",".join(HEADER + items + TAIL)]
    for sid, name, scores, pending in students:
        if scores is None:
            lines.append(",".join([sid, sid, name, "failed", "invalid notebook", ""] + [""] * len(items)
                                  + ["False", "", "", "", "", str(max_total)]))
            continue
        auto, manual = sum(scores[:-1]), scores[-1]
        cells = [f"{s:g}" if s is not None else "" for s in scores]
        total = auto + (manual or 0)
        lines.append(",".join([sid, sid, name, "graded", "", ""] + cells
                              + [str(pending), "", f"{auto:g}", f"{manual or 0:g}", f"{total:g}", str(max_total)]))
    path.parent.mkdir(parents=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_overview_across_two_assignments(tmp_path):
    root = tmp_path / "course"
    for assignment in ("ch01_definitie", "ch04_analytics"):
        shutil.copytree(REPO / "source" / assignment, root / "source" / assignment)
    shutil.copy(REPO / "nbgrader_config.py", root)
    # ch04: everything graded, the reflection too: grade = 10 x total / 25
    grades_csv(root / "grading" / "ch04_analytics" / "grades.csv", CH04, [
        ("70001", "Anna Bakker", [4, 5, 3, 5, 3, 5], False),        # 25 -> 10.0
        ("70002", "Bram de Wit", [2, 5, 3, 0, 1, 3], False),        # 14 -> 5.6
        ("70003", "Chris Smit", [0, 0, 0, 0, 0, 0], False),         # 0 -> 0.0
        ("70004", "Dewi Kaur", None, False)], 25)                   # unreadable: counts nowhere
    # ch01: Anna's reflection waits for formgrader: grade = 10 x autograded / 20 for everyone
    grades_csv(root / "grading" / "ch01_definitie" / "grades.csv", CH01, [
        ("80001", "Anna Bakker", [3, 4, 3, 3, 5, 2, None], True),   # 20 -> 10.0
        ("80002", "Bram de Wit", [2, 2, 2, 1, 3, 0, 2], False),     # 10 -> 5.0
        ("80003", "Eva Jansen", [3, 4, 0, 0, 5, 1, 4], False)], 25)  # 13 -> 6.5
    result = subprocess.run([sys.executable, "-m", "smmlib.cli", "report", "--pass-mark", "6"], cwd=root,
                            text=True, capture_output=True)
    assert result.returncode == 0, result.stderr
    html = (root / "grading" / "overview.html").read_text(encoding="utf-8")

    rows = {row[0]: row for row in table_rows(html, "Per opdracht")}
    # opdracht, inleveringen, nagekeken, gemiddeld cijfer, cesuur 6,0 of hoger, alfa, signalen
    assert rows["ch01_definitie"][1:5] == ["3", "3", "7,2", "2 (67%)"]     # (10 + 5 + 6.5) / 3 = 7.17
    assert rows["ch04_analytics"][1:5] == ["4", "3", "5,2", "1 (33%)"]     # (10 + 5.6 + 0) / 3 = 5.2
    # ch04 alpha over the five autograded items: item variances 4 + 8.333 + 3 + 8.333 + 2.333 = 26,
    # totals 20, 11, 0 -> variance 100.333; alpha = 5/4 * (1 - 26 / 100.333) = 0.926
    assert rows["ch04_analytics"][5] == "0,93"
    assert 'href="ch04_analytics/report.html"' in html

    students = {row[0]: row[1:] for row in table_rows(html, "Cijfer per student en opdracht")}
    assert students == {"Anna Bakker": ["10,0", "10,0"], "Bram de Wit": ["5,0", "5,6"],
                        "Chris Smit": ["niet ingeleverd", "0,0"], "Dewi Kaur": ["niet ingeleverd", "niet na te kijken"],
                        "Eva Jansen": ["6,5", "niet ingeleverd"]}
    assert "Koppeling over de opdrachten op naam" in html


def test_report_without_graded_assignments_says_so(tmp_path):
    shutil.copy(REPO / "nbgrader_config.py", tmp_path)
    result = subprocess.run([sys.executable, "-m", "smmlib.cli", "report"], cwd=tmp_path, text=True,
                            capture_output=True)
    assert result.returncode == 2 and "No graded assignment" in result.stderr
