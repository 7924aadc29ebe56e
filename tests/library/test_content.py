"""Unit tests for smmlib.content: the two-proportion test and the content-calendar checker."""
import doctest
import math

import pandas as pd
import pytest
from scipy import stats

from smmlib import content


def test_two_proportion_test_matches_a_textbook_computation():
    t = content.two_proportion_test(60, 1000, 40, 1000)
    pooled = 100 / 2000
    z = 0.02 / math.sqrt(pooled * (1 - pooled) * (2 / 1000))
    assert t.z == pytest.approx(z)
    assert t.p_value == pytest.approx(2 * stats.norm.sf(z))
    assert t.significant and t.p_a == 0.06 and t.p_b == 0.04
    assert t.difference == pytest.approx(0.02)


def test_two_proportion_test_is_symmetric_and_not_significant_for_small_groups():
    a, b = content.two_proportion_test(6, 100, 4, 100), content.two_proportion_test(4, 100, 6, 100)
    assert a.z == pytest.approx(-b.z) and a.p_value == pytest.approx(b.p_value)
    assert not a.significant


def test_two_proportion_test_equal_groups_and_alpha():
    assert content.two_proportion_test(0, 10, 0, 10).z == 0.0
    t = content.two_proportion_test(60, 1000, 40, 1000, alpha=0.01)
    assert not t.significant and t.alpha == 0.01


@pytest.mark.parametrize("args, phrase", [
    ((11, 10, 1, 10), "omgedraaid"),
    ((1, 0, 1, 10), "minstens één waarneming"),
    ((-1, 10, 1, 10), "heel getal"),
    (("veel", 10, 1, 10), "een aantal"),
    ((1.5, 10, 1, 10), "heel getal"),
    ((True, 10, 1, 10), "geen True/False"),
])
def test_two_proportion_test_dutch_errors(args, phrase):
    with pytest.raises(ValueError, match=phrase):
        content.two_proportion_test(*args)


def test_explain_test_says_what_the_test_does_not_say():
    sig = content.explain_test(content.two_proportion_test(60, 1000, 40, 1000), "met CTA", "zonder CTA", "klikratio")
    assert "Besluit: significant" in sig and "niet zegt" in sig and "waarom" in sig
    assert "6,00%" in sig and "+2,00 procentpunt" in sig
    nonsig = content.explain_test(content.two_proportion_test(6, 100, 4, 100))
    assert "niet significant" in nonsig and "te klein" in nonsig
    with pytest.raises(ValueError):
        content.explain_test((1, 2))


def good_calendar():
    rows = []
    pillars = content.PILLARS
    i = 0
    for week in range(1, 5):
        for day, hour, platform in [("maandag", 20, "Instagram"), ("dinsdag", 12, "LinkedIn"),
                                    ("woensdag", 20, "Instagram"), ("donderdag", 12, "LinkedIn"),
                                    ("vrijdag", 20, "Instagram")]:
            hhh = "help" if day == "dinsdag" else ("hero" if (week, day) == (2, "donderdag") else "hub")
            rows.append({"week": week, "dag": day, "uur": hour, "platform": platform,
                         "pillar": pillars[i % 5], "hhh": hhh})
            i += 1
    return pd.DataFrame(rows)


def test_good_calendar_passes_every_rule():
    results = content.check_calendar(good_calendar())
    assert [r.rule for r in results] == [rule for rule in content.DEFAULT_RULES if rule != "weeks"]
    assert all(r.passed for r in results), content.explain_calendar(results)


def test_each_rule_fails_on_its_own_violation():
    cal = good_calendar()
    by_rule = lambda c: {r.rule: r for r in content.check_calendar(c)}
    few = by_rule(cal.drop(index=0))
    assert not few["posts_per_week"].passed and "week 1: 2 post(s) op Instagram" in few["posts_per_week"].message
    assert not by_rule(cal.assign(platform=cal["platform"].replace("LinkedIn", "Facebook")))["posts_per_week"].passed
    heroes = by_rule(cal.assign(hhh=["hero"] * 3 + list(cal["hhh"][3:])))
    assert not heroes["hero"].passed and "hoogstens 2" in heroes["hero"].message
    none = by_rule(cal.assign(hhh=cal["hhh"].replace("hero", "hub")))
    assert not none["hero"].passed and "minstens 1" in none["hero"].message
    no_help = by_rule(cal.assign(hhh=cal["hhh"].where(cal["week"] != 3, "hub")))
    assert not no_help["help_per_week"].passed and "week 3" in no_help["help_per_week"].message
    little_hub = by_rule(cal.assign(hhh=["help" if i % 2 else h for i, h in enumerate(cal["hhh"])]))
    assert not little_hub["hub_share"].passed
    same = by_rule(cal.assign(pillar="product"))
    # 12 Instagram posts in a row of one pillar make 11 pairs, 8 LinkedIn posts 7
    assert not same["no_pillar_twice"].passed and "18 keer" in same["no_pillar_twice"].message


