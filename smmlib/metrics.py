"""Rekenregels voor social media: engagement, kosten, webcare en tevredenheid.

Alle functies werken op losse getallen én op hele kolommen (pandas Series)
tegelijk. Geef je een los getal, dan krijg je een gewoon Python-getal
(``float``) terug. Geef je een Series, dan krijg je een Series met
kommagetallen (``float64``) terug met dezelfde index, zodat je het resultaat
direct als nieuwe kolom kunt toevoegen. Lege cellen (NaN, ``pd.NA``) mogen.

De rekenregel voor delen (één regel voor de hele module)
--------------------------------------------------------
**Een noemer die nul, leeg (missend) of negatief is, geeft NaN: nooit een
foutmelding en nooit oneindig (inf).** Alle noemers in deze module zijn
aantallen of bedragen (bereik, impressies, volgers, klikken, uitgaven,
bezoekers); die kunnen niet negatief zijn, dus een negatieve noemer is een
datafout en levert ook NaN op. Zo zie je in een tabel meteen waar je niet
kunt rekenen, zonder dat de rest van je analyse stopt.

Verhoudingen of percentages?
----------------------------
* Ratio's (engagement rate, reach rate, CTR, conversieratio, groei, share of
  voice, net sentiment, SLA-aandeel) zijn **fracties**: 0.05 betekent 5%.
  Vermenigvuldig met 100 als je een percentage wilt laten zien.
* NPS is een score van -100 tot 100 en CSAT een percentage van 0 tot 100,
  omdat die twee scores in de praktijk altijd zo worden gerapporteerd.
* CPM, CPC, CPL en CPA zijn bedragen in dezelfde munt als ``spend``
  (in de cursus euro's); ROAS is opbrengst per uitgegeven euro.

Voorbeeld:
    >>> from smmlib import metrics
    >>> metrics.ctr(30, 1000)
    0.03
    >>> metrics.ctr(5, 0)   # noemer nul: NaN, geen fout
    nan
"""
# For developers: one cohesive module on purpose (long, but flat): every metric the course computes,
# each a short vectorised function under the same division rule, so a student finds them in one place.
import difflib
import warnings

import numpy as np
import pandas as pd

__all__ = [
    "MissingColumnError", "require_columns", "safe_divide", "interactions",
    "engagement_rate", "reach_rate", "ctr", "cpm", "cpc", "cpl", "cpa", "roas",
    "conversion_rate", "growth_rate", "share_of_voice", "net_sentiment",
    "first_response_minutes", "resolution_hours", "sla_share", "nps", "csat",
    "ENGAGEMENT_BASES", "INTERACTION_COLUMNS", "SENTIMENT_LABELS",
]

INTERACTION_COLUMNS = ("likes", "comments", "shares", "saves")
ENGAGEMENT_BASES = ("reach", "impressions", "followers")
_BASE_ALIASES = {"bereik": "reach", "impressies": "impressions", "volgers": "followers"}
SENTIMENT_LABELS = ("positief", "neutraal", "negatief")
_SENTIMENT_ALIASES = {
    "positief": "positief", "positive": "positief", "pos": "positief",
    "neutraal": "neutraal", "neutral": "neutraal", "neu": "neutraal",
    "negatief": "negatief", "negative": "negatief", "neg": "negatief",
}


# ---------------------------------------------------------------- helpers

class MissingColumnError(KeyError):
    """Een kolom die de functie nodig heeft, ontbreekt in de tabel."""

    def __str__(self):  # KeyError would wrap the message in quotes
        return str(self.args[0]) if self.args else ""


