"""The planted effects of the datasheet (datasets/README.md) as checks: one list of problems per data set.

The tests run them on the base data; a student's variant is only accepted when they all hold
(smmlib.variants), so every variant teaches the same lessons with other numbers.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

WINNERS = {"Instagram": "carrousel", "Facebook": "video", "LinkedIn": "carrousel"}
ESCALATION_WORDS = (r"rook|brand|heet|gevallen|gewond|advocaat|rechter|geschillencommissie|radar|oplichters|"
                    r"gevaarlijk|remmen|los|gescheurd|twitter|delen|opgezwollen")
HONEYCOMB = ["identiteit", "gesprekken", "delen", "aanwezigheid", "relaties", "reputatie", "groepen"]


def _top(series):
    """The best label and how many times the runner-up it is."""
    top = series.sort_values(ascending=False)
    first, second = float(top.iloc[0]), float(top.iloc[1])
    return top.index[0], (first / second if second > 0 else 0.0)


def _with_rates(posts):
    p = posts.copy()
    p["interactions"] = p[["likes", "comments", "shares", "saves"]].sum(axis=1)
    p["er_reach"] = p["interactions"] / p["reach"]
    p["er_followers"] = p["interactions"] / p["followers"]
    return p


def posts_problems(posts):
    p, found = _with_rates(posts), []
    for platform, winner in WINNERS.items():
        sub = p[p["platform"] == platform]
        for metric in ["er_reach", "saves"]:
            best, margin = _top(sub.groupby("format", observed=True)[metric].mean())
            if not (best == winner and margin > 1.3):
                found.append(f"best format on {platform} by {metric}: {best} ({margin:.2f}x)")
    if set(p.loc[p["platform"].isin(["TikTok", "YouTube"]), "format"]) != {"video"}:
        found.append("TikTok and YouTube posts are not all video")
    by_reach = p.groupby("platform", observed=True)["er_reach"].mean().sort_values(ascending=False)
    by_followers = p.groupby("platform", observed=True)["er_followers"].mean().sort_values(ascending=False)
    if not (by_reach.index[0] == "Instagram" and by_followers.index[0] == "TikTok"
            and list(by_reach.index) != list(by_followers.index) and _top(by_reach)[1] > 1.1):
        found.append("the engagement base does not change the platform ranking")
    when = p["published_at"]
    best, margin = _top(p.groupby([when.dt.day_name(), when.dt.hour])["er_reach"].mean())
    if not (best == ("Thursday", 20) and margin > 1.3):
        found.append(f"best slot {best} ({margin:.2f}x)")
    by_n = p.groupby("n_hashtags")["er_reach"].mean()
    few = p.loc[p["n_hashtags"].between(3, 5), "er_reach"].mean()
    many = p.loc[p["n_hashtags"] >= 9, "er_reach"].mean()
    if not (3 <= by_n.idxmax() <= 5 and many < 0.75 * few and (by_n.loc[6:].diff().dropna() < 0.002).all()):
        found.append("hashtags beyond a handful do not hurt")
    if not (abs(p["likes"].corr(p["leads"])) < 0.2 and p["clicks"].corr(p["leads"]) > 0.6):
        found.append("likes/clicks against leads")
    return found


def web_sessions_problems(w):
    g = w.groupby("source", observed=True)[["sessions", "product_views", "test_ride_bookings", "purchases"]].sum()
    steps = pd.DataFrame({"sessions->product_views": g["product_views"] / g["sessions"],
                          "product_views->test_ride_bookings": g["test_ride_bookings"] / g["product_views"],
                          "test_ride_bookings->purchases": g["purchases"] / g["test_ride_bookings"]})
    leak = "product_views->test_ride_bookings"
    if (steps.idxmin(axis=1) == leak).all() and (steps[leak] < 0.05).all() \
            and (steps.drop(columns=leak) > 0.3).all().all():
        return []
    return ["the funnel does not leak at the test-ride booking"]


def campaigns_problems(c):
    g = c.groupby("campaign", observed=True)[["revenue_eur", "spend_eur"]].sum()
    roas = g["revenue_eur"] / g["spend_eur"]
    found = []
    if not (list(roas[roas < 1].index) == ["TikTok Zomerdeal"] and roas["TikTok Zomerdeal"] < 0.8
            and roas.drop("TikTok Zomerdeal").min() > 1.5):
        found.append(f"ROAS below one: {sorted(roas[roas < 1.5].round(2).items())}")
    if c["campaign"].nunique() != 12 or set(c["phase"].astype(str)) != {"inspiratie", "onderzoeken", "evalueren",
                                                                         "selecteren"}:
        found.append("campaigns or phases missing")
    return found


def webcare_problems(w):
    found = []
    minutes = (w["first_response_at"] - w["received_at"]).dt.total_seconds() / 60
    med = minutes.groupby(w["channel"], observed=True).median()
    sla = (minutes <= 60).groupby(w["channel"], observed=True).mean()
    if not (list(med[med > 60].index) == ["X"] and med["X"] > 120 and med.drop("X").max() < 50
            and sla.idxmin() == "X" and sla["X"] < 0.3):
        found.append("X is not the one channel over the 60-minute norm")
    per_hour = w.groupby(w["received_at"].dt.hour).size()
    if not (set(per_hour.nlargest(4).index) == {12, 19, 20, 21} and per_hour[12] > per_hour[[10, 11, 13, 14]].max()):
        found.append("busy hours")
    rule = w["message"].str.lower().str.contains(ESCALATION_WORDS, regex=True)
    y = w["needs_escalation"].astype(bool)
    if not ((rule & y).sum() / y.sum() > 0.8 and (rule & y).sum() / rule.sum() > 0.6 and 0.05 < y.mean() < 0.15):
        found.append("escalation labels do not agree with the text")
    return found


def mentions_problems(m):
    from smmlib import sentiment
    found = []
    own = m[m["brand"] == "Trapkracht"]
    neg = own[own["sentiment"] == "negatief"]
    daily = neg.groupby(neg["created_at"].dt.date).size()
    if not (str(daily.idxmax()) == "2025-06-17" and daily.max() > 2 * daily.drop(daily.idxmax()).max()):
        found.append("crisis day")
    if not _scorer_finds_crisis_day(own, sentiment):
        found.append("crisis day not found by the sentiment scorer")
    counts = pd.crosstab(m["created_at"].dt.month, m["brand"])
    sov = counts.div(counts.sum(axis=1), axis=0)
    q = m.groupby(m["created_at"].dt.quarter)["brand"].value_counts(normalize=True).unstack()
    if not ((sov.loc[1:9, "Trapkracht"] > sov.loc[1:9, "Snelwiel"]).all()
            and (sov.loc[10:12, "Snelwiel"] > sov.loc[10:12, "Trapkracht"]).all()
            and q.loc[4].idxmax() == "Snelwiel" and q.loc[1].idxmax() == "Trapkracht"):
        found.append("share-of-voice shift")
    return found


def _scorer_finds_crisis_day(own, sentiment):
    """Does the lexicon scorer give the crisis day the most negative mentions (the first day on a tie)?

    Only days with at least as many mentions as the crisis day has negative ones can beat
    it, so only those are scored (the same answer as scoring every text, in a fraction of the time).
    """
    day = own["created_at"].dt.date
    crisis = pd.Timestamp("2025-06-17").date()
    negative = int((sentiment.label(own.loc[day == crisis, "text"]) == "negatief").sum())
    if negative == 0:
        return False
    sizes = day.value_counts()
    for rival in sizes.index[(sizes >= negative) & (sizes.index != crisis)]:
        n = int((sentiment.label(own.loc[day == rival, "text"]) == "negatief").sum())
        if n > negative or (n == negative and rival < crisis):
            return False
    return True


def influencers_problems(i):
    tier = pd.cut(i["followers"], [0, 10_000, 50_000, 500_000, 1_000_000, np.inf], right=False,
                  labels=["nano", "micro", "mid", "macro", "mega"])
    er = (i["avg_likes"] + i["avg_comments"]) / i["followers"]
    low_er = er < 0.5 * er.groupby(tier, observed=True).transform("median")
    spiky = i["growth_30d"] >= 0.25
    suspicious = i["suspicious"].astype(bool)
    if ((low_er & spiky) == suspicious).all() and 0.07 <= suspicious.mean() <= 0.13 \
            and (spiky & ~suspicious).any() and (low_er & ~suspicious).any():
        return []
    return ["suspicious influencers are not exactly low engagement and spiky growth"]


def ugc_problems(u):
    usable = (u["permission"] == "gegeven") & u["on_brief"].astype(bool)
    if 0.2 < usable.mean() < 0.45 and (u["permission"] == "niet gevraagd").sum() > 100 \
            and set(u["permission"].astype(str)) == {"gegeven", "gevraagd", "geweigerd", "niet gevraagd"}:
        return []
    return ["UGC permissions"]


def survey_problems(s):
    uses = [c for c in s if c.startswith("uses_")]
    reach = s.loc[s["age_group"] == "65+", uses].mean().sort_values(ascending=False)
    young = s.loc[s["age_group"] == "16-24", uses].mean()
    found = []
    if not (list(reach.index[:2]) == ["uses_whatsapp", "uses_facebook"] and reach.iloc[1] - reach.iloc[2] > 0.15):
        found.append(f"two best channels for 65+: {list(reach.index[:3])}")
    if not (young["uses_tiktok"] > 0.6 and young["uses_snapchat"] > 0.6):
        found.append("young people on TikTok and Snapchat")
    if not s.groupby("age_group", observed=True)["social_search"].mean().is_monotonic_decreasing:
        found.append("social search does not fall with age")
    return found


def platforms_problems(p):
    for _, row in p.iterrows():
        top = sorted(row[HONEYCOMB], reverse=True)
        if not top[0] > top[1] > top[2]:
            return [f"honeycomb top two of {row['platform']} not unique"]
    return []


# Data sets that are built and accepted together (posts are built from followers_daily).
GROUPS = [["followers_daily", "posts"], ["web_sessions"], ["campaigns"], ["webcare"], ["mentions"],
          ["influencers"], ["ugc"], ["survey"], ["platforms"]]
CHECKS = {"posts": posts_problems, "web_sessions": web_sessions_problems, "campaigns": campaigns_problems,
          "webcare": webcare_problems, "mentions": mentions_problems, "influencers": influencers_problems,
          "ugc": ugc_problems, "survey": survey_problems, "platforms": platforms_problems}


def group_of(name):
    """The data sets that are built and accepted together with `name`."""
    return next(group for group in GROUPS if name in group)


def problems(name, frame):
    """The planted effects that do not hold in this (typed) data set; [] when all hold."""
    check = CHECKS.get(name)
    return check(frame) if check else []
