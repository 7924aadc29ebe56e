"""survey (media use of ~1,000 Dutch respondents) and platforms (honeycomb scores).

Planted: for 65+ the two platforms with the highest reach are WhatsApp and Facebook, with a
clear gap to YouTube; the young use TikTok, Snapchat and Instagram far more than seniors.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .common import rng, weighted_index

AGE_GROUPS = ["16-24", "25-34", "35-44", "45-54", "55-64", "65+"]
AGE_P = [0.15, 0.17, 0.16, 0.17, 0.17, 0.18]
PLATFORMS = ["facebook", "instagram", "tiktok", "youtube", "linkedin", "x", "pinterest",
             "snapchat", "whatsapp"]
# probability of use per age group (loosely modelled on Dutch media-use surveys)
USE_P = {
    "facebook":  [0.40, 0.55, 0.65, 0.68, 0.66, 0.62],
    "instagram": [0.88, 0.78, 0.62, 0.48, 0.34, 0.20],
    "tiktok":    [0.74, 0.50, 0.32, 0.20, 0.12, 0.06],
    "youtube":   [0.90, 0.80, 0.70, 0.60, 0.50, 0.40],
    "linkedin":  [0.25, 0.55, 0.50, 0.42, 0.28, 0.08],
    "x":         [0.18, 0.22, 0.18, 0.15, 0.12, 0.07],
    "pinterest": [0.30, 0.32, 0.28, 0.22, 0.16, 0.10],
    "snapchat":  [0.70, 0.35, 0.14, 0.07, 0.04, 0.02],
    "whatsapp":  [0.95, 0.96, 0.95, 0.93, 0.91, 0.86],
}
MINUTES_MEAN = [145, 120, 95, 80, 70, 60]
MOTIVATIONS = ["competentie", "autonomie", "relatie"]
MOTIVATION_P = {g: p for g, p in zip(AGE_GROUPS, [
    [0.25, 0.35, 0.40], [0.35, 0.30, 0.35], [0.35, 0.30, 0.35],
    [0.30, 0.30, 0.40], [0.25, 0.25, 0.50], [0.20, 0.20, 0.60]])}
ACTIVITIES = {  # per age group
    "act_contact":          [0.85, 0.80, 0.78, 0.78, 0.80, 0.84],
    "act_vrije_tijd":       [0.80, 0.70, 0.60, 0.52, 0.46, 0.40],
    "act_nieuws":           [0.45, 0.50, 0.55, 0.58, 0.60, 0.58],
    "act_inspiratie":       [0.70, 0.65, 0.55, 0.45, 0.35, 0.25],
    "act_producten_vinden": [0.55, 0.58, 0.50, 0.40, 0.30, 0.20],
}
SOCIAL_SEARCH_P = [0.62, 0.48, 0.34, 0.24, 0.16, 0.10]


def survey(n: int = 1000) -> pd.DataFrame:
    r = rng("survey")
    g = r.choice(len(AGE_GROUPS), size=n, p=AGE_P)
    df = pd.DataFrame({"respondent_id": [f"R{i + 1:04d}" for i in range(n)],
                       "age_group": [AGE_GROUPS[i] for i in g]})
    df["gender"] = [["vrouw", "man", "anders/zeg ik liever niet"][i]
                    for i in r.choice(3, size=n, p=[0.51, 0.47, 0.02])]
    for p in PLATFORMS:
        df[f"uses_{p}"] = r.random(n) < np.array(USE_P[p])[g]
    df["n_platforms"] = df[[f"uses_{p}" for p in PLATFORMS]].sum(axis=1).astype(int)
    minutes = np.array(MINUTES_MEAN)[g] * np.exp(r.normal(0, 0.45, size=n)) * (0.6 + 0.08 * df["n_platforms"])
    df["daily_minutes"] = np.clip(np.round(minutes / 5) * 5, 5, 600).astype(int)
    df["motivation"] = [MOTIVATIONS[weighted_index(r, MOTIVATION_P[a])] for a in df["age_group"]]
    for a, probs in ACTIVITIES.items():
        df[a] = r.random(n) < np.array(probs)[g]
    df["social_search"] = r.random(n) < np.array(SOCIAL_SEARCH_P)[g]
    return df


HONEYCOMB = ["identiteit", "gesprekken", "delen", "aanwezigheid", "relaties", "reputatie", "groepen"]
# platform, type, scores in HONEYCOMB order (1-5; the top two of each row are unique), rationale
PLATFORMS_TABLE = [
    ("Facebook", "sociaal netwerk", [3, 3, 3, 2, 5, 2, 4],
     "Draait om contact met vrienden en familie; groepen en reacties zorgen voor gesprek."),
    ("Instagram", "beeldplatform", [4, 2, 5, 3, 3, 3, 1],
     "Foto's en video's delen staat centraal; het profiel is je visitekaartje."),
    ("LinkedIn", "zakelijk netwerk", [5, 3, 2, 1, 4, 3, 2],
     "Je professionele profiel en je netwerk zijn de kern; aanbevelingen bouwen vertrouwen."),
    ("TikTok", "videoplatform", [2, 3, 5, 1, 1, 4, 1],
     "Korte video's die het algoritme verspreidt; bekijkcijfers bepalen wie opvalt."),
    ("YouTube", "videoplatform", [3, 3, 5, 1, 2, 4, 2],
     "Video's uploaden en terugvinden; views en abonnees tonen wie gezag heeft."),
    ("X", "microblog", [2, 5, 4, 3, 2, 3, 1],
     "Korte berichten en snelle discussie over wat er nu gebeurt."),
    ("Pinterest", "visuele zoekmachine", [1, 1, 5, 1, 1, 2, 4],
     "Ideeën bewaren en delen op borden; mensen zoeken er naar inspiratie."),
    ("Snapchat", "berichtenapp", [2, 4, 3, 5, 3, 1, 2],
     "Snel en vluchtig contact; je ziet wie er online is en waar vrienden zijn."),
    ("WhatsApp", "berichtenapp", [1, 5, 3, 3, 4, 1, 2],
     "Privégesprekken en groepsapps met mensen die je al kent."),
]


def platforms() -> pd.DataFrame:
    rows = []
    for name, kind, scores, why in PLATFORMS_TABLE:
        top = sorted(scores, reverse=True)
        assert top[0] > top[1] > top[2], f"honeycomb top two not unique for {name}"
        rows.append({"platform": name, "type": kind, **dict(zip(HONEYCOMB, scores)), "rationale": why})
    return pd.DataFrame(rows)
