"""Social listening: tellen per dag en maand, pieken (crisissignalen) vinden en tone of voice meten.

Hoofdstuk 6 gebruikt deze functies bij de data ``mentions`` (vermeldingen van de merken)
en de captions in ``posts``. Alles is bewust eenvoudig gehouden, zodat je kunt nalezen
hoe een piek of een aanspreekvorm wordt bepaald.

Voorbeeld:
    >>> from smmlib import listening
    >>> listening.address_form("Plan nu uw gratis proefrit.")
    'u'
"""
from __future__ import annotations

import re

# Words that address the reader formally (u-vorm) or informally (je-vorm).
# "jullie" is the informal plural; the formal plural is also "u".
U_WORDS = frozenset({"u", "uw", "uzelf"})
JE_WORDS = frozenset({"je", "jij", "jou", "jouw", "jezelf", "jullie"})
ADDRESS_FORMS = ("je", "u", "gemengd", "geen")

_WORD = re.compile(r"\w+", re.UNICODE)


def _is_series(x) -> bool:
    return hasattr(x, "map") and hasattr(x, "index")


def _address_form_one(text) -> str:
    if text is None or (isinstance(text, float) and text != text):
        return "geen"
    words = set(_WORD.findall(str(text).lower()))
    has_u = bool(words & U_WORDS)
    has_je = bool(words & JE_WORDS)
    if has_u and has_je:
        return "gemengd"
    if has_u:
        return "u"
    if has_je:
        return "je"
    return "geen"


def address_form(text):
    """Bepaal de aanspreekvorm van een tekst: ``"je"``, ``"u"``, ``"gemengd"`` of ``"geen"``.

    De regel (één vaste keuze in deze cursus):

    * ``"u"``: de tekst bevat u, uw of uzelf (als los woord) en geen je-woord;
    * ``"je"``: de tekst bevat je, jij, jou, jouw, jezelf of jullie en geen u-woord;
    * ``"gemengd"``: de tekst bevat allebei: dat is binnen één tekst inconsistent;
    * ``"geen"``: de tekst spreekt de lezer niet direct aan.

    Hoofdletters tellen niet. Geef één tekst of een Series met teksten (dan krijg je
    een Series terug).

    Voorbeeld:
        >>> address_form("Waar fiets jij het liefst?")
        'je'
        >>> address_form("Heeft u nog vragen? Dank je wel!")
        'gemengd'
        >>> import pandas as pd
        >>> address_form(pd.Series(["Plan uw proefrit", "Zondag, wind mee."])).tolist()
        ['u', 'geen']
    """
    if _is_series(text):
        return text.map(_address_form_one).astype("str")
    if isinstance(text, (list, tuple)):
        raise TypeError("Geef één tekst of een pandas Series met teksten, bijvoorbeeld posts['caption'].")
    return _address_form_one(text)


def _to_local_datetimes(values):
    import pandas as pd

    try:
        stamps = pd.to_datetime(pd.Series(values))
    except (ValueError, TypeError) as err:
        raise ValueError(
            "Ik kan deze waarden niet als datum en tijd lezen. Geef een kolom met tijdstippen, "
            "bijvoorbeeld mentions['created_at']."
        ) from err
    return stamps


def month(timestamps):
    """Zet tijdstippen om naar de maand als tekst, zoals ``"2025-03"``.

    Werkt ook met tijdstippen met een tijdzone (dan blijft de lokale tijd staan, zonder
    waarschuwing, anders dan ``.dt.to_period("M")``).

    Voorbeeld:
        >>> import pandas as pd
        >>> month(pd.Series(pd.to_datetime(["2025-03-31 23:30", "2025-04-01 00:10"]))).tolist()
        ['2025-03', '2025-04']
    """
    stamps = _to_local_datetimes(timestamps)
    out = stamps.dt.strftime("%Y-%m")
    out.index = getattr(timestamps, "index", out.index)
    return out.rename("maand")


def day(timestamps):
    """Zet tijdstippen om naar de dag als tekst, zoals ``"2025-06-17"``.

    Voorbeeld:
        >>> import pandas as pd
        >>> day(pd.Series(pd.to_datetime(["2025-06-17 08:15"]))).tolist()
        ['2025-06-17']
    """
    stamps = _to_local_datetimes(timestamps)
    out = stamps.dt.strftime("%Y-%m-%d")
    out.index = getattr(timestamps, "index", out.index)
    return out.rename("datum")


