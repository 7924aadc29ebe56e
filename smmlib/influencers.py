"""Influencers en UGC: kengetallen, nepvolgers herkennen, een portfolio kiezen en bruikbare UGC.

Hoort bij hoofdstuk 9 (cocreatie). Alle functies werken op de datasets
``influencers`` en ``ugc`` van de cursus, of op een tabel met dezelfde kolommen.

Rekenregels (dezelfde in les, opdracht en nakijken):

* **interacties** per post = ``avg_likes + avg_comments``;
* **engagement rate** = interacties / ``followers`` (een fractie: 0.03 = 3%).
  Bij influencers ken je het bereik van hun posts niet, daarom is het aantal
  volgers hier de basis;
* **cost per engagement (CPE)** = ``rate_per_post_eur`` / interacties (euro per interactie);
* **interacties in de doelgroep** = interacties × ``audience_nl_share`` × ``audience_target_age_share``:
  een schatting van de interacties van Nederlanders van 35-65 jaar. Een portfolio kies je hierop,
  niet op de ruwe som van likes en reacties.

Voorbeeld:
    >>> from smmlib import load_dataset
    >>> from smmlib import influencers as inf
    >>> tabel = inf.add_metrics(load_dataset("influencers"))
    >>> list(tabel.columns[-5:])
    ['tier', 'interacties', 'engagement_rate', 'cpe', 'doelgroep_interacties']
"""
import math

import numpy as np
import pandas as pd

from smmlib.metrics import require_columns, safe_divide
from smmlib.models import TIER_NAMES, influencer_tier

__all__ = [
    "interactions", "engagement_rate", "cost_per_engagement", "target_interactions", "add_metrics",
    "flag_suspicious", "precision_recall", "check_portfolio", "portfolio_value",
    "eligible", "best_portfolio", "usable_ugc", "RULE_NAMES",
]

_INTERACTION_COLUMNS = ["avg_likes", "avg_comments"]

# rule id -> short Dutch name (used in messages and in the widget)
RULE_NAMES = {
    "budget": "binnen budget",
    "verdacht": "geen verdachte accounts",
    "nl": "genoeg Nederlands publiek",
    "doelgroep": "genoeg publiek van 35-65 jaar",
    "aantal": "niet te veel influencers",
    "tiers": "genoeg verschillende tiers",
}


def _nl(number, decimals=0):
    """1234.5 -> '1.234' (Dutch thousands separator)."""
    text = f"{number:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def interactions(df):
    """Gemiddeld aantal interacties per post: ``avg_likes + avg_comments``.

    Voorbeeld:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"avg_likes": [90, 10], "avg_comments": [10, 0]})
        >>> interactions(df).tolist()
        [100.0, 10.0]
    """
    require_columns(df, _INTERACTION_COLUMNS)
    total = df["avg_likes"].astype("float64") + df["avg_comments"].astype("float64")
    return total.rename("interacties")


def engagement_rate(df):
    """Engagement rate per influencer: (avg_likes + avg_comments) / followers, als fractie.

    Nul of lege volgers geven NaN (de rekenregel van ``smmlib.metrics``).

    Voorbeeld:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"avg_likes": [90], "avg_comments": [10], "followers": [2000]})
        >>> engagement_rate(df).tolist()
        [0.05]
    """
    require_columns(df, ["followers"])
    return safe_divide(interactions(df), df["followers"]).rename("engagement_rate")


def cost_per_engagement(df):
    """Cost per engagement (CPE): rate_per_post_eur / (avg_likes + avg_comments), in euro.

    Hoe lager, hoe meer interactie je voor je geld krijgt.

    Voorbeeld:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"avg_likes": [90], "avg_comments": [10], "rate_per_post_eur": [25.0]})
        >>> cost_per_engagement(df).tolist()
        [0.25]
    """
    require_columns(df, ["rate_per_post_eur"])
    return safe_divide(df["rate_per_post_eur"], interactions(df)).rename("cpe")


