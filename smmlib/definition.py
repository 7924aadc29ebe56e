"""Hoofdstuk 1 als regels: wat zijn social media, welk soort media is iets, en wat doet het flywheel?

Deze module maakt de begrippen uit hoofdstuk 1 (Rietberg & Ruigrok, 2025)
controleerbaar:

* ``is_social_media`` en ``explain_social_media``: de definitie van het boek als
  drie vragen (online toepassing? maken of delen gebruikers zelf inhoud?
  kunnen gebruikers en organisaties er met elkaar over communiceren?);
* ``peso_type``: de beslisregel voor paid, earned, shared en owned media;
* ``DEFINITION_CASES``, ``PESO_CASES`` en ``FLYWHEEL_CASES``: uitgewerkte voorbeelden
  van Trapkracht voor het lesnotebook, die de regels eenduidig beslissen;
* ``EXERCISE_CASES``: de omschrijvingen van de voorbeelden in de opdracht (zonder
  antwoorden: die staan alleen in de verborgen tests);
* ``filter_bubble``: een klein rekenmodel van de feedbackloop achter een filterbubbel;
* ``MYTHS``: hardnekkige misverstanden over socialmediamanagement, met de werkelijkheid.

Voorbeeld:
    >>> from smmlib import definition
    >>> definition.is_social_media(online=True, user_content=True, interaction=True)
    True
    >>> definition.peso_type(paid=False, by_organisation=True)
    'owned'
"""
from typing import NamedTuple

__all__ = [
    "DefinitionCase", "PesoCase", "FlywheelCase", "Myth",
    "DEFINITIONS", "CRITERIA", "DEFINITION_CASES", "PESO_CASES", "FLYWHEEL_CASES", "EXERCISE_CASES", "MYTHS",
    "is_social_media", "missing_criteria", "explain_social_media", "peso_type", "explain_peso",
    "case", "filter_bubble", "flywheel_name",
]


class DefinitionCase(NamedTuple):
    key: str
    description: str
    online: bool
    user_content: bool
    interaction: bool


class PesoCase(NamedTuple):
    key: str
    description: str
    paid: bool
    by_organisation: bool
    shared_by_users: bool


class FlywheelCase(NamedTuple):
    key: str
    description: str
    activity: str
    reason: str


class Myth(NamedTuple):
    myth: str
    reality: str
    source: str


# ----------------------------------------------------------------- definitions
DEFINITIONS = {
    "woordenboek": ("Het woordenboek houdt het kort: sites en apps om een netwerk van contacten op te "
                    "bouwen (naar Van Dale, 2024). Over de inhoud die gebruikers maken, zegt het niets."),
    "boek": ("Online toepassingen waarin gebruikers én organisaties zelf informatie maken en delen, "
             "en daar met elkaar over in gesprek gaan. Dit is de definitie die het boek gebruikt "
             "(Rietberg & Ruigrok, 2025)."),
    "ugc": ("User generated content: inhoud die gebruikers zelf maken, delen of waarop ze reageren, "
            "zoals een review, een foto van je nieuwe fiets of een reactie onder een post."),
}

CRITERIA = {
    "online": "het is een online toepassing (website of app)",
    "user_content": "gebruikers maken of delen er zelf inhoud (user generated content)",
    "interaction": "gebruikers en organisaties kunnen er met elkaar over communiceren (reageren, in gesprek gaan)",
}

# Worked examples for the lesson, with their answers. The assignment's own cases
# (EXERCISE_CASES) are only descriptions here: their answer key lives in the hidden
# tests of source/ch01_definitie, out of students' reach.
DEFINITION_CASES = (
    DefinitionCase("1", "De Facebook-groep 'Trapkracht-rijders', waar eigenaars ritten delen en Trapkracht "
                        "vragen beantwoordt", True, True, True),
    DefinitionCase("2", "Een radiospot van Trapkracht op een landelijke zender", False, False, False),
    DefinitionCase("3", "De routeplanner op de website van Trapkracht, zonder accounts, reviews of reacties",
                   True, False, False),
)

