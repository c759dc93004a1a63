"""Entry script for the PyInstaller bundle: the same entry point as ``mureka-desktop``."""

import sys

from mureka_desktop.cli import main

sys.exit(main())
