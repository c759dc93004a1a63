import os
import sys
from pathlib import Path

# Tests never touch the real user folders or keyring, and never reach a real API.
os.environ.pop("USEAPI_TOKEN", None)
os.environ.pop("MUREKA_API_BASE", None)
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("QT_LOGGING_RULES",
                      "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false")
sys.path.insert(0, str(Path(__file__).parent))
