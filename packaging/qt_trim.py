"""What the frozen app leaves out (mostly of Qt), shared by packaging/mail-mamori.spec and the minimal
wizard the benchmark builds (bench/minimal_wizard.spec), so that both are trimmed the same way.

The trimming happens inside PyInstaller hooks (packaging/hooks/hook-PySide6.*.py) rather than on
the finished file list: PyInstaller resolves the shared libraries of every plugin a hook returns,
so a plugin dropped afterwards would still drag its libraries (GTK for the gtk3 theme, the
Wayland client libraries, QtSvg, ...) into the build.

What the app uses: QtCore, QtGui, QtWidgets, QtPrintSupport (print dialog), QtPdf/QtPdfWidgets
(report preview). Decisions, each checked by `mail-mamori --self-test` and `make package-test`:
- Python bindings the app never imports are excluded (`EXCLUDED_MODULES`). libQt6Network and
  libQt6DBus stay as libraries: libQt6Pdf links QtNetwork and libQt6Gui links QtDBus.
- Platform plugins: the OS's own (xcb, windows, cocoa) and offscreen (CI, self-test). Wayland
  sessions run the app through XWayland, which every mainstream desktop ships; the wayland plugin
  and its four integration plugin folders would add the Wayland client libraries for no gain.
- Input methods (platforminputcontexts: IBus, compose) stay: they are how Japanese is typed.
- Print support (CUPS on Linux/macOS, Windows' own) and the widget styles stay.
- No image format plugins: the app shows PNG icons (built into QtGui) and nothing else; PDF
  pages are rendered by QtPdf's own pdfium. No SVG icon engine, no GL integrations (the app
  draws with the raster engine), no GTK or portal platform themes (Qt's own dialogs are used,
  translated by qtbase_ja), no TLS or network-information plugins (the app's only network
  traffic is DNS through dnspython).
- Qt translations: only qtbase_ja.qm, which the app loads (English is the source language);
  qt_ja.qm is only a catalogue that would load qtbase_ja and the modules' files the app lacks.
- Windows: opengl32sw.dll (software OpenGL, 20 MB) and the Direct3D compiler are for Qt Quick.
"""

from __future__ import annotations

import os
import re
import sys

# Python modules PyInstaller would otherwise pull in through Qt's library dependencies or
# optional imports of our dependencies.
EXCLUDED_MODULES = [
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtHelp",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtLabsStyleKit",
    "tkinter",
    "_tkinter",
    # reportlab imports Pillow unconditionally, but the report embeds no AVIF/WebP images and
    # needs no colour management: these extensions and their libraries are 6 MB.
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "ensurepip",
    "turtledemo",
    # Start-up: nothing the app runs uses multiprocessing (concurrent.futures, imported with
    # dnspython's asyncio support, imports it only for process pools), but once collected it
    # brings PyInstaller's multiprocessing runtime hook, which imports it at every start.
    "multiprocessing",
]
if sys.platform.startswith("linux"):
    # Start-up: on Linux nothing imports ctypes (its users here are the Windows and macOS parts
    # of platformdirs, dnspython and keyring, each guarded); once collected, PyInstaller's
    # bootstrap imports it at every start. Windows and macOS builds need it.
    EXCLUDED_MODULES.append("ctypes")

# Plugin folder -> plugin names kept ("platforms/libqxcb.so" is named "xcb"). Folders not listed
# here and not in DROPPED_PLUGIN_TYPES are kept whole (a new Qt may add one the app needs).
KEPT_PLUGINS = {
    "platforms": {"xcb", "offscreen", "windows", "cocoa"},
}
DROPPED_PLUGIN_TYPES = {
    "egldeviceintegrations",
    "generic",
    "iconengines",
    "imageformats",
    "networkinformation",
    "platformthemes",
    "qmltooling",
    "sqldrivers",
    "tls",
    "vectorimageformats",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-graphics-integration-server",
    "wayland-shell-integration",
    "xcbglintegrations",
}
KEPT_TRANSLATIONS = {"qtbase_ja.qm"}
DROPPED_FILES = re.compile(r"^(opengl32sw\.dll|d3dcompiler_\d+\.dll)$", re.IGNORECASE)


def plugin_name(filename: str) -> str:
    """ "libqxcb.so" -> "xcb", "qwindows.dll" -> "windows", "libqcocoa.dylib" -> "cocoa"."""
    stem = filename.split(".")[0]
    return stem.removeprefix("lib").removeprefix("q")


def keep(source: str, dest_dir: str) -> bool:
    """Whether a file a Qt hook wants to collect stays in the build."""
    name = os.path.basename(source)
    dest = dest_dir.replace("\\", "/").rstrip("/")
    if DROPPED_FILES.match(name):
        return False
    if name.endswith(".qm") and dest.endswith("translations"):
        return name in KEPT_TRANSLATIONS
    match = re.search(r"(?:^|/)plugins/([^/]+)$", dest)
    if match:
        plugin_type = match.group(1)
        if plugin_type in DROPPED_PLUGIN_TYPES:
            return False
        if plugin_type in KEPT_PLUGINS:
            return plugin_name(name) in KEPT_PLUGINS[plugin_type]
    return True


def trimmed_qt_hook(
    hook_file: str,
) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """What PyInstaller's own hook for this PySide6 module collects, minus what we leave out."""
    from PyInstaller.utils.hooks.qt import add_qt6_dependencies

    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    hiddenimports = [m for m in hiddenimports if m not in EXCLUDED_MODULES]
    binaries = [(src, dest) for src, dest in binaries if keep(src, dest)]
    datas = [(src, dest) for src, dest in datas if keep(src, dest)]
    return hiddenimports, binaries, datas
