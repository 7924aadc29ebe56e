"""Strategie en organisatie: RACI-tabellen controleren en de reclamevermelding bepalen.

Twee onderwerpen uit hoofdstuk 3 (Rietberg & Ruigrok, 2025):

* **RACI**: per taak wie het werk doet (R, responsible), wie eindverantwoordelijk
  is en beslist (A, accountable), wie je raadpleegt (C, consulted) en wie je
  op de hoogte houdt (I, informed). Een goede RACI-tabel heeft per taak precies
  één A en minstens één R. ``validate_raci`` controleert dat regel voor regel.
* **Reclamevermelding**: volgens de Reclamecode Social Media & Influencer
  Marketing (RSM) van de Stichting Reclame Code moet een maker die een
  *relevante relatie* met het merk heeft, dat duidelijk vermelden in de post
  (bijvoorbeeld ``#ad``, ``#adv``, ``#spon`` of het label "betaalde
  samenwerking"). Een relevante relatie is er bij betaling, een gratis product,
  een cadeau, korting of een kortingscode, een affiliatelink of een dienstverband.
  ``needs_disclosure`` past die regel toe op een soort relatie.

Dit is lesmateriaal, geen juridisch advies: de actuele tekst van de RSM staat
op reclamecode.nl.

Voorbeeld:
    >>> from smmlib import strategy
    >>> strategy.needs_disclosure("gratis product")
    True
    >>> strategy.validate_raci(strategy.raci_template())
    []
"""
import re
from typing import NamedTuple, Optional

__all__ = [
    "RACI_LETTERS", "RELEVANT_RELATIONS", "NO_RELATION", "DISCLOSURE_LABELS",
    "RaciViolation", "raci_template", "raci_letters", "validate_raci", "accountable",
    "responsible", "needs_disclosure", "disclosure_reason", "has_disclosure",
    "disclosure_cases", "smart_cases",
]

RACI_LETTERS = ("R", "A", "C", "I")

# relation -> why it counts as a relevant relationship under the RSM
RELEVANT_RELATIONS = {
    "betaling": "de maker krijgt geld van het merk",
    "gratis product": "de maker krijgt het product gratis (of in bruikleen) van het merk",
    "cadeau": "de maker krijgt een cadeau of ander voordeel van het merk",
    "korting": "de maker krijgt korting of een eigen kortingscode van het merk",
    "affiliatelink": "de maker verdient een commissie op verkopen via zijn link",
    "dienstverband": "de maker werkt voor het merk (werknemer)",
}
# relations that are no relevant relationship
NO_RELATION = {
    "geen": "de maker heeft geen band met het merk en krijgt er niets voor",
    "zelf gekocht": "de maker kocht het product zelf en krijgt niets van het merk",
    "redactioneel": "de redactie kocht of koos het product zelf, zonder voordeel van het merk",
}
DISCLOSURE_LABELS = ("#ad", "#adv", "#advertentie", "#spon", "#sponsored", "#reclame",
                     "betaalde samenwerking", "betaald partnerschap", "gekregen van",
                     "in samenwerking met", "paid partnership")


class RaciViolation(NamedTuple):
    """Eén overtreden RACI-regel: code, taak (of None) en uitleg."""
    rule: str
    task: Optional[str]
    message: str


def _clean(text):
    return " ".join(str(text).strip().lower().split())


# ----------------------------------------------------------------- RACI
def raci_template():
    """Een voorbeeld-RACI-tabel: één rij per taak, één kolom per rol.

    Een cel bevat een of meer letters uit R, A, C en I (bijvoorbeeld "A/R"), of
    is leeg ("") als de rol niets met de taak te maken heeft.

    Voorbeeld:
        >>> raci_template().columns.tolist()
        ['taak', 'marketingmanager', 'socialmediamanager', 'contentcreator']
    """
    import pandas as pd

    return pd.DataFrame([
        {"taak": "contentkalender", "marketingmanager": "I", "socialmediamanager": "A",
         "contentcreator": "R"},
        {"taak": "maandrapportage", "marketingmanager": "I", "socialmediamanager": "A/R",
         "contentcreator": "C"},
    ])


