"""KPI-catalogus: welke KPI's passen bij welk type doel, en wat zijn ijdelheidsmetrics.

Een KPI (kernprestatie-indicator) is een meetbaar getal dat laat zien of je
een doel haalt. Welke KPI's zinvol zijn, hangt af van het type doel. Deze
module kent acht typen doelen:

* uit de praktijk van de socialmediamanager: merkbekendheid, betrokkenheid en
  community, verkeer naar website, leads of aanvragen, klantenservice ontlasting;
* uit het boek: reputatie (merk, hoofdstuk 6), verkoop (koopcyclus,
  hoofdstuk 7) en klanttevredenheid (gebruikscyclus, hoofdstuk 8).

Namen van KPI's zijn kleine letters ("ctr", "cost per lead", "bereik").
Synoniemen worden herkend, hoofdletters en extra spaties maken niet uit:
"CTR", "klikratio" en "Click-through rate" worden allemaal "ctr".

Regel voor ijdelheidsmetrics (vanity metrics)
---------------------------------------------
Sommige getallen zien er mooi uit maar zeggen weinig over resultaat: likes,
volgers, impressies, bereik, videoweergaven, paginaweergaven en het aantal
posts. **Zo'n metric is een ijdelheidsmetric voor een doel als hij op die
lijst staat én geen KPI van dat doel is.** Daardoor zijn likes en volgers
voor elk doel een ijdelheidsmetric, maar is bereik voor merkbekendheid een
echte KPI (bekendheid begint bij bereik) en voor leads of aanvragen niet.
Zonder doel is elke metric op de lijst verdacht: hij wordt pas zinvol als
je hem aan een doel koppelt.

Voorbeeld:
    >>> from smmlib import kpi
    >>> kpi.normalize_kpi("Klikratio")
    'ctr'
    >>> kpi.is_vanity("bereik", goal="merkbekendheid")
    False
    >>> kpi.is_vanity("bereik", goal="leads")
    True
"""
# For developers: one cohesive module on purpose: the catalogue (data) and the one normaliser that
# reads it belong together; most of the length is the catalogue table itself.
import re
import unicodedata

__all__ = [
    "goal_types", "normalize_goal", "goal_from_text", "kpis_for", "normalize_kpi", "is_kpi_for",
    "is_vanity", "vanity_reason", "lower_is_better", "catalogue", "all_kpis",
    "vanity_metrics", "synonyms", "GOALS", "KPIS", "VANITY_METRICS",
]

# --------------------------------------------------------------------------
# Goal types: the KPIs that fit, and what the goal is really about (used in
# the vanity sentence: "... zegt niets over <uitkomst>").
GOALS = {
    "merkbekendheid": {
        "kpis": ["bereik", "impressies", "videoweergaven", "share of voice",
                 "merkzoekopdrachten", "naamsbekendheid", "cpm"],
        "uitkomst": "hoe bekend je merk echt wordt",
    },
    "betrokkenheid en community": {
        "kpis": ["reacties", "shares", "saves", "dm's", "terugkerende interacties",
                 "sentiment", "engagement rate"],
        "uitkomst": "echte gesprekken met je community",
    },
    "verkeer naar website": {
        "kpis": ["klikken", "ctr", "sessies vanuit social", "landingspagina-prestaties", "cpc"],
        "uitkomst": "het aantal bezoeken aan je website",
    },
    "leads of aanvragen": {
        "kpis": ["leads", "formulierstarts", "conversies", "leadkwaliteit", "cost per lead",
                 "conversieratio"],
        "uitkomst": "het aantal aanvragen",
    },
    "klantenservice ontlasting": {
        "kpis": ["vragen via social", "type vragen", "eerste reactietijd",
                 "afhandelingstijd", "sla-percentage"],
        "uitkomst": "hoeveel klantvragen snel worden opgelost",
    },
    "reputatie": {
        "kpis": ["sentiment", "share of voice", "vermeldingen", "reviewscore"],
        "uitkomst": "hoe mensen over je merk denken en praten",
    },
    "verkoop": {
        "kpis": ["conversies", "conversieratio", "omzet vanuit social", "roas",
                 "cost per acquisition"],
        "uitkomst": "hoeveel er verkocht wordt",
    },
    "klanttevredenheid": {
        "kpis": ["nps", "csat", "reviewscore", "sentiment", "herhaalaankopen"],
        "uitkomst": "hoe tevreden klanten zijn",
    },
}

