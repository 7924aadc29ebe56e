"""Chapter 9 graded end to end: one real `nbgrader autograde` over typical submissions.

Every case starts from the release with the model answers filled in, changes
one answer the way students do, and states the exact score per exercise and
the feedback it must get.
"""
from harness import Case, ChapterGrading

ASSIGNMENT = "ch09_cocreatie"
P = ASSIGNMENT + "_"

TIERS_100K = '''
influencers["tier"] = pd.cut(influencers["followers"], bins=[0, 10_000, 100_000, 500_000, 1_000_000, float("inf")],
                             labels=["nano", "micro", "mid", "macro", "mega"], right=False)
tier_telling = influencers["tier"].value_counts().to_dict()
'''
ER_LIKES_ONLY = '''
influencers["interacties"] = influencers["avg_likes"] + influencers["avg_comments"]
influencers["engagement_rate"] = influencers["avg_likes"] / influencers["followers"]
influencers["cpe"] = influencers["rate_per_post_eur"] / influencers["interacties"]
kengetallen = influencers[["handle", "engagement_rate", "cpe"]]
'''
CPE_PER_FOLLOWER = '''
influencers["interacties"] = influencers["avg_likes"] + influencers["avg_comments"]
influencers["engagement_rate"] = influencers["interacties"] / influencers["followers"]
influencers["cpe"] = influencers["rate_per_post_eur"] / influencers["followers"]
kengetallen = influencers[["handle", "engagement_rate", "cpe"]]
'''
ER_IN_PERCENT = '''
influencers["interacties"] = influencers["avg_likes"] + influencers["avg_comments"]
influencers["engagement_rate"] = 100 * influencers["interacties"] / influencers["followers"]
influencers["cpe"] = influencers["rate_per_post_eur"] / influencers["interacties"]
kengetallen = influencers[["handle", "engagement_rate", "cpe"]]
'''
RULE = '''
mediaan_tier = influencers.groupby("tier", observed=True)["engagement_rate"].transform("median")
regel = (influencers["growth_30d"] >= groei_drempel) & (influencers["engagement_rate"] < er_factor * mediaan_tier)
verdacht = list(influencers.loc[regel, "handle"])
'''
# growth alone: an ER factor so high that the ER condition always holds
GROWTH_ONLY = "groei_drempel = 0.25\ner_factor = 10\n" + RULE
# low ER alone: a growth threshold every account passes
LOW_ER_ONLY = "groei_drempel = -1\ner_factor = 0.5\n" + RULE
# a loose rule, and the list copied from the label instead of from the rule: the rule is graded
LABEL_COPY = '''
groei_drempel = 0.1
er_factor = 0.9
verdacht = list(influencers.loc[influencers["suspicious"], "handle"])
'''
# The what-if of exercise 4 as the model answer has it; the cases below change the portfolio only.
WHAT_IF = '''
from smmlib.influencers import best_portfolio
regels = dict(exclude=verdacht, min_nl_share=0.70, min_target_age_share=0.40, max_influencers=6, min_tiers=3)
_, waarde_10000 = best_portfolio(influencers, budget=10_000, **regels)
_, waarde_15000 = best_portfolio(influencers, budget=15_000, **regels)
extra_interacties_5000 = waarde_15000 - waarde_10000
extra_budget_doen = "Nee"
'''
GREEDY_CPE = WHAT_IF + '''
portfolio = ["@frismees", "@duin_daan", "@duinleven", "@papavlogt", "@routebram", "@groenenco"]
'''
BIG_NAMES = WHAT_IF + '''
portfolio = ["@duinjules", "@dijkkim", "@frismees"]
'''
VALID_NOT_OPTIMAL = WHAT_IF + '''
portfolio = ["@frismees", "@duin_daan", "@duinleven", "@papavlogt", "@groenenco", "@frislot"]
'''
# the best portfolio, but the value at EUR 15,000 given as the extra, and "ja" to more budget
WHAT_IF_TOTAL = WHAT_IF + '''
portfolio, _ = best_portfolio(influencers, budget=10_000, **regels)
extra_interacties_5000 = waarde_15000
extra_budget_doen = "ja"
'''
UGC_PERMISSION_ONLY = '''
ugc["bruikbaar"] = ugc["permission"] == "gegeven"
bruikbaar_per_platform = ugc[ugc["bruikbaar"]].groupby("platform", observed=True).size().to_dict()
aandeel_bruikbaar = ugc["bruikbaar"].mean()
vorm = {"fietsvlogger": "Influencer", "outdoormerk": "brand collaboration", "rijdersgroep": "merkcommunity",
        "testpanel": "brand community", "framestemming": "product co-creatie", "fietstochten": "UGC"}
'''
UGC_NOT_REFUSED = '''
ugc["bruikbaar"] = (ugc["permission"] != "geweigerd") & ugc["on_brief"]
bruikbaar_per_platform = ugc[ugc["bruikbaar"]].groupby("platform", observed=True).size().to_dict()
aandeel_bruikbaar = ugc["bruikbaar"].mean()
vorm = {k: "cocreatie" for k in ["fietsvlogger", "outdoormerk", "rijdersgroep", "testpanel", "framestemming", "fietstochten"]}
'''
UGC_PERCENT = '''
ugc["bruikbaar"] = (ugc["permission"] == "gegeven") & ugc["on_brief"]
bruikbaar_per_platform = ugc[ugc["bruikbaar"]].groupby("platform", observed=True).size().to_dict()
aandeel_bruikbaar = 100 * ugc["bruikbaar"].mean()
vorm = {"Fietsvlogger": "influencer marketing", "Outdoormerk": "Merksamenwerking", "Rijdersgroep": "Brand Community",
        "Testpanel": "productcocreatie", "Framestemming": "product cocreatie", "Fietstochten": "user generated content"}
'''

