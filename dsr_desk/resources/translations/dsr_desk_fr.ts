<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AskInformationDialog</name>
    <message>
        <source>The deadline ({due}) has passed: asking now cannot suspend it. If you asked the requester on or before {last}, record that ask with its date and say why it is recorded only now (kept with the request and audited, with the date stated and today's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the ask is recorded only now, e.g. asked by phone, note filed late…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded late because:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the ask is recorded only now: it is kept and audited.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttestationDialog</name>
    <message>
        <source>Records attestation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A PDF counting the request records anonymised in the period, per entity and month, from the audit log. It holds no reference and no personal data.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DSR Desk backups (*{suffix})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its recovery key or its passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup written: {path}. Keep it away from this computer; it opens with {opens_with}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup cancelled: no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purge date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retention rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymise on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What stays</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Records attestation saved to {path}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <source> year(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> working day(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> month(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Answering&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'Without delay' means</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flag as on hold too long after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A marketing opt-out is acted on without delay (Art. 21(3)): its due date is this many working days after the receipt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A request waiting for the requester (ID, clarification, fee) longer than this is flagged in the register, and its closure for lack of reply is proposed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Keeping request records&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymise after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the final answer (5 years: the civil limitation period, art. 2224 of the Code civil). An upheld objection or opt-out is counted from the last contact and keeps a minimal suppression entry.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>%1 — unexpected error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong (%1). What you saved before is safe: each change is saved whole or not at all. You can go on working; if it happens again, copy the details and send them to your IT support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The details are also in the log file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyChangeDialog</name>
    <message>
        <source>Change passphrase or key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also rotate the key: old copies of vault.json stop opening the vault, and a new recovery key replaces the current one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new key replaces the vault key in this computer's keyring: old copies of vault.json stop opening the vault, and a new recovery key replaces the current one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your NEW recovery key. The current one stops working once the key is rotated: write this one down or print it now, and keep it locked away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I have stored the new recovery key safely</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a new passphrase, or rotate the key, or both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate the key now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault key was rotated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotating the vault key: the database is re-encrypted, then each document's key is re-wrapped…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marketing opt-out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automated decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Kept in the request's file as sent on {day} ({channel}).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requesters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents &amp; retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a request file to print its letters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewRequestFields</name>
    <message>
        <source>the person concerned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a representative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a parent or guardian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an heir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who wrote: the person the request concerns, or someone acting for them (a mandate or proof of capacity is needed before anything is disclosed). An heir may only have the death taken into account, the data updated, the accounts closed or further processing stopped (art. 85 II loi Informatique et Libertés).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other rights asked in the same message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other rights asked in the same message: each is logged as a request of its own, linked to this one, and they can be answered in one letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the person the request concerns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also as&amp;ked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made &amp;by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On behalf &amp;of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enter the name of the person the request concerns</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesTab</name>
    <message>
        <source>Change passphrase or key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate the key…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordsSection</name>
    <message>
        <source>Anonymise due records…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase the personal data of every request record whose retention ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records attestation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a PDF counting the records anonymised in a period, per entity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No request record is due for anonymisation in the next 12 months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request records are anonymised when the entity's period ends (5 years after closure by default: the civil limitation period, art. 2224 of the Code civil). An upheld objection or opt-out is counted from the last contact and keeps a minimal suppression entry while it stands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request records (next 12 months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{records} due for anonymisation now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No request record is due for anonymisation now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · {count} more in the next 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymise due request records?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymising {records}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the records attestation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>1 request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search reference, name or e-mail   (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On hold too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the requester for longer than the entity's setting: close them for lack of reply?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All entities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only requests assigned to {user}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>{blocker} If it was done on or before {day}, you can still record it with that date and the reason it is recorded only now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the request as being worked on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record how the requester's identity was checked (no copy kept).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the requester for ID or clarification: the deadline waits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The awaited information arrived: the deadline restarts or resumes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two further months, with reasons (until {due}); tell the requester by {notice}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record that the final answer was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refuse with reasons (Art. 12(4)).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This entity is a processor: forward the request to the controller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record how the request ended: the outcomes its right allows (partly granted, no data held, withdrawn, closed for lack of reply, excessive…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the requester for longer than the entity's setting: close the request for lack of reply, then send the closure letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write, preview, print and record the letters of this request (Ctrl+P).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the requester's data (JSON, CSV, HTML overview, manifest) as a zip.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the requester's data (JSON, CSV, HTML overview, manifest) as a zip — identity not verified: a reason is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start processing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record identity check…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask for ID / clarification…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Information received…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extend…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refuse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forward to controller…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close for lack of reply…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RequestDocuments</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{kind} (purged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a file to open it (watermarked copy).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file attached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep a file (ID copy, letter, e-mail...) encrypted here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a note for the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file was purged (its key destroyed): it can no longer be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the selected file (watermarked copy; the viewing is audited).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This {kind} document was purged under the retention rules: its key was destroyed, so it can no longer be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach a file to {reference}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is {name}?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RequestSections</name>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forwarded to controller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>controller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>processor, acting for a client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A representative, on behalf of {subject}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A parent or guardian, on behalf of {subject}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An heir of {subject} (art. 85 II loi Informatique et Libertés)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The person concerned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{reference} ({type}, {status})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requester and entity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked in the same message: they may be answered in one letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requester:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked requests:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extension notice by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extension:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the due date is computed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspensions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>awaited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None: the deadline has never been on hold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No. ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline (newest first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No event recorded (a request added in bulk, e.g. demo data, starts without one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{type} request from {requester} · received {received} by {channel}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due {weekday} {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed on {date} ({status}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On hold since {date}, waiting for the requester: the deadline is suspended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OVERDUE — 1 day late.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OVERDUE — {n} days late.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 day left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} days left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ Verified on {date} by {user}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not verified: the checks recorded did not confirm it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not verified yet: no identity check recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ Mandate or proof of capacity in the file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RequestTable</name>
    <message>
        <source>OVERDUE · {status}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due soon · {status}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{status} (on hold)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{status} (extended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} late</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup of {day}: {documents}, {size}.
It replaces the vault in {folder}: everything recorded after {day} is lost. Purges and anonymisations made since are applied again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With its recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With the passphrase it had</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup is of a vault that opened with its computer's keyring: its recovery key opens it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key or passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreJob</name>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored the backup of {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destroyed since the backup, and destroyed again: {documents}, {records}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 document purged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} documents purged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 record anonymised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} records anonymised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore cancelled: nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Request registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Processing started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline extended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Information asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Information received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded late (dated earlier)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity check recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disclosure despite unverified identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived record consulted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data bundle exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due date recomputed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document viewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decrypted copy saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document purged (key destroyed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record anonymised (retention period ended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{type} request by {channel}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>received {received_on}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due {due_on}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new due date {new_due_on}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reasons: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on {closed_on}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{kind} asked on {asked_on}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>policy {policy}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{kind} on {received_on}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due date now {due_on}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{method}: {outcome}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{document_kind}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by {checked_by} on {checked_on}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{late_action} dated {stated_on}, recorded on {recorded_on}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why late: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{files} files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>password-protected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>manifest SHA-256 {manifest_sha256}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due {due_on} (was {previous_due_on})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forwarded to the controller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} KB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>extended on {on} to {due} — reasons: {reasons}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not extended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this right allows no extension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{date} — passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not extended; it is too late to extend now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not extended; if extended, due {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{date} — today is the last day to extend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{date} (1 day left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{date} ({n} days left)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>The new language will be used the next time you start DSR Desk.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Upcoming</name>
    <message>
        <source>{n} late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VaultRefusedDialog</name>
    <message>
        <source>{app}: the vault was refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The register cannot be opened safely</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed. What you can do:
• Restore the whole data folder from your latest backup: the database (dsr-desk.db), vault.json and audit-anchor.json together.
• If the database file was only moved or renamed, put it back in the data folder as dsr-desk.db.
• Then check the register with `dsr-desk audit verify`.
• Do not create a new vault in this folder: keep it as it is for whoever looks into what happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit {app}</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
