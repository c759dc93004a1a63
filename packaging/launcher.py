"""Entry script for the PyInstaller bundle: the same entry point as ``mureka-desktop``, and the
download worker (``--download-worker``: the bundle has no ``python -m``)."""

import sys

if sys.argv[1:2] == ["--download-worker"]:
    from mureka_desktop.core.downloads.worker import main as worker

    sys.exit(worker())

from mureka_desktop.cli import main

sys.exit(main())
