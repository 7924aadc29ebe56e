"""Chapter 2 graded end to end: one real `nbgrader autograde` over typical submissions.

Every case starts from the release with the model answers filled in, changes
one or two answers the way students do, and states the exact score per
exercise and the feedback it must get.
"""
from harness import Case, ChapterGrading

ASSIGNMENT = "ch02_kanalen"
TOP2 = "ch02_kanalen_01_honingraat_top2"
REACH = "ch02_kanalen_02_bereik_65plus"
CHOICE = "ch02_kanalen_03_kanaal_kiezen"
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
CHOICE_BY_REACH = '''
kanaal_comfort = "WhatsApp"
valkuil_comfort = "Snapchat"
kanaal_stoer = "WhatsApp"
valkuil_stoer = "Pinterest"
'''
CHOICE_SWAPPED = '''
kanaal_comfort = "facebook"
valkuil_comfort = "whatsapp"
kanaal_stoer = " TikTok "
valkuil_stoer = "WHATSAPP"
'''
OVERLAP_REVERSED = '''
tiktokkers = survey[survey["uses_tiktok"]]
ig_ook_tiktok = tiktokkers["uses_instagram"].mean()
extra_bereik_tiktok = survey["uses_tiktok"].mean()
tiktok_bereikt_vooral = "nieuwe mensen"
'''
OVERLAP_OVER_EVERYONE = '''
ig_ook_tiktok = (survey["uses_instagram"] & survey["uses_tiktok"]).mean()
extra_bereik_tiktok = (survey["uses_tiktok"] & ~survey["uses_instagram"]).mean()
tiktok_bereikt_vooral = "Dezelfde"
'''
NEED_WRONG_BLOCKS = '''
blok_per_wens = {"vacature": "relaties", "nu_beschikbaar": "gesprekken", "connecties": "relaties"}
platform_per_wens = {"vacature": "LinkedIn", "nu_beschikbaar": "WhatsApp", "connecties": "Facebook"}
'''

FULL = {TOP2: 3, REACH: 3, CHOICE: 6, OVERLAP: 4, NEED: 4}

CASES = {
    # sorted ascending: the two weakest blocks, none of them in a top two
    "lowest_blocks": Case({TOP2: LOWEST_BLOCKS}, {TOP2: 0},
                          {TOP2: ["'aanwezigheid' is juist een van de zwakste blokken", "ascending=False"]}),
    # two of ten blocks wrong (Instagram reputatie, WhatsApp groepen): 3 - 2 x 0.3; case and order do not matter
    "guessed_blocks": Case({TOP2: GUESSED_BLOCKS}, {TOP2: 2.4},
                           {TOP2: ["Instagram: 'reputatie' scoort 3", "identiteit (4)", "WhatsApp: 'groepen' scoort 2"]}),
    "reach_all_respondents": Case({REACH: REACH_ALL_RESPONDENTS}, {REACH: 0},
                                  {REACH: ["Je rekende met alle respondenten", "0 van de 9"]}),
    "reach_divided_by_all": Case({REACH: REACH_DIVIDED_BY_ALL}, {REACH: 0},
                                 {REACH: ["Je deelde door alle 1.000 respondenten"]}),
    "reach_in_percent": Case({REACH: REACH_IN_PERCENT}, {REACH: 0},
                             {REACH: ["ligt niet tussen 0 en 1"]}),
    # chosen on reach alone: WhatsApp fits the Comfort's service goal (1.5), not the Stoer's videos;
    # the traps named are small platforms, not the big one that does not fit
    "choice_by_reach": Case({CHOICE: CHOICE_BY_REACH}, {CHOICE: 1.5},
                            {CHOICE: ["`kanaal_comfort` klopt", "Stoer: WhatsApp bereikt 94% van de 16-24-jarigen en "
                                      "scoort 3 op delen: past niet bij het doel", "precies de valkuil",
                                      "Comfort: Snapchat bereikt 2%", "De valkuil is Facebook (70% bereik, 3 op gesprekken)"]}),
    # channel and trap swapped for the Comfort (0); TikTok is a fitting alternative, WhatsApp the Stoer's trap
    "choice_swapped": Case({CHOICE: CHOICE_SWAPPED}, {CHOICE: 3},
                           {CHOICE: ["Comfort: Facebook bereikt 70% van de 65-plussers en scoort 3 op gesprekken",
                                     "Comfort: WhatsApp bereikt 82% van de 65-plussers en scoort 5 op gesprekken: "
                                     "dat kanaal past juist", "`kanaal_stoer` klopt", "`valkuil_stoer` klopt"]}),
    "overlap_reversed": Case({OVERLAP: OVERLAP_REVERSED}, {OVERLAP: 0},
                             {OVERLAP: ["Overlap is niet symmetrisch", "Wie ook Instagram gebruikt, bereikte je al",
                                        "TikTok bereikt dus vooral dezelfde mensen"]}),
    "overlap_over_everyone": Case({OVERLAP: OVERLAP_OVER_EVERYONE}, {OVERLAP: 2.5},
                                  {OVERLAP: ["deel door het aantal Instagram-gebruikers", "`extra_bereik_tiktok` klopt",
                                             "`tiktok_bereikt_vooral` klopt"]}),
    # blocks: only connecties right (1); platforms: LinkedIn and Facebook right (2 x 1/3)
    "need_wrong_blocks": Case({NEED: NEED_WRONG_BLOCKS}, {NEED: 5 / 3},
                              {NEED: ["vacature: niet 'relaties'", "nu_beschikbaar: niet 'gesprekken'",
                                      "WhatsApp scoort 3 op aanwezigheid; Snapchat scoort 5"]}),
}


class TestGrading(ChapterGrading):
    ASSIGNMENT, FULL, CASES = ASSIGNMENT, FULL, CASES
