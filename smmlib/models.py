"""De modellen uit het boek als gegevens die je in Python kunt gebruiken.

Elk model is een tuple met onderdelen; elk onderdeel heeft een naam en een
korte uitleg in eigen woorden. Zo kun je bijvoorbeeld controleren of je de
fasen van de klantcyclus in de goede volgorde hebt.

Modellen in deze module:

* ``CUSTOMER_CYCLE``: de klantcyclus, 8 fasen (koopcyclus + gebruikscyclus)
* ``PESO``: paid, earned, shared en owned media
* ``FLYWHEEL``: het Social Customer Flywheel (beïnvloeden, verkopen, luisteren)
* ``FOUR_C``: het 4C-model (customer experience, conversatie, content, collaboratie)
* ``NEEDS``: de drie behoeften uit de zelfdeterminatietheorie
* ``HONEYCOMB``: het honingraatmodel met 7 bouwstenen
* ``HERO_HUB_HELP`` en ``SEE_THINK_DO_CARE``: twee contentmodellen
* ``INFLUENCER_TIERS``: indeling van influencers naar aantal volgers
* ``SOCIAL_MEDIA_PLAN``: de drie onderdelen van een socialmediaplan

Voorbeeld:
    >>> from smmlib import models
    >>> models.phases("koopcyclus")
    ['inspiratie', 'onderzoeken', 'evalueren', 'selecteren']
    >>> models.cycle_of("onderhouden")
    'gebruikscyclus'
"""
# For developers: one cohesive module on purpose: the book's models as data, one block per model.
import unicodedata
from typing import NamedTuple

__all__ = [
    "Phase", "MediaType", "FlywheelActivity", "Item", "Tier", "PlanStep",
    "CUSTOMER_CYCLE", "PURCHASE_CYCLE", "USAGE_CYCLE", "PESO", "FLYWHEEL",
    "FOUR_C", "FOUR_C_SYNONYMS", "NEEDS", "NEED_SYNONYMS", "HONEYCOMB", "HERO_HUB_HELP", "SEE_THINK_DO_CARE",
    "INFLUENCER_TIERS", "TIER_NAMES", "SOCIAL_MEDIA_PLAN", "SOCIAL_MEDIA_DEFINITION",
    "phases", "cycle_of", "phase_number", "flywheel_for_phase", "names", "explain",
    "influencer_tier",
]


class Phase(NamedTuple):
    name: str
    number: int
    cycle: str
    explanation: str


class MediaType(NamedTuple):
    name: str
    explanation: str
    control: str
    examples: tuple


class FlywheelActivity(NamedTuple):
    name: str
    field_term: str
    explanation: str
    phases: tuple


class Item(NamedTuple):
    name: str
    explanation: str
    example: str


class Tier(NamedTuple):
    name: str
    min_followers: int
    max_followers: float  # exclusive upper bound; inf for the top tier
    explanation: str


class PlanStep(NamedTuple):
    name: str
    explanation: str
    questions: tuple


# ----------------------------------------------------------------- definition
SOCIAL_MEDIA_DEFINITION = {
    "uitleg": ("Het boek gebruikt een definitie met twee kanten: gebruikers maken, delen en "
               "bespreken zelf inhoud (user generated content), én organisaties gebruiken "
               "die omgeving planmatig om (potentiële) klanten te bereiken."),
    "criteria": (
        "gebruikers kunnen zelf inhoud maken, delen of erop reageren",
        "organisaties kunnen er met een plan klanten mee bereiken en spreken",
    ),
}

