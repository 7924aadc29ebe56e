"""Chapter 2 graded end to end: one real `nbgrader autograde` over typical submissions.

Every case starts from the release with the model answers filled in, changes
one or two answers the way students do, and states the exact score per
exercise and the feedback it must get.
"""
from harness import Case, ChapterGrading

ASSIGNMENT = "ch02_kanalen"
TOP2 = "ch02_kanalen_01_honingraat_top2"
REACH = "ch02_kanalen_02_bereik_65plus"
TWO = "ch02_kanalen_03_twee_kanalen"
OVERLAP = "ch02_kanalen_04_overlap"
NEED = "ch02_kanalen_05_behoefte_platform"

LOWEST_BLOCKS = '''
scores = platforms.set_index("platform")[BLOKKEN]
top2_blokken = {p: list(scores.loc[p].sort_values().index[:2])
                for p in ["Facebook", "Instagram", "LinkedIn", "TikTok", "WhatsApp"]}
'''
GUESSED_BLOCKS = '''
top2_blokken = {
    "Facebook": ["relaties", "groepen"],
    "Instagram": ["delen", "reputatie"],
    "LinkedIn": ["Identiteit", "relaties"],
    "TikTok": ["reputatie", "delen"],
    "WhatsApp": ["gesprekken", "groepen"],
}
'''
REACH_ALL_RESPONDENTS = '''
bereik_65plus = {platform: survey[kolom].mean() for platform, kolom in PLATFORM_KOLOMMEN.items()}
'''
REACH_DIVIDED_BY_ALL = '''
senior = survey["age_group"] == "65+"
bereik_65plus = {platform: (survey[kolom] & senior).mean() for platform, kolom in PLATFORM_KOLOMMEN.items()}
'''
REACH_IN_PERCENT = '''
senioren = survey[survey["age_group"] == "65+"]
bereik_65plus = {platform: 100 * senioren[kolom].mean() for platform, kolom in PLATFORM_KOLOMMEN.items()}
'''
CHANNELS_OVERALL = '''
kanalen_65plus = ["WhatsApp", "YouTube"]
kanalen_16_24 = ["YouTube", "WhatsApp"]
'''
CHANNELS_STEREOTYPE = '''
kanalen_65plus = ["WhatsApp", "Snapchat"]
kanalen_16_24 = ["TikTok", "snapchat"]
'''
OVERLAP_REVERSED = '''
tiktokkers = survey[survey["uses_tiktok"]]
ig_ook_tiktok = tiktokkers["uses_instagram"].mean()
extra_bereik_tiktok = survey["uses_tiktok"].mean()
'''
OVERLAP_OVER_EVERYONE = '''
ig_ook_tiktok = (survey["uses_instagram"] & survey["uses_tiktok"]).mean()
extra_bereik_tiktok = (survey["uses_tiktok"] & ~survey["uses_instagram"]).mean()
'''
NEED_WRONG_BLOCKS = '''
blok_per_wens = {"vacature": "relaties", "nu_beschikbaar": "gesprekken", "connecties": "relaties"}
platform_per_wens = {"vacature": "LinkedIn", "nu_beschikbaar": "WhatsApp", "connecties": "Facebook"}
'''

FULL = {TOP2: 5, REACH: 4, TWO: 4, OVERLAP: 4, NEED: 3}

CASES = {
    # sorted ascending: the two weakest blocks, none of them in a top two
    "lowest_blocks": Case({TOP2: LOWEST_BLOCKS}, {TOP2: 0},
                          {TOP2: ["'aanwezigheid' is juist een van de zwakste blokken", "ascending=False"]}),
    # two of ten blocks wrong (Instagram reputatie, WhatsApp groepen): 5 - 2 x 0.5; case and order do not matter
    "guessed_blocks": Case({TOP2: GUESSED_BLOCKS}, {TOP2: 4},
                           {TOP2: ["Instagram: 'reputatie' scoort 3", "identiteit (4)", "WhatsApp: 'groepen' scoort 2"]}),
    "reach_all_respondents": Case({REACH: REACH_ALL_RESPONDENTS}, {REACH: 0},
                                  {REACH: ["Je rekende met alle respondenten", "0 van de 9"]}),
    "reach_divided_by_all": Case({REACH: REACH_DIVIDED_BY_ALL}, {REACH: 0},
                                 {REACH: ["Je deelde door alle 1.000 respondenten"]}),
    "reach_in_percent": Case({REACH: REACH_IN_PERCENT}, {REACH: 0},
                             {REACH: ["ligt niet tussen 0 en 1"]}),
    # 65+: WhatsApp right, YouTube instead of Facebook; 16-24 right in another order
    "channels_overall": Case({TWO: CHANNELS_OVERALL}, {TWO: 3},
                             {TWO: ["YouTube bereikt 43% van deze groep, Facebook 70%",
                                    "grootste platforms onder álle respondenten"]}),
    # 65+: WhatsApp right, Snapchat wrong; 16-24: both wrong
    "channels_stereotype": Case({TWO: CHANNELS_STEREOTYPE}, {TWO: 1},
                                {TWO: ["Snapchat bereikt 2% van deze groep", "hoe meer platforms, hoe beter",
                                       "TikTok bereikt 72% van deze groep"]}),
    "overlap_reversed": Case({OVERLAP: OVERLAP_REVERSED}, {OVERLAP: 0},
                             {OVERLAP: ["Overlap is niet symmetrisch", "Wie ook Instagram gebruikt, bereikte je al"]}),
    "overlap_over_everyone": Case({OVERLAP: OVERLAP_OVER_EVERYONE}, {OVERLAP: 2},
                                  {OVERLAP: ["deel door het aantal Instagram-gebruikers", "`extra_bereik_tiktok` klopt"]}),
    # blocks: only connecties right (0.5); platforms: LinkedIn and Facebook right (1.0)
    "need_wrong_blocks": Case({NEED: NEED_WRONG_BLOCKS}, {NEED: 1.5},
                              {NEED: ["vacature: niet 'relaties'", "nu_beschikbaar: niet 'gesprekken'",
                                      "WhatsApp scoort 3 op aanwezigheid; Snapchat scoort 5"]}),
}


class TestGrading(ChapterGrading):
    ASSIGNMENT, FULL, CASES = ASSIGNMENT, FULL, CASES