FULL = {P + "01_tiers": 3, P + "02_kengetallen": 4, P + "03_verdacht": 4, P + "04_portfolio": 5, P + "05_ugc": 4}

CASES = {
    # micro and mid wrong (2 x 0.6 lost); the later exercises still work with the shifted tiers
    "tiers_100k": Case({P + "01_tiers": TIERS_100K}, {P + "01_tiers": 1.8},
                       {P + "01_tiers": ["grens tussen micro en mid bij 100.000", "Het aantal micro-influencers klopt niet"]}),
    "er_likes_only": Case({P + "02_kengetallen": ER_LIKES_ONLY}, {P + "02_kengetallen": 2},
                          {P + "02_kengetallen": ["Je ER telt alleen de likes", "120 van de 120 rijen van `kengetallen (cpe)`"]}),
    "cpe_per_follower": Case({P + "02_kengetallen": CPE_PER_FOLLOWER}, {P + "02_kengetallen": 2},
                             {P + "02_kengetallen": ["prijs per volger"]}),
    # a share as a percentage is the same answer
    "er_in_percent": Case({P + "02_kengetallen": ER_IN_PERCENT}, {P + "02_kengetallen": 4},
                          {P + "02_kengetallen": ["120 van de 120 rijen van `kengetallen (engagement_rate)`"]}),
    # 16 flagged, 12 right: precision 0.75, recall 1, F1 6/7
    "growth_only": Case({P + "03_verdacht": GROWTH_ONLY}, {P + "03_verdacht": 4 * 6 / 7},
                        {P + "03_verdacht": ["Precisie 75%, recall 100%", "is niet verdacht: dit account", "een virale post"]}),
    # 17 flagged, 12 right: precision 12/17, recall 1, F1 24/29
    "low_er_only": Case({P + "03_verdacht": LOW_ER_ONLY}, {P + "03_verdacht": 4 * 24 / 29},
                        {P + "03_verdacht": ["Precisie 71%, recall 100%", "een stil publiek"]}),
    # 16 flagged by the rule, 12 right: F1 6/7, however perfect the copied list is
    "label_copy": Case({P + "03_verdacht": LABEL_COPY}, {P + "03_verdacht": 4 * 6 / 7},
                       {P + "03_verdacht": ["groei ≥ 10% en ER < 0,9 × de mediaan", "markeert 16 accounts",
                                            "Je lijst `verdacht` is niet wat je regel markeert"]}),
    # cheapest CPE first: only mid and micro -> tier rule broken (5 x 0.25), objective not counted; what-if right (2.5)
    "greedy_cpe": Case({P + "04_portfolio": GREEDY_CPE}, {P + "04_portfolio": 1.25 + 2.5},
                       {P + "04_portfolio": ["'genoeg verschillende tiers' niet gehaald", "telt het aantal interacties niet mee"]}),
    # a mega name plus an account with bought followers: three rules broken (3 x 0.25), what-if right (2.5)
    "big_names": Case({P + "04_portfolio": BIG_NAMES}, {P + "04_portfolio": 0.75 + 2.5},
                      {P + "04_portfolio": ["verdacht (gekochte volgers): @dijkkim", "minder dan 70% Nederlands publiek"]}),
    # valid, but chosen on raw likes and comments: 74% of the best interactions in the target group
    "valid_not_optimal": Case({P + "04_portfolio": VALID_NOT_OPTIMAL}, {P + "04_portfolio": 1.5 + 2.5},
                              {P + "04_portfolio": ["maar 74% van het best haalbare aantal interacties in de doelgroep",
                                                    "buiten de doelgroep", "`extra_interacties_5000` klopt"]}),
    # the best portfolio (2.5), the total at EUR 15,000 as the extra and "ja": both what-if parts 0
    "what_if_total": Case({P + "04_portfolio": WHAT_IF_TOTAL}, {P + "04_portfolio": 2.5},
                          {P + "04_portfolio": ["dit is de waarde van het beste portfolio bij € 15.000",
                                                "een extra euro", "afnemende meeropbrengst"]}),
    "ugc_permission_only": Case({P + "05_ugc": UGC_PERMISSION_ONLY}, {P + "05_ugc": 1.25},
                                {P + "05_ugc": ["ook die niet bij de campagnebrief passen",
                                                "'testpanel' is productcocreatie", "5 van de 6 goed in `vorm`"]}),
    "ugc_not_refused": Case({P + "05_ugc": UGC_NOT_REFUSED}, {P + "05_ugc": 0},
                            {P + "05_ugc": ["Alleen 'gegeven' is toestemming", "is geen van de keuzes"]}),
    "ugc_percent": Case({P + "05_ugc": UGC_PERCENT}, {P + "05_ugc": 4},
                        {P + "05_ugc": ["`aandeel_bruikbaar` klopt"]}),
}


class TestGrading(ChapterGrading):
    ASSIGNMENT, FULL, CASES = ASSIGNMENT, FULL, CASES