# ----------------------------------------------------------------- PESO
PESO_CASES = (
    PesoCase("1", "Trapkracht zet een blog over de juiste bandenspanning op de eigen website", False, True, False),
    PesoCase("2", "Trapkracht betaalt Google om bovenaan te staan bij de zoekopdracht 'e-bike kopen'",
             True, True, False),
    PesoCase("3", "Een regionale krant schrijft uit zichzelf over de nieuwe Trapkracht-winkel in Utrecht",
             False, False, False),
    PesoCase("4", "Volgers delen de winactie-post van Trapkracht met hun vrienden", False, False, True),
)

# ----------------------------------------------------------------- flywheel
FLYWHEEL_CASES = (
    FlywheelCase("1", "Trapkracht meet hoe vaak het merk in fietsfora genoemd wordt, en op welke toon",
                 "luisteren", "het team online gesprekken volgt en analyseert: dat is social listening"),
    FlywheelCase("2", "Een bekende wielrenner deelt zijn eerste rit op een Trapkracht, en zijn volgers gaan "
                      "erover nadenken", "beïnvloeden",
                 "iemand met invloed de mening en het gedrag van zijn volgers stuurt"),
    FlywheelCase("3", "Onder een Instagram-post met de T5 staat een knop waarmee je hem direct bestelt",
                 "verkopen", "de post de aankoopstap makkelijk maakt: dat bevordert de verkoop"),
)

# ----------------------------------------------------------------- the assignment's cases
EXERCISE_CASES = {
    "definitie": {
        "A": "Het Instagram-account van Trapkracht, waar klanten foto's taggen en onder posts reageren",
        "B": "Een tv-commercial van Trapkracht tijdens het journaal",
        "C": "Een online forum waar e-bikers onderhoudstips uitwisselen en de monteur van Trapkracht meepraat",
        "D": "De productpagina in de webshop van Trapkracht, zonder reviews of reactiemogelijkheid",
        "E": "Een reviewsite waar kopers de Trapkracht T5 beoordelen en Trapkracht op reviews antwoordt",
        "F": "De maandelijkse e-mailnieuwsbrief van Trapkracht, zonder reageerknop of community",
        "G": "Een YouTube-video van Trapkracht over accu-onderhoud, met reacties en vragen van kijkers",
        "H": "Een advertentie van Trapkracht in de gedrukte zaterdagkrant",
    },
    "peso": {
        "A": "Trapkracht plaatst een reel over de nieuwe T5 op het eigen Instagram-account",
        "B": "Trapkracht betaalt Meta om een advertentie te tonen aan forenzen van 25 tot 45 jaar",
        "C": "Een journalist van een fietsblad test uit zichzelf de T5 en schrijft er een lovend artikel over",
        "D": "Klanten sturen de grappige video van Trapkracht door en zetten hem in hun eigen story",
        "E": "Trapkracht verstuurt de maandelijkse nieuwsbrief naar klanten",
        "F": "Een tevreden koper schrijft uit zichzelf een review van vijf sterren",
        "G": "Trapkracht betaalt een influencer € 800 voor een gesponsorde post over de T5",
        "H": "Een post van Trapkracht over fietsen naar je werk wordt duizenden keren gedeeld",
    },
    "flywheel": {
        "A": "Een video met een creator laat zien hoe relaxed woon-werkverkeer op een e-bike is, "
             "voor mensen die nog geen e-bike overwegen",
        "B": "Een accountmanager beantwoordt via LinkedIn de vragen van een bedrijf dat leasefietsen "
             "zoekt en stuurt een offerte",
        "C": "Het team volgt met een monitoringtool wat mensen online over de Trapkracht-accu zeggen "
             "en meet het sentiment",
        "D": "Een post zet drie modellen naast elkaar met prijzen en een knop om direct een proefrit "
             "te boeken",
        "E": "Reviews en forumposts van eigenaars analyseren om te zien welke onderhoudsvragen "
             "vaak terugkomen",
        "F": "Een influencer deelt hoe ze met haar e-bike de file ontwijkt, zodat haar volgers er "
             "ook over gaan nadenken",
    },
}