def require_columns(df, columns):
    """Controleer dat de tabel ``df`` alle kolommen in ``columns`` heeft.

    Ontbreekt er iets, dan krijg je een ``MissingColumnError`` (een soort
    KeyError) die de ontbrekende kolom(men) noemt en de beschikbare kolommen
    opsomt. Gaat alles goed, dan gebeurt er niets.

    Voorbeeld:
        >>> import pandas as pd
        >>> require_columns(pd.DataFrame({"likes": [1]}), ["likes"])
        >>> try:
        ...     require_columns(pd.DataFrame({"likes": [1]}), ["likes", "reach"])
        ... except KeyError as fout:
        ...     print(fout)
        De kolom 'reach' ontbreekt. Beschikbare kolommen: 'likes'.
    """
    if not isinstance(df, pd.DataFrame):
        raise TypeError(
            f"Verwacht een tabel (pandas DataFrame), maar kreeg {type(df).__name__}. "
            "Geef de hele tabel mee, bijvoorbeeld posts in plaats van posts['likes']."
        )
    if isinstance(columns, str):
        columns = [columns]
    missing = [c for c in columns if c not in df.columns]
    if not missing:
        return
    available = ", ".join(repr(c) for c in df.columns) or "(geen)"
    if len(missing) == 1:
        text = f"De kolom {missing[0]!r} ontbreekt."
    else:
        text = "De kolommen " + ", ".join(repr(c) for c in missing) + " ontbreken."
    hints = []
    names = [str(c) for c in df.columns]
    for col in missing:
        close = difflib.get_close_matches(str(col), names, n=1, cutoff=0.6)
        if close:
            hints.append(f"Bedoel je {close[0]!r} in plaats van {col!r}?")
    message = f"{text} Beschikbare kolommen: {available}."
    if hints:
        message += " " + " ".join(hints)
    raise MissingColumnError(message)


def _to_float(values, what="waarde"):
    """Return (float ndarray or numpy scalar, index or None, is_array)."""
    if isinstance(values, pd.Series):
        series = values
        if not (pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series)):
            try:
                series = pd.to_numeric(series)
            except (ValueError, TypeError):
                raise ValueError(
                    f"De {what} bevat tekst die geen getal is. "
                    "Controleer de kolom, bijvoorbeeld met .unique()."
                ) from None
        return series.to_numpy(dtype="float64", na_value=np.nan), series.index, True
    if values is None or values is pd.NA or values is pd.NaT:
        return np.float64(np.nan), None, False
    if isinstance(values, (pd.Index, pd.api.extensions.ExtensionArray)):
        return _to_float(pd.Series(values), what)[0], None, True
    arr = np.asarray(values)
    if arr.dtype.kind not in "biuf":
        try:
            arr = pd.to_numeric(pd.Series(arr.ravel())).to_numpy(
                dtype="float64", na_value=np.nan).reshape(arr.shape)
        except (ValueError, TypeError):
            raise ValueError(
                f"De {what} moet een getal of een kolom met getallen zijn, "
                f"maar is {values!r}."
            ) from None
    arr = arr.astype("float64")
    if arr.ndim == 0:
        return np.float64(arr), None, False
    return arr, None, True


def _wrap(result, index, is_array, name=None):
    """Scalar -> Python float, Series input -> float64 Series, else ndarray."""
    if index is not None:
        return pd.Series(result, index=index, dtype="float64", name=name)
    if is_array:
        return result
    return float(result)


def _align(a, b):
    if isinstance(a, pd.Series) and isinstance(b, pd.Series) and not a.index.equals(b.index):
        a, b = a.align(b)
    return a, b


def safe_divide(numerator, denominator, *, allow_negative=False):
    """Deel ``numerator`` door ``denominator`` zonder fout of oneindig.

    Dit is de rekenregel van de hele module: een noemer die nul, leeg of
    negatief is, geeft NaN. Zet ``allow_negative=True`` als een negatieve
    noemer wél kan (bijvoorbeeld bij verschillen); nul of leeg geeft dan nog
    steeds NaN.

    Werkt op getallen, numpy-arrays en pandas Series (ook met lege cellen).

    Voorbeeld:
        >>> safe_divide(10, 4)
        2.5
        >>> safe_divide(10, 0)
        nan
        >>> import pandas as pd
        >>> safe_divide(pd.Series([1, 2]), pd.Series([2, 0])).tolist()
        [0.5, nan]
    """
    numerator, denominator = _align(numerator, denominator)
    num, num_index, num_array = _to_float(numerator, "teller")
    den, den_index, den_array = _to_float(denominator, "noemer")
    index = num_index if num_index is not None else den_index
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        result = np.divide(num, den)
        if allow_negative:
            bad = (den == 0) | np.isnan(den)
        else:
            bad = ~(den > 0)
        result = np.where(bad | ~np.isfinite(result), np.nan, result)
    return _wrap(result, index, num_array or den_array)


# ---------------------------------------------------------------- engagement

