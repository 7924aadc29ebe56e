"""The grading sandbox's parts on their own (issue 8); tests/sandbox/test_redteam.py tests them together.

- the kernel launcher's confinement (limits, no privileges, Landlock, seccomp), in a
  child process as this user and, when the tests run as root, as an unprivileged user;
- ScoreGuard: when nbgrader would trust a score it should not;
- the tamper-resistant helpers of smmlib.grading and smmlib.sandbox.tamper used by the test cells.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output

from conftest import REPO
from smmlib import grading
from smmlib.sandbox import record, score_guard

LINUX = sys.platform == "linux"

CHILD = textwrap.dedent('''
    import json, os, sys, threading, time
    sys.path.insert(0, sys.argv[1])
    import sandbox_kernel as sk
    work, secret, reads = sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
    status = [sk.set_limits({"memory_mb": 512, "file_size_mb": 1, "threads": 20}), sk.drop_privileges()]
    abi = sk.landlock_abi()
    status.append(sk.landlock(reads, [work], [], abi) if abi else "no landlock")
    status.append(sk.seccomp(os.getpid()))
    result = {"status": status, "abi": abi, "euid": os.geteuid()}
    def attempt(name, action):
        try:
            action()
            result[name] = "allowed"
        except BaseException as error:
            result[name] = type(error).__name__
    attempt("read_secret", lambda: open(secret).read())
    attempt("write_work", lambda: open(os.path.join(work, "ok.txt"), "w").write("ok"))
    attempt("write_outside", lambda: open(os.path.join(os.path.dirname(secret), "x.txt"), "w").write("x"))
    attempt("fork", os.fork)
    attempt("kill_parent", lambda: os.kill(os.getppid(), 0))
    attempt("big_file", lambda: open(os.path.join(work, "big.bin"), "wb").write(bytes(2_000_000)))
    attempt("memory", lambda: bytearray(1_000_000_000))
    started = []
    def many_threads():
        for _ in range(60):
            thread = threading.Thread(target=time.sleep, args=(2,), daemon=True)
            thread.start()
            started.append(thread)
    attempt("threads", many_threads)
    result["threads_started"] = len(started)
    print(json.dumps(result))
''')


def confine(python, user=None):
    tmp_path = Path(tempfile.mkdtemp(prefix="smm-sandbox-test-"))   # pytest's tmp_path is private to root
    try:
        return _confine(tmp_path, python, user)
    finally:
        shutil.rmtree(tmp_path, ignore_errors=True)


def _confine(tmp_path, python, user):
    tmp_path.chmod(0o755)
    module_dir, work = tmp_path / "module", tmp_path / "work"
    module_dir.mkdir()
    work.mkdir()
    shutil.copy(REPO / "smmlib" / "sandbox" / "kernel.py", module_dir / "sandbox_kernel.py")
    secret = tmp_path / "gradebook.db"
    secret.write_text("geheim")
    for path in (module_dir, work):
        path.chmod(0o777)
    secret.chmod(0o644)
    reads = ["/usr", "/lib", "/lib64", "/etc/ld.so.cache", str(module_dir), sys.base_prefix, sys.prefix]
    command = [python, "-c", CHILD, str(module_dir), str(work), str(secret), json.dumps(reads)]
    if user is not None:
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"] + command
    done = subprocess.run(command, text=True, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def check_confined(result):
    assert result["write_work"] == "allowed"
    assert result["fork"] == "PermissionError" and result["kill_parent"] == "PermissionError"
    assert result["big_file"] == "OSError" and result["memory"] == "MemoryError"
    if result["abi"]:
        assert result["read_secret"] == "PermissionError" and result["write_outside"] == "PermissionError"


@pytest.mark.skipif(not LINUX, reason="the sandbox confines only on Linux")
def test_the_launcher_confines_a_kernel_started_by_this_user():
    result = confine(sys.executable)
    check_confined(result)
    assert any("own user namespace" in s or "capabilities cleared" in s or "not root" in s for s in result["status"])


@pytest.mark.skipif(not (LINUX and os.geteuid() == 0 and shutil.which("setpriv") and os.path.exists("/usr/bin/python3")),
                    reason="needs root, setpriv and a system Python to act as an unprivileged grader")
def test_the_launcher_also_works_for_a_grader_without_root():
    result = confine("/usr/bin/python3", user=65534)
    assert result["euid"] != 0
    check_confined(result)
    assert result["threads"] == "RuntimeError" and result["threads_started"] < 20   # own thread budget


# ---- ScoreGuard ----------------------------------------------------------------------------------
def graded_cell(*outputs, points=3):
    cell = new_code_cell("check.score()", metadata={"nbgrader": {
        "grade": True, "solution": False, "locked": True, "grade_id": "t_01", "points": points}})
    cell.outputs = [new_output(**o) for o in outputs]
    return cell


def result(text):
    return {"output_type": "execute_result", "data": {"text/plain": text}, "execution_count": 1}


@pytest.mark.parametrize("outputs, trusted", [
    ([result("2.5")], True),
    ([{"output_type": "error", "ename": "NameError", "evalue": "x", "traceback": []}], True),
    ([], False),                                   # nbgrader: full marks
    ([result("nan")], False),                      # nbgrader: full marks
    ([result("np.float64(3.0)")], False),          # nbgrader: full marks
    ([result("True")], False),
    ([result("-1.0")], False),                     # nbgrader: full marks
    ([result("4.0")], False),                      # nbgrader: crashes the student's autograde
    ([{"output_type": "stream", "name": "stderr", "text": "waarschuwing"}, result("3.0")], False),
])
def test_score_guard_gives_zero_where_the_kernels_score_cannot_be_trusted(outputs, trusted):
    nb = new_notebook(cells=[graded_cell(*outputs)])
    nb, _ = score_guard.ScoreGuard().preprocess(nb, {})
    flags = nb.metadata["smm_grading"]["check_by_hand"]
    assert (flags == []) == trusted, flags
    if not trusted:
        first = nb.cells[0].outputs[0]
        assert first["name"] == "stderr" and "NAKIJKEN" in first["text"]   # nbgrader: 0 points


def test_score_guard_zeroes_test_cells_after_tampering_and_reads_markers():
    nb = new_notebook(cells=[graded_cell(result("3.0")),
                             graded_cell({"output_type": "stream", "name": "stdout",
                                          "text": "⚠ NAKIJKEN [builtins]: de ingebouwde `float` is vervangen\n"},
                                         result("0.0"))])
    nb.metadata["smm_grading"] = {"untrusted_cells": [0]}
    nb, _ = score_guard.ScoreGuard().preprocess(nb, {})
    flags = " ".join(nb.metadata["smm_grading"]["check_by_hand"])
    assert "tampered with the grading" in flags and "found tampering (builtins)" in flags
    assert nb.cells[0].outputs[0]["name"] == "stderr"


def test_hidden_tests_are_stripped_like_nbgrader_does():
    source = "a = 1\n### BEGIN HIDDEN TESTS\nb = 2\n### END HIDDEN TESTS\ncheck.score()"
    assert record.strip_hidden_tests(source) == "a = 1\ncheck.score()"


# ---- smmlib.grading: plain copies and the verified check -----------------------------------------
class Always(str):
    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


def test_plain_copies_accept_numpy_and_pandas_but_no_objects_of_the_notebook():
    assert grading.plain({"a": np.float64(0.5), "b": (np.str_("x"), np.int64(2))}) == {"a": 0.5, "b": ("x", 2)}
    frame = grading.plain(pd.DataFrame({"p": pd.Categorical(["A", "B"]), "v": np.array([0.1, 0.2])}))
    assert type(frame) is pd.DataFrame and list(frame["v"]) == [0.1, 0.2]
    for hostile in (Always("likes"), [Always("x")], {"k": Always("v")}, pd.Series([Always("x")], dtype=object)):
        with pytest.raises(grading.NotPlain):
            grading.plain(hostile)


def test_converters_never_trust_an_answers_own_eq(capsys, monkeypatch):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    check = grading.Check("t", points=3)
    assert check.text(Always("likes"), "sterkste_voorspeller", allowed=["likes", "klikken"]) is None
    assert check.shape_ok is False
    out = capsys.readouterr().out
    assert "geen gewone waarde" in out and "NAKIJKEN [custom-object]" in out


def test_converters_accept_numpy_and_pandas_answers():
    check = grading.Check("t", points=3)
    assert check.number(np.float32(0.25), "r") == 0.25 and check.number(pd.Series([0.5]), "r") == 0.5
    assert check.text_list(np.array(["bereik", "ctr"]), "kpi") == ["bereik", "ctr"]
    assert check.text(np.str_("klikken"), "x", allowed=["likes", "klikken"]) == "klikken"
    assert check.mapping({"A": np.str_("ja")}, "m", keys=["A"]) == {"A": "ja"}
    assert check.shape_ok


def test_verified_check_hides_shadowing_names_and_detects_replaced_builtins(capsys):
    import builtins

    visible = grading.Check("t", points=2)
    namespace = {"max": eval(compile("lambda *a: 99", "/tmp/ipykernel_1/123.py", "eval")), "sum": 5}
    trusted = grading.verified(visible, namespace)
    assert "max" not in namespace and "sum" not in namespace and trusted.points == 2.0
    trusted.award(1)
    assert trusted.score() == 1.0 and namespace["sum"] == 5        # the names come back afterwards
    assert "NAKIJKEN [shadowed]" in capsys.readouterr().out

    fake = dict(vars(builtins), float=lambda *a: 99.0)
    trusted = grading.verified(grading.Check("t", points=2), {"__builtins__": fake})
    trusted.award(2)
    assert trusted.tampered and trusted.score() == 0.0
    assert "de ingebouwde `float` is vervangen" in capsys.readouterr().out


def test_verified_check_notices_a_changed_grading_module(monkeypatch, capsys):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    monkeypatch.setattr(grading.Check, "score", lambda self: self.points)
    fresh_grading = grading.fresh("smmlib.grading")
    trusted = fresh_grading.verified(fresh_grading.Check("t", points=2), {})
    assert "NAKIJKEN [grading-changed]" in capsys.readouterr().out
    assert trusted.score() == 0.0   # the fresh copy's score, not the patched one: nothing earned yet


def test_verified_check_notices_changed_notations_in_the_live_grading_module(monkeypatch, capsys):
    """The visible part reads numbers and dates with smmlib.grading's copy of smmlib.notations."""
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    monkeypatch.setattr(grading._nl, "parse_number", lambda value: 0.4242)
    fresh_grading = grading.fresh("smmlib.grading")
    fresh_grading.verified(fresh_grading.Check("t", points=2), {})
    assert "NAKIJKEN [grading-changed]" in capsys.readouterr().out


