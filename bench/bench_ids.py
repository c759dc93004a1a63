"""Id parsing speed: 100,000 lines of mixed ids, links and junk, and 40,000 links on one line
(target: each under 1 s)."""

from __future__ import annotations

import random
import time

from mureka_desktop.core.ids import parse as ids


def make_text(lines: int = 100_000) -> str:
    rng = random.Random(1)
    out = []
    for i in range(lines):
        kind = i % 5
        if kind == 0:
            out.append(str(rng.randrange(10**8, 10**12)))
        elif kind == 1:
            out.append(f"user:777-mureka:{rng.randrange(10**8)}-song:{rng.randrange(10**9)}")
        elif kind == 2:
            out.append(f"https://www.mureka.ai/song-detail/{rng.randrange(10**9)}?ref=x")
        elif kind == 3:
            out.append(f"{rng.randrange(10**6)}, {rng.randrange(10**6)}; oops")
        else:
            out.append(f"song {rng.randrange(10**9)}")
    return "\n".join(out)


def make_links(count: int = 40_000) -> str:
    """One line of links, as pasted from a page that lists songs (quadratic once: 13 s)."""
    return " ".join(f"https://www.mureka.ai/song-detail/{700_000_000 + i}" for i in range(count))


def best_of_3(text: str) -> tuple[float, ids.ParseResult]:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        result = ids.parse_text(text)
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    best, result = best_of_3(make_text())
    verdict = "ok" if best < 1.0 else "SLOWER THAN TARGET"
    # past the first 1,000 invalid entries, one last entry counts the rest
    invalid = len(result.invalid) + result.unlisted_invalid - bool(result.unlisted_invalid)
    print(f"bench_ids: 100000 lines -> {len(result.ids)} ids, {invalid} invalid, "
          f"{len(result.duplicates)} duplicates in {best:.3f} s (target < 1 s: {verdict})")
    best, result = best_of_3(make_links())
    verdict = "ok" if best < 1.0 else "SLOWER THAN TARGET"
    print(f"bench_ids: 40000 links on one line -> {len(result.ids)} ids in {best:.3f} s "
          f"(target < 1 s: {verdict})")


if __name__ == "__main__":
    main()