def raci_letters(cell):
    """De RACI-letters in één cel, als set. Onbekende tekens geven een ValueError.

    Letters mogen gescheiden zijn door "/", "," of spaties; hoofdletters zijn niet nodig. Een
    streepje ("-") is een lege cel.

    Voorbeeld:
        >>> sorted(raci_letters("a/r"))
        ['A', 'R']
        >>> raci_letters("")
        set()
    """
    if cell is None or (isinstance(cell, float) and cell != cell):
        return set()
    text = str(cell).strip().upper()
    if text in ("-", "\u2013", "\u2014"):   # a dash is how many RACI tables write "no role"
        return set()
    parts = [p for p in re.split(r"[/,;+\s]+", text) if p]
    if len(parts) == 1 and len(parts[0]) > 1 and set(parts[0]) <= set(RACI_LETTERS):
        parts = list(parts[0])  # "AR" -> A, R
    unknown = [p for p in parts if p not in RACI_LETTERS]
    if unknown:
        raise ValueError(f"{cell!r} is geen RACI-waarde: gebruik alleen R, A, C of I "
                         "(of een combinatie zoals 'A/R'), of laat de cel leeg.")
    return set(parts)


def _rows(table, task_column):
    if not (hasattr(table, "columns") and hasattr(table, "itertuples")):
        raise TypeError("Een RACI-tabel is een DataFrame met een kolom 'taak' en één kolom per rol. "
                        "Begin met strategy.raci_template().")
    if task_column not in table.columns:
        raise ValueError(f"De RACI-tabel mist de kolom {task_column!r} met de namen van de taken.")
    roles = [c for c in table.columns if c != task_column]
    for values in table[[task_column] + roles].itertuples(index=False, name=None):
        yield str(values[0]), dict(zip(roles, values[1:]))


def validate_raci(table, task_column="taak"):
    """Controleer een RACI-tabel en geef een lijst met fouten (leeg = goed).

    Regels per taak (rij):

    ============ ===========================================================
    rule         wanneer
    ============ ===========================================================
    letter       een cel bevat iets anders dan R, A, C of I
    geen_a       niemand is eindverantwoordelijk (geen A)
    meer_a       meer dan één rol is eindverantwoordelijk (meer dan één A)
    geen_r       niemand voert de taak uit (geen R)
    ============ ===========================================================

    Voorbeeld:
        >>> tabel = raci_template()
        >>> tabel.loc[0, "marketingmanager"] = "A"
        >>> [v.rule for v in validate_raci(tabel)]
        ['meer_a']
    """
    found = []
    for task, cells in _rows(table, task_column):
        letters = {}
        bad = False
        for role, cell in cells.items():
            try:
                letters[role] = raci_letters(cell)
            except ValueError as error:
                found.append(RaciViolation("letter", task, f"Taak '{task}', rol '{role}': {error}"))
                bad = True
        if bad:
            continue
        a_roles = [r for r, s in letters.items() if "A" in s]
        r_roles = [r for r, s in letters.items() if "R" in s]
        if not a_roles:
            found.append(RaciViolation(
                "geen_a", task, f"Taak '{task}': niemand heeft een A. Precies één rol moet "
                "eindverantwoordelijk zijn, anders beslist niemand als het misgaat."))
        elif len(a_roles) > 1:
            found.append(RaciViolation(
                "meer_a", task, f"Taak '{task}': {len(a_roles)} rollen hebben een A "
                f"({', '.join(a_roles)}). Er mag er maar één eindverantwoordelijk zijn, "
                "anders wijzen ze naar elkaar."))
        if not r_roles:
            found.append(RaciViolation(
                "geen_r", task, f"Taak '{task}': niemand heeft een R. Minstens één rol moet "
                "het werk doen."))
    return found


