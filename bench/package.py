"""Size and start-up budgets of the Linux build (run after `make package-linux`).

    make bench-package          (or: .venv/bin/python bench/package.py [--runs 15])

Prints:
- the unpacked size of dist/mail-mamori/, its size as a .tar.gz and .tar.xz, and the .deb's
  size and Installed-Size; target: .deb under 60 MB;
- the start-up time of the frozen app to its first page shown (offscreen,
  MAIL_MAMORI_QUIT_WHEN_SHOWN=1: spawn to the first paint of the first page, as each program
  reports it on the machine's monotonic clock; process exit is shown too), median of several runs, against a
  minimal PySide6 QWizard (bench/minimal_wizard.py) frozen the same way in this run, the two
  alternating so that both see the same machine load; target: at most 1.5x the minimal wizard.

The first run of each is reported separately: with --cold (root) the page cache is dropped just
before it, so it is a true cold start; otherwise it is the first start after the build. Nothing
is asserted: budgets are printed with their verdict for a person to judge.
"""

from __future__ import annotations

import argparse
import io
import lzma
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEB_BUDGET_MB = 60.0
STARTUP_BUDGET = 1.5


class _Counter(io.RawIOBase):
    """A write-only sink that only counts bytes (archives are measured, never written)."""

    def __init__(self) -> None:
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.size += len(data)
        return len(data)


def tree_size(folder: Path) -> int:
    """Apparent size of all regular files under `folder` (symlinks counted once, as links)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def tar_bytes(folder: Path) -> bytes:
    """An uncompressed tar of `folder` (in memory: the build is ~130 MB)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        tar.add(folder, arcname=folder.name)
    return buffer.getvalue()


