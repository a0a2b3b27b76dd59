"""Every audit action recorded anywhere has its words, in the GUI's table and in the CLI's:
an action shown as ``user.login_failed`` instead of "Failed login" is a gap found here."""

from __future__ import annotations

from dsr_desk.cli import audit_words as cli_words
from dsr_desk.domain.changes import ACTION_CHANGES
from dsr_desk.ui import audit_words as ui_words


def test_the_gui_says_every_action_in_words() -> None:
    assert sorted(set(ACTION_CHANGES) - set(ui_words.ACTION_WORDS)) == []


def test_the_cli_says_every_action_in_words() -> None:
    assert sorted(set(ACTION_CHANGES) - set(cli_words.ACTION_WORDS)) == []


def test_both_say_it_alike() -> None:
    assert {k: str(v) for k, v in cli_words.ACTION_WORDS.items()} == {
        k: str(v) for k, v in ui_words.ACTION_WORDS.items() if k in cli_words.ACTION_WORDS
    }
