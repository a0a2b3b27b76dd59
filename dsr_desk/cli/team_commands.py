"""Team mode's own commands: ``dsr-desk --db URL init --entity NAME --admin USER`` sets up an
empty team database (the DBA creates it and its role) with its first DPO account and prints
the team's recovery key once; ``dsr-desk --db URL rotate-team-key`` replaces the team key."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from dsr_desk.cli.context import ENV_PASSWORD, CliContext, can_prompt, prompt_secret
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
    try:
        print(_("Team database created; {admin} is its first DPO.").format(admin=args.admin))
        print()
        # The line starts with "RECOVERY KEY" in every language: scripts look for it.
        print(
            "RECOVERY KEY "
            + _("(shown only this once; print it or write it down and keep it locked away):")
        )
        print()
        print(f"    {recovery_key}")
        print()
        print(_("It opens the team key if every DPO's password is lost."))
        sys.stdout.flush()
    except (OSError, ValueError) as problem:
        raise VaultError(
            "The recovery key could not be written out ({reason}): the team database was "
            "created, but its recovery key is lost. Drop the database and run init again.",
            reason=getattr(problem, "strerror", None) or problem,
        ) from None
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
