"""Runtime hook of the Linux bundle, in place of PyInstaller's own for PySide6 (dsr-desk.spec).

PyInstaller's hook imports ``PySide6.QtCore`` at every start (to register a ``qt.conf``), which
loads Qt and ICU before any command runs: tenths of a second on each `dsr-desk COMMAND` that
never shows a window. PySide6's Linux wheels are relocatable (Qt finds its prefix beside its
own library), so only the plugin folder needs telling; `dsr-desk --self-test` checks that Qt
then finds its plugins and translations in the bundle. Windows and macOS keep PyInstaller's
hook (untested here).
"""

import os
import sys

os.environ["QT_PLUGIN_PATH"] = os.path.join(sys._MEIPASS, "PySide6", "Qt", "plugins")
