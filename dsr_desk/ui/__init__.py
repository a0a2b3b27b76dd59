"""The PySide6 desktop app. Views call services through ``ops`` (one DB worker thread);
they hold plain read models, never ORM objects or sessions.

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""