def _row_sum(df, columns):
    if isinstance(columns, str):
        columns = [columns]
    columns = list(columns)
    require_columns(df, columns)
    if not columns:
        raise ValueError("Geef minstens één kolom met interacties op, bijvoorbeeld ['likes'].")
    parts = [_to_float(df[c], f"kolom {c!r}")[0] for c in columns]
    stacked = np.column_stack(parts)
    missing = np.isnan(stacked)
    total = np.where(missing, 0.0, stacked).sum(axis=1)
    total[missing.all(axis=1)] = np.nan
    return total


def interactions(df, columns=INTERACTION_COLUMNS):
    """Tel per rij de interacties op (standaard likes + comments + shares + saves).

    Een lege cel telt als 0; is de hele rij leeg, dan is de uitkomst NaN.
    Kies zelf andere kolommen met ``columns``.

    Voorbeeld:
        >>> import pandas as pd
        >>> posts = pd.DataFrame({"likes": [10, 5], "comments": [2, 0],
        ...                       "shares": [1, 0], "saves": [3, 1]})
        >>> interactions(posts).tolist()
        [16.0, 6.0]
        >>> interactions(posts, columns=["likes", "comments"]).tolist()
        [12.0, 5.0]
    """
    return pd.Series(_row_sum(df, columns), index=df.index, dtype="float64",
                     name="interactions")


def engagement_rate(df, base, interactions=INTERACTION_COLUMNS):
    """Engagement rate per rij: interacties gedeeld door de gekozen basis.

    ``base`` is verplicht, want er bestaan drie gangbare varianten en die
    geven heel verschillende uitkomsten:

    * ``"reach"``: interacties / bereik (hoeveel van de mensen die het zagen, reageerden)
    * ``"impressions"``: interacties / impressies (per vertoning)
    * ``"followers"``: interacties / volgers (vergelijkbaar tussen accounts)

    (De Nederlandse namen "bereik", "impressies" en "volgers" mogen ook.)
    De uitkomst is een fractie: 0.04 betekent 4%. Een basis van 0 of leeg
    geeft NaN.

    Voorbeeld:
        >>> import pandas as pd
        >>> posts = pd.DataFrame({"likes": [40, 9], "comments": [5, 1],
        ...                       "shares": [3, 0], "saves": [2, 0],
        ...                       "reach": [1000, 0]})
        >>> engagement_rate(posts, base="reach").tolist()
        [0.05, nan]
    """
    key = base.strip().lower() if isinstance(base, str) else None
    key = _BASE_ALIASES.get(key, key)
    if key not in ENGAGEMENT_BASES:
        raise ValueError(
            f"Onbekende basis {base!r} voor engagement rate. Kies uit: "
            "'reach' (bereik), 'impressions' (impressies) of 'followers' (volgers)."
        )
    require_columns(df, [key])
    total = _row_sum(df, interactions)
    result = safe_divide(total, _to_float(df[key], f"kolom {key!r}")[0])
    return pd.Series(result, index=df.index, dtype="float64",
                     name=f"engagement_rate_{key}")


def reach_rate(reach, followers):
    """Reach rate: bereik gedeeld door het aantal volgers (fractie).

    Kan boven 1 komen als een bericht ook niet-volgers bereikt.

    Voorbeeld:
        >>> reach_rate(2500, 10000)
        0.25
    """
    return safe_divide(reach, followers)


# ---------------------------------------------------------------- paid & funnel

def ctr(clicks, impressions):
    """Click-through rate (klikratio): klikken / impressies, als fractie.

    Voorbeeld:
        >>> ctr(30, 1000)
        0.03
    """
    return safe_divide(clicks, impressions)


def cpm(spend, impressions):
    """CPM: kosten per 1000 impressies (cost per mille).

    Voorbeeld:
        >>> cpm(50, 10000)   # 50 euro voor 10.000 vertoningen
        5.0
    """
    result = safe_divide(spend, impressions)
    return result * 1000


def cpc(spend, clicks):
    """CPC: kosten per klik.

    Voorbeeld:
        >>> cpc(50, 200)
        0.25
    """
    return safe_divide(spend, clicks)


def cpl(spend, leads):
    """CPL: kosten per lead (aanvraag, inschrijving, proefrit).

    Voorbeeld:
        >>> cpl(300, 12)
        25.0
    """
    return safe_divide(spend, leads)


def cpa(spend, conversions):
    """CPA: kosten per acquisitie (per conversie, bijvoorbeeld een aankoop).

    Voorbeeld:
        >>> cpa(500, 4)
        125.0
    """
    return safe_divide(spend, conversions)


