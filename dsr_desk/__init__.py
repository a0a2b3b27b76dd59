"""DSR Desk: handle GDPR data-subject requests on a DPO office workstation, encrypted at rest."""

__version__ = "0.1.0"
APP_NAME = "DSR Desk"
