"""What the scheduler and its jobs need of the API client (a Protocol: only a type).

Kept apart so that the jobs (:mod:`.generation`, :mod:`.lookups`) need not import the
scheduler that runs them: the core's modules import each other in one direction only.
"""

from __future__ import annotations

from typing import Protocol

from mureka_desktop.core.api import client as api


class Api(Protocol):
    async def generate_video(self, song_id: str) -> api.GeneratedVideo: ...
    async def get_song(self, song_id: str) -> api.SongInfo: ...
    async def probe(self) -> None: ...
    async def accounts(self) -> list[api.AccountHealth]: ...
