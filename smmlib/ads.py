"""Advertenties en de koopcyclus: campagnedoelen, fasen, kengetallen per campagne en de trechter.

Hoofdstuk 7 koppelt betaalde social aan de vier fasen van de koopcyclus
(inspiratie → onderzoeken → evalueren → selecteren; Rietberg & Ruigrok, 2025).
Elk campagnedoel (objective) hoort bij één fase, en in elke fase stuur je op
andere kengetallen: bovenin de trechter op wat zichtbaarheid kost (CPM),
onderin op wat een aankoop kost en oplevert (CPA, ROAS).

Functies in deze module:

* ``phase_for_objective``: bij welke fase hoort een campagnedoel?
* ``key_metrics``: op welke kengetallen stuur je in een fase?
* ``campaign_metrics``: CPM, CPC, CTR, CPL, CPA en ROAS per campagne (of per fase, platform …)
* ``funnel_table``: een trechter met doorstroom per stap (waar hij lekt, beslis je zelf)
* ``campaign_funnel``: de trechter van één campagne
* ``budget_decision``: stoppen, handhaven of opschalen op basis van de ROAS

Voorbeeld:
    >>> from smmlib import ads
    >>> ads.phase_for_objective("verkeer")
    'onderzoeken'
    >>> ads.key_metrics("inspiratie")
    ['cpm', 'bereik', 'videoweergaven']
"""
import unicodedata

import pandas as pd

from smmlib import metrics

__all__ = [
    "PHASES", "PHASE_SYNONYMS", "OBJECTIVE_PHASE", "PHASE_METRICS", "WEB_FUNNEL", "CAMPAIGN_FUNNEL", "STEP_LABELS",
    "phase_for_objective", "key_metrics", "campaign_metrics", "funnel_table",
    "campaign_funnel", "budget_decision",
]

PHASES = ("inspiratie", "onderzoeken", "evalueren", "selecteren")
# The phases as nouns or in other words students use for them.
PHASE_SYNONYMS = {
    "inspireren": "inspiratie", "onderzoek": "onderzoeken", "informatie zoeken": "onderzoeken",
    "evaluatie": "evalueren", "vergelijken": "evalueren", "afwegen": "evalueren",
    "selectie": "selecteren", "kiezen": "selecteren", "kopen": "selecteren", "aankoop": "selecteren",
}

# The campaign objectives of the course data and the purchase-cycle phase each serves.
OBJECTIVE_PHASE = {
    "bereik": "inspiratie",
    "videoweergaven": "inspiratie",
    "verkeer": "onderzoeken",
    "leads": "evalueren",
    "conversies": "selecteren",
    "catalogusverkoop": "selecteren",
}
# Names students meet in the ad managers (Meta, TikTok, LinkedIn), in English or Dutch.
_OBJECTIVE_SYNONYMS = {
    "naamsbekendheid": "bereik", "merkbekendheid": "bereik", "awareness": "bereik", "reach": "bereik",
    "brand awareness": "bereik", "video views": "videoweergaven", "videoweergave": "videoweergaven",
    "traffic": "verkeer", "websiteverkeer": "verkeer", "verkeer naar website": "verkeer",
    "leadgeneratie": "leads", "lead generation": "leads", "lead": "leads",
    "conversions": "conversies", "conversie": "conversies", "verkoop": "conversies", "sales": "conversies",
    "websiteconversies": "conversies", "catalog sales": "catalogusverkoop",
    "catalogus verkoop": "catalogusverkoop", "productcatalogus": "catalogusverkoop",
}

# What you steer on in each phase (lower CPM/CPC/CPL/CPA is better, higher CTR/ROAS is better).
PHASE_METRICS = {
    "inspiratie": ["cpm", "bereik", "videoweergaven"],
    "onderzoeken": ["ctr", "cpc", "klikken"],
    "evalueren": ["cpl", "leads", "conversieratio"],
    "selecteren": ["cpa", "roas", "aankopen"],
}

WEB_FUNNEL = ("sessions", "product_views", "test_ride_bookings", "purchases")
CAMPAIGN_FUNNEL = ("impressions", "clicks", "leads", "purchases")
STEP_LABELS = {
    "sessions": "sessies", "product_views": "productweergaven",
    "test_ride_bookings": "proefritboekingen", "purchases": "aankopen",
    "impressions": "impressies", "reach": "bereik", "clicks": "klikken", "leads": "leads",
}

