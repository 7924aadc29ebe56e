"""Kanalen kiezen: bereik per doelgroep en overlap tussen platforms.

Hoort bij hoofdstuk 2 (Social media: typen en kanalen). De functies werken op de
dataset ``survey`` (wie gebruikt welk platform). ``BLOCKS`` noemt de bouwblokken van
het honingraatmodel (de kolommen van de dataset ``platforms``); welke blokken en welk
platform bij een doel passen, lees je zelf af uit die tabel: dat is de keuze van de marketeer.

Voorbeeld:
    >>> import smmlib
    >>> from smmlib import channels
    >>> survey = smmlib.load_dataset("survey")
    >>> channels.rank_channels(survey, "65+").iloc[0]["platform"]
    'WhatsApp'
"""
from __future__ import annotations

import pandas as pd

__all__ = [
    "PLATFORMS", "BLOCKS", "BLOCK_SYNONYMS", "usage_column", "usage", "reach_by_group", "rank_channels",
    "overlap", "overlap_matrix", "extra_reach", "cumulative_reach",
]

# Platform name (as in the data set `platforms`) -> column in `survey`.
PLATFORMS = {
    "Facebook": "uses_facebook", "Instagram": "uses_instagram", "TikTok": "uses_tiktok",
    "YouTube": "uses_youtube", "LinkedIn": "uses_linkedin", "X": "uses_x",
    "Pinterest": "uses_pinterest", "Snapchat": "uses_snapchat", "WhatsApp": "uses_whatsapp",
}
# The seven building blocks of the honeycomb model, in the course's order.
BLOCKS = ["identiteit", "gesprekken", "delen", "aanwezigheid", "relaties", "reputatie", "groepen"]
# The honeycomb's English names (Kietzmann et al., 2011) and the singular forms mean the same blocks.
BLOCK_SYNONYMS = {"identity": "identiteit", "conversations": "gesprekken", "conversation": "gesprekken",
                  "gesprek": "gesprekken", "sharing": "delen", "presence": "aanwezigheid",
                  "relationships": "relaties", "relationship": "relaties", "relatie": "relaties",
                  "reputation": "reputatie", "groups": "groepen", "groep": "groepen"}


def _platform_name(name):
    for platform in PLATFORMS:
        if str(name).strip().lower() == platform.lower():
            return platform
    raise ValueError(f"Onbekend platform {name!r}. Kies uit: {', '.join(PLATFORMS)}.")


def usage_column(platform):
    """De kolom in ``survey`` die zegt of iemand het platform gebruikt.

    Voorbeeld:
        >>> usage_column("TikTok")
        'uses_tiktok'
    """
    return PLATFORMS[_platform_name(platform)]


def usage(survey):
    """Tabel met één kolom per platform (True/False): gebruikt deze respondent het platform?

    De kolommen heten zoals de platforms (``Facebook``, ``TikTok``, …) in plaats van ``uses_…``.

    Voorbeeld:
        >>> import smmlib
        >>> list(usage(smmlib.load_dataset("survey")).columns)[:2]
        ['Facebook', 'Instagram']
    """
    missing = [c for c in PLATFORMS.values() if c not in survey.columns]
    if missing:
        raise ValueError(f"De tabel mist de kolommen {missing}; gebruik de dataset 'survey'.")
    return survey[list(PLATFORMS.values())].astype(bool).set_axis(list(PLATFORMS), axis=1)


def reach_by_group(survey, by="age_group"):
    """Bereik per groep: welk deel (0–1) van elke groep gebruikt elk platform?

    Rijen zijn de groepen (bijvoorbeeld leeftijdsgroepen), kolommen de platforms.

    Voorbeeld:
        >>> import smmlib
        >>> tabel = reach_by_group(smmlib.load_dataset("survey"))
        >>> round(float(tabel.loc["65+", "WhatsApp"]), 2)
        0.82
    """
    if by not in survey.columns:
        raise ValueError(f"Kolom {by!r} bestaat niet in de tabel. Kies bijvoorbeeld 'age_group' of 'gender'.")
    return usage(survey).groupby(survey[by], observed=True).mean()


