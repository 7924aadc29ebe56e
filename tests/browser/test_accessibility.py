"""WCAG 2.1 A/AA with axe-core (issue 22) on the pages `smm grade` writes: every student's feedback page,
the class report and the overview, in headless Chromium. No serious or critical violation is allowed;
no rule is switched off for our own pages.
"""
import sys
import zipfile

import nbformat
import pytest

from browser_support import browser_missing, launch, serious_violations, skip_or_fail

if browser_missing():
    skip_or_fail(browser_missing(), module_level=True)

from harness import (make_submission, new_course, release_notebook, run_command, solution_answers,  # noqa: E402
                     source_notebook)
from test_ch04_grading import VANITY_KPIS  # noqa: E402

A = "ch04_analytics"


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """A Canvas download of two students graded by `smm grade`: the HTML pages it wrote."""
    tmp = tmp_path_factory.mktemp("a11y")
    root = new_course(tmp, A)
    release, answers = release_notebook(A), solution_answers(source_notebook(A))
    download = tmp / "download.zip"
    with zipfile.ZipFile(download, "w") as archive:
        archive.writestr(f"devriesjan_12345_67890_{A}.ipynb", nbformat.writes(make_submission(release, answers)))
        archive.writestr(f"smitanne_12347_67892_{A}.ipynb", nbformat.writes(
            make_submission(release, {**answers, f"{A}_01_kpi_keuze": VANITY_KPIS})))
    run_command([sys.executable, "-m", "smmlib.cli", "grade", A, "--from", download, "--lms", "canvas",
                 "--item", "Hoofdstuk 4 (4243)", "--quiet"], root)
    out = root / "grading" / A
    found = sorted((out / "feedback").glob("*.html")) + [out / "report.html", root / "grading" / "overview.html"]
    assert len(found) == 4
    return found


def serious(page, path):
    """{rule id: number of elements} of the serious and critical axe violations on the page at `path`."""
    page.goto(path.as_uri())
    return serious_violations(page)


def test_every_page_smm_grade_writes_passes_wcag_21_aa(pages):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page()
        found = {path.name: serious(page, path) for path in pages}
        browser.close()
    assert all(not v for v in found.values()), found


def test_feedback_page_is_dutch_with_landmarks_and_a_skip_link(pages):
    from bs4 import BeautifulSoup

    doc = BeautifulSoup(pages[0].read_text(encoding="utf-8"), "html.parser")
    assert doc.html["lang"] == "nl" and doc.find("main", id="inhoud") and doc.find("nav", id="toc")
    assert doc.find("a", class_="skip-link")["href"] == "#inhoud"
