"""The HTML exporter for students' feedback, with compiled templates kept between students,
and the preprocessor that leaves the class report's answer records out of the feedback.

nbgrader makes a new exporter for every `generate_feedback` run, and Jinja then compiles
the feedback templates again each time (about 0.25 s per student). `smm grade` runs many
students in one worker process; this exporter shares one in-memory bytecode cache, so the
templates are compiled once per process.

nbconvert then parses the whole page with BeautifulSoup (about 0.1 s per student) to give
images without a description an English alt text and to make the cells of its lab template
focusable. The feedback template is the classic one in Dutch, without those cells; this
exporter gives such images a Dutch alt text instead and leaves the page as the template wrote it.
"""
import re

from jinja2 import BytecodeCache
from nbconvert.exporters import HTMLExporter, TemplateExporter
from nbconvert.filters.highlight import Highlight2HTML
from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter
from nbgrader.preprocessors import NbGraderPreprocessor

from smmlib.grading import ANSWERS_MIME


class _MemoryBytecodeCache(BytecodeCache):
    """Compiled templates in memory, keyed by template name and checksum (Jinja checks the source)."""

    def __init__(self):
        self._store = {}

    def load_bytecode(self, bucket):
        code = self._store.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket):
        self._store[bucket.key] = bucket.bytecode_to_string()


_CACHE = _MemoryBytecodeCache()


IMAGE_ALT = "Figuur uit het notebook"
_IMG_WITHOUT_ALT = re.compile(r"<img(?![^>]*\salt=)")


class CachedHTMLExporter(HTMLExporter):
    """nbconvert's HTMLExporter (configured as `HTMLExporter` in nbgrader_config.py) with the shared cache."""

    def _create_environment(self):
        environment = super()._create_environment()
        environment.bytecode_cache = _CACHE
        return environment

    def from_notebook_node(self, nb, resources=None, **kw):
        """HTMLExporter.from_notebook_node (nbconvert 7) up to its BeautifulSoup pass; then the Dutch alt texts."""
        language = nb.metadata.get("language_info", {})
        lexer = language.get("pygments_lexer", language.get("name", None))
        self.register_filter("highlight_code", self.filters.get(
            "highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self)))
        resources = self._init_resources(resources)
        self.register_filter("filter_data_type", WidgetsDataTypeFilter(
            notebook_metadata=self._nb_metadata, parent=self, resources=resources))
        html, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
        return _IMG_WITHOUT_ALT.sub(f'<img alt="{IMAGE_ALT}"', html), resources


class DropAnswerRecords(NbGraderPreprocessor):
    """Removes the chosen-answers outputs (``ANSWERS_MIME``, written by ``Check.score``) before the feedback page.

    They are for the lecturer's class report (``chosen_answers``); the student sees the
    ✔/✘ lines of the same test cell instead. (An nbgrader preprocessor, so it is enabled when listed.)
    """

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.get("outputs", []) if ANSWERS_MIME not in (o.get("data") or {})]
        return cell, resources
