"""Content plannen en toetsen: de contentkalender en de A/B-test.

Twee hulpmiddelen voor hoofdstuk 5 (Social media en contentmarketing):

* ``two_proportion_test``: de toets voor twee proporties (bijvoorbeeld de
  klikratio van posts met en zonder call-to-action), met een uitleg in gewoon
  Nederlands van wat de uitkomst wel en niet betekent;
* ``compare_posts``: vergelijk een kengetal per post tussen twee groepen posts
  (Welch-t-toets), met de post als eenheid;
* ``check_calendar``: controleert een contentkalender regel voor regel
  (alle weken gevuld, posts per week per platform, de mix van hero, hub en help,
  op elk platform geen twee posts van dezelfde contentpijler na elkaar).

Daarnaast ``weekday_hour_table`` voor de tabel weekdag × uur (de beste
posttijd) en ``hashtag_reads_well`` (leest een schermlezer de woorden van een
hashtag los voor?).

Voorbeeld:
    >>> from smmlib import content
    >>> toets = content.two_proportion_test(60, 1000, 40, 1000)
    >>> round(toets.z, 2), toets.significant
    (2.05, True)
"""
# For developers: one module on purpose: what chapter 5 plans and tests content with, in one place
# for the lecturer who adapts that chapter (calendar rules, the two comparisons, readable hashtags).
from __future__ import annotations

import math
from typing import NamedTuple

__all__ = [
    "WEEKDAYS", "PILLARS", "HHH", "DEFAULT_RULES", "RULE_NAMES", "CALENDAR_COLUMNS",
    "ProportionTest", "two_proportion_test", "explain_test", "PostComparison", "compare_posts",
    "RuleResult", "order_calendar", "check_calendar", "explain_calendar", "weekday_hour_table",
    "hashtag_reads_well",
]

WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
PILLARS = ["product", "fietsplezier", "duurzaamheid", "service", "achter de schermen"]
HHH = ["hero", "hub", "help"]


# ------------------------------------------------------------------ A/B test
class ProportionTest(NamedTuple):
    """Uitkomst van een toets voor twee proporties (groep A tegenover groep B)."""
    successes_a: int
    n_a: int
    successes_b: int
    n_b: int
    p_a: float           # proportie in groep A (bijvoorbeeld klikratio met CTA)
    p_b: float           # proportie in groep B
    difference: float    # p_a - p_b, in procentpunten als fractie
    z: float             # toetsgrootheid: het verschil gedeeld door de standaardfout
    p_value: float       # tweezijdige p-waarde
    alpha: float         # significantieniveau
    significant: bool    # p_value < alpha


def _count(value, name):
    if isinstance(value, bool):
        raise ValueError(f"{name} moet een aantal zijn (een heel getal), geen True/False.")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} moet een aantal zijn (een heel getal); je gaf {value!r}.") from None
    if math.isnan(number) or number < 0 or number != int(number):
        raise ValueError(f"{name} moet een heel getal van 0 of meer zijn; je gaf {value!r}.")
    return int(number)


def two_proportion_test(successes_a, n_a, successes_b, n_b, alpha=0.05):
    """Toets of twee proporties (bijvoorbeeld twee klikratio's) meer verschillen dan toeval.

    ``successes_a`` van ``n_a`` (bijvoorbeeld klikken van impressies met CTA) tegenover
    ``successes_b`` van ``n_b`` (zonder CTA). De toets gebruikt de gepoolde proportie:

        z = (p_a − p_b) / √( p · (1 − p) · (1/n_a + 1/n_b) ),   p = (successes_a + successes_b) / (n_a + n_b)

    en de tweezijdige p-waarde uit de normale verdeling. ``significant`` is ``True``
    als de p-waarde kleiner is dan ``alpha``. Let op: de toets gaat ervan uit dat
    elke waarneming (elke impressie) los staat van de andere.

    Voorbeeld:
        >>> t = two_proportion_test(60, 1000, 40, 1000)
        >>> round(t.p_a, 3), round(t.p_b, 3), round(t.z, 2), round(t.p_value, 3)
        (0.06, 0.04, 2.05, 0.04)
        >>> t.significant
        True
    """
    xa, na = _count(successes_a, "successes_a"), _count(n_a, "n_a")
    xb, nb = _count(successes_b, "successes_b"), _count(n_b, "n_b")
    if na == 0 or nb == 0:
        raise ValueError("Elke groep moet minstens één waarneming hebben (n_a en n_b groter dan 0).")
    if xa > na or xb > nb:
        raise ValueError("Het aantal successen (bijvoorbeeld klikken) kan niet groter zijn dan het aantal "
                         "waarnemingen (bijvoorbeeld impressies). Heb je de getallen omgedraaid?")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha moet tussen 0 en 1 liggen (meestal 0.05); je gaf {alpha!r}.")
    pa, pb = xa / na, xb / nb
    pooled = (xa + xb) / (na + nb)
    se = math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb))
    if se == 0:
        z = 0.0
    else:
        z = (pa - pb) / se
    p_value = math.erfc(abs(z) / math.sqrt(2))       # two-sided: 2 * (1 - Phi(|z|))
    return ProportionTest(xa, na, xb, nb, pa, pb, pa - pb, z, p_value, alpha, p_value < alpha)