# ----------------------------------------------------------------- customer cycle
CUSTOMER_CYCLE = (
    Phase("inspiratie", 1, "koopcyclus",
          "De klant merkt een probleem of wens op en raakt geïnspireerd om een oplossing te zoeken."),
    Phase("onderzoeken", 2, "koopcyclus",
          "De klant zoekt informatie over producten of diensten die bij zijn behoefte passen."),
    Phase("evalueren", 3, "koopcyclus",
          "De klant vergelijkt de gevonden opties op wat hij belangrijk vindt."),
    Phase("selecteren", 4, "koopcyclus",
          "De klant maakt een keuze en koopt."),
    Phase("ontvangen", 5, "gebruikscyclus",
          "De klant krijgt het product of de dienst geleverd, fysiek of digitaal."),
    Phase("gebruiken", 6, "gebruikscyclus",
          "De klant gebruikt het product en doet er ervaring mee op."),
    Phase("onderhouden", 7, "gebruikscyclus",
          "De klant zorgt dat het product goed blijft werken (onderhoud, service, vragen)."),
    Phase("vervangen", 8, "gebruikscyclus",
          "De klant neemt afscheid van het product en koopt (misschien) opnieuw."),
)
PURCHASE_CYCLE = tuple(p.name for p in CUSTOMER_CYCLE if p.cycle == "koopcyclus")
USAGE_CYCLE = tuple(p.name for p in CUSTOMER_CYCLE if p.cycle == "gebruikscyclus")

_CYCLE_ALIASES = {
    "klantcyclus": None, "alles": None, "customer cycle": None,
    "koopcyclus": "koopcyclus", "koop": "koopcyclus", "aankoopcyclus": "koopcyclus",
    "purchase": "koopcyclus", "purchase cycle": "koopcyclus",
    "gebruikscyclus": "gebruikscyclus", "gebruik": "gebruikscyclus",
    "usage": "gebruikscyclus", "usage cycle": "gebruikscyclus",
}

# ----------------------------------------------------------------- PESO
PESO = (
    MediaType("paid", "Media waarvoor je betaalt om in beeld te komen.",
              "veel controle over de inhoud; bereik zolang je betaalt",
              ("advertentie op Instagram", "gesponsorde post", "betaalde samenwerking met een influencer")),
    MediaType("earned", "Aandacht die je verdient: anderen praten of schrijven uit zichzelf over je.",
              "weinig controle; wordt sterk vertrouwd, kan ook negatief uitvallen",
              ("review door een klant", "artikel van een journalist", "vermelding door een blogger")),
    MediaType("shared", "Content die gebruikers doorgeven aan hun eigen netwerk.",
              "weinig controle; kan snel en breed verspreiden (viraal)",
              ("repost van je video", "klant die je post deelt", "doorgestuurde meme over je merk")),
    MediaType("owned", "Kanalen die de organisatie zelf beheert.",
              "volledige controle over inhoud en timing",
              ("post op je eigen Instagram-account", "eigen website", "nieuwsbrief")),
)

# ----------------------------------------------------------------- flywheel
# Our reading of the book's figure: influencing sits at the start of the
# purchase cycle, selling at the decision, listening mainly in the usage cycle
# (though you can listen in every phase).
FLYWHEEL = (
    FlywheelActivity("beïnvloeden", "social influencing",
                     "Mensen via content, creators en gesprekken in beweging brengen: ze leren je kennen en gaan je overwegen.",
                     ("inspiratie", "onderzoeken")),
    FlywheelActivity("verkopen", "social selling",
                     "Via social relaties opbouwen, vragen beantwoorden en de aankoop makkelijk maken.",
                     ("evalueren", "selecteren")),
    FlywheelActivity("luisteren", "social listening",
                     "Volgen en analyseren wat er over je merk en producten gezegd wordt, vooral door klanten die het gebruiken.",
                     ("ontvangen", "gebruiken", "onderhouden", "vervangen")),
)

# ----------------------------------------------------------------- 4C
FOUR_C = (
    Item("customer experience", "Social media inzetten om de klantervaring te verbeteren, zodat klanten positief over je vertellen.",
         "een snelle, vriendelijke oplossing via DM die de klant daarna deelt"),
    Item("conversatie", "Gesprekken volgen, mogelijk maken en er zelf aan meedoen in plaats van alleen zenden.",
         "meepraten in de comments onder een post over je product"),
    Item("content", "Klanten iets geven om over te praten en te delen.",
         "een handige video met onderhoudstips"),
    Item("collaboratie", "Klanten betrekken bij wat je doet en samen dingen maken (cocreatie).",
         "klanten laten stemmen over een nieuwe kleur"),
)

