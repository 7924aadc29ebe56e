"""The fork server for grading kernels (issue 19): kernels forked from one preloaded process.

Each kernel here is started as nbgrader starts it (jupyter_client, the sandbox's
environment and configuration), through ``smmlib.sandbox.forkclient``. The chapter,
red-team, exchange and bulk-grading tests grade through the same path, since
``SandboxedExecute.fork_server`` is on by default.
"""
import os
import sys
import time

import pytest

from conftest import REPO
from kernels import client_argv, run, start_kernel
from smmlib.sandbox import forkserver
from smmlib.sandbox.paths import kernel_base_env

LINUX = sys.platform == "linux"
pytestmark = pytest.mark.skipif(not LINUX, reason="the fork server runs on Linux only")


@pytest.fixture(scope="module")
def server():
    server, note = forkserver.start(kernel_base_env(str(REPO)))
    assert server is not None, note
    yield server
    server.close()


def children(server):
    """The server's live children (one per running kernel)."""
    pid = server.process.pid
    with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as handle:
        return [int(p) for p in handle.read().split()]


def test_a_forked_kernel_sees_nothing_of_the_previous_student(server):
    km, kc, first_work = start_kernel(client_argv(server.path))
    try:
        run(kc, "import smmlib, wave, os\nsecret = 42\nsmmlib.marker = 'student 1'\n"
                "os.environ['SMM_LEFT'] = '1'\nopen('answers.txt', 'w').write('mine')")
        assert run(kc, "print(secret, smmlib.marker)") == "42 student 1"
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    km, kc, _ = start_kernel(client_argv(server.path))
    try:
        probe = ("import sys, os, smmlib\n"
                 "print('secret' in globals(), hasattr(smmlib, 'marker'), 'wave' in sys.modules, "
                 "'SMM_LEFT' in os.environ, os.path.exists('answers.txt'))")
        assert run(kc, probe) == "False False False False False"
        # the first student's folder is out of reach too (Landlock: only this kernel's own folder is writable)
        assert run(kc, f"print(open({os.path.join(first_work, 'answers.txt')!r}).read())") == "PermissionError"
        # preloaded: pandas and seaborn are imported already, as in the server
        assert run(kc, "import sys; print('pandas' in sys.modules and 'seaborn' in sys.modules)") == "True"
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_killing_the_kernel_process_kills_the_forked_kernel(server):
    km, kc, _ = start_kernel(client_argv(server.path))
    before = children(server)
    assert before, "the kernel runs as a child of the fork server"
    kc.stop_channels()
    km.shutdown_kernel(now=True)          # SIGKILL to the client, as SandboxedExecute does
    deadline = time.monotonic() + 10
    while children(server) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert children(server) == []


def test_an_interrupt_reaches_the_forked_kernel(server):
    km, kc, _ = start_kernel(client_argv(server.path))
    try:
        msg_id = kc.execute("import time\nfor _ in range(600): time.sleep(0.1)")
        time.sleep(1)
        km.interrupt_kernel()
        reply = kc.get_shell_msg(timeout=20)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = kc.get_shell_msg(timeout=20)
        assert reply["content"]["status"] == "error" and reply["content"]["ename"] == "KeyboardInterrupt"
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_without_a_server_the_kernel_starts_the_plain_way(tmp_path):
    km, kc, _ = start_kernel(client_argv(str(tmp_path / "no-such-socket")))
    try:
        assert run(kc, "print(6 * 7)") == "42"
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_off_linux_there_is_no_server_and_the_reason_is_given(monkeypatch):
    monkeypatch.setattr(forkserver.sys, "platform", "darwin")
    server, note = forkserver.start({})
    assert server is None and "plain way" in note


def test_sandboxed_execute_falls_back_and_says_so_once(monkeypatch, caplog):
    from smmlib.sandbox import execute

    monkeypatch.setattr(forkserver, "shared", lambda env: (None, "the fork server needs Linux; test"))
    monkeypatch.setattr(execute, "_SAID", set())
    first, second = execute.SandboxedExecute(), execute.SandboxedExecute()
    first.resources = second.resources = {}
    for preprocessor in (first, second):
        km = preprocessor.create_kernel_manager()
        assert km.kernel_spec.argv[2] == "smmlib.sandbox.kernel"
    assert list(execute._SAID) == ["the fork server needs Linux; test"]


def test_the_first_plain_kernel_of_a_process_logs_nothing(monkeypatch, caplog):
    from smmlib.sandbox import execute

    monkeypatch.setattr(forkserver, "shared", lambda env: (None, ""))
    monkeypatch.setattr(execute, "_SAID", set())
    preprocessor = execute.SandboxedExecute()
    preprocessor.resources = {}
    preprocessor.create_kernel_manager()
    assert execute._SAID == set() and not [r for r in caplog.records if r.levelname == "WARNING"]


def test_a_kernel_cannot_ask_the_server_for_another_kernel(server):
    km, kc, _ = start_kernel(client_argv(server.path))
    ask = ("import json, socket\n"
           "s = socket.socket(socket.AF_UNIX)\n"
           "try:\n"
           f"    s.connect({server.path!r})\n"
           "    request = {'argv': ['x', '-f', 'k.json'], 'env': {'SMM_SANDBOX': '{\"confine\": false}'}, 'cwd': '/'}\n"
           "    socket.send_fds(s, [json.dumps(request).encode()], [0, 1, 2])\n"
           "    print(s.recv(300).decode().strip())\n"
           "except OSError as error:\n"
           "    print(type(error).__name__)\n")
    try:
        answer = run(kc, ask)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    # The server refuses on accept and closes the connection: the kernel reads the refusal, or, when the
    # close comes before its request is sent or read, sees the pipe broken or reset. A kernel it started
    # would have read {"pid": ...} instead, since the server keeps a served connection open.
    refused = ("only the grader's own processes" in answer
               or answer in ("PermissionError", "BrokenPipeError", "ConnectionResetError"))
    assert "pid" not in answer and refused, answer


def test_the_first_kernel_of_a_process_starts_plain_and_the_server_once(monkeypatch):
    started = []
    monkeypatch.setattr(forkserver, "_SHARED", {"kernels": 0})
    monkeypatch.setattr(forkserver, "start", lambda env: started.append(env) or (None, "no server in this test"))
    assert forkserver.shared({}) == (None, "")            # one notebook would not earn back the imports
    assert forkserver.shared({}) == (None, "no server in this test")
    assert forkserver.shared({}) == (None, "no server in this test") and len(started) == 1
