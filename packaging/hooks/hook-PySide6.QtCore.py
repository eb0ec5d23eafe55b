# Replaces PyInstaller's own hook for PySide6.QtCore: the same collection, trimmed by qt_trim.
from qt_trim import trimmed_qt_hook

hiddenimports, binaries, datas = trimmed_qt_hook(__file__)
