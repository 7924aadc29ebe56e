"""mentions: 2025 social-listening data for Trapkracht, Snelwiel and Velox.

Planted:
- reputation crisis: on 2025-06-17 a video of a smoking Trapkracht battery goes viral; that day
  has by far the most negative Trapkracht mentions of the year, with a tail on 18-20 June;
- share of voice: Trapkracht has more mentions than Snelwiel every month January-September;
  from October (SOV_SHIFT_MONTH) Snelwiel has more mentions than Trapkracht every month.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from . import mention_phrases as mp
from .common import BRAND, COMPETITORS, CRISIS_DAY, SOV_SHIFT_MONTH, days, local_times, rng, weighted_index
from .textnoise import roughen, sprinkle

BRANDS = [BRAND] + COMPETITORS
PROTECTED = {b.lower() for b in BRANDS}                # brand names never get a typo
# expected mentions per day: (before the shift, from the shift month on)
DAILY = {"Trapkracht": (6.5, 5.5), "Snelwiel": (4.5, 8.5), "Velox": (3.2, 3.2)}
SENTIMENT_P = {"Trapkracht": [0.42, 0.34, 0.24], "Snelwiel": [0.40, 0.36, 0.24],
               "Velox": [0.34, 0.36, 0.30]}            # positief, neutraal, negatief
LABELS = ["positief", "neutraal", "negatief"]
CRISIS_NEG = [165, 70, 32, 14]                          # extra negative Trapkracht mentions 17-20 June
CRISIS_OTHER = [25, 12, 5, 2]                           # extra neutral/positive ones
SOURCES = ["Instagram", "Facebook", "X", "TikTok", "YouTube", "LinkedIn", "forum", "nieuws"]
SOURCE_P = [0.24, 0.22, 0.17, 0.12, 0.05, 0.04, 0.10, 0.06]
HOUR_P = np.array([1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2.5, 3.5, 3.5, 3.5, 3.8, 4.5, 4, 3.6, 3.6, 3.8,
                   4.2, 4.5, 5.2, 5.5, 5, 3.5, 2], dtype=float)


def _author(r, source):
    if source == "nieuws":
        return "journalist"
    if source == "LinkedIn":
        return ["consument", "dealer", "bedrijf"][weighted_index(r, (0.4, 0.3, 0.3))]
    return ["consument", "influencer", "dealer"][weighted_index(r, (0.9, 0.06, 0.04))]


def _text(r, brand, label, source, crisis=False):
    other = [b for b in BRANDS if b != brand][int(r.integers(2))]
    if source == "nieuws":
        bank = mp.CRISIS if crisis and label in mp.CRISIS else mp.NEWS
        if crisis and label == "negatief":
            bank = {"negatief": ["{b} onder vuur na video van rokende accu",
                                 "Ophef over brandende accu: {b} reageert laat",
                                 "Consumentenbond wil opheldering van {b} over accu's"]}
        core = bank[label][int(r.integers(len(bank[label])))]
        return core.format(b=brand, o=other)
    banks = mp.CRISIS if crisis else mp.CORE
    core = banks[label][int(r.integers(len(banks[label])))].format(b=brand, o=other)
    parts = []
    opener = mp.OPENERS[label][int(r.integers(len(mp.OPENERS[label])))]
    if opener and not crisis:
        parts.append(opener)
        if not opener.endswith((".", "!", ":")) and not core.startswith(tuple(BRANDS)):
            core = core[0].lower() + core[1:]
    parts.append(core if core.endswith(("?", "!")) else core + ".")
    if r.random() < 0.55 and not (crisis and label != "negatief"):
        extra = mp.EXTRAS[label][int(r.integers(len(mp.EXTRAS[label])))]
        if extra:
            parts.append(extra)
    text = " ".join(parts)
    forum = source == "forum"
    text = roughen(text, r, p_chat=0.1 if forum else 0.3, p_typo=0.15 if forum else 0.3,
                   p_lower=0.1 if forum else 0.35,
                   protect=PROTECTED)
    if not forum:
        em = sprinkle(r, mp.EMOJI[label], k_max=3, p=0.65)
        if em:
            text = f"{text} {em}"
        tags = mp.CRISIS_HASHTAGS if crisis else mp.HASHTAGS[label]
        if r.random() < (0.6 if crisis else 0.3):
            k = int(r.integers(1, 3))
            text += " " + " ".join(tags[int(i)] for i in r.choice(len(tags), size=k, replace=False))
        if r.random() < 0.08:
            text = "@" + brand.lower() + " " + text
    return text


def mentions() -> pd.DataFrame:
    r = rng("mentions")
    rows = []
    all_days = days()
    crisis0 = int(np.flatnonzero(all_days.strftime("%Y-%m-%d") == CRISIS_DAY)[0])
    for di, day in enumerate(all_days.to_pydatetime()):
        for brand in BRANDS:
            lam = DAILY[brand][1 if day.month >= SOV_SHIFT_MONTH else 0]
            lam *= 1.15 if day.weekday() >= 5 else 1.0
            n = int(r.poisson(lam))
            labels = [LABELS[i] for i in r.choice(3, size=n, p=SENTIMENT_P[brand])]
            rows += [(di, brand, lab, False) for lab in labels]
            k = di - crisis0
            if brand == BRAND and 0 <= k < len(CRISIS_NEG):
                rows += [(di, brand, "negatief", True)] * int(r.poisson(CRISIS_NEG[k]))
                rows += [(di, brand, LABELS[i], True)
                         for i in r.choice(2, size=int(r.poisson(CRISIS_OTHER[k])), p=[0.25, 0.75])]
    df = pd.DataFrame(rows, columns=["day", "brand", "sentiment", "crisis"])
    df["day"] = all_days[df["day"].to_numpy()]
    n = len(df)
    df["hour"] = r.choice(24, size=n, p=HOUR_P / HOUR_P.sum())
    df["minute"] = r.integers(0, 60, size=n)
    df["second"] = r.integers(0, 60, size=n)
    df["created_at"] = local_times(df["day"], df["hour"], df["minute"], df["second"])
    df["source"] = [SOURCES[i] for i in r.choice(len(SOURCES), size=n, p=SOURCE_P)]
    df["author_type"] = [_author(r, s) for s in df["source"]]
    df["text"] = [_text(r, b, lab, s, c) for b, lab, s, c in
                  zip(df["brand"], df["sentiment"], df["source"], df["crisis"])]
    base = {"consument": 250, "influencer": 25_000, "dealer": 900, "bedrijf": 1_500, "journalist": 60_000}
    reach = (df["author_type"].map(base).to_numpy() * np.exp(r.normal(0, 0.9, size=n))
             * np.where(df["crisis"], 4.0, 1.0))
    df["est_reach"] = np.maximum(np.round(reach), 5).astype(int)
    df = df.sort_values(["created_at", "brand"], kind="stable").reset_index(drop=True)
    df["mention_id"] = [f"M{i + 1:05d}" for i in range(len(df))]
    return df[["mention_id", "created_at", "source", "brand", "author_type", "text", "sentiment", "est_reach"]]
