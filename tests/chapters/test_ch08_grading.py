"""Chapter 8 graded end to end: one real `nbgrader autograde` over typical submissions.

Every case starts from the release with the model answers filled in, changes
one or two answers the way students do, and states the exact score per
exercise and the feedback it must get.
"""
from harness import Case, ChapterGrading

ASSIGNMENT = "ch08_gebruikscyclus"
E1, E2, E3, E4 = (f"{ASSIGNMENT}_01_reactietijden", f"{ASSIGNMENT}_02_drukke_uren",
                  f"{ASSIGNMENT}_03_escalatie", f"{ASSIGNMENT}_04_tevredenheid")

MEAN_NOT_MEDIAN = '''
webcare["reactietijd_min"] = metrics.first_response_minutes(webcare["received_at"], webcare["first_response_at"])
per_kanaal = webcare.groupby("channel", observed=True)["reactietijd_min"]
reactie_per_kanaal = pd.DataFrame({
    "mediaan_min": per_kanaal.mean(),
    "p90_min": per_kanaal.quantile(0.9),
    "sla_60": per_kanaal.apply(lambda tijden: metrics.sla_share(tijden, norm=60)),
}).reset_index()
kanaal_buiten_norm = "X"
'''
SLA_ANSWERED_ONLY = '''
webcare["reactietijd_min"] = metrics.first_response_minutes(webcare["received_at"], webcare["first_response_at"])
per_kanaal = webcare.groupby("channel", observed=True)["reactietijd_min"]
reactie_per_kanaal = pd.DataFrame({
    "mediaan_min": per_kanaal.median(),
    "p90_min": per_kanaal.quantile(0.1),
    "sla_60": per_kanaal.apply(lambda tijden: metrics.sla_share(tijden.dropna(), norm=60)),
}).reset_index()
kanaal_buiten_norm = "Facebook-reactie"
'''
UTC_HOURS = '''
uur = webcare["received_at"].dt.tz_convert("UTC").dt.hour
per_uur = uur.value_counts().reindex(range(24), fill_value=0)
drukste_uren = per_uur.sort_values(ascending=False).index[:3].tolist()
buiten_kantoortijd = wc.share_outside(wc.messages_per_hour(webcare["received_at"]), start=9, end=17)
extra_dienst_start, gedekt = wc.best_shift(wc.messages_per_hour(webcare["received_at"]), length=6)
'''
INSIDE_AND_EIGHT_HOURS = '''
per_uur = wc.messages_per_hour(webcare["received_at"])
drukste_uren = [20, 21, 12]
buiten_kantoortijd = 1 - wc.share_outside(per_uur, start=9, end=17)
extra_dienst_start, gedekt = wc.best_shift(per_uur, length=8)
'''
NAIVE_WORDS = '''
escalatie_woorden = ["accu", "warm", "kapot", "gevallen"]
escalatie_vlag = wc.keyword_flags(toetsen["message"], escalatie_woorden)
uitkomst = wc.precision_recall(escalatie_vlag, toetsen["needs_escalation"])
precisie = uitkomst["precision"]
recall = uitkomst["recall"]
'''
SHORT_LIST_SWAPPED = '''
escalatie_woorden = ["rook", "brand", "heet", "gevallen", "gewond", "advocaat", "rechter",
                     "geschillencommissie", "radar", "oplichter"]
escalatie_vlag = wc.keyword_flags(toetsen["message"], escalatie_woorden)
uitkomst = wc.precision_recall(escalatie_vlag, toetsen["needs_escalation"])
precisie = uitkomst["recall"]
recall = uitkomst["precision"]
'''
FLAG_EVERYTHING = '''
escalatie_woorden = ["e"]
escalatie_vlag = wc.keyword_flags(toetsen["message"], escalatie_woorden)
uitkomst = wc.precision_recall(escalatie_vlag, toetsen["needs_escalation"])
precisie = uitkomst["precision"]
recall = uitkomst["recall"]
'''
COPIED_LABELS = '''
escalatie_woorden = ["xyz"]
escalatie_vlag = toetsen["needs_escalation"]
precisie = 1.0
recall = 1.0
'''
TUNED_AND_MEASURED_ON_ALL = '''
escalatie_woorden = ["rook", "brand", "heet", "opgezwollen", "gevaarlijk", "gevallen", "gewond",
                     "aangereden", "remmen", "gescheurd", "advocaat", "rechter", "geschillencommissie",
                     "radar", "oplichter", "twitter"]
escalatie_vlag = wc.keyword_flags(webcare["message"], escalatie_woorden)
uitkomst = wc.precision_recall(escalatie_vlag, webcare["needs_escalation"])
precisie = uitkomst["precision"]
recall = uitkomst["recall"]
'''
MEAN_SCORES = '''
nps_totaal = webcare["nps"].mean()
csat_totaal = webcare["csat"].mean()
tevredenheid_per_kanaal = (webcare.groupby("channel", observed=True)[["nps", "csat"]].mean().reset_index())
signaal = {"dm": "webcare", "forum": "webcare", "review": "webcare", "vraag_onder_post": "webcare"}
beste_reactie = "C"
'''
NPS_FILLNA = '''
nps_totaal = metrics.nps(webcare["nps"].fillna(0))
csat_totaal = metrics.csat(webcare["csat"])
rijen = []
for kanaal, deel in webcare.groupby("channel", observed=True):
    rijen.append({"channel": kanaal, "nps": metrics.nps(deel["nps"].fillna(0)), "csat": metrics.csat(deel["csat"])})
tevredenheid_per_kanaal = pd.DataFrame(rijen)
signaal = {"DM": "Webcare", "Forum": "social monitoring", "Review": "Monitoring", "vraag onder post": "klantenservice"}
beste_reactie = "reactie b"
'''

