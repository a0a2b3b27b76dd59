"""``dsr-desk user add|remove|list``: the vault's accounts and their roles.

A new account's password comes from ``DSR_DESK_NEW_PASSWORD`` or a prompt (typed twice).
Managing accounts needs the DPO role (the workstation's owner is DPO); ``user list`` does not.
"""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

from dsr_desk.cli.context import ENV_NEW_PASSWORD, CliContext, can_prompt, prompt_secret
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.roles import Action, UserRole
from dsr_desk.messages import _
from dsr_desk.services import accounts

EXIT_OK = 0


def add_parsers(sub: argparse._SubParsersAction[Any]) -> None:
    user = sub.add_parser("user", help="user accounts and their roles")
    usub = user.add_subparsers(dest="action", required=True, metavar="ACTION")

    add = usub.add_parser(
        "add", help=f"add an account (its password from {ENV_NEW_PASSWORD} or a prompt)"
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=[role.value for role in UserRole])
    add.set_defaults(handler=cmd_user_add)

    remove = usub.add_parser("remove", help="remove an account (it can no longer log in)")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=cmd_user_remove)

    lst = usub.add_parser("list", help="the accounts, the owner first")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_user_list)


def _new_password(name: str) -> str:
    password = os.environ.get(ENV_NEW_PASSWORD)
    if password is not None:
        return password
    if not can_prompt():
        raise ValidationError(
            "Give {name}'s new password in {env_new_password} or run "
            "interactively; nothing was changed.",
            name=name,
            env_new_password=ENV_NEW_PASSWORD,
        )
    first = prompt_secret(f"New password for {name} (a few unrelated words, 10+ characters)")
    if prompt_secret("Type it again") != first:
        raise ValidationError("The two passwords differ; nothing was changed.")
    return first


def cmd_user_add(ctx: CliContext, args: argparse.Namespace) -> int:
    role = UserRole(args.role)
    with ctx.opened_vault() as vault:
        ctx.uow_for(vault).require(Action.MANAGE_USERS)  # before asking a password
        view = accounts.add_user(ctx.uow_for(vault), args.name, role, _new_password(args.name))
    print(_("User {name} added ({role}).").format(name=view.name, role=view.role.value))
    return EXIT_OK


def cmd_user_remove(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.unit_of_work() as uow:
        accounts.remove_user(uow, args.name)
    print(_("User {name} removed.").format(name=args.name))
    return EXIT_OK


def cmd_user_list(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.unit_of_work() as uow:
        users = accounts.list_users(uow)
    if args.json:
        print(json.dumps([user.to_json() for user in users], ensure_ascii=False, indent=2))
        return EXIT_OK
    for user in users:
        owner = "  (owner)" if user.is_owner else ""
        print(f"{user.name}  {user.role.value}  {user.created_on.isoformat()}{owner}")
    return EXIT_OK
