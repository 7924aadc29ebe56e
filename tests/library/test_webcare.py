"""smmlib.webcare: response tables, hours, shifts, keyword flags, precision/recall, satisfaction."""
import math

import pandas as pd
import pytest

from smmlib import load_dataset, metrics, webcare as wc


@pytest.fixture(scope="module")
def data():
    return load_dataset("webcare")


def test_response_minutes_matches_metrics(data):
    got = wc.response_minutes(data)
    want = metrics.first_response_minutes(data["received_at"], data["first_response_at"])
    assert got.isna().sum() == 73
    assert got.dropna().equals(pd.Series(want, index=data.index).dropna().rename("reactietijd_min"))


def test_response_table_finds_the_slow_channel(data):
    t = wc.response_table(data, norm=60).set_index("channel")
    assert t["gesprekken"].sum() == len(data)
    assert t["mediaan_min"].idxmax() == "X" and t["sla_share"].idxmin() == "X"
    assert 160 < t.loc["X", "mediaan_min"] < 180 and 10 < t.loc["WhatsApp", "mediaan_min"] < 18
    assert (t["p90_min"] > t["mediaan_min"]).all()
    # unanswered conversations count as late: share over all conversations
    x = data[data["channel"] == "X"]
    late_or_missing = metrics.sla_share(wc.response_minutes(x), norm=60)
    assert math.isclose(t.loc["X", "sla_share"], late_or_missing)


def test_response_table_small_example():
    df = pd.DataFrame({"channel": ["A", "A", "B"],
                       "received_at": pd.to_datetime(["2025-01-01 10:00"] * 3),
                       "first_response_at": pd.to_datetime(["2025-01-01 10:30", None, "2025-01-01 12:00"])})
    t = wc.response_table(df, norm=60).set_index("channel")
    assert t.loc["A", "sla_share"] == 0.5 and t.loc["A", "beantwoord"] == 1
    assert t.loc["B", "mediaan_min"] == 120 and t.loc["B", "sla_share"] == 0


def test_missing_column_is_explained_in_dutch():
    with pytest.raises(ValueError, match="ontbreken de kolommen"):
        wc.response_table(pd.DataFrame({"channel": ["A"]}), norm=60)


def test_hours_and_shift(data):
    counts = wc.messages_per_hour(data["received_at"])
    assert list(counts.index) == list(range(24)) and counts.sum() == len(data)
    assert wc.busiest_hours(counts, 3) == [20, 21, 19]
    assert 0.5 < wc.share_outside(counts, 9, 17) < 0.6
    assert wc.best_shift(counts, 8)[0] == 15
    start, share = wc.best_shift(counts, 6)
    assert start == 17 and 0.4 < share < 0.5
    with pytest.raises(ValueError, match="lengte van een dienst"):
        wc.best_shift(counts, 0)


def test_share_outside_edges():
    assert wc.share_outside(pd.Series({16: 1, 17: 1}), 9, 17) == 0.5
    assert math.isnan(wc.share_outside(pd.Series({9: 0}), 9, 17))


def test_staff_needed_rounds_up():
    assert wc.staff_needed(pd.Series({8: 0, 9: 1, 20: 12, 21: 13}), 6).tolist() == [0, 1, 2, 3]
    with pytest.raises(ValueError, match="positief getal"):
        wc.staff_needed(pd.Series({9: 1}), 0)


def test_keyword_flags_case_and_substring():
    flags = wc.keyword_flags(pd.Series(["Accu ROOKT", "rook?", "Leuk!", None]), ["rook", " "])
    assert flags.tolist() == [True, True, False, False]
    with pytest.raises(TypeError, match="als lijst"):
        wc.keyword_flags(["x"], "rook")


def test_precision_recall_counts():
    r = wc.precision_recall([True, True, True, False, False], [True, True, False, True, False])
    assert (r["tp"], r["fp"], r["fn"], r["tn"]) == (2, 1, 1, 1)
    assert math.isclose(r["precision"], 2 / 3) and math.isclose(r["recall"], 2 / 3)
    assert math.isnan(wc.precision_recall([False], [True])["precision"])
    with pytest.raises(ValueError, match="even lang"):
        wc.precision_recall([True], [True, False])


def test_a_good_keyword_rule_beats_a_naive_one(data):
    good = wc.keyword_flags(data["message"], ["rook", "brand", "heet", "gevallen", "gewond", "advocaat",
                                              "rechter", "geschillencommissie", "radar", "oplichter"])
    naive = wc.keyword_flags(data["message"], ["warm", "kapot"])
    rg = wc.precision_recall(good, data["needs_escalation"])
    rn = wc.precision_recall(naive, data["needs_escalation"])
    assert rg["precision"] > 0.9 and rg["recall"] > 0.7
    assert rn["precision"] < 0.5


def test_satisfaction_table_matches_metrics(data):
    t = wc.satisfaction_table(data).set_index("channel")
    x = data[data["channel"] == "X"]
    assert math.isclose(t.loc["X", "nps"], metrics.nps(x["nps"]))
    assert math.isclose(t.loc["X", "csat"], metrics.csat(x["csat"]))
    assert t["nps"].idxmin() == "X" and t["csat"].idxmin() == "X"
    assert t["n_nps"].sum() == data["nps"].notna().sum()