def daily_counts(timestamps, start=None, end=None):
    """Tel het aantal vermeldingen per dag, ook de dagen met 0 vermeldingen.

    ``timestamps`` is een kolom met tijdstippen (bijv. ``mentions["created_at"]`` na
    een filter). ``start`` en ``end`` (tekst ``"2025-01-01"``) bepalen de periode; zonder
    die twee loopt de periode van de eerste tot de laatste dag in de data. Dagen zonder
    vermeldingen krijgen 0: die horen mee te tellen bij een gemiddelde of mediaan.

    Geeft een Series met de datum als tekst (``"2025-06-17"``) in de index en de
    naam ``"aantal"``.

    Voorbeeld:
        >>> import pandas as pd
        >>> t = pd.Series(pd.to_datetime(["2025-01-01 10:00", "2025-01-03 12:00", "2025-01-03 18:00"]))
        >>> daily_counts(t).to_dict()
        {'2025-01-01': 1, '2025-01-02': 0, '2025-01-03': 2}
    """
    import pandas as pd

    days = day(timestamps)
    counts = days.value_counts()
    if start is None and end is None and counts.empty:
        raise ValueError("Er zijn geen tijdstippen om te tellen. Controleer je filter: is de selectie leeg?")
    first = pd.Timestamp(start) if start is not None else pd.Timestamp(min(counts.index))
    last = pd.Timestamp(end) if end is not None else pd.Timestamp(max(counts.index))
    if last < first:
        raise ValueError(f"De einddatum {end} ligt vóór de begindatum {start}.")
    every_day = pd.date_range(first, last, freq="D").strftime("%Y-%m-%d")
    result = counts.reindex(every_day, fill_value=0).astype("int64")
    result.index.name = "datum"
    return result.rename("aantal")


def find_spikes(counts, window, factor, min_count):
    """Zoek piekdagen: dagen met veel meer vermeldingen dan normaal (een crisissignaal).

    De drie getallen van de regel kies jij (er zijn geen standaardwaarden).

    De regel: een dag is een **piekdag** als

    1. het aantal minstens ``min_count`` is (een paar extra berichten is nog geen crisis), én
    2. het aantal minstens ``factor`` keer de **basislijn** is. De basislijn is de mediaan
       van de ``window`` dagen ervóór (de dag zelf telt niet mee, anders trekt de piek zijn
       eigen basislijn omhoog). Een basislijn van 0 telt als 1.

    Waarom de mediaan en niet het gemiddelde? Eén uitschieter trekt een gemiddelde omhoog,
    de mediaan blijft staan. Zo blijft ook de dag ná een piek te herkennen.

    ``counts`` is een Series met één waarde per dag (zie ``daily_counts``), in tijdsvolgorde.
    Geeft een DataFrame met per dag: ``aantal``, ``basislijn``, ``verhouding`` (aantal /
    basislijn) en ``piek`` (True/False).

    Voorbeeld:
        >>> import pandas as pd
        >>> dagen = pd.Series([2, 1, 3, 2, 2, 40, 12, 2], name="aantal")
        >>> tabel = find_spikes(dagen, window=4, factor=3, min_count=10)
        >>> tabel["piek"].tolist()
        [False, False, False, False, False, True, True, False]
    """
    import numpy as np
    import pandas as pd

    if not _is_series(counts) or isinstance(counts, pd.DataFrame):
        raise TypeError("Geef een Series met het aantal per dag, bijvoorbeeld uit listening.daily_counts(...).")
    values = pd.to_numeric(counts, errors="coerce")
    if values.isna().any():
        raise ValueError("De aantallen per dag moeten getallen zijn, zonder lege waarden. "
                         "Vul dagen zonder vermeldingen met 0 (daily_counts doet dat voor je).")
    if int(window) < 1 or factor <= 0:
        raise ValueError("window moet minstens 1 dag zijn en factor groter dan 0.")
    values = values.astype("float64")
    baseline = values.shift(1).rolling(int(window), min_periods=1).median()
    baseline = baseline.fillna(0.0).clip(lower=1.0)
    ratio = values / baseline
    spike = (values >= min_count) & (values >= factor * baseline)
    return pd.DataFrame({
        "aantal": values.astype("int64") if np.all(values == values.round()) else values,
        "basislijn": baseline,
        "verhouding": ratio,
        "piek": spike.astype(bool),
    }, index=counts.index)
