"""The PySide6 desktop app. Views call services through ``ops`` (one DB worker thread);
they hold plain read models, never ORM objects or sessions."""
