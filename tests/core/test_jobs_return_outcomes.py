"""Jobs change no item: the dispatcher, generate calls and downloads get no callable that
could change an item (or the queue) and hand back outcomes for the scheduler to apply."""

from __future__ import annotations

import inspect

import pytest

from mureka_desktop.core.queue.dispatch import Dispatch
from mureka_desktop.core.queue.download_jobs import DownloadJobs
from mureka_desktop.core.queue.generation import Generations
from mureka_desktop.core.queue.lookups import Lookups

READ_ONLY = {"client", "fetch"}  # the API client's getter, the HTTP fetch of a file


@pytest.mark.parametrize("job", [Dispatch, Generations, DownloadJobs, Lookups])
def test_a_job_is_given_no_callable_but_the_api_and_the_fetch(job: type):
    params = inspect.signature(job.__init__).parameters
    callables = {name for name, p in params.items()
                 if "Callable" in str(p.annotation) or "Fetch" in str(p.annotation)}
    assert callables <= READ_ONLY


def test_generate_calls_and_downloads_yield_outcomes_and_dispatch_yields_starts():
    assert inspect.isasyncgenfunction(Generations.run)
    assert inspect.isasyncgenfunction(Generations.verify_orphan)
    assert inspect.isasyncgenfunction(DownloadJobs.run)
    assert inspect.isgeneratorfunction(Dispatch.what_starts_now)