class PostComparison(NamedTuple):
    """De uitkomst van ``compare_posts``: gemiddelden, aantallen posts, t, p-waarde en besluit."""
    mean_a: float
    mean_b: float
    n_a: int
    n_b: int
    difference: float
    t: float
    p_value: float
    alpha: float
    significant: bool


def compare_posts(values_a, values_b, alpha=0.05):
    """Vergelijk een kengetal per post (bijvoorbeeld de klikratio) tussen twee groepen posts.

    Elke post telt één keer: de eenheid is de post, niet de impressie. De toets is
    Welch' t-toets (tweezijdig; de groepen mogen een verschillende spreiding hebben).
    Lege waarden (NaN) tellen niet mee.

    Voorbeeld:
        >>> t = compare_posts([0.02, 0.03, 0.04, 0.03], [0.01, 0.02, 0.01, 0.02])
        >>> round(t.mean_a, 3), round(t.mean_b, 3), round(t.t, 2), t.significant
        (0.03, 0.015, 3.0, True)
    """
    import numpy as np
    from scipy import stats

    a = np.asarray(values_a, dtype=float)
    b = np.asarray(values_b, dtype=float)
    a, b = a[~np.isnan(a)], b[~np.isnan(b)]
    if len(a) < 2 or len(b) < 2:
        raise ValueError("Elke groep moet minstens twee posts met een waarde hebben.")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha moet tussen 0 en 1 liggen (meestal 0.05); je gaf {alpha!r}.")
    result = stats.ttest_ind(a, b, equal_var=False)
    t, p_value = float(result.statistic), float(result.pvalue)
    return PostComparison(float(a.mean()), float(b.mean()), len(a), len(b), float(a.mean() - b.mean()),
                          t, p_value, alpha, p_value < alpha)


def _pct(x):
    return f"{x:.2%}".replace(".", ",")


def _p_text(p):
    return "kleiner dan 0,0001" if p < 0.0001 else f"{p:.4f}".replace(".", ",")


def explain_test(result, label_a="groep A", label_b="groep B", what="proportie"):
    """Leg de uitkomst van ``two_proportion_test`` uit in gewoon Nederlands.

    De uitleg zegt wat de toets beslist (is het verschil groter dan toeval
    aannemelijk maakt?) en ook wat hij níet zegt (hoe groot of belangrijk het
    verschil is, en waarom het er is).

    Voorbeeld:
        >>> t = two_proportion_test(60, 1000, 40, 1000)
        >>> print(explain_test(t, "met CTA", "zonder CTA", "klikratio").splitlines()[0])
        klikratio met CTA: 6,00% (60 van 1000); zonder CTA: 4,00% (40 van 1000).
    """
    if not isinstance(result, ProportionTest):
        raise ValueError("explain_test verwacht de uitkomst van two_proportion_test(...).")
    r = result
    lines = [
        f"{what} {label_a}: {_pct(r.p_a)} ({r.successes_a} van {r.n_a}); "
        f"{label_b}: {_pct(r.p_b)} ({r.successes_b} van {r.n_b}).",
        f"Verschil: {r.difference * 100:+.2f} procentpunt".replace(".", ",")
        + (f" ({r.p_a / r.p_b - 1:+.0%} ten opzichte van {label_b})." if r.p_b > 0 else "."),
        f"z = {r.z:.2f}".replace(".", ",") + f", p-waarde = {_p_text(r.p_value)}, "
        + f"alfa = {r.alpha:g}.".replace(".", ",", 1),
    ]
    if r.significant:
        lines.append(f"Besluit: significant. Als er in werkelijkheid geen verschil was, zou toeval zo'n groot "
                     f"verschil maar zelden geven (minder vaak dan {r.alpha:.0%} van de keren). "
                     "We nemen aan dat het verschil echt is.")
    else:
        lines.append("Besluit: niet significant. Zo'n verschil kan ook door toeval ontstaan; deze data "
                     "laten dus niet zien dat er een echt verschil is (dat is iets anders dan bewijzen "
                     "dat er géén verschil is — misschien is de test te klein).")
    lines.append("Wat de toets niet zegt: hoe groot of hoe belangrijk het verschil is (kijk daarvoor naar "
                 "het verschil zelf), en waarom het verschil er is (daarvoor moet je de test goed opzetten).")
    return "\n".join(lines)