def gz_size(data: bytes) -> int:
    """Size of `data` gzip-compressed at level 6 (what `tar czf` gives)."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    return len(compressor.compress(data)) + len(compressor.flush())


def xz_size(data: bytes) -> int:
    """Size of `data` xz-compressed at preset 6 (dpkg-deb's default)."""
    return len(lzma.compress(data, preset=6))


def mb(size: float) -> str:
    """Bytes as MB with one decimal."""
    return f"{size / 1e6:.1f} MB"


def build_minimal(work: Path) -> Path:
    """Freeze bench/minimal_wizard.py the same way as the app; returns its executable."""
    dist, build = work / "dist", work / "build"
    started = time.monotonic()
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pyinstaller"),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(build),
            str(ROOT / "bench" / "minimal_wizard.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    print(f"minimal wizard frozen in {time.monotonic() - started:.1f} s")
    return dist / "minimal-wizard" / "minimal-wizard"


def drop_caches() -> bool:
    """Drop the page cache for a true cold start (root, and a kernel that allows it)."""
    try:
        subprocess.run(["sync"], check=False)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def time_start(executable: Path, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning `executable` to its first page being painted (the time it prints,
    on the machine-wide monotonic clock) and to its exit (it quits once the page is shown)."""
    started = time.monotonic()
    result = subprocess.run(
        [str(executable)], env=env, capture_output=True, timeout=120, check=False
    )
    ended = time.monotonic()
    if result.returncode != 0:
        raise SystemExit(
            f"{executable} exited with {result.returncode}:\n{result.stderr.decode(errors='replace')}"
        )
    shown = next(
        (
            float(line.split()[1])
            for line in result.stdout.decode(errors="replace").splitlines()
            if line.startswith("first-page-shown ")
        ),
        None,
    )
    if shown is None:
        raise SystemExit(f"{executable} did not report its first page as shown")
    return shown - started, ended - started


def main() -> int:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="start-ups of each app (default 15)")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="drop the page cache before the first runs (root; affects the whole machine)",
    )
    args = parser.parse_args()
    app_dir = ROOT / "dist" / "mail-mamori"
    debs = sorted((ROOT / "dist").glob("mail-mamori_*.deb"), key=os.path.getmtime)
    if not (app_dir / "mail-mamori").is_file() or not debs:
        raise SystemExit(
            "dist/mail-mamori and dist/mail-mamori_*.deb not found: make package-linux"
        )
    deb = debs[-1]

    print("== sizes")
    unpacked = tree_size(app_dir)
    data = tar_bytes(app_dir)
    installed_kib = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Installed-Size"], capture_output=True, text=True, check=True
    ).stdout.strip()
    deb_size = deb.stat().st_size
    rows = [
        ("build, unpacked (dist/mail-mamori)", mb(unpacked)),
        ("build, .tar.gz (level 6)", mb(gz_size(data))),
        ("build, .tar.xz (preset 6)", mb(xz_size(data))),
        (f".deb ({deb.name})", mb(deb_size)),
        (".deb Installed-Size", mb(int(installed_kib) * 1024)),
    ]
    del data
    for name, value in rows:
        print(f"  {name:<42} {value:>10}")
    verdict = "within" if deb_size / 1e6 < DEB_BUDGET_MB else "OVER"
    print(f"  .deb budget {DEB_BUDGET_MB:.0f} MB: {verdict} ({deb_size / 1e6 / DEB_BUDGET_MB:.0%})")

    print("\n== start-up to the first page shown (offscreen)")
    with tempfile.TemporaryDirectory(prefix="mail-mamori-bench-") as tmp:
        minimal = build_minimal(Path(tmp) / "minimal")
        home = Path(tmp) / "home"
        # Both programs get exactly this environment: nothing inherited that only one of them
        # reads (a MAIL_MAMORI_STARTUP_TIMES left set would slow the app alone).
        env = {
            k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "MAIL_MAMORI_"))
        }
        env.update(
            QT_QPA_PLATFORM="offscreen",
            MAIL_MAMORI_QUIT_WHEN_SHOWN="1",
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_STATE_HOME=str(home / "state"),
            XDG_CACHE_HOME=str(home / "cache"),
        )
        apps = {"mail-mamori": app_dir / "mail-mamori", "minimal wizard": minimal}
        cold = args.cold and drop_caches()
        first_pair = {name: time_start(path, env) for name, path in apps.items()}
        pairs: dict[str, list[tuple[float, float]]] = {name: [] for name in apps}
        for _ in range(args.runs):
            for name, path in apps.items():  # alternate, so both see the same load
                pairs[name].append(time_start(path, env))
        first = {name: value[0] for name, value in first_pair.items()}
        times = {name: [shown for shown, _exit in values] for name, values in pairs.items()}
        exits = {name: [done for _shown, done in values] for name, values in pairs.items()}
        minimal_size = tree_size(minimal.parent)
    label = "cold (page cache dropped)" if cold else "first run after the build"
    print(f"  {'':<16} {label:>26} {'median of ' + str(args.runs):>14} {'min':>8} {'max':>8}")
    for name in apps:
        values = times[name]
        print(
            f"  {name:<16} {first[name]:>25.3f}s {statistics.median(values):>13.3f}s "
            f"{min(values):>7.3f}s {max(values):>7.3f}s"
        )
    ratio = statistics.median(times["mail-mamori"]) / statistics.median(times["minimal wizard"])
    cold_ratio = first["mail-mamori"] / first["minimal wizard"]
    verdict = "within" if ratio <= STARTUP_BUDGET else "OVER"
    print(f"  ratio (median): {ratio:.2f}x, first run: {cold_ratio:.2f}x")
    print(f"  start-up budget {STARTUP_BUDGET}x the minimal wizard: {verdict}")
    exit_ratio = statistics.median(exits["mail-mamori"]) / statistics.median(
        exits["minimal wizard"]
    )
    print(
        "  for reference, spawn to process exit (quit right after the first paint): "
        f"{statistics.median(exits['mail-mamori']):.3f}s vs "
        f"{statistics.median(exits['minimal wizard']):.3f}s ({exit_ratio:.2f}x)"
    )
    print(f"  (minimal wizard build: {mb(minimal_size)} unpacked)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
