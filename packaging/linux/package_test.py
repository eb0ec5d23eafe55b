"""Smoke test of the .deb as a user gets it (make package-test, after make package-linux).

Steps, each timed:
 1. The package: only the expected paths, no maintainer scripts, a valid .desktop file.
 2. Unpacked with `dpkg-deb -x` into a temporary root; `usr/bin/mail-mamori --self-test`
    offscreen, then under Xvfb through the xcb platform plugin (the system libraries a desktop
    session uses), then inside a private D-Bus session with gnome-keyring running, where the
    keyring check must find the Secret Service (not keyring's fail backend).
 3. The real wizard under Xvfb; a screenshot of the screen once it has settled, saved as
    dist/screenshot-xvfb.png (look at it: the Japanese first page with 次へ).
 4. As root, unless PACKAGE_TEST_INSTALL=0 or the package is already installed: `dpkg -i`, the
    self-test of the installed command, `dpkg -r`, and a check that no file is left behind.

Self-test output is judged by packaging/selftest_check.py, as on Windows and macOS: a check
fails the run unless its part of the app is not in this source tree yet (the password checker
or the report, developed on other branches). Everything the app writes goes to a temporary home.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))

import selftest_check  # noqa: E402  (packaging/selftest_check.py)

ALLOWED_PREFIXES = (
    "./opt/mail-mamori/",
    "./usr/bin/mail-mamori",
    "./usr/share/applications/mail-mamori.desktop",
    "./usr/share/icons/hicolor/",
    "./usr/share/doc/mail-mamori/",
)
# Parent folders dpkg lists too (shared with other packages, never removed by dpkg -r).
SHARED_DIRS = {
    "./",
    "./opt/",
    "./usr/",
    "./usr/bin/",
    "./usr/share/",
    "./usr/share/applications/",
    "./usr/share/icons/",
    "./usr/share/doc/",
}


def step(title: str) -> None:
    """Print a step heading (the timing goes on the line before)."""
    print(f"\n== {title}", flush=True)


def run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run a command, printing it; text output captured."""
    print("$ " + " ".join(cmd), flush=True)
    return subprocess.run(cmd, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]


def fail(message: str) -> None:
    """Stop the test with a message."""
    print(f"\nFAILED: {message}", flush=True)
    sys.exit(1)


def check_package(deb: Path) -> None:
    """Only expected files, no maintainer scripts, a valid desktop entry."""
    listing = run(["dpkg-deb", "-c", str(deb)])
    # "drwxr-xr-x root/root 0 2026-01-01 00:00 ./opt/" or "... ./usr/bin/x -> ../../opt/x"
    paths = [
        line.split()[-3] if " -> " in line else line.split()[-1]
        for line in listing.stdout.splitlines()
    ]
    stray = [p for p in paths if p not in SHARED_DIRS and not p.startswith(ALLOWED_PREFIXES)]
    if stray:
        fail(f"unexpected paths in the package: {stray[:10]}")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["dpkg-deb", "-e", str(deb), tmp], check=True)
        scripts = sorted(p.name for p in Path(tmp).iterdir() if p.name != "control")
        if scripts:
            fail(f"maintainer scripts or extra control files: {scripts}")
    print(f"{len(paths)} paths, all under {', '.join(p.strip('./') for p in ALLOWED_PREFIXES)}")
    info = run(["dpkg-deb", "-f", str(deb), "Package", "Version", "Architecture", "Depends"])
    print(info.stdout.strip())


def check_self_test(command: list[str], label: str, env: dict[str, str]) -> str:
    """Run a self-test; stop unless it passes (see packaging/selftest_check.py). Its output."""
    problems, output = selftest_check.run_and_judge(command, label, env=env, timeout=180)
    if problems:
        fail("; ".join(problems))
    return output