# ------------------------------------------------------------------ calendar
DEFAULT_RULES = {
    "weeks": 4,
    "posts_per_week": {"Instagram": 3, "LinkedIn": 2},
    "hero": (1, 2),
    "help_per_week": 1,
    "hub_share": 0.5,
    "no_pillar_twice": True,
}
"""De regels van het maandplan van Trapkracht (vier weken)."""

RULE_NAMES = {
    "posts_per_week": "posts per week per platform",
    "hero": "aantal hero-posts",
    "help_per_week": "help-content elke week",
    "hub_share": "aandeel hub-content",
    "no_pillar_twice": "pijlers afwisselen",
}

CALENDAR_COLUMNS = ["week", "dag", "uur", "platform", "pillar", "hhh"]


class RuleResult(NamedTuple):
    """De uitkomst van één kalenderregel: naam, gehaald (True/False) en uitleg."""
    rule: str
    passed: bool
    message: str


def _text(value):
    return " ".join(str(value).strip().lower().split())


def order_calendar(calendar):
    """Zet een contentkalender in tijdsvolgorde (week, dag, uur) en maak de tekst schoon.

    De kalender is een tabel met de kolommen ``week`` (1, 2, …), ``dag`` (maandag …
    zondag), ``uur`` (0–23), ``platform``, ``pillar`` en ``hhh`` (hero, hub of help).

    Voorbeeld:
        >>> import pandas as pd
        >>> k = pd.DataFrame({"week": [1, 1], "dag": ["Vrijdag", "maandag"], "uur": [9, 20],
        ...                   "platform": ["Instagram"] * 2, "pillar": ["service", "product"],
        ...                   "hhh": ["help", "hub"]})
        >>> order_calendar(k)["dag"].tolist()
        ['maandag', 'vrijdag']
    """
    import pandas as pd

    if not (hasattr(calendar, "columns") and hasattr(calendar, "iloc")):
        raise ValueError("De kalender moet een tabel (DataFrame) zijn met de kolommen "
                         f"{CALENDAR_COLUMNS}.")
    missing = [c for c in CALENDAR_COLUMNS if c not in calendar.columns]
    if missing:
        raise ValueError(f"In de kalender ontbreken de kolommen {missing}. Nodig zijn: {CALENDAR_COLUMNS}.")
    cal = pd.DataFrame(calendar)[CALENDAR_COLUMNS].copy()
    for col in ["dag", "pillar", "hhh"]:
        cal[col] = cal[col].map(_text)
    unknown_days = sorted(set(cal["dag"]) - set(WEEKDAYS))
    if unknown_days:
        raise ValueError(f"Onbekende dag(en) {unknown_days}; schrijf de dag voluit, zoals {WEEKDAYS[:2]}.")
    cal["platform"] = cal["platform"].map(lambda p: str(p).strip())
    cal["week"] = pd.to_numeric(cal["week"], errors="coerce")
    cal["uur"] = pd.to_numeric(cal["uur"], errors="coerce")
    if cal[["week", "uur"]].isna().any().any():
        raise ValueError("De kolommen 'week' en 'uur' moeten getallen bevatten, zonder lege vakjes.")
    cal["_day"] = cal["dag"].map(WEEKDAYS.index)
    cal = cal.sort_values(["week", "_day", "uur"], kind="stable").drop(columns="_day")
    return cal.reset_index(drop=True)