_GOAL_SYNONYMS = {
    "merkbekendheid": ["bekendheid", "naamsbekendheid", "awareness", "brand awareness",
                       "merk bekendheid", "zichtbaarheid"],
    "betrokkenheid en community": ["betrokkenheid", "community", "engagement",
                                   "betrokkenheid & community", "interactie"],
    "verkeer naar website": ["verkeer", "websiteverkeer", "website verkeer", "traffic",
                             "verkeer naar de website", "websitebezoek"],
    "leads of aanvragen": ["leads", "aanvragen", "leadgeneratie", "lead generatie",
                           "leads en aanvragen", "leads/aanvragen"],
    "klantenservice ontlasting": ["klantenservice", "webcare", "klantenservice ontlasten",
                                  "ontlasting klantenservice", "customer service"],
    "reputatie": ["merkreputatie", "imago", "reputatiemanagement", "merkimago"],
    "verkoop": ["sales", "verkopen", "omzet", "aankopen"],
    "klanttevredenheid": ["tevredenheid", "klantbeleving", "customer satisfaction",
                          "klantbehoud", "loyaliteit"],
}

# --------------------------------------------------------------------------
# KPI definitions: meaning, how it is measured, typical source, direction.
# Fields: (betekenis, metric, bron, lager_is_beter)
KPIS = {
    "bereik": ("Hoeveel verschillende mensen je content minstens één keer zagen.",
               "unieke accounts die de post zagen", "Meta Business Suite / platform-analytics", False),
    "impressies": ("Hoe vaak je content in totaal in beeld kwam (één persoon kan meerdere keren tellen).",
                   "aantal vertoningen", "Meta Business Suite / platform-analytics", False),
    "videoweergaven": ("Hoe vaak een video werd bekeken (let op: platforms tellen soms al na een paar seconden).",
                       "aantal weergaven; liefst ook kijkduur", "platform-analytics (TikTok, YouTube Studio, Meta)", False),
    "share of voice": ("Jouw aandeel in alle vermeldingen van merken in je markt.",
                       "vermeldingen eigen merk / vermeldingen alle merken", "social-listeningtool", False),
    "merkzoekopdrachten": ("Hoe vaak mensen op je merknaam zoeken: een teken dat ze je kennen.",
                           "groei in zoekopdrachten op de merknaam", "Google Search Console / Google Trends", False),
    "naamsbekendheid": ("Welk deel van de doelgroep je merk kent, spontaan of als je de naam noemt.",
                        "% van de doelgroep dat het merk kent (spontaan en geholpen)", "merkonderzoek / enquête",
                        False),
    "cpm": ("Wat het kost om je advertentie 1000 keer te vertonen.",
            "uitgaven / impressies x 1000", "Meta Ads Manager / advertentieplatform", True),
    "reacties": ("Hoeveel mensen de moeite nemen om iets terug te schrijven.",
                 "aantal comments", "Meta Business Suite / platform-analytics", False),
    "shares": ("Hoe vaak mensen je content doorsturen of delen met hun eigen netwerk.",
               "aantal keer gedeeld", "Meta Business Suite / platform-analytics", False),
    "saves": ("Hoe vaak mensen je post bewaren om later terug te kijken: teken van waarde.",
              "aantal keer opgeslagen", "Meta Business Suite / platform-analytics", False),
    "dm's": ("Hoeveel mensen je een persoonlijk bericht sturen.",
             "aantal directe berichten", "Meta Business Suite / inbox", False),
    "terugkerende interacties": ("Hoeveel mensen vaker dan één keer reageren: het begin van een community.",
                                 "accounts met 2 of meer interacties in de periode", "platform-analytics / community-tool", False),
    "sentiment": ("De toon van wat er over je gezegd wordt: positief, neutraal of negatief.",
                  "net sentiment = (positief - negatief) / alle vermeldingen", "social-listeningtool", False),
    "engagement rate": ("Welk deel van de mensen die je content zagen, er iets mee deed.",
                        "interacties / bereik (of impressies of volgers: noem de basis)", "Meta Business Suite / platform-analytics", False),
    "klikken": ("Hoe vaak mensen op de link in je post of advertentie klikten.",
                "aantal linkklikken", "platform-analytics / Meta Ads Manager", False),
    "ctr": ("Welk deel van de vertoningen tot een klik leidde (klikratio).",
            "klikken / impressies", "platform-analytics / Meta Ads Manager", False),
    "sessies vanuit social": ("Hoeveel websitebezoeken via social media binnenkwamen.",
                              "sessies met bron social", "Google Analytics 4", False),
    "landingspagina-prestaties": ("Of bezoekers vanuit social op de landingspagina blijven en verder klikken.",
                                  "engagement rate of bouncepercentage van de landingspagina", "Google Analytics 4", False),
    "cpc": ("Wat één klik naar je website kost.",
            "uitgaven / klikken", "Meta Ads Manager / advertentieplatform", True),
    "leads": ("Hoeveel mensen een aanvraag deden (proefrit, offerte, contact): de uitkomst van een leaddoel.",
              "aantal aanvragen of leads", "CRM / Google Analytics 4", False),
    "formulierstarts": ("Hoeveel bezoekers begonnen met invullen van een aanvraagformulier.",
                        "aantal gestarte formulieren", "Google Analytics 4", False),
    "conversies": ("Hoe vaak een bezoeker de gewenste actie afrondde (aanvraag, proefrit, aankoop).",
                   "aantal afgeronde doelacties", "Google Analytics 4 / CRM", False),
    "leadkwaliteit": ("Welk deel van de leads echt past en verder komt in het verkoopproces.",
                      "gekwalificeerde leads / alle leads", "CRM", False),
    "cost per lead": ("Wat één lead (aanvraag) kost aan advertentiebudget.",
                      "uitgaven / leads", "Meta Ads Manager + CRM", True),
    "conversieratio": ("Welk deel van de bezoekers of klikkers converteert.",
                       "conversies / sessies (of klikken)", "Google Analytics 4", False),
    "vragen via social": ("Hoeveel klantvragen via social binnenkomen in plaats van telefoon of mail.",
                          "aantal gesprekken via social", "webcare-tool", False),
    "type vragen": ("Over welke onderwerpen klanten vragen stellen, zodat je veelgestelde vragen kunt voorkomen.",
                    "verdeling van gesprekken per onderwerp", "webcare-tool", False),
    "eerste reactietijd": ("Hoe lang een klant wacht op een eerste antwoord.",
                           "mediaan minuten tot eerste reactie", "webcare-tool", True),
    "afhandelingstijd": ("Hoe lang het duurt tot een vraag helemaal is opgelost.",
                         "mediaan uren tot opgelost", "webcare-tool", True),
    "sla-percentage": ("Welk deel van de vragen binnen de afgesproken norm een antwoord kreeg.",
                       "gesprekken beantwoord binnen de norm / alle gesprekken", "webcare-tool", False),
    "vermeldingen": ("Hoe vaak je merk genoemd wordt door anderen (earned media).",
                     "aantal merkvermeldingen", "social-listeningtool", False),
    "reviewscore": ("Het gemiddelde oordeel van klanten in reviews.",
                    "gemiddeld aantal sterren", "reviewplatform (Google, Trustpilot)", False),
    "omzet vanuit social": ("Hoeveel omzet je kunt toeschrijven aan social media.",
                            "omzet van sessies of advertenties uit social", "Google Analytics 4 / webshop", False),
    "roas": ("Hoeveel omzet elke euro advertentiebudget oplevert.",
             "omzet / advertentie-uitgaven", "Meta Ads Manager + webshop", False),
    "cost per acquisition": ("Wat één nieuwe klant of aankoop kost aan advertentiebudget.",
                             "uitgaven / conversies", "Meta Ads Manager + webshop", True),
    "nps": ("Hoe waarschijnlijk klanten je aanraden (Net Promoter Score, -100 tot 100).",
            "% promotors (9-10) - % criticasters (0-6)", "klantonderzoek / CRM", False),
    "csat": ("Welk deel van de klanten tevreden is over een contact of product.",
             "% scores 4 of 5 op een schaal van 1-5", "webcare-tool / klantonderzoek", False),
    "herhaalaankopen": ("Hoeveel klanten opnieuw kopen: het vervangen in de klantcyclus.",
                        "klanten met een tweede aankoop / alle klanten", "CRM / webshop", False),
}