def target_interactions(df):
    """Verwachte interacties binnen de doelgroep: interacties × aandeel Nederlands × aandeel 35-65 jaar.

    Een schatting: ze neemt aan dat land en leeftijd van het publiek los van elkaar staan.

    Voorbeeld:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"avg_likes": [90], "avg_comments": [10], "audience_nl_share": [0.8],
        ...                    "audience_target_age_share": [0.5]})
        >>> target_interactions(df).tolist()
        [40.0]
    """
    require_columns(df, ["audience_nl_share", "audience_target_age_share"])
    weighted = interactions(df) * df["audience_nl_share"] * df["audience_target_age_share"]
    return weighted.astype(float).rename("doelgroep_interacties")


def add_metrics(df):
    """Een kopie van de tabel met de kolommen ``tier``, ``interacties``, ``engagement_rate`` en ``cpe``
    (als er een prijs is), en ``doelgroep_interacties`` (als het publiek bekend is).

    Voorbeeld:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"followers": [8000, 60000], "avg_likes": [400, 900],
        ...                    "avg_comments": [20, 60], "rate_per_post_eur": [100.0, 600.0]})
        >>> add_metrics(df)["tier"].tolist()
        ['nano', 'mid']
    """
    out = df.copy()
    out["tier"] = influencer_tier(out["followers"])
    out["interacties"] = interactions(out)
    out["engagement_rate"] = engagement_rate(out)
    if "rate_per_post_eur" in out.columns:
        out["cpe"] = cost_per_engagement(out)
    if {"audience_nl_share", "audience_target_age_share"} <= set(out.columns):
        out["doelgroep_interacties"] = target_interactions(out)
    return out


def flag_suspicious(df, min_growth=0.25, er_factor=0.5):
    """Markeer accounts met mogelijk gekochte volgers.

    Regel: een account is verdacht als het in 30 dagen sterk groeide
    (``growth_30d >= min_growth``) **én** een engagement rate heeft van minder
    dan ``er_factor`` keer de mediaan van zijn eigen tier. Eén signaal alleen is
    te zwak: een virale post geeft ook snelle groei, en sommige echte accounts
    hebben een stil publiek.

    Voorbeeld:
        >>> from smmlib import load_dataset
        >>> int(flag_suspicious(load_dataset("influencers")).sum())
        12
    """
    require_columns(df, ["growth_30d", "followers"])
    er = engagement_rate(df)
    tier = influencer_tier(df["followers"])
    median = er.groupby(tier, observed=True).transform("median")
    return ((df["growth_30d"] >= min_growth) & (er < er_factor * median)).rename("verdacht")


def precision_recall(flags, labels):
    """Precisie, recall en F1 van een markering (True/False) tegen de labels.

    * precisie: welk deel van wat je markeerde, is echt verdacht?
    * recall: welk deel van de echt verdachte accounts vond je?
    * F1: het harmonisch gemiddelde van die twee (0 als een van beide 0 is).

    Voorbeeld:
        >>> precision_recall([True, True, False], [True, False, False])
        {'precisie': 0.5, 'recall': 1.0, 'f1': 0.6667}
    """
    flags = np.asarray(flags, dtype=bool)
    labels = np.asarray(labels, dtype=bool)
    if flags.shape != labels.shape:
        raise ValueError(f"Markering en labels moeten even lang zijn ({flags.size} tegen {labels.size}).")
    tp = int((flags & labels).sum())
    precision = tp / flags.sum() if flags.sum() else 0.0
    recall = tp / labels.sum() if labels.sum() else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precisie": round(float(precision), 4), "recall": round(float(recall), 4),
            "f1": round(float(f1), 4)}


def _lookup(df, handles):
    if isinstance(handles, str):
        raise TypeError("Geef de handles als lijst, bijvoorbeeld ['@frismees', '@duinleven'].")
    handles = list(dict.fromkeys(handles))
    known = set(df["handle"])
    unknown = [h for h in handles if h not in known]
    if unknown:
        raise ValueError(f"Onbekende handle(s): {unknown}. Let op de @ en de spelling; "
                         "kopieer ze uit de kolom 'handle'.")
    return df.set_index("handle").loc[handles].reset_index()


def portfolio_value(df, handles):
    """Verwachte interacties in de doelgroep van een portfolio (één post per influencer).

    Voorbeeld:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"handle": ["@a", "@b"], "avg_likes": [90, 40], "avg_comments": [10, 5],
        ...                    "audience_nl_share": [0.8, 1.0], "audience_target_age_share": [0.5, 0.4]})
        >>> portfolio_value(df, ["@a", "@b"])
        58.0
    """
    chosen = _lookup(df, handles)
    return float(target_interactions(chosen).sum()) if len(chosen) else 0.0


