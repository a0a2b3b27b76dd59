"""Which passphrases may protect a vault: long enough *and* hard to guess; and which
passwords may encrypt a data bundle (``bundle_password_problem``: long enough).

Length alone lets ``1234567890`` or ``aaaaaaaaaa`` through; the strength is estimated with
zxcvbn (patterns, dictionaries, keyboard walks, repeats, dates), and a passphrase is accepted
from score ``MIN_SCORE`` (3 of 4: "safely unguessable", about 10**8 guesses or more) on.

This is the one place the rule lives: the storage layer refuses to wrap a key with a weak
passphrase, and the CLI (``init``, ``recover --new-passphrase``, ``rekey``), the first-run
wizard and the passphrase dialogs all ask ``passphrase_problem`` before going on, so the
reason the user sees is the same everywhere.

zxcvbn (and its 1 MB of word lists) is imported on the first non-trivial check only: the
GUI start never needs it.
"""

from __future__ import annotations

import unicodedata
from typing import Final

MIN_PASSPHRASE_CHARS: Final = 10
MIN_SCORE: Final = 3
# zxcvbn's cost grows with the length; beyond this, the first characters are judged (a longer
# passphrase is never weaker than its beginning for our purpose: it only adds guesses).
_MAX_JUDGED_CHARS: Final = 100

MIN_BUNDLE_PASSWORD_CHARS: Final = 10
"""A data bundle's password (AES-256 zip) is given to the requester by another channel."""

EMPTY: Final = "Please enter a passphrase: it cannot be empty."
TOO_EASY: Final = "This passphrase is too easy to guess."
ADVICE: Final = "Add a few unrelated words: they are easy to remember and hard to guess."


def normalize_passphrase(passphrase: str) -> str:
    """NFC, so the same passphrase typed on macOS (NFD input) and Windows gives one key."""
    return unicodedata.normalize("NFC", passphrase)


def passphrase_problem(passphrase: str, user_inputs: tuple[str, ...] = ()) -> str | None:
    """None when ``passphrase`` may protect a vault, else the reason for the staff (English;
    zxcvbn's own feedback sentences are gettext-marked, so they translate with the rest).

    ``user_inputs`` are words the passphrase must not lean on (organisation name, user name).
    """
    normalized = normalize_passphrase(passphrase)
    if not normalized.strip():
        return EMPTY
    if len(normalized) < MIN_PASSPHRASE_CHARS:
        return (
            f"This passphrase is too short: use at least {MIN_PASSPHRASE_CHARS} characters "
            "(a few unrelated words are easy to remember and hard to guess)."
        )
    from zxcvbn import zxcvbn  # lazy: ~60 ms and its word lists, only when someone types one

    result = zxcvbn(normalized[:_MAX_JUDGED_CHARS], user_inputs=list(user_inputs))
    if int(result["score"]) >= MIN_SCORE:
        return None
    feedback = result.get("feedback") or {}
    warning = str(feedback.get("warning") or "").strip()
    suggestions = [str(s).strip() for s in feedback.get("suggestions") or () if str(s).strip()]
    parts = [TOO_EASY]
    if warning:
        parts.append(warning)
    parts.append(suggestions[0] if suggestions else ADVICE)
    return " ".join(parts)


def bundle_password_problem(password: str) -> str | None:
    """None when ``password`` may encrypt a data bundle, else the reason for the staff. The
    one rule: the export refuses such a password and the bundle dialog says why before."""
    if len(password) < MIN_BUNDLE_PASSWORD_CHARS:
        return (
            f"The password must have at least {MIN_BUNDLE_PASSWORD_CHARS} characters; give it "
            "to the requester through another channel than the file."
        )
    return None