# Metrics that look good but prove little; value = what they count, in a
# phrase that reads well before "zegt niets over ...".
VANITY_METRICS = {
    "volgers": "meer volgers",
    "likes": "het aantal likes",
    "impressies": "het aantal vertoningen (ook van wie snel doorscrolt)",
    "bereik": "het aantal mensen dat je bericht zag",
    "videoweergaven": "het aantal videoweergaven (vaak al na een paar seconden geteld)",
    "paginaweergaven": "het aantal bekeken pagina's",
    "aantal posts": "het aantal geplaatste posts (jouw inspanning, niet je resultaat)",
}

_KPI_SYNONYMS = {
    "bereik": ["reach", "uniek bereik", "bereikte personen", "bereikte accounts"],
    "impressies": ["impressions", "vertoningen", "impressie"],
    "videoweergaven": ["video views", "videoviews", "video weergaven", "videoweergave", "views",
                       "weergaven video"],
    "share of voice": ["sov", "aandeel in het gesprek", "aandeel vermeldingen"],
    "merkzoekopdrachten": ["groei in merkzoekopdrachten", "branded search", "merkzoekvolume",
                           "zoekopdrachten op merknaam", "branded zoekopdrachten"],
    "cpm": ["cost per mille", "kosten per 1000 impressies", "kosten per duizend vertoningen",
            "kosten per 1000 vertoningen"],
    "reacties": ["comments", "commentaren", "reactie", "opmerkingen"],
    "shares": ["delingen", "keer gedeeld", "gedeeld", "share", "aantal shares"],
    "saves": ["opgeslagen", "bewaard", "keer opgeslagen", "save", "aantal saves"],
    "dm's": ["dms", "dm", "directe berichten", "direct messages", "privéberichten",
             "persoonlijke berichten"],
    "terugkerende interacties": ["terugkerende interactie", "herhaalde interacties",
                                 "returning engagers", "terugkerende volgers die reageren"],
    "sentiment": ["net sentiment", "sentimentscore", "tonaliteit", "netto sentiment"],
    "engagement rate": ["engagement", "engagementratio", "engagement ratio", "engagementrate",
                        "betrokkenheidsratio", "interactieratio", "engagementpercentage",
                        "interactiepercentage"],
    "klikken": ["clicks", "link clicks", "linkklikken", "kliks", "klik", "link kliks"],
    "ctr": ["klikratio", "click-through rate", "click-through-rate", "clickthrough rate",
            "doorklikratio", "klikfrequentie", "doorklikpercentage", "klikpercentage"],
    "sessies vanuit social": ["sessies", "social sessies", "sessions", "websitebezoeken vanuit social",
                              "bezoeken vanuit social", "verkeer vanuit social", "websitebezoek",
                              "websitebezoeken"],
    "landingspagina-prestaties": ["landingspagina prestaties", "landing page performance",
                                  "bouncepercentage", "bounce rate", "landingspagina"],
    "cpc": ["cost per click", "kosten per klik"],
    "leads": ["lead", "aantal leads", "aanvragen", "aanvraag", "aantal aanvragen", "proefritaanvragen",
              "proefritaanvraag", "aanvragen proefrit", "proefritten", "offerteaanvragen", "contactaanvragen",
              "leads vanuit social", "leads uit social", "gegenereerde leads"],
    "naamsbekendheid": ["spontane bekendheid", "geholpen bekendheid", "spontane naamsbekendheid",
                        "geholpen naamsbekendheid", "awareness score"],   # "bekendheid" alone stays too vague
    "formulierstarts": ["formulier starts", "form starts", "gestarte formulieren",
                        "formulieren gestart"],
    "conversies": ["conversions", "conversie", "aankopen", "purchases", "doelacties"],
    "leadkwaliteit": ["kwaliteit van leads", "kwaliteit leads", "lead quality",
                      "gekwalificeerde leads", "lead kwaliteit"],
    "cost per lead": ["cpl", "kosten per lead", "kosten per aanvraag", "cost per aanvraag"],
    "conversieratio": ["conversion rate", "conversiepercentage", "conversie ratio", "cr"],
    "vragen via social": ["aantal vragen via social", "klantvragen via social", "vragen",
                          "klantvragen", "aantal gesprekken"],
    "type vragen": ["soort vragen", "vraagtypes", "type vraag", "onderwerpen van vragen",
                    "vraagtypen"],
    "eerste reactietijd": ["first response time", "reactietijd", "responstijd",
                           "eerste responstijd", "frt", "wachttijd"],
    "afhandelingstijd": ["resolution time", "oplostijd", "doorlooptijd", "afhandeltijd",
                         "handling time", "oplossingstijd"],
    "sla-percentage": ["sla", "sla share", "sla-score", "binnen de norm", "percentage binnen norm",
                       "servicenorm", "sla percentage"],
    "vermeldingen": ["mentions", "merkvermeldingen", "aantal vermeldingen", "buzz", "vermelding"],
    "reviewscore": ["reviews", "gemiddelde review", "beoordeling", "gemiddelde beoordeling",
                    "rating", "sterren", "review score"],
    "omzet vanuit social": ["omzet", "revenue", "opbrengst vanuit social", "omzet via social",
                            "social omzet"],
    "roas": ["return on ad spend", "opbrengst per advertentie-euro"],
    "cost per acquisition": ["cpa", "kosten per acquisitie", "kosten per aankoop",
                             "kosten per conversie", "cost per conversion"],
    "nps": ["net promoter score", "aanbevelingsscore"],
    "csat": ["customer satisfaction score", "tevredenheidsscore", "klanttevredenheidsscore"],
    "herhaalaankopen": ["herhaalaankoop", "repeat purchases", "terugkerende klanten",
                        "herhalingsaankopen"],
    "volgers": ["followers", "aantal volgers", "fans", "abonnees", "subscribers",
                "volgersgroei", "volger"],
    "likes": ["vind-ik-leuks", "hartjes", "duimpjes", "like", "aantal likes"],
    "paginaweergaven": ["pageviews", "page views", "paginaweergave", "pagina weergaven"],
    "aantal posts": ["posts", "aantal berichten", "postfrequentie", "berichten geplaatst",
                     "aantal geplaatste posts"],
}


