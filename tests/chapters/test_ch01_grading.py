"""Chapter 1 graded end to end: one real `nbgrader autograde` over typical submissions.

Every case starts from the release with the model answers filled in, changes
one or two answers the way students do, and states the exact score per
exercise and the feedback it must get.
"""
from harness import Case, ChapterGrading

ASSIGNMENT = "ch01_definitie"

# The dictionary definition (a network of contacts): the forum and review site are "nee".
DICTIONARY_DEFINITION = '''
is_social_media = {"A": "ja", "B": "nee", "C": "nee", "D": "nee",
                   "E": "nee", "F": "nee", "G": "ja", "H": "nee"}
'''
# "Everything online is social media": D and F wrong.
EVERYTHING_ONLINE = '''
is_social_media = {"A": "ja", "B": "nee", "C": "ja", "D": "ja",
                   "E": "ja", "F": "ja", "G": "ja", "H": "nee"}
'''
# onderzoeken and evalueren swapped; selecteren put in the usage cycle.
CYCLE_SWAPPED = '''
klantcyclus = ["inspiratie", "evalueren", "onderzoeken", "selecteren",
               "ontvangen", "gebruiken", "onderhouden", "vervangen"]
koopcyclus = ["inspiratie", "onderzoeken", "evalueren"]
gebruikscyclus = ["selecteren", "ontvangen", "gebruiken", "onderhouden", "vervangen"]
'''
CYCLE_DUPLICATE = '''
klantcyclus = ["inspiratie", "onderzoeken", "evalueren", "selecteren",
               "ontvangen", "gebruiken", "gebruiken", "vervangen"]
koopcyclus = klantcyclus[:4]
gebruikscyclus = klantcyclus[4:]
'''
# Paid influencer taken for earned, shared posts taken for earned.
PESO_CONFUSED = '''
peso = {"A": "owned", "B": "paid", "C": "earned", "D": "earned",
        "E": "owned", "F": "earned", "G": "earned", "H": "earned"}
'''
# Dutch names are right; one unknown word ("website") costs only that example's half point.
PESO_DUTCH_ONE_UNKNOWN = '''
peso = {"A": "website", "B": "betaald", "C": "Verdiend", "D": "shared media",
        "E": "owned", "F": "earned", "G": "paid", "H": "shared"}
'''
# Everything with a creator or post seen as selling; English field terms are accepted.
FLYWHEEL_SELLING = '''
flywheel = {"A": "social selling", "B": "verkopen", "C": "Luisteren",
            "D": "verkopen", "E": "listening", "F": "verkopen"}
'''
COUNTS = '''
activiteiten_per_leeftijd = survey.groupby("age_group", observed=True)[ACTIVITEITEN].sum().reset_index()
'''
COLUMN_SHARE = '''
aantallen = survey.groupby("age_group", observed=True)[ACTIVITEITEN].sum()
activiteiten_per_leeftijd = (aantallen / aantallen.sum()).reset_index()
'''
NO_RESET_INDEX = '''
activiteiten_per_leeftijd = survey.groupby("age_group", observed=True)[ACTIVITEITEN].mean()
'''
THREE_ACTIVITIES_RIGHT = '''
activiteiten_per_leeftijd = survey.groupby("age_group", observed=True)[ACTIVITEITEN].mean().reset_index()
activiteiten_per_leeftijd["act_inspiratie"] = survey["act_inspiratie"].mean()
activiteiten_per_leeftijd["act_producten_vinden"] = survey["act_producten_vinden"].mean()
'''
# Relation and autonomy swapped; one C as an unknown word ("webcare") costs only its half point.
NEEDS_SWAPPED = '''
behoefte = {"A": "competentie", "B": "autonomie", "C": "relatie", "D": "Competentie"}
vier_c = {"E": "samenwerking", "F": "webcare", "G": "conversatie", "H": "content"}
'''

FULL = {"ch01_definitie_01_is_social_media": 3, "ch01_definitie_02_klantcyclus": 4, "ch01_definitie_03_peso": 3,
        "ch01_definitie_04_flywheel": 3, "ch01_definitie_05_activiteiten": 5,
        "ch01_definitie_06_behoeften_4c": 2}

