"""The French wording of the interface, as a French DPO office writes it (``vous``,
straight apostrophes, no space before « : ; ! ? » — as the rest of the app's French texts).
``tools/translations.py`` fills the unfinished messages of ``dsr_desk_fr.ts`` from here:
keys are the English source, or ``(context, source)`` where one context needs other words."""

from __future__ import annotations

FRENCH: dict[object, str] = {}
