"""The first code cell of every assignment: the student's number, so they work on their own data (issue 18).

``add(nb)`` puts the cell right after the title (or replaces an older version of it);
``tools/add_student_number_cell.py`` does it for every source notebook, and
tests/chapters/test_conventions.py checks that each assignment has it exactly once.
"""
import nbformat

SOURCE = """\
# Je eigen data: vul je studentnummer in tussen de aanhalingstekens en voer deze cel uit.
# Iedere student rekent met een eigen variant van de data; de nakijker gebruikt dezelfde.
# Op de JupyterHub van de klas laat je "..." staan: daar weet de hub wie je bent.
from smmlib import use_variant

studentnummer = "..."
use_variant(studentnummer)"""
MARKER = "from smmlib import use_variant"


def is_student_number_cell(cell):
    return cell.get("cell_type") == "code" and MARKER in cell.get("source", "") and "studentnummer" in cell["source"]


def add(nb):
    """Put the student number cell after the notebook's leading Markdown cells; True when the notebook changed."""
    found = [i for i, cell in enumerate(nb.cells) if is_student_number_cell(cell)]
    if found and nb.cells[found[0]].source == SOURCE and len(found) == 1:
        return False
    for i in reversed(found):
        del nb.cells[i]
    first_code = next((i for i, cell in enumerate(nb.cells) if cell.cell_type == "code"), len(nb.cells))
    cell = nbformat.v4.new_code_cell(SOURCE)
    nb.cells.insert(first_code, cell)
    return True
