"""Review of an intake (drop, paste, file, dialog) before anything is queued."""

from __future__ import annotations

from dataclasses import dataclass, field

from mureka_desktop.core.ids import InvalidToken, ParseResult
from mureka_desktop.core.store import State, Store


@dataclass
class Review:
    new: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    already_done: list[str] = field(default_factory=list)
    already_queued: list[str] = field(default_factory=list)
    retry: list[str] = field(default_factory=list)
    invalid: list[InvalidToken] = field(default_factory=list)

    @property
    def addable(self) -> list[str]:
        """What Add queues: new ids, and failed or cancelled ones again."""
        return self.new + self.retry

    def summary(self) -> str:
        lines = sorted({t.line for t in self.invalid})
        shown = ", ".join(str(n) for n in lines[:8]) + (" …" if len(lines) > 8 else "")
        parts = [f"{len(self.new)} new"]
        if self.retry:
            parts.append(f"{len(self.retry)} to retry")
        parts += [f"{len(self.duplicates) + len(self.already_queued)} duplicates",
                  f"{len(self.already_done)} already done",
                  f"{len(self.invalid)} invalid" + (f" (lines {shown})" if lines else "")]
        return " · ".join(parts)


def review(parsed: ParseResult, store: Store) -> Review:
    known = store.classify(parsed.ids)
    out = Review(duplicates=list(parsed.duplicates), invalid=list(parsed.invalid))
    for song_id in parsed.ids:
        state = known.get(song_id)
        if state is None:
            out.new.append(song_id)
        elif state == State.DONE:
            out.already_done.append(song_id)
        elif state in (State.FAILED, State.CANCELLED):
            out.retry.append(song_id)
        else:
            out.already_queued.append(song_id)
    return out
