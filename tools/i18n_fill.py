"""Fill Japanese translations into i18n/mail_mamori_ja.ts from a JSON file, then list what is left.

Usage:
    make lupdate                                   # pick up new tr()/QT_TRANSLATE_NOOP strings
    python -m tools.i18n_fill translations.json    # {"context": {"English source": "日本語", ...}}
    python -m tools.i18n_fill --missing            # print unfinished entries as a JSON skeleton

Linguist (`pyside6-linguist i18n/mail_mamori_ja.ts`) does the same interactively.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "i18n" / "mail_mamori_ja.ts"


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def missing(path: Path = TS) -> dict[str, dict[str, str]]:
    """Unfinished (context -> source -> "") entries of the Japanese catalogue."""
    result: dict[str, dict[str, str]] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                    continue
                result.setdefault(name, {})[message.findtext("source") or ""] = ""
    return result


def fill(mapping: dict[str, dict[str, str]], path: Path = TS) -> int:
    """Apply translations; returns how many entries changed."""
    tree = ET.parse(path)
    changed = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        table = mapping.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if source not in table or not table[source]:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                form = ET.SubElement(translation, "numerusform")
                form.text = table[source]
            else:
                translation.text = table[source]
            translation.attrib.pop("type", None)
            changed += 1
    _write(tree, path)
    return changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("json_file", nargs="?", type=Path)
    parser.add_argument("--missing", action="store_true", help="print unfinished entries")
    args = parser.parse_args()
    if args.json_file:
        mapping = json.loads(args.json_file.read_text(encoding="utf-8"))
        print(f"filled {fill(mapping)} entries", file=sys.stderr)
    left = missing()
    if args.missing:
        print(json.dumps(left, ensure_ascii=False, indent=2))
    count = sum(len(v) for v in left.values())
    print(f"{count} unfinished Japanese entries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
