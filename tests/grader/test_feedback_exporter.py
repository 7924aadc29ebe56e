"""The feedback exporter writes nbconvert's page without its BeautifulSoup pass, with Dutch alt texts (issue 19)."""
import base64
import copy

from pathlib import Path

import nbformat
import nbgrader
from bs4 import BeautifulSoup
from nbconvert.exporters import HTMLExporter
from traitlets.config.loader import PyFileConfigLoader

from conftest import REPO
from smmlib.grader.feedback import IMAGE_ALT, CachedHTMLExporter

PNG = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082")).decode()


def feedback_config():
    """The course's own HTMLExporter settings (nbgrader_config.py), with the stylesheet folder nbgrader adds."""
    config = PyFileConfigLoader("nbgrader_config.py", path=str(REPO)).load_config()
    static = Path(nbgrader.__file__).parent / "server_extensions/formgrader/static/node_modules/bootstrap/dist/css"
    config.HTMLExporter.extra_template_paths = [str(static)]
    return config


def notebook():
    cells = [nbformat.v4.new_markdown_cell("## Opgave 1\n\nKies een **KPI**."),
             nbformat.v4.new_code_cell("kpi = 'leads'\nprint(kpi)", outputs=[
                 nbformat.v4.new_output("stream", name="stdout", text="leads\n"),
                 nbformat.v4.new_output("display_data", data={"image/png": PNG, "text/plain": "<Figure>"}),
                 nbformat.v4.new_output("display_data", data={"text/html": '<img src="x.png" alt="eigen tekst">'}),
             ], execution_count=1)]
    cells[1].metadata["nbgrader"] = {"grade": True, "solution": True, "grade_id": "q1", "points": 2, "score": 1.5}
    return nbformat.v4.new_notebook(cells=cells)


def without_alts(html):
    soup = BeautifulSoup(html, "html.parser")
    for img in soup.find_all("img"):
        img.attrs.pop("alt", None)
    return str(soup)


def test_the_page_is_nbconverts_with_dutch_alt_texts():
    resources = {"nbgrader": {"notebook": "ch04", "score": 1.5, "max_score": 2, "late_penalty": 0}}
    nb = notebook()
    ours, _ = CachedHTMLExporter(config=feedback_config()).from_notebook_node(copy.deepcopy(nb), dict(resources))
    theirs, _ = HTMLExporter(config=feedback_config()).from_notebook_node(copy.deepcopy(nb), dict(resources))
    assert "Score: 1.5 / 2.0" in ours and "leads" in ours
    assert without_alts(ours) == without_alts(theirs)
    alts = [img.get("alt") for img in BeautifulSoup(ours, "html.parser").find_all("img")]
    assert alts == [IMAGE_ALT, "eigen tekst"]