def rank_channels(survey, group, by="age_group", top=None):
    """De platforms gerangschikt op bereik binnen één groep (hoogste eerst).

    Geeft een tabel met de kolommen ``platform`` en ``bereik`` (fractie 0–1).
    ``top`` beperkt de tabel tot de eerste ``top`` platforms.

    Voorbeeld:
        >>> import smmlib
        >>> list(rank_channels(smmlib.load_dataset("survey"), "65+", top=2)["platform"])
        ['WhatsApp', 'Facebook']
    """
    table = reach_by_group(survey, by)
    if group not in table.index:
        raise ValueError(f"Groep {group!r} bestaat niet. Kies uit: {', '.join(map(str, table.index))}.")
    ranked = (table.loc[group].sort_values(ascending=False, kind="stable")
              .rename_axis("platform").reset_index(name="bereik"))
    return ranked.head(top).reset_index(drop=True) if top else ranked


def overlap(survey, base, other):
    """Welk deel van de gebruikers van ``base`` gebruikt óók ``other``?

    Let op: dit is niet symmetrisch. Het deel van de Instagram-gebruikers dat ook
    TikTok gebruikt, is iets anders dan het deel van de TikTok-gebruikers dat ook
    Instagram gebruikt (de noemer verschilt). Geeft NaN als niemand ``base`` gebruikt.

    Voorbeeld:
        >>> import smmlib
        >>> round(overlap(smmlib.load_dataset("survey"), "Instagram", "TikTok"), 2)
        0.4
    """
    use = usage(survey)
    base, other = _platform_name(base), _platform_name(other)
    users = use[base]
    if users.sum() == 0:
        return float("nan")
    return float(use.loc[users, other].mean())


def overlap_matrix(survey):
    """Overlap van elk paar platforms: rij = gebruikers van dit platform, kolom = deel dat ook dat platform gebruikt.

    Voorbeeld:
        >>> import smmlib
        >>> m = overlap_matrix(smmlib.load_dataset("survey"))
        >>> float(m.loc["TikTok", "TikTok"])
        1.0
    """
    use = usage(survey).astype(float)
    both = use.T @ use                       # number of people using row and column platform
    return both.div(use.sum(), axis=0)        # divide each row by the users of the row platform


def extra_reach(survey, base, other):
    """Extra bereik: welk deel van álle respondenten bereik je met ``other`` en níet al met ``base``?

    Voorbeeld:
        >>> import smmlib
        >>> round(extra_reach(smmlib.load_dataset("survey"), "Instagram", "TikTok"), 3)
        0.101
    """
    use = usage(survey)
    base, other = _platform_name(base), _platform_name(other)
    return float((use[other] & ~use[base]).mean())


def cumulative_reach(survey, group, by="age_group"):
    """Hoeveel van een groep bereik je met 1, 2, 3, … kanalen samen (de sterkste eerst)?

    Iemand die meerdere gekozen kanalen gebruikt, telt maar één keer: dit is het
    bereik van de kanalen *samen*. Geeft een tabel met ``aantal_kanalen``,
    ``platform`` (het kanaal dat erbij komt), ``bereik_samen`` en ``erbij`` (de
    toename ten opzichte van één kanaal minder).

    Voorbeeld:
        >>> import smmlib
        >>> tabel = cumulative_reach(smmlib.load_dataset("survey"), "65+")
        >>> list(tabel["platform"][:2])
        ['WhatsApp', 'Facebook']
    """
    ranked = rank_channels(survey, group, by)
    use = usage(survey)[survey[by] == group]
    reached = pd.Series(False, index=use.index)
    rows = []
    for i, platform in enumerate(ranked["platform"], start=1):
        before = float(reached.mean()) if len(reached) else 0.0
        reached = reached | use[platform]
        rows.append({"aantal_kanalen": i, "platform": platform, "bereik_samen": float(reached.mean()),
                     "erbij": float(reached.mean()) - before})
    return pd.DataFrame(rows)
