# Replaces PyInstaller's own hook for the PySide6 package: the same hidden imports and Windows
# extras, minus the software OpenGL renderer and Direct3D compiler (only Qt Quick needs them).
from PyInstaller.utils.hooks import check_requirement
from PyInstaller.utils.hooks.qt import ensure_single_qt_bindings_package, pyside6_library_info
from qt_trim import keep

ensure_single_qt_bindings_package("PySide6")
if pyside6_library_info.version is not None:
    hiddenimports = ["shiboken6", "inspect"]
    if check_requirement("PySide6 >= 6.4.0"):
        hiddenimports += ["PySide6.support.deprecated"]
    binaries = [
        (src, dest)
        for src, dest in pyside6_library_info.collect_extra_binaries()
        if keep(src, dest)
    ]