def accountable(table, task_column="taak"):
    """Per taak de rol met de A (of None als er niet precies één A is).

    Voorbeeld:
        >>> accountable(raci_template())
        {'contentkalender': 'socialmediamanager', 'maandrapportage': 'socialmediamanager'}
    """
    result = {}
    for task, cells in _rows(table, task_column):
        a_roles = []
        for role, cell in cells.items():
            try:
                if "A" in raci_letters(cell):
                    a_roles.append(role)
            except ValueError:
                pass
        result[task] = a_roles[0] if len(a_roles) == 1 else None
    return result


def responsible(table, task_column="taak"):
    """Per taak de lijst rollen met een R.

    Voorbeeld:
        >>> responsible(raci_template())
        {'contentkalender': ['contentcreator'], 'maandrapportage': ['socialmediamanager']}
    """
    result = {}
    for task, cells in _rows(table, task_column):
        roles = []
        for role, cell in cells.items():
            try:
                if "R" in raci_letters(cell):
                    roles.append(role)
            except ValueError:
                pass
        result[task] = roles
    return result


# ----------------------------------------------------------------- disclosure (RSM)
def needs_disclosure(relation):
    """Moet een post over het merk een reclamevermelding hebben? Volgens de RSM.

    ``relation`` is de soort relatie tussen maker en merk: een van
    ``RELEVANT_RELATIONS`` (betaling, gratis product, cadeau, korting,
    affiliatelink, dienstverband) geeft True; een van ``NO_RELATION`` (geen,
    zelf gekocht, redactioneel) geeft False.

    Voorbeeld:
        >>> needs_disclosure("dienstverband")
        True
        >>> needs_disclosure("zelf gekocht")
        False
    """
    key = _clean(relation)
    if key in RELEVANT_RELATIONS:
        return True
    if key in NO_RELATION:
        return False
    known = ", ".join(list(RELEVANT_RELATIONS) + list(NO_RELATION))
    raise ValueError(f"Onbekende relatie {relation!r}. Kies uit: {known}.")


def disclosure_reason(relation):
    """Een zin die uitlegt waarom er wel of geen reclamevermelding nodig is.

    Voorbeeld:
        >>> disclosure_reason("korting")
        'Vermelding nodig: de maker krijgt korting of een eigen kortingscode van het merk. Dat is een relevante relatie volgens de RSM.'
    """
    key = _clean(relation)
    if needs_disclosure(key):
        return (f"Vermelding nodig: {RELEVANT_RELATIONS[key]}. "
                "Dat is een relevante relatie volgens de RSM.")
    return (f"Geen vermelding nodig: {NO_RELATION[key]}. Zonder relevante relatie is de post "
            "geen reclame van het merk, maar een eigen mening.")


def has_disclosure(caption):
    """Staat er een herkenbare reclamevermelding in de tekst (#ad, #spon, 'betaalde samenwerking', …)?

    Let op: de RSM vraagt ook dat de vermelding duidelijk zichtbaar is, dus niet
    verstopt tussen tien andere hashtags. Deze functie kijkt alleen óf er een
    vermelding staat.

    Voorbeeld:
        >>> has_disclosure("Mijn nieuwe e-bike! #ad #fietsen")
        True
        >>> has_disclosure("#adventure op de fiets")
        False
    """
    text = _clean(caption)
    for label in DISCLOSURE_LABELS:
        if label.startswith("#"):
            if re.search(re.escape(label) + r"(?![\w])", text):
                return True
        elif label in text:
            return True
    return False