# Other words students and marketers use for the four C's (for grading; case and accents do not count).
FOUR_C_SYNONYMS = {
    "klantervaring": "customer experience", "klantbeleving": "customer experience", "cx": "customer experience",
    "experience": "customer experience", "conversation": "conversatie", "conversaties": "conversatie",
    "gesprek": "conversatie", "gesprekken": "conversatie", "inhoud": "content", "collaboration": "collaboratie",
    "samenwerking": "collaboratie", "samenwerken": "collaboratie", "cocreatie": "collaboratie",
    "co creatie": "collaboratie", "co creation": "collaboratie",
}

# ----------------------------------------------------------------- self-determination
NEEDS = (
    Item("competentie", "Het gevoel dat je iets goed kunt en dingen leert.",
         "YouTube: leren hoe je iets maakt of repareert"),
    Item("autonomie", "Het gevoel dat je zelf kiest en jezelf kunt zijn.",
         "LinkedIn: zelf bepalen hoe je je professioneel laat zien"),
    Item("relatie", "Het gevoel van verbondenheid met anderen (ook wel verbondenheid genoemd).",
         "Facebook en Instagram: contact houden met vrienden en familie"),
)

# Other words for the three needs (for grading; case and accents do not count).
NEED_SYNONYMS = {
    "competence": "competentie", "competent": "competentie", "bekwaamheid": "competentie",
    "autonomy": "autonomie", "autonoom": "autonomie", "zelfstandigheid": "autonomie",
    "relaties": "relatie", "relatedness": "relatie", "relationship": "relatie", "verbondenheid": "relatie",
    "verbonden": "relatie", "sociale relatie": "relatie", "sociale relaties": "relatie",
}

# ----------------------------------------------------------------- honeycomb
HONEYCOMB = (
    Item("identiteit", "Hoeveel gebruikers over zichzelf laten zien in een profiel.", "LinkedIn-profiel"),
    Item("gesprekken", "Hoeveel gebruikers met elkaar communiceren.", "X, WhatsApp"),
    Item("delen", "Hoeveel gebruikers inhoud uitwisselen en verspreiden.", "YouTube, TikTok"),
    Item("aanwezigheid", "Of je kunt zien wie er online of in de buurt is.", "online-status in een chatapp"),
    Item("relaties", "Hoe gebruikers met elkaar verbonden zijn (connecties, volgen).", "LinkedIn-connecties"),
    Item("reputatie", "Hoe goed je de status of betrouwbaarheid van anderen of van inhoud kunt inschatten.",
         "aantal volgers, beoordelingen, likes"),
    Item("groepen", "Of gebruikers groepen of gemeenschappen kunnen vormen.", "Facebook-groepen, Discord-servers"),
)

# ----------------------------------------------------------------- content models
HERO_HUB_HELP = (
    Item("hero", "Groot, opvallend moment dat veel mensen moet bereiken; een paar keer per jaar.",
         "stuntvideo waarin een e-bike in één dag drie Alpenpassen beklimt"),
    Item("hub", "Terugkerende content die je volgers regelmatig laat terugkomen.",
         "wekelijkse rubriek 'Rijder van de week' met het verhaal van een klant"),
    Item("help", "Content die antwoord geeft op vragen waar je doelgroep naar zoekt; altijd beschikbaar.",
         "uitlegvideo 'zo stel je de trapondersteuning goed af'"),
)

SEE_THINK_DO_CARE = (
    Item("see", "Iedereen in je doelgroep, ook wie nog niet aan kopen denkt: zichtbaar worden.",
         "inspiratie (koopcyclus)"),
    Item("think", "Mensen die erover nadenken: helpen vergelijken en overwegen.",
         "onderzoeken, evalueren (koopcyclus)"),
    Item("do", "Mensen die klaar zijn om te kopen: de stap makkelijk maken.",
         "selecteren (koopcyclus)"),
    Item("care", "Bestaande klanten: zorgen, helpen en binden.",
         "ontvangen, gebruiken, onderhouden, vervangen (gebruikscyclus)"),
)

