"""Which shared libraries the Linux build leaves to the system, and which packages provide them.

The Linux build ships only as a .deb, so libraries that Debian/Ubuntu package (X11/xcb, glib,
fontconfig, OpenSSL, CUPS, D-Bus, libstdc++, ...) are not copied into the app: the package
`Depends` on them instead. The system's copies get security updates, match the running X server,
CUPS and D-Bus daemons, and the .deb gets smaller. What stays bundled is what no Debian package
provides in the version the app needs: Python itself, Qt and ICU from the PySide6 wheel, and the
extension modules of the Python packages.

`Depends` is computed from the finished build, as dpkg-shlibdeps would: every ELF file is run
through ldd with the build's own library folders first, each library found outside the build is
mapped to its package with `dpkg -S`, and a library that resolves nowhere fails the build.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

# Folders whose libraries come from the distribution's packages (multiarch included).
_SYSTEM_DIR = re.compile(r"^/(usr/)?lib(64)?(/[a-z0-9_]+-linux-gnu[a-z0-9_]*)?$")
_LIBRARY_NAME = re.compile(r"^lib.+\.so(\.\d+)*$")


def is_system_library(source: str) -> bool:
    """Whether PyInstaller took this library from a distribution folder such as /usr/lib/<arch>."""
    path = Path(source)
    return bool(_LIBRARY_NAME.match(path.name) and _SYSTEM_DIR.match(str(path.parent)))


def elf_files(root: Path) -> list[Path]:
    """Regular files under `root` that start with the ELF magic number."""
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def library_folders(root: Path) -> list[Path]:
    """Folders of the build that hold shared libraries (searched before the system's)."""
    return sorted({p.parent for p in elf_files(root) if ".so" in p.name})


def direct_needs(path: Path) -> list[str]:
    """The sonames an ELF file names itself (DT_NEEDED), read with readelf from binutils."""
    result = subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
    )
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", result.stdout)


def system_dependencies(root: Path) -> tuple[dict[str, str], list[str]]:
    """({soname: system path}, [problems]) for the libraries the build's files name directly
    and that the system provides, as dpkg-shlibdeps lists them: what those libraries need in
    turn comes with their packages' own Depends.
    """
    env = dict(os.environ)
    env["LD_LIBRARY_PATH"] = os.pathsep.join(str(p) for p in library_folders(root))
    needed: dict[str, str] = {}
    problems: list[str] = []
    root_str = str(root.resolve())
    for path in elf_files(root):
        direct = set(direct_needs(path))
        if not direct:
            continue
        result = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env=env, check=False
        )
        resolved: dict[str, str] = {}
        for line in result.stdout.splitlines():
            match = re.match(r"^\s*(\S+) => (\S+)", line)
            if match:
                resolved[match.group(1)] = match.group(2)
            else:
                match = re.match(r"^\s*(/\S+) \(", line)  # the dynamic loader itself
                if match:
                    resolved[Path(match.group(1)).name] = match.group(1)
        for soname in sorted(direct):
            target = resolved.get(soname)
            if target is None or target == "not":
                problems.append(f"{path.relative_to(root)} needs {soname}: not found")
            elif not os.path.realpath(target).startswith(root_str):
                needed.setdefault(soname, target)
    return needed, problems


def owning_package(path: str) -> str | None:
    """The Debian package that installed `path` (trying the /usr-merged spellings too)."""
    candidates = [path, os.path.realpath(path)]
    for candidate in list(candidates):
        if candidate.startswith("/usr/"):
            candidates.append(candidate[4:])
        else:
            candidates.append("/usr" + candidate)
    for candidate in candidates:
        result = subprocess.run(
            ["dpkg", "-S", candidate], capture_output=True, text=True, check=False
        )
        if result.returncode == 0 and result.stdout:
            # "libfoo1:amd64: /usr/lib/x86_64-linux-gnu/libfoo.so.1"
            return result.stdout.split(":", 1)[0].strip()
    return None


# Library packages that Debian 13 and Ubuntu 24.04 renamed with a t64 suffix (64-bit time_t):
# Depends names both, so that one .deb installs on both sides of the rename.
T64_RENAMED = {
    "libasound2",
    "libcups2",
    "libcurl4",
    "libglib2.0-0",
    "libgnutls30",
    "libgssapi-krb5-2",
    "libkrb5-3",
    "libpng16-16",
    "libssl3",
}


def depends_field(packages: Iterable[str], minimums: dict[str, str] | None = None) -> str:
    """A Depends value: sorted, with minimum versions, t64-renamed packages under both names."""
    minimums = minimums or {}
    parts = []
    for package in sorted(set(packages)):
        base = package.removesuffix("t64")
        constraint = f" (>= {minimums[base]})" if base in minimums else ""
        if base in T64_RENAMED:
            parts.append(f"{base}{constraint} | {base}t64{constraint}")
        else:
            parts.append(f"{package}{constraint}")
    return ", ".join(parts)
