"""Merge the translations of several Qt Linguist files into the first one (for git merges).

    python -m tools.ts_merge OUT.ts A.ts B.ts ...     then: make lupdate

Messages are keyed by (context, source); a finished translation wins over an unfinished one.
Resolve a conflict in i18n/mail_mamori_ja.ts with:
    git show :2:i18n/mail_mamori_ja.ts > /tmp/ours.ts
    git show :3:i18n/mail_mamori_ja.ts > /tmp/theirs.ts
    python -m tools.ts_merge i18n/mail_mamori_ja.ts /tmp/ours.ts /tmp/theirs.ts && make lupdate
"""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in (
        "unfinished",
        "obsolete",
        "vanished",
    )


def merge(out: Path, inputs: list[Path]) -> None:
    """Write `out` holding every message of `inputs`, finished translations preferred."""
    base = ET.parse(inputs[0])
    root = base.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for other in inputs[1:]:
        for context in ET.parse(other).getroot().iter("context"):
            name = context.findtext("name")
            target = contexts.get(name)
            if target is None:
                root.append(copy.deepcopy(context))
                contexts[name] = root[-1]
                continue
            existing = {m.findtext("source"): m for m in target.iter("message")}
            for message in context.iter("message"):
                mine = existing.get(message.findtext("source"))
                if mine is None:
                    target.append(copy.deepcopy(message))
                elif _finished(message) and not _finished(mine):
                    target.remove(mine)
                    target.append(copy.deepcopy(message))
    ET.indent(base, space="    ")
    out.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    merge(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])