# ----------------------------------------------------------------- influencer tiers
INFLUENCER_TIERS = (
    Tier("nano", 0, 10_000, "Minder dan 10.000 volgers: kleine, hechte groep; vaak hoge betrokkenheid."),
    Tier("micro", 10_000, 50_000, "10.000 tot 50.000 volgers: duidelijke niche en nog persoonlijk contact."),
    Tier("mid", 50_000, 500_000, "50.000 tot 500.000 volgers: flink bereik met een herkenbaar profiel."),
    Tier("macro", 500_000, 1_000_000, "500.000 tot 1 miljoen volgers: groot bereik, minder persoonlijk."),
    Tier("mega", 1_000_000, float("inf"), "1 miljoen volgers of meer: beroemdheden en grote creators."),
)
TIER_NAMES = tuple(t.name for t in INFLUENCER_TIERS)

# ----------------------------------------------------------------- social media plan
SOCIAL_MEDIA_PLAN = (
    PlanStep("analyse", "Eerst uitzoeken waar je staat: klant, kanalen, content, prestaties en concurrenten.",
             ("Wie is de klant?", "Op welke kanalen is die klant actief?",
              "Welke content spreekt hem aan?", "Hoe presteren onze huidige uitingen?",
              "Wie zijn de concurrenten en wat leren we van hen?",
              "Hoe willen we met klanten omgaan in de interactie?")),
    PlanStep("strategie", "Kiezen hoe je social inzet om je doelen te halen: doelen, doelgroep, kanalen, rol van social.",
             ("Welke doelen (SMART) willen we halen?", "Welke kanalen en welke rol krijgt social?")),
    PlanStep("implementatie", "Concreet uitwerken hoe je de strategie uitvoert: planning, content, budget, taken en meten.",
             ("Wie doet wat en wanneer?", "Welke content, welk budget en welk meetplan?")),
)

_MODELS = {
    "klantcyclus": CUSTOMER_CYCLE,
    "peso": PESO,
    "flywheel": FLYWHEEL,
    "4c": FOUR_C,
    "behoeften": NEEDS,
    "honingraat": HONEYCOMB,
    "hero-hub-help": HERO_HUB_HELP,
    "see-think-do-care": SEE_THINK_DO_CARE,
    "influencers": INFLUENCER_TIERS,
    "socialmediaplan": SOCIAL_MEDIA_PLAN,
}
_MODEL_ALIASES = {
    "customer cycle": "klantcyclus", "social customer flywheel": "flywheel",
    "4c model": "4c", "4c-model": "4c", "zelfdeterminatie": "behoeften",
    "zelfdeterminatietheorie": "behoeften", "honeycomb": "honingraat",
    "honingraatmodel": "honingraat", "hhh": "hero-hub-help", "stdc": "see-think-do-care",
    "influencer tiers": "influencers", "plan": "socialmediaplan",
}


# ----------------------------------------------------------------- helpers
def _key(text):
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.lower().split())


def _find(items, name, what):
    for item in items:
        if _key(item.name) == _key(name):
            return item
    valid = ", ".join(repr(i.name) for i in items)
    raise ValueError(f"Onbekende {what} {name!r}. Kies uit: {valid}.")


def phases(cycle=None):
    """De fasen van de klantcyclus in volgorde.

    ``cycle`` mag leeg zijn (alle 8 fasen), "koopcyclus" of "gebruikscyclus".

    Voorbeeld:
        >>> phases()
        ['inspiratie', 'onderzoeken', 'evalueren', 'selecteren', 'ontvangen', 'gebruiken', 'onderhouden', 'vervangen']
        >>> phases("gebruikscyclus")
        ['ontvangen', 'gebruiken', 'onderhouden', 'vervangen']
    """
    if cycle is None:
        return [p.name for p in CUSTOMER_CYCLE]
    key = _key(cycle)
    if key not in _CYCLE_ALIASES:
        raise ValueError(f"Onbekende cyclus {cycle!r}. Kies uit: 'koopcyclus', 'gebruikscyclus' "
                         "of laat het leeg voor de hele klantcyclus.")
    wanted = _CYCLE_ALIASES[key]
    return [p.name for p in CUSTOMER_CYCLE if wanted is None or p.cycle == wanted]


def cycle_of(phase):
    """In welke cyclus valt een fase: "koopcyclus" of "gebruikscyclus"?

    Voorbeeld:
        >>> cycle_of("Evalueren")
        'koopcyclus'
    """
    return _find(CUSTOMER_CYCLE, phase, "fase").cycle


