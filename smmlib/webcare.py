"""Webcare: reactietijden per kanaal, drukte per uur, escalatieregels en klanttevredenheid.

Hoofdstuk 8 (de gebruikscyclus) gebruikt deze functies bij de data ``webcare``: de
klantgesprekken van Trapkracht op WhatsApp, Instagram, Facebook en X. Alles is bewust
eenvoudig gehouden, zodat je kunt nalezen hoe een getal tot stand komt. De maten zelf
(eerste reactietijd, SLA-aandeel, NPS, CSAT) komen uit ``smmlib.metrics``.

Voorbeeld:
    >>> from smmlib import webcare
    >>> webcare.keyword_flags(["Rook uit mijn accu!", "Wanneer komt de bezorger?"], ["rook"]).tolist()
    [True, False]
"""
from __future__ import annotations

import math

HOURS = tuple(range(24))


def _pd():
    import pandas as pd

    return pd


def _require(df, columns, what="de webcare-data"):
    missing = [c for c in columns if c not in getattr(df, "columns", [])]
    if missing:
        raise ValueError(
            f"In {what} ontbreken de kolommen {missing}. Gebruik de tabel uit "
            "smmlib.load_dataset('webcare') (of een deel daarvan)."
        )


def response_minutes(df):
    """Eerste reactietijd in minuten voor elk gesprek (leeg als er nooit is geantwoord).

    Een korte schrijfwijze voor ``metrics.first_response_minutes(df["received_at"],
    df["first_response_at"])``.

    Voorbeeld:
        >>> import smmlib
        >>> w = smmlib.load_dataset("webcare")
        >>> float(response_minutes(w).median()) > 0
        True
    """
    from smmlib import metrics

    _require(df, ["received_at", "first_response_at"])
    out = metrics.first_response_minutes(df["received_at"], df["first_response_at"])
    return _pd().Series(out, index=df.index, name="reactietijd_min")


def response_table(df, by="channel", *, norm):
    """Tabel met reactietijden per groep (standaard per kanaal).

    Kolommen: ``by``, ``gesprekken`` (alle gesprekken), ``beantwoord``, ``mediaan_min``
    en ``p90_min`` (over de beantwoorde gesprekken: 90% kreeg binnen deze tijd antwoord)
    en ``sla_share``: het deel van **alle** gesprekken met een eerste reactie binnen
    ``norm`` minuten. Een gesprek zonder antwoord telt dus als níet binnen de norm
    (zie ``metrics.sla_share``).

    Voorbeeld:
        >>> import smmlib
        >>> tabel = response_table(smmlib.load_dataset("webcare"), norm=60)
        >>> list(tabel.columns)
        ['channel', 'gesprekken', 'beantwoord', 'mediaan_min', 'p90_min', 'sla_share']
    """
    from smmlib import metrics

    pd = _pd()
    _require(df, [by])
    minutes = response_minutes(df)
    rows = []
    for key, part in minutes.groupby(df[by], observed=True, sort=True):
        answered = part.dropna()
        rows.append({by: key, "gesprekken": int(len(part)), "beantwoord": int(len(answered)),
                     "mediaan_min": float(answered.median()) if len(answered) else math.nan,
                     "p90_min": float(answered.quantile(0.9)) if len(answered) else math.nan,
                     "sla_share": float(metrics.sla_share(part, norm=norm))})
    return pd.DataFrame(rows, columns=[by, "gesprekken", "beantwoord", "mediaan_min", "p90_min", "sla_share"])


def messages_per_hour(timestamps):
    """Aantal berichten per uur van de dag (0 t/m 23), ook de uren zonder berichten.

    Voorbeeld:
        >>> import pandas as pd
        >>> t = pd.Series(pd.to_datetime(["2025-03-01 20:15", "2025-03-02 20:40", "2025-03-02 09:05"]))
        >>> messages_per_hour(t)[[9, 20]].tolist()
        [1, 2]
    """
    pd = _pd()
    try:
        hours = pd.to_datetime(pd.Series(timestamps)).dt.hour
    except (TypeError, ValueError) as err:
        raise ValueError("Geef een kolom met tijdstippen, bijvoorbeeld webcare['received_at'].") from err
    counts = hours.value_counts().reindex(list(HOURS), fill_value=0).astype(int)
    counts.index.name = "uur"
    return counts.rename("berichten")


def _hour_counts(counts):
    pd = _pd()
    counts = pd.Series(counts, dtype=float)
    if not set(counts.index) <= set(HOURS):
        raise ValueError("Geef de aantallen per uur met de uren 0 t/m 23 als index (zie messages_per_hour).")
    return counts.reindex(list(HOURS), fill_value=0)


def busiest_hours(counts, n):
    """De ``n`` uren met de meeste berichten, drukste eerst (bij gelijke stand het vroegste uur eerst).

    Voorbeeld:
        >>> import pandas as pd
        >>> busiest_hours(pd.Series({9: 5, 12: 9, 20: 12}), n=2)
        [20, 12]
    """
    counts = _hour_counts(counts)
    order = sorted(HOURS, key=lambda h: (-counts[h], h))
    return [int(h) for h in order[:n]]


def share_outside(counts, start, end):
    """Deel van de berichten dat búiten de werktijd ``start``–``end`` binnenkomt (fractie).

    Een bericht om 16:59 valt binnen de werktijd 9–17, een bericht om 17:00 erbuiten.

    Voorbeeld:
        >>> import pandas as pd
        >>> share_outside(pd.Series({10: 3, 20: 1}), start=9, end=17)
        0.25
    """
    counts = _hour_counts(counts)
    total = counts.sum()
    if total == 0:
        return math.nan
    inside = counts[[h for h in HOURS if start <= h < end]].sum()
    return float((total - inside) / total)


