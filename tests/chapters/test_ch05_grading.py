"""Chapter 5 graded end to end: one real `nbgrader autograde` over typical submissions.

Every case starts from the release with the model answers filled in, changes
one or two answers the way students do, and states the exact score per
exercise and the feedback it must get.
"""
from harness import Case, ChapterGrading

ASSIGNMENT = "ch05_content"

# The team's draft as it is (it meets only the hub share, which it already did).
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
# Best day and best hour looked up separately (zondag, 20 uur) and the day's mean reported; the size of that slot.
SLOT_SEPARATELY = '''
beste_dag = posts.groupby("weekdag")["engagement_rate"].mean().idxmax()
beste_uur = posts.groupby("uur")["engagement_rate"].mean().idxmax()
er_beste_slot = posts.groupby("weekdag")["engagement_rate"].mean().max()
posts_beste_slot = ((posts["weekdag"] == beste_dag) & (posts["uur"] == beste_uur)).sum()
'''
# Best slot by likes: weekend evening wins because reach is larger there.
SLOT_BY_LIKES = '''
per_slot = posts.groupby(["weekdag", "uur"])["likes"].mean()
beste_dag, beste_uur = per_slot.idxmax()
er_beste_slot = posts.groupby(["weekdag", "uur"])["engagement_rate"].mean()[(beste_dag, beste_uur)]
posts_beste_slot = ((posts["weekdag"] == beste_dag) & (posts["uur"] == beste_uur)).sum()
'''
# Median instead of mean (table wrong, best count still right: 0.75), ">=" instead of ">", and three
# hashtags still hard to read (1 of 4 readable: 0.25).
HASHTAGS_MEDIAN = '''
er_per_hashtags = posts.groupby("n_hashtags")["engagement_rate"].median().reset_index()
beste_aantal_hashtags = er_per_hashtags.loc[er_per_hashtags["engagement_rate"].idxmax(), "n_hashtags"]
aandeel_te_veel = (posts["n_hashtags"] >= beste_aantal_hashtags).mean()
leesbare_hashtags = {"#elektrischfietsen": "#elektrischfietsen", "#groenereizen": "#Groenereizen",
                     "#weekendvibes": "#Weekend Vibes", "#nederlandfietsland": "#NederlandFietsland"}
'''
# Engagement rate and share in percent, hashtags without # or in camelCase: the same answers (full marks).
HASHTAGS_PERCENT = '''
er_per_hashtags = posts.groupby("n_hashtags")["engagement_rate"].mean().mul(100).reset_index()
beste_aantal_hashtags = int(er_per_hashtags.loc[er_per_hashtags["engagement_rate"].idxmax(), "n_hashtags"])
aandeel_te_veel = f"{100 * (posts['n_hashtags'] > beste_aantal_hashtags).mean():.1f}%"
leesbare_hashtags = {"elektrischfietsen": "ElektrischFietsen", "groenereizen": "groeneReizen",
                     "weekendvibes": "#WeekendVibes", "nederlandfietsland": "#NederlandFietsLand"}
'''
# The comparison over single impressions (pooled rates and the z of the proportion test); the decisions right.
AB_IMPRESSIONS = '''
met = posts[posts["has_cta"]]
zonder = posts[~posts["has_cta"]]
ctr_met_cta = met["clicks"].sum() / met["impressions"].sum()
ctr_zonder_cta = zonder["clicks"].sum() / zonder["impressions"].sum()
t_cta = content.two_proportion_test(met["clicks"].sum(), met["impressions"].sum(),
                                    zonder["clicks"].sum(), zonder["impressions"].sum()).z
besluit_cta = "significant"
yt_met = youtube_april[youtube_april["has_cta"]]
yt_zonder = youtube_april[~youtube_april["has_cta"]]
p_youtube = content.two_proportion_test(yt_met["leads"].sum(), yt_met["clicks"].sum(),
                                        yt_zonder["leads"].sum(), yt_zonder["clicks"].sum()).p_value
besluit_youtube = "niet significant"
'''
# Groups swapped (negative t: full credit, with a hint), and the small test called significant
# because the difference "looks big".
AB_LOOKS_BIG = '''
klikratio = posts["clicks"] / posts["impressions"]
ctr_met_cta = klikratio[posts["has_cta"]].mean()
ctr_zonder_cta = klikratio[~posts["has_cta"]].mean()
t_cta = content.compare_posts(klikratio[~posts["has_cta"]], klikratio[posts["has_cta"]]).t
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
stdc_keuze = {"kustfilm": "see", "keuzegids": "do", "proefritactie": "do", "onderhoudstips": "care"}
'''
HHH_UNKNOWN_WORD = '''
hhh_keuze = {"lanceringsfilm": "hero", "route_van_de_week": "hub", "accu_opladen": "how-to",
             "dag_in_de_fabriek": "hub", "bandenspanning": "help", "elfstedentocht": "hero"}
stdc_keuze = {"kustfilm": "See", "keuzegids": "Think", "proefritactie": "Do", "onderhoudstips": "Care"}
'''

