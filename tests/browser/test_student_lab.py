"""A student's path in JupyterLab, in a real browser: lesson notebook, assignment, Validate; and the formgrader.

Each step saves a screenshot in screenshots/ (git-ignored); the README's student
section follows the same steps.
"""
import nbformat
import pytest

from browser_support import browser_missing, skip_or_fail

if browser_missing():
    skip_or_fail(browser_missing(), module_level=True)

from playwright.sync_api import expect  # noqa: E402

from browser_support import (ERROR_OUTPUT, REPO, cell, check_accessibility, menu, open_notebook, run_cell, screenshot,
                             type_into, wait_all_cells_ran, wait_kernel_idle)  # noqa: E402
from harness import cell_index, solution_answers, source_notebook  # noqa: E402
from smmlib.lecturer.student_number_cell import SOURCE as NUMBER_CELL, is_student_number_cell  # noqa: E402
from smmlib.widgets.kpi_picker import judge_kpis  # noqa: E402

LESSON = "course/ch04_analytics.ipynb"
ASSIGNMENT = "ch04_analytics"
ANSWERS = solution_answers(source_notebook(ASSIGNMENT))    # the model answers, typed in as a student would


# --- the lesson notebook ----------------------------------------------------------------

@pytest.fixture(scope="module")
def lesson(page, lab):
    """The chapter 4 lesson notebook opened and run with Run > Run All Cells."""
    panel = open_notebook(page, lab.url, LESSON)
    screenshot(page, "01_lesson_opened")
    menu(page, "Run", "Run All Cells")
    wait_all_cells_ran(page)
    wait_kernel_idle(page)
    return panel


def test_lesson_runs_without_errors(page, lesson):
    n_code = sum(c.cell_type == "code" for c in nbformat.read(str(REPO / LESSON), as_version=4).cells)
    assert lesson.locator(".jp-CodeCell").count() == n_code
    errors = lesson.locator(ERROR_OUTPUT)
    assert errors.count() == 0, "error output in the lesson:\n" + "\n---\n".join(errors.all_inner_texts())


def test_lesson_shows_seaborn_figures(page, lesson):
    # plots.set_theme() shows each figure as an <img> with its text alternative (an HTML output)
    figures = lesson.locator('.jp-OutputArea-output[data-mime-type="text/html"] img[alt^="Grafiek"], '
                             '.jp-OutputArea-output[data-mime-type="text/html"] img[alt*="."]')
    assert figures.count() >= 3, ("the lesson's charts are not rendered as images in the page: does MPLBACKEND=Agg "
                                 "reach the kernel? (`make lab` must not pass the test setting on)")
    figures.first.scroll_into_view_if_needed()
    box = figures.first.bounding_box()
    assert box["width"] > 300 and box["height"] > 150
    screenshot(page, "02_lesson_figure")


def test_kpi_picker_reacts_to_a_choice(page, lesson):
    widget = lesson.locator(".jp-OutputArea-output .widget-vbox").filter(has=page.locator(".widget-dropdown"))
    assert widget.count() == 1, "the KPI picker widget is not rendered"
    widget.scroll_into_view_if_needed()
    goal = widget.locator(".widget-dropdown select")
    metrics = widget.locator(".widget-select-multiple select")
    verdict = widget.locator(".widget-html-content")
    assert "Kies links" in verdict.inner_text()

    goal.select_option("leads of aanvragen")
    metrics.select_option(["conversies", "likes"])
    expected = judge_kpis("leads of aanvragen", ["conversies", "likes"])
    page.wait_for_function("el => el.textContent.includes('van de 2 gekozen metrics')", arg=verdict.element_handle())
    text = verdict.inner_text()
    assert "1 van de 2 gekozen metrics passen bij 'leads of aanvragen'" in text
    assert [status for status, _ in expected] == ["past", "ijdel"]
    assert "✘" in text and expected[1][1] in text     # likes: a vanity metric for leads, with the reason
    screenshot(page, "03_kpi_picker_leads")

    goal.select_option("merkbekendheid")              # another goal: the verdict changes at once
    page.wait_for_function("el => el.textContent.includes(\"'merkbekendheid'\")", arg=verdict.element_handle())
    assert verdict.inner_text() != text
    screenshot(page, "04_kpi_picker_merkbekendheid")


def test_kpi_picker_works_with_the_keyboard_alone(page, lesson):
    widget = lesson.locator(".jp-OutputArea-output .widget-vbox").filter(has=page.locator(".widget-dropdown"))
    goal = widget.locator(".widget-dropdown select")
    metrics = widget.locator(".widget-select-multiple select")
    verdict = widget.locator(".widget-html-content")
    goal.focus()
    before = goal.input_value()
    first = goal.locator("option").first.get_attribute("value")
    page.keyboard.press("End" if before == first else "Home")      # another goal, without a mouse
    page.wait_for_function("([el, v]) => el.value !== v", arg=[goal.element_handle(), before])
    chosen = goal.input_value()
    page.keyboard.press("Tab")                        # on to the list of metrics
    assert metrics.evaluate("el => el === document.activeElement"), "Tab does not reach the list of metrics"
    page.keyboard.press("Home")                       # the first metric is selected with the keyboard
    page.wait_for_function("el => el.textContent.includes('gekozen metric')", arg=verdict.element_handle())
    text = verdict.inner_text()
    assert f"'{chosen}'" in text and ("✔" in text or "✘" in text) and any(w in text for w in ("past", "ijdel", "hoort"))


