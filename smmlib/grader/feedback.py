"""The HTML exporter for students' feedback, with compiled templates kept between students,
and the preprocessor that leaves the class report's answer records out of the feedback.

nbgrader makes a new exporter for every `generate_feedback` run, and Jinja then compiles
the feedback templates again each time (about 0.25 s per student). `smm grade` runs many
students in one worker process; this exporter shares one in-memory bytecode cache, so the
templates are compiled once per process. The output is the same HTML.
"""
from jinja2 import BytecodeCache
from nbconvert.exporters import HTMLExporter
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


class CachedHTMLExporter(HTMLExporter):
    """nbconvert's HTMLExporter (configured as `HTMLExporter` in nbgrader_config.py) with the shared cache."""

    def _create_environment(self):
        environment = super()._create_environment()
        environment.bytecode_cache = _CACHE
        return environment


class DropAnswerRecords(NbGraderPreprocessor):
    """Removes the chosen-answers outputs (``ANSWERS_MIME``, written by ``Check.score``) before the feedback page.

    They are for the lecturer's class report (``chosen_answers``); the student sees the
    ✔/✘ lines of the same test cell instead. (An nbgrader preprocessor, so it is enabled when listed.)
    """

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.get("outputs", []) if ANSWERS_MIME not in (o.get("data") or {})]
        return cell, resources