FULL = {"ch05_content_01_kalender": 5, "ch05_content_02_tijdslot": 3, "ch05_content_03_hashtags": 4,
        "ch05_content_04_ab_test": 5, "ch05_content_05_hero_hub_help": 3}

CASES = {
    # the draft handed in unchanged earns nothing, not even the hub share it already met
    "concept_unchanged": Case({"ch05_content_01_kalender": CONCEPT_UNCHANGED}, {"ch05_content_01_kalender": 0},
                              {"ch05_content_01_kalender": ["Dit is het concept van het team, ongewijzigd"]}),
    "too_many_heroes": Case({"ch05_content_01_kalender": TOO_MANY_HEROES}, {"ch05_content_01_kalender": 3},
                            {"ch05_content_01_kalender": ["Er staan 5 hero-posts", "omdat het uitzonderlijk is",
                                                  "Afspraak 'posts per week per platform' gehaald"]}),
    "slot_separately": Case({"ch05_content_02_tijdslot": SLOT_SEPARATELY}, {"ch05_content_02_tijdslot": 0.5},
                            {"ch05_content_02_tijdslot": ["Niet zondag", "los van elkaar", "gemiddelde van de beste dag"]}),
    "slot_by_likes": Case({"ch05_content_02_tijdslot": SLOT_BY_LIKES}, {"ch05_content_02_tijdslot": 0},
                          {"ch05_content_02_tijdslot": ["wint op likes", "Niet 21 uur"]}),
    "hashtags_median": Case({"ch05_content_03_hashtags": HASHTAGS_MEDIAN}, {"ch05_content_03_hashtags": 1},
                            {"ch05_content_03_hashtags": ["Je nam de mediaan", "'meer dan'", "zoals #GroeneReizen",
                                                          "1 van de 4 hashtags leesbaar"]}),
    "hashtags_percent": Case({"ch05_content_03_hashtags": HASHTAGS_PERCENT}, {"ch05_content_03_hashtags": 4},
                             {"ch05_content_03_hashtags": ["kort en relevant"]}),
    # pooled rates (-2) and the impression-level z (-1): the decisions keep their 2 points
    "ab_impressions": Case({"ch05_content_04_ab_test": AB_IMPRESSIONS}, {"ch05_content_04_ab_test": 2},
                           {"ch05_content_04_ab_test": ["Je deelde de totalen van de groep",
                                                        "de z van de toets over losse impressies"]}),
    "ab_looks_big": Case({"ch05_content_04_ab_test": AB_LOOKS_BIG}, {"ch05_content_04_ab_test": 4.5},
                         {"ch05_content_04_ab_test": ["Je t is negatief", "Besluit YouTube: het is 'niet significant'",
                                              "te klein"]}),
    # 4 of 6 hero/hub/help (1 of 1.5) and 3 of 4 see-think-do-care (1.125 of 1.5)
    "hhh_confused": Case({"ch05_content_05_hero_hub_help": HHH_CONFUSED}, {"ch05_content_05_hero_hub_help": 1 + 1.125},
                         {"ch05_content_05_hero_hub_help": ["'dag_in_de_fabriek' is hub, niet help",
                                                    "'elfstedentocht' is hero, niet hub",
                                                    "'keuzegids' is think, niet do"]}),
    # an answer outside the model costs only its own half point
    "hhh_unknown_word": Case({"ch05_content_05_hero_hub_help": HHH_UNKNOWN_WORD}, {"ch05_content_05_hero_hub_help": 1.25 + 1.5},
                             {"ch05_content_05_hero_hub_help": ["moet \"hero\", \"hub\" of \"help\" zijn"]}),
}


class TestGrading(ChapterGrading):
    ASSIGNMENT, FULL, CASES = ASSIGNMENT, FULL, CASES
