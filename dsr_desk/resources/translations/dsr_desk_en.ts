<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AskInformationDialog</name>
    <message>
        <source>The deadline ({due}) has passed: asking now cannot suspend it. If you asked the requester on or before {last}, record that ask with its date and say why it is recorded only now (kept with the request and audited, with the date stated and today's).</source>
        <translation>The deadline ({due}) has passed: asking now cannot suspend it. If you asked the requester on or before {last}, record that ask with its date and say why it is recorded only now (kept with the request and audited, with the date stated and today's).</translation>
    </message>
    <message>
        <source>Why the ask is recorded only now, e.g. asked by phone, note filed late…</source>
        <translation>Why the ask is recorded only now, e.g. asked by phone, note filed late…</translation>
    </message>
    <message>
        <source>Recorded late because:</source>
        <translation>Recorded late because:</translation>
    </message>
    <message>
        <source>Say why the ask is recorded only now: it is kept and audited.</source>
        <translation>Say why the ask is recorded only now: it is kept and audited.</translation>
    </message>
</context>
<context>
    <name>AttestationDialog</name>
    <message>
        <source>Records attestation</source>
        <translation>Records attestation</translation>
    </message>
    <message>
        <source>A PDF counting the request records anonymised in the period, per entity and month, from the audit log. It holds no reference and no personal data.</source>
        <translation>A PDF counting the request records anonymised in the period, per entity and month, from the audit log. It holds no reference and no personal data.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up the vault</source>
        <translation>Back up the vault</translation>
    </message>
    <message>
        <source>DSR Desk backups (*{suffix})</source>
        <translation>DSR Desk backups (*{suffix})</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Backing up the vault…</translation>
    </message>
    <message>
        <source>its recovery key or its passphrase</source>
        <translation>its recovery key or its passphrase</translation>
    </message>
    <message>
        <source>its recovery key</source>
        <translation>its recovery key</translation>
    </message>
    <message>
        <source>Backup written: {path}. Keep it away from this computer; it opens with {opens_with}.</source>
        <translation>Backup written: {path}. Keep it away from this computer; it opens with {opens_with}.</translation>
    </message>
    <message>
        <source>Backup cancelled: no file was written.</source>
        <translation>Backup cancelled: no file was written.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Purge date</source>
        <translation>Purge date</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Retention rule</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Last received</translation>
    </message>
    <message>
        <source>Anonymise on</source>
        <translation>Anonymise on</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>What stays</source>
        <translation>What stays</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Records attestation saved to {path}.</source>
        <translation>Records attestation saved to {path}.</translation>
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <source> year(s)</source>
        <translation> year(s)</translation>
    </message>
    <message>
        <source> working day(s)</source>
        <translation> working day(s)</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> month(s)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answering&lt;/b&gt;</source>
        <translation>&lt;b&gt;Answering&lt;/b&gt;</translation>
    </message>
    <message>
        <source>'Without delay' means</source>
        <translation>'Without delay' means</translation>
    </message>
    <message>
        <source>Flag as on hold too long after</source>
        <translation>Flag as on hold too long after</translation>
    </message>
    <message>
        <source>A marketing opt-out is acted on without delay (Art. 21(3)): its due date is this many working days after the receipt.</source>
        <translation>A marketing opt-out is acted on without delay (Art. 21(3)): its due date is this many working days after the receipt.</translation>
    </message>
    <message>
        <source>A request waiting for the requester (ID, clarification, fee) longer than this is flagged in the register, and its closure for lack of reply is proposed.</source>
        <translation>A request waiting for the requester (ID, clarification, fee) longer than this is flagged in the register, and its closure for lack of reply is proposed.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keeping request records&lt;/b&gt;</source>
        <translation>&lt;b&gt;Keeping request records&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Anonymise after</source>
        <translation>Anonymise after</translation>
    </message>
    <message>
        <source>From the final answer (5 years: the civil limitation period, art. 2224 of the Code civil). An upheld objection or opt-out is counted from the last contact and keeps a minimal suppression entry.</source>
        <translation>From the final answer (5 years: the civil limitation period, art. 2224 of the Code civil). An upheld objection or opt-out is counted from the last contact and keeps a minimal suppression entry.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>%1 — unexpected error</source>
        <translation>%1 — unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong (%1). What you saved before is safe: each change is saved whole or not at all. You can go on working; if it happens again, copy the details and send them to your IT support.</source>
        <translation>Something went wrong (%1). What you saved before is safe: each change is saved whole or not at all. You can go on working; if it happens again, copy the details and send them to your IT support.</translation>
    </message>
    <message>
        <source>The details are also in the log file: %1</source>
        <translation>The details are also in the log file: %1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>KeyChangeDialog</name>
    <message>
        <source>Change passphrase or key</source>
        <translation>Change passphrase or key</translation>
    </message>
    <message>
        <source>Rotate the key</source>
        <translation>Rotate the key</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Choose a new passphrase</translation>
    </message>
    <message>
        <source>Also rotate the key: old copies of vault.json stop opening the vault, and a new recovery key replaces the current one</source>
        <translation>Also rotate the key: old copies of vault.json stop opening the vault, and a new recovery key replaces the current one</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>A new key replaces the vault key in this computer's keyring: old copies of vault.json stop opening the vault, and a new recovery key replaces the current one.</source>
        <translation>A new key replaces the vault key in this computer's keyring: old copies of vault.json stop opening the vault, and a new recovery key replaces the current one.</translation>
    </message>
    <message>
        <source>Your NEW recovery key. The current one stops working once the key is rotated: write this one down or print it now, and keep it locked away.</source>
        <translation>Your NEW recovery key. The current one stops working once the key is rotated: write this one down or print it now, and keep it locked away.</translation>
    </message>
    <message>
        <source>I have stored the new recovery key safely</source>
        <translation>I have stored the new recovery key safely</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Enter the current passphrase.</translation>
    </message>
    <message>
        <source>Choose a new passphrase, or rotate the key, or both.</source>
        <translation>Choose a new passphrase, or rotate the key, or both.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Rotate the key now</source>
        <translation>Rotate the key now</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changing the passphrase…</translation>
    </message>
    <message>
        <source>The vault key was rotated.</source>
        <translation>The vault key was rotated.</translation>
    </message>
    <message>
        <source>Rotating the vault key: the database is re-encrypted, then each document's key is re-wrapped…</source>
        <translation>Rotating the vault key: the database is re-encrypted, then each document's key is re-wrapped…</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Portability</translation>
    </message>
    <message>
        <source>Marketing opt-out</source>
        <translation>Marketing opt-out</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Consent withdrawal</translation>
    </message>
    <message>
        <source>Automated decision</source>
        <translation>Automated decision</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Awaiting information</source>
        <translation>Awaiting information</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Kept in the request's file as sent on {day} ({channel}).</source>
        <translation>Kept in the request's file as sent on {day} ({channel}).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Requesters</source>
        <translation>Requesters</translation>
    </message>
    <message>
        <source>Documents &amp; retention</source>
        <translation>Documents &amp; retention</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Open a request file to print its letters.</source>
        <translation>Open a request file to print its letters.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>NewRequestFields</name>
    <message>
        <source>the person concerned</source>
        <translation>the person concerned</translation>
    </message>
    <message>
        <source>a representative</source>
        <translation>a representative</translation>
    </message>
    <message>
        <source>a parent or guardian</source>
        <translation>a parent or guardian</translation>
    </message>
    <message>
        <source>an heir</source>
        <translation>an heir</translation>
    </message>
    <message>
        <source>Who wrote: the person the request concerns, or someone acting for them (a mandate or proof of capacity is needed before anything is disclosed). An heir may only have the death taken into account, the data updated, the accounts closed or further processing stopped (art. 85 II loi Informatique et Libertés).</source>
        <translation>Who wrote: the person the request concerns, or someone acting for them (a mandate or proof of capacity is needed before anything is disclosed). An heir may only have the death taken into account, the data updated, the accounts closed or further processing stopped (art. 85 II loi Informatique et Libertés).</translation>
    </message>
    <message>
        <source>Other rights asked in the same message</source>
        <translation>Other rights asked in the same message</translation>
    </message>
    <message>
        <source>Other rights asked in the same message: each is logged as a request of its own, linked to this one, and they can be answered in one letter.</source>
        <translation>Other rights asked in the same message: each is logged as a request of its own, linked to this one, and they can be answered in one letter.</translation>
    </message>
    <message>
        <source>Name of the person the request concerns</source>
        <translation>Name of the person the request concerns</translation>
    </message>
    <message>
        <source>Also as&amp;ked</source>
        <translation>Also as&amp;ked</translation>
    </message>
    <message>
        <source>Made &amp;by</source>
        <translation>Made &amp;by</translation>
    </message>
    <message>
        <source>On behalf &amp;of</source>
        <translation>On behalf &amp;of</translation>
    </message>
    <message>
        <source>Nothing else</source>
        <translation>Nothing else</translation>
    </message>
    <message>
        <source>enter the name of the person the request concerns</source>
        <translation>enter the name of the person the request concerns</translation>
    </message>
</context>
<context>
    <name>PreferencesTab</name>
    <message>
        <source>Change passphrase or key…</source>
        <translation>Change passphrase or key…</translation>
    </message>
    <message>
        <source>Rotate the key…</source>
        <translation>Rotate the key…</translation>
    </message>
</context>
<context>
    <name>RecordsSection</name>
    <message>
        <source>Anonymise due records…</source>
        <translation>Anonymise due records…</translation>
    </message>
    <message>
        <source>Erase the personal data of every request record whose retention ended.</source>
        <translation>Erase the personal data of every request record whose retention ended.</translation>
    </message>
    <message>
        <source>Records attestation…</source>
        <translation>Records attestation…</translation>
    </message>
    <message>
        <source>Save a PDF counting the records anonymised in a period, per entity.</source>
        <translation>Save a PDF counting the records anonymised in a period, per entity.</translation>
    </message>
    <message>
        <source>No request record is due for anonymisation in the next 12 months.</source>
        <translation>No request record is due for anonymisation in the next 12 months.</translation>
    </message>
    <message>
        <source>Request records are anonymised when the entity's period ends (5 years after closure by default: the civil limitation period, art. 2224 of the Code civil). An upheld objection or opt-out is counted from the last contact and keeps a minimal suppression entry while it stands.</source>
        <translation>Request records are anonymised when the entity's period ends (5 years after closure by default: the civil limitation period, art. 2224 of the Code civil). An upheld objection or opt-out is counted from the last contact and keeps a minimal suppression entry while it stands.</translation>
    </message>
    <message>
        <source>Request records (next 12 months)</source>
        <translation>Request records (next 12 months)</translation>
    </message>
    <message>
        <source>{records} due for anonymisation now</source>
        <translation>{records} due for anonymisation now</translation>
    </message>
    <message>
        <source>No request record is due for anonymisation now</source>
        <translation>No request record is due for anonymisation now</translation>
    </message>
    <message>
        <source> · {count} more in the next 12 months</source>
        <translation> · {count} more in the next 12 months</translation>
    </message>
    <message>
        <source>Anonymise due request records?</source>
        <translation>Anonymise due request records?</translation>
    </message>
    <message>
        <source>Anonymising {records}…</source>
        <translation>Anonymising {records}…</translation>
    </message>
    <message>
        <source>Save the records attestation</source>
        <translation>Save the records attestation</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>1 request</source>
        <translation>1 request</translation>
    </message>
    <message>
        <source>{n} requests</source>
        <translation>{n} requests</translation>
    </message>
    <message>
        <source>Search reference, name or e-mail   (Ctrl+F)</source>
        <translation>Search reference, name or e-mail   (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>Awaiting identity</source>
        <translation>Awaiting identity</translation>
    </message>
    <message>
        <source>On hold too long</source>
        <translation>On hold too long</translation>
    </message>
    <message>
        <source>Waiting for the requester for longer than the entity's setting: close them for lack of reply?</source>
        <translation>Waiting for the requester for longer than the entity's setting: close them for lack of reply?</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>All entities</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Only requests assigned to {user}</source>
        <translation>Only requests assigned to {user}</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>{blocker} If it was done on or before {day}, you can still record it with that date and the reason it is recorded only now.</source>
        <translation>{blocker} If it was done on or before {day}, you can still record it with that date and the reason it is recorded only now.</translation>
    </message>
    <message>
        <source>Mark the request as being worked on.</source>
        <translation>Mark the request as being worked on.</translation>
    </message>
    <message>
        <source>Record how the requester's identity was checked (no copy kept).</source>
        <translation>Record how the requester's identity was checked (no copy kept).</translation>
    </message>
    <message>
        <source>Ask the requester for ID or clarification: the deadline waits.</source>
        <translation>Ask the requester for ID or clarification: the deadline waits.</translation>
    </message>
    <message>
        <source>The awaited information arrived: the deadline restarts or resumes.</source>
        <translation>The awaited information arrived: the deadline restarts or resumes.</translation>
    </message>
    <message>
        <source>Two further months, with reasons (until {due}); tell the requester by {notice}.</source>
        <translation>Two further months, with reasons (until {due}); tell the requester by {notice}.</translation>
    </message>
    <message>
        <source>Record that the final answer was sent.</source>
        <translation>Record that the final answer was sent.</translation>
    </message>
    <message>
        <source>Refuse with reasons (Art. 12(4)).</source>
        <translation>Refuse with reasons (Art. 12(4)).</translation>
    </message>
    <message>
        <source>This entity is a processor: forward the request to the controller.</source>
        <translation>This entity is a processor: forward the request to the controller.</translation>
    </message>
    <message>
        <source>Record how the request ended: the outcomes its right allows (partly granted, no data held, withdrawn, closed for lack of reply, excessive…).</source>
        <translation>Record how the request ended: the outcomes its right allows (partly granted, no data held, withdrawn, closed for lack of reply, excessive…).</translation>
    </message>
    <message>
        <source>Waiting for the requester for longer than the entity's setting: close the request for lack of reply, then send the closure letter.</source>
        <translation>Waiting for the requester for longer than the entity's setting: close the request for lack of reply, then send the closure letter.</translation>
    </message>
    <message>
        <source>Write, preview, print and record the letters of this request (Ctrl+P).</source>
        <translation>Write, preview, print and record the letters of this request (Ctrl+P).</translation>
    </message>
    <message>
        <source>Export the requester's data (JSON, CSV, HTML overview, manifest) as a zip.</source>
        <translation>Export the requester's data (JSON, CSV, HTML overview, manifest) as a zip.</translation>
    </message>
    <message>
        <source>Export the requester's data (JSON, CSV, HTML overview, manifest) as a zip — identity not verified: a reason is required.</source>
        <translation>Export the requester's data (JSON, CSV, HTML overview, manifest) as a zip — identity not verified: a reason is required.</translation>
    </message>
    <message>
        <source>Start processing</source>
        <translation>Start processing</translation>
    </message>
    <message>
        <source>Record identity check…</source>
        <translation>Record identity check…</translation>
    </message>
    <message>
        <source>Ask for ID / clarification…</source>
        <translation>Ask for ID / clarification…</translation>
    </message>
    <message>
        <source>Information received…</source>
        <translation>Information received…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Letters…</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Export data…</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Complete…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <source>Forward to controller…</source>
        <translation>Forward to controller…</translation>
    </message>
    <message>
        <source>Close for lack of reply…</source>
        <translation>Close for lack of reply…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
</context>
<context>
    <name>RequestDocuments</name>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>{kind} (purged)</source>
        <translation>{kind} (purged)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Double-click a file to open it (watermarked copy).</source>
        <translation>Double-click a file to open it (watermarked copy).</translation>
    </message>
    <message>
        <source>No file attached.</source>
        <translation>No file attached.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>Keep a file (ID copy, letter, e-mail...) encrypted here.</source>
        <translation>Keep a file (ID copy, letter, e-mail...) encrypted here.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <source>Write a note for the file…</source>
        <translation>Write a note for the file…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>This file was purged (its key destroyed): it can no longer be opened.</source>
        <translation>This file was purged (its key destroyed): it can no longer be opened.</translation>
    </message>
    <message>
        <source>Open the selected file (watermarked copy; the viewing is audited).</source>
        <translation>Open the selected file (watermarked copy; the viewing is audited).</translation>
    </message>
    <message>
        <source>This {kind} document was purged under the retention rules: its key was destroyed, so it can no longer be opened.</source>
        <translation>This {kind} document was purged under the retention rules: its key was destroyed, so it can no longer be opened.</translation>
    </message>
    <message>
        <source>Attach a file to {reference}</source>
        <translation>Attach a file to {reference}</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>What is {name}?</source>
        <translation>What is {name}?</translation>
    </message>
</context>
<context>
    <name>RequestSections</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Awaiting information</source>
        <translation>Awaiting information</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Forwarded to controller</source>
        <translation>Forwarded to controller</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>controller</translation>
    </message>
    <message>
        <source>processor, acting for a client</source>
        <translation>processor, acting for a client</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>A representative, on behalf of {subject}</source>
        <translation>A representative, on behalf of {subject}</translation>
    </message>
    <message>
        <source>A parent or guardian, on behalf of {subject}</source>
        <translation>A parent or guardian, on behalf of {subject}</translation>
    </message>
    <message>
        <source>An heir of {subject} (art. 85 II loi Informatique et Libertés)</source>
        <translation>An heir of {subject} (art. 85 II loi Informatique et Libertés)</translation>
    </message>
    <message>
        <source>The person concerned</source>
        <translation>The person concerned</translation>
    </message>
    <message>
        <source>{reference} ({type}, {status})</source>
        <translation>{reference} ({type}, {status})</translation>
    </message>
    <message>
        <source>Requester and entity</source>
        <translation>Requester and entity</translation>
    </message>
    <message>
        <source>Asked in the same message: they may be answered in one letter.</source>
        <translation>Asked in the same message: they may be answered in one letter.</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Requester:</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>Made by:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Postal address:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>Entity:</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Assigned to:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Request:</translation>
    </message>
    <message>
        <source>Linked requests:</source>
        <translation>Linked requests:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Extension notice by:</source>
        <translation>Extension notice by:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Extension:</translation>
    </message>
    <message>
        <source>How the due date is computed</source>
        <translation>How the due date is computed</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Suspensions</translation>
    </message>
    <message>
        <source>awaited</source>
        <translation>awaited</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>None: the deadline has never been on hold.</source>
        <translation>None: the deadline has never been on hold.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>No. ends</source>
        <translation>No. ends</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Timeline (newest first)</source>
        <translation>Timeline (newest first)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No event recorded (a request added in bulk, e.g. demo data, starts without one).</source>
        <translation>No event recorded (a request added in bulk, e.g. demo data, starts without one).</translation>
    </message>
    <message>
        <source>{type} request from {requester} · received {received} by {channel}</source>
        <translation>{type} request from {requester} · received {received} by {channel}</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Due {weekday} {date}</source>
        <translation>Due {weekday} {date}</translation>
    </message>
    <message>
        <source>Closed on {date} ({status}).</source>
        <translation>Closed on {date} ({status}).</translation>
    </message>
    <message>
        <source>On hold since {date}, waiting for the requester: the deadline is suspended.</source>
        <translation>On hold since {date}, waiting for the requester: the deadline is suspended.</translation>
    </message>
    <message>
        <source>OVERDUE — 1 day late.</source>
        <translation>OVERDUE — 1 day late.</translation>
    </message>
    <message>
        <source>OVERDUE — {n} days late.</source>
        <translation>OVERDUE — {n} days late.</translation>
    </message>
    <message>
        <source>Due today.</source>
        <translation>Due today.</translation>
    </message>
    <message>
        <source>1 day left.</source>
        <translation>1 day left.</translation>
    </message>
    <message>
        <source>{n} days left.</source>
        <translation>{n} days left.</translation>
    </message>
    <message>
        <source>✔ Verified on {date} by {user}.</source>
        <translation>✔ Verified on {date} by {user}.</translation>
    </message>
    <message>
        <source>Not verified: the checks recorded did not confirm it.</source>
        <translation>Not verified: the checks recorded did not confirm it.</translation>
    </message>
    <message>
        <source>Not verified yet: no identity check recorded.</source>
        <translation>Not verified yet: no identity check recorded.</translation>
    </message>
    <message>
        <source>✔ Mandate or proof of capacity in the file.</source>
        <translation>✔ Mandate or proof of capacity in the file.</translation>
    </message>
</context>
<context>
    <name>RequestTable</name>
    <message>
        <source>OVERDUE · {status}</source>
        <translation>OVERDUE · {status}</translation>
    </message>
    <message>
        <source>Due soon · {status}</source>
        <translation>Due soon · {status}</translation>
    </message>
    <message>
        <source>{status} (on hold)</source>
        <translation>{status} (on hold)</translation>
    </message>
    <message>
        <source>{status} (extended)</source>
        <translation>{status} (extended)</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>on hold</translation>
    </message>
    <message>
        <source>{n} late</source>
        <translation>{n} late</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Backup of {day}: {documents}, {size}.
It replaces the vault in {folder}: everything recorded after {day} is lost. Purges and anonymisations made since are applied again.</source>
        <translation>Backup of {day}: {documents}, {size}.
It replaces the vault in {folder}: everything recorded after {day} is lost. Purges and anonymisations made since are applied again.</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 document</translation>
    </message>
    <message>
        <source>{count} documents</source>
        <translation>{count} documents</translation>
    </message>
    <message>
        <source>With its recovery key</source>
        <translation>With its recovery key</translation>
    </message>
    <message>
        <source>With the passphrase it had</source>
        <translation>With the passphrase it had</translation>
    </message>
    <message>
        <source>This backup is of a vault that opened with its computer's keyring: its recovery key opens it.</source>
        <translation>This backup is of a vault that opened with its computer's keyring: its recovery key opens it.</translation>
    </message>
    <message>
        <source>Recovery key or passphrase</source>
        <translation>Recovery key or passphrase</translation>
    </message>
    <message>
        <source>Replace the vault</source>
        <translation>Replace the vault</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Type the passphrase.</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Type the recovery key.</translation>
    </message>
</context>
<context>
    <name>RestoreJob</name>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Cancelling… nothing will be changed.</translation>
    </message>
    <message>
        <source>Restored the backup of {day}.</source>
        <translation>Restored the backup of {day}.</translation>
    </message>
    <message>
        <source>Destroyed since the backup, and destroyed again: {documents}, {records}.</source>
        <translation>Destroyed since the backup, and destroyed again: {documents}, {records}.</translation>
    </message>
    <message>
        <source>1 document purged</source>
        <translation>1 document purged</translation>
    </message>
    <message>
        <source>{count} documents purged</source>
        <translation>{count} documents purged</translation>
    </message>
    <message>
        <source>1 record anonymised</source>
        <translation>1 record anonymised</translation>
    </message>
    <message>
        <source>{count} records anonymised</source>
        <translation>{count} records anonymised</translation>
    </message>
    <message>
        <source>Restore cancelled: nothing was changed.</source>
        <translation>Restore cancelled: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Request registered</source>
        <translation>Request registered</translation>
    </message>
    <message>
        <source>Processing started</source>
        <translation>Processing started</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Deadline extended</translation>
    </message>
    <message>
        <source>Information asked</source>
        <translation>Information asked</translation>
    </message>
    <message>
        <source>Information received</source>
        <translation>Information received</translation>
    </message>
    <message>
        <source>Recorded late (dated earlier)</source>
        <translation>Recorded late (dated earlier)</translation>
    </message>
    <message>
        <source>Identity check recorded</source>
        <translation>Identity check recorded</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Note added</translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation>Document attached</translation>
    </message>
    <message>
        <source>Disclosure despite unverified identity</source>
        <translation>Disclosure despite unverified identity</translation>
    </message>
    <message>
        <source>Archived record consulted</source>
        <translation>Archived record consulted</translation>
    </message>
    <message>
        <source>Data bundle exported</source>
        <translation>Data bundle exported</translation>
    </message>
    <message>
        <source>Due date recomputed</source>
        <translation>Due date recomputed</translation>
    </message>
    <message>
        <source>Document viewed</source>
        <translation>Document viewed</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>Document printed</translation>
    </message>
    <message>
        <source>Decrypted copy saved</source>
        <translation>Decrypted copy saved</translation>
    </message>
    <message>
        <source>Document purged (key destroyed)</source>
        <translation>Document purged (key destroyed)</translation>
    </message>
    <message>
        <source>Record anonymised (retention period ended)</source>
        <translation>Record anonymised (retention period ended)</translation>
    </message>
    <message>
        <source>Letter written</source>
        <translation>Letter written</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <source>{type} request by {channel}</source>
        <translation>{type} request by {channel}</translation>
    </message>
    <message>
        <source>received {received_on}</source>
        <translation>received {received_on}</translation>
    </message>
    <message>
        <source>due {due_on}</source>
        <translation>due {due_on}</translation>
    </message>
    <message>
        <source>new due date {new_due_on}</source>
        <translation>new due date {new_due_on}</translation>
    </message>
    <message>
        <source>reasons: {reason}</source>
        <translation>reasons: {reason}</translation>
    </message>
    <message>
        <source>on {closed_on}</source>
        <translation>on {closed_on}</translation>
    </message>
    <message>
        <source>{kind} asked on {asked_on}</source>
        <translation>{kind} asked on {asked_on}</translation>
    </message>
    <message>
        <source>policy {policy}</source>
        <translation>policy {policy}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>{kind} on {received_on}</source>
        <translation>{kind} on {received_on}</translation>
    </message>
    <message>
        <source>due date now {due_on}</source>
        <translation>due date now {due_on}</translation>
    </message>
    <message>
        <source>{method}: {outcome}</source>
        <translation>{method}: {outcome}</translation>
    </message>
    <message>
        <source>{document_kind}</source>
        <translation>{document_kind}</translation>
    </message>
    <message>
        <source>by {checked_by} on {checked_on}</source>
        <translation>by {checked_by} on {checked_on}</translation>
    </message>
    <message>
        <source>{late_action} dated {stated_on}, recorded on {recorded_on}</source>
        <translation>{late_action} dated {stated_on}, recorded on {recorded_on}</translation>
    </message>
    <message>
        <source>why late: {reason}</source>
        <translation>why late: {reason}</translation>
    </message>
    <message>
        <source>{files} files</source>
        <translation>{files} files</translation>
    </message>
    <message>
        <source>password-protected</source>
        <translation>password-protected</translation>
    </message>
    <message>
        <source>manifest SHA-256 {manifest_sha256}</source>
        <translation>manifest SHA-256 {manifest_sha256}</translation>
    </message>
    <message>
        <source>due {due_on} (was {previous_due_on})</source>
        <translation>due {due_on} (was {previous_due_on})</translation>
    </message>
    <message>
        <source>Request completed</source>
        <translation>Request completed</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Request refused</translation>
    </message>
    <message>
        <source>Forwarded to the controller</source>
        <translation>Forwarded to the controller</translation>
    </message>
    <message>
        <source>Request closed</source>
        <translation>Request closed</translation>
    </message>
    <message>
        <source>{n} B</source>
        <translation>{n} B</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>extended on {on} to {due} — reasons: {reasons}</source>
        <translation>extended on {on} to {due} — reasons: {reasons}</translation>
    </message>
    <message>
        <source>not extended</source>
        <translation>not extended</translation>
    </message>
    <message>
        <source>this right allows no extension</source>
        <translation>this right allows no extension</translation>
    </message>
    <message>
        <source>{date} — passed</source>
        <translation>{date} — passed</translation>
    </message>
    <message>
        <source>not extended; it is too late to extend now</source>
        <translation>not extended; it is too late to extend now</translation>
    </message>
    <message>
        <source>not extended; if extended, due {date}</source>
        <translation>not extended; if extended, due {date}</translation>
    </message>
    <message>
        <source>{date} — today is the last day to extend</source>
        <translation>{date} — today is the last day to extend</translation>
    </message>
    <message>
        <source>{date} (1 day left)</source>
        <translation>{date} (1 day left)</translation>
    </message>
    <message>
        <source>{date} ({n} days left)</source>
        <translation>{date} ({n} days left)</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>The new language will be used the next time you start DSR Desk.</source>
        <translation>The new language will be used the next time you start DSR Desk.</translation>
    </message>
</context>
<context>
    <name>Upcoming</name>
    <message>
        <source>{n} late</source>
        <translation>{n} late</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} days</translation>
    </message>
</context>
<context>
    <name>VaultRefusedDialog</name>
    <message>
        <source>{app}: the vault was refused</source>
        <translation>{app}: the vault was refused</translation>
    </message>
    <message>
        <source>The register cannot be opened safely</source>
        <translation>The register cannot be opened safely</translation>
    </message>
    <message>
        <source>Nothing was changed. What you can do:
• Restore the whole data folder from your latest backup: the database (dsr-desk.db), vault.json and audit-anchor.json together.
• If the database file was only moved or renamed, put it back in the data folder as dsr-desk.db.
• Then check the register with `dsr-desk audit verify`.
• Do not create a new vault in this folder: keep it as it is for whoever looks into what happened.</source>
        <translation>Nothing was changed. What you can do:
• Restore the whole data folder from your latest backup: the database (dsr-desk.db), vault.json and audit-anchor.json together.
• If the database file was only moved or renamed, put it back in the data folder as dsr-desk.db.
• Then check the register with `dsr-desk audit verify`.
• Do not create a new vault in this folder: keep it as it is for whoever looks into what happened.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Data folder: {folder}</translation>
    </message>
    <message>
        <source>Quit {app}</source>
        <translation>Quit {app}</translation>
    </message>
</context>
</TS>
