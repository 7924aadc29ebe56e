import doctest
import math

import pandas as pd
import pytest

import smmlib
from smmlib import ads, metrics, models


@pytest.fixture(scope="module")
def campaigns():
    return smmlib.load_dataset("campaigns")


def test_docstring_examples_run():
    assert doctest.testmod(ads).failed == 0


def test_objective_phase_follows_the_purchase_cycle_and_the_data(campaigns):
    assert set(ads.OBJECTIVE_PHASE.values()) == set(models.phases("koopcyclus")) == set(ads.PHASES)
    in_data = campaigns.groupby("objective", observed=True)["phase"].first().astype(str).to_dict()
    assert in_data == ads.OBJECTIVE_PHASE


@pytest.mark.parametrize("name, phase", [("Bereik", "inspiratie"), ("awareness", "inspiratie"),
                                         ("traffic", "onderzoeken"), ("lead generation", "evalueren"),
                                         ("sales", "selecteren"), ("catalogus_verkoop", "selecteren")])
def test_phase_for_objective_accepts_synonyms(name, phase):
    assert ads.phase_for_objective(name) == phase


def test_unknown_objective_and_phase_give_dutch_errors():
    with pytest.raises(ValueError, match="Onbekend campagnedoel 'likes'. Kies uit"):
        ads.phase_for_objective("likes")
    with pytest.raises(ValueError, match="Onbekende fase"):
        ads.key_metrics("gebruiken")


def test_key_metrics_per_phase():
    assert ads.key_metrics("Inspiratie")[0] == "cpm"
    assert "roas" in ads.key_metrics("selecteren")
    assert ads.key_metrics("onderzoeken") is not ads.PHASE_METRICS["onderzoeken"]  # a copy


def test_campaign_metrics_sum_first_then_divide(campaigns):
    table = ads.campaign_metrics(campaigns)
    assert len(table) == campaigns["campaign"].nunique() == 12
    row = table.set_index("campaign").loc["TikTok Zomerdeal"]
    part = campaigns[campaigns["campaign"] == "TikTok Zomerdeal"]
    assert row["roas"] == pytest.approx(part["revenue_eur"].sum() / part["spend_eur"].sum())
    assert row["cpm"] == pytest.approx(1000 * part["spend_eur"].sum() / part["impressions"].sum())
    assert row["phase"] == "selecteren" and row["objective"] == "conversies"
    # the planted effect: exactly one campaign below ROAS 1
    assert list(table.loc[table["roas"] < 1, "campaign"]) == ["TikTok Zomerdeal"]


def test_campaign_metrics_by_phase_keeps_the_order(campaigns):
    table = ads.campaign_metrics(campaigns, by="phase")
    assert list(table["phase"].astype(str)) == list(ads.PHASES)


def test_campaign_metrics_zero_denominator_gives_nan():
    df = pd.DataFrame({"campaign": ["A"], "impressions": [0], "reach": [0], "clicks": [0],
                       "spend_eur": [0.0], "leads": [0], "purchases": [0], "revenue_eur": [0.0]})
    row = ads.campaign_metrics(df).iloc[0]
    assert all(math.isnan(row[m]) for m in ["cpm", "cpc", "ctr", "cpl", "cpa", "roas"])


def test_campaign_metrics_names_a_missing_column():
    with pytest.raises(KeyError, match="spend_eur"):
        ads.campaign_metrics(pd.DataFrame({"campaign": ["A"]}))


def test_web_funnel_leaks_at_the_test_ride():
    web = smmlib.load_dataset("web_sessions")
    table = ads.funnel_table(web)
    assert list(table["stap"]) == ["sessies", "productweergaven", "proefritboekingen", "aankopen"]
    assert table["doorstroom"].iloc[2] == pytest.approx(web["test_ride_bookings"].sum() / web["product_views"].sum())
    assert table.loc[table["doorstroom"].idxmin(), "stap"] == "proefritboekingen"
    assert not hasattr(ads, "weakest_step")     # issue 21: where the funnel leaks is the student's call
    assert table["aandeel_van_start"].iloc[0] == 1


def test_funnel_table_from_a_dict_and_missing_steps():
    t = ads.funnel_table({"a": 10, "b": 0, "c": 0}, steps=["a", "b", "c"], labels={"a": "A"})
    assert t["stap"].tolist() == ["A", "b", "c"]
    assert t["doorstroom"].iloc[1] == 0 and math.isnan(t["doorstroom"].iloc[2])
    with pytest.raises(KeyError, match="ontbreken"):
        ads.funnel_table({"sessions": 1})


def test_campaign_funnel_skips_leads_for_catalogue_sales(campaigns):
    assert ads.campaign_funnel(campaigns, "Accessoires Catalogus")["stap"].tolist() == ["impressies", "klikken", "aankopen"]
    assert ads.campaign_funnel(campaigns, "Proefrit Aanvragen")["stap"].tolist() == [
        "impressies", "klikken", "leads", "aankopen"]
    with pytest.raises(ValueError, match="Onbekende campagne"):
        ads.campaign_funnel(campaigns, "Bestaat Niet")


def test_budget_decision_on_numbers_and_series():
    assert ads.budget_decision(1.0, 1.0, 3.0) == "handhaven"      # the stop bound itself is not a stop
    assert ads.budget_decision(3.0, 1.0, 3.0) == "opschalen"      # the scale bound itself scales
    assert ads.budget_decision(float("nan"), 1.0, 3.0) == "onbekend"
    with pytest.raises(TypeError):
        ads.budget_decision(2.0)                                 # issue 21: the bounds are the student's call
    s = ads.budget_decision(pd.Series([0.5, 2, 7], index=list("abc")), stop_below=1, scale_from=5)
    assert s.tolist() == ["stoppen", "handhaven", "opschalen"] and list(s.index) == list("abc")
    with pytest.raises(ValueError, match="stopgrens"):
        ads.budget_decision(2, stop_below=3, scale_from=2)