# --------------------------------------------------------------------------
def _key(text):
    """Lower-case, no accents, curly quotes straight, '-'/'_' as spaces, single spaces."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = re.sub(r"[\s\-_]+", " ", text.lower())
    return text.strip()


def _build_lookup():
    lookup = {}
    for canonical in list(KPIS) + list(VANITY_METRICS):
        lookup[_key(canonical)] = canonical
    for canonical, names in _KPI_SYNONYMS.items():
        for name in names:
            lookup.setdefault(_key(name), canonical)
    return lookup


_KPI_LOOKUP = _build_lookup()
_GOAL_LOOKUP = {_key(g): g for g in GOALS}
for _goal, _names in _GOAL_SYNONYMS.items():
    for _name in _names:
        _GOAL_LOOKUP.setdefault(_key(_name), _goal)


def goal_types():
    """Geef de namen van alle typen doelen in de catalogus.

    Voorbeeld:
        >>> goal_types()[:2]
        ['merkbekendheid', 'betrokkenheid en community']
    """
    return list(GOALS)


def normalize_goal(goal):
    """Zet een doel om naar de officiële naam van het type doel.

    Hoofdletters en spaties maken niet uit, en korte namen zoals "leads",
    "bekendheid", "verkeer" en "klantenservice" mogen ook.

    Voorbeeld:
        >>> normalize_goal("Leads")
        'leads of aanvragen'
    """
    found = _GOAL_LOOKUP.get(_key(goal)) if isinstance(goal, str) else None
    if found is None:
        valid = ", ".join(repr(g) for g in GOALS)
        raise ValueError(f"Onbekend type doel {goal!r}. Kies uit: {valid}.")
    return found


def goal_from_text(text):
    """Herken het type doel in een vrije tekst, of geef None.

    Eerst wordt de hele tekst als doelnaam geprobeerd; anders wordt gezocht
    naar precies één type doel dat als los woord in de tekst voorkomt. Noemt
    de tekst meerdere typen doelen, dan is de uitkomst None (twijfel).

    Voorbeeld:
        >>> goal_from_text("Meer leads uit Instagram in Q3")
        'leads of aanvragen'
        >>> goal_from_text("Iets met social") is None
        True
    """
    if not isinstance(text, str):
        return None
    key = _key(text)
    if key in _GOAL_LOOKUP:
        return _GOAL_LOOKUP[key]
    padded = f" {re.sub(r'[^a-z0-9&/ ]+', ' ', key)} "
    padded = " ".join(padded.split())
    padded = f" {padded} "
    found = {goal for name, goal in _GOAL_LOOKUP.items() if f" {name} " in padded}
    return found.pop() if len(found) == 1 else None


def kpis_for(goal):
    """Geef de KPI's die passen bij een type doel.

    Voorbeeld:
        >>> kpis_for("leads of aanvragen")
        ['leads', 'formulierstarts', 'conversies', 'leadkwaliteit', 'cost per lead', 'conversieratio']
    """
    return list(GOALS[normalize_goal(goal)]["kpis"])


def normalize_kpi(name):
    """Zet een KPI- of metricnaam om naar de vaste naam uit de catalogus.

    Synoniemen, hoofdletters en spaties maken niet uit. Ken je de naam niet
    precies, dan stelt de foutmelding namen voor die erop lijken.

    Voorbeeld:
        >>> normalize_kpi("  Click-through rate ")
        'ctr'
        >>> normalize_kpi("CPL")
        'cost per lead'
        >>> normalize_kpi("reach")
        'bereik'
    """
    if not isinstance(name, str):
        raise ValueError(f"Een KPI-naam moet tekst zijn, bijvoorbeeld 'ctr' (nu: {name!r}).")
    key = _key(name)
    if key in _KPI_LOOKUP:
        return _KPI_LOOKUP[key]
    import difflib  # only needed for the error message

    close = difflib.get_close_matches(key, list(_KPI_LOOKUP), n=6, cutoff=0.6)
    suggestions = []
    for match in close:
        canonical = _KPI_LOOKUP[match]
        if canonical not in suggestions:
            suggestions.append(canonical)
    message = f"{name!r} is geen bekende KPI of metric."
    if suggestions:
        message += f" Bedoel je {_or_list(suggestions[:3])}?"
    else:
        message += " Kies een naam uit kpi.all_kpis()."
    raise ValueError(message)


def _or_list(names):
    """"'a', 'b' of 'c'" in Dutch."""
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + " of " + quoted[-1]


def _try_normalize(name):
    try:
        return normalize_kpi(name)
    except ValueError:
        return None


def is_kpi_for(name, goal):
    """Is ``name`` een passende KPI voor dit type doel?

    Een onbekende naam geeft False (gebruik ``normalize_kpi`` om te zien
    waarom). Een onbekend doel geeft een foutmelding met de geldige doelen.

    Voorbeeld:
        >>> is_kpi_for("CTR", "verkeer naar website")
        True
        >>> is_kpi_for("likes", "verkeer naar website")
        False
    """
    goal = normalize_goal(goal)
    return _try_normalize(name) in GOALS[goal]["kpis"]


def is_vanity(name, goal=None):
    """Is ``name`` een ijdelheidsmetric (voor dit doel)?

    Regel: een metric is een ijdelheidsmetric voor een doel als hij op de
    ijdelheidslijst staat (likes, volgers, impressies, bereik,
    videoweergaven, paginaweergaven, aantal posts) en geen KPI van dat doel
    is. Zonder doel: True voor alles op de lijst. Onbekende naam: False.

    Voorbeeld:
        >>> is_vanity("Likes", goal="merkbekendheid")
        True
        >>> is_vanity("bereik", goal="merkbekendheid")
        False
        >>> is_vanity("impressies", goal="leads")
        True
    """
    canonical = _try_normalize(name)
    if canonical not in VANITY_METRICS:
        return False
    if goal is None:
        return True
    return canonical not in GOALS[normalize_goal(goal)]["kpis"]


def vanity_reason(name, goal=None):
    """Leg in één zin uit waarom ``name`` een ijdelheidsmetric is (voor dit doel).

    Geeft None als het geen ijdelheidsmetric is.

    Voorbeeld:
        >>> vanity_reason("volgers", "leads")
        "'volgers' is een ijdelheidsmetric: meer volgers zegt niets over het aantal aanvragen (doel: leads of aanvragen)."
        >>> vanity_reason("bereik", "merkbekendheid") is None
        True
    """
    if not is_vanity(name, goal):
        return None
    canonical = normalize_kpi(name)
    phrase = VANITY_METRICS[canonical]
    if goal is None:
        return (f"'{canonical}' is een ijdelheidsmetric: {phrase} zegt op zichzelf niets "
                "over resultaat. Koppel hem aan een doel of kies een KPI die het resultaat meet.")
    goal = normalize_goal(goal)
    return (f"'{canonical}' is een ijdelheidsmetric: {phrase} zegt niets over "
            f"{GOALS[goal]['uitkomst']} (doel: {goal}).")


def lower_is_better(name):
    """Is bij deze KPI een lagere waarde beter (tijden en kosten)?

    Voorbeeld:
        >>> lower_is_better("eerste reactietijd")
        True
        >>> lower_is_better("ctr")
        False
    """
    canonical = normalize_kpi(name)
    return bool(KPIS.get(canonical, ("", "", "", False))[3])


def catalogue():
    """De hele KPI-catalogus als tabel: één rij per doel en KPI.

    Kolommen: doel, kpi, betekenis, metric (hoe je het berekent of telt),
    bron (waar je het getal vindt) en richting ("hoger is beter" of "lager
    is beter").

    Voorbeeld:
        >>> tabel = catalogue()
        >>> list(tabel.columns)
        ['doel', 'kpi', 'betekenis', 'metric', 'bron', 'richting']
        >>> tabel[tabel["doel"] == "verkoop"]["kpi"].tolist()[:2]
        ['conversies', 'conversieratio']
    """
    import pandas as pd

    rows = []
    for goal, info in GOALS.items():
        for name in info["kpis"]:
            meaning, metric, source, lower = KPIS[name]
            rows.append({
                "doel": goal, "kpi": name, "betekenis": meaning, "metric": metric,
                "bron": source, "richting": "lager is beter" if lower else "hoger is beter",
            })
    return pd.DataFrame(rows)


def all_kpis():
    """Alle KPI's uit de catalogus (elke naam één keer).

    Voorbeeld:
        >>> "ctr" in all_kpis()
        True
        >>> "likes" in all_kpis()
        False
    """
    names = []
    for info in GOALS.values():
        for name in info["kpis"]:
            if name not in names:
                names.append(name)
    return names


def vanity_metrics():
    """De metrics op de ijdelheidslijst.

    Voorbeeld:
        >>> vanity_metrics()[:2]
        ['volgers', 'likes']
    """
    return list(VANITY_METRICS)


def synonyms():
    """Alle synoniemen met hun vaste naam, als woordenboek {synoniem: naam}.

    Voorbeeld:
        >>> synonyms()["klikratio"]
        'ctr'
    """
    return {name: canonical for canonical, names in _KPI_SYNONYMS.items() for name in names}