def roas(revenue, spend):
    """ROAS (return on ad spend): opbrengst per uitgegeven euro.

    Een ROAS van 4.0 betekent 4 euro omzet per euro advertentiebudget.

    Voorbeeld:
        >>> roas(2000, 500)
        4.0
    """
    return safe_divide(revenue, spend)


def conversion_rate(conversions, visitors):
    """Conversieratio: conversies / bezoekers (of sessies, of klikken), als fractie.

    Voorbeeld:
        >>> conversion_rate(15, 600)
        0.025
    """
    return safe_divide(conversions, visitors)


def growth_rate(start, end):
    """Groei van ``start`` naar ``end`` als fractie: (eind - start) / start.

    Een start van 0, leeg of negatief geeft NaN (groei vanaf niets is geen
    percentage). Krimp geeft een negatief getal.

    Voorbeeld:
        >>> growth_rate(1000, 1150)
        0.15
        >>> growth_rate(1000, 900)
        -0.1
    """
    start, end = _align(start, end)
    s, s_index, s_array = _to_float(start, "startwaarde")
    e, e_index, e_array = _to_float(end, "eindwaarde")
    with np.errstate(invalid="ignore"):
        difference = e - s
    result = safe_divide(difference, s)
    index = s_index if s_index is not None else e_index
    return _wrap(result, index, s_array or e_array)


# ---------------------------------------------------------------- brand

def share_of_voice(counts):
    """Share of voice: het aandeel van elk merk in alle vermeldingen (fractie).

    Geef één van deze drie mee:

    * een Series met aantallen per merk (index = merk), bijv. ``value_counts()``;
    * een Series met per vermelding de merknaam (dan wordt eerst geteld);
    * een DataFrame met per rij een periode en per kolom een merk
      (bijv. uit ``pivot_table``): dan krijg je per rij de aandelen.

    Een leeg aantal telt als 0 vermeldingen (zo ontstaan lege cellen meestal
    bij een draaitabel). Is het totaal 0, dan is het aandeel NaN.

    Voorbeeld:
        >>> import pandas as pd
        >>> sov = share_of_voice(pd.Series({"Trapkracht": 60, "Snelwiel": 30, "Velox": 10}))
        >>> sov.round(2).tolist()
        [0.6, 0.3, 0.1]
    """
    if isinstance(counts, dict):
        counts = pd.Series(counts)
    if isinstance(counts, pd.DataFrame):
        values = np.column_stack(
            [_to_float(counts[c], f"kolom {c!r}")[0] for c in counts.columns]
        ) if counts.shape[1] else np.empty((len(counts), 0))
        values = np.where(np.isnan(values), 0.0, values)
        if (values < 0).any():
            raise ValueError("Aantallen vermeldingen kunnen niet negatief zijn. Controleer je tabel.")
        totals = values.sum(axis=1)
        shares = safe_divide(values, totals[:, None])
        return pd.DataFrame(shares, index=counts.index, columns=counts.columns, dtype="float64")
    if not isinstance(counts, pd.Series):
        counts = pd.Series(counts)
    if not (pd.api.types.is_numeric_dtype(counts) or pd.api.types.is_bool_dtype(counts)):
        counts = counts.value_counts(dropna=True)  # labels: count them first
    values = _to_float(counts, "aantallen")[0]
    values = np.where(np.isnan(values), 0.0, values)
    if (values < 0).any():
        raise ValueError("Aantallen vermeldingen kunnen niet negatief zijn. Controleer je tabel.")
    shares = safe_divide(values, values.sum())
    return pd.Series(shares, index=counts.index, dtype="float64", name="share_of_voice")


def _sentiment_counts(labels_or_counts):
    """Return dict label -> count from labels, counts Series or dict."""
    if isinstance(labels_or_counts, dict):
        labels_or_counts = pd.Series(labels_or_counts, dtype="float64")
    if not isinstance(labels_or_counts, pd.Series):
        labels_or_counts = pd.Series(list(labels_or_counts)
                                     if not isinstance(labels_or_counts, str)
                                     else [labels_or_counts])
    series = labels_or_counts
    is_counts = pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
    if is_counts and len(series) and not all(isinstance(k, str) for k in series.index):
        raise ValueError(
            "Geef sentimentlabels ('positief', 'neutraal', 'negatief') of aantallen met "
            "die labels als index, bijvoorbeeld mentions['sentiment'].value_counts()."
        )
    if not is_counts:
        series = series.value_counts(dropna=True)
    totals = {label: 0.0 for label in SENTIMENT_LABELS}
    for label, count in series.items():
        key = _SENTIMENT_ALIASES.get(str(label).strip().lower())
        if key is None:
            raise ValueError(
                f"Onbekend sentimentlabel {label!r}. Gebruik alleen 'positief', "
                "'neutraal' of 'negatief'."
            )
        if not pd.isna(count):
            totals[key] += float(count)
    return totals


