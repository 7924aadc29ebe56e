"""Run grading workers side by side, fed from one queue of Jobs (grader side).

Each worker is a ``python -m smmlib.grader.worker`` process that loads nbgrader
once and grades students one by one; a worker that stops on one submission is
replaced for the next one.
"""
import json
import os
import queue
import subprocess
import sys
import threading
import time

from smmlib.grader.course import tool_env
from smmlib.grader.worker import PREFIX


def default_workers():
    """One worker per core."""
    return max(1, os.cpu_count() or 1)


def progress(done, total, started):
    """A one-line progress bar on stderr."""
    width = 30
    filled = int(width * done / max(total, 1))
    elapsed = time.perf_counter() - started
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} graded  {elapsed:5.0f} s")
    sys.stderr.flush()


def run_workers(root, assignment, jobs, n_workers, show_progress=True, env=None):
    """Autograde `jobs` with `n_workers` worker processes fed from one queue; fills in status per job."""
    if not jobs:
        return
    todo = queue.Queue()
    for job in jobs:
        todo.put(job)
    lock = threading.Lock()
    counter = {"done": 0}
    started = time.perf_counter()

    def worker():
        def spawn():
            return subprocess.Popen([sys.executable, "-m", "smmlib.grader.worker", str(root), assignment],
                                    cwd=root, env=env or tool_env(), text=True, stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

        def answer():
            for line in proc.stdout:
                if line.startswith(PREFIX):
                    return json.loads(line[len(PREFIX):])
            return None

        proc = spawn()
        alive = answer() is not None
        while True:
            try:
                job = todo.get_nowait()
            except queue.Empty:
                break
            if not alive:  # a worker that stopped on one submission is replaced for the next one
                proc.kill()
                proc.wait()
                proc = spawn()
                alive = answer() is not None
            reply = None
            if alive:
                try:
                    proc.stdin.write(json.dumps(job.student) + "\n")
                    proc.stdin.flush()
                    reply = answer()
                except (BrokenPipeError, OSError):
                    reply = None
            if reply is None:
                job.status, job.reason = "failed", "the grading worker stopped while grading this submission"
                job.cause, alive = "grader", False
            elif reply["success"]:
                job.status, job.seconds = "graded", reply["seconds"]
            else:
                job.status, job.seconds, job.cause = "failed", reply["seconds"], "grader"
                job.reason = reply["reason"]
            with lock:
                counter["done"] += 1
                if show_progress:
                    progress(counter["done"], len(jobs), started)
        if proc.stdin:
            proc.stdin.close()
        proc.wait()

    threads = [threading.Thread(target=worker) for _ in range(max(1, min(n_workers, len(jobs))))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if show_progress:
        sys.stderr.write("\n")
