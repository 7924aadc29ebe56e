"""Notebook Markdown that every student can read (issue 22), checked without a browser.

Every lesson and assignment: exactly one h1, no skipped heading levels, alt text on every
image, link text that says where it goes, a header row on every table, no instruction
that only works if you see colour ("de rode lijn"), and no task list ("- [ ]"): JupyterLab
renders it as checkboxes without a label.
"""
import re

import pytest

from conftest import REPO
from harness import read_nb

NOTEBOOKS = sorted((REPO / "course").glob("*.ipynb")) + sorted((REPO / "source").glob("*/*.ipynb"))
HEADING = re.compile(r"^(#{1,6})\s", re.M)
IMAGE = re.compile(r"!\[([^\]]*)\]\(|<img(?![^>]*\balt=\"[^\"]+\")[^>]*>")
VAGUE_LINK = re.compile(r"\[(hier|link|deze link|klik hier|here|meer)\]\(", re.I)
COLOUR_ONLY = re.compile(r"\b(rode|groene|blauwe|oranje|gele|paarse)\s+(lijn|balk|balken|stip|stippen|punt|vlak|kleur)",
                         re.I)
TASK_LIST = re.compile(r"^\s*[-*]\s+\[[ xX]\]\s", re.M)
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def markdown(path):
    """The Markdown text of each Markdown cell, fenced code left out."""
    return [re.sub(r"```.*?```", "", cell.source, flags=re.S) for cell in read_nb(path).cells
            if cell.cell_type == "markdown"]


def problems(texts):
    """What a screen-reader or colour-blind reader would miss, in words; [] when nothing."""
    found, levels = [], []
    for text in texts:
        levels += [len(m.group(1)) for m in HEADING.finditer(text)]
        found += [f"image without alt text: {m.group(0)[:40]}" for m in IMAGE.finditer(text)
                  if m.group(0).startswith("<img") or not m.group(1).strip()]
        found += [f"link text that does not say where it goes: {m.group(1)!r}" for m in VAGUE_LINK.finditer(text)]
        found += [f"instruction by colour only: {m.group(0)!r}" for m in COLOUR_ONLY.finditer(text)]
        found += [f"task list item (an unlabelled checkbox in JupyterLab): {m.group(0).strip()!r}"
                  for m in TASK_LIST.finditer(text)]
        lines = text.splitlines()
        for i, line in enumerate(lines):
            starts_table = TABLE_ROW.match(line) and (i == 0 or not TABLE_ROW.match(lines[i - 1]))
            if starts_table and not (i + 1 < len(lines) and TABLE_RULE.match(lines[i + 1])):
                found.append(f"table without a header row: {line.strip()[:40]}")
    if levels.count(1) != 1:
        found.append(f"{levels.count(1)} h1 headings (one per notebook)")
    found += [f"heading level skipped: h{a} -> h{b}" for a, b in zip(levels, levels[1:]) if b > a + 1]
    return found


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(REPO)))
def test_notebook_markdown_is_accessible(path):
    assert problems(markdown(path)) == []


def test_the_check_finds_each_problem():
    bad = ["# Titel\n### Te diep", "# Nog een titel", "![](grafiek.png)", "Zie [hier](https://x.nl).",
           "Kijk naar de rode lijn.", "| a | b |\n| 1 | 2 |", "- [ ] Ik meet elke week."]
    found = problems(bad)
    assert len(found) == 7, found
    assert problems(["# Titel\n## Deel\n### Stuk", "![Staafdiagram van het bereik](g.png)",
                     "| a | b |\n|---|---|\n| 1 | 2 |"]) == []
