"""Chapter 5 graded end to end: one real `nbgrader autograde` over typical submissions.

Every case starts from the release with the model answers filled in, changes
one or two answers the way students do, and states the exact score per
exercise and the feedback it must get.
"""
from harness import Case, ChapterGrading

ASSIGNMENT = "ch05_content"

# The team's draft as it is: only the hub share is right (1 of 5 rules).
CONCEPT_UNCHANGED = '''
kalender = pd.DataFrame(concept_rijen, columns=KOLOMMEN)
'''
# Draft fixed except for the pillar order, with a hero every week on top of its own: 3 of 5.
TOO_MANY_HEROES = '''
kalender = pd.DataFrame(concept_rijen, columns=KOLOMMEN)
kalender.loc[7, "platform"] = "Instagram"
kalender.loc[7, "hhh"] = "hub"
kalender.loc[12, "hhh"] = "help"
kalender.loc[[0, 5, 10, 19], "hhh"] = "hero"
'''
# Best day and best hour looked up separately (zondag, 20 uur) and the day's mean reported.
SLOT_SEPARATELY = '''
beste_dag = posts.groupby("weekdag")["engagement_rate"].mean().idxmax()
beste_uur = posts.groupby("uur")["engagement_rate"].mean().idxmax()
er_beste_slot = posts.groupby("weekdag")["engagement_rate"].mean().max()
'''
# Best slot by likes: weekend evening wins because reach is larger there.
SLOT_BY_LIKES = '''
per_slot = posts.groupby(["weekdag", "uur"])["likes"].mean()
beste_dag, beste_uur = per_slot.idxmax()
er_beste_slot = posts.groupby(["weekdag", "uur"])["engagement_rate"].mean()[(beste_dag, beste_uur)]
'''
# Median instead of mean (table wrong, best count still right) and ">=" instead of ">".
HASHTAGS_MEDIAN = '''
er_per_hashtags = posts.groupby("n_hashtags")["engagement_rate"].median().reset_index()
beste_aantal_hashtags = er_per_hashtags.loc[er_per_hashtags["engagement_rate"].idxmax(), "n_hashtags"]
aandeel_te_veel = (posts["n_hashtags"] >= beste_aantal_hashtags).mean()
'''
# Engagement rate in percent: the shape check stops it (0 points, clear message).
HASHTAGS_PERCENT = '''
er_per_hashtags = posts.groupby("n_hashtags")["engagement_rate"].mean().mul(100).reset_index()
beste_aantal_hashtags = 4
aandeel_te_veel = 0.53
'''
# Mean of the per-post rates instead of the pooled rate; the test itself done right.
AB_MEAN_OF_RATES = '''
met = posts[posts["has_cta"]]
zonder = posts[~posts["has_cta"]]
ctr_met_cta = (met["clicks"] / met["impressions"]).mean()
ctr_zonder_cta = (zonder["clicks"] / zonder["impressions"]).mean()
toets = content.two_proportion_test(met["clicks"].sum(), met["impressions"].sum(),
                                    zonder["clicks"].sum(), zonder["impressions"].sum())
z_cta = toets.z
besluit_cta = "significant"
yt_met = youtube_april[youtube_april["has_cta"]]
yt_zonder = youtube_april[~youtube_april["has_cta"]]
p_youtube = content.two_proportion_test(yt_met["leads"].sum(), yt_met["clicks"].sum(),
                                        yt_zonder["leads"].sum(), yt_zonder["clicks"].sum()).p_value
besluit_youtube = "niet significant"
'''
# Groups swapped (negative z: full credit, with a hint), and the small test called significant
# because the difference "looks big".
AB_LOOKS_BIG = '''
met = posts[posts["has_cta"]]
zonder = posts[~posts["has_cta"]]
ctr_met_cta = met["clicks"].sum() / met["impressions"].sum()
ctr_zonder_cta = zonder["clicks"].sum() / zonder["impressions"].sum()
z_cta = content.two_proportion_test(zonder["clicks"].sum(), zonder["impressions"].sum(),
                                    met["clicks"].sum(), met["impressions"].sum()).z
besluit_cta = "significant"
yt_met = youtube_april[youtube_april["has_cta"]]
yt_zonder = youtube_april[~youtube_april["has_cta"]]
p_youtube = content.two_proportion_test(yt_met["leads"].sum(), yt_met["clicks"].sum(),
                                        yt_zonder["leads"].sum(), yt_zonder["clicks"].sum()).p_value
besluit_youtube = "significant"
'''
# Recurring series taken for help, and the one-off event taken for hub.
HHH_CONFUSED = '''
hhh_keuze = {
    "lanceringsfilm": "hero",
    "route_van_de_week": "hub",
    "accu_opladen": "help",
    "dag_in_de_fabriek": "help",
    "bandenspanning": "help",
    "elfstedentocht": "hub",
}
'''
HHH_UNKNOWN_WORD = '''
hhh_keuze = {"lanceringsfilm": "hero", "route_van_de_week": "hub", "accu_opladen": "how-to",
             "dag_in_de_fabriek": "hub", "bandenspanning": "help", "elfstedentocht": "hero"}
'''

