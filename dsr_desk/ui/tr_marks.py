"""Marking a string for translation where it is defined (a table of labels, a header), to
translate it where it is shown: ``QCoreApplication.translate(context, text)``.
``pyside6-lupdate`` finds the calls by name; PySide's own ``QT_TRANSLATE_NOOP`` is typed as
returning ``object``, this one as ``str``.

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` unchanged: ``pyside6-lupdate`` files it under ``context``."""
    del context
    return text
