"""Bulk grading speed: plain sequential nbgrader against `smm grade`, on the same simulated class.

Makes N submissions of chapter 4 (a mix of full, partial, blank and broken),
grades one fresh course copy with plain `nbgrader autograde` + `nbgrader
generate_feedback` (one student after the other, as nbgrader does, each kernel
started the plain way) and others with `smm grade --jobs 1` and `--jobs J` (kernels
forked from a preloaded fork server, issue 19) and `--jobs J` without the fork server,
checks that every per-question score is identical, and prints the wall times, students
per second, the ratios, the seconds to a ready kernel (forked against freshly started)
and where the time per submission goes. With --runs R every timing is the median of R runs.

    .venv/bin/python benchmarks/bulk_grade.py [--n 100] [--jobs 2] [--runs 3] [--assignment ch04_analytics] [--variants]
    .venv/bin/python benchmarks/bulk_grade.py --n 600 --quick    # a big class: plain nbgrader and smm grade --jobs J only

smm grade's own time per step (preflight, staging, autograde and feedback, exports, report) is printed too:
its preflight (the model solution and the release graded first, about 15 s) is paid once per assignment.

With --variants a third copy is graded by `smm grade` with a class list that gives every
student their own number (issue 18), and the time per student with and without variants is printed.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from smmlib.grader.course import tool_env  # noqa: E402
from smmlib.lecturer.simulated_class import class_notebooks, write_submitted_tree  # noqa: E402


def fresh_course(base, name, assignment, notebooks, fork_server=None):
    root = Path(base) / name
    (root / "source").mkdir(parents=True)
    shutil.copy(REPO / "nbgrader_config.py", root)
    if fork_server is not None:
        with open(root / "nbgrader_config.py", "a", encoding="utf-8") as config:
            config.write(f"\nc.SandboxedExecute.fork_server = {fork_server}\n")
    shutil.copytree(REPO / "source" / assignment, root / "source" / assignment)
    shutil.copytree(REPO / "release" / assignment, root / "release" / assignment)
    run(root, [sys.executable, "-m", "nbgrader", "generate_assignment", assignment, "--force"])
    write_submitted_tree(root / "submitted", assignment, notebooks)
    return root


def run(root, cmd, output=None):
    """Seconds `cmd` took in `root`; its stdout goes into the list `output` when one is given."""
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=root, env=tool_env(), check=False, capture_output=True, text=True)
    if output is not None:
        output.append(done.stdout)
    return time.perf_counter() - start


def scores(root, assignment, students):
    from nbgrader.api import Gradebook, MissingEntry
    result = {}
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        for student in students:
            try:
                sub = gb.find_submission_notebook(assignment, assignment, student)
                result[student] = {g.name: g.score for g in sub.grades}
            except MissingEntry:
                result[student] = None
    return result


def _timed_empty_kernel():
    start = time.perf_counter()
    NotebookClient(nbformat.v4.new_notebook(), kernel_name="python3").execute()
    return time.perf_counter() - start


def breakdown(root, assignment):
    """Seconds for: an empty kernel start, executing one full submission, and the nbgrader steps around it."""
    kernel = min(_timed_empty_kernel() for _ in range(3))     # the first start is a cold one
    student = next(p.parent.name for p in (root / "submitted").glob(f"*_full/{assignment}"))
    nb = nbformat.read(str(root / "submitted" / student / assignment / f"{assignment}.ipynb"), as_version=4)
    os.environ.setdefault("SMM_STUDENT_ID", "1234567")    # a student's own data, as on the class hub (issue 18)
    start = time.perf_counter()
    NotebookClient(nb, kernel_name="python3", resources={"metadata": {"path": str(root)}}).execute()
    execute = time.perf_counter() - start
    nbg = [sys.executable, "-m", "nbgrader"]
    autograde = run(root, nbg + ["autograde", assignment, "--student", student, "--force"])
    feedback = run(root, nbg + ["generate_feedback", assignment, "--student", student, "--force"])
    startup = run(root, nbg + ["--version"])
    return kernel, execute, autograde, feedback, startup


def kernel_ready(forked, tries=5):
    """Median seconds until a sandboxed kernel has run an import of pandas, seaborn and smmlib, started
    with the grading worker's own manager and client: forked from a fork server, or started fresh."""
    sys.path.insert(0, str(REPO / "tests" / "sandbox"))
    from jupyter_client.utils import run_sync
    from kernels import PLAIN_ARGV, client_argv, sandboxed  # the tests' own way of starting a kernel

    from smmlib.sandbox import forkserver
    from smmlib.sandbox.kernel_client import GradingKernelManager
    from smmlib.sandbox.paths import kernel_base_env

    async def once(argv):
        km = GradingKernelManager()
        options, _work = sandboxed(km, argv)
        start = time.perf_counter()
        await km.start_kernel(**options)
        kc = km.client()
        kc.start_channels()
        await kc.wait_for_ready(timeout=60)
        await kc.execute_interactive("import pandas, seaborn, smmlib.grading", timeout=60)
        seconds = time.perf_counter() - start
        kc.stop_channels()
        await km.shutdown_kernel(now=True)
        return seconds

    server = forkserver.start(kernel_base_env(str(REPO)))[0] if forked else None
    argv = client_argv(server.path) if server else PLAIN_ARGV
    times = [run_sync(once)(argv) for _ in range(tries)]
    if server:
        server.close()
    return statistics.median(times)


