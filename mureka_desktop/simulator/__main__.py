"""``python -m mureka_desktop.simulator --port N``: the simulated API over loopback HTTP."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import socket
import sys

from mureka_desktop.simulator.app import SimConfig, build_app

MISSING_UVICORN = ("The simulator's HTTP server needs uvicorn, an optional extra: "
                   "pip install 'mureka-desktop[simulator]' (demo mode, --demo, "
                   "runs the simulator in process and does not need it).")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mureka_desktop.simulator",
                                     description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    parser.add_argument("--config", default="{}",
                        help="JSON object of SimConfig fields, e.g. '{\"generation_time\": 5}'")
    args = parser.parse_args(argv)
    try:
        import uvicorn
    except ImportError:
        print(MISSING_UVICORN, file=sys.stderr)
        return 2
    config = SimConfig()
    try:
        config.update(json.loads(args.config))
    except (KeyError, ValueError) as exc:
        parser.error(f"--config: {exc}")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    port = sock.getsockname()[1]
    if config.media_base is None:
        # Media on a second host name, as Mureka's CDN is: the token must never go there.
        config.media_base = f"http://localhost:{port}"
    app, _ = build_app(config)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    print(f"simulator listening on http://{args.host}:{port}/v1/mureka", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(server.serve(sockets=[sock]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
