"""Build dist/mail-mamori_<version>_<arch>.deb from the PyInstaller one-folder build.

    python packaging/linux/build_deb.py [--dist dist] [--out dist]      (make package-linux)

Layout of the package (nothing is written anywhere else, and there are no maintainer scripts, so
`dpkg -r mail-mamori` removes every file; the menu and icon caches are refreshed by the triggers
of desktop-file-utils and the icon theme):
  /opt/mail-mamori/                         the frozen app (mail-mamori + _internal/)
  /usr/bin/mail-mamori                      relative symlink to /opt/mail-mamori/mail-mamori
  /usr/share/applications/mail-mamori.desktop
  /usr/share/icons/hicolor/<n>x<n>/apps/mail-mamori.png, scalable/apps/mail-mamori.svg
  /usr/share/doc/mail-mamori/copyright, licenses/<package>/ (bundled packages' licence texts)

`Depends` lists the Debian packages of every library the build takes from the system (see
system_libs.py), so the package installs with `sudo apt install ./mail-mamori_*.deb`.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from system_libs import (  # noqa: E402
    depends_field,
    elf_files,
    owning_package,
    system_dependencies,
)

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
INSTALL_DIR = "opt/mail-mamori"
# The oldest glibc Depends may name; the build's own symbol versions raise it (min_glibc).
MIN_GLIBC_FALLBACK = "2.17"

DESCRIPTION = """\
Description: メールまもり - mail server hijack recovery wizard
 A step-by-step desktop wizard (Japanese and English) for a small business
 whose mail server was hijacked and used to send spam. It checks the domain
 and mail servers against DNS blacklists and explains how to get delisted,
 helps make every mail password strong and find accounts left by staff who
 left, checks and generates SPF and DMARC records, and prints a Japanese PDF
 report for the business's security vendor.
 .
 Only DNS queries leave the computer; passwords are never saved.
"""

COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: mail-mamori
Comment: メールまもり (Mail Mamori). This package contains a PyInstaller build:
 the app's code plus the Python runtime and the libraries listed below, each
 under its own licence. Libraries from Debian packages are not included; they
 are declared as dependencies.

Files: *
Copyright: Mail Mamori developers
License: MIT

Files: opt/mail-mamori/_internal/resources/fonts/*
Copyright: 2022 The BIZ UDGothic Project Authors
License: OFL-1.1
 The full licence is in opt/mail-mamori/_internal/resources/fonts/OFL.txt.

Files: opt/mail-mamori/_internal/resources/fonts/DejaVuSansMono.ttf
Copyright: 2003 Bitstream, Inc. (Bitstream Vera); DejaVu changes are in the public domain
License: Bitstream-Vera
 The full licence is in
 opt/mail-mamori/_internal/resources/fonts/DejaVu-LICENSE.txt.

Files: opt/mail-mamori/_internal/PySide6/* opt/mail-mamori/_internal/shiboken6/*
Copyright: The Qt Company Ltd. and other contributors
License: LGPL-3.0-only
 Qt and PySide6 are used unmodified as shared libraries. The licence text is
 in /usr/share/common-licenses/LGPL-3; the sources are at the Qt Project.

Files: opt/mail-mamori/_internal/libpython* opt/mail-mamori/_internal/python3*
 opt/mail-mamori/_internal/base_library.zip
Copyright: Python Software Foundation
License: PSF-2.0

Files: opt/mail-mamori/_internal/libicu*
Copyright: Unicode, Inc. and others
License: Unicode-3.0

Files: opt/mail-mamori/_internal/resources/wordlists/*
Copyright: 2012-2016 Dan Wheeler and Dropbox, Inc. (zxcvbn-ts);
 2022 Tomoyuki Kashiro (first and last names);
 Hermit Dave, FrequencyWords, from OpenSubtitles.org data via OPUS (common words);
 Wikipedia contributors, Japanese Wikipedia (wikipedia list)
License: MIT and CC-BY-SA-3.0 and CC-BY-SA-4.0
 The romaji word lists of @zxcvbn-ts/language-ja 3.0.2: the package is MIT
 (opt/mail-mamori/_internal/resources/wordlists/LICENSE-zxcvbn-ts.txt); the
 common-words list is CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/)
 and the Wikipedia list CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/),
 each distributed unchanged apart from the file format under the same licence.
 Sources and attribution: opt/mail-mamori/_internal/resources/wordlists/README.md.

Comment: Python packages bundled in the app, each under its own licence, whose
 full text (with the copyright notice) is in /usr/share/doc/mail-mamori/licenses/:
 dnspython (ISC), keyring (MIT), SecretStorage (BSD-3-Clause), jeepney (MIT),
 cryptography (Apache-2.0 or BSD-3-Clause), cffi (MIT), zxcvbn (MIT),
 reportlab (BSD), Pillow (MIT-CMU, with the licences of the libraries it
 bundles), charset-normalizer (MIT), platformdirs (MIT), jaraco.* (MIT),
 more-itertools (MIT), importlib-metadata and zipp (Apache-2.0), and the
 Python runtime (PSF-2.0, licenses/python/LICENSE.txt).

License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy
 of this software and associated documentation files (the "Software"), to deal
 in the Software without restriction, including without limitation the rights
 to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 copies of the Software, and to permit persons to whom the Software is
 furnished to do so, subject to the following conditions:
 .
 The above copyright notice and this permission notice shall be included in
 all copies or substantial portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 SOFTWARE.

License: OFL-1.1
 SIL Open Font License, Version 1.1 (see the OFL.txt named above).

License: LGPL-3.0-only
 See /usr/share/common-licenses/LGPL-3.

License: PSF-2.0
 Python Software Foundation License Version 2.

License: Unicode-3.0
 Unicode License v3.
"""