def phase_number(phase):
    """Het volgnummer (1-8) van een fase in de klantcyclus.

    Voorbeeld:
        >>> phase_number("ontvangen")
        5
    """
    return _find(CUSTOMER_CYCLE, phase, "fase").number


def flywheel_for_phase(phase):
    """Welke activiteit(en) van het Social Customer Flywheel horen bij een fase?

    Voorbeeld:
        >>> flywheel_for_phase("selecteren")
        ['verkopen']
    """
    phase = _find(CUSTOMER_CYCLE, phase, "fase").name
    return [a.name for a in FLYWHEEL if phase in a.phases]


def _model(model):
    key = _key(model)
    key = _MODEL_ALIASES.get(key, key)
    if key not in _MODELS:
        valid = ", ".join(repr(m) for m in _MODELS)
        raise ValueError(f"Onbekend model {model!r}. Kies uit: {valid}.")
    return _MODELS[key]


def names(model):
    """De namen van de onderdelen van een model, in volgorde.

    Modellen: 'klantcyclus', 'peso', 'flywheel', '4c', 'behoeften',
    'honingraat', 'hero-hub-help', 'see-think-do-care', 'influencers',
    'socialmediaplan'.

    Voorbeeld:
        >>> names("peso")
        ['paid', 'earned', 'shared', 'owned']
        >>> names("honingraat")[:3]
        ['identiteit', 'gesprekken', 'delen']
    """
    return [item.name for item in _model(model)]


def explain(model, name):
    """De korte uitleg bij één onderdeel van een model.

    Voorbeeld:
        >>> explain("peso", "owned")
        'Kanalen die de organisatie zelf beheert.'
    """
    return _find(_model(model), name, f"onderdeel van {model!r}").explanation


def influencer_tier(followers):
    """Deel een influencer in naar aantal volgers.

    Grenzen: nano < 10.000; micro 10.000 tot 50.000; mid 50.000 tot 500.000;
    macro 500.000 tot 1 miljoen; mega 1 miljoen of meer (de ondergrens hoort
    steeds bij de hogere groep).

    Eén getal geeft een tekst; een kolom (Series, lijst) geeft een Series met
    een geordende categorie (nano < micro < mid < macro < mega), zodat je
    kunt sorteren en groeperen. Leeg geeft None (of NaN in een kolom); een
    negatief aantal geeft een foutmelding.

    Voorbeeld:
        >>> influencer_tier(12_500)
        'micro'
        >>> influencer_tier(1_000_000)
        'mega'
        >>> import pandas as pd
        >>> influencer_tier(pd.Series([800, 60_000])).tolist()
        ['nano', 'mid']
    """
    import numpy as np
    import pandas as pd

    bounds = np.array([t.min_followers for t in INFLUENCER_TIERS[1:]], dtype="float64")
    if np.ndim(followers) == 0 and not isinstance(followers, pd.Series):
        if followers is None or followers is pd.NA or (isinstance(followers, float) and np.isnan(followers)):
            return None
        try:
            value = float(followers)
        except (TypeError, ValueError):
            raise ValueError(f"Het aantal volgers moet een getal zijn (nu: {followers!r}).") from None
        if np.isnan(value):
            return None
        if value < 0:
            raise ValueError(f"Het aantal volgers kan niet negatief zijn (nu: {followers!r}).")
        return TIER_NAMES[int(np.searchsorted(bounds, value, side="right"))]

    series = followers if isinstance(followers, pd.Series) else pd.Series(followers)
    try:
        values = pd.to_numeric(series).to_numpy(dtype="float64", na_value=np.nan)
    except (TypeError, ValueError):
        raise ValueError("De kolom met volgers bevat iets dat geen getal is. "
                         "Controleer de kolom, bijvoorbeeld met .unique().") from None
    missing = np.isnan(values)
    if (values[~missing] < 0).any():
        raise ValueError("Het aantal volgers kan niet negatief zijn. Controleer de kolom.")
    codes = np.searchsorted(bounds, np.where(missing, 0.0, values), side="right")
    codes = np.where(missing, -1, codes)
    categorical = pd.Categorical.from_codes(codes, categories=list(TIER_NAMES), ordered=True)
    return pd.Series(categorical, index=series.index, name="tier")