_CASES = [
    ("S1", "@fietsfleur (influencer)",
     "Krijgt €750 van Trapkracht voor een reel over de nieuwe Trapkracht Stad."),
    ("S2", "Jan (klant)",
     "Kocht zijn Trapkracht zelf bij de dealer en plaatst trots een foto van zijn eerste rit."),
    ("S3", "Sanne (werkt bij Trapkracht op de marketingafdeling)",
     "Post op haar privé-Instagram dat de nieuwe accu 'echt de beste van de markt' is."),
    ("S4", "@bakfietsbart (blogger)",
     "Mocht een Trapkracht-bakfiets gratis houden na een testperiode en schrijft een review."),
    ("S5", "Fietsredactie van een landelijk dagblad",
     "Test vijf e-bikes die de redactie zelf heeft gekocht, waaronder een Trapkracht."),
    ("S6", "@woonwerkwim (micro-influencer)",
     "Deelt een eigen kortingscode WIM10 van Trapkracht: 10% korting voor volgers."),
    ("S7", "Femke (fan)",
     "Ziet een Trapkracht-billboard, vindt het mooi en deelt er een foto van. "
     "Ze heeft geen contact met Trapkracht."),
    ("S8", "@e-bikeexpert (YouTuber)",
     "Zet onder zijn review een link naar de webshop van Trapkracht en krijgt 5% van elke "
     "verkoop via die link."),
]


def disclosure_cases():
    """De situaties van de opgave over reclamevermelding (hoofdstuk 3) als tabel.

    Kolommen: situatie, wie, wat. De soort relatie staat er bewust niet bij:
    die moet je zelf uit de beschrijving halen (de sleutel staat alleen in de
    verborgen tests van de opdracht).

    Voorbeeld:
        >>> disclosure_cases()["situatie"].tolist()[:3]
        ['S1', 'S2', 'S3']
    """
    import pandas as pd

    return pd.DataFrame(_CASES, columns=["situatie", "wie", "wat"])


# ----------------------------------------------------------------- SMART cases
_SMART_CASES = {
    "A": {"doel": "Meer volgers op social", "kpi": "volgers", "kanaal": "", "doelgroep": "",
          "nulmeting": 5200, "streefwaarde": 7000, "deadline": "zo snel mogelijk",
          "eigenaar": "socialmediamanager"},
    "B": {"doel": "Meer proefritaanvragen van zakelijke rijders via LinkedIn", "kpi": "conversies",
          "kanaal": "LinkedIn", "doelgroep": "HR-managers van bedrijven met een fietsplan",
          "nulmeting": 570, "streefwaarde": 5000, "deadline": "2026-12-31", "eigenaar": ""},
    "C": {"doel": "Meer klikken naar de webshop", "kpi": "ctr", "kanaal": "Instagram",
          "doelgroep": "forenzen van 25-40 jaar", "nulmeting": "weten we nog niet",
          "streefwaarde": 0.004, "deadline": "2026-06-30", "eigenaar": "contentmarketeer"},
    "D": {"doel": "Sneller antwoord op vragen in DM", "kpi": "eerste reactietijd",
          "kanaal": "Instagram DM", "doelgroep": "klanten met een servicevraag",
          "nulmeting": 45, "streefwaarde": 60, "deadline": "Q3", "eigenaar": "teamleider webcare"},
    "E": {"doel": "Meer websitebezoek vanuit Facebook-posts", "kpi": "klikken", "kanaal": "Facebook",
          "doelgroep": "gezinnen met jonge kinderen", "nulmeting": 7100, "streefwaarde": 8500,
          "deadline": "2026-12-31", "eigenaar": "socialmediamanager"},
    "F": {"doel": "Trapkracht bekender maken", "kpi": "bekendheid", "kanaal": "TikTok",
          "doelgroep": "scholieren van 16-18 jaar", "nulmeting": "20%", "streefwaarde": "+10%",
          "deadline": "2026-09-30", "eigenaar": "merkmanager"},
}


def smart_cases():
    """De doelen van de SMART-opgave (hoofdstuk 3): dict van letter naar doel (een dict).

    Elk doel heeft de sleutels van ``plan.SMART_KEYS``; controleer ze met
    ``plan.smart_check`` of ``plan.missing_smart_criteria``.

    Voorbeeld:
        >>> from smmlib import plan
        >>> plan.missing_smart_criteria(smart_cases()["E"])
        []
    """
    return {letter: dict(goal) for letter, goal in _SMART_CASES.items()}
