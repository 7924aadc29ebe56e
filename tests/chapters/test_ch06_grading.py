"""Chapter 6 graded end to end: one real `nbgrader autograde` over typical submissions.

Every case starts from the release with the model answers filled in, changes
one answer the way students do, and states the exact score per exercise and
the feedback it must get.
"""
from harness import Case, ChapterGrading

ASSIGNMENT = "ch06_merk"

# Share of voice weighted by reach instead of counted: almost every cell and the turning month differ.
SOV_BY_REACH = '''
mentions["maand"] = listening.month(mentions["created_at"])
bereik = mentions.pivot_table(index="maand", columns="brand", values="est_reach", aggfunc="sum", observed=True)
sov_per_maand = metrics.share_of_voice(bereik).reset_index()
omslagmaand = sov_per_maand.loc[sov_per_maand["Snelwiel"] > sov_per_maand["Trapkracht"], "maand"].iloc[0]
'''
# Divided by the brand's yearly total (per column) instead of the month's total (per row).
SOV_PER_COLUMN = '''
mentions["maand"] = listening.month(mentions["created_at"])
aantallen = pd.crosstab(mentions["maand"], mentions["brand"])
sov_per_maand = (aantallen / aantallen.sum()).reset_index()
omslagmaand = "2025-10"
'''
NET_WITH_LABELS = '''
mentions["label"] = mentions["sentiment"].astype(str)
net_sentiment_per_merk = {merk: metrics.net_sentiment(mentions.loc[mentions["brand"] == merk, "label"])
                          for merk in ["Trapkracht", "Snelwiel", "Velox"]}
negatieve_woorden = ["klaar mee", "👎", "🙄", "😡", "#trapkrachtgate"]
positieve_woorden = ["Bedankt"]
'''
NET_WITHOUT_NEUTRAL = '''
mentions["label"] = sentiment.label(mentions["text"])
net_sentiment_per_merk = {}
for merk in ["Trapkracht", "Snelwiel", "Velox"]:
    telling = mentions.loc[mentions["brand"] == merk, "label"].value_counts()
    net_sentiment_per_merk[merk] = (telling["positief"] - telling["negatief"]) / (telling["positief"] + telling["negatief"])
negatieve_woorden = ["klaar mee", "👎", "🙄", "😡", "#trapkrachtgate"]
positieve_woorden = ["Bedankt"]
'''
# Four right negative words (one in capitals), one missing, the sarcastic 'Bedankt' taken for negative; the
# positive list right in lower case.
WORDS_GUESSED = '''
mentions["label"] = sentiment.label(mentions["text"])
net_sentiment_per_merk = {merk: metrics.net_sentiment(mentions.loc[mentions["brand"] == merk, "label"])
                          for merk in ["Trapkracht", "Snelwiel", "Velox"]}
negatieve_woorden = ["klaar mee", "👎", "🙄", "#TRAPKRACHTGATE", "Bedankt"]
positieve_woorden = ["bedankt"]
'''
# groupby per day without the days that have no negative mentions.
CRISIS_NO_ZERO_DAYS = '''
negatief_tk = mentions[(mentions["brand"] == "Trapkracht") & (mentions["label"] == "negatief")]
aantallen = negatief_tk.groupby(listening.day(negatief_tk["created_at"])).size().rename("aantal")
negatief_per_dag = aantallen.rename_axis("datum").reset_index()
pieken = listening.find_spikes(aantallen, window=28, factor=3, min_count=10)
piekdagen = pieken.index[pieken["piek"]].tolist()
crisisdag = pieken.loc[piekdagen, "aantal"].idxmax()
'''
# Negative mentions of all three brands, and no minimum of 10 mentions.
CRISIS_ALL_BRANDS_NO_MINIMUM = '''
negatief = mentions[mentions["label"] == "negatief"]
aantallen = listening.daily_counts(negatief["created_at"], start="2025-01-01", end="2025-12-31")
negatief_per_dag = aantallen.reset_index()
pieken = listening.find_spikes(aantallen, window=28, factor=3, min_count=0)
piekdagen = pieken.index[pieken["piek"]].tolist()
crisisdag = pieken.loc[piekdagen, "aantal"].idxmax()
'''
# The day after the crisis picked as crisis day, from the labelled column.
CRISIS_WRONG_DAY = '''
negatief_tk = mentions[(mentions["brand"] == "Trapkracht") & (mentions["label"] == "negatief")]
aantallen = listening.daily_counts(negatief_tk["created_at"], start="2025-01-01", end="2025-12-31")
negatief_per_dag = aantallen.reset_index()
piekdagen = ["2025-06-17"]
crisisdag = "2025-06-18"
'''
TONE_ALL_CAPTIONS = '''
posts["vorm"] = listening.address_form(posts["caption"])
telling = pd.crosstab(posts["platform"], posts["vorm"])
toon_per_platform = (telling["je"] / telling.sum(axis=1)).rename("aandeel_je").reset_index()
inconsistente_platforms = toon_per_platform.loc[toon_per_platform["aandeel_je"] < 0.85, "platform"].astype(str).tolist()
merkbegrip = {"richtlijn": "identiteit", "peiling": "imago", "jaren": "reputatie", "vermeldingen": "imago"}
'''
TONE_WITHOUT_MIXED = '''
posts["vorm"] = listening.address_form(posts["caption"])
telling = pd.crosstab(posts["platform"], posts["vorm"])
toon_per_platform = (telling["je"] / (telling["je"] + telling["u"])).rename("aandeel_je").reset_index()
inconsistente_platforms = toon_per_platform.loc[toon_per_platform["aandeel_je"] < 0.85, "platform"].astype(str).tolist()
merkbegrip = {"richtlijn": "identiteit", "peiling": "imago", "jaren": "reputatie", "vermeldingen": "imago"}
'''
TONE_PERCENT = '''
posts["vorm"] = listening.address_form(posts["caption"])
aanspreken = posts[posts["vorm"] != "geen"]
telling = pd.crosstab(aanspreken["platform"], aanspreken["vorm"])
toon_per_platform = (100 * telling["je"] / telling.sum(axis=1)).rename("aandeel_je").reset_index()
inconsistente_platforms = ["Facebook", "LinkedIn", "YouTube"]
merkbegrip = {"richtlijn": "Merkidentiteit", "peiling": "imago", "jaren": "reputatie", "vermeldingen": "reputatie"}
'''