def net_sentiment(labels_or_counts):
    """Net sentiment: (positief - negatief) / alle vermeldingen met een label.

    Definitie in deze cursus (één vaste keuze):
    ``(aantal positief - aantal negatief) / (positief + neutraal + negatief)``.
    De uitkomst ligt tussen -1 (alles negatief) en 1 (alles positief).

    Waarom neutraal meetelt in de noemer: de meeste vermeldingen zijn
    neutraal. Laat je ze weg, dan geeft 1 positieve en 0 negatieve vermelding
    tussen 99 neutrale al de maximale score 1. Met neutraal erbij zie je hoe
    zwaar de positieve of negatieve toon weegt in het hele gesprek, en blijft
    de score rustig bij weinig uitgesproken vermeldingen.

    Geef een Series met labels ('positief', 'neutraal', 'negatief'; lege
    cellen worden overgeslagen), aantallen per label (een dict of
    ``value_counts()``), of een DataFrame met kolommen positief, neutraal,
    negatief (dan krijg je per rij een score). Geen vermeldingen: NaN.

    Voorbeeld:
        >>> import pandas as pd
        >>> net_sentiment(pd.Series(["positief", "positief", "neutraal", "negatief"]))
        0.25
        >>> net_sentiment({"positief": 30, "neutraal": 60, "negatief": 10})
        0.2
    """
    if isinstance(labels_or_counts, pd.DataFrame):
        frame = labels_or_counts
        renamed = {c: _SENTIMENT_ALIASES.get(str(c).strip().lower(), c) for c in frame.columns}
        frame = frame.rename(columns=renamed)
        require_columns(frame, list(SENTIMENT_LABELS))
        pos, neu, neg = (np.where(np.isnan(v), 0.0, v) for v in
                         (_to_float(frame[c], f"kolom {c!r}")[0] for c in SENTIMENT_LABELS))
        result = safe_divide(pos - neg, pos + neu + neg)
        return pd.Series(result, index=frame.index, dtype="float64", name="net_sentiment")
    totals = _sentiment_counts(labels_or_counts)
    return safe_divide(totals["positief"] - totals["negatief"], sum(totals.values()))


# ---------------------------------------------------------------- webcare

def _to_datetime(values):
    """ISO text first ('2025-03-01 14:05'); otherwise Dutch day-first ('01-03-2025')."""
    try:
        return pd.to_datetime(values, format="ISO8601")
    except (ValueError, TypeError):
        return pd.to_datetime(values, dayfirst=True)


def _duration(start, end, unit_seconds, what):
    start, end = _align(start, end)
    index = None
    for value in (start, end):
        if isinstance(value, pd.Series):
            index = value.index
            break
    try:
        with warnings.catch_warnings():
            # Text dates: day first, as in Dutch; never let a parse warning reach stderr.
            warnings.simplefilter("ignore")
            s = _to_datetime(start)
            e = _to_datetime(end)
        delta = e - s
    except (ValueError, TypeError):
        raise ValueError(
            f"Kan de tijden voor {what} niet lezen. Gebruik datums met tijd, "
            "bijvoorbeeld '2025-03-01 14:05', en in beide kolommen dezelfde tijdzone."
        ) from None
    if isinstance(delta, (pd.Series, pd.Index)):
        seconds = pd.Series(delta).dt.total_seconds().to_numpy(dtype="float64", na_value=np.nan)
        is_array = True
    elif delta is pd.NaT or delta is None:
        seconds, is_array = np.float64(np.nan), False
    else:
        seconds, is_array = np.float64(delta.total_seconds()), False
    with np.errstate(invalid="ignore"):
        result = np.where(seconds < 0, np.nan, seconds / unit_seconds)
    if not is_array:
        result = np.float64(result)
    return _wrap(result, index, is_array)


