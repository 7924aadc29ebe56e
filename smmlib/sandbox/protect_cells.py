"""``ProtectGradeCells``: what did the student change in the cells nbgrader owns? (sanitising step)

Runs before nbgrader's own clean-up (``nbgrader_config.py``). It compares the
submission with the gradebook: edited test cells, changed points or nbgrader
metadata, invented grade ids, duplicated and missing cells. nbgrader puts test
cells back from the gradebook anyway; this records what was changed ("check by
hand") and also puts back missing answer cells, so that a submission with
deleted cells is graded instead of crashing.
"""
from types import SimpleNamespace

from nbgrader.preprocessors import NbGraderPreprocessor

from smmlib.sandbox.record import add_once as _add, grading_meta, nbgrader_meta as _nbgrader, same_code as _same_code, \
    strip_hidden_tests


class ProtectGradeCells(NbGraderPreprocessor):
    """Record edited, duplicated, invented and missing nbgrader cells; put missing answer cells back."""

    def preprocess(self, nb, resources):
        from nbgrader.api import Gradebook, MissingEntry

        nb.metadata["smm_grading"] = {}  # whatever the student put there is discarded
        meta = grading_meta(nb)
        flags, notes = meta["check_by_hand"], meta["notes"]
        info = resources["nbgrader"]
        with Gradebook(info["db_url"]) as gb:
            try:
                source_nb = gb.find_notebook(info["notebook"], info["assignment"])
            except MissingEntry:
                return nb, resources
            order = [c.name for c in source_nb.source_cells]
            sources = {c.name: SimpleNamespace(name=c.name, source=c.source, cell_type=c.cell_type, locked=bool(c.locked))
                       for c in source_nb.source_cells}
            grades = {c.name: float(c.max_score) for c in source_nb.grade_cells}
            solutions = {c.name for c in source_nb.solution_cells}
        seen = {}
        for cell in nb.cells:
            meta_nb = _nbgrader(cell)
            gid = meta_nb.get("grade_id")
            if not gid:
                continue
            seen[gid] = seen.get(gid, 0) + 1
            if seen[gid] > 1:   # nbgrader would keep an empty nbgrader record and then crash on it
                cell.metadata.pop("nbgrader", None)
                _add(notes, f"duplicate cell with grade id {gid}: the extra copy ran as an ordinary cell")
                continue
            src = sources.get(gid)
            if src is None:
                cell.metadata.pop("nbgrader", None)
                _add(flags, f"a cell claims the unknown grade id {gid!r}; it ran as an ordinary cell")
                continue
            if gid in grades and gid not in solutions:
                if not (_same_code(cell.source, strip_hidden_tests(src.source)) or _same_code(cell.source, src.source)):
                    _add(flags, f"test cell {gid} was edited in the submission (graded with the original)")
                if float(meta_nb.get("points", -1) or 0) != grades[gid]:
                    _add(flags, f"the points of {gid} were changed in the submission "
                                f"({meta_nb.get('points')!r} instead of {grades[gid]:g}; graded with the original)")
            elif src.locked and not _same_code(cell.source, strip_hidden_tests(src.source)) and gid not in solutions:
                _add(flags, f"locked cell {gid} was edited in the submission (graded with the original)")
            expected = {"grade": gid in grades, "solution": gid in solutions, "locked": bool(src.locked)}
            changed = [k for k, v in expected.items() if bool(meta_nb.get(k)) != v]
            if changed or cell.cell_type != src.cell_type:
                _add(flags, f"the nbgrader metadata of {gid} was changed ({', '.join(changed) or 'cell type'}); restored")
        for gid in order:
            if gid in seen:
                continue
            src = sources[gid]
            if gid in grades:
                kind = "test cell" if gid not in solutions else "answer cell"
                _add(notes, f"{kind} {gid} was missing from the submission and was put back")
                continue
            if gid in solutions:
                # nbgrader only puts grade cells back; an answer cell is put back empty here
                cell = self._answer_cell(src)
                position = self._position(nb, order, gid)
                nb.cells.insert(position, cell)
                _add(notes, f"answer cell {gid} was missing from the submission and was put back empty")
        return nb, resources

    @staticmethod
    def _answer_cell(src):
        from nbformat.v4 import new_code_cell, new_markdown_cell

        metadata = {"nbgrader": {"grade": False, "grade_id": src.name, "locked": False, "schema_version": 3,
                                 "solution": True, "task": False}}
        make = new_code_cell if src.cell_type == "code" else new_markdown_cell
        cell = make(src.source, metadata=metadata)
        cell.id = f"{src.name.replace('_', '-')}-teruggezet"[:64]
        return cell

    @staticmethod
    def _position(nb, order, gid):
        """Index in `nb` right after the nearest earlier source cell that is present (or before the next one)."""
        index = {(_nbgrader(c).get("grade_id")): i for i, c in enumerate(nb.cells) if _nbgrader(c).get("grade_id")}
        before = order[:order.index(gid)]
        for name in reversed(before):
            if name in index:
                return index[name] + 1
        for name in order[order.index(gid) + 1:]:
            if name in index:
                return index[name]
        return len(nb.cells)
