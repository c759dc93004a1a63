"""The scheduler's settings half: what the engine changes when the user saves Settings or
passes a run option, and the client a new token or API base brings.

:class:`Configuring` is inherited by :class:`~mureka_desktop.core.queue.scheduler.Scheduler`
(nothing else does): the scheduler's config and client change here and nowhere else.
"""

from __future__ import annotations

from pathlib import Path

from mureka_desktop.core.accounts.lanes import AccountLanes
from mureka_desktop.core.api.protocol import Api
from mureka_desktop.core.model.config import SchedulerConfig


class Configuring:
    config: SchedulerConfig
    api: Api
    lanes: AccountLanes

    def wake(self) -> None:  # the scheduler's
        raise NotImplementedError

    def configure(self, *, output_dir: Path | None = None, reuse_existing: bool | None = None,
                  name_template: str | None = None, concurrency: int | None = None) -> None:
        """Settings for the songs not started yet (None: unchanged)."""
        if output_dir is not None:
            self.config.output_dir = output_dir
        if reuse_existing is not None:
            self.config.reuse_existing = reuse_existing
        if name_template is not None:
            self.config.name_template = name_template
        if concurrency:
            self.set_concurrency(concurrency)

    def set_concurrency(self, n: int) -> None:
        """Generations at once per account (1 to 10)."""
        self.config.concurrency = max(1, min(10, n))
        for lane in self.lanes.all():
            lane.window.set_limit(self.config.concurrency)
        self.wake()

    def use_client(self, client: Api) -> None:
        """Later calls go through ``client`` (a new token or API base)."""
        self.api = client
