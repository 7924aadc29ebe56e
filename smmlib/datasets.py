"""De datasets van de cursus laden, met de juiste datatypen.

Alle datasets gaan over het fictieve e-bikemerk Trapkracht en zijn (ook fictieve)
concurrenten Snelwiel en Velox. Ze staan als CSV in de map ``datasets/``; de
datasheet (``datasets/README.md``) beschrijft elke kolom.

Voorbeeld:
    >>> from smmlib import load_dataset, dataset_names
    >>> "posts" in dataset_names()
    True
    >>> posts = load_dataset("posts")
    >>> posts["published_at"].dt.tz.key
    'Europe/Amsterdam'
"""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from smmlib import variants
from smmlib.datagen.common import SEED as DEFAULT_SEED

SEED_FILE = "course_seed.txt"   # the cohort's seed, shipped with the CSVs (smm release writes it)

TZ = "Europe/Amsterdam"

# Ordered categories (the book's models): the order is part of the meaning.
AANKOOPFASEN = ["inspiratie", "onderzoeken", "evalueren", "selecteren"]
GEBRUIKSFASEN = ["ontvangen", "gebruiken", "onderhouden", "vervangen"]
TIERS = ["nano", "micro", "mid", "macro", "mega"]
LEEFTIJDSGROEPEN = ["16-24", "25-34", "35-44", "45-54", "55-64", "65+"]
SENTIMENT = ["negatief", "neutraal", "positief"]
PERMISSIES = ["gegeven", "gevraagd", "geweigerd", "niet gevraagd"]

# One readable schema per data set: column -> type.
#   "datetime"       -> datetime64 in Europe/Amsterdam
#   "bool"           -> bool
#   "Int64"          -> nullable integer (missing values allowed)
#   "int", "float"   -> plain numbers;  "str" -> text;  "category" -> unordered categorical
#   a list           -> ordered categorical in that order
_SURVEY_PLATFORMS = ["facebook", "instagram", "tiktok", "youtube", "linkedin", "x",
                     "pinterest", "snapchat", "whatsapp"]
_SURVEY_ACTIVITIES = ["act_contact", "act_vrije_tijd", "act_nieuws", "act_inspiratie",
                      "act_producten_vinden"]
_HONEYCOMB = ["identiteit", "gesprekken", "delen", "aanwezigheid", "relaties", "reputatie", "groepen"]

SCHEMAS: dict[str, dict[str, object]] = {
    "survey": {
        "respondent_id": "str", "age_group": LEEFTIJDSGROEPEN, "gender": "category",
        **{f"uses_{p}": "bool" for p in _SURVEY_PLATFORMS},
        "n_platforms": "int", "daily_minutes": "int", "motivation": "category",
        **{a: "bool" for a in _SURVEY_ACTIVITIES},
        "social_search": "bool",
    },
    "platforms": {
        "platform": "str", "type": "category", **{b: "int" for b in _HONEYCOMB},
        "rationale": "str",
    },
    "posts": {
        "post_id": "str", "platform": "category", "published_at": "datetime", "format": "category",
        "pillar": "category", "intention": "category", "hhh": "category", "caption": "str",
        "caption_length": "int", "n_hashtags": "int", "has_cta": "bool", "boosted": "bool",
        "spend_eur": "float", "followers": "int", "impressions": "int", "reach": "int",
        "likes": "int", "comments": "int", "shares": "int", "saves": "int", "clicks": "int",
        "video_views": "Int64", "leads": "int",
    },
    "followers_daily": {
        "date": "datetime", "platform": "category", "followers": "int", "new": "int", "lost": "int",
    },
    "mentions": {
        "mention_id": "str", "created_at": "datetime", "source": "category", "brand": "category",
        "author_type": "category", "text": "str", "sentiment": SENTIMENT, "est_reach": "int",
    },
    "campaigns": {
        "date": "datetime", "campaign": "category", "platform": "category", "objective": "category",
        "phase": AANKOOPFASEN, "audience": "str", "impressions": "int", "reach": "int",
        "clicks": "int", "spend_eur": "float", "leads": "int", "purchases": "int",
        "revenue_eur": "float",
    },
    "web_sessions": {
        "date": "datetime", "source": "category", "sessions": "int", "product_views": "int",
        "test_ride_bookings": "int", "purchases": "int", "revenue_eur": "float",
    },
    "webcare": {
        "conversation_id": "str", "channel": "category", "received_at": "datetime",
        "first_response_at": "datetime", "resolved_at": "datetime", "topic": "category",
        "phase": GEBRUIKSFASEN, "message": "str", "needs_escalation": "bool",
        "csat": "Int64", "nps": "Int64",
    },
    "influencers": {
        "handle": "str", "platform": "category", "niche": "category", "followers": "int",
        "avg_likes": "int", "avg_comments": "int", "avg_views": "Int64",
        "posts_per_week": "float", "audience_nl_share": "float",
        "audience_target_age_share": "float", "growth_30d": "float",
        "rate_per_post_eur": "float", "suspicious": "bool",
    },
    "ugc": {
        "entry_id": "str", "platform": "category", "created_at": "datetime",
        "creator_type": "category", "content_type": "category", "likes": "int",
        "permission": PERMISSIES, "on_brief": "bool",
    },
}

