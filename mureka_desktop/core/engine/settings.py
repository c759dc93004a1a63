"""The settings service: the saved settings, the token in the keyring, and the token swap
(later calls, the queue's and the accounts', go through a client with the new token)."""

from __future__ import annotations

from pathlib import Path

import httpx

from mureka_desktop.core.api import client as api
from mureka_desktop.core.engine.accounts import Accounts
from mureka_desktop.core.engine.stream import EventStream
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.queue.scheduler import Scheduler
from mureka_desktop.core.runtime import logs
from mureka_desktop.core.runtime.paths import AppPaths, demo_settings_file
from mureka_desktop.core.runtime.phrases import phrase
from mureka_desktop.core.settings.secrets import TokenStore
from mureka_desktop.core.settings.values import Settings as Values


class Settings:
    def __init__(self, values: Values, tokens: TokenStore, paths: AppPaths, output_dir: Path,
                 *, http: httpx.AsyncClient, scheduler: Scheduler, accounts: Accounts,
                 events: EventStream, scrubber: logs.ScrubFilter | None, demo: bool) -> None:
        self.current = values  # replaced (never changed in place) by :meth:`apply`
        self.tokens = tokens
        self.output_dir = output_dir  # where new videos go
        self._paths = paths
        self._http = http
        self._scheduler = scheduler
        self._accounts = accounts
        self._events = events
        self._scrubber = scrubber
        self._demo = demo

    @property
    def file(self) -> Path:
        """Where the settings are saved: demo mode keeps its own beside its queue, so a demo
        changes nothing of the real settings and keeps what was set in it."""
        return demo_settings_file(self._paths) if self._demo else self._paths.settings_file

    def token(self) -> str | None:
        """The saved token (keyring, or this session's when there is no keyring)."""
        return self.tokens.get()

    def apply(self, values: Values, token: str = "") -> None:
        """Save and use new settings (and a new token); resume a queue paused on the token."""
        self.current = values
        message: str | None = None
        values.save(self.file)
        output_dir: Path | None = None
        if not self._demo:
            if token:
                if not self.tokens.set(token):
                    message = phrase("no_keyring", "No system keyring: the token is kept "
                                     "for this session only.")
                self.use_token(token, values.api_base_effective())
            self.output_dir = output_dir = Path(values.output_dir).expanduser() \
                if values.output_dir else self._paths.default_output_dir
        self._scheduler.configure(output_dir=output_dir, concurrency=values.concurrency,
                                  reuse_existing=values.reuse_existing,
                                  name_template=values.name_template)
        self._events.emit(ev.SettingsApplied(message))
        self._events.status_changed()
        paused = self._scheduler.paused
        if paused and paused.kind == "auth" and token:
            self._scheduler.start()

    def use_token(self, token: str, base_url: str | None = None) -> None:
        """Switch to a new token or API base (after Settings): later calls use them."""
        client = api.MurekaClient(self._http, base_url or self._accounts.client.base_url, token)
        self._scheduler.use_client(client)
        if self._scrubber is not None:
            self._scrubber.secrets.append(token)
        self._accounts.use_client(client)