# ----------------------------------------------------------------- myths
MYTHS = (
    Myth("Hoe meer volgers, hoe succesvoller je bent.",
         "Volgers buiten je doelgroep leveren niets op; stuur op betrokkenheid en bijdrage aan je doelen.",
         "misverstanden in socialmediamanagement (blog)"),
    Myth("Zichtbaar worden kan alleen met betaalde advertenties.",
         "Sterke, deelbare content verdient ook organisch bereik (earned en shared media).",
         "misverstanden in socialmediamanagement (blog)"),
    Myth("Je moet op zoveel mogelijk platforms zitten.",
         "Kies de kanalen waar je doelgroep is: wie traplift verkoopt aan senioren, heeft Snapchat niet nodig.",
         "misverstanden in socialmediamanagement (blog)"),
    Myth("Social media zijn gratis.",
         "Een account kost niets, maar een goede aanpak kost veel tijd en dus geld.",
         "misverstanden in socialmediamanagement (blog)"),
    Myth("Socialmediamanagement is vooral een creatief vak.",
         "Het is net zo goed data-gedreven: meten, analyseren en bijsturen horen erbij.",
         "SMM-mythes ontkracht (blog)"),
    Myth("AI neemt het werk van de socialmediamanager over.",
         "AI helpt bij ideeën en concepten, maar merkstem, gevoel voor toon en community vragen mensen.",
         "SMM-mythes ontkracht (blog)"),
    Myth("Social is een losse afdeling die vooral berichten plaatst.",
         "Social is het visitekaartje van de hele organisatie en werkt samen met marketing en klantenservice.",
         "misverstanden in socialmediamanagement (blog)"),
)

_CASE_SETS = {"definitie": DEFINITION_CASES, "peso": PESO_CASES, "flywheel": FLYWHEEL_CASES}


# ----------------------------------------------------------------- functions
def is_social_media(online, user_content, interaction):
    """Voldoet iets aan de definitie van social media uit het boek?

    Alle drie de voorwaarden moeten gelden: het is online, gebruikers maken of
    delen er zelf inhoud, en gebruikers en organisaties kunnen er met elkaar
    over communiceren.

    Voorbeeld:
        >>> is_social_media(online=True, user_content=False, interaction=False)
        False
    """
    return bool(online) and bool(user_content) and bool(interaction)


def missing_criteria(item):
    """Welke voorwaarden van de definitie ontbreken bij een voorbeeld? (lijst met uitleg)

    Voorbeeld:
        >>> missing_criteria(case("definitie", "3"))
        ['gebruikers maken of delen er zelf inhoud (user generated content)', 'gebruikers en organisaties kunnen er met elkaar over communiceren (reageren, in gesprek gaan)']
    """
    return [text for field, text in CRITERIA.items() if not getattr(item, field)]


def explain_social_media(item):
    """Leg in één zin uit of een voorbeeld social media is volgens het boek, en waarom.

    Voorbeeld:
        >>> explain_social_media(case("definitie", "2")).startswith("Nee")
        True
    """
    missing = missing_criteria(item)
    if not missing:
        return ("Ja: het is online, gebruikers maken of delen er zelf inhoud, en gebruikers en "
                "de organisatie kunnen erover met elkaar communiceren.")
    return "Nee, want hier ontbreekt: " + "; ".join(missing) + "."


def peso_type(paid, by_organisation, shared_by_users=False):
    """Welk soort media volgens het PESO-model?

    De regel: betaalt de organisatie voor de plaatsing, dan is het *paid*.
    Publiceert de organisatie het zelf (gratis) op een eigen kanaal, dan is het
    *owned*. Geven gebruikers content van de organisatie door aan hun eigen
    netwerk, dan is het *shared*. Praten of schrijven anderen uit zichzelf over
    het merk, dan is het *earned*.

    Voorbeeld:
        >>> peso_type(paid=True, by_organisation=True)
        'paid'
        >>> peso_type(paid=False, by_organisation=False, shared_by_users=True)
        'shared'
    """
    if paid:
        return "paid"
    if by_organisation:
        return "owned"
    if shared_by_users:
        return "shared"
    return "earned"


_PESO_REASONS = {
    "paid": "de organisatie voor de plaatsing betaalt",
    "owned": "de organisatie het zelf, zonder te betalen, op een eigen kanaal publiceert",
    "shared": "gebruikers content van de organisatie doorgeven aan hun eigen netwerk",
    "earned": "anderen uit zichzelf over het merk praten of schrijven: die aandacht is verdiend",
}


