"""PySide6 6.12.0 on Python 3.11 corrupts the refcount of None (see shared qt-headless notes):
after a few thousand void calls the process aborts. pyproject.toml excludes that pair."""

import subprocess
import sys

import pytest

CHECK = (
    "import sys\n"
    "from PySide6.QtCore import QTimer, QCoreApplication\n"
    "app = QCoreApplication([])\n"
    "t = QTimer()\n"
    "before = sys.getrefcount(None)\n"
    "for _ in range(5000):\n"
    "    t.setInterval(5)\n"
    "print(sys.getrefcount(None) - before)\n"
)


def test_void_calls_do_not_leak_references_to_none():
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert abs(int(result.stdout.strip())) < 50, "this PySide6 build corrupts None's refcount"


def test_installed_pyside_is_not_the_broken_pair():
    import PySide6

    if sys.version_info[:2] == (3, 11):
        assert PySide6.__version__ != "6.12.0"
    else:
        pytest.skip("only Python 3.11 is affected")
