"""CLI commands about the vault itself: init, recover, audit verify, demo data, deadline."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from dsr_desk.cli.context import (
    ENV_PASSPHRASE,
    ENV_RECOVERY_KEY,
    CliContext,
    can_prompt,
    prompt_secret,
)
from dsr_desk.domain.calendar import calendar_for
from dsr_desk.domain.deadlines import SuspensionPolicy, compute_deadlines
from dsr_desk.domain.entities import Role
from dsr_desk.domain.errors import DsrError, InsecureKeyring, ValidationError, VaultError
from dsr_desk.messages import N_, Text, _
from dsr_desk.services import audit as audit_service
from dsr_desk.services.entities import create_entity, new_entity
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.services.settings import first_settings
from dsr_desk.storage.key_wrapping import check_new_passphrase
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Vault, recover_vault, staged_vault, vault_exists
from dsr_desk.user import acting_user, named_user

EXIT_OK, EXIT_INTEGRITY = 0, 1


def _ask_new_passphrase(unchanged: str = N_("nothing was created")) -> str:
    """A new passphrase typed twice, refused at once (before it is retyped) when weak."""
    first = prompt_secret(_("Choose a vault passphrase (a few unrelated words, 10+ characters)"))
    check_new_passphrase(first)
    if prompt_secret(_("Type it again")) != first:
        raise ValidationError("The two passphrases differ; {unchanged}.", unchanged=Text(unchanged))
    return first


def show_recovery_key(first_line: str, recovery_key: str, what_it_opens: str) -> None:
    """A new recovery key, shown once (``init`` of a vault or of a team database)."""
    print(first_line)
    print()
    # The line starts with "RECOVERY KEY" in every language: scripts look for it.
    print(
        "RECOVERY KEY "
        + _("(shown only this once; print it or write it down and keep it locked away):")
    )
    print()
    print(f"    {recovery_key}")
    print()
    print(what_it_opens)


def _first_entity(args: argparse.Namespace) -> dict[str, Any]:
    """The first entity's fields from the flags, checked before anything is created."""
    fields: dict[str, Any] = {
        "name": args.entity,
        "address": args.address.replace("\\n", "\n"),
        "dpo_contact": args.dpo,
        "country": args.country,
        "subdivision": args.subdiv,
        "role": Role(args.role),
        "suspension_policy": SuspensionPolicy(args.policy),
    }
    new_entity(**fields)  # ValidationError now, while nothing exists yet
    return fields


def _first_user(args: argparse.Namespace) -> AppSettings:
    """Who uses the vault: ``--user-name`` (else ``DSR_DESK_USER``; never the login name) and
    ``--user-title`` (else the entity's), checked before anything is created; ``--user-name
    ""`` leaves it unset even with ``DSR_DESK_USER``. Without a name,
    Settings › Preferences asks for it later (letters need it); nothing blocks the GUI."""
    settings = AppSettings(
        display_name=" ".join((named_user() if args.user_name is None else args.user_name).split()),
        signer_title=(args.user_title or "").strip(),
    )
    settings.validate()
    return settings


def _fill_and_show(
    ctx: CliContext,
    vault: Vault,
    recovery_key: str,
    entity: dict[str, Any],
    user: AppSettings,
) -> None:
    """Add the first entity and the user's name and title, then write the recovery key out; a
    failure to show it (closed pipe, full device) fails ``init``, so that the staged vault is
    thrown away."""
    acting = acting_user(user.display_name, ctx.user)
    create_entity(SqlUnitOfWork(vault.session_factory, ctx.clock, acting), **entity)
    if user.display_name or user.signer_title:
        first_settings(SqlUnitOfWork(vault.session_factory, ctx.clock, acting), user)
    try:
        show_recovery_key(
            _("Vault created."),
            recovery_key,
            _("It opens the vault if the keyring entry or the passphrase is ever lost."),
        )
        print(
            _("Data folder: {folder} ({mode} mode)").format(
                folder=ctx.data_dir, mode=vault.mode.value
            )
        )
        sys.stdout.flush()
    except (OSError, ValueError) as problem:
        raise VaultError(
            "The recovery key could not be written out ({reason}), so no vault was created. "
            "Run `dsr-desk init` again with its output on a terminal or in a file.",
            reason=getattr(problem, "strerror", None) or problem,
        ) from None


