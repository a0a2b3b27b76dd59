<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityForm</name>
    <message>
        <source>Consent (Art. 6(1)(a))</source>
        <translation>Consent (Art. 6(1)(a))</translation>
    </message>
    <message>
        <source>Contract (Art. 6(1)(b))</source>
        <translation>Contract (Art. 6(1)(b))</translation>
    </message>
    <message>
        <source>Legal obligation (Art. 6(1)(c))</source>
        <translation>Legal obligation (Art. 6(1)(c))</translation>
    </message>
    <message>
        <source>Vital interests (Art. 6(1)(d))</source>
        <translation>Vital interests (Art. 6(1)(d))</translation>
    </message>
    <message>
        <source>Public task (Art. 6(1)(e))</source>
        <translation>Public task (Art. 6(1)(e))</translation>
    </message>
    <message>
        <source>Legitimate interests (Art. 6(1)(f))</source>
        <translation>Legitimate interests (Art. 6(1)(f))</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>e.g. Enrolment and student records</source>
        <translation>e.g. Enrolment and student records</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>What the data is used for</source>
        <translation>What the data is used for</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Legal basis</translation>
    </message>
    <message>
        <source>e.g. Contract (Art. 6(1)(b))</source>
        <translation>e.g. Contract (Art. 6(1)(b))</translation>
    </message>
    <message>
        <source>&amp;Data categories</source>
        <translation>&amp;Data categories</translation>
    </message>
    <message>
        <source>Identity, contact details, marks…</source>
        <translation>Identity, contact details, marks…</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Recipients</translation>
    </message>
    <message>
        <source>Departments, processors, authorities…</source>
        <translation>Departments, processors, authorities…</translation>
    </message>
    <message>
        <source>Re&amp;tention</source>
        <translation>Re&amp;tention</translation>
    </message>
    <message>
        <source>How long, or the criteria (e.g. 3 years from last contact)</source>
        <translation>How long, or the criteria (e.g. 3 years from last contact)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Where the data comes from when not from the person</source>
        <translation>Where the data comes from when not from the person</translation>
    </message>
    <message>
        <source>Tr&amp;ansfers</source>
        <translation>Tr&amp;ansfers</translation>
    </message>
    <message>
        <source>Outside the EEA, and the safeguards (Art. 46)</source>
        <translation>Outside the EEA, and the safeguards (Art. 46)</translation>
    </message>
    <message>
        <source>A&amp;utomated decisions</source>
        <translation>A&amp;utomated decisions</translation>
    </message>
    <message>
        <source>None, or the logic and effects</source>
        <translation>None, or the logic and effects</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>legal basis</translation>
    </message>
    <message>
        <source>data categories</source>
        <translation>data categories</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English (letters)</source>
        <translation>English (letters)</translation>
    </message>
    <message>
        <source>* needed for every activity</source>
        <translation>* needed for every activity</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Save activity</source>
        <translation>Save activity</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Common bases ▾</source>
        <translation>Common bases ▾</translation>
    </message>
    <message>
        <source>Insert one of the six legal bases of Art. 6(1)</source>
        <translation>Insert one of the six legal bases of Art. 6(1)</translation>
    </message>
    <message>
        <source>Fill in the {fields}.</source>
        <translation>Fill in the {fields}.</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <source>Activity {n} of {count}</source>
        <translation>Activity {n} of {count}</translation>
    </message>
    <message>
        <source>Activity added.</source>
        <translation>Activity added.</translation>
    </message>
    <message>
        <source>Activity saved.</source>
        <translation>Activity saved.</translation>
    </message>
</context>
<context>
    <name>ActivityList</name>
    <message>
        <source>1 activity</source>
        <translation>1 activity</translation>
    </message>
    <message>
        <source>{n} activities</source>
        <translation>{n} activities</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV, one activity per row, with a header row: name, purpose, legal_basis, data_categories, recipients, retention, source, transfers, automated_decisions (French headers work too).</source>
        <translation>A spreadsheet saved as CSV, one activity per row, with a header row: name, purpose, legal_basis, data_categories, recipients, retention, source, transfers, automated_decisions (French headers work too).</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Processing activities</translation>
    </message>
    <message>
        <source>No activity yet: fill in the form and add it, or import a spreadsheet.</source>
        <translation>No activity yet: fill in the form and add it, or import a spreadsheet.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This activity has changes that are not saved. Discard them?</source>
        <translation>This activity has changes that are not saved. Discard them?</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Remove activity</translation>
    </message>
    <message>
        <source>Remove “{name}” from the register of {entity}? Access answers will no longer mention it.</source>
        <translation>Remove “{name}” from the register of {entity}? Access answers will no longer mention it.</translation>
    </message>
    <message>
        <source>“{name}” removed.</source>
        <translation>“{name}” removed.</translation>
    </message>
    <message>
        <source>Import a processing register</source>
        <translation>Import a processing register</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>The register of {entity} has {activities}. Add the file's activities after them, or replace them all?</source>
        <translation>The register of {entity} has {activities}. Add the file's activities after them, or replace them all?</translation>
    </message>
    <message>
        <source>Add after them</source>
        <translation>Add after them</translation>
    </message>
    <message>
        <source>Replace them all</source>
        <translation>Replace them all</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} rows need fixing.</source>
        <translation>Nothing was imported: {n} rows need fixing.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Automatic purge failed: {error}</source>
        <translation>Automatic purge failed: {error}</translation>
    </message>
</context>
<context>
    <name>ArchiveGate</name>
    <message>
        <source>Archive only: this closed objection record is kept as proof that the objection is honoured. It is read-only; only the outcome letter and new correspondence from the requester can still be added (a new contact restarts the retention clock).</source>
        <translation>Archive only: this closed objection record is kept as proof that the objection is honoured. It is read-only; only the outcome letter and new correspondence from the requester can still be added (a new contact restarts the retention clock).</translation>
    </message>
    <message>
        <source>Restricted archive</source>
        <translation>Restricted archive</translation>
    </message>
    <message>
        <source>This is a closed objection record, kept only as proof that the objection is honoured. Its content is restricted: say why you need to consult it (for example a new request from the same person, or a complaint). Your reason is recorded in the audit log.</source>
        <translation>This is a closed objection record, kept only as proof that the objection is honoured. Its content is restricted: say why you need to consult it (for example a new request from the same person, or a complaint). Your reason is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Reason for consulting this record</source>
        <translation>Reason for consulting this record</translation>
    </message>
    <message>
        <source>Consult the record</source>
        <translation>Consult the record</translation>
    </message>
    <message>
        <source>Press Enter to consult.</source>
        <translation>Press Enter to consult.</translation>
    </message>