def test_a_plan_of_one_week_is_no_plan_of_four():
    cal = good_calendar()
    one_week = {r.rule: r for r in content.check_calendar(cal[cal["week"] == 1])}
    assert not one_week["posts_per_week"].passed and "week 2: 0 post(s) op Instagram" in one_week["posts_per_week"].message
    assert not one_week["help_per_week"].passed and "week 2, 3, 4" in one_week["help_per_week"].message
    fifth = {r.rule: r for r in content.check_calendar(pd.concat([cal, cal[cal["week"] == 4].assign(week=5)]))}
    assert not fifth["posts_per_week"].passed and "week 5 valt buiten" in fifth["posts_per_week"].message
    rules = dict(content.DEFAULT_RULES, weeks=1, hero=(0, 2))   # the hero of this calendar is in week 2
    assert all(r.passed for r in content.check_calendar(cal[cal["week"] == 1], rules))


def test_pillars_alternate_per_platform_timeline():
    rows = [(1, "maandag", 20, "Instagram", "product", "hub"), (1, "dinsdag", 12, "LinkedIn", "product", "help"),
            (1, "woensdag", 20, "Instagram", "service", "hub"), (1, "donderdag", 12, "LinkedIn", "service", "hub")]
    cal = pd.DataFrame(rows, columns=content.CALENDAR_COLUMNS)
    rule = {"no_pillar_twice": True}
    # Monday Instagram and Tuesday LinkedIn share a pillar, but a follower sees one platform's timeline
    assert content.check_calendar(cal, rule)[0].passed
    same = cal.assign(pillar=["product", "product", "product", "service"])
    result = content.check_calendar(same, rule)[0]
    assert not result.passed and "Instagram week 1 woensdag" in result.message and "1 keer" in result.message


def test_order_matters_for_pillars_not_row_order():
    cal = good_calendar().sample(frac=1, random_state=1)
    assert all(r.passed for r in content.check_calendar(cal))
    ordered = content.order_calendar(cal)
    assert ordered["week"].is_monotonic_increasing


def test_calendar_is_lenient_on_spelling_and_strict_on_shape():
    cal = good_calendar()
    cal["dag"] = cal["dag"].str.capitalize()
    cal["hhh"] = cal["hhh"].str.upper()
    assert all(r.passed for r in content.check_calendar(cal))
    with pytest.raises(ValueError, match="ontbreken de kolommen"):
        content.check_calendar(cal.drop(columns="hhh"))
    with pytest.raises(ValueError, match="Onbekende dag"):
        content.check_calendar(cal.assign(dag="ma"))
    with pytest.raises(ValueError, match="Onbekende regel"):
        content.check_calendar(cal, {"hashtags": 3})
    with pytest.raises(ValueError, match="DataFrame"):
        content.check_calendar([1, 2])


def test_custom_rules():
    results = content.check_calendar(good_calendar(), {"posts_per_week": {"Instagram": 3}, "hub_share": 0.9})
    assert [r.passed for r in results] == [False, False]      # LinkedIn not in the plan; hub 55%


def test_weekday_hour_table_finds_the_planted_slot():
    import smmlib
    from smmlib import metrics
    posts = smmlib.load_dataset("posts")
    posts["er"] = metrics.engagement_rate(posts, base="reach")
    table = content.weekday_hour_table(posts, "er")
    assert list(table.index) == content.WEEKDAYS
    assert table.stack().idxmax() == ("donderdag", 20)
    with pytest.raises(ValueError):
        content.weekday_hour_table(posts, "bestaat_niet")


def test_docstring_examples():
    assert doctest.testmod(content).failed == 0
