"""Time every smmlib.metrics function on a 1,000,000-row synthetic posts frame.

Run:  .venv/bin/python benchmarks/metrics_speed.py [n_rows]

Prints one line per function (seconds, best of 3). It does not assert: the
target is < 1 s per function, checked by eye and reported in reviews.
"""
import sys
import time

import numpy as np
import pandas as pd

from smmlib import metrics


def make_posts(n, seed=42):
    """Synthetic posts: counts with some zeros and missing values, like real exports."""
    rng = np.random.default_rng(seed)
    impressions = rng.integers(0, 200_000, n)
    reach = (impressions * rng.uniform(0.4, 0.9, n)).astype("int64")
    frame = pd.DataFrame({
        "impressions": impressions,
        "reach": reach,
        "followers": rng.integers(0, 50_000, n),
        "likes": rng.poisson(120, n),
        "comments": rng.poisson(8, n),
        "shares": rng.poisson(4, n),
        "saves": rng.poisson(6, n),
        "clicks": rng.poisson(60, n),
        "spend_eur": np.round(rng.exponential(20, n), 2),
        "leads": rng.poisson(2, n),
        "revenue": np.round(rng.exponential(150, n), 2),
    })
    frame["likes"] = frame["likes"].astype("Int64")
    frame.loc[frame.sample(frac=0.01, random_state=1).index, "likes"] = pd.NA
    return frame


def main(n=1_000_000):
    posts = make_posts(n)
    rng = np.random.default_rng(7)
    received = pd.Series(pd.Timestamp("2025-01-01")
                         + pd.to_timedelta(rng.integers(0, 365 * 24 * 60, n), unit="min"))
    responded = received + pd.to_timedelta(rng.exponential(50, n), unit="min")
    responded[rng.random(n) < 0.05] = pd.NaT
    minutes = metrics.first_response_minutes(received, responded)
    labels = pd.Series(rng.choice(["positief", "neutraal", "negatief"], n, p=[.3, .55, .15]))
    brands = pd.DataFrame(rng.integers(0, 500, (n, 3)), columns=["Trapkracht", "Snelwiel", "Velox"])
    nps_scores = pd.Series(rng.integers(0, 11, n)).astype("Int64")
    csat_scores = pd.Series(rng.integers(1, 6, n))

    cases = {
        "safe_divide": lambda: metrics.safe_divide(posts["clicks"], posts["impressions"]),
        "interactions": lambda: metrics.interactions(posts),
        "engagement_rate(reach)": lambda: metrics.engagement_rate(posts, "reach"),
        "engagement_rate(impressions)": lambda: metrics.engagement_rate(posts, "impressions"),
        "engagement_rate(followers)": lambda: metrics.engagement_rate(posts, "followers"),
        "reach_rate": lambda: metrics.reach_rate(posts["reach"], posts["followers"]),
        "ctr": lambda: metrics.ctr(posts["clicks"], posts["impressions"]),
        "cpm": lambda: metrics.cpm(posts["spend_eur"], posts["impressions"]),
        "cpc": lambda: metrics.cpc(posts["spend_eur"], posts["clicks"]),
        "cpl": lambda: metrics.cpl(posts["spend_eur"], posts["leads"]),
        "cpa": lambda: metrics.cpa(posts["spend_eur"], posts["leads"]),
        "roas": lambda: metrics.roas(posts["revenue"], posts["spend_eur"]),
        "conversion_rate": lambda: metrics.conversion_rate(posts["leads"], posts["clicks"]),
        "growth_rate": lambda: metrics.growth_rate(posts["followers"], posts["reach"]),
        "share_of_voice(frame)": lambda: metrics.share_of_voice(brands),
        "share_of_voice(labels)": lambda: metrics.share_of_voice(labels),
        "net_sentiment(labels)": lambda: metrics.net_sentiment(labels),
        "first_response_minutes": lambda: metrics.first_response_minutes(received, responded),
        "resolution_hours": lambda: metrics.resolution_hours(received, responded),
        "sla_share": lambda: metrics.sla_share(minutes, norm=60),
        "nps": lambda: metrics.nps(nps_scores),
        "csat": lambda: metrics.csat(csat_scores),
    }
    print(f"smmlib.metrics on {n:,} rows (best of 3)")
    print(f"{'function':<30} {'seconds':>8}")
    print("-" * 39)
    for name, call in cases.items():
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            call()
            best = min(best, time.perf_counter() - start)
        print(f"{name:<30} {best:8.3f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