def _starts(monkeypatch, tmp_path, errors):
    """SandboxedExecute._start_kernel with a fake kernel start that fails with each of `errors` first."""
    import types
    from contextlib import ExitStack, contextmanager

    from smmlib.sandbox import execute

    preprocessor = execute.SandboxedExecute()
    preprocessor._base = preprocessor._work = str(tmp_path)
    calls = []

    @contextmanager
    def fake_setup(env, cwd, stderr):
        calls.append(cwd)
        if len(calls) <= len(errors):
            stderr.write(f"smm-kernel-start-error: {errors[len(calls) - 1]}\n".encode())
            stderr.flush()
            raise RuntimeError("Kernel died before replying to kernel_info")
        preprocessor.kc = types.SimpleNamespace(kernel_info=lambda: "msg")
        yield

    monkeypatch.setattr(preprocessor, "setup_kernel", fake_setup)
    monkeypatch.setattr(preprocessor, "wait_for_reply", lambda msg: {"content": {}})
    with ExitStack() as stack:
        return preprocessor._start_kernel(stack, {}, types.SimpleNamespace(number=0)), len(calls)


def test_a_port_taken_at_kernel_start_costs_a_new_try_not_the_student(monkeypatch, tmp_path):
    taken = "ZMQError: Address already in use (addr='tcp://127.0.0.1:54025')"
    assert _starts(monkeypatch, tmp_path, [taken]) == ({"content": {}}, 2)
    from smmlib.sandbox.execute import KernelStartError
    with pytest.raises(KernelStartError, match="Address already in use"):
        _starts(monkeypatch, tmp_path, [taken] * 3)
    with pytest.raises(KernelStartError, match="cannot read"):       # any other cause is reported at once
        _starts(monkeypatch, tmp_path, ["cannot read /x (sandbox: outside what the grading kernel may read)"])
