"""Unit tests for smmlib.kpi: catalogue, synonyms, vanity rule, Dutch errors."""
import subprocess
import sys

import pytest

from smmlib import kpi


# Anything on stderr scores 0 in nbgrader: every test here runs with warnings as errors.
pytestmark = pytest.mark.filterwarnings("error")


SEED_GOALS = ["merkbekendheid", "betrokkenheid en community", "verkeer naar website",
              "leads of aanvragen", "klantenservice ontlasting"]


def test_goal_types_include_seed_and_book_goals():
    goals = kpi.goal_types()
    assert goals[:5] == SEED_GOALS
    assert {"reputatie", "verkoop", "klanttevredenheid"} <= set(goals)


@pytest.mark.parametrize("goal, expected", [
    ("merkbekendheid", ["bereik", "videoweergaven", "share of voice", "merkzoekopdrachten"]),
    ("betrokkenheid en community", ["reacties", "saves", "dm's", "terugkerende interacties", "sentiment"]),
    ("verkeer naar website", ["klikken", "ctr", "sessies vanuit social", "landingspagina-prestaties"]),
    ("leads of aanvragen", ["formulierstarts", "conversies", "leadkwaliteit", "cost per lead"]),
    ("klantenservice ontlasting", ["afhandelingstijd", "vragen via social", "type vragen"]),
])
def test_seed_kpis_are_in_catalogue(goal, expected):
    assert set(expected) <= set(kpi.kpis_for(goal))


@pytest.mark.parametrize("alias, goal", [
    ("bekendheid", "merkbekendheid"), ("Leads", "leads of aanvragen"),
    ("  VERKEER ", "verkeer naar website"), ("klantenservice", "klantenservice ontlasting"),
    ("webcare", "klantenservice ontlasting"), ("Merkbekendheid", "merkbekendheid"),
])
def test_goal_synonyms(alias, goal):
    assert kpi.normalize_goal(alias) == goal
    assert kpi.kpis_for(alias) == kpi.kpis_for(goal)


def test_unknown_goal_lists_goal_types():
    with pytest.raises(ValueError) as info:
        kpi.kpis_for("wereldvrede")
    assert "Onbekend type doel" in str(info.value)
    for goal in kpi.goal_types():
        assert repr(goal) in str(info.value)


@pytest.mark.parametrize("name, canonical", [
    ("klikratio", "ctr"), ("click-through rate", "ctr"), ("CTR", "ctr"), (" Click-Through  Rate ", "ctr"),
    ("CPL", "cost per lead"), ("kosten per lead", "cost per lead"), ("reach", "bereik"),
    ("video views", "videoweergaven"), ("engagement", "engagement rate"), ("dm’s", "dm's"),
    ("DMs", "dm's"), ("Followers", "volgers"), ("vind-ik-leuks", "likes"), ("CPA", "cost per acquisition"),
    ("kwaliteit van leads", "leadkwaliteit"), ("groei in merkzoekopdrachten", "merkzoekopdrachten"),
    # the way marketers name them (issue 21)
    ("Leads", "leads"), ("aanvragen", "leads"), ("proefritaanvragen", "leads"), ("Aantal aanvragen", "leads"),
    ("naamsbekendheid", "naamsbekendheid"), ("Spontane bekendheid", "naamsbekendheid"),
])
def test_normalize_kpi_synonyms(name, canonical):
    assert kpi.normalize_kpi(name) == canonical


def test_every_synonym_resolves_to_its_own_name():
    for synonym, canonical in kpi.synonyms().items():
        assert kpi.normalize_kpi(synonym) == canonical, synonym


def test_every_catalogue_kpi_is_defined_and_lower_case():
    for goal in kpi.goal_types():
        for name in kpi.kpis_for(goal):
            assert name in kpi.KPIS and name == name.lower()


def test_unknown_kpi_suggests_close_matches():
    with pytest.raises(ValueError) as info:
        kpi.normalize_kpi("volgerss")
    assert "geen bekende KPI" in str(info.value) and "'volgers'" in str(info.value)
    with pytest.raises(ValueError, match="all_kpis"):
        kpi.normalize_kpi("xyzzy qwerty")


def test_is_kpi_for():
    assert kpi.is_kpi_for("Klikratio", "verkeer naar website")
    assert not kpi.is_kpi_for("likes", "verkeer naar website")
    assert not kpi.is_kpi_for("bestaat niet", "leads")
    with pytest.raises(ValueError):
        kpi.is_kpi_for("ctr", "onbekend doel")


@pytest.mark.parametrize("goal", kpi.goal_types())
def test_likes_and_followers_are_vanity_for_every_goal(goal):
    assert kpi.is_vanity("likes", goal) and kpi.is_vanity("Volgers", goal)


def test_reach_is_kpi_for_awareness_but_vanity_for_leads():
    assert not kpi.is_vanity("bereik", "merkbekendheid")
    assert not kpi.is_vanity("impressies", "merkbekendheid")
    assert kpi.is_vanity("bereik", "leads")
    assert kpi.is_vanity("impressies", "leads of aanvragen")
    assert kpi.is_vanity("bereik")  # without a goal it is suspect


def test_vanity_rule_is_consistent_with_catalogue():
    for goal in kpi.goal_types():
        for name in kpi.vanity_metrics():
            assert kpi.is_vanity(name, goal) == (name not in kpi.kpis_for(goal))


def test_real_kpis_are_not_vanity():
    assert not kpi.is_vanity("ctr") and not kpi.is_vanity("onbekend ding")


def test_vanity_reason_names_goal():
    reason = kpi.vanity_reason("volgers", "leads")
    assert reason.startswith("'volgers' is een ijdelheidsmetric: meer volgers zegt niets over het aantal aanvragen")
    assert "leads of aanvragen" in reason
    assert kpi.vanity_reason("bereik", "merkbekendheid") is None
    assert kpi.vanity_reason("ctr", "verkeer") is None
    assert "koppel" in kpi.vanity_reason("likes").lower()


def test_lower_is_better():
    assert kpi.lower_is_better("afhandelingstijd") and kpi.lower_is_better("CPL")
    assert not kpi.lower_is_better("conversies")


def test_catalogue_frame():
    table = kpi.catalogue()
    assert list(table.columns) == ["doel", "kpi", "betekenis", "metric", "bron", "richting"]
    assert set(table["doel"]) == set(kpi.goal_types())
    assert table.notna().all().all()
    assert "Google Analytics 4" in set(table["bron"])
    assert (table["bron"].str.contains("webcare-tool")).any()
    assert len(table) == sum(len(kpi.kpis_for(g)) for g in kpi.goal_types())


def test_all_kpis_unique():
    names = kpi.all_kpis()
    assert len(names) == len(set(names)) and "likes" not in names


def test_goal_from_text():
    assert kpi.goal_from_text("merkbekendheid") == "merkbekendheid"
    assert kpi.goal_from_text("Meer leads via Instagram") == "leads of aanvragen"
    assert kpi.goal_from_text("leads en verkeer") is None
    assert kpi.goal_from_text(None) is None


def test_import_does_not_load_pandas():
    code = "import sys, smmlib.kpi; assert 'pandas' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_docstring_examples_run():
    import doctest

    assert doctest.testmod(kpi).failed == 0


def test_leads_are_the_kpi_of_a_lead_goal_and_not_of_sales():
    assert kpi.is_kpi_for("proefritaanvragen", "leads of aanvragen")
    assert not kpi.is_kpi_for("leads", "verkoop")
    assert not kpi.is_vanity("aanvragen", "leads of aanvragen")
