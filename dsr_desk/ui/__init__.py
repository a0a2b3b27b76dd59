"""The PySide6 desktop app. Views call services through ``ops`` (one DB worker thread);
they hold plain read models, never ORM objects or sessions."""

from dsr_desk.ui.feature_scan import skip_feature_scans

skip_feature_scans()  # before the app's modules are imported (see ui.feature_scan)
