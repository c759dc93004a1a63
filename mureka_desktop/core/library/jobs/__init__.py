"""File jobs: what moves, renames, trashes, exports or adopts the library's files, journaled
so that a kill at any moment leaves every row naming an existing file (core, no Qt).

* :mod:`.journal`: the intent of each unit (a video and its cover, from -> to) and its outcome;
* :mod:`.units`: one unit's disk work and its recording, and the roll forward/back;
* :mod:`.jobs`: what each job plans (rename, trash, export, import, locate);
* :mod:`.runner`: one job at a time in a worker thread, events for the views;
* :mod:`.check`: the library against the disk (``mureka-desktop library check``).
"""

from .check import CheckReport, check_library, file_states
from .jobs import FileJobs
from .journal import Journal
from .runner import JobReport, recover
from .units import HOLD_ENV, system_trash

__all__ = ["HOLD_ENV", "CheckReport", "FileJobs", "JobReport", "Journal", "check_library",
           "file_states", "recover", "system_trash"]