def test_lesson_with_its_widgets_passes_wcag_21_aa(page, lesson):
    lesson.locator(".jp-OutputArea-output .widget-vbox").first.wait_for()
    check_accessibility(page)


# --- the assignment ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def assignment(page, lab):
    """The released chapter 4 assignment (the temporary copy), opened, the student number filled in, data loaded."""
    path = f"release/{ASSIGNMENT}/{ASSIGNMENT}.ipynb"
    nb = nbformat.read(str(lab.root / path), as_version=4)
    open_notebook(page, lab.url, path)
    first = next(i for i, c in enumerate(nb.cells) if is_student_number_cell(c))
    type_into(page, cell(page, first), NUMBER_CELL.replace('"..."', '"1234567"'))
    said = run_cell(page, cell(page, first))          # the student's own data from here on (issue 18)
    assert "Je werkt nu met de data van studentnummer 1234567" in said, said
    data = next(i for i, c in enumerate(nb.cells) if i > first and c.cell_type == "code")
    run_cell(page, cell(page, data))                  # the data cell above the exercises
    return nb


def test_student_answers_and_reads_dutch_feedback(page, lab, assignment):
    answer = cell(page, cell_index(assignment, "ch04_analytics_01_kpi_keuze_antwoord"))
    test = cell(page, cell_index(assignment, "ch04_analytics_01_kpi_keuze"))

    # A typo in a KPI name: the visible test says what is wrong, in Dutch.
    type_into(page, answer, 'kpi_keuze = {\n'
                            '    "merkbekendheid": ["bereik", "impressies", "videoweergaven"],\n'
                            '    "verkeer naar website": ["klikken", "klikratoi", "sessies vanuit social"],\n'
                            '    "leads of aanvragen": ["conversies", "cost per lead", "formulierstarts"],\n'
                            '    "klantenservice ontlasting": ["eerste reactietijd", "afhandelingstijd", "csat"],\n'
                            '}\n')
    run_cell(page, answer)
    feedback = run_cell(page, test)
    screenshot(page, "05_assignment_feedback_typo")
    assert "✘" in feedback and "klikratoi" in feedback, feedback
    assert "Error" not in feedback, feedback

    # Fixed: the visible test is content with the shape.
    type_into(page, answer, ANSWERS["ch04_analytics_01_kpi_keuze"])
    run_cell(page, answer)
    feedback = run_cell(page, test)
    screenshot(page, "06_assignment_feedback_ok")
    assert "✔" in feedback and "✘" not in feedback, feedback
    assert "in orde" in feedback


ADVICE = ("Stuur op cost per lead en het aantal proefritaanvragen, niet op likes: likes hangen nauwelijks "
          "samen met leads. Zet per platform vaker het format in met de hoogste engagement rate.")


def validate(page):
    """Press nbgrader's Validate button and return the result dialog's text."""
    page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .validate-button").click()
    dialog = page.locator(".jp-Dialog")
    dialog.locator("#validation-message").wait_for(timeout=120_000)
    return dialog


def test_validate_lists_the_unfinished_exercises(page, lab, assignment):
    dialog = validate(page)
    text = dialog.inner_text()
    screenshot(page, "07_validate_unfinished")
    dialog.get_by_role("button", name="Ok").click()
    assert "Validation Results" in text
    assert "The following cell failed:" in text
    failed = set(
        gid for gid in ["ch04_analytics_02_engagement_rate", "ch04_analytics_03_beste_format",
                        "ch04_analytics_04_meetplan", "ch04_analytics_05_likes_leads"] if f'"{gid}"' in text)
    assert len(failed) == 4, text          # the four open exercises fail ...
    assert '"ch04_analytics_01_kpi_keuze"' not in text   # ... the answered one passes


def test_validate_passes_when_everything_is_answered(page, lab, assignment):
    for exercise in ["ch04_analytics_02_engagement_rate", "ch04_analytics_03_beste_format",
                     "ch04_analytics_04_meetplan", "ch04_analytics_05_likes_leads"]:
        type_into(page, cell(page, cell_index(assignment, f"{exercise}_antwoord")), ANSWERS[exercise])
    reflection = cell(page, cell_index(assignment, "ch04_analytics_06_advies"))
    reflection.locator(".jp-MarkdownOutput").dblclick()          # a Markdown cell opens for editing
    type_into(page, reflection, ADVICE)
    page.keyboard.press("Control+Enter")                         # and shows the text again
    expect(reflection.locator(".jp-MarkdownOutput")).to_contain_text("proefritaanvragen")
    dialog = validate(page)
    text = dialog.inner_text()
    screenshot(page, "08_validate_success")
    dialog.get_by_role("button", name="Ok").click()
    assert "Success! Your notebook passes all the tests." in text, text
    check_accessibility(page)                     # the assignment as the student sees it after Validate


# --- the lecturer -------------------------------------------------------------------------

def test_formgrader_lists_the_course_assignments(page, lab):
    page.goto(f"{lab.url}/lab/tree/course")
    page.locator("#jp-MainMenu").wait_for()
    menu(page, "Nbgrader", "Formgrader")
    frame = page.frame_locator(".jp-MainAreaWidget:not(.lm-mod-hidden) iframe")
    expected = sorted(p.name for p in (lab.root / "source").iterdir() if p.is_dir())
    names = frame.locator("#main-table td.name a")
    expect(names).to_have_count(len(expected), timeout=60_000)
    screenshot(page, "09_formgrader_assignments")
    assert sorted(names.all_inner_texts()) == expected