def check_calendar(calendar, rules=None):
    """Controleer een contentkalender regel voor regel; geeft een lijst ``RuleResult``.

    De regels (standaard ``DEFAULT_RULES``, het maandplan van Trapkracht):

    * ``weeks``: het plan beslaat week 1 tot en met dit aantal (geen regel op zich: de andere regels
      tellen elke week mee, ook een lege; zonder ``weeks`` gelden de weken 1 tot en met de hoogste);
    * ``posts_per_week``: dict platform → precies zoveel posts in elke week (andere platforms: geen posts);
    * ``hero``: (minimum, maximum) aantal hero-posts in de hele periode;
    * ``help_per_week``: minstens zoveel help-posts in elke week;
    * ``hub_share``: minstens dit deel van alle posts is hub;
    * ``no_pillar_twice``: op elk platform nooit twee posts na elkaar (in tijdsvolgorde) uit dezelfde
      contentpijler; een volger ziet de tijdlijn van één platform.

    Voorbeeld:
        >>> import pandas as pd
        >>> k = pd.DataFrame({"week": [1, 1], "dag": ["maandag", "donderdag"], "uur": [12, 20],
        ...                   "platform": ["Instagram", "Instagram"], "pillar": ["product", "service"],
        ...                   "hhh": ["hub", "help"]})
        >>> regels = {"posts_per_week": {"Instagram": 2}, "help_per_week": 1, "no_pillar_twice": True}
        >>> [r.passed for r in check_calendar(k, regels)]
        [True, True, True]
    """
    rules = DEFAULT_RULES if rules is None else rules
    unknown = [r for r in rules if r not in RULE_NAMES and r != "weeks"]
    if unknown:
        raise ValueError(f"Onbekende regel(s) {unknown}; kies uit {list(RULE_NAMES)}.")
    cal = order_calendar(calendar)
    names = {_text(platform): platform for platform in rules.get("posts_per_week", {})}
    cal["platform"] = cal["platform"].map(lambda p: names.get(_text(p), p))     # "instagram" is Instagram
    last = rules.get("weeks") or (int(cal["week"].max()) if len(cal) else 1)
    weeks = list(range(1, int(last) + 1))
    results = []

    if "posts_per_week" in rules:
        wanted = rules["posts_per_week"]
        counts = cal.groupby(["week", "platform"]).size()
        problems = []
        others = sorted(set(cal["platform"]) - set(wanted))
        if others:
            problems.append(f"posts op {', '.join(others)}, dat niet in het plan staat")
        outside = sorted(set(cal["week"]) - set(weeks))
        if outside:
            problems.append(f"week {', '.join(f'{w:g}' for w in outside)} valt buiten het plan van {len(weeks)} weken")
        for week in weeks:
            for platform, n in wanted.items():
                got = int(counts.get((week, platform), 0))
                if got != n:
                    problems.append(f"week {week}: {got} post(s) op {platform} in plaats van {n}")
        if problems:
            msg = ("Posts per week klopt niet: " + "; ".join(problems[:4])
                   + ". Een vast ritme per platform houdt je volgers betrokken en is haalbaar voor het team.")
        else:
            msg = "Elke week het afgesproken aantal posts per platform: " + ", ".join(
                f"{p} {n}" for p, n in wanted.items()) + "."
        results.append(RuleResult("posts_per_week", not problems, msg))

    if "hero" in rules:
        low, high = rules["hero"]
        n = int((cal["hhh"] == "hero").sum())
        ok = low <= n <= high
        if ok:
            msg = f"{n} hero-post(s): een groot moment, niet te vaak."
        elif n < low:
            msg = (f"Er staat {n} hero-post in de kalender; nodig is minstens {low}. Hero-content is het grote "
                   "moment dat nieuw publiek bereikt; zonder hero groeit je bereik nauwelijks.")
        else:
            msg = (f"Er staan {n} hero-posts in de kalender; hoogstens {high}. Hero-content is groot en duur "
                   "en werkt omdat het uitzonderlijk is; het merendeel hoort hub en help te zijn.")
        results.append(RuleResult("hero", ok, msg))

    if "help_per_week" in rules:
        need = rules["help_per_week"]
        help_weeks = cal[cal["hhh"] == "help"].groupby("week").size()
        short = [w for w in weeks if int(help_weeks.get(w, 0)) < need]
        if short:
            msg = (f"In week {', '.join(map(str, short))} staat minder dan {need} help-post. Help-content "
                   "beantwoordt de vragen van je doelgroep; die vragen stoppen niet, dus elke week een antwoord.")
        else:
            msg = f"Elke week minstens {need} help-post."
        results.append(RuleResult("help_per_week", not short, msg))

    if "hub_share" in rules:
        need = rules["hub_share"]
        share = float((cal["hhh"] == "hub").mean()) if len(cal) else 0.0
        ok = share >= need
        if ok:
            msg = f"{share:.0%} van de posts is hub (minstens {need:.0%}): volgers komen regelmatig terug."
        else:
            msg = (f"Maar {share:.0%} van de posts is hub; minstens {need:.0%} is nodig. Hub-content is de "
                   "terugkerende content die volgers laat terugkomen en vormt daarom het grootste deel.")
        results.append(RuleResult("hub_share", ok, msg))

    if rules.get("no_pillar_twice"):
        doubles = []
        for _platform, timeline in cal.groupby("platform", sort=True):
            rows = timeline.index.tolist()
            doubles += [now for before, now in zip(rows, rows[1:])
                        if cal.loc[now, "pillar"] == cal.loc[before, "pillar"]]
        if doubles:
            where = "; ".join(f"{cal.loc[i, 'platform']} week {cal.loc[i, 'week']:g} {cal.loc[i, 'dag']} "
                              f"{cal.loc[i, 'uur']:g}u ({cal.loc[i, 'pillar']})" for i in sorted(doubles)[:3])
            msg = (f"{len(doubles)} keer twee posts na elkaar op hetzelfde platform uit dezelfde pijler: {where}. "
                   "Wissel de pijlers af, omdat dezelfde soort boodschap na elkaar eentonig wordt voor wie je volgt "
                   "en je andere onderwerpen verwaarloost.")
        else:
            msg = "Op elk platform nooit twee posts na elkaar uit dezelfde pijler: de pijlers wisselen mooi af."
        results.append(RuleResult("no_pillar_twice", not doubles, msg))
    return results