CASES = {
    # 6 good (2.25) - 2 wrong (0.25)
    "dictionary_definition": Case({"ch01_definitie_01_is_social_media": DICTIONARY_DEFINITION},
                                  {"ch01_definitie_01_is_social_media": 2},
                                  {"ch01_definitie_01_is_social_media": ["Voorbeeld E: Ja", "woordenboekdefinitie",
                                                               "6 van de 8"]}),
    "everything_online": Case({"ch01_definitie_01_is_social_media": EVERYTHING_ONLINE}, {"ch01_definitie_01_is_social_media": 2},
                              {"ch01_definitie_01_is_social_media": ["Voorbeeld D: Nee, want hier ontbreekt: gebruikers maken"]}),
    # order: 6 of 8 (1.5); koop 3 good (0.75); gebruik 4 good - 1 wrong (0.75)
    "cycle_swapped": Case({"ch01_definitie_02_klantcyclus": CYCLE_SWAPPED}, {"ch01_definitie_02_klantcyclus": 3},
                          {"ch01_definitie_02_klantcyclus": ["'evalueren' staat op plek 2, maar is fase 3",
                                                   "'selecteren' hoort niet bij de gebruikscyclus maar bij de koopcyclus"]}),
    "cycle_duplicate": Case({"ch01_definitie_02_klantcyclus": CYCLE_DUPLICATE}, {"ch01_definitie_02_klantcyclus": 0},
                            {"ch01_definitie_02_klantcyclus": ["staat een fase dubbel"]}),
    "peso_confused": Case({"ch01_definitie_03_peso": PESO_CONFUSED}, {"ch01_definitie_03_peso": 1.875},
                          {"ch01_definitie_03_peso": ["Voorbeeld G is niet 'earned' maar 'paid', omdat de organisatie voor de plaatsing betaalt",
                                            "Voorbeeld D is niet 'earned' maar 'shared'"]}),
    "peso_dutch_one_unknown": Case({"ch01_definitie_03_peso": PESO_DUTCH_ONE_UNKNOWN}, {"ch01_definitie_03_peso": 2.625},
                                   {"ch01_definitie_03_peso": ["Vul bij voorbeeld A een van", "7 van de 8"]}),
    "flywheel_selling": Case({"ch01_definitie_04_flywheel": FLYWHEEL_SELLING}, {"ch01_definitie_04_flywheel": 2},
                             {"ch01_definitie_04_flywheel": ["Voorbeeld A is niet 'verkopen' maar 'beïnvloeden'",
                                                   "4 van de 6"]}),
    "counts": Case({"ch01_definitie_05_activiteiten": COUNTS}, {"ch01_definitie_05_activiteiten": 0},
                   {"ch01_definitie_05_activiteiten": ["fractie tussen 0 en 1"]}),
    "column_share": Case({"ch01_definitie_05_activiteiten": COLUMN_SHARE}, {"ch01_definitie_05_activiteiten": 1},
                         {"ch01_definitie_05_activiteiten": ["Je deelde door het aantal mensen dat de activiteit doet"]}),
    "no_reset_index": Case({"ch01_definitie_05_activiteiten": NO_RESET_INDEX}, {"ch01_definitie_05_activiteiten": 0},
                           {"ch01_definitie_05_activiteiten": [".reset_index()"]}),
    # rows 1 + three right activities 3 x 0.8
    "three_activities_right": Case({"ch01_definitie_05_activiteiten": THREE_ACTIVITIES_RIGHT}, {"ch01_definitie_05_activiteiten": 3.4},
                                   {"ch01_definitie_05_activiteiten": ["0 van de 6 rijen van `act_inspiratie`"]}),
    # needs 2 of 4 (0.5); four C's 3 of 4 (0.75)
    "needs_swapped": Case({"ch01_definitie_06_behoeften_4c": NEEDS_SWAPPED}, {"ch01_definitie_06_behoeften_4c": 1.25},
                          {"ch01_definitie_06_behoeften_4c": ["Voorbeeld B is niet 'autonomie' maar 'relatie'",
                                                             "is geen van de keuzes", "3 van de 4 goed in `vier_c`"]}),
}


class TestGrading(ChapterGrading):
    ASSIGNMENT, FULL, CASES = ASSIGNMENT, FULL, CASES