def best_shift(counts, length=8):
    """Het beginuur van de dienst van ``length`` aaneengesloten uren die de meeste berichten dekt.

    De dienst loopt binnen één dag (hij begint op of na 0:00 en eindigt uiterlijk om 24:00).
    Geeft ``(beginuur, gedekt_deel)``; bij gelijke stand wint het vroegste beginuur.

    Voorbeeld:
        >>> import pandas as pd
        >>> best_shift(pd.Series({8: 1, 19: 4, 20: 5, 21: 3}), length=2)
        (19, 0.6923076923076923)
    """
    if not isinstance(length, int) or not 1 <= length <= 24:
        raise ValueError(f"De lengte van een dienst is een heel aantal uren tussen 1 en 24 (nu: {length!r}).")
    counts = _hour_counts(counts)
    total = counts.sum()
    sums = {start: counts.iloc[start:start + length].sum() for start in range(0, 25 - length)}
    start = min(sums, key=lambda s: (-sums[s], s))
    return int(start), (float(sums[start] / total) if total else math.nan)


def staff_needed(counts, capacity_per_agent):
    """Aantal medewerkers per uur: berichten gedeeld door wat één medewerker per uur afhandelt, naar boven afgerond.

    Uren zonder berichten krijgen 0 medewerkers.

    Voorbeeld:
        >>> import pandas as pd
        >>> staff_needed(pd.Series({9: 3, 20: 13}), capacity_per_agent=6).tolist()
        [1, 3]
    """
    pd = _pd()
    if isinstance(capacity_per_agent, bool) or not isinstance(capacity_per_agent, (int, float)) \
            or not capacity_per_agent > 0:
        raise ValueError("capacity_per_agent is het aantal gesprekken dat één medewerker per uur "
                         f"afhandelt: een positief getal, bijvoorbeeld 6 (nu: {capacity_per_agent!r}).")
    counts = pd.Series(counts, dtype=float)
    return counts.div(capacity_per_agent).apply(math.ceil).astype(int).rename("medewerkers")


def keyword_flags(messages, keywords):
    """Markeer berichten die minstens één trefwoord bevatten (``True`` = escaleren).

    Hoofdletters tellen niet mee en een trefwoord mag ook midden in een woord staan:
    ``"rook"`` vindt dus ook ``"Rook"`` en ``"rookt"``. Lege trefwoorden worden genegeerd.

    Voorbeeld:
        >>> keyword_flags(["Mijn accu ROOKT", "Hoe laat komt de bezorger?"], ["rook", "brand"]).tolist()
        [True, False]
    """
    pd = _pd()
    if isinstance(keywords, str):
        raise TypeError("Geef de trefwoorden als lijst, bijvoorbeeld ['rook', 'brand'], niet als één tekst.")
    words = [str(k).strip().lower() for k in keywords if str(k).strip()]
    texts = pd.Series(messages)
    lowered = texts.fillna("").astype(str).str.lower()
    flags = pd.Series(False, index=texts.index)
    for word in words:
        flags |= lowered.str.contains(word, regex=False)
    return flags.astype(bool).rename("vlag")


def precision_recall(flags, labels):
    """Precisie en recall van een markering (``flags``) vergeleken met de labels.

    * precisie = terecht gemarkeerd / alles wat je markeerde (hoeveel alarmen kloppen?);
    * recall = terecht gemarkeerd / alles wat echt moest escaleren (hoeveel vind je er?).

    Geeft een dict met ``precision``, ``recall``, ``tp`` (terecht gemarkeerd), ``fp`` (vals
    alarm), ``fn`` (gemist) en ``tn``. Niets gemarkeerd: precisie NaN.

    Voorbeeld:
        >>> r = precision_recall([True, True, False, False], [True, False, True, False])
        >>> r["precision"], r["recall"]
        (0.5, 0.5)
    """
    import numpy as np

    f = np.asarray(flags, dtype=bool)
    y = np.asarray(labels, dtype=bool)
    if f.shape != y.shape:
        raise ValueError(f"Markering en labels moeten even lang zijn ({f.size} tegen {y.size}): "
                         "markeer elk gesprek met True of False.")
    tp, fp = int((f & y).sum()), int((f & ~y).sum())
    fn, tn = int((~f & y).sum()), int((~f & ~y).sum())
    precision = tp / (tp + fp) if tp + fp else math.nan
    recall = tp / (tp + fn) if tp + fn else math.nan
    return {"precision": precision, "recall": recall, "tp": tp, "fp": fp, "fn": fn, "tn": tn}


def satisfaction_table(df, by="channel"):
    """NPS (-100 tot 100) en CSAT (% tevreden, 0 tot 100) per groep, met het aantal antwoorden.

    Lege scores (de klant vulde niets in) tellen niet mee.

    Voorbeeld:
        >>> import smmlib
        >>> tabel = satisfaction_table(smmlib.load_dataset("webcare"), by="phase")
        >>> list(tabel.columns)
        ['phase', 'nps', 'csat', 'n_nps', 'n_csat']
    """
    from smmlib import metrics

    pd = _pd()
    _require(df, [by, "nps", "csat"])
    rows = []
    for key, part in df.groupby(by, observed=True, sort=True):
        rows.append({by: key, "nps": metrics.nps(part["nps"]), "csat": metrics.csat(part["csat"]),
                     "n_nps": int(part["nps"].notna().sum()), "n_csat": int(part["csat"].notna().sum())})
    return pd.DataFrame(rows, columns=[by, "nps", "csat", "n_nps", "n_csat"])