def explain_peso(item):
    """Leg uit welk PESO-type een voorbeeld is en waarom.

    Voorbeeld:
        >>> explain_peso(case("peso", "3"))
        "'earned', omdat anderen uit zichzelf over het merk praten of schrijven: die aandacht is verdiend."
    """
    kind = peso_type(item.paid, item.by_organisation, item.shared_by_users)
    return f"'{kind}', omdat {_PESO_REASONS[kind]}."


def case(kind, key):
    """Zoek één lesvoorbeeld op: ``kind`` is 'definitie', 'peso' of 'flywheel', ``key`` het nummer.

    Voorbeeld:
        >>> case("flywheel", "1").activity
        'luisteren'
    """
    if kind not in _CASE_SETS:
        raise ValueError(f"Onbekende soort voorbeelden {kind!r}. Kies uit: {', '.join(_CASE_SETS)}.")
    for item in _CASE_SETS[kind]:
        if item.key == str(key).strip().upper():
            return item
    keys = ", ".join(i.key for i in _CASE_SETS[kind])
    raise ValueError(f"Geen voorbeeld {key!r} bij {kind!r}. Kies uit: {keys}.")


def filter_bubble(rounds=10, start_share=0.5, click_preference=0.7, learning_rate=0.5):
    """Rekenmodel van de feedbackloop achter een filterbubbel.

    Een feed toont twee soorten berichten: 'eigen mening' en 'andere mening'.
    De gebruiker klikt iets vaker op berichten die bij zijn mening passen
    (``click_preference`` = deel van de klikken dat naar de eigen mening gaat
    bij een gelijk aanbod). Het algoritme schuift elke ronde een stuk
    (``learning_rate``) op naar het aandeel van de klikken. Zo groeit het
    aandeel 'eigen mening' in de feed ronde na ronde.

    Geeft een DataFrame met de kolommen ``ronde`` en ``aandeel_eigen_mening``.

    Voorbeeld:
        >>> tabel = filter_bubble(rounds=3)
        >>> list(tabel["ronde"])
        [0, 1, 2, 3]
        >>> bool(tabel["aandeel_eigen_mening"].is_monotonic_increasing)
        True
    """
    import pandas as pd

    for name, value in [("start_share", start_share), ("click_preference", click_preference),
                        ("learning_rate", learning_rate)]:
        if not 0 <= value <= 1:
            raise ValueError(f"`{name}` moet tussen 0 en 1 liggen (nu {value}).")
    if int(rounds) != rounds or rounds < 0:
        raise ValueError(f"`rounds` moet een geheel getal van 0 of meer zijn (nu {rounds}).")
    share = float(start_share)
    rows = [(0, share)]
    for r in range(1, int(rounds) + 1):
        own = share * click_preference
        other = (1 - share) * (1 - click_preference)
        clicked_own = own / (own + other) if own + other else share
        share = share + learning_rate * (clicked_own - share)
        rows.append((r, round(share, 4)))
    rows[0] = (0, round(rows[0][1], 4))
    return pd.DataFrame(rows, columns=["ronde", "aandeel_eigen_mening"])


_FLYWHEEL_SYNONYMS = {
    "beinvloeden": "beïnvloeden", "influencing": "beïnvloeden", "social influencing": "beïnvloeden",
    "verkopen": "verkopen", "selling": "verkopen", "social selling": "verkopen",
    "luisteren": "luisteren", "listening": "luisteren", "social listening": "luisteren",
    "beinvloeding": "beïnvloeden", "verkoop": "verkopen", "sales": "verkopen",
}


def flywheel_name(text):
    """Zet een flywheel-activiteit om naar de naam die de cursus gebruikt.

    Accepteert ook zonder trema, de zelfstandige naamwoorden ('verkoop') en de Engelse
    vaktermen ('social selling').

    Voorbeeld:
        >>> flywheel_name("Beinvloeden")
        'beïnvloeden'
        >>> flywheel_name("social listening")
        'luisteren'
    """
    import unicodedata

    key = unicodedata.normalize("NFKD", str(text))
    key = " ".join("".join(ch for ch in key if not unicodedata.combining(ch)).lower().split())
    if key not in _FLYWHEEL_SYNONYMS:
        raise ValueError(f"Onbekende flywheel-activiteit {text!r}. Kies uit: 'beïnvloeden', 'verkopen', 'luisteren'.")
    return _FLYWHEEL_SYNONYMS[key]
