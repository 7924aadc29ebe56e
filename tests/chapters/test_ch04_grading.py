"""Chapter 4 graded end to end: one real `nbgrader autograde` over typical submissions.

Every case starts from the release with the model answers filled in, changes
one or two answers the way students do, and states the exact score per
exercise and the feedback it must get. Copy this file for a new chapter.
"""
from harness import Case, ChapterGrading

ASSIGNMENT = "ch04_analytics"

VANITY_KPIS = '''
kpi_keuze = {
    "merkbekendheid": ["bereik", "volgers", "videoweergaven"],
    "verkeer naar website": ["klikken", "CTR", "sessies vanuit social"],
    "leads of aanvragen": ["formulierstarts", "likes", "volgers"],
    "klantenservice ontlasting": ["eerste reactietijd", "afhandelingstijd", "vragen via social"],
}
'''
ER_BY_FOLLOWERS = '''
posts["engagement_rate"] = metrics.engagement_rate(posts, base="followers")
er_per_format = posts.groupby(["platform", "format"], observed=True)["engagement_rate"].mean().reset_index()
'''
ER_IN_PERCENT = '''
posts["engagement_rate"] = 100 * metrics.engagement_rate(posts, base="reach")
er_per_format = posts.groupby(["platform", "format"], observed=True)["engagement_rate"].mean().reset_index()
'''
BEST_BY_TOTAL_LIKES = '''
totaal = posts.groupby(["platform", "format"], observed=True)["likes"].sum().reset_index()
beste = totaal.sort_values("likes").groupby("platform", observed=True).tail(1)
beste_format = {p: f for p, f in zip(beste["platform"], beste["format"]) if p in PLATFORMS_MET_KEUZE}
'''
PLAN_WITHOUT_OWNER = '''
meetplan = pd.DataFrame([
    {"doel": "meer proefritaanvragen", "kpi": "conversies", "metric": "verstuurde formulieren",
     "bron": "Google Analytics 4", "streefwaarde": 300, "frequentie": "wekelijks"},
    {"doel": "meer proefritaanvragen", "kpi": "cost per lead", "metric": "kosten / aanvragen",
     "bron": "Meta Business Suite", "streefwaarde": 25, "frequentie": "maandelijks"},
])
'''
PLAN_VANITY_AND_VAGUE = '''
meetplan = pd.DataFrame([
    {"doel": "meer proefritaanvragen", "kpi": "likes", "metric": "likes per post",
     "bron": "Meta Business Suite", "streefwaarde": 1000, "frequentie": "af en toe", "eigenaar": "stagiair"},
    {"doel": "meer proefritaanvragen", "kpi": "conversies", "metric": "verstuurde formulieren",
     "bron": "Google Analytics 4", "streefwaarde": 300, "frequentie": "wekelijks", "eigenaar": "marketeer"},
])
'''
SPEARMAN = '''
r_likes_leads = posts["likes"].corr(posts["leads"], method="spearman")
r_klikken_leads = posts["clicks"].corr(posts["leads"], method="spearman")
sterkste_voorspeller = "klikken"
'''
LIKES_WIN = '''
r_likes_leads = posts["likes"].corr(posts["leads"])
r_klikken_leads = posts["clicks"].corr(posts["leads"])
sterkste_voorspeller = "likes"
'''

FULL = {"ch04_analytics_01_kpi_keuze": 4, "ch04_analytics_02_engagement_rate": 5, "ch04_analytics_03_beste_format": 3,
        "ch04_analytics_04_meetplan": 5, "ch04_analytics_05_likes_leads": 3}

CASES = {
    # merkbekendheid 2 good 1 vanity -> 1/3; leads 1 good 2 vanity -> 0
    "vanity_kpis": Case({"ch04_analytics_01_kpi_keuze": VANITY_KPIS}, {"ch04_analytics_01_kpi_keuze": 2 + 1 / 3},
                        {"ch04_analytics_01_kpi_keuze": ["'likes' is een ijdelheidsmetric", "'volgers' is een ijdelheidsmetric"]}),
    # right grouping (1 point), no right values; the followers ranking also changes the best formats
    "er_by_followers": Case({"ch04_analytics_02_engagement_rate": ER_BY_FOLLOWERS}, {"ch04_analytics_02_engagement_rate": 1},
                            {"ch04_analytics_02_engagement_rate": ["Je deelde door het aantal volgers"]}),
    "er_in_percent": Case({"ch04_analytics_02_engagement_rate": ER_IN_PERCENT}, {"ch04_analytics_02_engagement_rate": 0},
                          {"ch04_analytics_02_engagement_rate": ["fractie tussen 0 en 1"]}),
    # counting likes picks the format with the most posts: wrong on one platform
    "best_by_total_likes": Case({"ch04_analytics_03_beste_format": BEST_BY_TOTAL_LIKES}, {"ch04_analytics_03_beste_format": 2},
                                {"ch04_analytics_03_beste_format": ["niet het totaal aantal likes"]}),
    "plan_without_owner": Case({"ch04_analytics_04_meetplan": PLAN_WITHOUT_OWNER}, {"ch04_analytics_04_meetplan": 4},
                               {"ch04_analytics_04_meetplan": ["De kolom 'eigenaar' ontbreekt"]}),
    "plan_vanity_and_vague": Case({"ch04_analytics_04_meetplan": PLAN_VANITY_AND_VAGUE}, {"ch04_analytics_04_meetplan": 3},
                                  {"ch04_analytics_04_meetplan": ["ijdelheidsmetric", "de frequentie 'af en toe' is onbekend"]}),
    "spearman": Case({"ch04_analytics_05_likes_leads": SPEARMAN}, {"ch04_analytics_05_likes_leads": 1},
                     {"ch04_analytics_05_likes_leads": ["Spearman"]}),
    "likes_win": Case({"ch04_analytics_05_likes_leads": LIKES_WIN}, {"ch04_analytics_05_likes_leads": 2},
                      {"ch04_analytics_05_likes_leads": ["ijdelheidsmetric"]}),
}


class TestGrading(ChapterGrading):
    ASSIGNMENT, FULL, CASES = ASSIGNMENT, FULL, CASES
