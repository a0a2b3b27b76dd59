"""The demo entities: three invented organisations shaped like the seed notices."""

from __future__ import annotations

from dsr_desk.domain.deadlines import SuspensionPolicy
from dsr_desk.domain.entities import Entity, Role

__all__ = ["demo_entities"]


def demo_entities() -> list[Entity]:
    """Three invented entities shaped like the seed notices: a group of private schools
    (controller), a training company acting as controller for its own customers, and its
    intra-company branch in Moselle acting as processor for client employers."""
    return [
        Entity(
            name="Groupe Horizon Éducation",
            address="Horizon Éducation SAS\n18, quai de Javel\n75015 Paris",
            dpo_contact=(
                "Délégué à la protection des données – Service DPO\n"
                "Horizon Éducation, 18, quai de Javel, 75015 Paris\n"
                "dpo@horizon-education.fr"
            ),
            country="FR",
            role=Role.CONTROLLER,
            suspension_policy=SuspensionPolicy.RESTART,
            retention_access_years=1,
            retention_objection_years=3,
            retention_other_years=1,
        ),
        Entity(
            name="Formavia",
            address="Formavia SA\n7, rue Marcel-Sembat\n92130 Issy-les-Moulineaux",
            dpo_contact=(
                "DPO – Direction des systèmes d'information\n"
                "Formavia, 7, rue Marcel-Sembat, 92130 Issy-les-Moulineaux\n"
                "donnees-personnelles@formavia.fr"
            ),
            country="FR",
            role=Role.CONTROLLER,
            suspension_policy=SuspensionPolicy.PAUSE,
            retention_access_years=1,
            retention_objection_years=3,
            retention_other_years=2,
        ),
        Entity(
            name="Formavia Entreprises – Metz",
            address="Formavia Entreprises\n4, rue des Clercs\n57000 Metz",
            dpo_contact=(
                "DPO – Formavia Entreprises\n"
                "4, rue des Clercs, 57000 Metz\n"
                "dpo-entreprises@formavia.fr"
            ),
            country="FR",
            subdivision="57",
            role=Role.PROCESSOR,
            suspension_policy=SuspensionPolicy.PAUSE,
            retention_access_years=1,
            retention_objection_years=3,
            retention_other_years=1,
            minimisation=True,
        ),
    ]
