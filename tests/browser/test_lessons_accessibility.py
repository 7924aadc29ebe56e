"""Every lesson in JupyterLab, run with its charts and widgets, checked with axe-core (issue 22).

A long sweep (about 3 minutes): it runs only with SMM_AXE_ALL_LESSONS=1. The suite checks the
chapter 4 lesson and assignment on every run (test_student_lab.py), the same renderer and widgets.
"""
import os

import pytest

from browser_support import (REPO, browser_missing, check_accessibility, menu, open_notebook, skip_or_fail,
                             wait_all_cells_ran, wait_kernel_idle)

if browser_missing():
    skip_or_fail(browser_missing(), module_level=True)
if os.environ.get("SMM_AXE_ALL_LESSONS") != "1":
    pytest.skip("the sweep over all lessons runs with SMM_AXE_ALL_LESSONS=1", allow_module_level=True)

LESSONS = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "course").glob("*.ipynb"))


@pytest.mark.parametrize("lesson", LESSONS)
def test_lesson_passes_wcag_21_aa_in_jupyterlab(page, lab, lesson):
    open_notebook(page, lab.url, lesson)
    menu(page, "Run", "Run All Cells")
    wait_all_cells_ran(page, timeout=300_000)
    wait_kernel_idle(page, timeout=300_000)
    check_accessibility(page)
