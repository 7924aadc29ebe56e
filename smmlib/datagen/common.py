"""Shared helpers: seeded random generators, the calendar, deterministic CSV output."""
from __future__ import annotations

import zlib
from bisect import bisect_right
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20250101                  # the course seed of the data in datasets/
TZ = "Europe/Amsterdam"
YEAR = 2025

BRAND = "Trapkracht"
COMPETITORS = ["Snelwiel", "Velox"]
BRAND_PLATFORMS = ["Instagram", "Facebook", "LinkedIn", "TikTok", "YouTube"]

# Fixed, documented dates.
CRISIS_DAY = "2025-06-17"        # Trapkracht battery-fire video goes viral
SOV_SHIFT_MONTH = 10             # from October Snelwiel has more mentions than Trapkracht


# The seeds in use while data is built; `seeded` sets them for one build.
_in_use = {"course": SEED, "variant": None}


@contextmanager
def seeded(course: int = SEED, variant: int | None = None):
    """Build with this course seed and student variant (None: the course's base data)."""
    before = dict(_in_use)
    _in_use.update(course=int(course), variant=None if variant is None else int(variant))
    try:
        yield
    finally:
        _in_use.update(before)


def rng(name: str) -> np.random.Generator:
    """An independent generator per data set, so changing one data set leaves the others intact."""
    key = [_in_use["course"], zlib.crc32(name.encode("utf-8"))]
    if _in_use["variant"] is not None:
        key.append(_in_use["variant"])
    return np.random.default_rng(key)


def days() -> pd.DatetimeIndex:
    """All days of 2025 at local midnight."""
    return pd.date_range(f"{YEAR}-01-01", f"{YEAR}-12-31", freq="D", tz=TZ)


def local_times(dates, hours, minutes, seconds=0) -> pd.Series:
    """Build tz-aware local timestamps from day, hour, minute (and second) arrays.

    Works on naive wall-clock time and then localizes; the DST gap hour is shifted forward
    and the ambiguous autumn hour takes the first occurrence, so every value exists.
    """
    d = pd.to_datetime(pd.Series(dates)).dt.tz_localize(None).dt.normalize()
    naive = (d + pd.to_timedelta(np.asarray(hours), unit="h")
             + pd.to_timedelta(np.asarray(minutes), unit="m")
             + pd.to_timedelta(np.asarray(seconds), unit="s"))
    return naive.dt.tz_localize(TZ, nonexistent="shift_forward", ambiguous=True)


def iso(series: pd.Series) -> pd.Series:
    """ISO 8601 with UTC offset, e.g. 2025-06-17T20:15:00+02:00; missing stays empty."""
    return series.map(lambda t: "" if pd.isna(t) else t.isoformat())


@lru_cache(maxsize=None)
def _cdf(p: tuple) -> list:
    cdf = np.cumsum(p)
    return (cdf / cdf[-1]).tolist()


def weighted_index(rng_: np.random.Generator, p) -> int:
    """One index drawn with probabilities p: the same draw as rng.choice(len(p), p=p), 15x faster."""
    return bisect_right(_cdf(tuple(p)), rng_.random())


def write_csv(df: pd.DataFrame, path):
    """Deterministic CSV: datetimes as ISO strings, floats already rounded, LF line ends (to a path or a text buffer)."""
    out = df.copy()
    for col in out.columns:
        if isinstance(out[col].dtype, pd.DatetimeTZDtype):
            out[col] = iso(out[col])
    if isinstance(path, (str, Path)):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    out.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
    return path
