"""Robust, fair and reasonably safe autograding: the grader side of the grading sandbox.

Three nbgrader preprocessors, switched on in ``nbgrader_config.py`` for
``nbgrader autograde`` and therefore for ``smm grade``:

``ProtectGradeCells`` (sanitising, before nbgrader's own clean-up)
    Compares the submission with the gradebook: edited test cells, changed
    points or nbgrader metadata, invented grade ids, duplicated and missing
    cells. nbgrader puts test cells back from the gradebook anyway; this records
    what was changed ("check by hand") and also puts back missing answer cells,
    so that a submission with deleted cells is graded instead of crashing.

``SandboxedExecute`` (replaces nbgrader's ``Execute``)
    Runs the notebook in the sandboxed kernel of ``smmlib.sandbox_kernel``
    (private working folder, resource limits, no privileges, Landlock,
    seccomp, grading guard, audit hook), with:

    - a per-cell timeout (``Execute.timeout``) after which the cell is
      interrupted and the rest of the notebook still runs;
    - recovery from a dead or unresponsive kernel: a fresh kernel runs the
      notebook again without the cell that killed it (at most ``max_restarts``);
    - a time budget for the whole notebook (``notebook_timeout``);
    - a cap on the output kept per cell (``output_limit``), so a flood of
      output cannot exhaust the grader's memory;
    - the grading guard before and after every autograded test cell, and the
      report pipe read in a thread (see ``smmlib.kernel_guard``).

``ScoreGuard`` (after execution, before nbgrader saves the scores)
    Never trusts what the kernel printed as a score: a test cell without a
    score, with a score that is not a plain number, NaN, negative or above the
    maximum (which would give full credit or crash nbgrader), with stderr
    output, or that ran after the notebook tampered with the grading, gets 0
    and is flagged "check by hand".

Everything the grader should know ends up in the autograded notebook's
metadata (``smm_grading``: ``check_by_hand`` and ``notes``, English), which
``smmlib.grade_exports`` turns into the ``check_by_hand`` column of grades.csv
and the class report. Messages for the student are Dutch and appear in the
feedback as cell output.
"""
import ast
import hashlib
import hmac
import json
import os
import re
import secrets
import shutil
import site
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import SimpleNamespace

from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbclient.util import run_sync
from nbformat.notebooknode import NotebookNode
from nbgrader.preprocessors import Execute, NbGraderPreprocessor
from traitlets import Bool, Float, Integer, List, Unicode, default

from smmlib.grading import TAMPER as MARKER  # printed by test cells (Check.flag) and by ScoreGuard

MARKER_LINE = re.compile(re.escape(MARKER) + r" \[([a-z0-9-]+)\]:? ?(.*)")
TIMEOUT_ENAME = "Tijdslimiet"
SKIPPED_ENAME = "NietUitgevoerd"
# Lines kept per kernel run: an honest notebook sends a few dozen (two guard reports per test cell);
# a notebook that floods the pipe with made-up lines cannot grow the worker's memory and work without end.
MAX_REPORT_LINES = 1000
KERNEL_NAME = "smm-sandbox"


def grading_meta(nb):
    """The notebook's grading record: {'check_by_hand': [...], 'notes': [...], 'sandbox': [...], ...}."""
    meta = nb.metadata.setdefault("smm_grading", {})
    for key in ("check_by_hand", "notes", "sandbox"):
        meta.setdefault(key, [])
    return meta


def _add(items, text):
    if text not in items:
        items.append(text)


def _nbgrader(cell):
    return cell.get("metadata", {}).get("nbgrader", {})


def is_test_cell(cell):
    meta = _nbgrader(cell)
    return cell.cell_type == "code" and bool(meta.get("grade")) and not meta.get("solution")


def strip_hidden_tests(source):
    """The source as the student got it: the hidden-test region removed (nbgrader's delimiters)."""
    return re.sub(r"[ \t]*### BEGIN HIDDEN TESTS.*?### END HIDDEN TESTS[ \t]*\n?", "", source, flags=re.S)


