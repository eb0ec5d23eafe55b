"""Screenshot of a whole X display, taken once what is on it has stopped changing.

    DISPLAY=:99 python packaging/linux/grab_screen.py OUT.png [--timeout 60]

Used by package_test.py to photograph the installed app under Xvfb. It asks the X server for
the root window's pixels (what a user would see), so it proves that the frozen app drew its
window through the xcb platform plugin, not just that it rendered offscreen. The picture is
cropped to what is not background. Exit status 1 if nothing was drawn before the timeout.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time


def main() -> int:
    """Poll the screen until two grabs a second apart are equal and not empty, then save."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication, QImage

    app = QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()
    deadline = time.monotonic() + args.timeout
    previous = b""
    while time.monotonic() < deadline:
        image = screen.grabWindow(0).toImage().convertToFormat(QImage.Format.Format_RGB32)
        box = _drawn_area(image)
        digest = hashlib.sha256(bytes(image.constBits())).digest()
        if box is not None and digest == previous:
            cropped = image.copy(QRect(box[0], box[1], box[2], box[3]))
            if not cropped.save(args.out):
                print(f"cannot write {args.out}", file=sys.stderr)
                return 1
            print(
                f"{args.out}: {box[2]}x{box[3]} px drawn on a {image.width()}x{image.height()} screen"
            )
            return 0
        previous = digest
        time.sleep(1.0)
    print("nothing was drawn on the screen before the timeout", file=sys.stderr)
    return 1


def _drawn_area(image) -> tuple[int, int, int, int] | None:  # type: ignore[no-untyped-def]
    """(x, y, width, height) of everything that is not the background colour, if enough."""
    background = image.pixel(image.width() - 1, image.height() - 1)
    step = 4  # sampling is enough to find a window's edges to within a few pixels
    xs, ys = [], []
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            if image.pixel(x, y) != background:
                xs.append(x)
                ys.append(y)
    if len(xs) < 1000:
        return None
    left, top = max(min(xs) - step, 0), max(min(ys) - step, 0)
    right = min(max(xs) + step, image.width() - 1)
    bottom = min(max(ys) + step, image.height() - 1)
    return left, top, right - left + 1, bottom - top + 1


if __name__ == "__main__":
    sys.exit(main())
