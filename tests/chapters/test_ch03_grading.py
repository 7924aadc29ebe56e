"""Chapter 3 graded end to end: one real `nbgrader autograde` over typical submissions.

Every case starts from the release with the model answers filled in, changes
one or two answers the way students do, and states the exact score per
exercise and the feedback it must get.
"""
from harness import Case, ChapterGrading

ASSIGNMENT = "ch03_strategie"

# A: misses tijdgebonden, adds realistisch (1 good - 1 wrong = 0); D: only realistisch (0.5);
# E: wrongly says the vanity-free SMART goal is not acceptabel (0). Others right: 3 + 0.5 = 3.5
SMART_HALF = '''
ontbrekend = {
    "A": ["specifiek", "realistisch"],
    "B": ["acceptabel", "realistisch"],
    "C": ["meetbaar"],
    "D": ["realistisch"],
    "E": ["acceptabel"],
    "F": ["specifiek", "meetbaar"],
}
'''
# takes the growth "+10%" for a target and forgets the unknown KPI: F = 0; the rest right -> 5
SMART_GROWTH_AS_TARGET = '''
ontbrekend = {
    "A": ["specifiek", "tijdgebonden"],
    "B": ["acceptabel", "realistisch"],
    "C": ["meetbaar"],
    "D": ["realistisch", "tijdgebonden"],
    "E": [],
    "F": [],
}
'''
SMART_WRONG_WORD = '''
ontbrekend = {"A": ["specifiek", "tijd"], "B": [], "C": [], "D": [], "E": [], "F": []}
'''
# whole-year baseline, target 20% above it: nulmeting and streefwaarde wrong -> 3
GOAL_WHOLE_YEAR = '''
nulmeting = int(posts.loc[posts["platform"] == "LinkedIn", "leads"].sum())
mijn_doel = {
    "doel": "Meer aanvragen via LinkedIn", "kpi": "conversies", "kanaal": "LinkedIn",
    "doelgroep": "werknemers met een fietsplan", "nulmeting": nulmeting,
    "streefwaarde": nulmeting * 1.2, "deadline": "2026-12-31", "eigenaar": "socialmediamanager",
}
'''
# vanity KPI 'volgers', no owner, vague deadline: -1 (2 criteria), KPI 0; data right -> 1 + 0.5 + 1 + 1 = 3.5
GOAL_VANITY_VAGUE = '''
nulmeting = int(posts.loc[(posts["platform"] == "LinkedIn") & (posts["published_at"].dt.quarter == 4), "leads"].sum())
mijn_doel = {
    "doel": "Meer aanvragen via LinkedIn", "kpi": "volgers", "kanaal": "LinkedIn",
    "doelgroep": "werknemers met een fietsplan", "nulmeting": nulmeting,
    "streefwaarde": round(nulmeting * 1.2), "deadline": "volgend jaar", "eigenaar": "",
}
'''
# paid and gift cases right, forgets employee and affiliate link, adds the customer: 3 - 1 = 2
DISCLOSURE_ONLY_MONEY = '''
vermelding_nodig = ["S1", "S2", "S4", "S6"]
'''
DISCLOSURE_ALL = '''
vermelding_nodig = ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"]
'''
# two A's on the strategy (row invalid, A not unique: only 0.25 for the doer), webcare given to the
# social media manager (valid row 0.5, wrong A and R) -> 0.25 + 1 + 0.5 + 1 = 2.75
RACI_TWO_BOSSES = '''
raci = pd.DataFrame([
    {"taak": "socialmediastrategie", "marketingmanager": "A", "socialmediamanager": "A/R",
     "contentcreator": "I", "klantenservice": "C", "jurist": ""},
    {"taak": "contentkalender", "marketingmanager": "I", "socialmediamanager": "A",
     "contentcreator": "R", "klantenservice": "I", "jurist": ""},
    {"taak": "webcare", "marketingmanager": "", "socialmediamanager": "A/R",
     "contentcreator": "", "klantenservice": "I", "jurist": ""},
    {"taak": "influencercampagne", "marketingmanager": "A", "socialmediamanager": "R",
     "contentcreator": "C", "klantenservice": "I", "jurist": "C"},
])
'''
# nobody does the work on the calendar (no R) and the jurist is made accountable for the campaign
# -> 1 + (0 + 0.25 + 0) + 1 + (0.5 + 0 + 0.25) = 3
RACI_NO_DOER = '''
raci = pd.DataFrame([
    {"taak": "socialmediastrategie", "marketingmanager": "A", "socialmediamanager": "R",
     "contentcreator": "I", "klantenservice": "C", "jurist": ""},
    {"taak": "contentkalender", "marketingmanager": "I", "socialmediamanager": "A",
     "contentcreator": "C", "klantenservice": "I", "jurist": ""},
    {"taak": "webcare", "marketingmanager": "", "socialmediamanager": "I",
     "contentcreator": "", "klantenservice": "A/R", "jurist": ""},
    {"taak": "influencercampagne", "marketingmanager": "C", "socialmediamanager": "R",
     "contentcreator": "C", "klantenservice": "I", "jurist": "A"},
])
'''
RACI_WRONG_LETTER = '''
raci = pd.DataFrame([
    {"taak": "socialmediastrategie", "marketingmanager": "baas", "socialmediamanager": "R",
     "contentcreator": "", "klantenservice": "", "jurist": ""},
    {"taak": "contentkalender", "marketingmanager": "", "socialmediamanager": "A",
     "contentcreator": "R", "klantenservice": "", "jurist": ""},
    {"taak": "webcare", "marketingmanager": "", "socialmediamanager": "",
     "contentcreator": "", "klantenservice": "A/R", "jurist": ""},
    {"taak": "influencercampagne", "marketingmanager": "A", "socialmediamanager": "R",
     "contentcreator": "", "klantenservice": "", "jurist": "C"},
])
'''

