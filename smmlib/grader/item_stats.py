"""Report stage of `smm grade`, part two: the test statistics a toetscommissie asks for (classical test theory).

Over the graded submissions of one assignment (an unreadable one counts nowhere; a
missing score counts as 0) and over the autograded exercises ("items"):

- p-value of an item: the mean share of its points the class earned (p' for items worth
  more than one point): mean score / maximum;
- Rir (item-rest correlation): the Pearson correlation between the item's score and the
  total of the *other* autograded items; not defined when the item or that rest total
  is the same for everyone, or with fewer than 2 students;
- Cronbach's alpha over the k autograded items: k / (k - 1) * (1 - sum of the item
  variances / variance of the total), with sample variances (n - 1); not defined with
  fewer than 2 items or 2 students, or when every student has the same total; with a
  95% interval after Feldt (1965): 1 - (1 - alpha) * F(n - 1, (n - 1)(k - 1)).

The bounds that flag an item and their sources are below (BOUNDS) and in the report.
"""
import math

import numpy as np
import pandas as pd

P_LOW, P_HIGH = 0.30, 0.90      # p-value below: hard; above: easy
RIR_LOW = 0.20                  # Rir below: the item hardly tells stronger from weaker students
ALPHA_MIN = 0.70                # alpha below: not sufficient for a decision of minor importance (COTAN)
BOUNDS = [   # (what is flagged, where the bound comes from), shown in the report
    (f"p-waarde onder {P_LOW:.2f} (moeilijk) of boven {P_HIGH:.2f} (makkelijk)".replace(".", ","),
     "gangbare vuistregel voor open vragen zonder gokkans; p' = gemiddelde score / maximum (J. Brunnekreef, "
     "Teelen: 'Je open toetsvragen analyseren'). Dousma, Horsten en Brants (Tentamineren, Wolters-Noordhoff) "
     "noemen 0,10-0,90 voor meerkeuzevragen, waar gokken de p-waarde verhoogt."),
    (f"Rir onder {RIR_LOW:.2f}: het onderdeel onderscheidt nauwelijks sterkere van zwakkere studenten; "
     "negatief: controleer vraag en nakijkregel".replace("0.20", "0,20"),
     "T. Dousma, A. Horsten en J. Brants, Tentamineren (Wolters-Noordhoff), p. 184: vermijd vragen met een "
     "item-totaalcorrelatie onder 0,20; de Rir is de strengere variant zonder het onderdeel zelf."),
    (f"Cronbachs alfa onder {ALPHA_MIN:.2f}".replace(".", ","),
     "COTAN-beoordelingssysteem (Evers e.a., 2010): voor een beslissing van beperkt belang is alfa onder 0,70 "
     "onvoldoende, 0,70-0,80 voldoende en vanaf 0,80 goed."),
]


def item_scores(table):
    """(scores, maximum): graded students x autograded items (missing = 0), and each item's maximum points."""
    items = [(gid, points) for gid, points, manual in table.attrs["cells"] if not manual]
    graded = table[table["status"] != "failed"]
    scores = graded[[gid for gid, _ in items]].astype(float).fillna(0.0).reset_index(drop=True)
    return scores, pd.Series(dict(items), dtype=float)


def p_values(scores, maximum):
    """The p-value of each item: mean score / maximum points (NaN without students)."""
    return scores.mean() / maximum[scores.columns] if len(scores) else pd.Series(np.nan, index=scores.columns)


def _correlation(x, y):
    """Pearson's r, or None when it is not defined (fewer than 2 values, or no spread in x or y)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if len(x) < 2:
        return None
    dx, dy = x - x.mean(), y - y.mean()
    sxx, syy = float((dx * dx).sum()), float((dy * dy).sum())
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    return float((dx * dy).sum() / math.sqrt(sxx * syy))


def item_rest(scores):
    """The Rir of each item: correlation of its score with the total of the other items (None: not defined)."""
    total = scores.sum(axis=1)
    return pd.Series({gid: _correlation(scores[gid], total - scores[gid]) for gid in scores.columns}, dtype=object)


def reliability(scores, level=0.95):
    """Cronbach's alpha with Feldt's interval: {alpha, low, high, n, k, reason} (reason: why it is not defined)."""
    n, k = scores.shape
    result = {"alpha": None, "low": None, "high": None, "n": n, "k": k, "reason": None}
    if k < 2:
        result["reason"] = f"de opdracht heeft {k} automatisch nagekeken opgave(n); alfa vraagt er minstens 2"
        return result
    if n < 2:
        result["reason"] = f"er {'is' if n == 1 else 'zijn'} {n} nagekeken inlevering(en); alfa vraagt er minstens 2"
        return result
    total_variance = float(scores.sum(axis=1).var(ddof=1))
    if total_variance <= 1e-12:
        result["reason"] = "iedereen heeft dezelfde totaalscore (geen spreiding)"
        return result
    alpha = k / (k - 1) * (1 - float(scores.var(ddof=1).sum()) / total_variance)
    result["alpha"] = alpha
    from scipy.stats import f
    df1, df2 = n - 1, (n - 1) * (k - 1)
    result["low"] = 1 - (1 - alpha) * float(f.ppf(1 - (1 - level) / 2, df1, df2))
    result["high"] = 1 - (1 - alpha) * float(f.ppf((1 - level) / 2, df1, df2))
    return result


def flags(p, rir):
    """The Dutch words that flag an item (empty list: within the bounds)."""
    found = []
    if p is not None and not math.isnan(p):
        if p < P_LOW:
            found.append(f"moeilijk (p < {P_LOW:.2f})".replace(".", ","))
        elif p > P_HIGH:
            found.append(f"makkelijk (p > {P_HIGH:.2f})".replace(".", ","))
    if rir is None:
        found.append("Rir niet te berekenen (te weinig studenten of geen spreiding)")
    elif rir < 0:
        found.append("negatieve Rir: controleer vraag en nakijkregel")
    elif rir < RIR_LOW:
        found.append(f"onderscheidt weinig (Rir < {RIR_LOW:.2f})".replace(".", ","))
    return found


def item_table(scores, maximum):
    """One row per autograded item: opgave, punten, gemiddeld, p, rir, signaal (Dutch words; '' = none)."""
    p, rir = p_values(scores, maximum), item_rest(scores)
    rows = []
    for gid in scores.columns:
        rows.append({"opgave": gid, "punten": float(maximum[gid]),
                     "gemiddeld": float(scores[gid].mean()) if len(scores) else float("nan"),
                     "p": float(p[gid]), "rir": rir[gid], "signaal": "; ".join(flags(float(p[gid]), rir[gid]))})
    return pd.DataFrame(rows, columns=["opgave", "punten", "gemiddeld", "p", "rir", "signaal"])


def grades(points, maximum):
    """Points as a grade on the Dutch 1-10 scale the course uses: 10 x points / maximum."""
    return 10 * points / maximum


def passed(grade, pass_mark):
    """Does a grade reach the pass mark (5.5 by default)? Compared after rounding away float noise."""
    return round(float(grade), 9) >= pass_mark
