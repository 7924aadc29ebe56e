"""The class report's statistics against a hand computation on a tiny class (smmlib/grader/item_stats.py).

The tiny class: five students, four autograded items A (2 points), B (1), C (2), D (1),
one unreadable submission (it must count nowhere) and one manual reflection (not an item).

    student  A  B  C  D  total
    s1       2  0  0  1   3
    s2       2  0  0  1   3
    s3       1  1  0  1   3
    s4       2  1  1  1   5
    s5       1  0  0  1   2
"""
import pandas as pd
import pytest

from smmlib.grader import item_stats, report

CELLS = [("A", 2.0, False), ("B", 1.0, False), ("C", 2.0, False), ("D", 1.0, False), ("reflectie", 3.0, True)]
SCORES = {"A": [2, 2, 1, 2, 1], "B": [0, 0, 1, 1, 0], "C": [0, 0, 0, 1, 0], "D": [1, 1, 1, 1, 1]}


def tiny_class():
    rows = [{"student": f"s{i + 1}", "status": "graded", **{g: float(SCORES[g][i]) for g in SCORES},
             "reflectie": None, "needs_manual": True} for i in range(5)]
    rows.append({"student": "kapot", "status": "failed", "A": None, "B": None, "C": None, "D": None,
                 "reflectie": None, "needs_manual": False})
    table = pd.DataFrame(rows)
    table["autograded"] = table[list(SCORES)].sum(axis=1, min_count=1).where(table["status"] != "failed")
    table["total"] = table["autograded"]
    table.attrs["cells"] = CELLS
    return table


@pytest.fixture
def scores():
    scores, maximum = item_stats.item_scores(tiny_class())
    assert list(scores.columns) == ["A", "B", "C", "D"] and len(scores) == 5    # no failed row, no manual item
    assert maximum.to_dict() == {"A": 2.0, "B": 1.0, "C": 2.0, "D": 1.0}
    return scores, maximum


def test_p_values(scores):
    # p = mean score / maximum: A 8/5/2 = 0.8, B 2/5 = 0.4, C 1/5/2 = 0.1, D 5/5 = 1.0
    p = item_stats.p_values(*scores)
    assert p.to_dict() == pytest.approx({"A": 0.8, "B": 0.4, "C": 0.1, "D": 1.0})


def test_item_rest_correlations(scores):
    # A: x = 2,2,1,2,1 (mean 1.6), rest = total - A = 1,1,2,3,1 (mean 1.6)
    #    dx = .4,.4,-.6,.4,-.6; dr = -.6,-.6,.4,1.4,-.6
    #    sum dx*dr = -.24-.24-.24+.56+.36 = 0.2; sum dx² = 1.2; sum dr² = 3.2 -> r = 0.2/sqrt(3.84) = 0.10206
    # B: x = 0,0,1,1,0 (mean .4), rest = 3,3,2,4,2 (mean 2.8)
    #    sum dx*dr = -.08-.08-.48+.72+.32 = 0.4; sum dx² = 1.2; sum dr² = 2.8 -> r = 0.4/sqrt(3.36) = 0.21822
    # C: x = 0,0,0,1,0 (mean .2), rest = 3,3,3,4,2 (mean 3)
    #    sum dx*dr = .8+.2 = 1.0; sum dx² = .8; sum dr² = 2 -> r = 1/sqrt(1.6) = 0.79057
    # D: everyone 1: no spread, Rir not defined
    rir = item_stats.item_rest(scores[0])
    assert rir["A"] == pytest.approx(0.10206, abs=1e-5)
    assert rir["B"] == pytest.approx(0.21822, abs=1e-5)
    assert rir["C"] == pytest.approx(0.79057, abs=1e-5)
    assert rir["D"] is None


def test_cronbachs_alpha_with_feldts_interval(scores):
    # item variances (n - 1): A 1.2/4 = .3, B 1.2/4 = .3, C .8/4 = .2, D 0 -> sum .8
    # totals 3,3,3,5,2 (mean 3.2): squared deviations .04*3 + 3.24 + 1.44 = 4.8 -> variance 1.2
    # alpha = 4/3 * (1 - .8/1.2) = 4/9 = 0.4444
    # Feldt, df (4, 12): F.975(4,12) = 4.1212, F.025(4,12) = 1/F.975(12,4) = 1/8.7512 (F tables, alpha .025)
    #    low = 1 - 5/9 * 4.1212 = -1.2896; high = 1 - 5/9 / 8.7512 = 0.9365
    rel = item_stats.reliability(scores[0])
    assert rel["alpha"] == pytest.approx(4 / 9) and (rel["n"], rel["k"]) == (5, 4) and rel["reason"] is None
    assert rel["low"] == pytest.approx(-1.2896, abs=1e-3) and rel["high"] == pytest.approx(0.9365, abs=1e-3)


def test_alpha_is_not_defined_and_says_why():
    one_student = pd.DataFrame({"A": [1.0], "B": [0.0]})
    same_total = pd.DataFrame({"A": [1.0, 0.0], "B": [0.0, 1.0]})
    one_item = pd.DataFrame({"A": [1.0, 0.0, 2.0]})
    assert "minstens 2" in item_stats.reliability(one_student)["reason"]
    assert "dezelfde totaalscore" in item_stats.reliability(same_total)["reason"]
    assert "1 automatisch nagekeken opgave" in item_stats.reliability(one_item)["reason"]
    assert all(item_stats.reliability(s)["alpha"] is None for s in (one_student, same_total, one_item))


def test_flags_are_words_at_the_stated_bounds(scores):
    table = item_stats.item_table(*scores).set_index("opgave")
    assert table.loc["A", "signaal"] == "onderscheidt weinig (Rir < 0,20)"       # Rir .10
    assert table.loc["B", "signaal"] == ""                                       # p .4, Rir .22
    assert table.loc["C", "signaal"] == "moeilijk (p < 0,30)"                    # p .1
    assert table.loc["D", "signaal"].startswith("makkelijk (p > 0,90); Rir niet te berekenen")
    assert item_stats.flags(0.5, -0.3) == ["negatieve Rir: controleer vraag en nakijkregel"]
    assert item_stats.flags(0.30, 0.20) == [] and item_stats.flags(0.90, 0.5) == []   # the bounds themselves pass


def test_grades_and_pass_mark():
    # maximum 6 autograded points: totals 3,3,3,5,2 -> grades 5, 5, 5, 8.33, 3.33
    points, maximum, covers = report.grade_basis(tiny_class())
    assert maximum == 6 and "handmatig nakijken loopt nog" in covers      # the reflection is still pending
    grades = item_stats.grades(points, maximum)
    assert grades.round(2).tolist() == [5.0, 5.0, 5.0, 8.33, 3.33]
    assert sum(item_stats.passed(g, 5.5) for g in grades) == 1
    assert sum(item_stats.passed(g, 5.0) for g in grades) == 4                # 5.0 reaches a pass mark of 5.0
    assert item_stats.passed(item_stats.grades(11, 20), 5.5)                  # 55% of the points is a 5.5


def test_the_report_is_written_for_a_class_nobody_could_be_graded_in(tmp_path):
    table = tiny_class()
    table["status"], table["reason"] = "failed", "invalid notebook"
    table["check_by_hand"] = ""
    report.write(tmp_path, "ch00", table, [], tmp_path / "report.html", pass_mark=5.5)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Er zijn geen nagekeken inleveringen" in html and "Cronbachs alfa: niet te berekenen" in html
    assert "<li>s1: invalid notebook</li>" in html
