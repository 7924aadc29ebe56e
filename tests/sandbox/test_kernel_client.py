"""The grading worker's kernel client and the frozen library heap (issue 19: no fixed waits per student)."""
import asyncio
import sys
from queue import Empty

import pytest

from conftest import REPO
from kernels import PLAIN_ARGV, client_argv, run, start_kernel
from smmlib.sandbox import forkserver
from smmlib.sandbox.execute import SandboxedExecute
from smmlib.sandbox.kernel_client import GradingKernelClient, GradingKernelManager
from smmlib.sandbox.paths import kernel_base_env


class FakeChannel:
    def __init__(self, messages):
        self.messages = list(messages)

    async def get_msg(self, timeout=None):
        if not self.messages:
            raise Empty
        return self.messages.pop(0)


def status(parent, state="idle"):
    return {"msg_type": "status", "content": {"execution_state": state}, "parent_header": {"msg_id": parent}}


class FakeClient(GradingKernelClient):
    """The grading client with scripted channels and kernel_info request ids ki1, ki2, ..."""
    shell_channel = iopub_channel = None

    def __init__(self, shell, iopub):
        super().__init__()
        self.shell_channel, self.iopub_channel, self.asked, self.handled = shell, iopub, [], []

    def kernel_info(self):
        self.asked.append(f"ki{len(self.asked) + 1}")
        return self.asked[-1]

    def _handle_kernel_info_reply(self, msg):
        self.handled.append(msg)

    async def _async_is_alive(self):
        return True


def test_the_worker_starts_kernels_with_the_grading_manager_and_client():
    preprocessor = SandboxedExecute()
    assert preprocessor.kernel_manager_class is GradingKernelManager
    assert isinstance(GradingKernelManager().client(), GradingKernelClient)


def test_ready_when_iopub_brings_the_idle_of_its_kernel_info():
    reply = {"msg_type": "kernel_info_reply", "content": {}, "parent_header": {"msg_id": "ki1"}}
    kc = FakeClient(FakeChannel([reply]), FakeChannel([status("ki1", "busy"), status("ki1")]))
    asyncio.run(kc.wait_for_ready(timeout=5))
    assert kc.asked == ["ki1"] and kc.handled == [reply]


def test_iopub_connecting_late_makes_the_client_ask_once_more():
    """The welcome says IOPub connected just now: the first request's idle went unseen, so ask again."""
    reply = {"msg_type": "kernel_info_reply", "content": {}, "parent_header": {"msg_id": "ki1"}}
    welcome = {"msg_type": "iopub_welcome", "content": {}, "parent_header": {}}
    kc = FakeClient(FakeChannel([reply]), FakeChannel([welcome, status("ki2", "busy"), status("ki2")]))
    asyncio.run(kc.wait_for_ready(timeout=5))
    assert kc.asked == ["ki1", "ki2"] and kc.handled == [reply]


def test_an_idle_of_another_request_does_not_count():
    reply = {"msg_type": "kernel_info_reply", "content": {}, "parent_header": {"msg_id": "ki1"}}
    kc = FakeClient(FakeChannel([reply]), FakeChannel([status("someone else")]))
    with pytest.raises(RuntimeError, match="didn't respond"):
        asyncio.run(kc.wait_for_ready(timeout=0))


@pytest.mark.skipif(sys.platform != "linux", reason="the sandboxed kernel and its fork server run on Linux")
@pytest.mark.parametrize("forked", [False, True], ids=["started fresh", "forked"])
def test_the_kernel_freezes_what_existed_before_the_notebook(forked):
    """The guard collects garbage before every test cell: only the notebook's objects are walked."""
    server = forkserver.start(kernel_base_env(str(REPO)))[0] if forked else None
    km, kc, _ = start_kernel(client_argv(server.path) if server else PLAIN_ARGV)
    try:
        frozen = int(run(kc, "import gc; print(gc.get_freeze_count())"))
        walked = int(run(kc, "import gc; print(len(gc.get_objects()))"))     # what a collection walks
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
        if server:
            server.close()
    assert frozen > 50_000 and walked < frozen / 10, (frozen, walked)