FULL = {"ch06_merk_01_share_of_voice": 5, "ch06_merk_02_net_sentiment": 5, "ch06_merk_03_crisisdag": 5,
        "ch06_merk_04_tone_of_voice": 5}

CASES = {
    # one of the 36 cells happens to agree: 4 x 1/36
    # no row is right within the course's rounding rule (three significant digits)
    "sov_by_reach": Case({"ch06_merk_01_share_of_voice": SOV_BY_REACH}, {"ch06_merk_01_share_of_voice": 0},
                         {"ch06_merk_01_share_of_voice": ["met hun bereik (est_reach)", "is 2025-10"]}),
    "sov_per_column": Case({"ch06_merk_01_share_of_voice": SOV_PER_COLUMN}, {"ch06_merk_01_share_of_voice": 1},
                           {"ch06_merk_01_share_of_voice": ["per kolom", "0 van de 36 rijen"]}),
    "net_with_labels": Case({"ch06_merk_02_net_sentiment": NET_WITH_LABELS}, {"ch06_merk_02_net_sentiment": 2,
                             # exercise 3 builds on mentions["label"]: 329 of 365 days still right
                             "ch06_merk_03_crisisdag": 2 * 329 / 365 + 3},
                            {"ch06_merk_02_net_sentiment": ["Trapkracht: je gebruikte de kolom `sentiment`",
                                                       "Velox: je gebruikte de kolom `sentiment`"]}),
    "net_without_neutral": Case({"ch06_merk_02_net_sentiment": NET_WITHOUT_NEUTRAL}, {"ch06_merk_02_net_sentiment": 2},
                                {"ch06_merk_02_net_sentiment": ["je deelde door positief + negatief. Dat is ook een gangbare formule"]}),
    # brands 3; negative: 4 of 5 right (4 x 1/5) minus one wrong (1/5) -> 0.6; positive 1
    "words_guessed": Case({"ch06_merk_02_net_sentiment": WORDS_GUESSED}, {"ch06_merk_02_net_sentiment": 3 + 0.6 + 1},
                          {"ch06_merk_02_net_sentiment": ["'Bedankt' draagt positief bij aan de score (+0.5), niet negatief",
                                                     "Je mist nog 1 passende negatief woord",
                                                     "sarcastisch"]}),
    # 274 of 365 days present and right; the spikes and the crisis day are still found
    "crisis_no_zero_days": Case({"ch06_merk_03_crisisdag": CRISIS_NO_ZERO_DAYS}, {"ch06_merk_03_crisisdag": 2 * 274 / 365 + 3},
                                {"ch06_merk_03_crisisdag": ["Dagen zonder negatieve vermeldingen horen erin met 0"]}),
    "crisis_all_brands_no_minimum": Case({"ch06_merk_03_crisisdag": CRISIS_ALL_BRANDS_NO_MINIMUM},
                                         # 41/365 days right; 4 spikes right, 3 wrong (x 0.5); crisis day right
                                         {"ch06_merk_03_crisisdag": 2 * 41 / 365 + 0.5 + 1},
                                         {"ch06_merk_03_crisisdag": ["alle drie de merken", "is geen piekdag"]}),
    "crisis_wrong_day": Case({"ch06_merk_03_crisisdag": CRISIS_WRONG_DAY}, {"ch06_merk_03_crisisdag": 2.5},
                             {"ch06_merk_03_crisisdag": ["Je mist nog 3 passende piekdag",
                                                    "de piekdag met de meeste negatieve vermeldingen over Trapkracht is 2025-06-17"]}),
    # no share right; all five platforms "inconsistent": 2 right - 3 wrong -> 0; the brand terms right (1)
    "tone_all_captions": Case({"ch06_merk_04_tone_of_voice": TONE_ALL_CAPTIONS}, {"ch06_merk_04_tone_of_voice": 1},
                              {"ch06_merk_04_tone_of_voice": ["Je deelde door alle captions", "Instagram is consistent"]}),
    # only TikTok (no mixed captions) right: 2/5; the list is still right: 2; the brand terms: 1
    "tone_without_mixed": Case({"ch06_merk_04_tone_of_voice": TONE_WITHOUT_MIXED}, {"ch06_merk_04_tone_of_voice": 3.4},
                               {"ch06_merk_04_tone_of_voice": ["gemengde captions weg"]}),
    # shares as percentages are the same answer (2); YouTube wrongly listed (2 right - 1 wrong of 2: 1);
    # one brand term wrong, what people say now is image (0.75)
    "tone_percent": Case({"ch06_merk_04_tone_of_voice": TONE_PERCENT}, {"ch06_merk_04_tone_of_voice": 3.75},
                         {"ch06_merk_04_tone_of_voice": ["5 van de 5 rijen van `toon_per_platform` kloppen",
                                                         "YouTube is consistent",
                                                         "'vermeldingen' gaat over imago, niet over reputatie"]}),
}


class TestGrading(ChapterGrading):
    ASSIGNMENT, FULL, CASES = ASSIGNMENT, FULL, CASES