@contextmanager
def xvfb() -> Iterator[str]:
    """A private Xvfb on a free display (Xvfb picks it and reports it once it is ready)."""
    read_fd, write_fd = os.pipe()
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()  # written when the server accepts connections
        if not number:
            fail("Xvfb did not start")
        print(f"Xvfb ready on :{number} (pid {process.pid})")
        yield f":{number}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def app_env(home: Path, **extra: str) -> dict[str, str]:
    """Environment with every folder the app writes to inside `home`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_STATE_HOME=str(home / ".local/state"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.update(extra)
    return env


def keyring_self_test(command: Path, home: Path) -> None:
    """Self-test inside a private D-Bus session with an unlocked gnome-keyring."""
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        fail(
            "dbus-run-session and gnome-keyring-daemon are needed (make package-test installs them)"
        )
    script = (
        # --unlock reads the new login keyring's password from stdin; the daemon runs only for
        # this D-Bus session and keeps its files in the temporary home.
        'printf "selftest" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && '
        f'"{command}" --self-test --require-keyring'
    )
    env = app_env(home, QT_QPA_PLATFORM="offscreen")
    output = check_self_test(
        ["dbus-run-session", "--", "sh", "-c", script], "self-test with gnome-keyring", env
    )
    keyring_line = next(line for line in output.splitlines() if "キーリング" in line)
    if "SecretService" not in keyring_line:
        fail(f"the Secret Service was running but keyring did not use it: {keyring_line}")


def screenshot(command: Path, home: Path, out: Path) -> None:
    """Start the wizard under Xvfb, photograph the screen, close the wizard."""
    with xvfb() as display:
        env = app_env(home, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        check_self_test([str(command), "--self-test"], "self-test under Xvfb (xcb)", env)
        log = home / "wizard.log"
        with log.open("w") as handle:
            app = subprocess.Popen([str(command)], env=env, stdout=handle, stderr=subprocess.STDOUT)
        try:
            grab_env = {**os.environ, "DISPLAY": display}
            grab = run(
                [sys.executable, str(HERE / "grab_screen.py"), str(out), "--timeout", "90"],
                env=grab_env,
                timeout=120,
            )
            print(grab.stdout.strip(), grab.stderr.strip())
            if app.poll() is not None:
                fail(f"the wizard exited with {app.returncode}:\n{log.read_text()}")
            if grab.returncode != 0:
                fail(f"no screenshot:\n{log.read_text()}")
        finally:
            if app.poll() is None:
                app.send_signal(signal.SIGTERM)
                try:
                    app.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    app.kill()
        output = log.read_text().strip()
        if output:
            print("(wizard output)\n" + output)


def install_and_remove(deb: Path, home: Path) -> None:
    """dpkg -i, run the installed command, dpkg -r, and nothing of the package is left."""
    files = [
        "/" + p.removeprefix("./")
        for p in run(["dpkg-deb", "-c", str(deb)]).stdout.split()
        if p.startswith("./") and p not in SHARED_DIRS
    ]
    # Folders such as /usr/share/icons/hicolor/48x48/apps belong to other packages as well.
    existed = {f for f in files if os.path.lexists(f.rstrip("/"))}
    result = run(["dpkg", "-i", str(deb)])
    if result.returncode != 0:
        fail(f"dpkg -i failed:\n{result.stdout}{result.stderr}")
    try:
        env = app_env(home, QT_QPA_PLATFORM="offscreen", PATH="/usr/bin:/bin")
        check_self_test(["mail-mamori", "--self-test"], "self-test of installed mail-mamori", env)
    finally:
        removed = run(["dpkg", "-r", "mail-mamori"])
        if removed.returncode != 0:
            fail(f"dpkg -r failed:\n{removed.stdout}{removed.stderr}")
    left = [f for f in files if f not in existed and os.path.lexists(f.rstrip("/"))]
    left += [d for d in ("/opt/mail-mamori", "/usr/share/doc/mail-mamori") if os.path.lexists(d)]
    if left:
        fail(f"left behind after dpkg -r: {left[:10]}")
    print(
        f"installed, ran, removed: nothing of the package's {len(files)} paths is left "
        f"({len(existed)} shared folders existed before and stay)"
    )


def main() -> int:
    """Run every step against the newest .deb in dist/ (or the one given)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("deb", nargs="?", type=Path)
    parser.add_argument("--screenshot", type=Path, default=ROOT / "dist" / "screenshot-xvfb.png")
    args = parser.parse_args()
    deb = args.deb or max(
        (ROOT / "dist").glob("mail-mamori_*.deb"), default=None, key=os.path.getmtime
    )
    if deb is None or not deb.is_file():
        fail("no dist/mail-mamori_*.deb: run `make package-linux` first")
    started = time.monotonic()
    last = started

    def timed(title: str) -> None:
        nonlocal last
        now = time.monotonic()
        print(f"   ({now - last:.1f} s)", flush=True)
        last = now
        step(title)

    step(f"package {deb.name}")
    check_package(deb)
    with tempfile.TemporaryDirectory(prefix="mail-mamori-package-test-") as tmp:
        root, home = Path(tmp) / "root", Path(tmp) / "home"
        home.mkdir()
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        desktop = root / "usr/share/applications/mail-mamori.desktop"
        validation = run(["desktop-file-validate", str(desktop)])
        if validation.returncode != 0 or validation.stdout.strip():
            fail(f"desktop-file-validate: {validation.stdout}{validation.stderr}")
        print("desktop-file-validate: no complaints")
        command = root / "usr/bin/mail-mamori"
        timed("self-test offscreen (unpacked with dpkg-deb -x)")
        offscreen = app_env(home, QT_QPA_PLATFORM="offscreen")
        check_self_test([str(command), "--self-test"], "self-test offscreen", offscreen)
        timed("self-test with a Secret Service (gnome-keyring in a private D-Bus session)")
        keyring_self_test(command, home)
        timed("Xvfb: self-test through xcb, then the wizard and a screenshot")
        args.screenshot.parent.mkdir(parents=True, exist_ok=True)
        screenshot(command, home, args.screenshot)
        installed = run(["dpkg-query", "-W", "-f=${Status}", "mail-mamori"]).stdout
        if os.geteuid() == 0 and os.environ.get("PACKAGE_TEST_INSTALL", "1") != "0":
            if "installed" in installed and "not-installed" not in installed:
                timed("install and remove: skipped, mail-mamori is installed on this machine")
            else:
                timed("dpkg -i, run, dpkg -r")
                install_and_remove(deb, home)
        else:
            timed("install and remove: skipped (needs root; PACKAGE_TEST_INSTALL=0 skips it)")
    timed("done")
    print(
        f"package test passed in {time.monotonic() - started:.1f} s; screenshot: {args.screenshot}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
