"""Render every wizard page offscreen to PNG, in Japanese and English, at 1x and 2x.

    python -m tools.screenshots docs/screenshots     (what `make screenshots` runs)
    python -m tools.screenshots /tmp/laptop --scales 1.25,1.5 --size 980x526
                                                      (a 1366x768 laptop at 125 %, say)

Each scale runs in its own process because Qt reads QT_SCALE_FACTOR only at start-up. The
example case is shown on every page; settings, saved cases and logs go to a temporary folder,
and pages never start network checks on their own, so nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SCALES = ("1", "2")
LANGUAGES = ("ja", "en")
SIZE = (1000, 740)


def render(out_dir: Path, scale: str, size: tuple[int, int] = SIZE) -> list[Path]:
    """Render all pages in both languages at the current process's scale, in a window of
    `size` logical pixels."""
    from PySide6.QtCore import QSettings

    from app.core.case import save_new_case
    from app.core.example_case import example_case
    from app.core.paths import default_case_dir
    from app.ui.application import create_application
    from app.ui.i18n import language_manager
    from app.ui.settings import AppSettings
    from app.ui.wizard import MamoriWizard

    app = create_application()
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["MAIL_MAMORI_SHOT_TMP"]
    )
    written: list[Path] = []
    # One saved case in the recent list, the same for both languages: the welcome page shows
    # its list, and the Japanese run's own autosave must not appear only in the English one.
    recent = [str(save_new_case(example_case(), default_case_dir()))]
    for lang in LANGUAGES:
        AppSettings()._s.setValue("cases/recent", recent)
        languages = language_manager(app)
        languages.set_language(lang)
        wizard = MamoriWizard(AppSettings(), languages)
        wizard.resize(*size)
        wizard.case = example_case()
        wizard.load_into_pages()
        wizard.show()
        for index, page in enumerate(wizard.pages):
            while wizard.currentId() < index:
                before = wizard.currentId()
                wizard.next()
                if wizard.currentId() == before:
                    break
            for _ in range(5):
                app.processEvents()
            # What pages read off the GUI thread (the welcome page's recent cases) is shown.
            wizard.tasks.wait_idle(5000)
            for _ in range(5):
                app.processEvents()
            path = out_dir / f"{index}-{page.key}-{lang}@{scale}x.png"
            wizard.grab().save(str(path))
            written.append(path)
            # Pages with tabs or long content show further views too (`screenshot_states()`: name -> show it).
            states = getattr(page, "screenshot_states", None)
            for name, show in states() if callable(states) else []:
                show()
                for _ in range(5):
                    app.processEvents()
                path = out_dir / f"{index}-{page.key}-{name}-{lang}@{scale}x.png"
                wizard.grab().save(str(path))
                written.append(path)
        wizard.tasks.cancel_all()
        wizard.tasks.wait_idle(5000)
        wizard.hide()
        wizard.deleteLater()
        app.processEvents()
    return written


def main(argv: list[str]) -> int:
    """Render every page's screenshot states in Japanese and English at each scale."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.screenshots",
        description="Render every wizard page offscreen to PNG (ja/en, 1x/2x).",
    )
    parser.add_argument("out_dir", nargs="?", default="docs/screenshots", help="output folder")
    parser.add_argument(
        "--scales", default=",".join(SCALES), help="comma-separated QT_SCALE_FACTOR values"
    )
    parser.add_argument(
        "--size", default="x".join(map(str, SIZE)), help="window size in logical pixels (WxH)"
    )
    args = parser.parse_args(argv)
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    width, _, height = args.size.partition("x")
    size = (int(width), int(height))
    if os.environ.get("MAIL_MAMORI_SHOT_SCALE"):
        for path in render(out_dir, os.environ["MAIL_MAMORI_SHOT_SCALE"], size):
            print(path)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        for scale in args.scales.split(","):
            env = dict(
                os.environ,
                QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                QT_SCALE_FACTOR=scale,
                MAIL_MAMORI_SHOT_SCALE=scale,
                MAIL_MAMORI_SHOT_TMP=str(Path(tmp) / scale),
                # A fresh home per scale: cases saved by the 1x run would otherwise appear
                # as "recent cases" on the 2x welcome page.
                XDG_DATA_HOME=str(Path(tmp) / scale / "data"),
                XDG_STATE_HOME=str(Path(tmp) / scale / "state"),
                XDG_CONFIG_HOME=str(Path(tmp) / scale / "config"),
                XDG_CACHE_HOME=str(Path(tmp) / scale / "cache"),
            )
            subprocess.run(
                [sys.executable, "-m", "tools.screenshots", str(out_dir), "--size", args.size],
                env=env,
                check=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
