"""The passphrase strength rule: estimated guessability (zxcvbn), not length alone."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.passphrase_policy import (
    MIN_BUNDLE_PASSWORD_CHARS,
    bundle_password_problem,
    passphrase_problem,
)
from dsr_desk.export.bundle import check_password


@pytest.mark.parametrize(
    ("weak", "reason"),
    [
        ("1234567890", "This is a top-100 common password."),
        ("aaaaaaaaaa", 'Repeats like "aaa" are easy to guess.'),
        ("asdfghjkl;", "Straight rows of keys are easy to guess."),
        ("password2026", "This is similar to a commonly used password."),
    ],
)
def test_ten_guessable_characters_are_refused_with_the_reason(weak: str, reason: str) -> None:
    problem = passphrase_problem(weak)
    assert problem is not None
    assert problem.startswith("This passphrase is too easy to guess.")
    assert reason in problem


@pytest.mark.parametrize(
    "strong",
    ["correct horse battery staple", "lantern orchard quietly sixteen", "Zq9!vLp2#kWm"],
)
def test_unrelated_words_or_random_characters_are_accepted(strong: str) -> None:
    assert passphrase_problem(strong) is None


def test_empty_and_short_passphrases_say_so() -> None:
    assert passphrase_problem("  ") == "Please enter a passphrase: it cannot be empty."
    assert "too short" in (passphrase_problem("Zq9!vLp") or "")


def test_words_of_the_context_count_against_the_passphrase() -> None:
    assert passphrase_problem("lyceeexemple") is None
    assert passphrase_problem("lyceeexemple", ("lycee", "exemple")) is not None


def test_zxcvbn_is_imported_only_for_a_real_check() -> None:
    code = (
        "import sys; from dsr_desk.domain.passphrase_policy import passphrase_problem as p;"
        "p(''); p('short'); assert 'zxcvbn' not in sys.modules;"
        "p('long enough now'); assert 'zxcvbn' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@pytest.mark.parametrize(
    ("password", "refused"), [("", True), ("123456789", True), ("x" * 10, False)]
)
def test_a_bundle_password_is_judged_by_one_rule(password: str, refused: bool) -> None:
    """The export and the bundle dialog both ask ``bundle_password_problem``: same verdict,
    same sentence."""
    problem = bundle_password_problem(password)
    assert (problem is not None) is refused
    if problem is None:
        assert check_password(password) == password.encode()
    else:
        assert problem.startswith(f"The password must have at least {MIN_BUNDLE_PASSWORD_CHARS} ")
        with pytest.raises(ValidationError) as refusal:
            check_password(password)
        assert str(refusal.value) == problem
