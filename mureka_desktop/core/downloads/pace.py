"""How slow a download may be: an overall deadline and a minimum speed, as one moment on the
event loop's clock at which the download is abandoned unless more bytes arrive first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """How slow a download may be before it is abandoned (as a retryable error: the ``.part``
    is kept and the next attempt resumes it).

    Too slow: fewer than ``min_speed`` bytes a second on average over any ``window`` seconds
    of the body (a stalled body included: a timer fires, no byte needs to arrive). Too long:
    more than ``deadline_floor`` seconds (headers and redirects included) plus one second per
    ``deadline_speed`` bytes of the body (the announced size, or what arrived so far when none
    was announced). ``deadline_speed`` stays under ``min_speed``, so the deadline is the
    backstop (headers that never come, a body that keeps just above the speed) and a line that
    keeps the minimum speed always finishes: 10 KB/s is a poor mobile line, a 50 MB video then
    has 120 s + 104 min."""

    min_speed: float = 10_000.0
    window: float = 30.0
    deadline_floor: float = 120.0
    deadline_speed: float = 8_000.0


class Watch:
    """The deadline and the minimum speed of one download, as a time on the loop's clock when
    the download fails unless more bytes arrive first."""

    def __init__(self, limits: Limits, now: Callable[[], float]) -> None:
        self.limits = limits
        self.now = now  # the running loop's clock: asyncio.timeout_at() fires on it
        self.started = now()
        self.expected: int | None = None
        self.got = 0
        self.body_start = self.started
        # (time, bytes so far) every `step` seconds of the last window, oldest first.
        self.samples: list[tuple[float, int]] = []
        self.step = limits.window / 50

    def deadline(self) -> float:
        body = self.expected if self.expected is not None else self.got
        return self.started + self.limits.deadline_floor + body / self.limits.deadline_speed

    def body_started(self, expected: int | None) -> None:
        self.expected = expected
        self.got = 0
        self.body_start = self.now()
        self.samples = [(self.body_start, 0)]

    def received(self, n: int) -> float:
        """Count ``n`` more bytes; the new :meth:`fail_at`."""
        now = self.now()
        self.got += n
        samples = self.samples
        if now - samples[-1][0] < self.step:
            samples[-1] = (samples[-1][0], self.got)
        else:
            samples.append((now, self.got))
            while len(samples) > 2 and samples[1][0] <= now - self.limits.window:
                del samples[0]
        return self.fail_at()

    def fail_at(self) -> float:
        """When the body is too slow if nothing more arrives: the first moment the last
        window holds fewer than ``min_speed * window`` bytes, or the deadline."""
        floor = self.got - self.limits.min_speed * self.limits.window
        first_above = self.body_start
        if floor >= 0:
            for when, count in reversed(self.samples):
                if count <= floor:
                    break
                first_above = when
        too_slow = max(self.body_start, first_above) + self.limits.window
        return min(too_slow, self.deadline())

    def failure(self, what: str) -> str:
        if self.now() >= self.deadline() - 1e-3:
            return (f"The {what} download took longer than "
                    f"{self.deadline() - self.started:.0f} s")
        return (f"The {what} download is too slow (under "
                f"{self.limits.min_speed / 1000:g} KB/s for {self.limits.window:g} s)")
