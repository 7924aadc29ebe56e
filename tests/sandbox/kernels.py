"""Start a sandboxed grading kernel the way SandboxedExecute does (for tests/sandbox and benchmarks/bulk_grade.py)."""
import json
import subprocess
import tempfile
from pathlib import Path

from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpec

from smmlib.sandbox.forkclient import kernel_command
from smmlib.sandbox.paths import kernel_base_env, readable_paths

REPO = Path(__file__).resolve().parents[2]
PLAIN_ARGV = kernel_command()          # the commands SandboxedExecute gives nbgrader


def client_argv(path):
    return kernel_command(path)


def sandboxed(km, argv):
    """Give manager `km` the sandbox kernel `argv`; the start_kernel options (env, cwd, quiet) and its work folder."""
    base = kernel_base_env(str(REPO))
    work, home = tempfile.mkdtemp(prefix="smm-fs-work-"), tempfile.mkdtemp(prefix="smm-fs-home-")
    config = {"work": work, "home": home, "confine": True, "read": readable_paths(base), "write": [home], "limits": {}}
    env = dict(base, HOME=home, MPLCONFIGDIR=home, TMPDIR=home, SMM_SANDBOX=json.dumps(config))
    km._kernel_spec = KernelSpec(argv=argv, display_name="fork test", language="python", env={},
                                 interrupt_mode="signal")
    return {"env": env, "cwd": work, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}, work


def start_kernel(argv):
    """A sandboxed kernel started as SandboxedExecute does; returns (manager, client, its work folder)."""
    km = KernelManager()
    options, work = sandboxed(km, argv)
    km.start_kernel(**options)
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=60)
    return km, kc, work


def run(kc, code):
    """The text a cell prints (stdout), or the error name."""
    out = []

    def keep(msg):
        if msg["msg_type"] == "stream":
            out.append(msg["content"]["text"])
        elif msg["msg_type"] == "error":
            out.append(msg["content"]["ename"])

    kc.execute_interactive(code, timeout=60, output_hook=keep)
    return "".join(out).strip()
