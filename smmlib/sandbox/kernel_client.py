"""The grading worker's kernel manager and client: jupyter_client's, without its fixed waits (issue 19).

jupyter_client waits 0.2 s of silence on the IOPub channel after every kernel start, and
polls a killed kernel every 0.1 s until it is gone: 0.3 s per student that no notebook
needs. This client is ready once the kernel has answered kernel_info on the shell channel
and the IOPub channel has delivered the kernel's ``idle`` for that request (so IOPub is
connected, as jupyter_client's own check wants). When the kernel's ``iopub_welcome`` says
IOPub connected only just now, the client asks once more rather than wait for an idle it
may have missed. The manager polls a killed kernel every 10 ms. Everything else is
jupyter_client's.
"""
import time
from queue import Empty

from jupyter_client import AsyncKernelManager
from jupyter_client.asynchronous import AsyncKernelClient
from traitlets import DottedObjectName, Type

IOPUB_WAIT = 0.2      # seconds to wait for the next IOPub message before asking kernel_info again


class GradingKernelClient(AsyncKernelClient):
    """An AsyncKernelClient that is ready as soon as the kernel has answered on shell and IOPub."""

    async def wait_for_ready(self, timeout=None):
        deadline = time.monotonic() + (float("inf") if timeout is None else timeout)
        asked = set()
        while True:
            asked.add(self.kernel_info())
            try:
                reply = await self.shell_channel.get_msg(timeout=1)
            except Empty:
                reply = None
            if reply is not None and reply["msg_type"] == "kernel_info_reply" and await self._iopub_idle(asked):
                self._handle_kernel_info_reply(reply)
                return
            if not await self._async_is_alive():
                raise RuntimeError("Kernel died before replying to kernel_info")
            if time.monotonic() > deadline:
                raise RuntimeError(f"Kernel didn't respond in {timeout:.0f} seconds")

    async def _iopub_idle(self, asked):
        """True once IOPub brings the kernel's idle status for one of the kernel_info requests in `asked`."""
        while True:
            try:
                msg = await self.iopub_channel.get_msg(timeout=IOPUB_WAIT)
            except Empty:
                return False          # IOPub not connected yet: ask again
            if msg["msg_type"] == "iopub_welcome":
                asked.add(self.kernel_info())   # IOPub connected just now: an earlier idle may have gone unseen
            elif (msg["msg_type"] == "status" and msg["content"].get("execution_state") == "idle"
                    and msg["parent_header"].get("msg_id") in asked):
                return True


class GradingKernelManager(AsyncKernelManager):
    """An AsyncKernelManager that makes GradingKernelClients and notices a killed kernel within 10 ms."""

    client_class = DottedObjectName("smmlib.sandbox.kernel_client.GradingKernelClient")
    client_factory = Type(GradingKernelClient, klass="jupyter_client.asynchronous.AsyncKernelClient")

    async def _async_wait(self, pollinterval=0.01):
        await super()._async_wait(pollinterval=min(pollinterval, 0.01))