def first_response_minutes(received_at, first_response_at):
    """Eerste reactietijd in minuten: van binnenkomst tot eerste antwoord.

    Geen antwoord (leeg) geeft NaN. Een antwoord vóór de binnenkomst is een
    datafout en geeft ook NaN.

    Voorbeeld:
        >>> first_response_minutes("2025-03-01 09:00", "2025-03-01 09:45")
        45.0
    """
    return _duration(received_at, first_response_at, 60.0, "de eerste reactietijd")


def resolution_hours(received_at, resolved_at):
    """Afhandelingstijd in uren: van binnenkomst tot de vraag is opgelost.

    Niet opgelost (leeg) geeft NaN; een negatieve duur ook.

    Voorbeeld:
        >>> resolution_hours("2025-03-01 09:00", "2025-03-02 12:00")
        27.0
    """
    return _duration(received_at, resolved_at, 3600.0, "de afhandelingstijd")


def sla_share(response_minutes, norm):
    """Aandeel gesprekken dat binnen de norm een eerste reactie kreeg (fractie).

    Binnen de norm betekent: reactietijd kleiner dan of gelijk aan ``norm``
    minuten. **Een gesprek zonder reactie (NaN) telt als níet binnen de norm**:
    de klant heeft immers geen antwoord gekregen. Het aandeel is dus
    gerekend over álle gesprekken. Geen gesprekken: NaN.

    Voorbeeld:
        >>> sla_share([10, 45, 90, None], norm=60)
        0.5
    """
    if isinstance(norm, bool) or not isinstance(norm, (int, float, np.integer, np.floating)) \
            or not norm > 0:
        raise ValueError(f"De norm moet een positief aantal minuten zijn, bijvoorbeeld 60 (nu: {norm!r}).")
    values = _to_float(response_minutes, "reactietijden")[0]
    values = np.atleast_1d(values)
    with np.errstate(invalid="ignore"):
        within = (values <= norm).sum()  # NaN compares False: not within the norm
    return safe_divide(float(within), float(values.size))


def _scores(scores, low, high, name):
    values = _to_float(scores, f"{name}-scores")[0]
    values = np.atleast_1d(values)
    values = values[~np.isnan(values)]
    bad = (values < low) | (values > high)
    if bad.any():
        example = values[bad][0]
        raise ValueError(
            f"{name}-scores moeten tussen {low} en {high} liggen, maar er staat "
            f"{example:g} in. Controleer of je de goede kolom gebruikt."
        )
    return values


def nps(scores):
    """Net Promoter Score: % promotors (9-10) min % criticasters (0-6).

    Scores zijn antwoorden op 'Hoe waarschijnlijk is het dat je ons aanraadt?'
    op een schaal van 0 tot en met 10. Passief (7-8) telt mee in het totaal
    maar niet in het verschil. De uitkomst ligt tussen -100 en 100. Lege
    antwoorden worden overgeslagen; een score buiten 0-10 geeft een fout.
    Geen antwoorden: NaN.

    Voorbeeld:
        >>> nps([10, 9, 8, 7, 6, 3, 10, 9, 9, 5])
        20.0
    """
    values = _scores(scores, 0, 10, "NPS")
    if values.size == 0:
        return float("nan")
    promoters = (values >= 9).sum()
    detractors = (values <= 6).sum()
    return float(100.0 * (promoters - detractors) / values.size)


def csat(scores, satisfied_from=4):
    """CSAT: percentage tevreden klanten (0-100) op een schaal van 1 tot en met 5.

    Tevreden betekent een score van ``satisfied_from`` of hoger (standaard 4,
    dus 4 'tevreden' en 5 'zeer tevreden'). Lege antwoorden worden
    overgeslagen; een score buiten 1-5 geeft een fout. Geen antwoorden: NaN.

    Voorbeeld:
        >>> csat([5, 4, 4, 3, 1])
        60.0
    """
    if isinstance(satisfied_from, bool) or not isinstance(satisfied_from, (int, float, np.integer, np.floating)) \
            or not 1 <= satisfied_from <= 5:
        raise ValueError(f"satisfied_from moet tussen 1 en 5 liggen, bijvoorbeeld 4 (nu: {satisfied_from!r}).")
    values = _scores(scores, 1, 5, "CSAT")
    if values.size == 0:
        return float("nan")
    return float(100.0 * (values >= satisfied_from).sum() / values.size)

