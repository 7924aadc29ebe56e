"""posts and followers_daily: Trapkracht's own accounts on five platforms in 2025.

Planted effects (documented in datasets/README.md):
- one winning format per platform (engagement rate by reach and saves);
- best posting slot: Thursday 20:00-20:59 (weekday 3, hour 20);
- hashtags: engagement peaks at 3-5 hashtags and drops for every hashtag above 5;
- likes barely correlate with leads; clicks do;
- reach differs a lot from followers per platform, so the engagement rate by followers
  ranks the platforms differently than the rate by reach.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from . import captions
from .common import BRAND_PLATFORMS, CRISIS_DAY, days, local_times, rng, weighted_index

# --- followers_daily -------------------------------------------------------------------
START_FOLLOWERS = {"Instagram": 18_400, "Facebook": 31_200, "LinkedIn": 6_100,
                   "TikTok": 3_900, "YouTube": 2_700}
NEW_PER_DAY = {"Instagram": 26, "Facebook": 8, "LinkedIn": 9, "TikTok": 22, "YouTube": 4}
LOST_PER_DAY = {"Instagram": 11, "Facebook": 7, "LinkedIn": 2, "TikTok": 7, "YouTube": 1}
CRISIS_LOST_FACTOR = [10.0, 5.0, 2.5]       # lost followers on crisis day, +1, +2


def followers_daily() -> pd.DataFrame:
    r = rng("followers_daily")
    dates = days()
    doy = np.arange(len(dates))
    season = 1 + 0.35 * np.sin(2 * np.pi * (doy - 80) / 365)      # spring/summer peak
    weekend = np.where(dates.day_of_week >= 5, 1.15, 1.0)
    crisis = np.ones(len(dates))
    c0 = int(np.flatnonzero(dates.strftime("%Y-%m-%d") == CRISIS_DAY)[0])
    crisis[c0:c0 + 3] = CRISIS_LOST_FACTOR
    frames = []
    for p in BRAND_PLATFORMS:
        trend = 1 + (1.8 if p == "TikTok" else 0.3) * doy / 365   # TikTok accelerates
        new = r.poisson(NEW_PER_DAY[p] * season * weekend * trend)
        lost = r.poisson(LOST_PER_DAY[p] * crisis * (1.4 if p == "Facebook" else 1.0))
        followers = START_FOLLOWERS[p] + np.cumsum(new - lost)
        frames.append(pd.DataFrame({"date": dates, "platform": p, "followers": followers,
                                    "new": new, "lost": lost}))
    return pd.concat(frames, ignore_index=True)


# --- posts -----------------------------------------------------------------------------
N_POSTS = {"Instagram": 420, "Facebook": 330, "LinkedIn": 260, "TikTok": 330, "YouTube": 160}

# format: (share of posts, engagement multiplier, reach multiplier, saves multiplier)
FORMATS = {
    "Instagram": {"foto": (0.35, 1.0, 1.0, 1.0), "carrousel": (0.30, 1.7, 1.05, 3.0),
                  "reel": (0.35, 1.15, 1.35, 1.0)},
    "Facebook": {"foto": (0.35, 1.0, 1.0, 1.0), "video": (0.25, 1.7, 1.15, 2.0),
                 "link": (0.25, 0.6, 0.9, 0.8), "tekst": (0.15, 0.8, 0.8, 0.5)},
    "LinkedIn": {"tekst": (0.25, 1.0, 1.0, 1.0), "foto": (0.20, 0.9, 1.0, 1.0),
                 "carrousel": (0.25, 1.7, 1.1, 2.5), "video": (0.15, 1.1, 1.0, 1.0),
                 "link": (0.15, 0.6, 0.85, 0.8)},
    "TikTok": {"video": (1.0, 1.0, 1.0, 1.0)},
    "YouTube": {"video": (1.0, 1.0, 1.0, 1.0)},
}
WINNERS = {"Instagram": "carrousel", "Facebook": "video", "LinkedIn": "carrousel",
           "TikTok": "video", "YouTube": "video"}
VIDEO_FORMATS = {"video", "reel"}

BASE_ER = {"Instagram": 0.045, "Facebook": 0.030, "LinkedIn": 0.035, "TikTok": 0.050, "YouTube": 0.040}
REACH_PER_FOLLOWER = {"Instagram": 0.22, "Facebook": 0.07, "LinkedIn": 0.35, "TikTok": 1.6, "YouTube": 0.6}
BASE_CTR = {"Instagram": 0.004, "Facebook": 0.012, "LinkedIn": 0.020, "TikTok": 0.0015, "YouTube": 0.006}
U_FORM_SHARE = {"Instagram": 0.06, "Facebook": 0.30, "LinkedIn": 0.25, "TikTok": 0.02, "YouTube": 0.10}

HOURS = [7, 9, 12, 15, 17, 19, 20, 21]
HOUR_EFFECT = {7: 0.92, 9: 0.95, 12: 1.02, 15: 0.93, 17: 1.0, 19: 1.08, 20: 1.10, 21: 1.04}
WEEKDAY_EFFECT = [0.95, 0.97, 1.0, 1.03, 0.98, 1.05, 1.06]       # Monday .. Sunday
BEST_SLOT = (3, 20)          # Thursday, 20:00-20:59
BEST_SLOT_FACTOR = 1.75


def hashtag_effect(n: np.ndarray) -> np.ndarray:
    """Peak at 4 (3-5 nearly as good); every hashtag above 5 costs 10%."""
    up = np.array([1.0, 1.05, 1.10, 1.15, 1.18, 1.15])
    n = np.asarray(n)
    return np.where(n <= 5, up[np.minimum(n, 5)], 1.15 * 0.90 ** (n - 5))


PILLARS = ["product", "fietsplezier", "duurzaamheid", "service", "achter de schermen"]
PILLAR_P = [0.26, 0.24, 0.14, 0.22, 0.14]
INTENTION_BY_PILLAR = {   # informeren, inspireren, activeren
    "product": [0.35, 0.15, 0.50], "fietsplezier": [0.10, 0.75, 0.15],
    "duurzaamheid": [0.50, 0.40, 0.10], "service": [0.80, 0.05, 0.15],
    "achter de schermen": [0.30, 0.65, 0.05],
}
HHH_BY_PILLAR = {         # hero, hub, help
    "product": [0.22, 0.58, 0.20], "fietsplezier": [0.10, 0.85, 0.05],
    "duurzaamheid": [0.15, 0.65, 0.20], "service": [0.02, 0.10, 0.88],
    "achter de schermen": [0.05, 0.90, 0.05],
}
INTENTIONS = ["informeren", "inspireren", "activeren"]
HHH = ["hero", "hub", "help"]
CTA_P = {"informeren": 0.40, "inspireren": 0.30, "activeren": 0.88}
HASHTAG_P = np.array([6, 8, 10, 11, 11, 10, 9, 8, 7, 6, 5, 5, 4], dtype=float)


def posts(fd: pd.DataFrame) -> pd.DataFrame:
    r = rng("posts")
    parts = []
    all_days = days()
    for platform in BRAND_PLATFORMS:
        n = N_POSTS[platform]
        fmts = list(FORMATS[platform])
        shares = np.array([FORMATS[platform][f][0] for f in fmts])
        fmt = [fmts[i] for i in r.choice(len(fmts), size=n, p=shares)]
        day_idx = np.sort(r.integers(0, len(all_days), size=n))
        hour = np.array(HOURS)[r.integers(0, len(HOURS), size=n)]
        minute = r.choice([0, 0, 0, 5, 15, 30, 30, 45, 50], size=n) + r.integers(0, 5, size=n)
        parts.append(pd.DataFrame({"platform": platform, "day": all_days[day_idx], "hour": hour,
                                   "minute": minute, "format": fmt}))
    df = pd.concat(parts, ignore_index=True)
    df["published_at"] = local_times(df["day"], df["hour"], df["minute"])
    df = df.sort_values(["published_at", "platform"], kind="stable").reset_index(drop=True)
    n = len(df)

    # content attributes
    df["pillar"] = [PILLARS[i] for i in r.choice(len(PILLARS), size=n, p=PILLAR_P)]
    df["intention"] = [INTENTIONS[weighted_index(r, INTENTION_BY_PILLAR[p])] for p in df["pillar"]]
    df["hhh"] = [HHH[weighted_index(r, HHH_BY_PILLAR[p])] for p in df["pillar"]]
    df["has_cta"] = r.random(n) < df["intention"].map(CTA_P).to_numpy()
    df["n_hashtags"] = r.choice(len(HASHTAG_P), size=n, p=HASHTAG_P / HASHTAG_P.sum())
    boost_p = np.where(df["hhh"] == "hero", 0.45, 0.09) * np.where(
        df["platform"].isin(["Instagram", "Facebook"]), 1.3, 0.8)
    df["boosted"] = r.random(n) < boost_p
    spend = np.round(np.exp(r.normal(np.log(140), 0.55, size=n)) / 5) * 5
    df["spend_eur"] = np.where(df["boosted"], spend, 0.0).astype(float)

    # followers of the account on the publication date
    fd_key = fd.assign(day=fd["date"].dt.strftime("%Y-%m-%d")).set_index(["platform", "day"])["followers"]
    keys = list(zip(df["platform"], df["published_at"].dt.strftime("%Y-%m-%d")))
    df["followers"] = fd_key.loc[keys].to_numpy()

    # reach and impressions
    p = df["platform"]
    f_reach = np.array([FORMATS[pl][fm][2] for pl, fm in zip(p, df["format"])])
    f_er = np.array([FORMATS[pl][fm][1] for pl, fm in zip(p, df["format"])])
    f_saves = np.array([FORMATS[pl][fm][3] for pl, fm in zip(p, df["format"])])
    hero = np.where(df["hhh"] == "hero", 1.4, 1.0)
    boost = 1 + df["spend_eur"].to_numpy() / 60
    organic = df["followers"].to_numpy() * p.map(REACH_PER_FOLLOWER).to_numpy()
    reach = organic * f_reach * hero * boost * np.exp(r.normal(0, 0.35, size=n))
    df["reach"] = np.maximum(np.round(reach), 30).astype(int)
    freq = 1.12 + r.gamma(2.0, 0.12, size=n) + 0.15 * df["boosted"].to_numpy()
    df["impressions"] = np.ceil(df["reach"] * freq).astype(int)

    # engagement: platform base x format x slot x hashtags x noise; paid reach engages less
    wd = df["published_at"].dt.day_of_week.to_numpy()
    hr = df["published_at"].dt.hour.to_numpy()
    slot = np.array([WEEKDAY_EFFECT[w] * HOUR_EFFECT[h] for w, h in zip(wd, hr)])
    slot = np.where((wd == BEST_SLOT[0]) & (hr == BEST_SLOT[1]), BEST_SLOT_FACTOR, slot)
    paid_share = 1 - 1 / boost
    er = (p.map(BASE_ER).to_numpy() * f_er * slot * hashtag_effect(df["n_hashtags"].to_numpy())
          * (1 - 0.35 * paid_share) * np.exp(r.normal(0, 0.22, size=n)))
    crisis = df["published_at"].dt.strftime("%Y-%m-%d").isin(["2025-06-17", "2025-06-18"]).to_numpy()
    inter = df["reach"].to_numpy() * er
    df["likes"] = r.poisson(inter * 0.70)
    df["comments"] = r.poisson(inter * 0.07 * np.where(crisis, 5.0, 1.0))
    df["shares"] = r.poisson(inter * 0.08)
    df["saves"] = r.poisson(inter * 0.10 * f_saves)

    # clicks and leads: driven by CTA, links and intention, not by likes
    ctr = (p.map(BASE_CTR).to_numpy() * np.where(df["format"] == "link", 3.0, 1.0)
           * np.where(df["has_cta"], 1.8, 1.0) * np.where(df["intention"] == "activeren", 1.5, 1.0)
           * np.exp(r.normal(0, 0.3, size=n))
           / np.sqrt(reach / organic))        # broader (paid, viral) reach clicks less
    df["clicks"] = r.binomial(df["reach"].to_numpy(), np.minimum(ctr, 0.2))
    conv = (0.035 * np.where(df["intention"] == "activeren", 1.6, 1.0)
            * np.where(df["has_cta"], 1.3, 1.0) * np.where(p == "LinkedIn", 1.4, 1.0))
    df["leads"] = r.binomial(df["clicks"].to_numpy(), np.minimum(conv, 0.5))

    is_video = df["format"].isin(VIDEO_FORMATS).to_numpy()
    views = r.binomial(df["impressions"].to_numpy(), np.clip(r.normal(0.72, 0.1, size=n), 0.3, 0.98))
    df["video_views"] = pd.array(np.where(is_video, views, 0), dtype="Int64")
    df.loc[~is_video, "video_views"] = pd.NA

    # captions
    u_form = r.random(n) < p.map(U_FORM_SHARE).to_numpy()
    df["caption"] = [captions.caption(r, pi, it, bool(c), bool(u), int(h)) for pi, it, c, u, h in
                     zip(df["pillar"], df["intention"], df["has_cta"], u_form, df["n_hashtags"])]
    df["caption_length"] = df["caption"].str.len().astype(int)
    df["post_id"] = [f"P{i + 1:04d}" for i in range(n)]

    cols = ["post_id", "platform", "published_at", "format", "pillar", "intention", "hhh",
            "caption", "caption_length", "n_hashtags", "has_cta", "boosted", "spend_eur",
            "followers", "impressions", "reach", "likes", "comments", "shares", "saves",
            "clicks", "video_views", "leads"]
    out = df[cols].copy()
    out["spend_eur"] = out["spend_eur"].round(2)
    return out