LICENCE_FILE = re.compile(r"(?i)^(licen[cs]e|copying|notice)")


def _dist_key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = "mail-mamori") -> list[Any]:
    """The installed distributions the app needs at run time: its requirements and theirs,
    without extras (what PyInstaller bundles, tests and build tools left out)."""
    from importlib import metadata

    from packaging.requirements import Requirement

    found: dict[str, Any] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        if _dist_key(name) in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another OS or Python version
        found[_dist_key(name)] = dist
        for text in dist.requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return [dist for key, dist in sorted(found.items()) if key != _dist_key(root)]


def bundled_licences() -> dict[str, list[Path]]:
    """The licence texts to ship, by folder name under /usr/share/doc/mail-mamori/licenses/:
    each bundled Python package's licence files from its metadata, and Python's own. MIT,
    BSD and ISC licences ask for their text with every binary copy."""
    licences: dict[str, list[Path]] = {}
    for dist in runtime_distributions():
        files = [
            Path(str(dist.locate_file(f)))
            for f in dist.files or []
            if ".dist-info" in f.parts[0] and LICENCE_FILE.match(f.name)
        ]
        if files:
            licences[_dist_key(dist.metadata["Name"])] = files
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    python = Path(sys.base_prefix, "lib", version, "LICENSE.txt")
    if python.is_file():
        licences["python"] = [python]
    return licences


def app_version() -> str:
    """The version in app/__init__.py (the single source of truth)."""
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if not match:
        raise SystemExit("no __version__ in app/__init__.py")
    return match.group(1)


def min_glibc(app_root: Path) -> str:
    """The newest GLIBC_x.y symbol version any file of the build needs (objdump -T)."""
    newest = tuple(int(n) for n in MIN_GLIBC_FALLBACK.split("."))
    for path in elf_files(app_root):
        result = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
        )
        for version in set(re.findall(r"\bGLIBC_(\d+)\.(\d+)\b", result.stdout)):
            newest = max(newest, (int(version[0]), int(version[1])))
    return f"{newest[0]}.{newest[1]}"


def normalise_permissions(root: Path) -> None:
    """0755 for folders and executables, 0644 for everything else (whatever the umask was)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path.stat().st_mode & stat.S_IXUSR
            path.chmod(0o755 if executable else 0o644)


def stage(app_dir: Path, root: Path) -> None:
    """Lay out the package's files under `root`."""
    if root.exists():
        shutil.rmtree(root)
    target = root / INSTALL_DIR
    shutil.copytree(app_dir, target, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    # Relative, so that the tree also runs where `dpkg-deb -x` unpacked it (make package-test).
    os.symlink("../../opt/mail-mamori/mail-mamori", bin_dir / "mail-mamori")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(HERE / "mail-mamori.desktop", share / "applications" / "mail-mamori.desktop")
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(icons / f"mail-mamori-{size}.png", folder / "mail-mamori.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / "mail-mamori.svg", scalable / "mail-mamori.svg")
    doc = share / "doc" / "mail-mamori"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    for name, files in bundled_licences().items():
        folder = doc / "licenses" / name
        folder.mkdir(parents=True)
        for file in files:
            shutil.copy2(file, folder / file.name)


def installed_size_kib(root: Path) -> int:
    """Installed-Size: the staged files in KiB (control folder excluded)."""
    total = 0
    for path in root.rglob("*"):
        if "DEBIAN" in path.relative_to(root).parts:
            continue
        total += path.lstat().st_size if path.is_symlink() or path.is_file() else 0
    return (total + 1023) // 1024


def depends(app_root: Path) -> str:
    """The Depends field for the staged app, or exit with the libraries that resolve nowhere."""
    needed, problems = system_dependencies(app_root)
    packages: set[str] = set()
    for soname, path in sorted(needed.items()):
        package = owning_package(path)
        if package is None:
            problems.append(f"{soname} ({path}) belongs to no Debian package")
        else:
            packages.add(package.split(":")[0])
    if problems:
        raise SystemExit("cannot compute Depends:\n  " + "\n  ".join(problems))
    return depends_field(packages, {"libc6": min_glibc(app_root)})


def main() -> int:
    """Stage, describe and build the .deb; print its path."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="PyInstaller's distpath")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the .deb goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb", help="staging folder")
    parser.add_argument(
        "--maintainer",
        default=os.environ.get("DEB_MAINTAINER", "Mail Mamori developers <mail-mamori@localhost>"),
    )
    args = parser.parse_args()
    app_dir = args.dist / "mail-mamori"
    if not (app_dir / "mail-mamori").is_file():
        raise SystemExit(f"{app_dir}/mail-mamori not found: build it first (make package-linux)")
    version = app_version()
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    root = args.work / "root"
    stage(app_dir, root)
    control = (
        f"Package: mail-mamori\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {args.maintainer}\n"
        f"Installed-Size: {installed_size_kib(root)}\n"
        f"Depends: {depends(root / INSTALL_DIR)}\n"
        f"Section: mail\n"
        f"Priority: optional\n" + DESCRIPTION
    )
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    normalise_permissions(root)
    args.out.mkdir(parents=True, exist_ok=True)
    deb = args.out / f"mail-mamori_{version}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(control, end="")
    print(f"{deb}  {deb.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