def _same_code(a, b):
    norm = lambda text: "\n".join(line.rstrip() for line in text.strip().splitlines())  # noqa: E731
    return norm(a) == norm(b)


# ---------------------------------------------------------------------------------------------
# sanitising: what did the student change in the cells nbgrader owns?
# ---------------------------------------------------------------------------------------------
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


# ---------------------------------------------------------------------------------------------
# the sandboxed kernel: configuration made by the worker
# ---------------------------------------------------------------------------------------------
class _SandboxSpecs(KernelSpecManager):
    """Gives the sandbox kernel's spec for KERNEL_NAME, whatever kernel the notebook names."""

    argv = List()

    def get_kernel_spec(self, kernel_name):
        return KernelSpec(argv=list(self.argv), display_name="SMM grading sandbox", language="python",
                          interrupt_mode="signal", env={}, metadata={})


def _existing(paths):
    seen, result = set(), []
    for path in paths:
        if not path:
            continue
        for candidate in (os.path.abspath(path), os.path.realpath(path)):
            if candidate not in seen and os.path.exists(candidate):
                seen.add(candidate)
                result.append(candidate)
    return result


def readable_paths():
    """What the kernel may read: Python, the installed packages, smmlib, the course data, system libraries."""
    import smmlib
    from smmlib import datasets

    package = Path(smmlib.__file__).resolve().parent
    paths = [sys.prefix, sys.exec_prefix, sys.base_prefix, sys.base_exec_prefix, *site.getsitepackages(),
             site.getusersitepackages(), str(package), str(datasets._data_dir().resolve()),
             os.path.dirname(os.path.realpath(sys.executable)),
             "/usr", "/lib", "/lib64", "/lib32", "/etc/ld.so.cache", "/etc/localtime", "/etc/passwd",
             "/etc/group", "/etc/nsswitch.conf", "/etc/mime.types", "/etc/matplotlibrc", "/etc/fonts",
             "/usr/share/zoneinfo", "/dev/null", "/dev/urandom", "/dev/random", "/dev/zero", "/proc/cpuinfo",
             "/proc/meminfo", "/proc/stat", "/sys/devices/system/cpu"]
    return _existing(paths)


KEEP_ENV = ("PATH", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_NUMERIC", "TZ", "PYTHONHASHSEED",
            "PYTHONWARNINGS", "MPLBACKEND", "NBGRADER_EXECUTION", "PYDEVD_DISABLE_FILE_VALIDATION", "SMM_DATASETS")


class _Attempt:
    """One kernel run: its report pipe, the reader thread and what it reported."""

    supported = hasattr(os, "mkfifo")   # not on Windows: no guard there (grade on Linux, WSL or a container)

    def __init__(self, base, number):
        self.number = number
        self.lines = []            # parsed messages in pipe order
        self.hello = None
        self.junk = 0
        self.closed = False
        self.untrusted = False     # the notebook tampered with the grading in this run
        self.finished = False      # set when the worker stops the kernel (the pipe then closes)
        self.audited = 0           # lines already turned into "check by hand" flags
        self.lock = threading.Condition()
        self.stop = False
        self.fifo, self.fd, self.thread = None, None, None
        if not self.supported:
            return
        self.fifo = os.path.join(base, f"report-{number}.fifo")
        os.mkfifo(self.fifo, 0o600)
        self.fd = os.open(self.fifo, os.O_RDONLY | os.O_NONBLOCK)
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        buffer, had_writer = b"", False
        while not self.stop:
            try:
                chunk = os.read(self.fd, 65536)
            except BlockingIOError:
                time.sleep(0.02)
                continue
            except OSError:
                return
            if not chunk:
                if had_writer:
                    with self.lock:
                        self.closed = True
                        self.lock.notify_all()
                time.sleep(0.05)
                continue
            had_writer = True
            buffer += chunk
            if len(buffer) > 4_000_000:  # a flood: keep the reader alive, drop the rest
                buffer = buffer[-100_000:]
                with self.lock:
                    self.junk += 1
            while b"\n" in buffer:
                raw, buffer = buffer.split(b"\n", 1)
                self._parse(raw)

    def _parse(self, raw):
        try:
            message = ast.literal_eval(raw.decode("ascii"))
            if not isinstance(message, dict) or "kind" not in message:
                raise ValueError
        except Exception:
            with self.lock:
                self.junk += 1
            return
        with self.lock:
            if message["kind"] == "hello":
                if self.hello is None:
                    self.hello = message
            elif len(self.lines) < MAX_REPORT_LINES:
                self.lines.append(message)
            else:
                self.junk += 1     # counted, not kept; later guard reports are lost, so later tests are not trusted
            self.lock.notify_all()

    def wait(self, predicate, timeout):
        with self.lock:
            return self.lock.wait_for(predicate, timeout)

    def close(self):
        self.stop = True
        if self.thread is None:
            return
        self.thread.join(timeout=2)
        try:
            os.close(self.fd)
        except OSError:
            pass