def explain_calendar(results):
    """Zet de uitkomst van ``check_calendar`` om in leesbare regels met ✔ of ✘.

    Voorbeeld:
        >>> print(explain_calendar([RuleResult("hero", True, "1 hero-post.")]))
        ✔ aantal hero-posts: 1 hero-post.
    """
    return "\n".join(f"{'✔' if r.passed else '✘'} {RULE_NAMES.get(r.rule, r.rule)}: {r.message}"
                     for r in results)


# ------------------------------------------------------------------ posting time
def weekday_hour_table(df, value, time_column="published_at", agg="mean"):
    """Tabel weekdag × uur: het gemiddelde (of ``agg``) van kolom ``value`` per tijdslot.

    De rijen zijn de weekdagen in het Nederlands (maandag … zondag), de kolommen
    de uren waarop gepost is. Handig voor een heatmap van de beste posttijd.

    Voorbeeld:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"published_at": pd.to_datetime(["2025-01-02 20:10", "2025-01-06 09:00"]),
        ...                    "er": [0.08, 0.04]})
        >>> float(weekday_hour_table(df, "er").loc["donderdag", 20])
        0.08
    """
    if value not in df.columns or time_column not in df.columns:
        raise ValueError(f"De tabel heeft geen kolom {value!r} of {time_column!r}.")
    times = df[time_column]
    day = times.dt.day_of_week.map(lambda i: WEEKDAYS[int(i)])
    table = df.groupby([day.rename("weekdag"), times.dt.hour.rename("uur")])[value].agg(agg).unstack("uur")
    return table.reindex([d for d in WEEKDAYS if d in table.index])


# ------------------------------------------------------------------ accessible hashtags
def hashtag_reads_well(written, splits):
    """Of een hashtag zo geschreven is dat een schermlezer de woorden los voorleest.

    ``splits`` zijn de goede splitsingen in woorden, zoals ``[["groene", "reizen"]]``. Goed is:
    dezelfde letters, een hoofdletter aan het begin van elk volgend woord (het eerste mag klein),
    en geen hoofdletters midden in een woord. Een ``#`` vooraan mag; spaties passen niet in een hashtag.

    Voorbeeld:
        >>> hashtag_reads_well("#GroeneReizen", [["groene", "reizen"]])
        True
        >>> hashtag_reads_well("#groenereizen", [["groene", "reizen"]])
        False
    """
    text = str(written).strip()
    text = text[1:] if text.startswith("#") else text
    if not text.isalnum():
        return False
    capitals = {i for i, letter in enumerate(text) if letter.isupper()}
    for words in splits:
        if text.lower() != "".join(words).lower():
            continue
        starts, position = set(), 0
        for word in words:
            starts.add(position)
            position += len(word)
        if capitals <= starts and starts - {0} <= capitals:
            return True
    return False
