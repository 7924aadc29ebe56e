"""``ScoreGuard``: never trust the score the kernel printed (after execution, before nbgrader saves scores).

A test cell without a score, with a score that is not a plain number, NaN,
negative or above the maximum (which would give full credit or crash nbgrader),
with stderr output, or that ran after the notebook tampered with the grading,
gets 0 and is flagged "check by hand".
"""
import re

from nbformat.notebooknode import NotebookNode
from nbgrader.preprocessors import NbGraderPreprocessor

from smmlib.sandbox.record import MARKER, MARKER_LINE, add_once as _add, grading_meta, is_test_cell, \
    nbgrader_meta as _nbgrader


class ScoreGuard(NbGraderPreprocessor):
    """Give 0 (and a "check by hand" flag) where nbgrader would trust a score it should not."""

    def preprocess(self, nb, resources):
        meta = grading_meta(nb)
        flags = meta["check_by_hand"]
        untrusted = set(meta.get("untrusted_cells", []))
        for index, cell in enumerate(nb.cells):
            if not is_test_cell(cell):
                continue
            gid = _nbgrader(cell).get("grade_id")
            points = float(_nbgrader(cell).get("points", 0) or 0)
            for line in self._stream_text(cell, "stdout").splitlines():
                match = MARKER_LINE.search(line)
                if match:
                    _add(flags, f"{gid}: the test found tampering ({match.group(1)}): {match.group(2)[:200]}")
            problem = None
            if index in untrusted:
                problem = ("the notebook tampered with the grading before or during this test",
                           "Je notebook veranderde iets aan het nakijken (zie de opmerking van de docent)")
            else:
                problem = self._score_problem(cell, points)
            if problem:
                english, dutch = problem
                _add(flags, f"{gid}: {english}; scored 0")
                cell.outputs.insert(0, NotebookNode(output_type="stream", name="stderr",
                                                    text=f"{MARKER}: {dutch}. Deze opgave krijgt voorlopig 0 punten; "
                                                         "de docent kijkt haar met de hand na.\n"))
        return nb, resources

    @staticmethod
    def _stream_text(cell, name):
        return "".join(o.get("text", "") for o in cell.get("outputs", [])
                       if o.get("output_type") == "stream" and o.get("name") == name)

    def _score_problem(self, cell, points):
        """(English, Dutch) when nbgrader would give a score it should not, else None."""
        for output in cell.get("outputs", []):
            kind = output.get("output_type")
            if kind == "error":
                return None                                   # nbgrader: 0, a defined result
            if kind == "stream" and output.get("name") == "stderr":
                if MARKER in output.get("text", ""):
                    return None
                return ("the test cell wrote to stderr (nbgrader scores that 0)",
                        "De testcel schreef naar stderr")
            if kind == "execute_result":
                text = (output.get("data") or {}).get("text/plain", "")
                text = "".join(text) if isinstance(text, list) else str(text)
                if not re.fullmatch(r"\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*", text):
                    return (f"the test cell's score is not a plain number ({text[:60]!r})",
                            "De score van deze testcel is geen gewoon getal")
                value = float(text)
                if not 0.0 <= value <= points:
                    return (f"the test cell's score {value:g} is outside 0..{points:g}",
                            "De score van deze testcel ligt buiten het bereik van de opgave")
                return None
        return ("the test cell gave no score (nbgrader would give full marks)",
                "Deze testcel gaf geen score")
