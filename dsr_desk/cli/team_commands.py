"""Team mode's own commands: ``dsr-desk --db URL init --entity NAME --admin USER`` sets up an
empty team database (the DBA creates it and its role) with its first DPO account and prints
the team's recovery key once; ``dsr-desk --db URL rotate-team-key`` replaces the team key."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from typing import Any

from dsr_desk.cli.context import ENV_PASSWORD, CliContext, can_prompt, prompt_secret
from dsr_desk.cli.vault_commands import show_recovery_key
from dsr_desk.domain.errors import ValidationError, VaultError
from dsr_desk.messages import _
from dsr_desk.services import team

EXIT_OK = 0


def _admin_password(name: str) -> str:
    password = os.environ.get(ENV_PASSWORD)
    if password is not None:
        return password
    if not can_prompt():
        raise ValidationError(
            "Give {name}'s new password in {env_password} or run interactively; "
            "nothing was created.",
            name=name,
            env_password=ENV_PASSWORD,
        )
    first = prompt_secret(
        _("New password for {name} (a few unrelated words, 10+ characters)").format(name=name)
    )
    team.check_password(name, first)
    if prompt_secret(_("Type it again")) != first:
        raise ValidationError("The two passwords differ; nothing was created.")
    return first


def _show_team_recovery_key(first_line: str, recovery_key: str) -> None:
    try:
        show_recovery_key(
            first_line, recovery_key, _("It opens the team key if every DPO's password is lost.")
        )
        sys.stdout.flush()
    except (OSError, ValueError) as problem:
        raise VaultError(
            "The recovery key could not be written out ({reason}): the team database was "
            "created, but its recovery key is lost. Drop the database and run init again.",
            reason=getattr(problem, "strerror", None) or problem,
        ) from None


def init_team(ctx: CliContext, args: argparse.Namespace, entity: dict[str, Any]) -> int:
    if not args.admin:
        raise ValidationError(
            "Name the team's first DPO account: dsr-desk --db URL init --entity NAME --admin USER."
        )
    password = _admin_password(args.admin)
    team.check_password(args.admin, password)  # before anything is created
    database = ctx.connect_team()
    try:
        recovery_key = team.create_team(database, ctx.clock, args.admin, password, entity)
        database.watch_chain(ctx.data_dir, new=True)
    finally:
        database.close()
    _show_team_recovery_key(
        _("Team database created; {admin} is its first DPO.").format(admin=args.admin),
        recovery_key,
    )
    return EXIT_OK


def cmd_rotate_team_key(ctx: CliContext, args: argparse.Namespace) -> int:
    if ctx.db_url is None:
        raise ValidationError(
            "rotate-team-key is for a team database: give --db URL (or DSR_DESK_DB_URL)."
        )
    with ctx.unit_of_work() as uow:
        generation = team.rotate_team_key(uow)
    print(
        _(
            "Team key replaced (generation {generation}): every personal field re-encrypted, "
            "the key given again to every user and to the recovery key."
        ).format(generation=generation)
    )
    return EXIT_OK


def cmd_migrate_to_team(ctx: CliContext, args: argparse.Namespace) -> int:
    """Copy the workstation vault (``--data-dir``, unlocked as usual) into the new, empty team
    database ``--db``, set up on the way with ``--admin`` as its first DPO (password from
    DSR_DESK_PASSWORD or a prompt). One transaction: on any problem nothing is left there."""
    if ctx.db_url is None:
        raise ValidationError(
            "migrate-to-team copies this vault into a team database: give --db URL (or "
            "DSR_DESK_DB_URL)."
        )
    if not args.admin:
        raise ValidationError(
            "Name the team's first DPO account: dsr-desk --db URL migrate-to-team --admin USER."
        )
    password = _admin_password(args.admin)
    team.check_password(args.admin, password)  # before anything is opened
    workstation = dataclasses.replace(ctx, db_url=None)
    with workstation.opened_vault() as vault:
        database = ctx.connect_team()
        try:
            migrated = team.migrate_to_team(
                workstation.uow_for(vault),
                vault,
                database,
                args.admin,
                password,
                args.server_backup_days,
            )
            database.watch_chain(ctx.data_dir, new=True)
        finally:
            database.close()
    if args.json:
        print(
            json.dumps(
                {
                    "source": migrated.source.to_json(),
                    "target": migrated.target.to_json(),
                    "audit_log": migrated.chain_message,
                    "accounts_not_copied": list(migrated.accounts_left),
                    "recovery_key": migrated.recovery_key,
                },
                indent=2,
            )
        )
        return EXIT_OK
    print(_("Copied, and counted again on the team database (vault → server):"))
    source, target = migrated.source, migrated.target
    for label, before, after in (
        (_("requests"), source.requests, target.requests),
        (_("requesters"), source.requesters, target.requesters),
        (_("documents"), source.documents, target.documents),
        (_("documents kept encrypted"), source.stored_documents, target.stored_documents),
        (_("audit entries"), source.audit_entries, target.audit_entries),
    ):
        print(f"    {label:<26} {before:>8} → {after}")
    print(_("Audit log on the server: {message}").format(message=migrated.chain_message))
    if migrated.accounts_left:
        print(
            _(
                "Not copied (their copy of the team key needs their password): {names}; add "
                "them again with `dsr-desk --db URL user add NAME --role ROLE`."
            ).format(names=", ".join(migrated.accounts_left))
        )
    _show_team_recovery_key(
        _("The vault is now on the team database; {admin} is its first DPO.").format(
            admin=args.admin
        ),
        migrated.recovery_key,
    )
    return EXIT_OK
