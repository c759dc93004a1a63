"""The CLI end to end against the simulator over real loopback HTTP: the simulator served on a
thread (its media on a second host name), the CLI's environment, and the CLI run as a process.
Shared by the e2e tests (they each had a copy)."""

from __future__ import annotations

import os
import subprocess
import sys

from helpers import ServerThread

from mureka_desktop.simulator import SimConfig, Simulator, build_app
from mureka_desktop.simulator.app import DEMO_TOKEN


def start_sim(**overrides: object) -> tuple[ServerThread, Simulator]:
    """The simulator with ``overrides`` on a started server (the caller ends it:
    ``server.__exit__()``)."""
    config = SimConfig()
    config.update(overrides)
    app, sim = build_app(config)
    server = ServerThread(app).__enter__()
    sim.config.media_base = f"http://localhost:{server.port}"  # a second host name
    return server, sim


def cli_env(server: ServerThread | str, token: str = DEMO_TOKEN) -> dict[str, str]:
    """The CLI's environment for the API at ``server`` (a server, or its URL): no MUREKA_
    variable of the caller's, and no keyring."""
    url = server if isinstance(server, str) else server.url
    env = {k: v for k, v in os.environ.items() if not k.startswith("MUREKA_")}
    env.update(MUREKA_API_BASE=f"{url}/v1/mureka", USEAPI_TOKEN=token,
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    return env


def run_cli(args: list[str], env: dict[str, str], stdin: bytes | None = None,
            timeout: float = 180, *, user: int | None = None
            ) -> subprocess.CompletedProcess[str]:
    """``python -m mureka_desktop args`` to its end (as the user ``user``: setpriv)."""
    prefix = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"] \
        if user is not None else []
    return subprocess.run([*prefix, sys.executable, "-m", "mureka_desktop", *args], env=env,
                          input=None if stdin is None else stdin.decode(), text=True,
                          capture_output=True, timeout=timeout)
