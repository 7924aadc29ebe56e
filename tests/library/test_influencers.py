import math

import pandas as pd
import pytest

from smmlib import influencers as inf
from smmlib import load_dataset


@pytest.fixture(scope="module")
def table():
    return load_dataset("influencers")


def test_metrics_follow_the_documented_formulas():
    df = pd.DataFrame({"followers": [2000, 0], "avg_likes": [90, 5], "avg_comments": [10, 0],
                       "rate_per_post_eur": [25.0, 10.0]})
    assert inf.interactions(df).tolist() == [100.0, 5.0]
    er = inf.engagement_rate(df)
    assert er[0] == 0.05 and math.isnan(er[1])          # zero followers: NaN, not inf
    assert inf.cost_per_engagement(df).tolist() == [0.25, 2.0]


def test_add_metrics_derives_the_tiers_of_the_datasheet(table):
    counts = inf.add_metrics(table)["tier"].value_counts().to_dict()
    assert counts == {"nano": 30, "micro": 42, "mid": 32, "macro": 10, "mega": 6}


def test_missing_column_gives_a_dutch_message():
    with pytest.raises(KeyError, match="ontbreekt"):
        inf.engagement_rate(pd.DataFrame({"avg_likes": [1], "avg_comments": [1]}))


def test_planted_rule_finds_exactly_the_labelled_accounts(table):
    flags = inf.flag_suspicious(table)
    assert inf.precision_recall(flags, table["suspicious"]) == {"precisie": 1.0, "recall": 1.0, "f1": 1.0}
    growth_only = table["growth_30d"] >= 0.25
    scores = inf.precision_recall(growth_only, table["suspicious"])
    assert scores["recall"] == 1.0 and scores["precisie"] == 0.75


def test_precision_recall_edge_cases():
    assert inf.precision_recall([False, False], [True, False]) == {"precisie": 0.0, "recall": 0.0, "f1": 0.0}
    with pytest.raises(ValueError, match="even lang"):
        inf.precision_recall([True], [True, False])


def test_check_portfolio_names_every_broken_rule(table):
    result = inf.check_portfolio(table, ["@frismees", "@dijkkim"], budget=1_000)
    broken = {rule for rule, (ok, _) in result["regels"].items() if not ok}
    assert broken == {"budget", "verdacht", "nl", "doelgroep", "tiers"}
    assert result["kosten"] == 1485.0 and not result["geldig"]


def test_check_portfolio_rejects_unknown_handles_and_a_single_string(table):
    with pytest.raises(ValueError, match="Onbekende handle"):
        inf.check_portfolio(table, ["frismees"], budget=10_000)
    with pytest.raises(TypeError, match="als lijst"):
        inf.check_portfolio(table, "@frismees", budget=10_000)


RULES = dict(min_nl_share=0.70, min_target_age_share=0.40, max_influencers=6, min_tiers=3)


def labelled(table):
    return list(table.loc[table["suspicious"], "handle"])


def test_best_portfolio_is_valid_and_beats_a_greedy_choice(table):
    handles, value = inf.best_portfolio(table, budget=10_000, exclude=labelled(table), **RULES)
    check = inf.check_portfolio(table, handles, budget=10_000)
    assert check["geldig"] and check["doelgroep_interacties"] == pytest.approx(value) and round(value) == 23457
    # weighted by the audience, the raw optimum of likes + comments (47,197, of which 21,874 in the target group)
    # is no longer the best choice
    raw = inf.check_portfolio(table, ["@duin_daan", "@duinleven", "@frismees", "@poldertijd", "@sportbram"], 10_000)
    assert raw["geldig"] and raw["interacties"] == 47197 and raw["interacties"] > check["interacties"]
    assert raw["doelgroep_interacties"] < value
    # a greedy pick by CPE among the eligible accounts ignores the tier rule
    pool = inf.add_metrics(inf.eligible(table)).sort_values("cpe")
    picked, cost = [], 0.0
    for row in pool.itertuples():
        if len(picked) < 6 and cost + row.rate_per_post_eur <= 10_000:
            picked.append(row.handle)
            cost += row.rate_per_post_eur
    greedy = inf.check_portfolio(table, picked, budget=10_000)
    assert not greedy["regels"]["tiers"][0]


def test_best_portfolio_without_a_feasible_choice(table):
    assert inf.best_portfolio(table, budget=50, exclude=[], **RULES) == ([], 0.0)


def test_best_portfolio_takes_the_students_rules_not_the_label_or_defaults(table):
    """Issue 21, item 6: the optimiser computes; which accounts to leave out and which rules hold is the student's call."""
    with pytest.raises(TypeError):
        inf.best_portfolio(table, budget=10_000)
    bought = labelled(table)
    best, _ = inf.best_portfolio(table, budget=10_000, exclude=bought, **RULES)
    excluded, _ = inf.best_portfolio(table, budget=10_000, exclude=bought + best[:1], **RULES)
    assert best[0] not in excluded                     # the student's own list decides who is left out
    loose, _ = inf.best_portfolio(table, budget=10_000, exclude=bought, **{**RULES, "min_nl_share": 0.0})
    assert not inf.check_portfolio(table, loose, budget=10_000)["regels"]["nl"][0]


def test_eligible_accepts_own_flags(table):
    own = pd.Series(False, index=table.index)
    assert len(inf.eligible(table, exclude_suspicious=own)) >= len(inf.eligible(table))


def test_usable_ugc_matches_the_datasheet():
    ugc = load_dataset("ugc")
    usable = inf.usable_ugc(ugc)
    assert int(usable.sum()) == 249