FULL = {E1: 6, E2: 4, E3: 6, E4: 4}

CASES = {
    # the mean of the response times instead of the median: the median column is lost (1.5 points)
    "mean_not_median": Case({E1: MEAN_NOT_MEDIAN}, {E1: 4.5}, {E1: ["het gemiddelde, niet de mediaan"]}),
    # p10 for p90, SLA over answered conversations only, wrong channel: only the medians are right
    "sla_answered_only": Case({E1: SLA_ANSWERED_ONLY}, {E1: 1.5},
                              {E1: ["alleen over de beantwoorde gesprekken", "10e percentiel",
                                    "Niet Facebook-reactie"]}),
    # hours counted in UTC: 18, 19, 17 -> one right (19), two wrong -> 0 for the hours
    "utc_hours": Case({E2: UTC_HOURS}, {E2: 2}, {E2: ["UTC", "hoort niet bij de drukste drie"]}),
    # hours: 2 right, 1 wrong (12 instead of 19) -> 2/3; the share inside office hours and the best 8-hour shift -> 0
    "inside_and_eight_hours": Case({E2: INSIDE_AND_EIGHT_HOURS}, {E2: 2 / 3},
                                   {E2: ["deel bínnen kantoortijd", "beste dienst van 8 uur", "12:00 hoort niet"]}),
    # 'accu', 'warm', 'kapot' also occur in ordinary questions: low precision and recall, honest report
    "naive_words": Case({E3: NAIVE_WORDS}, {E3: 2}, {E3: ["Precisie onder 0,50", "Recall onder 0,60", "Vals alarm"]}),
    # a shorter list: recall 0.72 (1.25), precision 0.99 (1.5); precision/recall swapped (0 for both)
    "short_list_swapped": Case({E3: SHORT_LIST_SWAPPED}, {E3: 1.25 + 1.5}, {E3: ["verwisseld", "Recall ≥ 0,60", "Gemist"]}),
    # the label column copied as flags: the grader applies the words, which find nothing, and the reported 1.0s
    # do not fit them
    "copied_labels": Case({E3: COPIED_LABELS}, {E3: 0}, {E3: ["niet de markering die je trefwoorden geven",
                                                              "Recall onder 0,60", "geen enkel toetsgesprek"]}),
    # the old way: flags and scores over the whole year; the words still work on July-December (4 points),
    # the flags have the wrong length and the reported scores are not those on `toetsen`
    "tuned_and_measured_on_all": Case({E3: TUNED_AND_MEASURED_ON_ALL}, {E3: 4},
                                      {E3: ["gesprekken in `toetsen` True of False", "Recall ≥ 0,80",
                                            "`precisie` past niet bij de markering"]}),
    # flagging (almost) everything: no recall points, precision far too low, report right
    "flag_everything": Case({E3: FLAG_EVERYTHING}, {E3: 2}, {E3: ["geen punten voor de recall"]}),
    # mean scores (0), every signal taken for webcare (2 of 4: 0.5), the generic reply (0)
    "mean_scores": Case({E4: MEAN_SCORES}, {E4: 0.5},
                        {E4: ["gemiddelde score, geen NPS", "gemiddelde score, geen CSAT",
                              "gebruik metrics.nps(...)", "'forum' is monitoring", "C is algemeen"]}),
    # missing NPS answers counted as 0: the NPS total and column are wrong, CSAT right (1.25);
    # signals and reply right in other words (1.5)
    "nps_fillna": Case({E4: NPS_FILLNA}, {E4: 2.75}, {E4: ["lege antwoorden als een 0", "4 van de 4 goed in `signaal`"]}),
}


class TestGrading(ChapterGrading):
    ASSIGNMENT, FULL, CASES = ASSIGNMENT, FULL, CASES