def eligible(df, min_nl_share=0.70, min_target_age_share=0.40, exclude_suspicious=True):
    """De kandidaten die elk afzonderlijk aan de eisen voldoen (publiek en niet verdacht).

    ``exclude_suspicious`` gebruikt de kolom ``suspicious``; geef een eigen
    True/False-reeks mee om je eigen markering te gebruiken.

    Voorbeeld:
        >>> from smmlib import load_dataset
        >>> len(eligible(load_dataset("influencers")))
        59
    """
    require_columns(df, ["audience_nl_share", "audience_target_age_share"])
    keep = (df["audience_nl_share"] >= min_nl_share) & (df["audience_target_age_share"] >= min_target_age_share)
    if exclude_suspicious is True:
        require_columns(df, ["suspicious"])
        keep &= ~df["suspicious"].astype(bool)
    elif exclude_suspicious is not False and exclude_suspicious is not None:
        keep &= ~pd.Series(exclude_suspicious, index=df.index).astype(bool)
    return df[keep]


def check_portfolio(df, handles, budget, min_nl_share=0.70, min_target_age_share=0.40,
                    max_influencers=6, min_tiers=3):
    """Controleer een portfolio (lijst handles, één post per influencer) regel voor regel.

    Geeft een dict met ``kosten``, ``interacties`` (ruwe som), ``doelgroep_interacties`` (de
    waarde van het portfolio, zie ``target_interactions``), ``cpe``, ``tiers`` (gesorteerd),
    ``regels`` (per regel-id een tuple (in orde?, uitleg)) en ``geldig`` (alle regels in orde).
    De regels: budget, geen verdachte accounts (kolom ``suspicious``), Nederlands publiek,
    publiek in de doelgroep (35-65), maximaal aantal influencers, minimaal aantal tiers.

    Voorbeeld:
        >>> from smmlib import load_dataset
        >>> uitslag = check_portfolio(load_dataset("influencers"), ["@frismees", "@poldertijd"], budget=10_000)
        >>> uitslag["geldig"], uitslag["regels"]["tiers"][0]
        (False, False)
    """
    chosen = add_metrics(_lookup(df, handles))
    cost = float(chosen["rate_per_post_eur"].sum())
    value = float(chosen["interacties"].sum())
    target_value = float(chosen["doelgroep_interacties"].sum())
    tiers = [t for t in TIER_NAMES if t in set(chosen["tier"].astype(str))]
    rules = {}
    rules["budget"] = (cost <= budget + 1e-9,
                       f"kosten € {_nl(cost)} {'≤' if cost <= budget + 1e-9 else '>'} budget € {_nl(budget)}")
    bad = list(chosen.loc[chosen["suspicious"].astype(bool), "handle"]) if "suspicious" in chosen else []
    rules["verdacht"] = (not bad, "geen verdachte accounts" if not bad else
                         f"verdacht (gekochte volgers): {', '.join(bad)}")
    low_nl = list(chosen.loc[chosen["audience_nl_share"] < min_nl_share, "handle"])
    rules["nl"] = (not low_nl, f"iedereen ≥ {min_nl_share:.0%} Nederlands publiek" if not low_nl else
                   f"minder dan {min_nl_share:.0%} Nederlands publiek: {', '.join(low_nl)}")
    low_age = list(chosen.loc[chosen["audience_target_age_share"] < min_target_age_share, "handle"])
    rules["doelgroep"] = (not low_age, f"iedereen ≥ {min_target_age_share:.0%} publiek van 35-65" if not low_age else
                          f"minder dan {min_target_age_share:.0%} publiek van 35-65: {', '.join(low_age)}")
    n = len(chosen)
    rules["aantal"] = (1 <= n <= max_influencers, f"{n} influencer(s), maximaal {max_influencers}")
    rules["tiers"] = (len(tiers) >= min_tiers,
                      f"{len(tiers)} tier(s) ({', '.join(tiers) or 'geen'}), minimaal {min_tiers}")
    return {
        "handles": list(chosen["handle"]),
        "kosten": cost,
        "interacties": value,
        "doelgroep_interacties": target_value,
        "cpe": cost / value if value else math.nan,
        "tiers": tiers,
        "regels": rules,
        "geldig": all(ok for ok, _ in rules.values()),
    }


