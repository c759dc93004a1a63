"""Desktop metadata: one reverse-DNS id shared by the .desktop file, the AppStream metainfo,
the icon and the app itself; validated with the freedesktop tools."""

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mureka_desktop.core.runtime.paths import APP_ID, resources_dir

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "packaging" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / f"{APP_ID}.metainfo.xml"


def test_one_id_everywhere():
    assert DESKTOP.is_file() and METAINFO.is_file()
    assert (resources_dir() / "icons" / f"{APP_ID}.svg").is_file()
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(DESKTOP)
    assert entry["Desktop Entry"]["Icon"] == APP_ID
    assert entry["Desktop Entry"]["Exec"] == "mureka-desktop %F"  # files from "Open with"
    assert entry["Desktop Entry"]["MimeType"] == "text/plain;text/csv;application/json;"
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils not installed (scripts/setup.sh installs it)")
def test_desktop_file_validates():
    subprocess.run(["desktop-file-validate", str(DESKTOP)], check=True)


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstream not installed (scripts/setup.sh installs it)")
def test_metainfo_validates():
    subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], check=True,
                   capture_output=True)
