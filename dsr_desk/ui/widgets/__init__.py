"""Reusable widgets shared by dialogs and views."""