_CACHE: dict[str, pd.DataFrame] = {}


def dataset_names() -> list[str]:
    """Geef de namen van alle datasets van de cursus.

    Voorbeeld:
        >>> from smmlib import dataset_names
        >>> dataset_names()[:3]
        ['survey', 'platforms', 'posts']
    """
    return list(SCHEMAS)


def _data_dir() -> Path:
    """Where the CSVs are: $SMM_DATASETS, else smmlib/data (wheel), else the repo's datasets/."""
    env = os.environ.get("SMM_DATASETS")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for candidate in (here / "data", here.parent / "datasets"):
        if (candidate / "posts.csv").exists():
            return candidate
    return here.parent / "datasets"


def course_seed() -> int:
    """The seed of this cohort's data: the number in course_seed.txt next to the CSVs (default: the generator's)."""
    path = _data_dir() / SEED_FILE
    try:
        return int(path.read_text(encoding="utf-8").split()[0])
    except (OSError, ValueError, IndexError):
        return DEFAULT_SEED


def _check_name(name: str) -> str:
    if not isinstance(name, str) or name not in SCHEMAS:
        choices = ", ".join(repr(n) for n in SCHEMAS)
        raise ValueError(f"Onbekende dataset {name!r}. Kies uit: {choices}.")
    return name


def _read(name: str, path) -> pd.DataFrame:
    schema = SCHEMAS[name]
    plain = {c: ("string" if t == "str" else t) for c, t in schema.items()
             if t in ("str", "int", "float", "Int64")}
    df = pd.read_csv(path, dtype=plain, keep_default_na=True, na_values=[""])
    for col, kind in schema.items():
        if col not in df.columns:
            continue
        if kind == "datetime":
            df[col] = pd.to_datetime(df[col], utc=True, format="ISO8601").dt.tz_convert(TZ)
        elif kind == "bool":
            df[col] = df[col].astype(str).str.lower().map({"true": True, "false": False}).astype(bool)
        elif kind == "category":
            df[col] = df[col].astype("category")
        elif isinstance(kind, list):
            df[col] = pd.Categorical(df[col], categories=kind, ordered=True)
        elif kind == "str":
            df[col] = df[col].astype("str")
    return df


_PLAIN_TYPES = {"int": "int64", "float": "float64", "Int64": "Int64"}


def _typed(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """A generated data set with the types `_read` gives its CSV (a variant skips the CSV)."""
    df = frame.reset_index(drop=True).copy()
    for col, kind in SCHEMAS[name].items():
        if isinstance(kind, list):
            df[col] = pd.Categorical(df[col], categories=kind, ordered=True)
        elif kind == "datetime":
            df[col] = pd.to_datetime(df[col], utc=True).dt.tz_convert(TZ)
        elif kind == "str":
            df[col] = df[col].astype("string").astype("str")
        elif kind in _PLAIN_TYPES:
            df[col] = df[col].astype(_PLAIN_TYPES[kind])
        elif kind == "bool":
            df[col] = df[col].astype(bool)
        elif kind == "category":
            df[col] = df[col].astype("str").astype("category")
    return df


def load_dataset(name: str) -> pd.DataFrame:
    """Laad een dataset van de cursus als DataFrame met de juiste datatypen.

    Tijden zijn tijdzone-bewust (Europe/Amsterdam), fasen en tiers zijn geordende
    categorieën (dus ``"inspiratie" < "selecteren"``), ja/nee-kolommen zijn booleans
    en kolommen met ontbrekende gehele getallen zijn ``Int64``. Je krijgt elke keer
    een nieuwe kopie, dus je kunt de tabel gerust aanpassen.

    Parameters:
        name: de naam van de dataset, bijvoorbeeld ``"posts"``; zie ``dataset_names()``.

    Geeft een ``ValueError`` met de geldige namen als de naam niet bestaat.

    Voorbeeld:
        >>> from smmlib import load_dataset
        >>> posts = load_dataset("posts")
        >>> posts[["platform", "format", "reach"]].head(2)  # doctest: +SKIP
        >>> load_dataset("post")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        ValueError: Onbekende dataset 'post'. Kies uit: 'survey', ...
    """
    _check_name(name)
    number = variants.grading_number() or variants.active_number()
    if number is not None:
        key = f"variant {number} {name}"
        if key not in _CACHE:
            _CACHE.update({f"variant {number} {n}": frame
                           for n, frame in variants.variant_group(name, number, _typed, course_seed()).items()})
        return _CACHE[key].copy()
    path = _data_dir() / f"{name}.csv"
    key = str(path)
    if key not in _CACHE:
        if not path.exists():
            raise FileNotFoundError(
                f"Het bestand {path} ontbreekt. Maak de datasets opnieuw met "
                f"'python datasets/generate.py' of zet SMM_DATASETS op de juiste map.")
        _CACHE[key] = _read(name, path)
    return _CACHE[key].copy()
