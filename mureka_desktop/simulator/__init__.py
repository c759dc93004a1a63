"""A simulator of the documented useapi.net Mureka API (demo mode and tests).

A real ASGI app (Starlette): serve it over loopback with ``python -m mureka_desktop.simulator``
or call it in process through ``httpx.ASGITransport``.
"""

from mureka_desktop.simulator.app import SimConfig, Simulator, build_app

__all__ = ["SimConfig", "Simulator", "build_app"]
