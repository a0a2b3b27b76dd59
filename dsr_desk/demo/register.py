"""The demo processing register, written from the seed privacy notices (in our own words)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from dsr_desk.domain.register import ProcessingActivity

# -- demo register ---------------------------------------------------------------------------


def _activities(entries: Iterable[dict[str, str]]) -> list[ProcessingActivity]:
    return [ProcessingActivity(**entry, position=i) for i, entry in enumerate(entries)]


_DSR_HANDLING: Final = {
    "name": "Handling data-protection requests",
    "purpose": (
        "Receive and answer requests to exercise data-protection rights (access, rectification, "
        "erasure, objection, restriction, portability), check the requester's identity when in "
        "doubt and keep evidence of the answer."
    ),
    "legal_basis": "Legal obligation (Art. 6(1)(c); GDPR Art. 12 to 22)",
    "data_categories": (
        "Identity and contact details of the requester; the request and the correspondence; "
        "the identity check (kind of document, last characters of its number) or, when one "
        "is kept, a copy of the identity document."
    ),
    "recipients": (
        "The DPO office; the departments holding the data concerned; the supervisory "
        "authority (CNIL) in case of a complaint."
    ),
    "retention": (
        "Copies of identity documents: 1 year after the answer for access and rectification "
        "requests; 3 years from the last contact for objections (archived, restricted access). "
        "Request files: 5 years after closure (limitation period for claims)."
    ),
}

_DEMO_REGISTERS: Final[dict[str, tuple[dict[str, str], ...]]] = {
    "Groupe Horizon Éducation": (
        {
            "name": "Admissions and applicants",
            "purpose": (
                "Answer requests for brochures and information on programmes, register "
                "applications, organise admission tests and interviews, and tell applicants "
                "the decision."
            ),
            "legal_basis": (
                "Steps taken at the applicant's request before a contract (Art. 6(1)(b))"
            ),
            "data_categories": (
                "Civil status and contact details; previous studies, marks and diplomas; "
                "programme applied for; admission test results and interview assessments."
            ),
            "recipients": (
                "Admissions staff of the school applied to and of the other schools of the "
                "group; processors running the online application platform."
            ),
            "retention": (
                "Applicants who do not enrol: 3 years from the last contact, then deleted. "
                "Applicants who enrol: moved to the student record."
            ),
            "source": (
                "The applicant; national higher-education application platforms; student "
                "fairs and partner schools when the applicant chose to be put in touch."
            ),
        },
        {
            "name": "Enrolment and student records",
            "purpose": (
                "Enrol students and manage their studies: timetables, attendance, marks, "
                "examinations, internships, diplomas and transcripts, tuition agreements."
            ),
            "legal_basis": (
                "Contract (Art. 6(1)(b)); legal obligation for diplomas and records the "
                "education authorities require (Art. 6(1)(c))"
            ),
            "data_categories": (
                "Civil status, photograph, contact details; student number; marks, "
                "attendance, internship agreements; contact details of a parent or "
                "guarantor for minors."
            ),
            "recipients": (
                "Teaching and administrative staff; examination boards; host companies for "
                "internships; accreditation bodies and education authorities where the law "
                "requires it; partner universities for exchanges."
            ),
            "retention": (
                "For the duration of the studies; then archived from 2 years (contract "
                "documents) up to 50 years (diplomas, transcripts and results) depending on "
                "the document."
            ),
            "transfers": (
                "Partner universities and internship hosts outside the EEA for exchanges and "
                "internships abroad: adequacy decision or Standard Contractual Clauses, "
                "otherwise the transfer is necessary for the student's own exchange "
                "agreement (Art. 49(1)(b))."
            ),
        },
        {
            "name": "Digital workspace and e-learning",
            "purpose": (
                "Give students and staff their accounts on the digital workspace, the online "
                "courses and the digital library; keep these services secure."
            ),
            "legal_basis": "Contract (Art. 6(1)(b)); legitimate interest in IT security "
            "(Art. 6(1)(f))",
            "data_categories": (
                "User name and identifiers; course enrolments, submitted work and progress; "
                "connection logs (date, time, IP address, device)."
            ),
            "recipients": (
                "IT department; teachers of the courses followed; the hosting provider and "
                "the learning-platform provider (processors)."
            ),
            "retention": (
                "Accounts: closed 6 months after graduation or departure. Connection logs: "
                "6 months as the CNIL recommends, 3 years at most for security "
                "investigations."
            ),
            "transfers": (
                "The learning-platform provider may give support from outside the EEA: "
                "Standard Contractual Clauses."
            ),
        },
        {
            "name": "Tuition fees, invoicing and collection",
            "purpose": (
                "Invoice tuition and services, collect payments and instalments, recover "
                "unpaid amounts, keep the accounts and answer audits."
            ),
            "legal_basis": (
                "Contract (Art. 6(1)(b)); legal obligation for accounting and tax records "
                "(Art. 6(1)(c))"
            ),
            "data_categories": (
                "Identity and billing address of the student and of the payer (parent, "
                "employer); bank details; invoices, payments and payment incidents."
            ),
            "recipients": (
                "Finance department; banks and payment providers; debt-collection agencies "
                "and legal professionals for unpaid amounts; statutory auditors; tax "
                "authorities on request."
            ),
            "retention": (
                "Invoices and accounting records: 10 years from the end of the financial "
                "year (Commercial Code L.123-22). Contracts concluded online for €120 or "
                "more: 10 years (Consumer Code L.213-1)."
            ),
        },
        {
            "name": "Events, newsletters and promotion of programmes",
            "purpose": (
                "Invite prospective students, students and alumni to open days, webinars and "
                "events; send newsletters and news about programmes; measure interest."
            ),
            "legal_basis": (
                "Consent for e-mail newsletters to private individuals (Art. 6(1)(a)); "
                "legitimate interest for invitations to people already in contact "
                "(Art. 6(1)(f))"
            ),
            "data_categories": (
                "Name, e-mail address, phone number; programmes of interest; event "
                "registrations; clicks on links in our e-mails."
            ),
            "recipients": "Communications department; the e-mailing provider (processor).",
            "retention": (
                "3 years from the last contact (a request for documentation or a click on a "
                "link counts; merely opening an e-mail does not)."
            ),
            "transfers": (
                "E-mailing provider established in the United States: EU-US Data Privacy "
                "Framework adequacy decision, and Standard Contractual Clauses."
            ),
        },
        _DSR_HANDLING,
    ),
    "Formavia": (
        {
            "name": "Registration of individual trainees",
            "purpose": (
                "Register people who enrol in a training course on their own behalf, send "
                "the confirmation, the notice to attend and the statutory training documents."
            ),
            "legal_basis": "Contract for a training action (Art. 6(1)(b); Labour Code L.6313-1)",
            "data_categories": (
                "Surname, first name, e-mail and postal address, phone number; occupation "
                "and employer when given; course chosen; diplomas and skills."
            ),
            "recipients": (
                "Training administration; the trainers of the session, including freelance "
                "trainers (processors); funding bodies when the course is funded."
            ),
            "retention": (
                "For the time needed to run the training, then archived until the legal "
                "limitation periods end (5 years for contractual claims)."
            ),
        },
        {
            "name": "Attendance, certificates and certification",
            "purpose": (
                "Keep attendance sheets, issue attendance and completion certificates, enter "
                "candidates for certifications with partner bodies."
            ),
            "legal_basis": (
                "Contract (Art. 6(1)(b)); legal obligation to prove the training was "
                "delivered (Art. 6(1)(c); Labour Code L.6353-9)"
            ),
            "data_categories": (
                "Identity; sessions attended and signatures; assessment results; "
                "certificates issued."
            ),
            "recipients": (
                "Training administration; certification bodies, universities and schools "
                "awarding the certification; the public bodies that finance and inspect "
                "vocational training."
            ),
            "retention": (
                "Archived until the end of the period in which funding bodies and the "
                "training inspectorate may ask for evidence."
            ),
        },
        {
            "name": "Online learning platform",
            "purpose": (
                "Give trainees access to the e-learning platform and its content, follow their "
                "progress and help them when they are stuck."
            ),
            "legal_basis": "Contract (Art. 6(1)(b))",
            "data_categories": (
                "Login identifiers; modules started and completed, quiz scores, time spent; "
                "connection logs."
            ),
            "recipients": "Learning-support team; the platform provider (processor).",
            "retention": (
                "Account open for the access period bought, then deleted within 1 year; "
                "connection logs 6 months."
            ),
            "transfers": (
                "Platform support partly provided from outside the EEA: Standard Contractual "
                "Clauses (Art. 46(2)(c))."
            ),
        },
        {
            "name": "Meals and disability adjustments",
            "purpose": (
                "Arrange meals for trainees with food allergies and adapt the training for "
                "trainees with a disability."
            ),
            "legal_basis": (
                "Allergies: consent (Art. 6(1)(a)), explicit for health data (Art. 9(2)(a)). "
                "Disability adjustments: legal obligation (Art. 6(1)(c) and 9(2)(b); Labour "
                "Code D.5211-3)"
            ),
            "data_categories": (
                "Food allergies; the adjustment needed (no medical file or diagnosis)."
            ),
            "recipients": (
                "The session organiser and the disability contact person; the caterer, for "
                "allergies only."
            ),
            "retention": "Only for the duration of the training, then deleted.",
        },
        {
            "name": "Training quality and satisfaction",
            "purpose": (
                "Collect trainees' evaluations, measure quality indicators and improve the "
                "courses; produce anonymous statistics."
            ),
            "legal_basis": (
                "Legal obligation of training organisations to monitor quality "
                "(Art. 6(1)(c)); legitimate interest for internal statistics (Art. 6(1)(f))"
            ),
            "data_categories": (
                "Evaluation answers and comments; course and session; trainer assessed."
            ),
            "recipients": "Quality department; the certification auditors of the organisation.",
            "retention": "3 years, then kept only as anonymous statistics.",
        },
        {
            "name": "Client relations and prospecting",
            "purpose": (
                "Manage the contacts of client companies (training, HR and purchasing "
                "departments), send offers, news and invitations, and market studies."
            ),
            "legal_basis": (
                "Legitimate interest in developing the business, unless the person objects "
                "(Art. 6(1)(f)); consent for newsletters to individual customers "
                "(Art. 6(1)(a))"
            ),
            "data_categories": (
                "Surname, first name, job title, professional e-mail, phone and postal "
                "address; orders and exchanges; e-mail preferences."
            ),
            "recipients": (
                "Sales and marketing teams of Formavia and its French subsidiaries; the "
                "e-mailing provider (processor)."
            ),
            "retention": "3 years from the end of the business relationship or last contact.",
            "source": (
                "The person, or a colleague at the client company who passed on the contact."
            ),
            "transfers": "E-mailing provider outside the EEA: Standard Contractual Clauses.",
        },
    ),
    "Formavia Entreprises – Metz": (
        {
            "name": "In-company training for client employers (processor)",
            "purpose": (
                "On behalf of client employers and on their instructions (Art. 28 contract): "
                "register the employees they send, send notices to attend, keep attendance "
                "and return certificates to the employer."
            ),
            "legal_basis": (
                "Processed for the client employer, the controller, whose basis is its "
                "legal obligation to train its employees (Labour Code L.6321-1; "
                "Art. 6(1)(c))"
            ),
            "data_categories": (
                "Employee's surname, first name, professional e-mail, job and department; "
                "sessions attended; assessment results."
            ),
            "recipients": (
                "The client employer (HR or training department); the trainers of the "
                "session; certification bodies when the employer asks for a certification."
            ),
            "retention": (
                "As set in the contract with the client employer; returned or deleted at the "
                "end of the contract, except documents the training organisation must keep."
            ),
            "source": "The client employer (HR or training department).",
        },
        {
            "name": "E-learning accounts for client employees (processor)",
            "purpose": (
                "On behalf of client employers: open platform accounts for their employees, "
                "report progress and completion to the employer."
            ),
            "legal_basis": (
                "Processed for the client employer (controller) under an Art. 28 contract"
            ),
            "data_categories": (
                "Identifiers; modules completed, scores and time spent; connection logs."
            ),
            "recipients": (
                "The client employer; the learning-platform provider (sub-processor "
                "approved by the client)."
            ),
            "retention": "Until the end of the client's contract, then deleted within 3 months.",
            "source": "The client employer.",
            "transfers": (
                "Sub-processor support from outside the EEA: Standard Contractual Clauses "
                "(module 3, processor to processor)."
            ),
        },
        {
            "name": "Client contacts and contracts",
            "purpose": (
                "As controller: manage the contacts at client employers, quotes, agreements "
                "and invoicing of in-company training."
            ),
            "legal_basis": (
                "Legitimate interest in managing client relations (Art. 6(1)(f)); legal "
                "obligation for invoices (Art. 6(1)(c))"
            ),
            "data_categories": (
                "Surname, first name, job title, professional e-mail and phone; quotes, "
                "orders and invoices."
            ),
            "recipients": "Sales and finance teams; statutory auditors.",
            "retention": (
                "3 years after the end of the relationship; invoices 10 years from the end "
                "of the financial year."
            ),
            "source": "The client company.",
        },
        {
            "name": "Data-protection requests about client employees",
            "purpose": (
                "As processor: pass requests from client employees on to their employer (the "
                "controller) without delay, tell the requester so, and help the employer "
                "answer (Art. 28(3)(e))."
            ),
            "legal_basis": (
                "Legal obligation to assist the controller (Art. 6(1)(c); Art. 28(3)(e))"
            ),
            "data_categories": (
                "Identity and contact details of the requester; the request; the date it was "
                "forwarded and to whom."
            ),
            "recipients": "The client employer (controller); the DPO office.",
            "retention": "5 years after the request was forwarded.",
        },
    ),
}


def demo_register(entity_name: str) -> list[ProcessingActivity]:
    """A realistic register for a demo entity (new objects each call); empty for other names.
    Modelled on the privacy notices of a group of private schools and of a training company
    that is sometimes controller and sometimes processor."""
    entries = _DEMO_REGISTERS.get(entity_name)
    return _activities(entries or ())
