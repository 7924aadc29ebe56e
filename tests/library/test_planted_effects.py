"""Every planted effect of the data universe, found by the analysis a student would run.

The expected values are the ones documented in datasets/README.md.
"""
import numpy as np
import pandas as pd
import pytest

import smmlib

WINNERS = {"Instagram": "carrousel", "Facebook": "video", "LinkedIn": "carrousel"}


@pytest.fixture(scope="module")
def posts():
    p = smmlib.load_dataset("posts")
    p["interactions"] = p[["likes", "comments", "shares", "saves"]].sum(axis=1)
    p["er_reach"] = p["interactions"] / p["reach"]
    p["er_followers"] = p["interactions"] / p["followers"]
    return p


def _margin(s):
    top = s.sort_values(ascending=False)
    return top.index[0], top.iloc[0] / top.iloc[1]


@pytest.mark.parametrize("platform", sorted(WINNERS))
def test_winning_format_per_platform(posts, platform):
    sub = posts[posts["platform"] == platform]
    for metric in ["er_reach", "saves"]:
        best, margin = _margin(sub.groupby("format", observed=True)[metric].mean())
        assert best == WINNERS[platform], (platform, metric)
        assert margin > 1.3, (platform, metric, margin)
    assert set(posts.loc[posts["platform"].isin(["TikTok", "YouTube"]), "format"]) == {"video"}


def test_engagement_base_changes_ranking(posts):
    by_reach = posts.groupby("platform", observed=True)["er_reach"].mean().sort_values(ascending=False)
    by_followers = posts.groupby("platform", observed=True)["er_followers"].mean().sort_values(ascending=False)
    assert by_reach.index[0] == "Instagram" and by_followers.index[0] == "TikTok"
    assert list(by_reach.index) != list(by_followers.index)
    assert _margin(by_reach)[1] > 1.1


def test_best_posting_slot(posts):
    slot = posts.groupby([posts["published_at"].dt.day_name(), posts["published_at"].dt.hour])["er_reach"].mean()
    best, margin = _margin(slot)
    assert best == ("Thursday", 20) and margin > 1.3


def test_hashtags_beyond_a_handful_hurt(posts):
    by_n = posts.groupby("n_hashtags")["er_reach"].mean()
    assert 3 <= by_n.idxmax() <= 5
    few = posts.loc[posts["n_hashtags"].between(3, 5), "er_reach"].mean()
    many = posts.loc[posts["n_hashtags"] >= 9, "er_reach"].mean()
    assert many < 0.75 * few
    assert (by_n.loc[6:].diff().dropna() < 0.002).all()      # keeps falling after 5


def test_likes_barely_correlate_with_leads(posts):
    assert abs(posts["likes"].corr(posts["leads"])) < 0.2
    assert posts["clicks"].corr(posts["leads"]) > 0.6


def test_funnel_leaks_at_test_ride_booking():
    w = smmlib.load_dataset("web_sessions")
    g = w.groupby("source", observed=True)[["sessions", "product_views", "test_ride_bookings", "purchases"]].sum()
    steps = pd.DataFrame({"sessions->product_views": g["product_views"] / g["sessions"],
                          "product_views->test_ride_bookings": g["test_ride_bookings"] / g["product_views"],
                          "test_ride_bookings->purchases": g["purchases"] / g["test_ride_bookings"]})
    assert (steps.idxmin(axis=1) == "product_views->test_ride_bookings").all()
    assert (steps["product_views->test_ride_bookings"] < 0.05).all()
    assert (steps.drop(columns="product_views->test_ride_bookings") > 0.3).all().all()


def test_one_campaign_with_roas_below_one():
    c = smmlib.load_dataset("campaigns")
    g = c.groupby("campaign", observed=True)[["revenue_eur", "spend_eur"]].sum()
    roas = g["revenue_eur"] / g["spend_eur"]
    assert list(roas[roas < 1].index) == ["TikTok Zomerdeal"]
    assert roas["TikTok Zomerdeal"] < 0.8 and roas.drop("TikTok Zomerdeal").min() > 1.5
    assert c["campaign"].nunique() == 12
    assert set(c["phase"].astype(str)) == {"inspiratie", "onderzoeken", "evalueren", "selecteren"}


def test_webcare_channel_breaks_60_minute_norm():
    w = smmlib.load_dataset("webcare")
    w["minutes"] = (w["first_response_at"] - w["received_at"]).dt.total_seconds() / 60
    med = w.groupby("channel", observed=True)["minutes"].median()
    assert list(med[med > 60].index) == ["X"]
    assert med["X"] > 120 and med.drop("X").max() < 50
    sla = w.groupby("channel", observed=True)["minutes"].apply(lambda s: (s <= 60).mean())
    assert sla.idxmin() == "X" and sla["X"] < 0.3