FULL = {"ch03_strategie_01_smart_criteria": 6, "ch03_strategie_02_smart_doel": 5, "ch03_strategie_03_reclamevermelding": 5,
        "ch03_strategie_04_raci": 4}

CASES = {
    "smart_half": Case({"ch03_strategie_01_smart_criteria": SMART_HALF}, {"ch03_strategie_01_smart_criteria": 3.5},
                       {"ch03_strategie_01_smart_criteria": ["Doel A: je mist 'tijdgebonden'",
                                                   "Doel A: 'realistisch' haalt dit doel wél",
                                                   "Doel E: 'acceptabel' haalt dit doel wél"]}),
    "smart_growth_as_target": Case({"ch03_strategie_01_smart_criteria": SMART_GROWTH_AS_TARGET},
                                    {"ch03_strategie_01_smart_criteria": 5},
                                    {"ch03_strategie_01_smart_criteria": ["Doel F: je mist 'meetbaar'", "is een groei, geen niveau",
                                                                "Doel F: je mist 'specifiek'", "de KPI is onbekend"]}),
    "smart_wrong_word": Case({"ch03_strategie_01_smart_criteria": SMART_WRONG_WORD}, {"ch03_strategie_01_smart_criteria": 0},
                             {"ch03_strategie_01_smart_criteria": ["niet in de keuzelijst", "'tijd'"]}),
    "goal_whole_year": Case({"ch03_strategie_02_smart_doel": GOAL_WHOLE_YEAR}, {"ch03_strategie_02_smart_doel": 3},
                            {"ch03_strategie_02_smart_doel": ["Je nam de leads van heel 2025", "vierde kwartaal"]}),
    "goal_vanity_vague": Case({"ch03_strategie_02_smart_doel": GOAL_VANITY_VAGUE}, {"ch03_strategie_02_smart_doel": 3.5},
                              {"ch03_strategie_02_smart_doel": ["De KPI 'volgers' meet geen aanvragen",
                                                      "Acceptabel: vul bij 'eigenaar' in",
                                                      "Tijdgebonden", "acceptabel, tijdgebonden"]}),
    "disclosure_only_money": Case({"ch03_strategie_03_reclamevermelding": DISCLOSURE_ONLY_MONEY},
                                  {"ch03_strategie_03_reclamevermelding": 2},
                                  {"ch03_strategie_03_reclamevermelding": ["S2 hoort er niet bij", "kocht het product zelf",
                                                                 "Je mist S3", "werkt voor het merk",
                                                                 "Je mist S8", "commissie"]}),
    "disclosure_all": Case({"ch03_strategie_03_reclamevermelding": DISCLOSURE_ALL}, {"ch03_strategie_03_reclamevermelding": 2},
                           {"ch03_strategie_03_reclamevermelding": ["S5 hoort er niet bij", "S7 hoort er niet bij",
                                                          "eigen mening"]}),
    "raci_two_bosses": Case({"ch03_strategie_04_raci": RACI_TWO_BOSSES}, {"ch03_strategie_04_raci": 2.75},
                            {"ch03_strategie_04_raci": ["2 rollen hebben een A", "maar één eindverantwoordelijk",
                                              "de A hoort bij de klantenservice", "KLM"]}),
    "raci_no_doer": Case({"ch03_strategie_04_raci": RACI_NO_DOER}, {"ch03_strategie_04_raci": 3},
                         {"ch03_strategie_04_raci": ["niemand heeft een R", "de contentcreator doet het werk",
                                           "Taak 'influencercampagne': de A hoort bij de marketingmanager"]}),
    "raci_wrong_letter": Case({"ch03_strategie_04_raci": RACI_WRONG_LETTER}, {"ch03_strategie_04_raci": 0},
                              {"ch03_strategie_04_raci": ["'baas' is geen RACI-waarde"]}),
}


class TestGrading(ChapterGrading):
    ASSIGNMENT, FULL, CASES = ASSIGNMENT, FULL, CASES