def best_portfolio(df, budget, *, exclude, min_nl_share, min_target_age_share, max_influencers, min_tiers):
    """Het portfolio met de meeste verwachte interacties in de doelgroep binnen de regels die jij opgeeft.

    Het rekenwerk doet deze functie, de keuzes maak jij: welke accounts je uitsluit (``exclude``:
    de handles die jij verdacht vindt, de kolom ``suspicious`` gebruikt ze niet) en welke regels
    gelden (aandeel Nederlands publiek, aandeel doelgroep, aantal influencers, aantal tiers); er
    zijn geen standaardwaarden. Rekent exact (een knapsackprobleem, opgelost als geheeltallig
    lineair programma met ``scipy.optimize.milp``). Geeft ``(handles, doelgroep_interacties)``;
    ``([], 0.0)`` als geen enkel portfolio aan de regels voldoet.

    Voorbeeld:
        >>> from smmlib import load_dataset
        >>> df = load_dataset("influencers")
        >>> verdacht = list(df.loc[df["suspicious"], "handle"])
        >>> handles, waarde = best_portfolio(df, budget=10_000, exclude=verdacht, min_nl_share=0.70,
        ...                                  min_target_age_share=0.40, max_influencers=6, min_tiers=3)
        >>> len(handles), round(waarde)
        (6, 23457)
    """
    from scipy.optimize import Bounds, LinearConstraint, milp

    if isinstance(exclude, str):
        raise TypeError("Geef `exclude` als lijst van handles, bijvoorbeeld ['@naam'] (of [] als je niemand uitsluit).")
    pool = add_metrics(eligible(df, min_nl_share, min_target_age_share,
                                exclude_suspicious=df["handle"].isin(list(exclude))))
    pool = pool.reset_index(drop=True)
    n, t = len(pool), len(TIER_NAMES)
    if n == 0:
        return [], 0.0
    tier_codes = pool["tier"].astype(str).to_numpy()
    # variables: x_i (influencer chosen), y_j (tier j used)
    objective = np.concatenate([-pool["doelgroep_interacties"].to_numpy(float), np.zeros(t)])
    rows, low, high = [], [], []
    rows.append(np.concatenate([pool["rate_per_post_eur"].to_numpy(float), np.zeros(t)]))
    low.append(0), high.append(budget)
    rows.append(np.concatenate([np.ones(n), np.zeros(t)]))
    low.append(0), high.append(max_influencers)
    rows.append(np.concatenate([np.zeros(n), np.ones(t)]))
    low.append(min_tiers), high.append(t)
    for j, name in enumerate(TIER_NAMES):  # a tier only counts when someone of that tier is chosen
        row = np.concatenate([-(tier_codes == name).astype(float), np.zeros(t)])
        row[n + j] = 1.0
        rows.append(row), low.append(-np.inf), high.append(0)
    result = milp(objective, constraints=LinearConstraint(np.array(rows), low, high),
                  integrality=np.ones(n + t), bounds=Bounds(0, 1), options={"mip_rel_gap": 0})
    if result.x is None:
        return [], 0.0
    chosen = pool.loc[result.x[:n] > 0.5]
    return list(chosen["handle"]), float(chosen["doelgroep_interacties"].sum())


def usable_ugc(ugc):
    """Welke UGC-inzendingen mag en wil je hergebruiken? Toestemming ``gegeven`` **én** ``on_brief``.

    'gevraagd' is nog geen toestemming, en een hashtag gebruiken geeft het merk
    geen rechten: de maker houdt het auteursrecht en wie herkenbaar in beeld is,
    heeft portretrecht.

    Voorbeeld:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"permission": ["gegeven", "gevraagd", "gegeven"],
        ...                    "on_brief": [True, True, False]})
        >>> usable_ugc(df).tolist()
        [True, False, False]
    """
    require_columns(ugc, ["permission", "on_brief"])
    return ((ugc["permission"].astype(str) == "gegeven") & ugc["on_brief"].astype(bool)).rename("bruikbaar")
