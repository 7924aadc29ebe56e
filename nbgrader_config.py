"""nbgrader configuration for the Social Media Management course.

The repository root is the nbgrader course directory: source/, release/,
submitted/, autograded/ and feedback/ live here, and so does gradebook.db
(git-ignored).
"""
import os

c = get_config()  # noqa: F821 (provided by nbgrader)

# --- the course ------------------------------------------------------------
c.CourseDirectory.course_id = "smm"
# The cohort's data universe: change the number for a new year and run `make release` (it rebuilds
# datasets/ with every planted effect; students' own variants follow). datasets/README.md explains it.
COURSE_SEED = 20250101
c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
# The gradebook: SQLite in the course root by default; set SMM_DB_URL (for example
# postgresql+psycopg2://user@host/smm) when several graders work on one gradebook.
c.CourseDirectory.db_url = os.environ.get(
    "SMM_DB_URL", "sqlite:///" + os.path.join(c.CourseDirectory.root, "gradebook.db"))
# Data files next to a notebook (none today) are copied with the release.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback"]

# --- Dutch stubs for students ----------------------------------------------
c.ClearSolutions.code_stub = {"python": "# JOUW CODE HIER\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "JOUW ANTWOORD HIER"

# --- executing submissions ---------------------------------------------------
# Seconds per cell: an endless loop in one cell costs that cell, not the run.
c.Execute.timeout = 60
c.Execute.interrupt_on_timeout = True
c.Execute.error_on_timeout = {
    "ename": "Tijdslimiet",
    "evalue": "Deze cel liep te lang en is afgebroken.",
    "traceback": ["Tijdslimiet: deze cel liep te lang (een oneindige lus?) en is afgebroken. "
                  "De rest van het notebook is wel nagekeken."],
}

# Autograding runs every submission in the grading sandbox (smmlib/sandbox/; the
# README's grader section says what it protects
# against). Students' Validate button keeps using their own ordinary kernel.
c.Autograde.sanitize_preprocessors = [
    "nbgrader.preprocessors.ClearOutput",
    "smmlib.sandbox.protect_cells.ProtectGradeCells",  # records edited/duplicated/missing cells, puts answer cells back
    "nbgrader.preprocessors.DeduplicateIds",
    "nbgrader.preprocessors.OverwriteKernelspec",
    "nbgrader.preprocessors.OverwriteCells",
    "nbgrader.preprocessors.CheckCellMetadata",
]
c.Autograde.autograde_preprocessors = [
    "smmlib.sandbox.execute.SandboxedExecute",  # nbgrader's Execute in the sandboxed kernel, surviving crashes
    "nbgrader.preprocessors.IgnorePattern",
    "nbconvert.preprocessors.ClearMetadataPreprocessor",
    "nbgrader.preprocessors.LimitOutput",
    "smmlib.sandbox.score_guard.ScoreGuard",  # 0 and "check by hand" where the kernel's score cannot be trusted
    "nbgrader.preprocessors.SaveAutoGrades",
    "nbgrader.preprocessors.AssignLatePenalties",
    "nbgrader.preprocessors.CheckCellMetadata",
]
# Limits of the grading kernel (per submission).
c.SandboxedExecute.memory_mb = 2048          # address space
c.SandboxedExecute.cpu_seconds = 900         # CPU time of the kernel in total
c.SandboxedExecute.file_size_mb = 64         # largest file the notebook may write
c.SandboxedExecute.notebook_timeout = 1200   # all cells of one notebook together
c.SandboxedExecute.max_restarts = 2          # fresh kernels after a crash, without the cell that crashed it
# Warnings (pandas FutureWarning, ...) go to stderr, and nbgrader scores any
# test cell with stderr output 0. The kernel therefore starts with warnings off.
c.Execute.extra_arguments = [
    "--HistoryManager.hist_file=:memory:",
    "--IPKernelApp.exec_lines=import warnings; warnings.simplefilter('ignore')",
]
# Nothing here sets os.environ: nbgrader's JupyterLab extensions load this file inside
# the lab server, and every lesson kernel would inherit it (MPLBACKEND=Agg hides all
# charts). `smm grade` gives its own nbgrader processes MPLBACKEND=Agg (smmlib/grader/course.py).

# Grade cells a student deleted are put back from the gradebook.
c.OverwriteCells.add_missing_cells = True
c.OverwriteCells.missing_cell_notification = (
    "Deze cel (id: {cell_id}) ontbrak in je inlevering en is bij het nakijken teruggezet.\n\n"
)

# A huge output (a print in an endless loop) is cut, so feedback stays readable.
c.LimitOutput.max_lines = 500
c.LimitOutput.max_traceback = 50

# --- feedback for students -----------------------------------------------------
# Dutch labels, and the hidden tests' source removed (their printed feedback stays).
import nbgrader as _nbgrader  # noqa: E402
import smmlib as _smmlib  # noqa: E402

c.HTMLExporter.template_name = "feedback_nl"
c.HTMLExporter.language_code = "nl"
c.HTMLExporter.extra_template_basedirs = [
    os.path.join(os.path.dirname(_smmlib.__file__), "grader", "templates"),
    os.path.join(os.path.dirname(_nbgrader.__file__), "server_extensions", "formgrader", "templates"),
]
# Same HTML exporter, but templates are compiled once per process (smm grade's workers).
c.GenerateFeedback.exporter_class = "smmlib.grader.feedback.CachedHTMLExporter"
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbgrader.preprocessors.ClearHiddenTests",
    "smmlib.grader.feedback.DropAnswerRecords",  # the answers kept for the class report stay out of it
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]

# --- validate button for students -------------------------------------------
c.Validator.validate_all = False