FULL = {"ch05_content_01_kalender": 5, "ch05_content_02_tijdslot": 3, "ch05_content_03_hashtags": 4,
        "ch05_content_04_ab_test": 5, "ch05_content_05_hero_hub_help": 3}

CASES = {
    "concept_unchanged": Case({"ch05_content_01_kalender": CONCEPT_UNCHANGED}, {"ch05_content_01_kalender": 1},
                              {"ch05_content_01_kalender": ["posts op Facebook, dat niet in het plan staat",
                                                    "hoogstens 2", "In week 3 staat minder dan 1 help-post",
                                                    "dezelfde pijler"]}),
    "too_many_heroes": Case({"ch05_content_01_kalender": TOO_MANY_HEROES}, {"ch05_content_01_kalender": 3},
                            {"ch05_content_01_kalender": ["Er staan 5 hero-posts", "omdat het uitzonderlijk is",
                                                  "Afspraak 'posts per week per platform' gehaald"]}),
    "slot_separately": Case({"ch05_content_02_tijdslot": SLOT_SEPARATELY}, {"ch05_content_02_tijdslot": 1},
                            {"ch05_content_02_tijdslot": ["Niet zondag", "los van elkaar", "gemiddelde van de beste dag"]}),
    "slot_by_likes": Case({"ch05_content_02_tijdslot": SLOT_BY_LIKES}, {"ch05_content_02_tijdslot": 0},
                          {"ch05_content_02_tijdslot": ["wint op likes", "Niet 21 uur"]}),
    "hashtags_median": Case({"ch05_content_03_hashtags": HASHTAGS_MEDIAN}, {"ch05_content_03_hashtags": 1},
                            {"ch05_content_03_hashtags": ["Je nam de mediaan", "'meer dan'"]}),
    "hashtags_percent": Case({"ch05_content_03_hashtags": HASHTAGS_PERCENT}, {"ch05_content_03_hashtags": 0},
                             {"ch05_content_03_hashtags": ["fractie tussen 0 en 1"]}),
    "ab_mean_of_rates": Case({"ch05_content_04_ab_test": AB_MEAN_OF_RATES}, {"ch05_content_04_ab_test": 3},
                             {"ch05_content_04_ab_test": ["gemiddelde van de klikratio's per post"]}),
    "ab_looks_big": Case({"ch05_content_04_ab_test": AB_LOOKS_BIG}, {"ch05_content_04_ab_test": 4.5},
                         {"ch05_content_04_ab_test": ["Je z is negatief", "Besluit YouTube: het is 'niet significant'",
                                              "te klein"]}),
    "hhh_confused": Case({"ch05_content_05_hero_hub_help": HHH_CONFUSED}, {"ch05_content_05_hero_hub_help": 2},
                         {"ch05_content_05_hero_hub_help": ["'dag_in_de_fabriek' is hub, niet help",
                                                    "'elfstedentocht' is hero, niet hub"]}),
    "hhh_unknown_word": Case({"ch05_content_05_hero_hub_help": HHH_UNKNOWN_WORD}, {"ch05_content_05_hero_hub_help": 0},
                             {"ch05_content_05_hero_hub_help": ["moet \"hero\", \"hub\" of \"help\" zijn"]}),
}


class TestGrading(ChapterGrading):
    ASSIGNMENT, FULL, CASES = ASSIGNMENT, FULL, CASES