def timed_runs(runs, make_course, command):
    """(median seconds, the last course root, its step times) of `runs` fresh courses graded with `command`."""
    times, root, output = [], None, []
    for _ in range(runs):
        root = make_course()
        times.append(run(root, command, output))
    steps = [line for line in output[-1].splitlines() if line.startswith("Time:")]
    return statistics.median(times), root, (steps or ["Time: (not printed)"])[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--runs", type=int, default=1, help="median of this many runs per timing")
    parser.add_argument("--assignment", default="ch04_analytics")
    parser.add_argument("--variants", action="store_true", help="also time smm grade with per-student data")
    parser.add_argument("--quick", action="store_true",
                        help="only plain nbgrader and smm grade --jobs J (for big classes)")
    args = parser.parse_args()
    a = args.assignment
    notebooks = class_notebooks(REPO, a, args.n)
    kinds = {k: sum(s.endswith(k) for s in notebooks) for k in ("full", "partial", "blank", "broken")}
    print(f"{args.n} simulated submissions of {a}: {kinds}; {os.cpu_count()} cores; median of {args.runs} run(s)")
    nbg = [sys.executable, "-m", "nbgrader"]

    def smm_grade(jobs):
        return [sys.executable, "-m", "smmlib.cli", "grade", a, "--from", "submitted", "--jobs", str(jobs), "--quiet"]

    with tempfile.TemporaryDirectory() as tmp:
        count = iter(range(10_000))

        def course(fork_server=None):
            return lambda: fresh_course(tmp, f"c{next(count)}", a, notebooks, fork_server)

        autos, feedbacks = [], []
        for _ in range(args.runs):
            plain = course(fork_server=False)()
            autos.append(run(plain, nbg + ["autograde", a]))
            feedbacks.append(run(plain, nbg + ["generate_feedback", a]))
        t_auto, t_feedback = statistics.median(autos), statistics.median(feedbacks)
        gradings = {}
        if not args.quick:
            gradings["smm grade --jobs 1"] = timed_runs(args.runs, course(), smm_grade(1))
        gradings[f"smm grade --jobs {args.jobs}"] = t_smm, smm, steps = timed_runs(args.runs, course(),
                                                                               smm_grade(args.jobs))
        if not args.quick:
            gradings["smm grade without the fork server"] = timed_runs(args.runs, course(fork_server=False),
                                                                       smm_grade(args.jobs))
        s_plain = scores(plain, a, notebooks)
        graded = [s for s in notebooks if not s.endswith("_broken")]
        for name, (_seconds, root, _steps) in gradings.items():
            s_smm = scores(root, a, notebooks)
            # A broken notebook: plain nbgrader records zeros, smm grade records nothing and reports the reason.
            for student, grades in s_smm.items():
                if grades is None and student.endswith("_broken"):
                    s_smm[student] = {g: 0.0 for g in s_plain[student] or {}} or None
            diff = {s: (s_plain[s], s_smm[s]) for s in notebooks if s_plain[s] != s_smm[s]}
            assert not diff, f"per-question scores differ between plain nbgrader and {name}: {diff}"
        t_plain = t_auto + t_feedback
        n = len(notebooks)
        print(f"plain nbgrader: autograde {t_auto:.1f} s + generate_feedback {t_feedback:.1f} s = {t_plain:.1f} s "
              f"({n / t_plain:.2f} students/s)")
        for name, (seconds, _root, _steps) in gradings.items():
            print(f"{name}: {seconds:.1f} s ({n / seconds:.2f} students/s, {t_plain / seconds:.2f}x plain nbgrader)")
        print(f"  smm grade --jobs {args.jobs}, its own steps: {steps[len('Time: '):]}")
        print(f"speed-up: {t_plain / t_smm:.2f}x  (autograde alone vs smm grade: {t_auto / t_smm:.2f}x)")
        print(f"scores identical for all {len(graded)} graded submissions in all {len(gradings) + 1} gradings "
              f"({n - len(graded)} broken ones skipped by all)")
        print(f"a sandboxed kernel ready with pandas, seaborn and smmlib: {kernel_ready(False):.2f} s started fresh, "
              f"{kernel_ready(True):.2f} s forked from the server (median of 5)")
        if args.variants:
            own = fresh_course(tmp, "variants", a, notebooks)
            (own / "student_numbers.csv").write_text("student_id,student_number\n" + "".join(
                f"{s},{3_000_001 + i}\n" for i, s in enumerate(notebooks)), encoding="utf-8")
            t_own = run(own, smm_grade(args.jobs))
            full = [s for s in notebooks if s.endswith("_full")]
            s_own = scores(own, a, full)
            s_base = scores(smm, a, full)
            print(f"smm grade --jobs {args.jobs} with every student's own data: {t_own:.1f} s "
                  f"({t_own / n:.2f} s per student against {t_smm / n:.2f} s on the base "
                  f"data; {sum(g == s_base[st] for st, g in s_own.items())} of {len(full)} full submissions "
                  "score the same on their own data)")
        kernel, execute, autograde, feedback, startup = breakdown(plain, a)
        print("where one submission's time goes (seconds, measured one at a time, plain launcher):")
        print(f"  nbgrader app start-up (imports, config)        {startup:6.2f}")
        print(f"  kernel start (empty notebook, best of 3)        {kernel:6.2f}")
        print(f"  executing a full submission incl. kernel start  {execute:6.2f}")
        print(f"  nbgrader autograde of it, one run               {autograde:6.2f}")
        print(f"  nbgrader generate_feedback of it, one run       {feedback:6.2f}")
        print(f"  per submission in the sequential class run      {t_plain / n:6.2f}")
        for name, (seconds, _root, _steps) in gradings.items():
            print(f"  per submission with {name:<28}{seconds / n:6.2f}")


if __name__ == "__main__":
    main()
