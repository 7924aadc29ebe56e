"""webcare: ~3,000 customer-service conversations with Trapkracht in 2025.

Planted:
- X breaks the 60-minute norm: its median first response is far above 60 minutes; every
  other channel stays well below it;
- busy hours: messages peak around 12:00 and in the evening (19:00-21:00, top at 20:00);
- needs_escalation is set from the phrase bank the message came from (safety, injury, legal
  threats, defect battery, public anger), so the label agrees with the text;
- around the crisis day (2025-06-17) extra battery messages arrive.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from . import webcare_phrases as wp
from .common import CRISIS_DAY, days, local_times, rng
from .textnoise import roughen, sprinkle

CHANNELS = ["WhatsApp", "Instagram DM", "Facebook Messenger", "Facebook-reactie", "X"]
CHANNEL_P = [0.35, 0.22, 0.18, 0.10, 0.15]
MEDIAN_MIN = {"WhatsApp": 14, "Instagram DM": 26, "Facebook Messenger": 35,
              "Facebook-reactie": 42, "X": 150}
UNANSWERED_P = {"WhatsApp": 0.01, "Instagram DM": 0.02, "Facebook Messenger": 0.02,
                "Facebook-reactie": 0.03, "X": 0.06}
HOUR_P = np.array([0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.6, 1.5, 2.5, 3.0, 3.2, 3.8, 5.6, 4.6, 3.2, 3.0,
                   3.2, 3.8, 4.6, 6.0, 6.6, 6.0, 3.4, 1.2])
ESCALATION_P = 0.09
N = 3000


def _message(r, topic, escalate):
    bank = wp.ESCALATIE[topic] if escalate else wp.GEWOON[topic]
    core = bank[int(r.integers(len(bank)))]
    parts = []
    greet = wp.GREETINGS[int(r.integers(len(wp.GREETINGS)))]
    if greet:
        if not greet.endswith(","):
            greet += [",", "!", ","][int(r.integers(3))]
        parts.append(greet)
        if greet.endswith(","):
            core = core[0].lower() + core[1:]
    parts.append(core if core.endswith(("?", "!")) else core + ("." if r.random() < 0.6 else ""))
    extras = wp.EXTRAS_ESCALATIE if escalate else wp.EXTRAS_GEWOON
    for _ in range(int(r.integers(1, 3))):
        e = extras[int(r.integers(len(extras)))]
        if e and e not in parts:
            parts.append(e.format(name=wp.NAMES[int(r.integers(len(wp.NAMES)))],
                                  num=int(r.integers(100000, 999999)), tel=int(r.integers(10000000, 99999999))))
    text = roughen(" ".join(parts), r, p_chat=0.3, p_typo=0.3, p_lower=0.3, protect={"trapkracht"})
    em = sprinkle(r, wp.EMOJI_ESCALATIE if escalate else wp.EMOJI_GEWOON, k_max=2, p=0.35)
    return f"{text} {em}" if em else text


def webcare() -> pd.DataFrame:
    r = rng("webcare")
    all_days = days()
    season = 1 + 0.3 * np.sin(2 * np.pi * (np.arange(len(all_days)) - 80) / 365)
    monday = np.where(all_days.day_of_week == 0, 1.3, np.where(all_days.day_of_week >= 5, 0.8, 1.0))
    w = season * monday
    day_idx = np.sort(r.choice(len(all_days), size=N, p=w / w.sum()))
    topics = list(wp.TOPICS)
    topic = [topics[i] for i in r.choice(len(topics), size=N, p=wp.TOPIC_P)]
    escalate = np.array([t in wp.ESCALATIE and r.random() < ESCALATION_P * 1.6 for t in topic])
    # extra battery worries right after the crisis video
    c0 = int(np.flatnonzero(all_days.strftime("%Y-%m-%d") == CRISIS_DAY)[0])
    extra_days = np.repeat(np.arange(c0, c0 + 3), [40, 20, 10])
    day_idx = np.concatenate([day_idx, extra_days])
    topic += ["accu"] * len(extra_days)
    escalate = np.concatenate([escalate, r.random(len(extra_days)) < 0.5])
    n = len(day_idx)

    df = pd.DataFrame({"day": all_days[day_idx], "topic": topic, "needs_escalation": escalate})
    df["channel"] = [CHANNELS[i] for i in r.choice(len(CHANNELS), size=n, p=CHANNEL_P)]
    hour = r.choice(24, size=n, p=HOUR_P / HOUR_P.sum())
    df["received_at"] = local_times(df["day"], hour, r.integers(0, 60, size=n), r.integers(0, 60, size=n))

    # first response: channel median, faster for escalations, night messages wait for 08:00
    med = df["channel"].map(MEDIAN_MIN).to_numpy() * np.where(escalate, 0.6, 1.0)
    minutes = med * np.exp(r.normal(0, 0.75, size=n))
    night_wait = np.where(hour >= 23, (24 - hour + 8) * 60, np.where(hour < 7, (8 - hour) * 60, 0))
    minutes = np.maximum(minutes, night_wait + minutes * 0.3)
    first = df["received_at"] + pd.to_timedelta(np.round(minutes * 60), unit="s")
    resolve_h = (np.where(escalate, 30, 5) * np.where(df["topic"].isin(["reparatie", "garantie"]), 3, 1)
                 * np.exp(r.normal(0, 0.8, size=n)))
    resolved = first + pd.to_timedelta(np.round(resolve_h * 3600), unit="s")
    unanswered = r.random(n) < df["channel"].map(UNANSWERED_P).to_numpy()
    still_open = (r.random(n) < 0.02) | (resolved > pd.Timestamp("2025-12-31 23:59:59", tz="Europe/Amsterdam"))
    df["first_response_at"] = first.where(~unanswered)
    df["resolved_at"] = resolved.where(~unanswered & ~still_open)
    df["phase"] = df["topic"].map(wp.TOPICS)
    df["message"] = [_message(r, t, bool(e)) for t, e in zip(df["topic"], df["needs_escalation"])]

    # satisfaction: only part of the customers answer the survey
    score = (4.4 - 0.6 * np.log1p(minutes / 60) - 0.9 * escalate - 1.5 * unanswered
             - 0.15 * np.log1p(np.where(np.isnan(resolve_h), 48, resolve_h) / 24) + r.normal(0, 0.7, size=n))
    csat = np.clip(np.round(score), 1, 5).astype(int)
    nps = np.clip(np.round(score * 2.2 - 1.0 + r.normal(0, 1.2, size=n)), 0, 10).astype(int)
    df["csat"] = pd.array(csat, dtype="Int64")
    df.loc[r.random(n) >= 0.42, "csat"] = pd.NA
    df["nps"] = pd.array(nps, dtype="Int64")
    df.loc[r.random(n) >= 0.30, "nps"] = pd.NA

    df = df.sort_values("received_at", kind="stable").reset_index(drop=True)
    df["conversation_id"] = [f"W{i + 1:05d}" for i in range(len(df))]
    return df[["conversation_id", "channel", "received_at", "first_response_at", "resolved_at", "topic",
               "phase", "message", "needs_escalation", "csat", "nps"]]