# ---------------------------------------------------------------------------------------------
# executing a submission
# ---------------------------------------------------------------------------------------------
class SandboxedExecute(Execute):
    """nbgrader's Execute, run in the grading sandbox, surviving dead kernels and hostile notebooks."""

    sandbox = Bool(True, help="Confine the kernel (Linux: Landlock, seccomp, user namespace).").tag(config=True)
    memory_mb = Integer(2048, help="Address-space limit of the kernel in MB.").tag(config=True)
    cpu_seconds = Integer(900, help="CPU seconds the kernel may use in total.").tag(config=True)
    file_size_mb = Integer(64, help="Largest file the kernel may write, in MB.").tag(config=True)
    open_files = Integer(512, help="Open files of the kernel.").tag(config=True)
    threads = Integer(128, help="Threads/processes of the kernel (enforced for a non-root grader).").tag(config=True)
    notebook_timeout = Integer(1200, help="Seconds for all cells of one notebook together.").tag(config=True)
    max_restarts = Integer(2, help="Fresh kernels after a dead or unresponsive one.").tag(config=True)
    output_limit = Integer(1_000_000, help="Characters of output kept per cell.").tag(config=True)
    guard_timeout = Float(15.0, help="Seconds to wait for the grading guard's report.").tag(config=True)
    protected = List(Unicode(), help="Extra paths whose access is reported (course root and home always are).").tag(
        config=True)

    @default("shutdown_kernel")
    def _shutdown_default(self):
        return "immediate"   # nothing of a graded kernel is kept; a hung kernel must not delay the next one

    def create_kernel_manager(self):
        specs = _SandboxSpecs(argv=[sys.executable, "-m", "smmlib.sandbox_kernel", "-f", "{connection_file}"])
        self.km = self.kernel_manager_class(kernel_name=KERNEL_NAME, kernel_spec_manager=specs, config=self.config)
        return self.km

    # -- the whole notebook ------------------------------------------------------------------------
    def preprocess(self, nb, resources, km=None):
        from nbclient import NotebookClient

        NotebookClient.__init__(self, nb, km)
        self._check_assign_resources(resources)
        meta = grading_meta(nb)
        self._meta = meta
        self._base = tempfile.mkdtemp(prefix="smm-grading-")
        self._untrusted = set()
        try:
            self._prepare_folders(resources)
            self._run(nb)
        finally:
            shutil.rmtree(self._base, ignore_errors=True)
        record_untrusted(nb, self._untrusted)
        self.set_widgets_metadata()
        return self.nb, self.resources

    def _prepare_folders(self, resources):
        self._work = os.path.join(self._base, "work")
        self._home = os.path.join(self._base, "home")
        os.makedirs(self._work)
        for sub in (".tmp", ".config/matplotlib", ".ipython", ".local/share/jupyter", ".jupyter", ".cache"):
            os.makedirs(os.path.join(self._home, sub), exist_ok=True)
        source = (resources.get("metadata") or {}).get("path")
        if source and os.path.isdir(source):  # only this student's files, nothing above
            for entry in os.scandir(source):
                if entry.name.startswith(".") or entry.is_symlink():
                    continue
                target = os.path.join(self._work, entry.name)
                if entry.is_dir():
                    shutil.copytree(entry.path, target, symlinks=False, ignore_dangling_symlinks=True)
                elif entry.is_file() and entry.stat().st_size < 200_000_000:
                    shutil.copy2(entry.path, target)
        try:  # matplotlib's font list, so the kernel does not rebuild it
            import matplotlib
            for cached in Path(matplotlib.get_cachedir()).glob("fontlist-*.json"):
                shutil.copy2(cached, os.path.join(self._home, ".config", "matplotlib", cached.name))
        except Exception:
            pass

    def _config(self, attempt):
        from smmlib.course import course_root

        try:
            root = str(course_root(self._source_dir()))
        except Exception:
            root = ""
        home = os.path.expanduser("~")
        import smmlib
        repo = Path(smmlib.__file__).resolve().parent.parent
        repo = str(repo) if (repo / "nbgrader_config.py").exists() else ""   # an editable install in a course repo
        return {"work": self._work, "home": self._home, "fifo": attempt.fifo, "confine": self.sandbox,
                "read": readable_paths(), "write": [self._home],
                "protected": [p for p in [root, repo, home, *self.protected] if p],
                "limits": {"memory_mb": self.memory_mb, "cpu_seconds": self.cpu_seconds,
                           "file_size_mb": self.file_size_mb, "open_files": self.open_files, "threads": self.threads}}

    def _source_dir(self):
        return (self.resources.get("metadata") or {}).get("path") or os.getcwd()

    def _env(self, attempt):
        env = {k: os.environ[k] for k in KEEP_ENV if k in os.environ}
        home = self._home
        env.update({
            "HOME": home, "TMPDIR": os.path.join(home, ".tmp"), "MPLCONFIGDIR": os.path.join(home, ".config", "matplotlib"),
            "IPYTHONDIR": os.path.join(home, ".ipython"), "JUPYTER_RUNTIME_DIR": os.path.join(home, ".tmp"),
            "JUPYTER_DATA_DIR": os.path.join(home, ".local", "share", "jupyter"),
            "JUPYTER_CONFIG_DIR": os.path.join(home, ".jupyter"), "XDG_CACHE_HOME": os.path.join(home, ".cache"),
            "XDG_CONFIG_HOME": os.path.join(home, ".config"), "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1",
            "MKL_NUM_THREADS": "1", "NUMEXPR_NUM_THREADS": "1", "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONNOUSERSITE": "1", "SMM_SANDBOX": json.dumps(self._config(attempt)),
        })
        return env

    def _run(self, nb):
        notes = self._meta["notes"]
        skip = {}                # cell index -> Dutch reason (cells that killed or froze the kernel)
        timed_out = set()        # cells interrupted after the timeout (not run again after a restart)
        deadline = time.monotonic() + self.notebook_timeout
        for number in range(self.max_restarts + 1):
            self._untrusted = set()  # test cells that ran after the notebook tampered with the grading
            attempt = _Attempt(self._base, number)
            self.reset_execution_trackers()
            self._sizes = {}
            try:
                outcome = self._run_once(nb, attempt, skip, timed_out, deadline)
            finally:
                attempt.finished = True    # from here on the pipe closes because the kernel stopped
                attempt.close()
                self._audit_flags(attempt)
            if outcome is None:
                return
            index, reason_nl, reason_en = outcome
            skip[index] = reason_nl
            _add(notes, f"{reason_en} in cell {index + 1}; a fresh kernel ran the notebook again without that cell")
        for index, cell in enumerate(nb.cells):   # restarts used up: what did not run scores 0
            if cell.cell_type == "code" and not cell.get("outputs"):
                self._mark(cell, "De kernel stopte te vaak; deze cel is niet uitgevoerd.")
        _add(notes, f"the kernel died {self.max_restarts + 1} times; cells after the last crash were not run")

    def _run_once(self, nb, attempt, skip, timed_out, deadline):
        """Run all cells in one kernel; None when done, else (index, Dutch reason, English reason) to restart."""
        env = self._env(attempt)
        with self.setup_kernel(env=env, cwd=self._work):
            assert self.kc
            info = self.wait_for_reply(self.kc.kernel_info())
            if info:
                self.nb.metadata["language_info"] = info["content"].get("language_info", {})
            if not attempt.supported:
                _add(self._meta["notes"], "sandbox: no grading guard on this platform (grade on Linux)")
            elif attempt.wait(lambda: attempt.hello is not None, 30):
                self._note_sandbox(attempt.hello)
            self._key = bytes.fromhex(attempt.hello["key"]) if attempt.hello else None
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code" or not cell.source.strip():
                    continue
                if index in skip:
                    self._mark(cell, skip[index])
                    continue
                if index in timed_out:
                    continue  # timed out in an earlier run: keeps that timeout error
                if time.monotonic() > deadline:
                    self._mark(cell, "De tijd voor het hele notebook was op; deze cel is niet uitgevoerd.")
                    _add(self._meta["notes"], f"the notebook's time limit ({self.notebook_timeout} s) was reached "
                                              f"at cell {index + 1}; the rest was not run")
                    continue
                test = is_test_cell(cell) and attempt.supported
                if test:
                    self._guard(attempt, index, "before")
                try:
                    self.execute_cell(cell, index, store_history=True)
                except DeadKernelError:
                    return index, "De kernel stopte tijdens deze cel (bijvoorbeeld een crash of te veel geheugen).", \
                        f"the kernel died ({self._exit_detail()})"
                except CellTimeoutError:
                    return index, ("Deze cel bleef doorlopen en reageerde niet meer op onderbreken; "
                                   "hij is overgeslagen."), "the kernel stopped responding"
                if any(o.get("output_type") == "error" and o.get("ename") in (TIMEOUT_ENAME, "CellTimeoutError")
                       for o in cell.outputs):
                    timed_out.add(index)
                    _add(self._meta["notes"], f"cell {index + 1} ran longer than {self.timeout} s and was interrupted")
                if test:
                    self._guard(attempt, index, "after")
        return None

    def _exit_detail(self):
        try:
            code = self.km.provisioner.process.poll() if self.km and self.km.provisioner else None
        except Exception:
            code = None
        if code is None:
            return "no exit status"
        if code < 0:
            import signal
            try:
                return f"signal {signal.Signals(-code).name}"
            except ValueError:
                return f"signal {-code}"
        return f"exit status {code}"

    def _note_sandbox(self, hello):
        status = [str(s) for s in hello.get("status", [])]
        for line in status:
            _add(self._meta["sandbox"], line)
        weak = [s for s in status if "not available" in s or "skipped" in s or "off" in s or "failed" in s]
        for line in weak:
            _add(self._meta["notes"], f"sandbox: {line}")

    @staticmethod
    def _mark(cell, text):
        cell.outputs = [NotebookNode(output_type="error", ename=SKIPPED_ENAME, evalue=text, traceback=[text])]

    # -- the grading guard --------------------------------------------------------------------------
    def _guard(self, attempt, index, when):
        """Run __smm_guard__ in the kernel (outside IPython's input transformers) and check its report."""
        cell = self.nb.cells[index]
        gid = _nbgrader(cell).get("grade_id", f"cell {index + 1}")
        flags = self._meta["check_by_hand"]
        nonce = secrets.token_hex(12)
        expression = f"__smm_guard__({nonce!r}, {index}, {when!r})"
        report = None
        if self._key is not None:
            msg_id = self.kc.execute("", silent=True, store_history=False, user_expressions={"g": expression},
                                     allow_stdin=False)
            reply = run_sync(self._await_reply)(msg_id, self.guard_timeout)

            def verified_report():
                for message in attempt.lines:
                    if message.get("kind") == "guard":
                        data = self._verified(message, nonce)
                        if data:
                            return data
                return None

            if reply is not None:
                report = attempt.wait(verified_report, 5)   # the report, or None after 5 s
        untrusted = False
        if report is None:
            untrusted = True
            _add(flags, f"the grading guard did not report {when} {gid} (the notebook interfered with the kernel)")
        else:
            for item in report.get("flags", []):
                _add(flags, f"{gid}: {item.get('detail')}")
                if item.get("severity") == "untrusted":
                    untrusted = True
        # everything the audit hook reported up to this report counts for this test cell
        if self._audit_flags(attempt):
            untrusted = True
        if untrusted or attempt.untrusted:
            attempt.untrusted = True
            self._untrusted.add(index)

    def _audit_flags(self, attempt):
        """Turn new audit lines into "check by hand" lines; True if they show the run cannot be trusted.

        Each line is handled once (``attempt.audited``); the caller keeps the verdict in ``attempt.untrusted``.
        """
        flags, untrusted = self._meta["check_by_hand"], False
        new = attempt.lines[attempt.audited:]           # earlier lines were turned into flags already
        attempt.audited += len(new)
        for message in new:
            if message.get("kind") != "audit":
                continue
            text = f"{message.get('event')} from notebook code (line {message.get('line')}): {message.get('detail')}"
            if message.get("code") == "protected-path":
                text = f"the notebook tried to open a protected path: {message.get('detail')}"
            elif message.get("code") == "guard-misuse":
                text = "the notebook called the grading guard's internals"
            _add(flags, text)
            untrusted = untrusted or message.get("severity") == "untrusted"
        if attempt.junk:
            _add(flags, "the notebook wrote to the grading report pipe")
        if attempt.closed and attempt.hello is not None and not attempt.finished:
            untrusted = True
            _add(flags, "the notebook closed the grading report pipe")
        return untrusted

    def _verified(self, message, nonce):
        try:
            body = message["body"]
            good = hmac.compare_digest(hmac.new(self._key, body.encode("ascii"), hashlib.sha256).hexdigest(),
                                       str(message["mac"]))
            data = ast.literal_eval(body) if good else None
            return data if data and data.get("nonce") == nonce else None
        except Exception:
            return None

    async def _await_reply(self, msg_id, timeout):
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            try:
                msg = await self.kc.shell_channel.get_msg(timeout=remaining)
            except Exception:
                if not await self.kc.is_alive():
                    return None
                continue
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg

    # -- output cap -------------------------------------------------------------------------------
    def output(self, outs, msg, display_id, cell_index):
        content = msg.get("content", {})
        size = len(content.get("text", "")) + sum(len(str(v)) for v in (content.get("data") or {}).values())
        total = self._sizes.get(cell_index, 0) + size
        self._sizes[cell_index] = total
        if total > self.output_limit and msg.get("msg_type") != "execute_result":
            if total - size <= self.output_limit:
                outs.append(NotebookNode(output_type="stream", name="stdout",
                                         text=f"\n[… de rest van de uitvoer (meer dan {self.output_limit:,} tekens) "
                                              "is weggelaten …]\n"))
                _add(self._meta["notes"], f"the output of cell {cell_index + 1} was cut at {self.output_limit:,} characters")
            return None
        return super().output(outs, msg, display_id, cell_index)


# ---------------------------------------------------------------------------------------------
# after execution: never trust the score the kernel printed
# ---------------------------------------------------------------------------------------------
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


def record_untrusted(nb, indices):
    meta = grading_meta(nb)
    meta["untrusted_cells"] = sorted(set(meta.get("untrusted_cells", [])) | set(indices))
