"""influencers (candidates for a Trapkracht campaign) and ugc (#MijnTrapkracht entries).

Planted:
- suspicious influencers (bought followers) combine a spiky 30-day follower growth
  (growth_30d >= 0.30) with an engagement rate below half of their tier's median; a few honest
  accounts have only one of the two signs (a viral spurt or a quiet audience);
- ugc: a clear share of entries has no usable permission ("niet gevraagd", "gevraagd",
  "geweigerd"); only "gegeven" and on_brief entries may be reused.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .common import local_times, rng, days, weighted_index

TIER_BOUNDS = {"nano": (1_500, 10_000), "micro": (10_000, 50_000), "mid": (50_000, 500_000),
               "macro": (500_000, 1_000_000), "mega": (1_000_000, 3_500_000)}
TIER_COUNTS = {"nano": 30, "micro": 42, "mid": 32, "macro": 10, "mega": 6}
TIER_ER = {"nano": 0.060, "micro": 0.040, "mid": 0.026, "macro": 0.018, "mega": 0.012}
NICHES = ["fietsen", "duurzaamheid", "lifestyle", "sport", "gezin", "reizen", "tech", "50-plus"]
TARGET_AGE = {"fietsen": 0.55, "duurzaamheid": 0.45, "lifestyle": 0.35, "sport": 0.40, "gezin": 0.50,
              "reizen": 0.50, "tech": 0.30, "50-plus": 0.80}
PREFIX = ["fiets", "trap", "groen", "buiten", "stad", "polder", "wind", "route", "duin", "dijk",
          "sport", "mama", "papa", "opa", "oma", "reis", "kilometer", "zadel", "pedaal", "fris"]
SUFFIX = ["fien", "mees", "jasper", "lot", "kim", "ties", "metnoor", "_daan", "vlogt", "enco",
          "liefde", "avontuur", "_nl", "_eva", "bram", "_sem", "tijd", "leven", "jules", "_iris"]
N_SUSPICIOUS = 12


def influencers() -> pd.DataFrame:
    r = rng("influencers")
    rows = []
    used = set()
    for tier, k in TIER_COUNTS.items():
        lo, hi = TIER_BOUNDS[tier]
        fol = np.exp(r.uniform(np.log(lo), np.log(hi), size=k)).astype(int)
        for f in fol:
            while True:
                h = "@" + PREFIX[int(r.integers(len(PREFIX)))] + SUFFIX[int(r.integers(len(SUFFIX)))]
                if h not in used:
                    used.add(h)
                    break
            rows.append({"handle": h, "tier": tier, "followers": int(f)})
    df = pd.DataFrame(rows)
    n = len(df)
    df["platform"] = [["Instagram", "TikTok", "YouTube"][i] for i in r.choice(3, size=n, p=[0.55, 0.30, 0.15])]
    df["niche"] = [NICHES[i] for i in r.choice(len(NICHES), size=n)]
    idx = r.permutation(n)
    suspicious = np.zeros(n, bool)
    suspicious[idx[:N_SUSPICIOUS]] = True
    viral = np.zeros(n, bool)
    viral[idx[N_SUSPICIOUS:N_SUSPICIOUS + 4]] = True          # honest, fast growth, normal engagement
    quiet = np.zeros(n, bool)
    quiet[idx[N_SUSPICIOUS + 4:N_SUSPICIOUS + 9]] = True      # honest, low engagement, normal growth
    er = df["tier"].map(TIER_ER).to_numpy() * np.exp(r.normal(0, 0.2, size=n))
    er = np.where(suspicious, er * r.uniform(0.12, 0.3, size=n), er)
    er = np.where(quiet, er * r.uniform(0.3, 0.42, size=n), er)
    likes = df["followers"] * er * 0.94
    df["avg_likes"] = np.round(likes).astype(int)
    df["avg_comments"] = np.maximum(np.round(likes * r.uniform(0.03, 0.08, size=n)), 0).astype(int)
    view_rate = df["platform"].map({"Instagram": 0.25, "TikTok": 0.45, "YouTube": 0.18}).to_numpy()
    views = np.round(df["followers"] * view_rate * np.where(suspicious, 0.2, 1.0) * np.exp(r.normal(0, 0.3, size=n)))
    has_views = (df["platform"] != "Instagram").to_numpy() | (r.random(n) < 0.4)
    df["avg_views"] = pd.array(np.where(has_views, views, 0).astype(int), dtype="Int64")
    df.loc[~has_views, "avg_views"] = pd.NA
    ppw = np.where(df["platform"] == "YouTube", r.uniform(0.5, 2, size=n), r.uniform(1, 7, size=n))
    df["posts_per_week"] = np.round(ppw, 1)
    nl = np.clip(r.beta(8, 2, size=n), 0.35, 0.98)
    df["audience_nl_share"] = np.round(np.where(suspicious, r.uniform(0.15, 0.45, size=n), nl), 2)
    age = np.clip(df["niche"].map(TARGET_AGE).to_numpy() + r.normal(0, 0.08, size=n), 0.05, 0.95)
    df["audience_target_age_share"] = np.round(age, 2)
    growth = np.clip(r.normal(0.02, 0.02, size=n), -0.03, 0.10)
    growth = np.where(suspicious, r.uniform(0.30, 0.90, size=n), growth)
    growth = np.where(viral, r.uniform(0.30, 0.45, size=n), growth)
    df["growth_30d"] = np.round(growth, 3)
    rate = 15 * (df["followers"] / 1000) ** 0.85 * np.exp(r.normal(0, 0.25, size=n)) + 40
    df["rate_per_post_eur"] = np.round(rate / 5) * 5.0
    df["suspicious"] = suspicious
    df = df.sort_values("handle").reset_index(drop=True)
    return df[["handle", "platform", "niche", "followers", "avg_likes", "avg_comments", "avg_views",
               "posts_per_week", "audience_nl_share", "audience_target_age_share", "growth_30d",
               "rate_per_post_eur", "suspicious"]]


UGC_PLATFORMS = ["Instagram", "TikTok", "Facebook", "YouTube"]
CREATORS = ["klant", "fan", "influencer", "dealer", "medewerker"]
CONTENT = ["foto", "video", "carrousel", "review"]
PERMISSION = ["gegeven", "gevraagd", "geweigerd", "niet gevraagd"]
PERMISSION_P = {"klant": [0.38, 0.25, 0.07, 0.30], "fan": [0.30, 0.25, 0.08, 0.37],
                "influencer": [0.80, 0.12, 0.03, 0.05], "dealer": [0.75, 0.10, 0.0, 0.15],
                "medewerker": [0.70, 0.05, 0.0, 0.25]}
UGC_START = "2025-04-01"     # launch of the #MijnTrapkracht campaign


def ugc(n: int = 800) -> pd.DataFrame:
    r = rng("ugc")
    d = days()
    d = d[d >= pd.Timestamp(UGC_START, tz="Europe/Amsterdam")]
    t = np.arange(len(d))
    w = (np.exp(-t / 60) * 2 + 1) * (1 + 0.4 * np.sin(2 * np.pi * (t - 20) / 365 * 1.5))
    day = d[np.sort(r.choice(len(d), size=n, p=w / w.sum()))]
    hour_p = np.array([1, .5, .2, .2, .2, .3, .8, 2, 3, 3, 3, 3.5, 4, 3.5, 3, 3, 3.5, 4, 5, 6, 6.5, 5.5, 4, 2])
    created = local_times(day, r.choice(24, size=n, p=hour_p / hour_p.sum()), r.integers(0, 60, size=n),
                          r.integers(0, 60, size=n))
    df = pd.DataFrame({"created_at": created})
    df["platform"] = [UGC_PLATFORMS[i] for i in r.choice(4, size=n, p=[0.55, 0.25, 0.12, 0.08])]
    df["creator_type"] = [CREATORS[i] for i in r.choice(5, size=n, p=[0.60, 0.20, 0.08, 0.07, 0.05])]
    ct = []
    for p in df["platform"]:
        if p in ("TikTok", "YouTube"):
            ct.append("video" if r.random() < 0.9 else "review")
        else:
            ct.append(CONTENT[weighted_index(r, (0.5, 0.2, 0.2, 0.1))])
    df["content_type"] = ct
    base = df["creator_type"].map({"klant": 40, "fan": 60, "influencer": 1500, "dealer": 80, "medewerker": 50})
    df["likes"] = np.round(base.to_numpy() * np.exp(r.normal(0, 0.9, size=n))).astype(int)
    df["permission"] = [PERMISSION[weighted_index(r, PERMISSION_P[c])] for c in df["creator_type"]]
    df["on_brief"] = r.random(n) < np.where(df["creator_type"].isin(["influencer", "dealer"]), 0.9, 0.68)
    df = df.sort_values("created_at", kind="stable").reset_index(drop=True)
    df["entry_id"] = [f"U{i + 1:04d}" for i in range(n)]
    return df[["entry_id", "platform", "created_at", "creator_type", "content_type", "likes",
               "permission", "on_brief"]]