def cmd_init(ctx: CliContext, args: argparse.Namespace) -> int:
    entity = _first_entity(args)
    if ctx.db_url is not None:
        from dsr_desk.cli.team_commands import init_team

        return init_team(ctx, args, entity)
    if args.admin is not None:
        raise ValidationError("--admin names the first account of a team database: give --db.")
    user = _first_user(args)
    if vault_exists(ctx.data_dir):
        raise VaultError(
            "A vault already exists in {folder}; nothing was changed.", folder=ctx.data_dir
        )
    passphrase = os.environ.get(ENV_PASSPHRASE)
    if passphrase is not None:
        check_new_passphrase(passphrase)  # before anything is created
    elif args.passphrase:
        passphrase = _ask_new_passphrase()
    try:
        with staged_vault(ctx.data_dir, ctx.clock, passphrase=passphrase) as (vault, key):
            _fill_and_show(ctx, vault, key, entity, user)
    except InsecureKeyring as problem:
        if not can_prompt():
            raise InsecureKeyring(
                "{problem} Set {variable} to create a passphrase-protected vault.",
                problem=problem,
                variable=ENV_PASSPHRASE,
            ) from None
        print(problem, file=sys.stderr)
        passphrase = _ask_new_passphrase()
        with staged_vault(ctx.data_dir, ctx.clock, passphrase=passphrase) as (vault, key):
            _fill_and_show(ctx, vault, key, entity, user)
    return EXIT_OK


def cmd_recover(ctx: CliContext, args: argparse.Namespace) -> int:
    recovery_key = os.environ.get(ENV_RECOVERY_KEY)
    if recovery_key is None:
        if not can_prompt():
            raise ValidationError(
                "Give the recovery key in {variable} or run interactively.",
                variable=ENV_RECOVERY_KEY,
            )
        recovery_key = prompt_secret(_("Recovery key"))
    new_passphrase = os.environ.get(ENV_PASSPHRASE) if args.new_passphrase else None
    if new_passphrase is not None:
        check_new_passphrase(new_passphrase)
    elif args.new_passphrase:
        new_passphrase = _ask_new_passphrase(N_("nothing was changed"))
    vault: Vault = recover_vault(
        ctx.data_dir, ctx.clock, recovery_key, new_passphrase=new_passphrase
    )
    try:
        audit_service.record_event(
            SqlUnitOfWork(vault.session_factory, ctx.clock, ctx.user),
            "vault.recovered",
            mode=vault.mode.value,
        )
    finally:
        vault.close()
    print(_("Vault recovered; it now unlocks with the {mode}.").format(mode=vault.mode.value))
    return EXIT_OK


def cmd_audit_verify(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.unit_of_work(check_audit_anchor=False) as uow:  # report a mismatch, exit 1
        report = audit_service.verify_audit_log(uow)
    if args.json:
        print(
            json.dumps(
                {
                    "ok": report.ok,
                    "checked": report.checked,
                    "problem": report.problem,
                    "entry": report.seq,
                    "message": report.message,
                    "head_entry": None if report.head is None else report.head.seq,
                    "head_hash": None if report.head is None else report.head.hash,
                }
            )
        )
    else:
        print(
            report.message
            if report.ok
            else _("AUDIT LOG BROKEN: {message}").format(message=report.message)
        )
        if report.head is not None:  # to note on paper: a rewritten log ends elsewhere
            print(
                _("head: entry #{seq}, hash {hash}").format(
                    seq=report.head.seq, hash=report.head.hash
                )
            )
    return EXIT_OK if report.ok else EXIT_INTEGRITY


def cmd_demo(ctx: CliContext, args: argparse.Namespace) -> int:
    from dsr_desk.demo.seed import seed_demo_data  # Faker is heavy: only for this command

    with ctx.unit_of_work() as uow:
        added = seed_demo_data(uow, args.count, seed=args.seed)
    print(_("Added {n} demo requests.").format(n=added))
    return EXIT_OK


# The headings of `deadline`'s text output, in the language of its explanation (--lang).
DEADLINE_HEADINGS: dict[str, tuple[str, str, str, str]] = {
    "en": ("Received:", "Due:", "Extension notice by:", "Due if extended:"),
    "fr": (
        "Reçue le :",
        "Échéance :",
        "Prolongation à notifier au plus tard le :",
        "Échéance en cas de prolongation :",
    ),
}


def cmd_deadline(ctx: CliContext, args: argparse.Namespace) -> int:
    calendar = calendar_for(args.country.upper(), args.subdiv)
    schedule = compute_deadlines(args.received, calendar, lang=args.lang)
    if args.json:
        print(
            json.dumps(
                {
                    "received": schedule.received.isoformat(),
                    "due": schedule.due.isoformat(),
                    "extended_due": schedule.extended_due.isoformat(),
                    "extension_notice_by": schedule.extension_notice_by.isoformat(),
                }
            )
        )
        return EXIT_OK
    headings = DEADLINE_HEADINGS[args.lang]
    width = max(map(len, headings)) + 3
    dates = (
        schedule.received,
        schedule.due,
        schedule.extension_notice_by,
        schedule.extended_due,
    )
    for heading, day in zip(headings, dates, strict=True):
        print(f"{heading:<{width}}{day:%d/%m/%Y}")
    print()
    for line in schedule.explanation:
        print(f"  {line}")
    return EXIT_OK


__all__ = ["DsrError", "cmd_audit_verify", "cmd_deadline", "cmd_demo", "cmd_init", "cmd_recover"]
