"""``dsr-desk rekey``: rotate the vault key (and optionally choose a new passphrase).

A new random database key replaces the old one, so an old copy of ``vault.json`` (with the
old passphrase or recovery key) no longer opens the vault. The recovery key changes too: the
new one is printed BEFORE anything is changed, and if printing it fails nothing is changed.

Passphrase mode: the current passphrase comes from ``DSR_DESK_PASSPHRASE`` or a prompt; it is
kept, unless ``--new-passphrase`` asks for a new one (``DSR_DESK_NEW_PASSPHRASE`` or a prompt,
typed twice). Keyring mode: the new key goes into the keyring.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from dsr_desk.cli.context import ENV_PASSPHRASE, CliContext, can_prompt, prompt_secret
from dsr_desk.domain.errors import ValidationError
from dsr_desk.messages import _
from dsr_desk.storage.key_wrapping import check_new_passphrase, new_recovery_key
from dsr_desk.storage.vault import Unlock, Vault, load_header, open_vault
from dsr_desk.storage.vault_header import KeyMode

ENV_NEW_PASSPHRASE = "DSR_DESK_NEW_PASSPHRASE"  # noqa: S105 - a variable name, not a secret


def add_parser(sub: argparse._SubParsersAction[Any]) -> None:
    rekey = sub.add_parser(
        "rekey",
        help=_(
            "rotate the vault key (old copies of vault.json stop opening it); "
            "prints a new recovery key"
        ),
    )
    rekey.add_argument(
        "--new-passphrase",
        action="store_true",
        help=_("also choose a new passphrase (from {variable} or a prompt)").format(
            variable=ENV_NEW_PASSPHRASE
        ),
    )
    rekey.set_defaults(handler=cmd_rekey)


def cmd_rekey(ctx: CliContext, args: argparse.Namespace) -> int:
    from dsr_desk.services import audit as audit_service
    from dsr_desk.storage.key_rotation import rotate_key

    header = load_header(ctx.data_dir)
    passphrase_mode = header is not None and header.mode is KeyMode.PASSPHRASE
    if args.new_passphrase and not passphrase_mode:
        raise ValidationError(
            "--new-passphrase is for a vault protected by a passphrase; this one opens with "
            "the computer's keyring (its new key goes there)."
        )
    vault, current = _open_with_passphrase(ctx) if passphrase_mode else (ctx.open(), None)
    try:
        keep = _new_passphrase() if args.new_passphrase else current
        if keep is not None and not args.new_passphrase:
            check_new_passphrase(keep)  # a weak current passphrase must be replaced now
        recovery_key = new_recovery_key()
        _print_new_recovery_key(recovery_key)  # before anything changes; raises if it fails
        rotate_key(
            vault,
            ctx.clock,
            recovery_key=recovery_key,
            passphrase=keep,
            progress=_StderrProgress() if can_prompt() else None,
        )
        audit_service.record_event(
            ctx.uow_for(vault),
            "vault.rekeyed",
            mode=vault.mode.value,
            new_passphrase=bool(args.new_passphrase),
        )
    finally:
        vault.close()
    print(
        _("Vault key changed; it unlocks with the passphrase and the recovery key above.")
        if vault.mode.value == "passphrase"
        else _("Vault key changed; it unlocks with the keyring and the recovery key above.")
    )
    return 0


def _open_with_passphrase(ctx: CliContext) -> tuple[Vault, str]:
    """Open with the current passphrase, kept to wrap the new key if no new one is chosen."""
    passphrase = os.environ.get(ENV_PASSPHRASE)
    if passphrase is None:
        if not can_prompt():
            raise ValidationError(
                "Give the current passphrase in {env_passphrase}.", env_passphrase=ENV_PASSPHRASE
            )
        passphrase = prompt_secret(_("Current vault passphrase"))
    return open_vault(ctx.data_dir, ctx.clock, Unlock(passphrase=passphrase)), passphrase


def _new_passphrase() -> str:
    passphrase = os.environ.get(ENV_NEW_PASSPHRASE)
    if passphrase is not None:
        check_new_passphrase(passphrase)
        return passphrase
    if not can_prompt():
        raise ValidationError(
            "Give the new passphrase in {env_new_passphrase}.",
            env_new_passphrase=ENV_NEW_PASSPHRASE,
        )
    first = prompt_secret(_("New vault passphrase (a few unrelated words, 10+ characters)"))
    check_new_passphrase(first)
    if prompt_secret(_("Type it again")) != first:
        raise ValidationError("The two passphrases differ; nothing was changed.")
    return first


def _print_new_recovery_key(recovery_key: str) -> None:
    # The line starts with "NEW RECOVERY KEY" in every language: scripts look for it.
    print("NEW RECOVERY KEY " + _("(the old one stops working; print it or write it down now):"))
    print()
    print(f"    {recovery_key}")
    print()
    sys.stdout.flush()  # a closed or full output raises here, before anything is changed


class _StderrProgress:
    """Documents re-wrapped so far, on one terminal line."""

    def report(self, done: int, total: int) -> None:
        if total:
            end = "\n" if done == total else ""
            line = _("Re-wrapping document keys: {done}/{total}").format(done=done, total=total)
            print("\r" + line, end=end, file=sys.stderr)
