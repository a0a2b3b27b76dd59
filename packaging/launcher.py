"""The bundle's entry point (PyInstaller runs this file as ``__main__``): the `dsr-desk`
command, which opens the desktop app when given no command."""

import sys

from dsr_desk.cli import main

sys.exit(main())