def test_webcare_busy_hours():
    w = smmlib.load_dataset("webcare")
    per_hour = w.groupby(w["received_at"].dt.hour).size()
    top = set(per_hour.nlargest(4).index)
    assert top == {12, 19, 20, 21}
    assert per_hour[12] > per_hour[[10, 11, 13, 14]].max()        # a lunch peak of its own


def test_escalation_labels_agree_with_text():
    w = smmlib.load_dataset("webcare")
    words = r"rook|brand|heet|gevallen|gewond|advocaat|rechter|geschillencommissie|radar|oplichters|gevaarlijk|remmen|los|gescheurd|twitter|delen|opgezwollen"
    rule = w["message"].str.lower().str.contains(words, regex=True)
    y = w["needs_escalation"]
    precision = (rule & y).sum() / rule.sum()
    recall = (rule & y).sum() / y.sum()
    assert recall > 0.8 and precision > 0.6
    assert 0.05 < y.mean() < 0.15


def test_crisis_day():
    m = smmlib.load_dataset("mentions")
    neg = m[(m["brand"] == "Trapkracht") & (m["sentiment"] == "negatief")]
    daily = neg.groupby(neg["created_at"].dt.date).size()
    assert str(daily.idxmax()) == "2025-06-17"
    assert daily.max() > 2 * daily.drop(daily.idxmax()).max()


def test_crisis_found_by_sentiment_scorer():
    m = smmlib.load_dataset("mentions")
    m = m[m["brand"] == "Trapkracht"]
    m["label"] = smmlib.sentiment.label(m["text"])
    daily = m[m["label"] == "negatief"].groupby(m["created_at"].dt.date).size()
    assert str(daily.idxmax()) == "2025-06-17"


def test_share_of_voice_shift():
    m = smmlib.load_dataset("mentions")
    counts = pd.crosstab(m["created_at"].dt.month, m["brand"])
    sov = counts.div(counts.sum(axis=1), axis=0)
    assert (sov.loc[1:9, "Trapkracht"] > sov.loc[1:9, "Snelwiel"]).all()
    assert (sov.loc[10:12, "Snelwiel"] > sov.loc[10:12, "Trapkracht"]).all()
    q = m.groupby(m["created_at"].dt.quarter)["brand"].value_counts(normalize=True).unstack()
    assert q.loc[4].idxmax() == "Snelwiel" and q.loc[1].idxmax() == "Trapkracht"


def test_suspicious_influencers():
    i = smmlib.load_dataset("influencers")
    i["tier"] = pd.cut(i["followers"], [0, 10_000, 50_000, 500_000, 1_000_000, np.inf], right=False,
                       labels=["nano", "micro", "mid", "macro", "mega"])
    i["er"] = (i["avg_likes"] + i["avg_comments"]) / i["followers"]
    low_er = i["er"] < 0.5 * i.groupby("tier", observed=True)["er"].transform("median")
    spiky = i["growth_30d"] >= 0.25
    assert ((low_er & spiky) == i["suspicious"]).all()
    assert 0.07 <= i["suspicious"].mean() <= 0.13
    assert (spiky & ~i["suspicious"]).any() and (low_er & ~i["suspicious"]).any()   # one sign is not enough


def test_ugc_without_permission():
    u = smmlib.load_dataset("ugc")
    usable = (u["permission"] == "gegeven") & u["on_brief"]
    assert 0.2 < usable.mean() < 0.45
    assert (u["permission"] == "niet gevraagd").sum() > 100
    assert set(u["permission"].astype(str)) == {"gegeven", "gevraagd", "geweigerd", "niet gevraagd"}


def test_survey_two_best_channels_for_65_plus():
    s = smmlib.load_dataset("survey")
    reach = s.loc[s["age_group"] == "65+", [c for c in s if c.startswith("uses_")]].mean().sort_values(ascending=False)
    assert list(reach.index[:2]) == ["uses_whatsapp", "uses_facebook"]
    assert reach.iloc[1] - reach.iloc[2] > 0.15
    young = s.loc[s["age_group"] == "16-24", [c for c in s if c.startswith("uses_")]].mean()
    assert young["uses_tiktok"] > 0.6 and young["uses_snapchat"] > 0.6
    assert s.groupby("age_group", observed=True)["social_search"].mean().is_monotonic_decreasing


def test_honeycomb_top_two_unique():
    p = smmlib.load_dataset("platforms")
    blocks = ["identiteit", "gesprekken", "delen", "aanwezigheid", "relaties", "reputatie", "groepen"]
    for _, row in p.iterrows():
        top = sorted(row[blocks], reverse=True)
        assert top[0] > top[1] > top[2], row["platform"]
