"""campaigns (paid social per day) and web_sessions (social traffic funnel per day).

Planted:
- exactly one campaign has ROAS < 1 over the year: "TikTok Zomerdeal" (conversions objective,
  aimed at 18-24 year olds who do not buy e-bikes of 2,500 euro); all others have ROAS >= 1.5;
- web_sessions: the step product_views -> test_ride_bookings leaks (about 3.5%) while
  sessions -> product_views (about 52%) and test_ride_bookings -> purchases (about 38%) do not,
  on every source platform.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .common import days, rng

BIKE_PRICES = np.array([2199, 2499, 2799, 2999, 3299, 3799, 4299], dtype=float)
ACCESSORY_PRICES = np.array([29.95, 49.95, 79.95, 99.0, 149.0, 249.0])

# name, platform, objective, phase, audience, start, end, spend/day, CPM, CTR, lead rate, target ROAS, accessories?
CAMPAIGNS = [
    ("Voorjaarsbereik", "Instagram", "bereik", "inspiratie", "25-54 jaar, interesse fietsen en buiten",
     "2025-03-01", "2025-04-15", 120, 6.5, 0.006, 0.02, 1.8, False),
    ("Video Fietsplezier", "YouTube", "videoweergaven", "inspiratie", "35-65 jaar, outdoor en reizen",
     "2025-04-01", "2025-05-31", 90, 9.0, 0.004, 0.02, 1.7, False),
    ("Gids E-bike Kiezen", "Instagram", "verkeer", "onderzoeken", "30-60 jaar, oriënteert op e-bike",
     "2025-02-01", "2025-03-31", 75, 8.0, 0.012, 0.04, 1.9, False),
    ("Duurzaam Woon-werk", "Facebook", "verkeer", "onderzoeken", "25-55 jaar, forenzen binnen 20 km",
     "2025-05-01", "2025-06-30", 70, 7.0, 0.014, 0.04, 1.6, False),
    ("Forenzen Leasefiets", "LinkedIn", "leads", "evalueren", "werknemers 25-55 jaar, HR en leasebeheer",
     "2025-09-01", "2025-10-31", 110, 28.0, 0.008, 0.10, 2.4, False),
    ("Proefrit Aanvragen", "Facebook", "leads", "evalueren", "45-70 jaar, binnen 25 km van een dealer",
     "2025-04-01", "2025-06-30", 80, 7.5, 0.013, 0.09, 3.2, False),
    ("TikTok Zomerdeal", "TikTok", "conversies", "selecteren", "18-24 jaar, heel Nederland",
     "2025-06-01", "2025-08-31", 140, 4.0, 0.009, 0.01, 0.55, False),
    ("Webshop Retargeting", "Instagram", "conversies", "selecteren", "websitebezoekers afgelopen 30 dagen",
     "2025-01-06", "2025-12-21", 55, 12.0, 0.018, 0.05, 6.5, False),
    ("Accessoires Catalogus", "Facebook", "catalogusverkoop", "selecteren", "bestaande klanten",
     "2025-09-01", "2025-12-20", 45, 9.0, 0.016, 0.0, 3.0, True),
    ("Najaarsbereik", "TikTok", "bereik", "inspiratie", "25-44 jaar, jonge gezinnen",
     "2025-09-15", "2025-10-31", 80, 4.5, 0.005, 0.01, 1.6, False),
    ("Black Friday", "Instagram", "conversies", "selecteren", "25-65 jaar, interesse e-bikes",
     "2025-11-17", "2025-12-01", 250, 10.0, 0.015, 0.02, 4.5, False),
    ("Kerst Cadeaubon", "Facebook", "conversies", "selecteren", "35-65 jaar, cadeau-kopers",
     "2025-12-01", "2025-12-24", 90, 8.0, 0.012, 0.01, 2.2, False),
]
ROAS_BELOW_ONE = "TikTok Zomerdeal"


def campaigns() -> pd.DataFrame:
    r = rng("campaigns")
    frames = []
    for (name, platform, objective, phase, audience, start, end, per_day, cpm, ctr, lead_rate,
         roas, accessories) in CAMPAIGNS:
        dates = pd.date_range(start, end, freq="D", tz="Europe/Amsterdam")
        n = len(dates)
        spend = np.round(per_day * np.exp(r.normal(0, 0.15, size=n)), 2)
        impressions = np.round(spend / cpm * 1000 * np.exp(r.normal(0, 0.1, size=n))).astype(int)
        reach = np.minimum(np.round(impressions / (1.2 + r.gamma(2, 0.15, size=n))), impressions).astype(int)
        clicks = r.binomial(impressions, ctr)
        leads = r.binomial(clicks, lead_rate)
        prices = ACCESSORY_PRICES if accessories else BIKE_PRICES
        total = max(1, int(round(spend.sum() * roas / prices.mean())))
        purchases = r.multinomial(total, (clicks + 1) / (clicks + 1).sum())
        revenue = np.array([prices[r.integers(len(prices), size=k)].sum() if k else 0.0 for k in purchases])
        frames.append(pd.DataFrame({
            "date": dates, "campaign": name, "platform": platform, "objective": objective, "phase": phase,
            "audience": audience, "impressions": impressions, "reach": reach, "clicks": clicks,
            "spend_eur": spend, "leads": leads, "purchases": purchases, "revenue_eur": np.round(revenue, 2)}))
    return pd.concat(frames, ignore_index=True).sort_values(["date", "campaign"], kind="stable").reset_index(drop=True)


SOURCES = {"Instagram": 140, "Facebook": 110, "TikTok": 70, "YouTube": 35, "LinkedIn": 30}
STEP_VIEW, STEP_BOOK, STEP_BUY = 0.52, 0.035, 0.38


def web_sessions() -> pd.DataFrame:
    r = rng("web_sessions")
    d = days()
    season = 1 + 0.3 * np.sin(2 * np.pi * (np.arange(len(d)) - 80) / 365)
    frames = []
    for source, base in SOURCES.items():
        sessions = r.poisson(base * season * np.where(d.day_of_week >= 5, 1.2, 1.0))
        views = r.binomial(sessions, STEP_VIEW * r.uniform(0.95, 1.05))
        bookings = r.binomial(views, STEP_BOOK * r.uniform(0.9, 1.1))
        purchases = r.binomial(bookings, STEP_BUY * r.uniform(0.9, 1.1))
        revenue = np.array([BIKE_PRICES[r.integers(len(BIKE_PRICES), size=k)].sum() if k else 0.0
                            for k in purchases])
        frames.append(pd.DataFrame({"date": d, "source": source, "sessions": sessions, "product_views": views,
                                    "test_ride_bookings": bookings, "purchases": purchases,
                                    "revenue_eur": np.round(revenue, 2)}))
    return pd.concat(frames, ignore_index=True).sort_values(["date", "source"], kind="stable").reset_index(drop=True)
