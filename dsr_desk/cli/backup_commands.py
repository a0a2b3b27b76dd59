"""``dsr-desk backup --out FILE`` / ``backup --verify FILE`` / ``backup --scheduled`` and
``dsr-desk restore FILE``.

A backup is written from the open vault and stays encrypted; verifying it needs no key.
Restoring needs the backup's recovery key (``DSR_DESK_RECOVERY_KEY``) or, for a vault that had
one, its passphrase (``DSR_DESK_PASSPHRASE``), or a prompt; never this computer's keyring.
Over an existing vault it asks first on a terminal, and replaces it without asking otherwise.
``backup --scheduled`` (for cron) writes ``dsr-desk-YYYY-MM-DD-HHMM.dsrbackup`` into the backup
folder of the settings; a backup written into that folder (also with ``--out``) is followed
by the rotation: the newest ``keep`` backups of this vault stay, older ones are deleted.
Exit codes: 0 done (or the backup is intact), 2 refused or failed (nothing was changed).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from dsr_desk.cli.context import (
    ENV_PASSPHRASE,
    ENV_RECOVERY_KEY,
    CliContext,
    can_prompt,
    prompt_secret,
)
from dsr_desk.domain.errors import ValidationError
from dsr_desk.messages import _, data_size, ngettext
from dsr_desk.storage.backup import BACKUP_SUFFIX, BackupInfo
from dsr_desk.storage.vault import Unlock, vault_exists


def add_parsers(sub: argparse._SubParsersAction[Any]) -> None:
    backup = sub.add_parser(
        "backup",
        help=_(
            "write an encrypted backup of the vault (--out, or --scheduled into the backup "
            "folder of the settings, with its rotation), or check one (--verify)"
        ),
    )
    what = backup.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help=_("the backup to write (*{suffix})").format(suffix=BACKUP_SUFFIX),
    )
    what.add_argument(
        "--verify", type=Path, metavar="FILE", help=_("check a backup, restoring nothing")
    )
    what.add_argument(
        "--scheduled",
        action="store_true",
        help=_(
            "back up into the backup folder of the settings and delete this vault's backups "
            "there beyond the number kept (for cron)"
        ),
    )
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(handler=cmd_backup)

    restore = sub.add_parser(
        "restore",
        help=_(
            "replace the vault with a backup (recovery key or passphrase needed); "
            "purges made since are applied again"
        ),
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(handler=cmd_restore)


def _print_info(info: BackupInfo, as_json: bool, line: str) -> None:
    if as_json:
        print(json.dumps(info.to_json(), indent=2))
    else:
        print(line)


def _documents(count: int) -> str:
    return ngettext("{count} document", "{count} documents", count).format(count=count)


def cmd_backup(ctx: CliContext, args: argparse.Namespace) -> int:
    from dsr_desk.services import backup as backup_service
    from dsr_desk.services import backup_schedule

    if args.verify is not None:
        info = backup_service.check_backup(args.verify)
        _print_info(
            info,
            args.json,
            f"The backup {info.path} is intact: vault {info.vault_id[:8]}, made on "
            f"{info.created_on}, {_documents(info.documents)}, {data_size(info.size)}.",
        )
        return 0
    with ctx.opened_vault() as vault:
        if args.scheduled:
            done = backup_schedule.scheduled_backup(vault, ctx.uow_for(vault), when_due=False)
            assert done is not None
        else:
            done = backup_schedule.back_up_to(vault, ctx.uow_for(vault), args.out)
    info = done.info
    if args.json:
        answer: dict[str, Any] = dict(info.to_json())
        if done.rotated:  # into the backup folder: what the rotation deleted there
            answer["removed"] = [str(path) for path in done.removed]
        print(json.dumps(answer, indent=2))
        return 0
    written = (
        _(
            "Backup written: {path} ({documents}, {size}). It opens with the vault's recovery "
            "key or its passphrase."
        )
        if info.key_mode == "passphrase"
        else _(
            "Backup written: {path} ({documents}, {size}). It opens with the vault's recovery key."
        )
    )
    print(
        written.format(
            path=info.path, documents=_documents(info.documents), size=data_size(info.size)
        )
    )
    if done.rotated:
        count = len(done.removed)
        print(
            ngettext(
                "Rotation: {count} older backup of this vault deleted from the backup folder.",
                "Rotation: {count} older backups of this vault deleted from the backup folder.",
                count,
            ).format(count=count)
        )
    return 0


def cmd_restore(ctx: CliContext, args: argparse.Namespace) -> int:
    from dsr_desk.services import backup as backup_service

    info = backup_service.check_backup(args.file)  # refused before anything is asked
    if vault_exists(ctx.data_dir) and can_prompt():
        answer = input(
            _(
                "Replace the vault in {data_dir} with the backup of {created_on}? "
                "Everything recorded since is lost. [y/N] "
            ).format(data_dir=ctx.data_dir, created_on=info.created_on)
        )
        if answer.strip().lower() not in {"y", "yes", "o", "oui"}:
            print(_("Nothing was changed."))
            return 2
    outcome = backup_service.restore_backup(
        ctx.data_dir, args.file, _unlock(info), ctx.clock, ctx.user
    )
    if args.json:
        print(
            json.dumps(
                {
                    "restored": info.to_json(),
                    "replaced": outcome.replaced,
                    "documents_purged_again": outcome.documents_purged_again,
                    "records_anonymised_again": outcome.records_anonymised_again,
                    "not_reapplied": list(outcome.not_reapplied),
                },
                indent=2,
            )
        )
        return 0
    print(
        _("Restored the backup of {created_on} into {data_dir}.").format(
            created_on=info.created_on, data_dir=ctx.data_dir
        )
    )
    if outcome.documents_purged_again or outcome.records_anonymised_again:
        records = outcome.records_anonymised_again
        print(
            ngettext(
                "Destroyed since the backup, and destroyed again: {documents}, {count} request "
                "record anonymised.",
                "Destroyed since the backup, and destroyed again: {documents}, {count} request "
                "records anonymised.",
                records,
            ).format(documents=_documents(outcome.documents_purged_again), count=records)
        )
    if outcome.not_reapplied:
        print(
            _(
                "dsr-desk: warning: these requests were anonymised after the backup but are "
                "open in it, so they were not anonymised again: {references}. Close them, then "
                "run `dsr-desk records purge`."
            ).format(references=", ".join(outcome.not_reapplied)),
            file=sys.stderr,
        )
    return 0


def _unlock(info: BackupInfo) -> Unlock:
    recovery_key = os.environ.get(ENV_RECOVERY_KEY)
    if recovery_key is not None:
        return Unlock(recovery_key=recovery_key)
    passphrase = os.environ.get(ENV_PASSPHRASE)
    if passphrase is not None and info.key_mode == "passphrase":
        return Unlock(passphrase=passphrase)
    if not can_prompt():
        where = ENV_RECOVERY_KEY + (
            f" (or the passphrase in {ENV_PASSPHRASE})" if info.key_mode == "passphrase" else ""
        )
        raise ValidationError("Give the backup's recovery key in {where}.", where=where)
    return Unlock(recovery_key=prompt_secret("The backup's recovery key"))