_SUMS = ["impressions", "reach", "clicks", "spend_eur", "leads", "purchases", "revenue_eur"]
_DESCRIPTIVE = ["platform", "objective", "phase", "audience"]


def _key(text):
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace("_", " ").replace("-", " ").lower().split())


def phase_for_objective(objective):
    """Bij welke fase van de koopcyclus hoort een campagnedoel?

    Bereik en videoweergaven maken mensen attent op een wens (inspiratie);
    verkeer brengt zoekers naar je informatie (onderzoeken); leads vragen om
    een proefrit of brochure om opties te vergelijken (evalueren); conversies
    en catalogusverkoop sluiten de aankoop af (selecteren). Engelse namen uit
    de advertentiemanagers (awareness, traffic, sales …) mogen ook.

    Voorbeeld:
        >>> phase_for_objective("Leads")
        'evalueren'
        >>> phase_for_objective("traffic")
        'onderzoeken'
    """
    key = _key(objective)
    key = key if key in OBJECTIVE_PHASE else _OBJECTIVE_SYNONYMS.get(key, key)
    if key not in OBJECTIVE_PHASE:
        valid = ", ".join(repr(o) for o in OBJECTIVE_PHASE)
        raise ValueError(f"Onbekend campagnedoel {objective!r}. Kies uit: {valid}.")
    return OBJECTIVE_PHASE[key]


def key_metrics(phase):
    """De kengetallen waarop je stuurt in een fase van de koopcyclus.

    Voorbeeld:
        >>> key_metrics("selecteren")
        ['cpa', 'roas', 'aankopen']
    """
    key = _key(phase)
    if key not in PHASE_METRICS:
        raise ValueError(f"Onbekende fase {phase!r}. Kies uit: {', '.join(repr(p) for p in PHASES)}.")
    return list(PHASE_METRICS[key])


def campaign_metrics(campaigns, by="campaign"):
    """Tel de resultaten per campagne op en bereken CPM, CPC, CTR, CPL, CPA en ROAS.

    Eerst optellen, dan delen: het gemiddelde van dagelijkse verhoudingen geeft
    dagen met weinig vertoningen net zoveel gewicht als drukke dagen, en dat is
    fout. ``by`` mag ook een andere kolom zijn (bijvoorbeeld ``"phase"`` of
    ``"platform"``) of een lijst kolommen. Bij ``by="campaign"`` komen platform,
    doel, fase en doelgroep mee in de tabel.

    Kolommen van het resultaat: de groepeerkolom(men), de opgetelde aantallen en
    ``cpm`` (euro per 1000 impressies), ``cpc`` (euro per klik), ``ctr`` (fractie),
    ``cpl`` (euro per lead), ``cpa`` (euro per aankoop) en ``roas`` (omzet per euro).

    Voorbeeld:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"campaign": ["A", "A", "B"], "impressions": [1000, 3000, 2000],
        ...                    "reach": [800, 2000, 1500], "clicks": [10, 30, 10],
        ...                    "spend_eur": [10.0, 30.0, 20.0], "leads": [1, 1, 0],
        ...                    "purchases": [0, 1, 0], "revenue_eur": [0.0, 120.0, 0.0]})
        >>> campaign_metrics(df)[["campaign", "cpm", "ctr", "roas"]].round(2).values.tolist()
        [['A', 10.0, 0.01, 3.0], ['B', 10.0, 0.0, 0.0]]
    """
    keys = [by] if isinstance(by, str) else list(by)
    metrics.require_columns(campaigns, keys + _SUMS)
    grouped = campaigns.groupby(keys, observed=True, sort=True)
    table = grouped[_SUMS].sum()
    if keys == ["campaign"]:
        extra = [c for c in _DESCRIPTIVE if c in campaigns.columns]
        if extra:
            table = grouped[extra].first().join(table)
    table = table.reset_index()
    table["cpm"] = metrics.cpm(table["spend_eur"], table["impressions"])
    table["cpc"] = metrics.cpc(table["spend_eur"], table["clicks"])
    table["ctr"] = metrics.ctr(table["clicks"], table["impressions"])
    table["cpl"] = metrics.cpl(table["spend_eur"], table["leads"])
    table["cpa"] = metrics.cpa(table["spend_eur"], table["purchases"])
    table["roas"] = metrics.roas(table["revenue_eur"], table["spend_eur"])
    if "campaign" in table.columns:  # plain text, so a campaign name can be looked up and typed
        table["campaign"] = table["campaign"].astype(str)
    return table


