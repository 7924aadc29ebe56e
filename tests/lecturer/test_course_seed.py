"""A new data universe per cohort (issue 18): COURSE_SEED in nbgrader_config.py, applied by smm release."""
import shutil

import pytest

from conftest import REPO

import smmlib
from smmlib import datasets
from smmlib.datagen import planted
from smmlib.grader.course import CourseError
from smmlib.lecturer import cohort

NEW_SEED = 20260901


def course_with_seed(root, line):
    root.mkdir(parents=True, exist_ok=True)
    config = (REPO / "nbgrader_config.py").read_text(encoding="utf-8")
    assert "COURSE_SEED = 20250101" in config
    (root / "nbgrader_config.py").write_text(config.replace("COURSE_SEED = 20250101", line), encoding="utf-8")
    return root


def test_the_repository_ships_the_data_of_its_configured_seed():
    assert cohort.configured_seed(REPO) == cohort.shipped_seed(REPO / "datasets") == 20250101
    assert cohort.apply(REPO) is False          # nothing to rebuild: release never touches the data


def test_a_bad_seed_gets_a_clear_english_error(tmp_path):
    with pytest.raises(CourseError, match="COURSE_SEED must be a whole number"):
        cohort.configured_seed(course_with_seed(tmp_path, 'COURSE_SEED = "volgend jaar"'))


@pytest.fixture(scope="module")
def new_cohort(tmp_path_factory):
    root = course_with_seed(tmp_path_factory.mktemp("cohort") / "course", f"COURSE_SEED = {NEW_SEED}")
    shutil.copytree(REPO / "datasets", root / "datasets", ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    assert cohort.apply(root) is True
    return root


def test_a_new_seed_rebuilds_the_data_with_every_planted_effect(new_cohort, monkeypatch):
    assert cohort.shipped_seed(new_cohort / "datasets") == NEW_SEED
    assert cohort.apply(new_cohort) is False
    old = datasets.load_dataset("posts")
    monkeypatch.setenv("SMM_DATASETS", str(new_cohort / "datasets"))
    datasets._CACHE.clear()
    try:
        new = datasets.load_dataset("posts")
        assert list(new.columns) == list(old.columns) and not new["likes"].equals(old["likes"])
        for name in datasets.dataset_names():
            assert planted.problems(name, datasets.load_dataset(name)) == [], name
    finally:
        datasets._CACHE.clear()


def test_students_variants_follow_the_cohorts_seed(new_cohort, monkeypatch):
    smmlib.use_variant("1234567")
    try:
        last_year = datasets.load_dataset("influencers")["followers"]
        monkeypatch.setenv("SMM_DATASETS", str(new_cohort / "datasets"))
        datasets._CACHE.clear()
        this_year = datasets.load_dataset("influencers")["followers"]
    finally:
        smmlib.use_variant(None)
        datasets._CACHE.clear()
    assert not last_year.equals(this_year)
