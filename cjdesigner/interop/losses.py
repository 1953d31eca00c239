"""What an import could not keep, counted by kind with a few examples, for its notes."""

from __future__ import annotations

from collections import Counter, defaultdict


class Losses:
    """Counts of each kind of loss and up to four examples of each (the importers'
    notes name them: "3 nodes had a sentiment word (Happy, Sad)")."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = defaultdict(list)

    def note(self, key: str, example: str = "") -> None:
        """Count one loss of kind ``key``, remembering ``example`` if it is new."""
        self.counts[key] += 1
        if example and example not in self.examples[key] and len(self.examples[key]) < 4:
            self.examples[key].append(example)

    def shown_examples(self, key: str) -> str:
        """' (a, b)' for the examples of ``key``, or '' when there are none."""
        items = self.examples.get(key)
        return f" ({', '.join(items)})" if items else ""