def funnel_table(data, steps=WEB_FUNNEL, labels=None):
    """Een trechter: hoeveel blijven er over per stap, en welk deel stroomt door naar de volgende stap?

    ``data`` is een tabel (de kolommen ``steps`` worden opgeteld) of een dict/Series
    met één aantal per stap. Resultaat: één rij per stap met ``stap`` (Nederlandse
    naam), ``aantal``, ``doorstroom`` (fractie van de vorige stap; leeg bij de eerste)
    en ``aandeel_van_start`` (fractie van de eerste stap).

    Voorbeeld:
        >>> t = funnel_table({"sessions": 1000, "product_views": 500,
        ...                   "test_ride_bookings": 20, "purchases": 8})
        >>> t["doorstroom"].round(2).tolist()
        [nan, 0.5, 0.04, 0.4]
        >>> t["stap"].tolist()
        ['sessies', 'productweergaven', 'proefritboekingen', 'aankopen']
    """
    steps = list(steps)
    labels = {**STEP_LABELS, **(labels or {})}
    if isinstance(data, pd.DataFrame):
        metrics.require_columns(data, steps)
        counts = [float(data[s].sum()) for s in steps]
    else:
        missing = [s for s in steps if s not in data]
        if missing:
            raise KeyError(f"De stap(pen) {missing} ontbreken. Geef een aantal voor: {steps}.")
        counts = [float(data[s]) for s in steps]
    table = pd.DataFrame({"stap": [labels.get(s, s) for s in steps], "aantal": counts})
    previous = table["aantal"].shift(1)
    table["doorstroom"] = metrics.safe_divide(table["aantal"], previous)
    table["aandeel_van_start"] = metrics.safe_divide(table["aantal"], pd.Series(counts[0], index=table.index))
    return table


def campaign_funnel(campaigns, campaign):
    """De trechter van één campagne: impressies → klikken → (leads →) aankopen.

    De stap leads valt weg als de campagne geen leads verzamelt (bijvoorbeeld
    catalogusverkoop: daar koop je direct).

    Voorbeeld:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"campaign": ["A", "A"], "impressions": [1000, 1000],
        ...                    "clicks": [20, 20], "leads": [0, 0], "purchases": [1, 0]})
        >>> campaign_funnel(df, "A")["stap"].tolist()
        ['impressies', 'klikken', 'aankopen']
    """
    metrics.require_columns(campaigns, ["campaign", *CAMPAIGN_FUNNEL])
    rows = campaigns[campaigns["campaign"].astype(str) == str(campaign)]
    if rows.empty:
        valid = ", ".join(repr(c) for c in sorted(campaigns["campaign"].astype(str).unique()))
        raise ValueError(f"Onbekende campagne {campaign!r}. Kies uit: {valid}.")
    steps = [s for s in CAMPAIGN_FUNNEL if s != "leads" or rows["leads"].sum() > 0]
    return funnel_table(rows, steps)


def budget_decision(roas, stop_below, scale_from):
    """Advies per campagne op basis van de ROAS: "stoppen", "handhaven" of "opschalen".

    De grenzen kies jij; er zijn geen standaardwaarden. Onder ``stop_below`` verdient de
    campagne haar advertentiegeld niet terug (bij een brutomarge m is dat de break-even-ROAS
    1 / m, want omzet is geen winst); vanaf ``scale_from`` schaal je op; daartussen handhaven.
    Een ontbrekende ROAS geeft "onbekend". Werkt op één getal of een Series.

    Voorbeeld:
        >>> break_even = 1 / 0.30
        >>> budget_decision(2.0, break_even, 5), budget_decision(4.5, break_even, 5)
        ('stoppen', 'handhaven')
    """
    if not stop_below < scale_from:
        raise ValueError("De stopgrens moet lager zijn dan de grens voor opschalen "
                         f"(nu {stop_below} en {scale_from}).")

    def decide(value):
        if value is None or pd.isna(value):
            return "onbekend"
        if value < stop_below:
            return "stoppen"
        return "opschalen" if value >= scale_from else "handhaven"

    if isinstance(roas, pd.Series):
        return roas.map(decide)
    return decide(roas)