</context>
<context>
    <name>AskInformationDialog</name>
    <message>
        <source>Proof of identity</source>
        <translation>Proof of identity</translation>
    </message>
    <message>
        <source>Clarification of the request</source>
        <translation>Clarification of the request</translation>
    </message>
    <message>
        <source>A reasonable fee (Art. 12(5)(a))</source>
        <translation>A reasonable fee (Art. 12(5)(a))</translation>
    </message>
    <message>
        <source>A reply from the e-mail address we already know</source>
        <translation>A reply from the e-mail address we already know</translation>
    </message>
    <message>
        <source>Their customer, member or student number</source>
        <translation>Their customer, member or student number</translation>
    </message>
    <message>
        <source>A recent letter or invoice we sent them</source>
        <translation>A recent letter or invoice we sent them</translation>
    </message>
    <message>
        <source>A copy of an ID document, photograph masked</source>
        <translation>A copy of an ID document, photograph masked</translation>
    </message>
    <message>
        <source>Policy of this entity: restart. The deadline is on hold while you wait; when the information arrives, the period to answer counts again from that day.</source>
        <translation>Policy of this entity: restart. The deadline is on hold while you wait; when the information arrives, the period to answer counts again from that day.</translation>
    </message>
    <message>
        <source>Policy of this entity: pause. The deadline is on hold while you wait; the days spent waiting are then added to the due date.</source>
        <translation>Policy of this entity: pause. The deadline is on hold while you wait; the days spent waiting are then added to the due date.</translation>
    </message>
    <message>
        <source>Policy of this entity: {policy}.</source>
        <translation>Policy of this entity: {policy}.</translation>
    </message>
    <message>
        <source>Ask for information — {reference}</source>
        <translation>Ask for information — {reference}</translation>
    </message>
    <message>
        <source>Record the request</source>
        <translation>Record the request</translation>
    </message>
    <message>
        <source>Record that you asked the requester for something you need before answering. It must be asked before the deadline ({due}) has passed.</source>
        <translation>Record that you asked the requester for something you need before answering. It must be asked before the deadline ({due}) has passed.</translation>
    </message>
    <message>
        <source>The deadline ({due}) has passed: asking now cannot suspend it. If you asked the requester on or before {last}, record that ask with its date and say why it is recorded only now (kept with the request and audited, with the date stated and today's).</source>
        <translation>The deadline ({due}) has passed: asking now cannot suspend it. If you asked the requester on or before {last}, record that ask with its date and say why it is recorded only now (kept with the request and audited, with the date stated and today's).</translation>
    </message>
    <message>
        <source>The person cannot be matched with our records</source>
        <translation>The person cannot be matched with our records</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Asking for:</source>
        <translation>Asking for:</translation>
    </message>
    <message>
        <source>They may send (least intrusive first):</source>
        <translation>They may send (least intrusive first):</translation>
    </message>
    <message>
        <source>Asked on:</source>
        <translation>Asked on:</translation>
    </message>
    <message>
        <source>Effect:</source>
        <translation>Effect:</translation>
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
        <source>Why there is a reasonable doubt:</source>
        <translation>Why there is a reasonable doubt:</translation>
    </message>
    <message>
        <source>e.g. the name differs from our file; the address is not the known one…</source>
        <translation>e.g. the name differs from our file; the address is not the known one…</translation>
    </message>
    <message>
        <source>What is needed:</source>
        <translation>What is needed:</translation>
    </message>
    <message>
        <source>What is needed and why (a clarification, the fee's reasons)…</source>
        <translation>What is needed and why (a clarification, the fee's reasons)…</translation>
    </message>
    <message>
        <source>Give the amount of the fee, in euros.</source>
        <translation>Give the amount of the fee, in euros.</translation>
    </message>
    <message>
        <source>Say why there is a reasonable doubt about the identity: it is recorded in the ledger and told in the letter.</source>
        <translation>Say why there is a reasonable doubt about the identity: it is recorded in the ledger and told in the letter.</translation>
    </message>
    <message>
        <source>Say what information is needed: it is recorded in the ledger and the letter.</source>
        <translation>Say what information is needed: it is recorded in the ledger and the letter.</translation>
    </message>
    <message>
        <source>Tick what the requester may send to confirm their identity: the least intrusive means that suffice (EDPB Guidelines 01/2022).</source>
        <translation>Tick what the requester may send to confirm their identity: the least intrusive means that suffice (EDPB Guidelines 01/2022).</translation>
    </message>
    <message>
        <source>The date must be between the receipt and today.</source>
        <translation>The date must be between the receipt and today.</translation>
    </message>
    <message>
        <source>Say why the ask is recorded only now: it is kept and audited.</source>
        <translation>Say why the ask is recorded only now: it is kept and audited.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Reassign {reference}</source>
        <translation>Reassign {reference}</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>Who handles this request now. It shows under “Mine” in their register. Leave the name empty when nobody does yet.</source>
        <translation>Who handles this request now. It shows under “Mine” in their register. Leave the name empty when nobody does yet.</translation>
    </message>
    <message>
        <source>One of the users</source>
        <translation>One of the users</translation>
    </message>
    <message>
        <source>A colleague's name</source>
        <translation>A colleague's name</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>&amp;Me ({user})</source>
        <translation>&amp;Me ({user})</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Assigned to:</translation>
    </message>
    <message>
        <source>Type the name of whoever handles it now.</source>
        <translation>Type the name of whoever handles it now.</translation>
    </message>
    <message>
        <source>Choose one of the users: {names}.</source>
        <translation>Choose one of the users: {names}.</translation>
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
    <name>AuditDetails</name>
    <message>
        <source>activity</source>
        <translation>activity</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>categories added</source>
        <translation>categories added</translation>
    </message>
    <message>
        <source>answer recorded</source>
        <translation>answer recorded</translation>
    </message>
    <message>
        <source>answered with</source>
        <translation>answered with</translation>
    </message>
    <message>
        <source>asked on</source>
        <translation>asked on</translation>
    </message>
    <message>
        <source>backup of</source>
        <translation>backup of</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>categories</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>checked by</source>
        <translation>checked by</translation>
    </message>
    <message>
        <source>checked on</source>
        <translation>checked on</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>closed on</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>written on</source>
        <translation>written on</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>documents purged again</source>
        <translation>documents purged again</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>due dates changed</source>
        <translation>due dates changed</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>password-protected</source>
        <translation>password-protected</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entity</translation>
    </message>
    <message>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <source>failures</source>
        <translation>failures</translation>
    </message>
    <message>
        <source>fate</source>
        <translation>fate</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>fields</translation>
    </message>
    <message>
        <source>files</source>
        <translation>files</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>after entries from no.</source>
        <translation>after entries from no.</translation>
    </message>
    <message>
        <source>from position</source>
        <translation>from position</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>in time</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>characters</translation>
    </message>
    <message>
        <source>means</source>
        <translation>means</translation>
    </message>
    <message>
        <source>method</source>
        <translation>method</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>names</source>
        <translation>names</translation>
    </message>
    <message>
        <source>new due date</source>
        <translation>new due date</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>notice</translation>
    </message>
    <message>
        <source>notice due by</source>
        <translation>notice due by</translation>
    </message>
    <message>
        <source>notified on</source>
        <translation>notified on</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>policy</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>previous due date</source>
        <translation>previous due date</translation>
    </message>
    <message>
        <source>previous name</source>
        <translation>previous name</translation>
    </message>
    <message>
        <source>printed on</source>
        <translation>printed on</translation>
    </message>
    <message>
        <source>purge date</source>
        <translation>purge date</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>reasons</translation>
    </message>
    <message>
        <source>reason no.</source>
        <translation>reason no.</translation>
    </message>
    <message>
        <source>document id</source>
        <translation>document id</translation>
    </message>
    <message>
        <source>media type</source>
        <translation>media type</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>received on</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>recipient</translation>
    </message>
    <message>
        <source>recorded on</source>
        <translation>recorded on</translation>
    </message>
    <message>
        <source>records anonymised again</source>
        <translation>records anonymised again</translation>
    </message>
    <message>
        <source>registered post no.</source>
        <translation>registered post no.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>requests</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>sent on</source>
        <translation>sent on</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>dated</translation>
    </message>
    <message>
        <source>holiday zone</source>
        <translation>holiday zone</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>tables</translation>
    </message>
    <message>
        <source>to no.</source>
        <translation>to no.</translation>
    </message>
    <message>
        <source>to position</source>
        <translation>to position</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <source>proof of identity</source>
        <extracomment>never in a summary or the timeline (the full details, a tooltip, keep them)</extracomment>
        <translation>proof of identity</translation>
    </message>
    <message>
        <source>clarification</source>
        <translation>clarification</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>fee</translation>
    </message>
    <message>
        <source>restart the period</source>
        <translation>restart the period</translation>
    </message>
    <message>
        <source>pause the period</source>
        <translation>pause the period</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>partly granted</source>
        <translation>partly granted</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>forwarded to the controller</source>
        <translation>forwarded to the controller</translation>
    </message>
    <message>
        <source>no data held</source>
        <translation>no data held</translation>
    </message>
    <message>
        <source>withdrawn by the requester</source>
        <translation>withdrawn by the requester</translation>
    </message>
    <message>
        <source>closed for lack of reply</source>
        <translation>closed for lack of reply</translation>
    </message>
    <message>
        <source>manifestly unfounded or excessive</source>
        <translation>manifestly unfounded or excessive</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>postal address</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>{family} (all)</source>
        <translation>{family} (all)</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <source>Filter by request reference</source>
        <translation>Filter by request reference</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Recompute every entry's hash and check the chain end to end:
names the first altered, deleted or reordered entry.</source>
        <translation>Recompute every entry's hash and check the chain end to end:
names the first altered, deleted or reordered entry.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Verifying the audit log…</translation>
    </message>
    <message>
        <source>✔ Audit log intact: {entries} entries verified.</source>
        <translation>✔ Audit log intact: {entries} entries verified.</translation>
    </message>
    <message>
        <source>✖ AUDIT LOG BROKEN: {message}.</source>
        <translation>✖ AUDIT LOG BROKEN: {message}.</translation>
    </message>
    <message>
        <source>The audit log could not be verified: {error}</source>
        <translation>The audit log could not be verified: {error}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>1 older backup of this vault deleted (rotation).</source>
        <translation>1 older backup of this vault deleted (rotation).</translation>
    </message>
    <message>
        <source>{count} older backups of this vault deleted (rotation).</source>
        <translation>{count} older backups of this vault deleted (rotation).</translation>
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
        <source>Backup cancelled: no file was written.</source>
        <translation>Backup cancelled: no file was written.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backing up the vault…</source>
        <translation>Backing up the vault…</translation>
    </message>
    <message>
        <source>Automatic backup written: {path}.</source>
        <translation>Automatic backup written: {path}.</translation>
    </message>
    <message>
        <source>Backup cancelled: no file was written.</source>
        <translation>Backup cancelled: no file was written.</translation>
    </message>
    <message>
        <source>Automatic backup: {problem}</source>
        <translation>Automatic backup: {problem}</translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Choose a backup folder…</source>
        <translation>Choose a backup folder…</translation>
    </message>
    <message>
        <source>No backup yet: back up now into {folder}.</source>
        <translation>No backup yet: back up now into {folder}.</translation>
    </message>
    <message>
        <source>No backup yet: choose a backup folder in Settings.</source>
        <translation>No backup yet: choose a backup folder in Settings.</translation>
    </message>
    <message>
        <source>The last backup was made on {day}, {days} days ago (more than {limit} days).</source>
        <translation>The last backup was made on {day}, {days} days ago (more than {limit} days).</translation>
    </message>
    <message>
        <source>Choose a backup folder in Settings for daily backups.</source>
        <translation>Choose a backup folder in Settings for daily backups.</translation>
    </message>
    <message>
        <source>Is the backup folder {folder} there?</source>
        <translation>Is the backup folder {folder} there?</translation>
    </message>
    <message>
        <source>Automatic backups are off in Settings.</source>
        <translation>Automatic backups are off in Settings.</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>other document</source>
        <translation>other document</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 record</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} records</translation>
    </message>
    <message>
        <source>Data bundle (portability / access) — {reference}</source>
        <translation>Data bundle (portability / access) — {reference}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{reference}&lt;/b&gt; — the data {requester} provided, as JSON and CSV per category, an HTML overview, the documents they sent and a manifest of SHA-256 fingerprints. ID-document copies and the office's letters are never included.</source>
        <translation>&lt;b&gt;{reference}&lt;/b&gt; — the data {requester} provided, as JSON and CSV per category, an HTML overview, the documents they sent and a manifest of SHA-256 fingerprints. ID-document copies and the office's letters are never included.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Add CSV or JSON file…</source>
        <translation>Add CSV or JSON file…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Data about this person from other systems (orders, newsletter, account…): each CSV (any separator, UTF-8 or Windows-1252) or JSON file (a list of objects) becomes one category; the category name can be edited in the table.</source>
        <translation>Data about this person from other systems (orders, newsletter, account…): each CSV (any separator, UTF-8 or Windows-1252) or JSON file (a list of objects) becomes one category; the category name can be edited in the table.</translation>
    </message>
    <message>
        <source>Why the data may be disclosed although the identity is not verified (audited)…</source>
        <translation>Why the data may be disclosed although the identity is not verified (audited)…</translation>
    </message>
    <message>
        <source>Overview language:</source>
        <translation>Overview language:</translation>
    </message>
    <message>
        <source>Disclose anyway:</source>
        <translation>Disclose anyway:</translation>
    </message>
    <message>
        <source>Reading the request…</source>
        <translation>Reading the request…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>What goes in</translation>
    </message>
    <message>
        <source>Data from other systems</source>
        <translation>Data from other systems</translation>
    </message>
    <message>
        <source>1 ID-document copy</source>
        <translation>1 ID-document copy</translation>
    </message>
    <message>
        <source>{count} ID-document copies</source>
        <translation>{count} ID-document copies</translation>
    </message>
    <message>
        <source>1 letter sent by the office</source>
        <translation>1 letter sent by the office</translation>
    </message>
    <message>
        <source>{count} letters sent by the office</source>
        <translation>{count} letters sent by the office</translation>
    </message>
    <message>
        <source>1 purged document</source>
        <translation>1 purged document</translation>
    </message>
    <message>
        <source>{count} purged documents</source>
        <translation>{count} purged documents</translation>
    </message>
    <message>
        <source>Never included: {items}.</source>
        <translation>Never included: {items}.</translation>
    </message>
    <message>
        <source>Identity verified.</source>
        <translation>Identity verified.</translation>
    </message>
    <message>
        <source>The requester's identity is not verified: no personal data may be disclosed. Record an identity check first, or give a written reason below (it is kept in the audit log).</source>
        <translation>The requester's identity is not verified: no personal data may be disclosed. Record an identity check first, or give a written reason below (it is kept in the audit log).</translation>
    </message>
    <message>
        <source>No bundle can be made for this request.</source>
        <translation>No bundle can be made for this request.</translation>
    </message>
    <message>
        <source>Ready: choose where to save the bundle.</source>
        <translation>Ready: choose where to save the bundle.</translation>
    </message>
    <message>
        <source>{title} — {records} (DSR Desk)</source>
        <translation>{title} — {records} (DSR Desk)</translation>
    </message>
    <message>
        <source>{category} — {records} (from {source})</source>
        <translation>{category} — {records} (from {source})</translation>
    </message>
    <message>
        <source>Document: {filename} — {kind}, {size}, added {added_on:%d/%m/%Y}</source>
        <translation>Document: {filename} — {kind}, {size}, added {added_on:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>Add data from another system</source>
        <translation>Add data from another system</translation>
    </message>
    <message>
        <source>CSV or JSON (*.csv *.json);;All files (*)</source>
        <translation>CSV or JSON (*.csv *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Give the reason for disclosing before saving.</source>
        <translation>Give the reason for disclosing before saving.</translation>
    </message>
    <message>
        <source>Save the data bundle</source>
        <translation>Save the data bundle</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip archive (*.zip)</translation>
    </message>
    <message>
        <source>Building the bundle…</source>
        <translation>Building the bundle…</translation>
    </message>
    <message>
        <source>Building the data bundle…</source>
        <translation>Building the data bundle…</translation>
    </message>
    <message>
        <source> AES-256 encrypted;</source>
        <translation> AES-256 encrypted;</translation>
    </message>
    <message>
        <source>Saved as {path} ({file_count} files;{encrypted} manifest SHA-256 {manifest_sha256}).</source>
        <translation>Saved as {path} ({file_count} files;{encrypted} manifest SHA-256 {manifest_sha256}).</translation>
    </message>
    <message>
        <source>{count} files, AES-256 encrypted</source>
        <translation>{count} files, AES-256 encrypted</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} files</translation>
    </message>
    <message>
        <source>The bundle of {reference} was saved as:
{path}

{files}.

Manifest SHA-256 (kept in the audit log):
{manifest_sha256}</source>
        <translation>The bundle of {reference} was saved as:
{path}

{files}.

Manifest SHA-256 (kept in the audit log):
{manifest_sha256}</translation>
    </message>
    <message>
        <source>

Send the password through another channel than the file.</source>
        <translation>

Send the password through another channel than the file.</translation>
    </message>
    <message>
        <source>Data bundle saved</source>
        <translation>Data bundle saved</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copy SHA-256</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>BundlePassword</name>
    <message>
        <source>Give the password to the requester through another channel than the file (phone, SMS, letter) — never in the same e-mail. The encrypted zip shows only the name archive.zip; it opens with 7-Zip or WinZip (Windows) or Keka (macOS), not with Windows Explorer, and archive.zip inside then opens with any zip tool.</source>
        <translation>Give the password to the requester through another channel than the file (phone, SMS, letter) — never in the same e-mail. The encrypted zip shows only the name archive.zip; it opens with 7-Zip or WinZip (Windows) or Keka (macOS), not with Windows Explorer, and archive.zip inside then opens with any zip tool.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>optional, at least {min_bundle_password_chars} characters</source>
        <translation>optional, at least {min_bundle_password_chars} characters</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <source>Calendar saved: 1 event in {path}.</source>
        <translation>Calendar saved: 1 event in {path}.</translation>
    </message>
    <message>
        <source>Calendar saved: {events} events in {path}.</source>
        <translation>Calendar saved: {events} events in {path}.</translation>
    </message>
    <message>
        <source>open requests</source>
        <translation>open requests</translation>
    </message>
    <message>
        <source>Export the deadlines of {what}</source>
        <translation>Export the deadlines of {what}</translation>
    </message>
    <message>
        <source>Exporting the calendar…</source>
        <translation>Exporting the calendar…</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Completed: the request was carried out</source>
        <translation>Completed: the request was carried out</translation>
    </message>
    <message>
        <source>Record completion</source>
        <translation>Record completion</translation>
    </message>
    <message>
        <source>Record that the final answer was sent to the requester and the request was carried out. The request file is then closed; notes can still be added.</source>
        <translation>Record that the final answer was sent to the requester and the request was carried out. The request file is then closed; notes can still be added.</translation>
    </message>
    <message>
        <source>Answer sent on:</source>
        <translation>Answer sent on:</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Note (optional):</translation>
    </message>
    <message>
        <source>What was done, e.g. copy of the data sent by registered letter…</source>
        <translation>What was done, e.g. copy of the data sent by registered letter…</translation>
    </message>
    <message>
        <source>Partly granted: part of it is withheld</source>
        <translation>Partly granted: part of it is withheld</translation>
    </message>
    <message>
        <source>Record partial answer</source>
        <translation>Record partial answer</translation>
    </message>
    <message>
        <source>Part of the request is granted and part withheld: the requester is told both, with the reasons, and of their right to lodge a complaint with the CNIL and to seek a judicial remedy (Art. 12(4)). One letter says it all.</source>
        <translation>Part of the request is granted and part withheld: the requester is told both, with the reasons, and of their right to lodge a complaint with the CNIL and to seek a judicial remedy (Art. 12(4)). One letter says it all.</translation>
    </message>
    <message>
        <source>Reasons (required):</source>
        <translation>Reasons (required):</translation>
    </message>
    <message>
        <source>Why the rest is withheld (told to the requester)…</source>
        <translation>Why the rest is withheld (told to the requester)…</translation>
    </message>
    <message>
        <source>Refused, with reasons</source>
        <translation>Refused, with reasons</translation>
    </message>
    <message>
        <source>Record refusal</source>
        <translation>Record refusal</translation>
    </message>
    <message>
        <source>A refusal must give the requester its reasons and tell them of their right to lodge a complaint with the CNIL and to seek a judicial remedy (Art. 12(4)).</source>
        <translation>A refusal must give the requester its reasons and tell them of their right to lodge a complaint with the CNIL and to seek a judicial remedy (Art. 12(4)).</translation>
    </message>
    <message>
        <source>Refusal sent on:</source>
        <translation>Refusal sent on:</translation>
    </message>
    <message>
        <source>Why the request is refused (told to the requester)…</source>
        <translation>Why the request is refused (told to the requester)…</translation>
    </message>
    <message>
        <source>Forwarded to the controller</source>
        <translation>Forwarded to the controller</translation>
    </message>
    <message>
        <source>Record forwarding</source>
        <translation>Record forwarding</translation>
    </message>
    <message>
        <source>This entity acts as a processor: the request goes to the controller (the client) without delay, and the requester is told so.</source>
        <translation>This entity acts as a processor: the request goes to the controller (the client) without delay, and the requester is told so.</translation>
    </message>
    <message>
        <source>Forwarded on:</source>
        <translation>Forwarded on:</translation>
    </message>
    <message>
        <source>To whom it was forwarded, how…</source>
        <translation>To whom it was forwarded, how…</translation>
    </message>
    <message>
        <source>No data held about the person</source>
        <translation>No data held about the person</translation>
    </message>
    <message>
        <source>Record 'no data held'</source>
        <translation>Record 'no data held'</translation>
    </message>
    <message>
        <source>We hold no data about the requester: they are told so (Art. 15(1), first limb). The request file is then closed.</source>
        <translation>We hold no data about the requester: they are told so (Art. 15(1), first limb). The request file is then closed.</translation>
    </message>
    <message>
        <source>Where was searched, e.g. pupils' files, mailing lists…</source>
        <translation>Where was searched, e.g. pupils' files, mailing lists…</translation>
    </message>
    <message>
        <source>Withdrawn by the requester</source>
        <translation>Withdrawn by the requester</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <source>The requester withdrew the request: record when, and acknowledge the withdrawal. The request file is then closed.</source>
        <translation>The requester withdrew the request: record when, and acknowledge the withdrawal. The request file is then closed.</translation>
    </message>
    <message>
        <source>Withdrawn on:</source>
        <translation>Withdrawn on:</translation>
    </message>
    <message>
        <source>How the requester withdrew, e.g. e-mail of 12/03…</source>
        <translation>How the requester withdrew, e.g. e-mail of 12/03…</translation>
    </message>
    <message>
        <source>Closed for lack of reply</source>
        <translation>Closed for lack of reply</translation>
    </message>
    <message>
        <source>Record closure for lack of reply</source>
        <translation>Record closure for lack of reply</translation>
    </message>
    <message>
        <source>The identification, clarification or fee asked never came: the request is closed for lack of reply, and the requester is told they may make a new request.</source>
        <translation>The identification, clarification or fee asked never came: the request is closed for lack of reply, and the requester is told they may make a new request.</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Closed on:</translation>
    </message>
    <message>
        <source>Reminders sent, e.g. reminder of 02/05 left unanswered…</source>
        <translation>Reminders sent, e.g. reminder of 02/05 left unanswered…</translation>
    </message>
    <message>
        <source>Refused as manifestly unfounded or excessive</source>
        <translation>Refused as manifestly unfounded or excessive</translation>
    </message>
    <message>
        <source>A request may be refused as manifestly unfounded or excessive, in particular because of its repetitive character (Art. 12(5)(b)): we bear the burden of showing it. The requester is told the reasons and of their right to lodge a complaint with the CNIL and to seek a judicial remedy.</source>
        <translation>A request may be refused as manifestly unfounded or excessive, in particular because of its repetitive character (Art. 12(5)(b)): we bear the burden of showing it. The requester is told the reasons and of their right to lodge a complaint with the CNIL and to seek a judicial remedy.</translation>
    </message>
    <message>
        <source>Reasons, including what shows the excess (required):</source>
        <translation>Reasons, including what shows the excess (required):</translation>
    </message>
    <message>
        <source>e.g. fifth identical request in two months, each answered on…</source>
        <translation>e.g. fifth identical request in two months, each answered on…</translation>
    </message>
    <message>
        <source>Compelling legitimate grounds which override the person's interests, rights and freedoms (required, Art. 21(1)):</source>
        <translation>Compelling legitimate grounds which override the person's interests, rights and freedoms (required, Art. 21(1)):</translation>
    </message>
    <message>
        <source>The Art. 17(3) ground, the data kept and for how long (required):</source>
        <translation>The Art. 17(3) ground, the data kept and for how long (required):</translation>
    </message>
    <message>
        <source>A refusal needs its reasons: the requester must be told why (Art. 12(4)).</source>
        <translation>A refusal needs its reasons: the requester must be told why (Art. 12(4)).</translation>
    </message>
    <message>
        <source>A refusal as manifestly unfounded or excessive needs the reasons, including what shows the excess (Art. 12(5)(b)).</source>
        <translation>A refusal as manifestly unfounded or excessive needs the reasons, including what shows the excess (Art. 12(5)(b)).</translation>
    </message>
    <message>
        <source>the reasons: the requester must be told why (Art. 12(4))</source>
        <translation>the reasons: the requester must be told why (Art. 12(4))</translation>
    </message>
    <message>
        <source>what is granted</source>
        <translation>what is granted</translation>
    </message>
    <message>
        <source>what is withheld</source>
        <translation>what is withheld</translation>
    </message>
    <message>
        <source>Close {ref}</source>
        <translation>Close {ref}</translation>
    </message>
    <message>
        <source>Between the receipt ({received}) and today ({today}).</source>
        <translation>Between the receipt ({received}) and today ({today}).</translation>
    </message>
    <message>
        <source>What is granted, e.g. the marketing data are erased…</source>
        <translation>What is granted, e.g. the marketing data are erased…</translation>
    </message>
    <message>
        <source>What is withheld, e.g. the invoices of the last ten years…</source>
        <translation>What is withheld, e.g. the invoices of the last ten years…</translation>
    </message>
    <message>
        <source>Granted (required):</source>
        <translation>Granted (required):</translation>
    </message>
    <message>
        <source>Withheld (required):</source>
        <translation>Withheld (required):</translation>
    </message>
    <message>
        <source>Close although no answer was recorded as sent</source>
        <translation>Close although no answer was recorded as sent</translation>
    </message>
    <message>
        <source>No letter answering the requester was recorded as sent. The letter the outcome calls for is offered once the request is closed.</source>
        <translation>No letter answering the requester was recorded as sent. The letter the outcome calls for is offered once the request is closed.</translation>
    </message>
    <message>
        <source>Why it is recorded only now, e.g. answer posted that day, filed late…</source>
        <translation>Why it is recorded only now, e.g. answer posted that day, filed late…</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Dated on or before {day}, when the requester still had time to reply: why is it recorded only now (required, kept in the audit log)?</source>
        <translation>Dated on or before {day}, when the requester still had time to reply: why is it recorded only now (required, kept in the audit log)?</translation>
    </message>
    <message>
        <source>The request was due on {day}: dated on time, why is it recorded only now (required, kept in the audit log)?</source>
        <translation>The request was due on {day}: dated on time, why is it recorded only now (required, kept in the audit log)?</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <source>The date cannot be before the receipt ({received}).</source>
        <translation>The date cannot be before the receipt ({received}).</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Still needed: {what}.</source>
        <translation>Still needed: {what}.</translation>
    </message>
    <message>
        <source>A closure dated so escapes a rule of today: say why it is recorded only now.</source>
        <translation>A closure dated so escapes a rule of today: say why it is recorded only now.</translation>
    </message>
    <message>
        <source>No answer to the requester was recorded as sent: tick the box to close it all the same.</source>
        <translation>No answer to the requester was recorded as sent: tick the box to close it all the same.</translation>
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
    <name>CountTile</name>
    <message>
        <source>Click to list these requests.</source>
        <translation>Click to list these requests.</translation>
    </message>
    <message>
        <source>{title}: {count}</source>
        <translation>{title}: {count}</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Requests received per month, by type</source>
        <translation>Requests received per month, by type</translation>
    </message>
    <message>
        <source>No request received in the last 12 months.</source>
        <translation>No request received in the last 12 months.</translation>
    </message>
    <message>
        <source>Median days to answer (by month of the answer)</source>
        <translation>Median days to answer (by month of the answer)</translation>
    </message>
    <message>
        <source>No request answered in the last 12 months.</source>
        <translation>No request answered in the last 12 months.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Requests received, by month and type: {months}.</source>
        <translation>Requests received, by month and type: {months}.</translation>
    </message>
    <message>
        <source>Median days from receipt to answer</source>
        <translation>Median days from receipt to answer</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Median days to answer, by month: {months}.</source>
        <translation>Median days to answer, by month: {months}.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Past the due date, not on hold</source>
        <translation>Past the due date, not on hold</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>Due in the next 7 days</source>
        <translation>Due in the next 7 days</translation>
    </message>
    <message>
        <source>Awaiting identity</source>
        <translation>Awaiting identity</translation>
    </message>
    <message>
        <source>Proof of ID asked, not received</source>
        <translation>Proof of ID asked, not received</translation>
    </message>
    <message>
        <source>Upcoming deadlines</source>
        <translation>Upcoming deadlines</translation>
    </message>
    <message>
        <source>No open deadline ahead.</source>
        <translation>No open deadline ahead.</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <source>What you typed or added in this window has not been saved. Close it and lose it?</source>
        <translation>What you typed or added in this window has not been saved. Close it and lose it?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>DocumentOps</name>
    <message>
        <source>Identity document copy (retention rules apply)</source>
        <translation>Identity document copy (retention rules apply)</translation>
    </message>
    <message>
        <source>Letter from the requester, or its scan</source>
        <translation>Letter from the requester, or its scan</translation>
    </message>
    <message>
        <source>E-mail (.eml)</source>
        <translation>E-mail (.eml)</translation>
    </message>
    <message>
        <source>Mandate or proof of capacity (of whoever acts for the person)</source>
        <translation>Mandate or proof of capacity (of whoever acts for the person)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>{name} is not a readable file.</source>
        <translation>{name} is not a readable file.</translation>
    </message>
    <message>
        <source>{name} is larger than 512 MB.</source>
        <translation>{name} is larger than 512 MB.</translation>
    </message>
    <message>
        <source>{name} could not be read ({problem}).</source>
        <translation>{name} could not be read ({problem}).</translation>
    </message>
</context>
<context>
    <name>DocumentPages</name>
    <message>
        <source>Previous page</source>
        <extracomment>The viewer's keys: (standard key, the button it clicks, what it does). Help → Keyboard shortcuts lists them from here too.</extracomment>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit the page to the window's width</source>
        <translation>Fit the page to the window's width</translation>
    </message>
    <message>
        <source>Page {page} of {page_count}</source>
        <translation>Page {page} of {page_count}</translation>
    </message>
</context>
<context>
    <name>DocumentRendering</name>
    <message>
        <source>COPY – identity verification only – {reference} – {day}</source>
        <translation>COPY – identity verification only – {reference} – {day}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Attachments (not shown):
</source>
        <translation>Attachments (not shown):
</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{reference} · {kind} document (copy)</source>
        <translation>{reference} · {kind} document (copy)</translation>
    </message>
    <message>
        <source>{filename} · {media_type} · decrypted in memory only</source>
        <translation>{filename} · {media_type} · decrypted in memory only</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the watermarked pages (the print is audited).</source>
        <translation>Print the watermarked pages (the print is audited).</translation>
    </message>
    <message>
        <source>Save decrypted copy…</source>
        <translation>Save decrypted copy…</translation>
    </message>
    <message>
        <source>Write an unencrypted copy outside DSR Desk (asks first; the export is audited).</source>
        <translation>Write an unencrypted copy outside DSR Desk (asks first; the export is audited).</translation>
    </message>
    <message>
        <source>This PDF could not be read (damaged or password-protected).</source>
        <translation>This PDF could not be read (damaged or password-protected).</translation>
    </message>
    <message>
        <source>This image could not be read (unknown or damaged format).</source>
        <translation>This image could not be read (unknown or damaged format).</translation>
    </message>
    <message>
        <source>No preview for this type ({media_type}); you can save a decrypted copy.</source>
        <translation>No preview for this type ({media_type}); you can save a decrypted copy.</translation>
    </message>
    <message>
        <source>Only images and PDFs can be printed from the viewer.</source>
        <translation>Only images and PDFs can be printed from the viewer.</translation>
    </message>
    <message>
        <source>{reference} copy</source>
        <translation>{reference} copy</translation>
    </message>
    <message>
        <source>Print {reference} ({kind} document)</source>
        <translation>Print {reference} ({kind} document)</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>1 watermarked page printed.</source>
        <translation>1 watermarked page printed.</translation>
    </message>
    <message>
        <source>{printed} watermarked pages printed.</source>
        <translation>{printed} watermarked pages printed.</translation>
    </message>
    <message>
        <source>Save a decrypted copy</source>
        <translation>Save a decrypted copy</translation>
    </message>
    <message>
        <source>Save a decrypted copy?</source>
        <translation>Save a decrypted copy?</translation>
    </message>
    <message>
        <source>DSR Desk will write an UNENCRYPTED copy of this {kind} document of {reference}, without the watermark, to:

{target}

The copy is not protected by the vault and will not be purged when the retention period ends: anyone with access to that folder can read it. Delete it as soon as you no longer need it. The export is recorded in the audit log.

Save the decrypted copy?</source>
        <translation>DSR Desk will write an UNENCRYPTED copy of this {kind} document of {reference}, without the watermark, to:

{target}

The copy is not protected by the vault and will not be purged when the retention period ends: anyone with access to that folder can read it. Delete it as soon as you no longer need it. The export is recorded in the audit log.

Save the decrypted copy?</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <source>Decrypted copy saved to {path}. Delete it after use.</source>
        <translation>Decrypted copy saved to {path}. Delete it after use.</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>1 ID copy</source>
        <translation>1 ID copy</translation>
    </message>
    <message>
        <source>{count} ID copies</source>
        <translation>{count} ID copies</translation>
    </message>
    <message>
        <source>Automatic purge at start-up: </source>
        <translation>Automatic purge at start-up: </translation>
    </message>
    <message>
        <source>no ID copy was due for purge.</source>
        <translation>no ID copy was due for purge.</translation>
    </message>
    <message>
        <source>{copies} purged (keys destroyed, encrypted files removed).</source>
        <translation>{copies} purged (keys destroyed, encrypted files removed).</translation>
    </message>
    <message>
        <source>Purge {copies} now?

Retention rules applied:
{rules}

Each copy's encryption key is destroyed and its encrypted file removed (crypto-shred): this cannot be undone. The audit log records what was purged, when and under which rule, never the content.</source>
        <translation>Purge {copies} now?

Retention rules applied:
{rules}

Each copy's encryption key is destroyed and its encrypted file removed (crypto-shred): this cannot be undone. The audit log records what was purged, when and under which rule, never the content.</translation>
    </message>
    <message>
        <source>Purge attestation</source>
        <translation>Purge attestation</translation>
    </message>
    <message>
        <source>A PDF listing the ID copies purged in the period (date, request, kind, rule), from the audit log. It holds no document content and no file names.</source>
        <translation>A PDF listing the ID copies purged in the period (date, request, kind, rule), from the audit log. It holds no document content and no file names.</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>All entities</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>Entity:</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>The period must start on or before its end.</source>
        <translation>The period must start on or before its end.</translation>
    </message>
    <message>
        <source>Documents &amp; retention</source>
        <translation>Documents &amp; retention</translation>
    </message>
    <message>
        <source>Purge due documents…</source>
        <translation>Purge due documents…</translation>
    </message>
    <message>
        <source>Crypto-shred every ID copy whose retention period ended.</source>
        <translation>Crypto-shred every ID copy whose retention period ended.</translation>
    </message>
    <message>
        <source>Purge attestation…</source>
        <translation>Purge attestation…</translation>
    </message>
    <message>
        <source>Save a PDF listing the ID copies purged in a period.</source>
        <translation>Save a PDF listing the ID copies purged in a period.</translation>
    </message>
    <message>
        <source>Upcoming purges (next 12 months)</source>
        <translation>Upcoming purges (next 12 months)</translation>
    </message>
    <message>
        <source>No ID copy is due for purge in the next 12 months.</source>
        <translation>No ID copy is due for purge in the next 12 months.</translation>
    </message>
    <message>
        <source>ID copies are kept as CNIL NS-048 allows: access and rectification requests 1 year after closure; objection (including marketing opt-out) 3 years after the last contact; other requests per entity. An open request is never purged. Purging destroys the copy's key and removes its encrypted file (crypto-shred); the audit log records what, when and under which rule.</source>
        <translation>ID copies are kept as CNIL NS-048 allows: access and rectification requests 1 year after closure; objection (including marketing opt-out) 3 years after the last contact; other requests per entity. An open request is never purged. Purging destroys the copy's key and removes its encrypted file (crypto-shred); the audit log records what, when and under which rule.</translation>
    </message>
    <message>
        <source>{copies} due for purge now</source>
        <translation>{copies} due for purge now</translation>
    </message>
    <message>
        <source>Nothing is due for purge now</source>
        <translation>Nothing is due for purge now</translation>
    </message>
    <message>
        <source> · {later} more in the next 12 months</source>
        <translation> · {later} more in the next 12 months</translation>
    </message>
    <message>
        <source>Automatic purge is on: DSR Desk purges the copies due each time it starts (Settings).</source>
        <translation>Automatic purge is on: DSR Desk purges the copies due each time it starts (Settings).</translation>
    </message>
    <message>
        <source>Automatic purge is off: purge due copies here, or turn it on in Settings (“Purge expired ID copies when DSR Desk starts”).</source>
        <translation>Automatic purge is off: purge due copies here, or turn it on in Settings (“Purge expired ID copies when DSR Desk starts”).</translation>
    </message>
    <message>
        <source>Purge due ID copies?</source>
        <translation>Purge due ID copies?</translation>
    </message>
    <message>
        <source>Purging {count} due ID copies…</source>
        <translation>Purging {count} due ID copies…</translation>
    </message>
    <message>
        <source>Save the purge attestation</source>
        <translation>Save the purge attestation</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Purge attestation saved to {path}.</source>
        <translation>Purge attestation saved to {path}.</translation>
    </message>
    <message>
        <source>Records attestation saved to {path}.</source>
        <translation>Records attestation saved to {path}.</translation>
    </message>
</context>
<context>
    <name>EmailDropZone</name>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choose a file…</translation>
    </message>
    <message>
        <source>Do not keep this file with the request</source>
        <translation>Do not keep this file with the request</translation>
    </message>
    <message>
        <source>Drop the requester's e-mail (.eml) here to fill in the form, or the scan of a paper letter (PDF, JPEG, PNG).</source>
        <translation>Drop the requester's e-mail (.eml) here to fill in the form, or the scan of a paper letter (PDF, JPEG, PNG).</translation>
    </message>
    <message>
        <source>{filename}  ·  {size}
Will be kept with the request, encrypted, as the letter received.</source>
        <translation>{filename}  ·  {size}
Will be kept with the request, encrypted, as the letter received.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>✉  {filename}  ·  {size}
Will be kept with the request, encrypted.</source>
        <translation>✉  {filename}  ·  {size}
Will be kept with the request, encrypted.</translation>
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spain</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italy</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Netherlands</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ireland</translation>
    </message>
    <message>
        <source>Controller — decides why and how the data is processed</source>
        <translation>Controller — decides why and how the data is processed</translation>
    </message>
    <message>
        <source>Processor — processes data for a client (Art. 28)</source>
        <translation>Processor — processes data for a client (Art. 28)</translation>
    </message>
    <message>
        <source>Restart the month when the information arrives</source>
        <translation>Restart the month when the information arrives</translation>
    </message>
    <message>
        <source>Pause: add the days spent waiting</source>
        <translation>Pause: add the days spent waiting</translation>
    </message>
    <message>
        <source>PNG or JPEG images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>PNG or JPEG images (*.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <source>; known: </source>
        <translation>; known: </translation>
    </message>
    <message>
        <source>{head}; known: {codes}, …</source>
        <translation>{head}; known: {codes}, …</translation>
    </message>
    <message>
        <source>e.g. Groupe Scolaire Exemple</source>
        <translation>e.g. Groupe Scolaire Exemple</translation>
    </message>
    <message>
        <source>Street
Postcode and town</source>
        <translation>Street
Postcode and town</translation>
    </message>
    <message>
        <source>e.g. dpo@exemple.fr or DPO, 12 rue …</source>
        <translation>e.g. dpo@exemple.fr or DPO, 12 rue …</translation>
    </message>
    <message>
        <source>e.g. Le délégué à la protection des données</source>
        <translation>e.g. Le délégué à la protection des données</translation>
    </message>
    <message>
        <source>optional — e.g. 57 (Moselle), 6AE (Alsace)</source>
        <translation>optional — e.g. 57 (Moselle), 6AE (Alsace)</translation>
    </message>
    <message>
        <source>While you wait for an ID or a clarification (Art. 12(6)), the one-month period either starts again when the information arrives, or is paused and resumed.</source>
        <translation>While you wait for an ID or a clarification (Art. 12(6)), the one-month period either starts again when the information arrives, or is paused and resumed.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Postal &amp;address</source>
        <translation>Postal &amp;address</translation>
    </message>
    <message>
        <source>&amp;DPO contact</source>
        <translation>&amp;DPO contact</translation>
    </message>
    <message>
        <source>Letterhead &amp;logo</source>
        <translation>Letterhead &amp;logo</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Country</translation>
    </message>
    <message>
        <source>&amp;Holiday subdivision</source>
        <translation>&amp;Holiday subdivision</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>While &amp;waiting for ID</source>
        <translation>While &amp;waiting for ID</translation>
    </message>
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
        <source>Minimisation: record the identity check only, keep no copy</source>
        <translation>Minimisation: record the identity check only, keep no copy</translation>
    </message>
    <message>
        <source>10 year(s)</source>
        <translation>10 year(s)</translation>
    </message>
    <message>
        <source>Letters &amp;signed as</source>
        <translation>Letters &amp;signed as</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keeping ID copies&lt;/b&gt;</source>
        <translation>&lt;b&gt;Keeping ID copies&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Access, rectification</source>
        <translation>Access, rectification</translation>
    </message>
    <message>
        <source>Objection, opt-out</source>
        <translation>Objection, opt-out</translation>
    </message>
    <message>
        <source>Other requests</source>
        <translation>Other requests</translation>
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
    <message>
        <source>From the final answer (CNIL: 1 year)</source>
        <translation>From the final answer (CNIL: 1 year)</translation>
    </message>
    <message>
        <source>From the last contact (CNIL: 3 years; at most 6, the limitation period of art. 8 CPP)</source>
        <translation>From the last contact (CNIL: 3 years; at most 6, the limitation period of art. 8 CPP)</translation>
    </message>
    <message>
        <source>From the final answer</source>
        <translation>From the final answer</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>A PNG or JPEG file of at most 1 MB, printed at the top left of every letter</source>
        <translation>A PNG or JPEG file of at most 1 MB, printed at the top left of every letter</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. Printed at the top left of letters, 18 mm high at most, proportions kept.</source>
        <translation>PNG or JPEG, at most 1 MB. Printed at the top left of letters, 18 mm high at most, proportions kept.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Print letters without a logo</source>
        <translation>Print letters without a logo</translation>
    </message>
    <message>
        <source>Choose the letterhead logo</source>
        <translation>Choose the letterhead logo</translation>
    </message>
    <message>
        <source>Cannot read {name}: {problem}.</source>
        <translation>Cannot read {name}: {problem}.</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Logo set</source>
        <translation>Logo set</translation>
    </message>
    <message>
        <source>subdivision {code}</source>
        <translation>subdivision {code}</translation>
    </message>
    <message>
        <source>nationwide</source>
        <translation>nationwide</translation>
    </message>
    <message>
        <source>✓ Public holidays of {country_name}, {where}</source>
        <translation>✓ Public holidays of {country_name}, {where}</translation>
    </message>
</context>
<context>
    <name>EntitySettingsTab</name>
    <message>
        <source>Letterhead and logo, holiday calendar, deadline policy, ID copies</source>
        <translation>Letterhead and logo, holiday calendar, deadline policy, ID copies</translation>
    </message>
    <message>
        <source>The processing activities (Art. 30) quoted in access answers</source>
        <translation>The processing activities (Art. 30) quoted in access answers</translation>
    </message>
    <message>
        <source>This entity's own wording of each letter, with a live preview</source>
        <translation>This entity's own wording of each letter, with a live preview</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;Entities</translation>
    </message>
    <message>
        <source>Add entity</source>
        <translation>Add entity</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Pr&amp;ocessing register</source>
        <translation>Pr&amp;ocessing register</translation>
    </message>
    <message>
        <source>Letter word&amp;ing</source>
        <translation>Letter word&amp;ing</translation>
    </message>
    <message>
        <source>Save entity</source>
        <translation>Save entity</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Processing register</source>
        <translation>Processing register</translation>
    </message>
    <message>
        <source>Letter wording</source>
        <translation>Letter wording</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved ({parts}). Discard them?</source>
        <translation>“{name}” has changes that are not saved ({parts}). Discard them?</translation>
    </message>
    <message>
        <source>The new entity has changes that are not saved ({parts}). Discard them?</source>
        <translation>The new entity has changes that are not saved ({parts}). Discard them?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>New entity</source>
        <translation>New entity</translation>
    </message>
    <message>
        <source>Editing “{name}”</source>
        <translation>Editing “{name}”</translation>
    </message>
    <message>
        <source>Create entity</source>
        <translation>Create entity</translation>
    </message>
    <message>
        <source>Create the entity first</source>
        <translation>Create the entity first</translation>
    </message>
    <message>
        <source>“{name}” saved.</source>
        <translation>“{name}” saved.</translation>
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
    <name>ExtendDialog</name>
    <message>
        <source>{notice} — passed</source>
        <translation>{notice} — passed</translation>
    </message>
    <message>
        <source>{notice} — today is the last day</source>
        <translation>{notice} — today is the last day</translation>
    </message>
    <message>
        <source>{notice} — 1 day left</source>
        <translation>{notice} — 1 day left</translation>
    </message>
    <message>
        <source>{notice} — {days} days left</source>
        <translation>{notice} — {days} days left</translation>
    </message>
    <message>
        <source>Extend {reference}</source>
        <translation>Extend {reference}</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <source>The GDPR allows one extension of two further months where the request is complex or numerous. The requester must be told of the extension and of its reasons by {date}, the end of the first month.</source>
        <translation>The GDPR allows one extension of two further months where the request is complex or numerous. The requester must be told of the extension and of its reasons by {date}, the end of the first month.</translation>
    </message>
    <message>
        <source>Why more time is needed (this is told to the requester)…</source>
        <translation>Why more time is needed (this is told to the requester)…</translation>
    </message>
    <message>
        <source>Current due date:</source>
        <translation>Current due date:</translation>
    </message>
    <message>
        <source>New due date if extended:</source>
        <translation>New due date if extended:</translation>
    </message>
    <message>
        <source>Notify the requester by:</source>
        <translation>Notify the requester by:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <source>Typed in:</source>
        <translation>Typed in:</translation>
    </message>
    <message>
        <source>Give the reasons for the extension: they are told to the requester.</source>
        <translation>Give the reasons for the extension: they are told to the requester.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to {app_name}</source>
        <translation>Welcome to {app_name}</translation>
    </message>
    <message>
        <source>The request register is kept encrypted on this computer. Choose how the vault is unlocked.</source>
        <translation>The request register is kept encrypted on this computer. Choose how the vault is unlocked.</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <source>This workstation (encrypted vault)</source>
        <translation>This workstation (encrypted vault)</translation>
    </message>
    <message>
        <source>A team server (PostgreSQL)</source>
        <translation>A team server (PostgreSQL)</translation>
    </message>
    <message>
        <source>The register is shared with your colleagues on your team's PostgreSQL server: its administrator gives you its address, your DPO your account.</source>
        <translation>The register is shared with your colleagues on your team's PostgreSQL server: its administrator gives you its address, your DPO your account.</translation>
    </message>
    <message>
        <source>Use this computer's keyring (recommended)</source>
        <translation>Use this computer's keyring (recommended)</translation>
    </message>
    <message>
        <source>The key is kept in your session's keyring: DSR Desk opens when you are logged in, with nothing to type.</source>
        <translation>The key is kept in your session's keyring: DSR Desk opens when you are logged in, with nothing to type.</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Protect with a passphrase</translation>
    </message>
    <message>
        <source>Typed each time DSR Desk starts or after it locks itself. Choose this on a shared computer account.</source>
        <translation>Typed each time DSR Desk starts or after it locks itself. Choose this on a shared computer account.</translation>
    </message>
    <message>
        <source>The vault will be created in {data_dir}.</source>
        <translation>The vault will be created in {data_dir}.</translation>
    </message>
    <message>
        <source>The register is kept on your team's server: nothing is created on this computer. Next, say where the server is.</source>
        <translation>The register is kept on your team's server: nothing is created on this computer. Next, say where the server is.</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Creating the vault</translation>
    </message>
    <message>
        <source>This takes a moment: the key is derived and the database prepared.</source>
        <translation>This takes a moment: the key is derived and the database prepared.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Change the protection…</source>
        <translation>Change the protection…</translation>
    </message>
    <message>
        <source>Choose a passphrase first.</source>
        <translation>Choose a passphrase first.</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>a passphrase</translation>
    </message>
    <message>
        <source>this computer's keyring</source>
        <translation>this computer's keyring</translation>
    </message>
    <message>
        <source>Creating the encrypted vault, protected by {mode}…</source>
        <translation>Creating the encrypted vault, protected by {mode}…</translation>
    </message>
    <message>
        <source>The vault was created ({value} mode).</source>
        <translation>The vault was created ({value} mode).</translation>
    </message>
    <message>
        <source>The vault could not be created; nothing was left behind.</source>
        <translation>The vault could not be created; nothing was left behind.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>Shown only now. It opens the vault if the passphrase is forgotten or the keyring entry is lost (new computer, reinstalled system).</source>
        <translation>Shown only now. It opens the vault if the passphrase is forgotten or the keyring entry is lost (new computer, reinstalled system).</translation>
    </message>
    <message>
        <source>Print it, or save it as a PDF and move the file off this computer. Keep it locked away (a safe, a locked drawer): anyone with this key and a copy of the data folder can read the vault.</source>
        <translation>Print it, or save it as a PDF and move the file off this computer. Keep it locked away (a safe, a locked drawer): anyone with this key and a copy of the data folder can read the vault.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>I have stored the recovery key in a safe place</translation>
    </message>
    <message>
        <source>The recovery sheet was sent to the printer.</source>
        <translation>The recovery sheet was sent to the printer.</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Save the recovery sheet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it or move it to a USB key kept locked away, then delete it from this computer.</source>
        <translation>Saved to {path}. Print it or move it to a USB key kept locked away, then delete it from this computer.</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <source>The entity that answers the requests: letterhead, DPO contact and the holiday calendar used for deadlines. More entities can be added later in Settings.</source>
        <translation>The entity that answers the requests: letterhead, DPO contact and the holiday calendar used for deadlines. More entities can be added later in Settings.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Letters are signed with your name and title, and the audit log records your name for each change. Both can be changed later in Settings › Preferences.</source>
        <translation>Letters are signed with your name and title, and the audit log records your name for each change. Both can be changed later in Settings › Preferences.</translation>
    </message>
    <message>
        <source>Open {app_name}</source>
        <translation>Open {app_name}</translation>
    </message>
    <message>
        <source>e.g. Camille Dupont</source>
        <translation>e.g. Camille Dupont</translation>
    </message>
    <message>
        <source>e.g. Data Protection Officer</source>
        <translation>e.g. Data Protection Officer</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Title under your signature:</source>
        <translation>&amp;Title under your signature:</translation>
    </message>
    <message>
        <source>Your team server</source>
        <translation>Your team server</translation>
    </message>
    <message>
        <source>Where the team's register is kept (PostgreSQL), and your account on it. Your password is never kept on this computer.</source>
        <translation>Where the team's register is kept (PostgreSQL), and your account on it. Your password is never kept on this computer.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Your &amp;account:</source>
        <translation>Your &amp;account:</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Your &amp;password:</translation>
    </message>
    <message>
        <source>Set up {app_name}</source>
        <translation>Set up {app_name}</translation>
    </message>
    <message>
        <source>The vault is created but has no entity yet. Quit anyway? You can add the entity later in Settings.</source>
        <translation>The vault is created but has no entity yet. Quit anyway? You can add the entity later in Settings.</translation>
    </message>
    <message>
        <source>The recovery key will not be shown again. Without it, a forgotten passphrase or a lost keyring entry means the data is lost. Quit anyway?</source>
        <translation>The recovery key will not be shown again. Without it, a forgotten passphrase or a lost keyring entry means the data is lost. Quit anyway?</translation>
    </message>
    <message>
        <source>Quit {app_name} set-up</source>
        <translation>Quit {app_name} set-up</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Document viewer</source>
        <extracomment>Shortcuts of windows that are not open when the list is made (the document viewer's): the viewer makes its own from this same table (``dialogs.document_pages.VIEWER_KEYS``).</extracomment>
        <translation>Document viewer</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Main window</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Proprietary licence: all rights reserved</source>
        <translation>Proprietary licence: all rights reserved</translation>
    </message>
    <message>
        <source>Key in this computer's keyring</source>
        <translation>Key in this computer's keyring</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Account on a team server (PostgreSQL)</source>
        <translation>Account on a team server (PostgreSQL)</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>Data-subject requests of a DPO office: deadlines, letters and records.</source>
        <translation>Data-subject requests of a DPO office: deadlines, letters and records.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Vault unlocked with:</source>
        <translation>Vault unlocked with:</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>IdentityCheckDialog</name>
    <message>
        <source>Known e-mail address</source>
        <translation>Known e-mail address</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>ID document</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Verified — identity confirmed</source>
        <translation>Verified — identity confirmed</translation>
    </message>
    <message>
        <source>Failed — identity not confirmed</source>
        <translation>Failed — identity not confirmed</translation>
    </message>
    <message>
        <source>national identity card</source>
        <translation>national identity card</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>passport</translation>
    </message>
    <message>
        <source>residence permit</source>
        <translation>residence permit</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>driving licence</translation>
    </message>
    <message>
        <source>Identity check — {reference}</source>
        <translation>Identity check — {reference}</translation>
    </message>
    <message>
        <source>Record the check</source>
        <translation>Record the check</translation>
    </message>
    <message>
        <source>Record how the identity was checked. Keep no copy of the document: its kind and at most the last 4 characters of its number are enough.</source>
        <translation>Record how the identity was checked. Keep no copy of the document: its kind and at most the last 4 characters of its number are enough.</translation>
    </message>
    <message>
        <source>Choose how it was checked</source>
        <translation>Choose how it was checked</translation>
    </message>
    <message>
        <source>e.g. passport</source>
        <translation>e.g. passport</translation>
    </message>
    <message>
        <source>last 4 characters, e.g. 4821</source>
        <translation>last 4 characters, e.g. 4821</translation>
    </message>
    <message>
        <source>Choose the result</source>
        <translation>Choose the result</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <source>Document kind:</source>
        <translation>Document kind:</translation>
    </message>
    <message>
        <source>Number ending:</source>
        <translation>Number ending:</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>Checked by:</translation>
    </message>
    <message>
        <source>Checked on:</source>
        <translation>Checked on:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Choose how the identity was checked.</source>
        <translation>Choose how the identity was checked.</translation>
    </message>
    <message>
        <source>Choose the result of the check.</source>
        <translation>Choose the result of the check.</translation>
    </message>
    <message>
        <source>Say which kind of ID document was checked.</source>
        <translation>Say which kind of ID document was checked.</translation>
    </message>
    <message>
        <source>Keep at most the last {number_chars} characters of the document number.</source>
        <translation>Keep at most the last {number_chars} characters of the document number.</translation>
    </message>
    <message>
        <source>Say who checked the identity.</source>
        <translation>Say who checked the identity.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>The idle lock needs at least one minute.</source>
        <translation>The idle lock needs at least one minute.</translation>
    </message>
</context>
<context>
    <name>InformationReceivedDialog</name>
    <message>
        <source>Information received — {reference}</source>
        <translation>Information received — {reference}</translation>
    </message>
    <message>
        <source>Record arrival</source>
        <translation>Record arrival</translation>
    </message>
    <message>
        <source>Waiting since {date} for {kind}:</source>
        <translation>Waiting since {date} for {kind}:</translation>
    </message>
    <message>
        <source>Asked for:</source>
        <translation>Asked for:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <source>Effect:</source>
        <translation>Effect:</translation>
    </message>
    <message>
        <source>Policy: pause. The {waited} days spent waiting will be added to the due date.</source>
        <translation>Policy: pause. The {waited} days spent waiting will be added to the due date.</translation>
    </message>
    <message>
        <source>Policy: pause. The 1 day spent waiting will be added to the due date.</source>
        <translation>Policy: pause. The 1 day spent waiting will be added to the due date.</translation>
    </message>
    <message>
        <source>Policy: restart. The one-month period will count again from {date}.</source>
        <translation>Policy: restart. The one-month period will count again from {date}.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <source>The information cannot arrive before it was asked ({date}).</source>
        <translation>The information cannot arrive before it was asked ({date}).</translation>
    </message>
</context>
<context>
    <name>KeyChangeDialog</name>
    <message>
        <source>DSR Desk is locked.</source>
        <translation>DSR Desk is locked.</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Enter the current passphrase.</translation>
    </message>
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
        <source>ID copy</source>
        <translation>ID copy</translation>
    </message>
    <message>
        <source>Requester's letter</source>
        <translation>Requester's letter</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Our letter</source>
        <translation>Our letter</translation>
    </message>
    <message>
        <source>Mandate or proof of capacity</source>
        <translation>Mandate or proof of capacity</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Letters — {reference}</source>
        <translation>Letters — {reference}</translation>
    </message>
    <message>
        <source>your display name</source>
        <translation>your display name</translation>
    </message>
    <message>
        <source>e.g. 1A 234 567 8901 2</source>
        <translation>e.g. 1A 234 567 8901 2</translation>
    </message>
    <message>
        <source>The balancing test: why the objection is upheld or not…</source>
        <translation>The balancing test: why the objection is upheld or not…</translation>
    </message>
    <message>
        <source>Reasons of the partial refusal…</source>
        <translation>Reasons of the partial refusal…</translation>
    </message>
    <message>
        <source>Name
Address lines…</source>
        <translation>Name
Address lines…</translation>
    </message>
    <message>
        <source>Why the data may be disclosed although the identity is not verified (audited)…</source>
        <translation>Why the data may be disclosed although the identity is not verified (audited)…</translation>
    </message>
    <message>
        <source>Why the extension is told after its notice date (audited)…</source>
        <translation>Why the extension is told after its notice date (audited)…</translation>
    </message>
    <message>
        <source>Tick the processing activities that concern this requester.</source>
        <translation>Tick the processing activities that concern this requester.</translation>
    </message>
    <message>
        <source>Answer the linked requests in the same mailing
({references})</source>
        <translation>Answer the linked requests in the same mailing
({references})</translation>
    </message>
    <message>
        <source>One PDF holding a letter for each of these requests; a copy is kept in each request's file.</source>
        <translation>One PDF holding a letter for each of these requests; a copy is kept in each request's file.</translation>
    </message>
    <message>
        <source>The requester may send (least intrusive first):</source>
        <translation>The requester may send (least intrusive first):</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Letter:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>Registered mail n°:</source>
        <translation>Registered mail n°:</translation>
    </message>
    <message>
        <source>Balancing test:</source>
        <translation>Balancing test:</translation>
    </message>
    <message>
        <source>Partial refusal:</source>
        <translation>Partial refusal:</translation>
    </message>
    <message>
        <source>Addressee:</source>
        <translation>Addressee:</translation>
    </message>
    <message>
        <source>Disclose anyway:</source>
        <translation>Disclose anyway:</translation>
    </message>
    <message>
        <source>Activities concerned:</source>
        <translation>Activities concerned:</translation>
    </message>
    <message>
        <source>Late extension:</source>
        <translation>Late extension:</translation>
    </message>
    <message>
        <source>Translation of: %s</source>
        <translation>Translation of: %s</translation>
    </message>
    <message>
        <source>Translations:</source>
        <translation>Translations:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation>Mark as sent…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Preview of the letter</translation>
    </message>
    <message>
        <source>The request for identity does not say what the requester may send. Tick the means offered, the least intrusive that suffice (EDPB Guidelines 01/2022): they are recorded with the request for identity when the letter is printed, saved or sent.</source>
        <translation>The request for identity does not say what the requester may send. Tick the means offered, the least intrusive that suffice (EDPB Guidelines 01/2022): they are recorded with the request for identity when the letter is printed, saved or sent.</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message>
        <source>1 page — ready to print or send.</source>
        <translation>1 page — ready to print or send.</translation>
    </message>
    <message>
        <source>{n} pages — ready to print or send.</source>
        <translation>{n} pages — ready to print or send.</translation>
    </message>
    <message>
        <source>Nothing can be printed or sent until this is resolved.</source>
        <translation>Nothing can be printed or sent until this is resolved.</translation>
    </message>
    <message>
        <source>Recorded with the request for identity.</source>
        <translation>Recorded with the request for identity.</translation>
    </message>
    <message>
        <source>Print the letter — {reference}</source>
        <translation>Print the letter — {reference}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Save the letter as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Saved as {name}.</translation>
    </message>
    <message>
        <source>Kept in the request's file as sent on {day} ({channel}).</source>
        <translation>Kept in the request's file as sent on {day} ({channel}).</translation>
    </message>
</context>
<context>
    <name>LetterTemplateEditor</name>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;nguage:</translation>
    </message>
    <message>
        <source>Letter wording</source>
        <translation>Letter wording</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor.</source>
        <translation>Double-click to insert at the cursor.</translation>
    </message>
    <message>
        <source>First line 'Subject: …', a blank line, then the paragraphs (blank line between them; '- ' for a list, '&gt; ' for quoted text). {name?} leaves a paragraph out when there is no value. Legal mentions are added automatically.</source>
        <translation>First line 'Subject: …', a blank line, then the paragraphs (blank line between them; '- ' for a list, '&gt; ' for quoted text). {name?} leaves a paragraph out when there is no value. Legal mentions are added automatically.</translation>
    </message>
    <message>
        <source>Save for this entity</source>
        <translation>Save for this entity</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Reset to default</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Placeholders:</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Preview of the letter</translation>
    </message>
    <message>
        <source>Unsaved wording</source>
        <translation>Unsaved wording</translation>
    </message>
    <message>
        <source>The wording of “{letter}” ({language}) has changes that are not saved. Discard them?</source>
        <translation>The wording of “{letter}” ({language}) has changes that are not saved. Discard them?</translation>
    </message>
    <message>
        <source>{entity}'s wording</source>
        <translation>{entity}'s wording</translation>
    </message>
    <message>
        <source>DSR Desk's wording</source>
        <translation>DSR Desk's wording</translation>
    </message>
    <message>
        <source>{origin} — edited, not saved</source>
        <translation>{origin} — edited, not saved</translation>
    </message>
</context>
<context>
    <name>LetterWords</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <source>Request for identification</source>
        <translation>Request for identification</translation>
    </message>
    <message>
        <source>Request for clarification</source>
        <translation>Request for clarification</translation>
    </message>
    <message>
        <source>Extension notice (Art. 12(3))</source>
        <translation>Extension notice (Art. 12(3))</translation>
    </message>
    <message>
        <source>Refusal / partial refusal (Art. 12(4))</source>
        <translation>Refusal / partial refusal (Art. 12(4))</translation>
    </message>
    <message>
        <source>Answer: request completed</source>
        <translation>Answer: request completed</translation>
    </message>
    <message>
        <source>Objection outcome (Art. 21)</source>
        <translation>Objection outcome (Art. 21)</translation>
    </message>
    <message>
        <source>Notice to a recipient (Art. 19)</source>
        <translation>Notice to a recipient (Art. 19)</translation>
    </message>
    <message>
        <source>Forward to the controller + notice (Art. 28)</source>
        <translation>Forward to the controller + notice (Art. 28)</translation>
    </message>
    <message>
        <source>Partial answer: granted, withheld, reasons (Art. 12(4))</source>
        <translation>Partial answer: granted, withheld, reasons (Art. 12(4))</translation>
    </message>
    <message>
        <source>Refusal: manifestly unfounded or excessive (Art. 12(5)(b))</source>
        <translation>Refusal: manifestly unfounded or excessive (Art. 12(5)(b))</translation>
    </message>
    <message>
        <source>Answer: no data held (Art. 15(1))</source>
        <translation>Answer: no data held (Art. 15(1))</translation>
    </message>
    <message>
        <source>Acknowledgement of the withdrawal</source>
        <translation>Acknowledgement of the withdrawal</translation>
    </message>
    <message>
        <source>Closure for lack of reply</source>
        <translation>Closure for lack of reply</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Registered post</source>
        <translation>Registered post</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Hand delivery</source>
        <translation>Hand delivery</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to {app_name}</source>
        <translation>Log in to {app_name}</translation>
    </message>
    <message>
        <source>{app_name} is locked</source>
        <translation>{app_name} is locked</translation>
    </message>
    <message>
        <source>The register is kept on your team's server. Log in with your account.</source>
        <translation>The register is kept on your team's server. Log in with your account.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Team server: {server}</source>
        <translation>Team server: {server}</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Quit {app_name}</source>
        <translation>Quit {app_name}</translation>
    </message>
    <message>
        <source>Enter your account name.</source>
        <translation>Enter your account name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Try again in {seconds} s.</source>
        <translation>Try again in {seconds} s.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Log in ({seconds} s)</source>
        <translation>Log in ({seconds} s)</translation>
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
        <source>Navigation</source>
        <translation>Navigation</translation>
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
        <source>Close the request file</source>
        <translation>Close the request file</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Go to {page}</source>
        <translation>Go to {page}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Export the register…</source>
        <translation>Export the register…</translation>
    </message>
    <message>
        <source>Export the deadline calendar…</source>
        <translation>Export the deadline calendar…</translation>
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
        <source>Work on this workstation instead…</source>
        <translation>Work on this workstation instead…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>About DSR Desk</source>
        <translation>About DSR Desk</translation>
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
    <name>MarkSentDialog</name>
    <message>
        <source>Mark the letter as sent</source>
        <translation>Mark the letter as sent</translation>
    </message>
    <message>
        <source>A copy of this letter is kept, encrypted, in the request's file, and the audit log records how and when it was sent.</source>
        <translation>A copy of this letter is kept, encrypted, in the request's file, and the audit log records how and when it was sent.</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Sent by:</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>Sent on:</translation>
    </message>
    <message>
        <source>Keep as sent</source>
        <translation>Keep as sent</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>MoveToTeamDialog</name>
    <message>
        <source>DSR Desk is locked.</source>
        <translation>DSR Desk is locked.</translation>
    </message>
    <message>
        <source>The team database is not empty: the register moves only into a new, empty database (its administrator creates it). Nothing was changed.</source>
        <translation>The team database is not empty: the register moves only into a new, empty database (its administrator creates it). Nothing was changed.</translation>
    </message>
    <message>
        <source>Move the register to a team server</source>
        <translation>Move the register to a team server</translation>
    </message>
    <message>
        <source>Move the register</source>
        <translation>Move the register</translation>
    </message>
    <message>
        <source>Log in to the team server</source>
        <translation>Log in to the team server</translation>
    </message>
    <message>
        <source>The register is copied into the team's database on the server, which must be empty: every personal field encrypted with a new team key, the audit log checked on both sides. This workstation's vault stays as it is in its folder; DSR Desk then works on the server, where you log in with the account below.</source>
        <translation>The register is copied into the team's database on the server, which must be empty: every personal field encrypted with a new team key, the audit log checked on both sides. This workstation's vault stays as it is in its folder; DSR Desk then works on the server, where you log in with the account below.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>How long the server's backups, WAL archives and replicas keep deleted data (ask its administrator): purge attestations state it.</source>
        <translation>How long the server's backups, WAL archives and replicas keep deleted data (ask its administrator): purge attestations state it.</translation>
    </message>
    <message>
        <source>First DPO &amp;account:</source>
        <translation>First DPO &amp;account:</translation>
    </message>
    <message>
        <source>Its &amp;password:</source>
        <translation>Its &amp;password:</translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation>Type it a&amp;gain:</translation>
    </message>
    <message>
        <source>A few unrelated words, 10 characters or more. Your colleagues are added later, on the server; no password is kept on this computer.</source>
        <translation>A few unrelated words, 10 characters or more. Your colleagues are added later, on the server; no password is kept on this computer.</translation>
    </message>
    <message>
        <source>Server &amp;backups keep data:</source>
        <translation>Server &amp;backups keep data:</translation>
    </message>
    <message>
        <source>The team's recovery key, shown only now. It opens the team key if the password of every DPO account is lost: print it or save it as a PDF, and keep it locked away.</source>
        <translation>The team's recovery key, shown only now. It opens the team key if the password of every DPO account is lost: print it or save it as a PDF, and keep it locked away.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>I have stored the recovery key in a safe place</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Copying the register to the team server: every personal field is encrypted with the team key, then everything is counted and checked again…</source>
        <translation>Copying the register to the team server: every personal field is encrypted with the team key, then everything is counted and checked again…</translation>
    </message>
    <message>
        <source>The register is now on the team server {server}; {admin} is its first DPO.</source>
        <translation>The register is now on the team server {server}; {admin} is its first DPO.</translation>
    </message>
    <message>
        <source>Copied and counted again</source>
        <translation>Copied and counted again</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>This vault</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
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
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Documents kept encrypted</source>
        <translation>Documents kept encrypted</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <source>Audit log on the server: {message}</source>
        <translation>Audit log on the server: {message}</translation>
    </message>
    <message>
        <source>Not copied (their copy of the team key needs their password): {names}. Add them again on the server.</source>
        <translation>Not copied (their copy of the team key needs their password): {names}. Add them again on the server.</translation>
    </message>
    <message>
        <source>The recovery sheet was sent to the printer.</source>
        <translation>The recovery sheet was sent to the printer.</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Save the recovery sheet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it or move it to a USB key kept locked away, then delete it from this computer.</source>
        <translation>Saved to {path}. Print it or move it to a USB key kept locked away, then delete it from this computer.</translation>
    </message>
    <message>
        <source>Close without the recovery key</source>
        <translation>Close without the recovery key</translation>
    </message>
    <message>
        <source>The team's recovery key will not be shown again. Without it, the team database cannot be opened if every DPO's password is lost. Close anyway?</source>
        <translation>The team's recovery key will not be shown again. Without it, the team database cannot be opened if every DPO's password is lost. Close anyway?</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>No entity set up</source>
        <translation>No entity set up</translation>
    </message>
    <message>
        <source>Choose the requester's e-mail or letter scan</source>
        <translation>Choose the requester's e-mail or letter scan</translation>
    </message>
    <message>
        <source>E-mails and scans (*.eml *.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>E-mails and scans (*.eml *.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>The e-mail has no readable date: check the receipt date.</source>
        <translation>The e-mail has no readable date: check the receipt date.</translation>
    </message>
    <message>
        <source>Possible duplicate: {who} — {requests}</source>
        <translation>Possible duplicate: {who} — {requests}</translation>
    </message>
    <message>
        <source>Saving the request…</source>
        <translation>Saving the request…</translation>
    </message>
    <message>
        <source>Retry attaching</source>
        <translation>Retry attaching</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{reference} was saved, but its e-mail could not be kept: {problem} Retry, or close and add the e-mail to the request later.</source>
        <translation>{reference} was saved, but its e-mail could not be kept: {problem} Retry, or close and add the e-mail to the request later.</translation>
    </message>
    <message>
        <source>Storing the e-mail…</source>
        <translation>Storing the e-mail…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Save request</translation>
    </message>
</context>
<context>
    <name>NewRequestForm</name>
    <message>
        <source>{type} (Art. {article})</source>
        <translation>{type} (Art. {article})</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Web form</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
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
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>First name and surname</translation>
    </message>
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
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Postal address (for letters)</source>
        <translation>Postal address (for letters)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>What is asked, in a few lines</source>
        <translation>What is asked, in a few lines</translation>
    </message>
    <message>
        <source>Assign to me ({user})</source>
        <translation>Assign to me ({user})</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Save request</translation>
    </message>
    <message>
        <source>Request &amp;type</source>
        <translation>Request &amp;type</translation>
    </message>
    <message>
        <source>Also as&amp;ked</source>
        <translation>Also as&amp;ked</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Received on</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <source>&amp;Entity</source>
        <translation>&amp;Entity</translation>
    </message>
    <message>
        <source>Requester &amp;name</source>
        <translation>Requester &amp;name</translation>
    </message>
    <message>
        <source>C&amp;ivility</source>
        <translation>C&amp;ivility</translation>
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
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Postal &amp;address</source>
        <translation>Postal &amp;address</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Nothing else</source>
        <translation>Nothing else</translation>
    </message>
    <message>
        <source>choose the request type</source>
        <translation>choose the request type</translation>
    </message>
    <message>
        <source>correct the receipt date</source>
        <translation>correct the receipt date</translation>
    </message>
    <message>
        <source>wait for the entities to load</source>
        <translation>wait for the entities to load</translation>
    </message>
    <message>
        <source>set up an entity first (Settings → Entities)</source>
        <translation>set up an entity first (Settings → Entities)</translation>
    </message>
    <message>
        <source>choose the entity</source>
        <translation>choose the entity</translation>
    </message>
    <message>
        <source>enter the requester's name</source>
        <translation>enter the requester's name</translation>
    </message>
    <message>
        <source>enter the name of the person the request concerns</source>
        <translation>enter the name of the person the request concerns</translation>
    </message>
    <message>
        <source>correct the e-mail address</source>
        <translation>correct the e-mail address</translation>
    </message>
    <message>
        <source>Choose the request type.</source>
        <translation>Choose the request type.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>To save: {problems}.</source>
        <translation>To save: {problems}.</translation>
    </message>
    <message>
        <source>In the future: enter the day the request arrived (today is {today}).</source>
        <translation>In the future: enter the day the request arrived (today is {today}).</translation>
    </message>
    <message>
        <source>Not a valid e-mail address (like name@example.org).</source>
        <translation>Not a valid e-mail address (like name@example.org).</translation>
    </message>
</context>
<context>
    <name>NewRequestIntake</name>
    <message>
        <source>{name} is larger than {size} MB; register the request by hand.</source>
        <translation>{name} is larger than {size} MB; register the request by hand.</translation>
    </message>
    <message>
        <source>{name} could not be read ({problem}).</source>
        <translation>{name} could not be read ({problem}).</translation>
    </message>
    <message>
        <source>{name} is larger than {size} MB; save the request, then attach a smaller scan.</source>
        <translation>{name} is larger than {size} MB; save the request, then attach a smaller scan.</translation>
    </message>
    <message>
        <source>{name} is not a readable scan (PDF, JPEG or PNG).</source>
        <translation>{name} is not a readable scan (PDF, JPEG or PNG).</translation>
    </message>
    <message>
        <source>{name} is neither an e-mail (.eml) nor a scan (PDF, JPEG or PNG). Save the e-mail as .eml (drag it from the mail program to a folder) and drop that file.</source>
        <translation>{name} is neither an e-mail (.eml) nor a scan (PDF, JPEG or PNG). Save the e-mail as .eml (drag it from the mail program to a folder) and drop that file.</translation>
    </message>
    <message>
        <source>Unexpected error: {name}.</source>
        <translation>Unexpected error: {name}.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Unexpected error: {name}.</source>
        <translation>Unexpected error: {name}.</translation>
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
        <source>The database did not answer in time.</source>
        <translation>The database did not answer in time.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>At least {min_passphrase_chars} characters; a few unrelated words work well.</source>
        <translation>At least {min_passphrase_chars} characters; a few unrelated words work well.</translation>
    </message>
    <message>
        <source>Too short: 1 more character needed.</source>
        <translation>Too short: 1 more character needed.</translation>
    </message>
    <message>
        <source>Too short: {missing} more characters needed.</source>
        <translation>Too short: {missing} more characters needed.</translation>
    </message>
    <message>
        <source>Strength: hard to guess.</source>
        <translation>Strength: hard to guess.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Type it again</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Type the passphrase again.</source>
        <translation>Type the passphrase again.</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>the requester's name</source>
        <translation>the requester's name</translation>
    </message>
    <message>
        <source>the requester's e-mail address</source>
        <translation>the requester's e-mail address</translation>
    </message>
    <message>
        <source>the request's reference (DSR-2026-0001)</source>
        <translation>the request's reference (DSR-2026-0001)</translation>
    </message>
    <message>
        <source>the entity's name</source>
        <translation>the entity's name</translation>
    </message>
    <message>
        <source>the entity's postal address, on one line</source>
        <translation>the entity's postal address, on one line</translation>
    </message>
    <message>
        <source>the DPO's postal address: entity – DPO – address</source>
        <translation>the DPO's postal address: entity – DPO – address</translation>
    </message>
    <message>
        <source>the DPO's contact (e-mail) as set on the entity</source>
        <translation>the DPO's contact (e-mail) as set on the entity</translation>
    </message>
    <message>
        <source>the day the request was received</source>
        <translation>the day the request was received</translation>
    </message>
    <message>
        <source>how it reached us (« par courrier électronique », “by e-mail”…)</source>
        <translation>how it reached us (« par courrier électronique », “by e-mail”…)</translation>
    </message>
    <message>
        <source>what was asked (« demande d'accès à vos données personnelles »…)</source>
        <translation>what was asked (« demande d'accès à vos données personnelles »…)</translation>
    </message>
    <message>
        <source>the same, for a third party (« demande d'accès (article 15…) »)</source>
        <translation>the same, for a third party (« demande d'accès (article 15…) »)</translation>
    </message>
    <message>
        <source>the summary typed when the request was logged</source>
        <translation>the summary typed when the request was logged</translation>
    </message>
    <message>
        <source>the due date in force (extended if extended)</source>
        <translation>the due date in force (extended if extended)</translation>
    </message>
    <message>
        <source>the date of the letter</source>
        <translation>the date of the letter</translation>
    </message>
    <message>
        <source>who signs the letter</source>
        <translation>who signs the letter</translation>
    </message>
    <message>
        <source>« Madame, », « Monsieur, » or, civility unknown, « Madame, Monsieur, »</source>
        <translation>« Madame, », « Monsieur, » or, civility unknown, « Madame, Monsieur, »</translation>
    </message>
    <message>
        <source>« Madame », « Monsieur » or « Madame, Monsieur » (closing formula)</source>
        <translation>« Madame », « Monsieur » or « Madame, Monsieur » (closing formula)</translation>
    </message>
    <message>
        <source>the person the request concerns, when the requester acts for them</source>
        <translation>the person the request concerns, when the requester acts for them</translation>
    </message>
    <message>
        <source>when we answer, and what the due date counts from (receipt, the information received after a restart, the paused days); for a processor: the request is passed to the controller</source>
        <translation>when we answer, and what the due date counts from (receipt, the information received after a restart, the paused days); for a processor: the request is passed to the controller</translation>
    </message>
    <message>
        <source>« Votre demande va désormais suivre les étapes suivantes : »</source>
        <translation>« Votre demande va désormais suivre les étapes suivantes : »</translation>
    </message>
    <message>
        <source>the identity step and the entity's suspension policy (none once the identity is verified, or for an opt-out / consent withdrawal)</source>
        <translation>the identity step and the entity's suspension policy (none once the identity is verified, or for an opt-out / consent withdrawal)</translation>
    </message>
    <message>
        <source>the work step</source>
        <translation>the work step</translation>
    </message>
    <message>
        <source>the possible extension, told by the one-month date at the latest</source>
        <translation>the possible extension, told by the one-month date at the latest</translation>
    </message>
    <message>
        <source>the last day to tell of an extension (the one-month date)</source>
        <translation>the last day to tell of an extension (the one-month date)</translation>
    </message>
    <message>
        <source>who the requester acts for (left out when they ask for themselves)</source>
        <translation>who the requester acts for (left out when they ask for themselves)</translation>
    </message>
    <message>
        <source>the reason recorded with the request for identity</source>
        <translation>the reason recorded with the request for identity</translation>
    </message>
    <message>
        <source>why the identity matters for the right asked (data disclosed, data changed, or a person we cannot match)</source>
        <translation>why the identity matters for the right asked (data disclosed, data changed, or a person we cannot match)</translation>
    </message>
    <message>
        <source>« we must confirm your identity (Art. 12(6)); the information we hold leaves a reasonable doubt, for the following reason: »</source>
        <translation>« we must confirm your identity (Art. 12(6)); the information we hold leaves a reasonable doubt, for the following reason: »</translation>
    </message>
    <message>
        <source>why there is a reasonable doubt (recorded with the request for identity)</source>
        <translation>why there is a reasonable doubt (recorded with the request for identity)</translation>
    </message>
    <message>
        <source>« please send us one of the following, preferably the first you can »</source>
        <translation>« please send us one of the following, preferably the first you can »</translation>
    </message>
    <message>
        <source>a reply from the e-mail address we know (when chosen)</source>
        <translation>a reply from the e-mail address we know (when chosen)</translation>
    </message>
    <message>
        <source>a customer, member or student number (when chosen)</source>
        <translation>a customer, member or student number (when chosen)</translation>
    </message>
    <message>
        <source>a recent letter or invoice from us (when chosen)</source>
        <translation>a recent letter or invoice from us (when chosen)</translation>
    </message>
    <message>
        <source>an ID copy with the photograph masked (when chosen)</source>
        <translation>an ID copy with the photograph masked (when chosen)</translation>
    </message>
    <message>
        <source>how to reply: by post and by e-mail, the request's channel first</source>
        <translation>how to reply: by post and by e-mail, the request's channel first</translation>
    </message>
    <message>
        <source>the day we asked (the deadline is suspended from then)</source>
        <translation>the day we asked (the deadline is suspended from then)</translation>
    </message>
    <message>
        <source>how the deadline is affected (EDPB Guidelines 01/2022; the entity's restart/pause policy; without delay for an opt-out)</source>
        <translation>how the deadline is affected (EDPB Guidelines 01/2022; the entity's restart/pause policy; without delay for an opt-out)</translation>
    </message>
    <message>
        <source>how long a copy of an ID document is kept (or that none is); only when an ID copy is one of the means</source>
        <translation>how long a copy of an ID document is kept (or that none is); only when an ID copy is one of the means</translation>
    </message>
    <message>
        <source>what we need clarified (the reason recorded with the suspension)</source>
        <translation>what we need clarified (the reason recorded with the suspension)</translation>
    </message>
    <message>
        <source>how the deadline is affected (the entity's restart/pause policy)</source>
        <translation>how the deadline is affected (the entity's restart/pause policy)</translation>
    </message>
    <message>
        <source>the one-month due date</source>
        <translation>the one-month due date</translation>
    </message>
    <message>
        <source>the extended due date (three months from receipt)</source>
        <translation>the extended due date (three months from receipt)</translation>
    </message>
    <message>
        <source>the reasons recorded with the extension</source>
        <translation>the reasons recorded with the extension</translation>
    </message>
    <message>
        <source>« nous ne pouvons pas donner suite… » (full or partial)</source>
        <translation>« nous ne pouvons pas donner suite… » (full or partial)</translation>
    </message>
    <message>
        <source>the reasons recorded with the refusal</source>
        <translation>the reasons recorded with the refusal</translation>
    </message>
    <message>
        <source>what was done, for this type of request</source>
        <translation>what was done, for this type of request</translation>
    </message>
    <message>
        <source>the note recorded when the request was closed</source>
        <translation>the note recorded when the request was closed</translation>
    </message>
    <message>
        <source>« Vous trouverez ci-joint … »: only when a data bundle was produced</source>
        <translation>« Vous trouverez ci-joint … »: only when a data bundle was produced</translation>
    </message>
    <message>
        <source>Art. 19: the recipients notified, as recorded, or that there were none (rectification, erasure, restriction)</source>
        <translation>Art. 19: the recipients notified, as recorded, or that there were none (rectification, erasure, restriction)</translation>
    </message>
    <message>
        <source>the decision (marketing: always granted; else balancing test)</source>
        <translation>the decision (marketing: always granted; else balancing test)</translation>
    </message>
    <message>
        <source>the balancing test: the grounds of the decision</source>
        <translation>the balancing test: the grounds of the decision</translation>
    </message>
    <message>
        <source>the recipient the data were disclosed to</source>
        <translation>the recipient the data were disclosed to</translation>
    </message>
    <message>
        <source>the recipient's postal address, on one line</source>
        <translation>the recipient's postal address, on one line</translation>
    </message>
    <message>
        <source>« la rectification » / “the erasure” …</source>
        <translation>« la rectification » / “the erasure” …</translation>
    </message>
    <message>
        <source>what the recipient is asked to do in turn</source>
        <translation>what the recipient is asked to do in turn</translation>
    </message>
    <message>
        <source>the controller the request is forwarded to</source>
        <translation>the controller the request is forwarded to</translation>
    </message>
    <message>
        <source>the controller's postal address, on one line</source>
        <translation>the controller's postal address, on one line</translation>
    </message>
    <message>
        <source>the day the request was forwarded</source>
        <translation>the day the request was forwarded</translation>
    </message>
    <message>
        <source>what is granted (recorded when the request was closed as partial)</source>
        <translation>what is granted (recorded when the request was closed as partial)</translation>
    </message>
    <message>
        <source>what is withheld (recorded when the request was closed as partial)</source>
        <translation>what is withheld (recorded when the request was closed as partial)</translation>
    </message>
    <message>
        <source>the reasons recorded for what is withheld</source>
        <translation>the reasons recorded for what is withheld</translation>
    </message>
    <message>
        <source>the reasons recorded, including what shows the excess</source>
        <translation>the reasons recorded, including what shows the excess</translation>
    </message>
    <message>
        <source>the day the request was closed as withdrawn</source>
        <translation>the day the request was closed as withdrawn</translation>
    </message>
    <message>
        <source>what we asked for and never received</source>
        <translation>what we asked for and never received</translation>
    </message>
    <message>
        <source>the day we asked</source>
        <translation>the day we asked</translation>
    </message>
    <message>
        <source>the day the request was closed for lack of reply</source>
        <translation>the day the request was closed for lack of reply</translation>
    </message>
    <message>
        <source>what someone acting for the data subject must send too: the mandate and the subject's ID, proof of parental authority, or the death certificate and proof of heir status (left out when the requester asks for themselves)</source>
        <translation>what someone acting for the data subject must send too: the mandate and the subject's ID, proof of parental authority, or the death certificate and proof of heir status (left out when the requester asks for themselves)</translation>
    </message>
    <message>
        <source>the other rights asked in the same message, with their references, and whether this mailing answers them too (left out when there are none)</source>
        <translation>the other rights asked in the same message, with their references, and whether this mailing answers them too (left out when there are none)</translation>
    </message>
</context>
<context>
    <name>PreferencesTab</name>
    <message>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>assistant</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <source>This computer's keyring (opens when you are logged in)</source>
        <translation>This computer's keyring (opens when you are logged in)</translation>
    </message>
    <message>
        <source>Passphrase (asked at start and after each lock)</source>
        <translation>Passphrase (asked at start and after each lock)</translation>
    </message>
    <message>
        <source>Preferences and vault</source>
        <translation>Preferences and vault</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>DSR Desk locks itself after this long without any activity.</source>
        <translation>DSR Desk locks itself after this long without any activity.</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>The system's language</translation>
    </message>
    <message>
        <source>e.g. Camille Dupont</source>
        <translation>e.g. Camille Dupont</translation>
    </message>
    <message>
        <source>Letters are signed with it and the audit log records it; requests assigned to it are yours (“Mine”).</source>
        <translation>Letters are signed with it and the audit log records it; requests assigned to it are yours (“Mine”).</translation>
    </message>
    <message>
        <source>Empty: the entity's (e.g. Le délégué à la protection des données)</source>
        <translation>Empty: the entity's (e.g. Le délégué à la protection des données)</translation>
    </message>
    <message>
        <source>Printed under your name when you sign a letter.</source>
        <translation>Printed under your name when you sign a letter.</translation>
    </message>
    <message>
        <source>Purge expired ID copies when DSR Desk starts</source>
        <translation>Purge expired ID copies when DSR Desk starts</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Save preferences</translation>
    </message>
    <message>
        <source>Lock after &amp;idle</source>
        <translation>Lock after &amp;idle</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Display name</translation>
    </message>
    <message>
        <source>&amp;Title under your signature</source>
        <translation>&amp;Title under your signature</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>None: backups only when asked</source>
        <translation>None: backups only when asked</translation>
    </message>
    <message>
        <source>A folder on a network share or a USB disk, away from this computer's disk. Backups stay encrypted; they open with the recovery key.</source>
        <translation>A folder on a network share or a USB disk, away from this computer's disk. Backups stay encrypted; they open with the recovery key.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>In the backup folder, the newest backups of this vault are kept and older ones deleted: what was purged lingers in backups no longer than that.</source>
        <translation>In the backup folder, the newest backups of this vault are kept and older ones deleted: what was purged lingers in backups no longer than that.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Back up into this folder every day while DSR Desk runs</source>
        <translation>Back up into this folder every day while DSR Desk runs</translation>
    </message>
    <message>
        <source>Backup &amp;folder</source>
        <translation>Backup &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>&amp;Warn when the last backup is older than</source>
        <translation>&amp;Warn when the last backup is older than</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>Change passphrase or key…</source>
        <translation>Change passphrase or key…</translation>
    </message>
    <message>
        <source>Move the register to a team server…</source>
        <translation>Move the register to a team server…</translation>
    </message>
    <message>
        <source>Work on this workstation instead…</source>
        <translation>Work on this workstation instead…</translation>
    </message>
    <message>
        <source>Register kept on</source>
        <translation>Register kept on</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Team server</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Unlocked with</source>
        <translation>Unlocked with</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>Vault id</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>A team server (PostgreSQL)</source>
        <translation>A team server (PostgreSQL)</translation>
    </message>
    <message>
        <source>{account} ({role})</source>
        <translation>{account} ({role})</translation>
    </message>
    <message>
        <source>This workstation (encrypted vault)</source>
        <translation>This workstation (encrypted vault)</translation>
    </message>
    <message>
        <source>Rotate the key…</source>
        <translation>Rotate the key…</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferences saved.</translation>
    </message>
</context>
<context>
    <name>PurgePlanTable</name>
    <message>
        <source>ID copy</source>
        <translation>ID copy</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>mandate</source>
        <translation>mandate</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>due now</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>in {days} days</translation>
    </message>
    <message>
        <source>{reference}: {rule}; purge from {date}</source>
        <translation>{reference}: {rule}; purge from {date}</translation>
    </message>
</context>
<context>
    <name>RecipientNoticeDialog</name>
    <message>
        <source>Recipient notified — {reference}</source>
        <translation>Recipient notified — {reference}</translation>
    </message>
    <message>
        <source>Record the notice</source>
        <translation>Record the notice</translation>
    </message>
    <message>
        <source>Record that a recipient of the data (a partner, an authority, a processor…) was told of the rectification, erasure or restriction (Art. 19 GDPR). The answer letter names the recipients recorded here; without any, it says the data were disclosed to no recipient.</source>
        <translation>Record that a recipient of the data (a partner, an authority, a processor…) was told of the rectification, erasure or restriction (Art. 19 GDPR). The answer letter names the recipients recorded here; without any, it says the data were disclosed to no recipient.</translation>
    </message>
    <message>
        <source>Already recorded: {done}.</source>
        <translation>Already recorded: {done}.</translation>
    </message>
    <message>
        <source>e.g. Rectorat de Lyon</source>
        <translation>e.g. Rectorat de Lyon</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>Notified on:</source>
        <translation>Notified on:</translation>
    </message>
    <message>
        <source>Name the recipient who was notified.</source>
        <translation>Name the recipient who was notified.</translation>
    </message>
    <message>
        <source>The date must be between the receipt and today.</source>
        <translation>The date must be between the receipt and today.</translation>
    </message>
</context>
<context>
    <name>RecordsSection</name>
    <message>
        <source>1 request record</source>
        <translation>1 request record</translation>
    </message>
    <message>
        <source>{count} request records</source>
        <translation>{count} request records</translation>
    </message>
    <message>
        <source>No request record was due for anonymisation.</source>
        <translation>No request record was due for anonymisation.</translation>
    </message>
    <message>
        <source>{records} anonymised (personal data erased, documents shredded).</source>
        <translation>{records} anonymised (personal data erased, documents shredded).</translation>
    </message>
    <message>
        <source>Anonymise {records} now?

Erased for good: the requester's name, e-mail, postal address and phone, the summary, reasons, notes and identity-check details; {documents} document(s) crypto-shredded. Kept: type, dates, outcome and entity (the statistics) and the audit log. {kept} upheld objection(s) keep a suppression entry (the e-mail address, or the name and postal address without one).

This cannot be undone.</source>
        <translation>Anonymise {records} now?

Erased for good: the requester's name, e-mail, postal address and phone, the summary, reasons, notes and identity-check details; {documents} document(s) crypto-shredded. Kept: type, dates, outcome and entity (the statistics) and the audit log. {kept} upheld objection(s) keep a suppression entry (the e-mail address, or the name and postal address without one).

This cannot be undone.</translation>
    </message>
    <message>
        <source>type, dates, outcome + suppression entry</source>
        <translation>type, dates, outcome + suppression entry</translation>
    </message>
    <message>
        <source>type, dates, outcome</source>
        <translation>type, dates, outcome</translation>
    </message>
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
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RegisterEditor</name>
    <message>
        <source>What access answers tell requesters (Art. 15): purposes, data, recipients, retention, source and transfers of each processing activity.</source>
        <translation>What access answers tell requesters (Art. 15): purposes, data, recipients, retention, source and transfers of each processing activity.</translation>
    </message>
    <message>
        <source>Processing register — {entity}</source>
        <translation>Processing register — {entity}</translation>
    </message>
    <message>
        <source>Processing register</source>
        <translation>Processing register</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file, semicolon-separated (*.csv)</source>
        <translation>CSV file, semicolon-separated (*.csv)</translation>
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
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Partly granted</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>No data held</source>
        <translation>No data held</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Information never received</source>
        <translation>Information never received</translation>
    </message>
    <message>
        <source>Manifestly unfounded or excessive</source>
        <translation>Manifestly unfounded or excessive</translation>
    </message>
    <message>
        <source>The person concerned</source>
        <translation>The person concerned</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Parent or guardian</translation>
    </message>
    <message>
        <source>Heir</source>
        <translation>Heir</translation>
    </message>
    <message>
        <source>Register of requests</source>
        <translation>Register of requests</translation>
    </message>
    <message>
        <source>Register exported: 1 request in {path}.</source>
        <translation>Register exported: 1 request in {path}.</translation>
    </message>
    <message>
        <source>Register exported: {count} requests in {path}.</source>
        <translation>Register exported: {count} requests in {path}.</translation>
    </message>
    <message>
        <source>register-of-requests</source>
        <translation>register-of-requests</translation>
    </message>
    <message>
        <source>Export the register of requests</source>
        <translation>Export the register of requests</translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation>Exporting the register…</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>{name} is larger than {size} MB.</source>
        <translation>{name} is larger than {size} MB.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {problem}.</source>
        <translation>Cannot read {name}: {problem}.</translation>
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
        <source>Search requests</source>
        <translation>Search requests</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
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
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Only requests assigned to {user}</source>
        <translation>Only requests assigned to {user}</translation>
    </message>
</context>
<context>
    <name>RequestActionDialog</name>
    <message>
        <source>Language of the text typed</source>
        <translation>Language of the text typed</translation>
    </message>
    <message>
        <source>The language this text is typed in. A letter in the other language asks for its translation instead of mixing two languages.</source>
        <translation>The language this text is typed in. A letter in the other language asks for its translation instead of mixing two languages.</translation>
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
        <source>Record that a recipient of the data was told of the change (Art. 19): the answer letter names the recipients recorded.</source>
        <translation>Record that a recipient of the data was told of the change (Art. 19): the answer letter names the recipients recorded.</translation>
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
        <source>Recipient notified…</source>
        <translation>Recipient notified…</translation>
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
    <message>
        <source>Correct requester…</source>
        <translation>Correct requester…</translation>
    </message>
    <message>
        <source>Correct the requester's name, e-mail, postal address or language.</source>
        <translation>Correct the requester's name, e-mail, postal address or language.</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>Give the request to another person of the office.</source>
        <translation>Give the request to another person of the office.</translation>
    </message>
</context>
<context>
    <name>RequestDocuments</name>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Drop files here to keep them, encrypted, in the request's file.</source>
        <translation>Drop files here to keep them, encrypted, in the request's file.</translation>
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
        <source>Note</source>
        <translation>Note</translation>
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
        <source>{name} is not a file: drop files, not folders.</source>
        <translation>{name} is not a file: drop files, not folders.</translation>
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
    <name>RequestFileView</name>
    <message>
        <source>Request file</source>
        <translation>Request file</translation>
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
        <source>identity</source>
        <translation>identity</translation>
    </message>
    <message>
        <source>clarification</source>
        <translation>clarification</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>fee</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>restart</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
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
        <source>; </source>
        <translation>; </translation>
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
        <source>{type} · request from {requester} · received {received} by {channel}</source>
        <translation>{type} · request from {requester} · received {received} by {channel}</translation>
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
        <extracomment>the columns given what room there is (the register's widths), their text elided</extracomment>
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
        <extracomment>sized to their content, always in full: the reference, the dates, the days left given what room is left, up to their longest text; elided (the tooltip says it whole) when room is short: the requester (whom the request is from) gets most, then the status, the type, and the entity (its name often starts alike: the filter above tells them apart)</extracomment>
        <translation>{n} late</translation>
    </message>
</context>
<context>
    <name>RequesterDialog</name>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Requester of {reference}</source>
        <translation>Requester of {reference}</translation>
    </message>
    <message>
        <source>Save the corrections</source>
        <translation>Save the corrections</translation>
    </message>
    <message>
        <source>Correct what was typed wrong. The letters use these details; the requester's other requests show them too. The audit log records which details changed, not their values.</source>
        <translation>Correct what was typed wrong. The letters use these details; the requester's other requests show them too. The audit log records which details changed, not their values.</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>None known</translation>
    </message>
    <message>
        <source>Street, postcode and town, for letters</source>
        <translation>Street, postcode and town, for letters</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>Postal &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Language of letters:</source>
        <translation>&amp;Language of letters:</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Nothing changed yet.</translation>
    </message>
</context>
<context>
    <name>RequesterTable</name>
    <message>
        <source>Double-click to list this requester's requests</source>
        <translation>Double-click to list this requester's requests</translation>
    </message>
</context>
<context>
    <name>RequestersView</name>
    <message>
        <source>1 requester</source>
        <translation>1 requester</translation>
    </message>
    <message>
        <source>{n} requesters</source>
        <translation>{n} requesters</translation>
    </message>
    <message>
        <source>Search name or e-mail</source>
        <translation>Search name or e-mail</translation>
    </message>
    <message>
        <source>Search requesters</source>
        <translation>Search requesters</translation>
    </message>
    <message>
        <source>Double-click a requester to see their requests.</source>
        <translation>Double-click a requester to see their requests.</translation>
    </message>
    <message>
        <source>Requesters</source>
        <translation>Requesters</translation>
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
    <name>Session</name>
    <message>
        <source>DSR Desk is locked.</source>
        <translation>DSR Desk is locked.</translation>
    </message>
    <message>
        <source>DSR Desk is locked: unlock it to open or keep documents.</source>
        <translation>DSR Desk is locked: unlock it to open or keep documents.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Preferences and vault</source>
        <translation>Preferences and vault</translation>
    </message>
    <message>
        <source>Letterhead, calendar, retention, register and letter wording</source>
        <translation>Letterhead, calendar, retention, register and letter wording</translation>
    </message>
    <message>
        <source>Your preferences, and where the vault is and how it opens</source>
        <translation>Your preferences, and where the vault is and how it opens</translation>
    </message>
</context>
<context>
    <name>SilentUnlock</name>
    <message>
        <source>The vault key is not in this computer's keyring (was it deleted, or is this another user account?). Unlock with the recovery key.</source>
        <translation>The vault key is not in this computer's keyring (was it deleted, or is this another user account?). Unlock with the recovery key.</translation>
    </message>
</context>
<context>
    <name>TeamServerFields</name>
    <message>
        <source>verify-full: encrypted, the certificate and name checked (safest)</source>
        <translation>verify-full: encrypted, the certificate and name checked (safest)</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, the certificate checked</source>
        <translation>verify-ca: encrypted, the certificate checked</translation>
    </message>
    <message>
        <source>require: encrypted, nothing checked</source>
        <translation>require: encrypted, nothing checked</translation>
    </message>
    <message>
        <source>prefer: encrypted if the server offers it</source>
        <translation>prefer: encrypted if the server offers it</translation>
    </message>
    <message>
        <source>disable: not encrypted (local tests only)</source>
        <translation>disable: not encrypted (local tests only)</translation>
    </message>
    <message>
        <source>postgresql://host:5432/database (or the fields below)</source>
        <translation>postgresql://host:5432/database (or the fields below)</translation>
    </message>
    <message>
        <source>as given by the administrator</source>
        <translation>as given by the administrator</translation>
    </message>
    <message>
        <source>the system's certificates</source>
        <translation>the system's certificates</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Database &amp;role:</source>
        <translation>Database &amp;role:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA certificate:</translation>
    </message>
    <message>
        <source>The server's CA certificate</source>
        <translation>The server's CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
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
        <source>Requester's details corrected</source>
        <translation>Requester's details corrected</translation>
    </message>
    <message>
        <source>Request reassigned</source>
        <translation>Request reassigned</translation>
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
        <source>Entity created</source>
        <translation>Entity created</translation>
    </message>
    <message>
        <source>Entity changed</source>
        <translation>Entity changed</translation>
    </message>
    <message>
        <source>Letter wording changed</source>
        <translation>Letter wording changed</translation>
    </message>
    <message>
        <source>Letter wording reset</source>
        <translation>Letter wording reset</translation>
    </message>
    <message>
        <source>Processing activity added</source>
        <translation>Processing activity added</translation>
    </message>
    <message>
        <source>Processing activity changed</source>
        <translation>Processing activity changed</translation>
    </message>
    <message>
        <source>Processing activity moved</source>
        <translation>Processing activity moved</translation>
    </message>
    <message>
        <source>Processing activity removed</source>
        <translation>Processing activity removed</translation>
    </message>
    <message>
        <source>Processing register imported</source>
        <translation>Processing register imported</translation>
    </message>
    <message>
        <source>Attestation generated</source>
        <translation>Attestation generated</translation>
    </message>
    <message>
        <source>Preferences changed</source>
        <translation>Preferences changed</translation>
    </message>
    <message>
        <source>Deadline calendar exported</source>
        <translation>Deadline calendar exported</translation>
    </message>
    <message>
        <source>Register of requests exported</source>
        <translation>Register of requests exported</translation>
    </message>
    <message>
        <source>Vault backed up</source>
        <translation>Vault backed up</translation>
    </message>
    <message>
        <source>Vault restored from a backup</source>
        <translation>Vault restored from a backup</translation>
    </message>
    <message>
        <source>Vault opened with the recovery key</source>
        <translation>Vault opened with the recovery key</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <source>Vault key rotated</source>
        <translation>Vault key rotated</translation>
    </message>
    <message>
        <source>Audit log anchor renewed</source>
        <translation>Audit log anchor renewed</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>Demo data added</translation>
    </message>
    <message>
        <source>Extension letter printed after its notice date</source>
        <translation>Extension letter printed after its notice date</translation>
    </message>
    <message>
        <source>Means of identification recorded</source>
        <translation>Means of identification recorded</translation>
    </message>
    <message>
        <source>Recipient notified (Art. 19)</source>
        <translation>Recipient notified (Art. 19)</translation>
    </message>
    <message>
        <source>Team database created</source>
        <translation>Team database created</translation>
    </message>
    <message>
        <source>Workstation vault copied to the team database</source>
        <translation>Workstation vault copied to the team database</translation>
    </message>
    <message>
        <source>Team key replaced</source>
        <translation>Team key replaced</translation>
    </message>
    <message>
        <source>User account added</source>
        <translation>User account added</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <source>User account removed</source>
        <translation>User account removed</translation>
    </message>
    <message>
        <source>Old backups deleted (rotation)</source>
        <translation>Old backups deleted (rotation)</translation>
    </message>
    <message>
        <source>VACUUM after a purge (team server)</source>
        <translation>VACUUM after a purge (team server)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Processing register</source>
        <translation>Processing register</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>{type} · by {channel}</source>
        <translation>{type} · by {channel}</translation>
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
        <source>{fields}</source>
        <translation>{fields}</translation>
    </message>
    <message>
        <source>to nobody</source>
        <translation>to nobody</translation>
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
        <source>{kind}</source>
        <translation>{kind}</translation>
    </message>
    <message>
        <source>{document}</source>
        <translation>{document}</translation>
    </message>
    <message>
        <source>{size}</source>
        <translation>{size}</translation>
    </message>
    <message>
        <source>{pages} pages</source>
        <translation>{pages} pages</translation>
    </message>
    <message>
        <source>saved in {folder}</source>
        <translation>saved in {folder}</translation>
    </message>
    <message>
        <source>purge date {purge_date}</source>
        <translation>purge date {purge_date}</translation>
    </message>
    <message>
        <source>in {lang}</source>
        <translation>in {lang}</translation>
    </message>
    <message>
        <source>to {recipient}</source>
        <translation>to {recipient}</translation>
    </message>
    <message>
        <source>sent on {sent_on}</source>
        <translation>sent on {sent_on}</translation>
    </message>
    <message>
        <source>{channel}</source>
        <translation>{channel}</translation>
    </message>
    <message>
        <source>no. {registered_number}</source>
        <translation>no. {registered_number}</translation>
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
    <name>UnlockDialog</name>
    <message>
        <source>There is no DSR Desk vault in {data_dir}.</source>
        <translation>There is no DSR Desk vault in {data_dir}.</translation>
    </message>
    <message>
        <source>Unlock {app_name}</source>
        <translation>Unlock {app_name}</translation>
    </message>
    <message>
        <source>{app_name} is locked</source>
        <translation>{app_name} is locked</translation>
    </message>
    <message>
        <source>Open {app_name}</source>
        <translation>Open {app_name}</translation>
    </message>
    <message>
        <source>Data folder: {data_dir}</source>
        <translation>Data folder: {data_dir}</translation>
    </message>
    <message>
        <source>Quit {app_name}</source>
        <translation>Quit {app_name}</translation>
    </message>
    <message>
        <source>The vault key is kept in this computer's keyring. Click Unlock to continue.</source>
        <translation>The vault key is kept in this computer's keyring. Click Unlock to continue.</translation>
    </message>
    <message>
        <source>Enter the vault passphrase to open the register.</source>
        <translation>Enter the vault passphrase to open the register.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Use recovery key…</source>
        <translation>Use recovery key…</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet you printed or saved when the vault was created (upper or lower case; dashes are optional).</source>
        <translation>Type the recovery key from the sheet you printed or saved when the vault was created (upper or lower case; dashes are optional).</translation>
    </message>
    <message>
        <source>Protect the vault with a passphrase from now on</source>
        <translation>Protect the vault with a passphrase from now on</translation>
    </message>
    <message>
        <source>Then choose a new passphrase (the old one stops working):</source>
        <translation>Then choose a new passphrase (the old one stops working):</translation>
    </message>
    <message>
        <source>Choose the passphrase:</source>
        <translation>Choose the passphrase:</translation>
    </message>
    <message>
        <source>Recover and unlock</source>
        <translation>Recover and unlock</translation>
    </message>
    <message>
        <source>← Back to the passphrase</source>
        <translation>← Back to the passphrase</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Type the recovery key.</translation>
    </message>
    <message>
        <source>{problem} (attempt {failures}, {at:%H:%M})</source>
        <translation>{problem} (attempt {failures}, {at:%H:%M})</translation>
    </message>
    <message>
        <source>You can try again in {seconds} s.</source>
        <translation>You can try again in {seconds} s.</translation>
    </message>
    <message>
        <source>Unlock ({seconds} s)</source>
        <translation>Unlock ({seconds} s)</translation>
    </message>
    <message>
        <source>Recover and unlock ({seconds} s)</source>
        <translation>Recover and unlock ({seconds} s)</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Recovering…</source>
        <translation>Recovering…</translation>
    </message>
    <message>
        <source>Recover {app_name}</source>
        <translation>Recover {app_name}</translation>
    </message>
</context>
<context>
    <name>Upcoming</name>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Overdue by 1 day</translation>
    </message>
    <message>
        <source>Overdue by {n} days</source>
        <translation>Overdue by {n} days</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>In {n} days</source>
        <translation>In {n} days</translation>
    </message>
</context>
<context>
    <name>VaultJobs</name>
    <message>
        <source>Unexpected error: {name}.</source>
        <translation>Unexpected error: {name}.</translation>
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
<context>
    <name>WorkstationQuestion</name>
    <message>
        <source>Work on this workstation</source>
        <translation>Work on this workstation</translation>
    </message>
    <message>
        <source>Work on this workstation instead of the team server?</source>
        <translation>Work on this workstation instead of the team server?</translation>
    </message>
    <message>
        <source>DSR Desk forgets the team server for this data folder and locks. The next unlock opens this folder's own vault, or sets one up if it has none. The team server and the register on it are not changed: your colleagues go on working there, and you can choose it again later.</source>
        <translation>DSR Desk forgets the team server for this data folder and locks. The next unlock opens this folder's own vault, or sets one up if it has none. The team server and the register on it are not changed: your colleagues go on working there, and you can choose it again later.</translation>
    </message>
</context>
</TS>
