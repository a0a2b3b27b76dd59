<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivityForm</name>
    <message>
        <source>Consent (Art. 6(1)(a))</source>
        <translation>Consentement (art. 6(1)(a))</translation>
    </message>
    <message>
        <source>Contract (Art. 6(1)(b))</source>
        <translation>Contrat (art. 6(1)(b))</translation>
    </message>
    <message>
        <source>Legal obligation (Art. 6(1)(c))</source>
        <translation>Obligation légale (art. 6(1)(c))</translation>
    </message>
    <message>
        <source>Vital interests (Art. 6(1)(d))</source>
        <translation>Intérêts vitaux (art. 6(1)(d))</translation>
    </message>
    <message>
        <source>Public task (Art. 6(1)(e))</source>
        <translation>Mission d'intérêt public (art. 6(1)(e))</translation>
    </message>
    <message>
        <source>Legitimate interests (Art. 6(1)(f))</source>
        <translation>Intérêts légitimes (art. 6(1)(f))</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>e.g. Enrolment and student records</source>
        <translation>p. ex. Inscriptions et dossiers des élèves</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Finalité</translation>
    </message>
    <message>
        <source>What the data is used for</source>
        <translation>À quoi servent les données</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Base légale</translation>
    </message>
    <message>
        <source>e.g. Contract (Art. 6(1)(b))</source>
        <translation>p. ex. Contrat (art. 6(1)(b))</translation>
    </message>
    <message>
        <source>&amp;Data categories</source>
        <translation>&amp;Catégories de données</translation>
    </message>
    <message>
        <source>Identity, contact details, marks…</source>
        <translation>Identité, coordonnées, notes…</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Destinataires</translation>
    </message>
    <message>
        <source>Departments, processors, authorities…</source>
        <translation>Services, sous-traitants, autorités…</translation>
    </message>
    <message>
        <source>Re&amp;tention</source>
        <translation>Durée de c&amp;onservation</translation>
    </message>
    <message>
        <source>How long, or the criteria (e.g. 3 years from last contact)</source>
        <translation>Durée, ou critères (p. ex. 3 ans après le dernier contact)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Where the data comes from when not from the person</source>
        <translation>D'où viennent les données lorsqu'elles ne viennent pas de la personne</translation>
    </message>
    <message>
        <source>Tr&amp;ansfers</source>
        <translation>&amp;Transferts</translation>
    </message>
    <message>
        <source>Outside the EEA, and the safeguards (Art. 46)</source>
        <translation>Hors de l'EEE, et les garanties (art. 46)</translation>
    </message>
    <message>
        <source>A&amp;utomated decisions</source>
        <translation>Décisions &amp;automatisées</translation>
    </message>
    <message>
        <source>None, or the logic and effects</source>
        <translation>Aucune, ou la logique et les effets</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>finalité</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>base légale</translation>
    </message>
    <message>
        <source>data categories</source>
        <translation>catégories de données</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English (letters)</source>
        <translation>Anglais (courriers)</translation>
    </message>
    <message>
        <source>* needed for every activity</source>
        <translation>* obligatoire pour chaque activité</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save activity</source>
        <translation>Enregistrer l'activité</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Common bases ▾</source>
        <translation>Bases courantes ▾</translation>
    </message>
    <message>
        <source>Insert one of the six legal bases of Art. 6(1)</source>
        <translation>Insérer l'une des six bases légales de l'art. 6(1)</translation>
    </message>
    <message>
        <source>Fill in the {fields}.</source>
        <translation>Renseignez : {fields}.</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <source>Activity {n} of {count}</source>
        <translation>Activité {n} sur {count}</translation>
    </message>
    <message>
        <source>Activity added.</source>
        <translation>Activité ajoutée.</translation>
    </message>
    <message>
        <source>Activity saved.</source>
        <translation>Activité enregistrée.</translation>
    </message>
</context>
<context>
    <name>ActivityList</name>
    <message>
        <source>1 activity</source>
        <translation>1 activité</translation>
    </message>
    <message>
        <source>{n} activities</source>
        <translation>{n} activités</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV, one activity per row, with a header row: name, purpose, legal_basis, data_categories, recipients, retention, source, transfers, automated_decisions (French headers work too).</source>
        <translation>Un tableur enregistré en CSV, une activité par ligne, avec une ligne d'en-tête : name, purpose, legal_basis, data_categories, recipients, retention, source, transfers, automated_decisions (les en-têtes en français conviennent aussi).</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Activités de traitement</translation>
    </message>
    <message>
        <source>No activity yet: fill in the form and add it, or import a spreadsheet.</source>
        <translation>Aucun traitement pour l'instant : remplissez le formulaire et ajoutez-le, ou importez un tableur.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This activity has changes that are not saved. Discard them?</source>
        <translation>Cette activité comporte des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Retirer l'activité</translation>
    </message>
    <message>
        <source>Remove “{name}” from the register of {entity}? Access answers will no longer mention it.</source>
        <translation>Retirer « {name} » du registre de {entity} ? Les réponses aux demandes d'accès ne la mentionneront plus.</translation>
    </message>
    <message>
        <source>“{name}” removed.</source>
        <translation>« {name} » retirée.</translation>
    </message>
    <message>
        <source>Import a processing register</source>
        <translation>Importer un registre des traitements</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The register of {entity} has {activities}. Add the file's activities after them, or replace them all?</source>
        <translation>Le registre de {entity} compte {activities}. Ajouter les activités du fichier à la suite, ou toutes les remplacer ?</translation>
    </message>
    <message>
        <source>Add after them</source>
        <translation>Ajouter à la suite</translation>
    </message>
    <message>
        <source>Replace them all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} rows need fixing.</source>
        <translation>Rien n'a été importé : {n} lignes sont à corriger.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Automatic purge failed: {error}</source>
        <translation>La purge automatique a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>ArchiveGate</name>
    <message>
        <source>Archive only: this closed objection record is kept as proof that the objection is honoured. It is read-only; only the outcome letter and new correspondence from the requester can still be added (a new contact restarts the retention clock).</source>
        <translation>Archive uniquement : ce dossier d'opposition clôturé est conservé pour prouver que l'opposition est respectée. Il est en lecture seule ; seuls le courrier d'issue et un nouveau courrier du demandeur peuvent encore y être ajoutés (un nouveau contact fait repartir la durée de conservation).</translation>
    </message>
    <message>
        <source>Restricted archive</source>
        <translation>Archive à accès restreint</translation>
    </message>
    <message>
        <source>This is a closed objection record, kept only as proof that the objection is honoured. Its content is restricted: say why you need to consult it (for example a new request from the same person, or a complaint). Your reason is recorded in the audit log.</source>
        <translation>Ce dossier d'opposition clôturé n'est conservé que pour prouver que l'opposition est respectée. Son contenu est restreint : indiquez pourquoi vous devez le consulter (par exemple une nouvelle demande de la même personne, ou une réclamation). Votre motif est consigné dans le journal d'audit.</translation>
    </message>
    <message>
        <source>Reason for consulting this record</source>
        <translation>Motif de consultation de ce dossier</translation>
    </message>
    <message>
        <source>Consult the record</source>
        <translation>Consulter le dossier</translation>
    </message>
    <message>
        <source>Press Enter to consult.</source>
        <translation>Appuyez sur Entrée pour consulter.</translation>
    </message>
</context>
<context>
    <name>AskInformationDialog</name>
    <message>
        <source>Proof of identity</source>
        <translation>Justificatif d'identité</translation>
    </message>
    <message>
        <source>Clarification of the request</source>
        <translation>Précisions sur la demande</translation>
    </message>
    <message>
        <source>A reasonable fee (Art. 12(5)(a))</source>
        <translation>Des frais raisonnables (art. 12(5)(a))</translation>
    </message>
    <message>
        <source>A reply from the e-mail address we already know</source>
        <translation>Une réponse depuis l'adresse e-mail que nous connaissons déjà</translation>
    </message>
    <message>
        <source>Their customer, member or student number</source>
        <translation>Son numéro de client, d'adhérent ou d'élève</translation>
    </message>
    <message>
        <source>A recent letter or invoice we sent them</source>
        <translation>Un courrier ou une facture récents que nous lui avons adressés</translation>
    </message>
    <message>
        <source>A copy of an ID document, photograph masked</source>
        <translation>Une copie d'une pièce d'identité, photo masquée</translation>
    </message>
    <message>
        <source>Policy of this entity: restart. The deadline is on hold while you wait; when the information arrives, the period to answer counts again from that day.</source>
        <translation>Règle de cette entité : redémarrage. Le délai est suspendu pendant l'attente ; à la réception des informations, le délai de réponse court à nouveau à compter de ce jour.</translation>
    </message>
    <message>
        <source>Policy of this entity: pause. The deadline is on hold while you wait; the days spent waiting are then added to the due date.</source>
        <translation>Règle de cette entité : suspension. Le délai est suspendu pendant l'attente ; les jours d'attente sont ensuite ajoutés à l'échéance.</translation>
    </message>
    <message>
        <source>Policy of this entity: {policy}.</source>
        <translation>Règle de cette entité : {policy}.</translation>
    </message>
    <message>
        <source>Ask for information — {reference}</source>
        <translation>Demander des informations — {reference}</translation>
    </message>
    <message>
        <source>Record the request</source>
        <translation>Enregistrer la sollicitation</translation>
    </message>
    <message>
        <source>Record that you asked the requester for something you need before answering. It must be asked before the deadline ({due}) has passed.</source>
        <translation>Enregistrez ce que vous avez demandé au demandeur avant de pouvoir répondre. La demande doit être faite avant l'échéance ({due}).</translation>
    </message>
    <message>
        <source>The deadline ({due}) has passed: asking now cannot suspend it. If you asked the requester on or before {last}, record that ask with its date and say why it is recorded only now (kept with the request and audited, with the date stated and today's).</source>
        <translation>L'échéance ({due}) est dépassée : une demande faite maintenant ne peut plus la suspendre. Si vous avez sollicité le demandeur au plus tard le {last}, enregistrez cette demande à sa date en indiquant pourquoi elle n'est enregistrée que maintenant (conservé avec la demande et journalisé, avec la date déclarée et celle du jour).</translation>
    </message>
    <message>
        <source>The person cannot be matched with our records</source>
        <translation>La personne ne peut pas être rapprochée de nos fichiers</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>Asking for:</source>
        <translation>Objet de la demande :</translation>
    </message>
    <message>
        <source>They may send (least intrusive first):</source>
        <translation>Pièces acceptées (la moins intrusive d'abord) :</translation>
    </message>
    <message>
        <source>Asked on:</source>
        <translation>Demandé le :</translation>
    </message>
    <message>
        <source>Effect:</source>
        <translation>Effet :</translation>
    </message>
    <message>
        <source>Why the ask is recorded only now, e.g. asked by phone, note filed late…</source>
        <translation>Pourquoi la sollicitation n'est enregistrée que maintenant, par exemple demandée par téléphone, note classée tardivement…</translation>
    </message>
    <message>
        <source>Recorded late because:</source>
        <translation>Enregistrée tardivement parce que :</translation>
    </message>
    <message>
        <source>Why there is a reasonable doubt:</source>
        <translation>Motif du doute raisonnable :</translation>
    </message>
    <message>
        <source>e.g. the name differs from our file; the address is not the known one…</source>
        <translation>p. ex. le nom diffère de notre fichier ; l'adresse n'est pas celle connue…</translation>
    </message>
    <message>
        <source>What is needed:</source>
        <translation>Éléments demandés :</translation>
    </message>
    <message>
        <source>What is needed and why (a clarification, the fee's reasons)…</source>
        <translation>Ce qui est demandé et pourquoi (une précision, les motifs des frais)…</translation>
    </message>
    <message>
        <source>Give the amount of the fee, in euros.</source>
        <translation>Indiquez le montant des frais, en euros.</translation>
    </message>
    <message>
        <source>Say why there is a reasonable doubt about the identity: it is recorded in the ledger and told in the letter.</source>
        <translation>Indiquez pourquoi il existe un doute raisonnable sur l'identité : ce motif est enregistré au dossier et repris dans le courrier.</translation>
    </message>
    <message>
        <source>Say what information is needed: it is recorded in the ledger and the letter.</source>
        <translation>Indiquez les informations nécessaires : elles sont consignées dans le registre et le courrier.</translation>
    </message>
    <message>
        <source>Tick what the requester may send to confirm their identity: the least intrusive means that suffice (EDPB Guidelines 01/2022).</source>
        <translation>Cochez ce que le demandeur peut envoyer pour confirmer son identité : les moyens les moins intrusifs qui suffisent (lignes directrices 01/2022 du CEPD).</translation>
    </message>
    <message>
        <source>The date must be between the receipt and today.</source>
        <translation>La date doit être comprise entre la réception et aujourd'hui.</translation>
    </message>
    <message>
        <source>Say why the ask is recorded only now: it is kept and audited.</source>
        <translation>Indiquez pourquoi la sollicitation n'est enregistrée que maintenant : c'est conservé et journalisé.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Reassign {reference}</source>
        <translation>Réattribuer {reference}</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Réattribuer</translation>
    </message>
    <message>
        <source>Who handles this request now. It shows under “Mine” in their register. Leave the name empty when nobody does yet.</source>
        <translation>Qui traite désormais cette demande. Elle apparaît sous « Les miennes » dans son registre. Laissez le nom vide si personne ne la traite encore.</translation>
    </message>
    <message>
        <source>One of the users</source>
        <translation>L'un des utilisateurs</translation>
    </message>
    <message>
        <source>A colleague's name</source>
        <translation>Le nom d'un collègue</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>&amp;Me ({user})</source>
        <translation>&amp;Moi ({user})</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Attribuée à :</translation>
    </message>
    <message>
        <source>Type the name of whoever handles it now.</source>
        <translation>Saisissez le nom de la personne qui la traite désormais.</translation>
    </message>
    <message>
        <source>Choose one of the users: {names}.</source>
        <translation>Choisissez l'un des utilisateurs : {names}.</translation>
    </message>
</context>
<context>
    <name>AttestationDialog</name>
    <message>
        <source>Records attestation</source>
        <translation>Attestation d'anonymisation</translation>
    </message>
    <message>
        <source>A PDF counting the request records anonymised in the period, per entity and month, from the audit log. It holds no reference and no personal data.</source>
        <translation>Un PDF comptant les dossiers de demandes anonymisés sur la période, par entité et par mois, d'après le journal d'audit. Il ne contient ni référence ni donnée personnelle.</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutées</translation>
    </message>
    <message>
        <source>categories added</source>
        <translation>catégories ajoutées</translation>
    </message>
    <message>
        <source>answer recorded</source>
        <translation>réponse enregistrée</translation>
    </message>
    <message>
        <source>answered with</source>
        <translation>répondue avec</translation>
    </message>
    <message>
        <source>asked on</source>
        <translation>demandée le</translation>
    </message>
    <message>
        <source>backup of</source>
        <translation>sauvegarde du</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>checked by</source>
        <translation>vérifiée par</translation>
    </message>
    <message>
        <source>checked on</source>
        <translation>vérifiée le</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>clôturée le</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>written on</source>
        <translation>rédigé le</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>document</source>
        <translation>pièce</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>documents purged again</source>
        <translation>documents purgés de nouveau</translation>
    </message>
    <message>
        <source>done</source>
        <translation>effectué</translation>
    </message>
    <message>
        <source>due dates changed</source>
        <translation>échéances modifiées</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>password-protected</source>
        <translation>protégé par mot de passe</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entité</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>failures</source>
        <translation>échecs</translation>
    </message>
    <message>
        <source>fate</source>
        <translation>sort</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>champs</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>after entries from no.</source>
        <translation>après les entrées du n°</translation>
    </message>
    <message>
        <source>from position</source>
        <translation>depuis la position</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>dans les délais</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservées</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>nature</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caractères</translation>
    </message>
    <message>
        <source>means</source>
        <translation>moyens</translation>
    </message>
    <message>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <source>new due date</source>
        <translation>nouvelle échéance</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>notification</translation>
    </message>
    <message>
        <source>notice due by</source>
        <translation>à notifier avant le</translation>
    </message>
    <message>
        <source>notified on</source>
        <translation>notifié le</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>issue</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>previous due date</source>
        <translation>échéance précédente</translation>
    </message>
    <message>
        <source>previous name</source>
        <translation>ancien nom</translation>
    </message>
    <message>
        <source>printed on</source>
        <translation>imprimé le</translation>
    </message>
    <message>
        <source>purge date</source>
        <translation>date de purge</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>motifs</translation>
    </message>
    <message>
        <source>reason no.</source>
        <translation>motif n°</translation>
    </message>
    <message>
        <source>document id</source>
        <translation>identifiant du document</translation>
    </message>
    <message>
        <source>media type</source>
        <translation>type de média</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>reçue le</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <source>recorded on</source>
        <translation>enregistrée le</translation>
    </message>
    <message>
        <source>records anonymised again</source>
        <translation>dossiers anonymisés de nouveau</translation>
    </message>
    <message>
        <source>registered post no.</source>
        <translation>n° de recommandé</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimées</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>demandes</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>sent on</source>
        <translation>envoyé le</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>daté du</translation>
    </message>
    <message>
        <source>holiday zone</source>
        <translation>zone des jours fériés</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>tables</translation>
    </message>
    <message>
        <source>to no.</source>
        <translation>au n°</translation>
    </message>
    <message>
        <source>to position</source>
        <translation>vers la position</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sans attribution</translation>
    </message>
    <message>
        <source>proof of identity</source>
        <extracomment>never in a summary or the timeline (the full details, a tooltip, keep them)</extracomment>
        <translation>justificatif d'identité</translation>
    </message>
    <message>
        <source>clarification</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>frais</translation>
    </message>
    <message>
        <source>restart the period</source>
        <translation>le délai repart</translation>
    </message>
    <message>
        <source>pause the period</source>
        <translation>le délai est suspendu</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>partly granted</source>
        <translation>accordée en partie</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>forwarded to the controller</source>
        <translation>transmise au responsable du traitement</translation>
    </message>
    <message>
        <source>no data held</source>
        <translation>aucune donnée détenue</translation>
    </message>
    <message>
        <source>withdrawn by the requester</source>
        <translation>retirée par le demandeur</translation>
    </message>
    <message>
        <source>closed for lack of reply</source>
        <translation>clôturée faute de réponse</translation>
    </message>
    <message>
        <source>manifestly unfounded or excessive</source>
        <translation>manifestement infondée ou excessive</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>adresse postale</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>{family} (all)</source>
        <translation>{family} (toutes)</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} entrées</translation>
    </message>
    <message>
        <source>Filter by request reference</source>
        <translation>Filtrer par référence de demande</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Recompute every entry's hash and check the chain end to end:
names the first altered, deleted or reordered entry.</source>
        <translation>Recalculer l'empreinte de chaque entrée et vérifier la chaîne de bout en bout :
signale la première entrée modifiée, supprimée ou déplacée.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Vérification du journal d'audit…</translation>
    </message>
    <message>
        <source>✔ Audit log intact: {entries} entries verified.</source>
        <translation>✔ Journal d'audit intact : {entries} entrées vérifiées.</translation>
    </message>
    <message>
        <source>✖ AUDIT LOG BROKEN: {message}.</source>
        <translation>✖ JOURNAL D'AUDIT ROMPU : {message}.</translation>
    </message>
    <message>
        <source>The audit log could not be verified: {error}</source>
        <translation>Le journal d'audit n'a pas pu être vérifié : {error}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>1 older backup of this vault deleted (rotation).</source>
        <translation>1 sauvegarde plus ancienne de ce coffre supprimée (rotation).</translation>
    </message>
    <message>
        <source>{count} older backups of this vault deleted (rotation).</source>
        <translation>{count} sauvegardes plus anciennes de ce coffre supprimées (rotation).</translation>
    </message>
    <message>
        <source>its recovery key or its passphrase</source>
        <translation>sa clé de secours ou sa phrase de passe</translation>
    </message>
    <message>
        <source>its recovery key</source>
        <translation>sa clé de secours</translation>
    </message>
    <message>
        <source>Backup written: {path}. Keep it away from this computer; it opens with {opens_with}.</source>
        <translation>Sauvegarde écrite : {path}. Conservez-la hors de cet ordinateur ; elle s'ouvre avec {opens_with}.</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <source>DSR Desk backups (*{suffix})</source>
        <translation>Sauvegardes DSR Desk (*{suffix})</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Sauvegarde du coffre…</translation>
    </message>
    <message>
        <source>Backup cancelled: no file was written.</source>
        <translation>Sauvegarde annulée : aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backing up the vault…</source>
        <translation>Sauvegarde du coffre…</translation>
    </message>
    <message>
        <source>Automatic backup written: {path}.</source>
        <translation>Sauvegarde automatique écrite : {path}.</translation>
    </message>
    <message>
        <source>Backup cancelled: no file was written.</source>
        <translation>Sauvegarde annulée : aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <source>Automatic backup: {problem}</source>
        <translation>Sauvegarde automatique : {problem}</translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Choose a backup folder…</source>
        <translation>Choisir un dossier de sauvegarde…</translation>
    </message>
    <message>
        <source>No backup yet: back up now into {folder}.</source>
        <translation>Aucune sauvegarde pour l'instant : sauvegardez maintenant dans {folder}.</translation>
    </message>
    <message>
        <source>No backup yet: choose a backup folder in Settings.</source>
        <translation>Aucune sauvegarde pour l'instant : choisissez un dossier de sauvegarde dans les Paramètres.</translation>
    </message>
    <message>
        <source>The last backup was made on {day}, {days} days ago (more than {limit} days).</source>
        <translation>La dernière sauvegarde date du {day}, il y a {days} jours (plus de {limit} jours).</translation>
    </message>
    <message>
        <source>Choose a backup folder in Settings for daily backups.</source>
        <translation>Choisissez un dossier de sauvegarde dans les Paramètres pour des sauvegardes quotidiennes.</translation>
    </message>
    <message>
        <source>Is the backup folder {folder} there?</source>
        <translation>Le dossier de sauvegarde {folder} est-il accessible ?</translation>
    </message>
    <message>
        <source>Automatic backups are off in Settings.</source>
        <translation>Les sauvegardes automatiques sont désactivées dans les Paramètres.</translation>
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
        <translation>courrier</translation>
    </message>
    <message>
        <source>other document</source>
        <translation>autre document</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 enregistrement</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} enregistrements</translation>
    </message>
    <message>
        <source>Data bundle (portability / access) — {reference}</source>
        <translation>Export des données (portabilité / accès) — {reference}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{reference}&lt;/b&gt; — the data {requester} provided, as JSON and CSV per category, an HTML overview, the documents they sent and a manifest of SHA-256 fingerprints. ID-document copies and the office's letters are never included.</source>
        <translation>&lt;b&gt;{reference}&lt;/b&gt; — les données fournies par {requester}, en JSON et CSV par catégorie, une synthèse HTML, les documents qu'il a envoyés et un manifeste des empreintes SHA-256. Les copies de pièces d'identité et les courriers du service ne sont jamais inclus.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Add CSV or JSON file…</source>
        <translation>Ajouter un fichier CSV ou JSON…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Data about this person from other systems (orders, newsletter, account…): each CSV (any separator, UTF-8 or Windows-1252) or JSON file (a list of objects) becomes one category; the category name can be edited in the table.</source>
        <translation>Données sur cette personne issues d'autres systèmes (commandes, lettre d'information, compte…) : chaque fichier CSV (tout séparateur, UTF-8 ou Windows-1252) ou JSON (une liste d'objets) devient une catégorie ; son nom peut être modifié dans le tableau.</translation>
    </message>
    <message>
        <source>Why the data may be disclosed although the identity is not verified (audited)…</source>
        <translation>Pourquoi les données peuvent être communiquées bien que l'identité ne soit pas vérifiée (journalisé)…</translation>
    </message>
    <message>
        <source>Overview language:</source>
        <translation>Langue de la synthèse :</translation>
    </message>
    <message>
        <source>Disclose anyway:</source>
        <translation>Communiquer quand même :</translation>
    </message>
    <message>
        <source>Reading the request…</source>
        <translation>Lecture de la demande…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Data from other systems</source>
        <translation>Données d'autres systèmes</translation>
    </message>
    <message>
        <source>1 ID-document copy</source>
        <translation>1 copie de pièce d'identité</translation>
    </message>
    <message>
        <source>{count} ID-document copies</source>
        <translation>{count} copies de pièces d'identité</translation>
    </message>
    <message>
        <source>1 letter sent by the office</source>
        <translation>1 courrier envoyé par le service</translation>
    </message>
    <message>
        <source>{count} letters sent by the office</source>
        <translation>{count} courriers envoyés par le service</translation>
    </message>
    <message>
        <source>1 purged document</source>
        <translation>1 document purgé</translation>
    </message>
    <message>
        <source>{count} purged documents</source>
        <translation>{count} documents purgés</translation>
    </message>
    <message>
        <source>Never included: {items}.</source>
        <translation>Jamais inclus : {items}.</translation>
    </message>
    <message>
        <source>Identity verified.</source>
        <translation>Identité vérifiée.</translation>
    </message>
    <message>
        <source>The requester's identity is not verified: no personal data may be disclosed. Record an identity check first, or give a written reason below (it is kept in the audit log).</source>
        <translation>L'identité du demandeur n'est pas vérifiée : aucune donnée personnelle ne peut être communiquée. Enregistrez d'abord une vérification d'identité, ou indiquez un motif écrit ci-dessous (il est consigné dans le journal d'audit).</translation>
    </message>
    <message>
        <source>No bundle can be made for this request.</source>
        <translation>Aucun export ne peut être fait pour cette demande.</translation>
    </message>
    <message>
        <source>Ready: choose where to save the bundle.</source>
        <translation>Prêt : choisissez où enregistrer l'export.</translation>
    </message>
    <message>
        <source>{title} — {records} (DSR Desk)</source>
        <translation>{title} — {records} (DSR Desk)</translation>
    </message>
    <message>
        <source>{category} — {records} (from {source})</source>
        <translation>{category} — {records} (depuis {source})</translation>
    </message>
    <message>
        <source>Document: {filename} — {kind}, {size}, added {added_on:%d/%m/%Y}</source>
        <translation>Document : {filename} — {kind}, {size}, ajouté le {added_on:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>Add data from another system</source>
        <translation>Ajouter des données d'un autre système</translation>
    </message>
    <message>
        <source>CSV or JSON (*.csv *.json);;All files (*)</source>
        <translation>CSV ou JSON (*.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Give the reason for disclosing before saving.</source>
        <translation>Indiquez le motif de la communication avant d'enregistrer.</translation>
    </message>
    <message>
        <source>Save the data bundle</source>
        <translation>Enregistrer l'export des données</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archive zip (*.zip)</translation>
    </message>
    <message>
        <source>Building the bundle…</source>
        <translation>Préparation de l'export…</translation>
    </message>
    <message>
        <source>Building the data bundle…</source>
        <translation>Préparation de l'export des données…</translation>
    </message>
    <message>
        <source> AES-256 encrypted;</source>
        <translation> chiffré AES-256 ;</translation>
    </message>
    <message>
        <source>Saved as {path} ({file_count} files;{encrypted} manifest SHA-256 {manifest_sha256}).</source>
        <translation>Enregistré sous {path} ({file_count} fichiers ;{encrypted} manifeste SHA-256 {manifest_sha256}).</translation>
    </message>
    <message>
        <source>{count} files, AES-256 encrypted</source>
        <translation>{count} fichiers, chiffrés AES-256</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} fichiers</translation>
    </message>
    <message>
        <source>The bundle of {reference} was saved as:
{path}

{files}.

Manifest SHA-256 (kept in the audit log):
{manifest_sha256}</source>
        <translation>L'export de {reference} a été enregistré sous :
{path}

{files}.

Manifeste SHA-256 (consigné dans le journal d'audit) :
{manifest_sha256}</translation>
    </message>
    <message>
        <source>

Send the password through another channel than the file.</source>
        <translation>

Communiquez le mot de passe par un autre canal que le fichier.</translation>
    </message>
    <message>
        <source>Data bundle saved</source>
        <translation>Export des données enregistré</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copier le SHA-256</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n'a été enregistré.</translation>
    </message>
</context>
<context>
    <name>BundlePassword</name>
    <message>
        <source>Give the password to the requester through another channel than the file (phone, SMS, letter) — never in the same e-mail. The encrypted zip shows only the name archive.zip; it opens with 7-Zip or WinZip (Windows) or Keka (macOS), not with Windows Explorer, and archive.zip inside then opens with any zip tool.</source>
        <translation>Communiquez le mot de passe au demandeur par un autre canal que le fichier (téléphone, SMS, courrier) — jamais dans le même e-mail. Le zip chiffré ne montre que le nom archive.zip ; il s'ouvre avec 7-Zip ou WinZip (Windows) ou Keka (macOS), pas avec l'Explorateur Windows, et l'archive.zip qu'il contient s'ouvre ensuite avec n'importe quel outil zip.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>optional, at least {min_bundle_password_chars} characters</source>
        <translation>facultatif, au moins {min_bundle_password_chars} caractères</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Confirmation :</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar saved: 1 event in {path}.</source>
        <translation>Calendrier enregistré : 1 événement dans {path}.</translation>
    </message>
    <message>
        <source>Calendar saved: {events} events in {path}.</source>
        <translation>Calendrier enregistré : {events} événements dans {path}.</translation>
    </message>
    <message>
        <source>open requests</source>
        <translation>des demandes en cours</translation>
    </message>
    <message>
        <source>Export the deadlines of {what}</source>
        <translation>Exporter les échéances {what}</translation>
    </message>
    <message>
        <source>Exporting the calendar…</source>
        <translation>Export du calendrier…</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Completed: the request was carried out</source>
        <translation>Terminée : la demande a été satisfaite</translation>
    </message>
    <message>
        <source>Record completion</source>
        <translation>Enregistrer la fin du traitement</translation>
    </message>
    <message>
        <source>Record that the final answer was sent to the requester and the request was carried out. The request file is then closed; notes can still be added.</source>
        <translation>Enregistrer que la réponse définitive a été envoyée au demandeur et que la demande a été satisfaite. Le dossier est alors clôturé ; des notes peuvent encore être ajoutées.</translation>
    </message>
    <message>
        <source>Answer sent on:</source>
        <translation>Réponse envoyée le :</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Note (facultative) :</translation>
    </message>
    <message>
        <source>What was done, e.g. copy of the data sent by registered letter…</source>
        <translation>Ce qui a été fait, par exemple copie des données envoyée en recommandé…</translation>
    </message>
    <message>
        <source>Partly granted: part of it is withheld</source>
        <translation>Accord partiel : une partie est refusée</translation>
    </message>
    <message>
        <source>Record partial answer</source>
        <translation>Enregistrer la réponse partielle</translation>
    </message>
    <message>
        <source>Part of the request is granted and part withheld: the requester is told both, with the reasons, and of their right to lodge a complaint with the CNIL and to seek a judicial remedy (Art. 12(4)). One letter says it all.</source>
        <translation>Une partie de la demande est accordée et une partie refusée : le demandeur est informé des deux, avec les motifs, ainsi que de son droit d'introduire une réclamation auprès de la CNIL et de former un recours juridictionnel (art. 12(4)). Une seule lettre dit tout.</translation>
    </message>
    <message>
        <source>Reasons (required):</source>
        <translation>Motifs (obligatoires) :</translation>
    </message>
    <message>
        <source>Why the rest is withheld (told to the requester)…</source>
        <translation>Pourquoi le reste est refusé (communiqué au demandeur)…</translation>
    </message>
    <message>
        <source>Refused, with reasons</source>
        <translation>Refusée, avec motifs</translation>
    </message>
    <message>
        <source>Record refusal</source>
        <translation>Enregistrer le refus</translation>
    </message>
    <message>
        <source>A refusal must give the requester its reasons and tell them of their right to lodge a complaint with the CNIL and to seek a judicial remedy (Art. 12(4)).</source>
        <translation>Un refus doit être motivé et informer le demandeur de son droit d'introduire une réclamation auprès de la CNIL et de former un recours juridictionnel (art. 12(4)).</translation>
    </message>
    <message>
        <source>Refusal sent on:</source>
        <translation>Refus envoyé le :</translation>
    </message>
    <message>
        <source>Why the request is refused (told to the requester)…</source>
        <translation>Pourquoi la demande est refusée (communiqué au demandeur)…</translation>
    </message>
    <message>
        <source>Forwarded to the controller</source>
        <translation>Transmise au responsable du traitement</translation>
    </message>
    <message>
        <source>Record forwarding</source>
        <translation>Enregistrer la transmission</translation>
    </message>
    <message>
        <source>This entity acts as a processor: the request goes to the controller (the client) without delay, and the requester is told so.</source>
        <translation>Cette entité agit en sous-traitant : la demande est transmise sans délai au responsable du traitement (le client), et le demandeur en est informé.</translation>
    </message>
    <message>
        <source>Forwarded on:</source>
        <translation>Transmise le :</translation>
    </message>
    <message>
        <source>To whom it was forwarded, how…</source>
        <translation>À qui elle a été transmise, comment…</translation>
    </message>
    <message>
        <source>No data held about the person</source>
        <translation>Aucune donnée détenue sur la personne</translation>
    </message>
    <message>
        <source>Record 'no data held'</source>
        <translation>Enregistrer « aucune donnée détenue »</translation>
    </message>
    <message>
        <source>We hold no data about the requester: they are told so (Art. 15(1), first limb). The request file is then closed.</source>
        <translation>Nous ne détenons aucune donnée sur le demandeur : il en est informé (art. 15(1), première partie). Le dossier est alors clôturé.</translation>
    </message>
    <message>
        <source>Where was searched, e.g. pupils' files, mailing lists…</source>
        <translation>Où la recherche a été faite, par exemple dossiers des élèves, listes de diffusion…</translation>
    </message>
    <message>
        <source>Withdrawn by the requester</source>
        <translation>Retirée par le demandeur</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Enregistrer le retrait</translation>
    </message>
    <message>
        <source>The requester withdrew the request: record when, and acknowledge the withdrawal. The request file is then closed.</source>
        <translation>Le demandeur a retiré sa demande : enregistrez la date et accusez réception du retrait. Le dossier est alors clôturé.</translation>
    </message>
    <message>
        <source>Withdrawn on:</source>
        <translation>Retirée le :</translation>
    </message>
    <message>
        <source>How the requester withdrew, e.g. e-mail of 12/03…</source>
        <translation>Comment le demandeur s'est rétracté, par exemple e-mail du 12/03…</translation>
    </message>
    <message>
        <source>Closed for lack of reply</source>
        <translation>Clôturée faute de réponse</translation>
    </message>
    <message>
        <source>Record closure for lack of reply</source>
        <translation>Enregistrer la clôture faute de réponse</translation>
    </message>
    <message>
        <source>The identification, clarification or fee asked never came: the request is closed for lack of reply, and the requester is told they may make a new request.</source>
        <translation>La pièce d'identité, la précision ou les frais demandés ne sont jamais arrivés : la demande est clôturée faute de réponse, et le demandeur est informé qu'il peut en présenter une nouvelle.</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Clôturée le :</translation>
    </message>
    <message>
        <source>Reminders sent, e.g. reminder of 02/05 left unanswered…</source>
        <translation>Relances envoyées, par exemple relance du 02/05 restée sans réponse…</translation>
    </message>
    <message>
        <source>Refused as manifestly unfounded or excessive</source>
        <translation>Refusée comme manifestement infondée ou excessive</translation>
    </message>
    <message>
        <source>A request may be refused as manifestly unfounded or excessive, in particular because of its repetitive character (Art. 12(5)(b)): we bear the burden of showing it. The requester is told the reasons and of their right to lodge a complaint with the CNIL and to seek a judicial remedy.</source>
        <translation>Une demande peut être refusée comme manifestement infondée ou excessive, notamment en raison de son caractère répétitif (art. 12(5)(b)) : c'est à nous de le démontrer. Le demandeur est informé des motifs et de son droit d'introduire une réclamation auprès de la CNIL et de former un recours juridictionnel.</translation>
    </message>
    <message>
        <source>Reasons, including what shows the excess (required):</source>
        <translation>Motifs, y compris ce qui montre l'excès (obligatoires) :</translation>
    </message>
    <message>
        <source>e.g. fifth identical request in two months, each answered on…</source>
        <translation>par exemple cinquième demande identique en deux mois, chacune traitée le…</translation>
    </message>
    <message>
        <source>Compelling legitimate grounds which override the person's interests, rights and freedoms (required, Art. 21(1)):</source>
        <translation>Motifs légitimes et impérieux prévalant sur les intérêts, droits et libertés de la personne (obligatoires, art. 21(1)) :</translation>
    </message>
    <message>
        <source>The Art. 17(3) ground, the data kept and for how long (required):</source>
        <translation>Le motif de l'art. 17(3), les données conservées et pour combien de temps (obligatoires) :</translation>
    </message>
    <message>
        <source>A refusal needs its reasons: the requester must be told why (Art. 12(4)).</source>
        <translation>Un refus doit être motivé : le demandeur doit savoir pourquoi (art. 12(4)).</translation>
    </message>
    <message>
        <source>A refusal as manifestly unfounded or excessive needs the reasons, including what shows the excess (Art. 12(5)(b)).</source>
        <translation>Un refus pour demande manifestement infondée ou excessive doit être motivé, y compris ce qui montre l'excès (art. 12(5)(b)).</translation>
    </message>
    <message>
        <source>the reasons: the requester must be told why (Art. 12(4))</source>
        <translation>les motifs : le demandeur doit savoir pourquoi (art. 12(4))</translation>
    </message>
    <message>
        <source>what is granted</source>
        <translation>ce qui est accordé</translation>
    </message>
    <message>
        <source>what is withheld</source>
        <translation>ce qui est refusé</translation>
    </message>
    <message>
        <source>Close {ref}</source>
        <translation>Clôturer {ref}</translation>
    </message>
    <message>
        <source>Between the receipt ({received}) and today ({today}).</source>
        <translation>Entre la réception ({received}) et aujourd'hui ({today}).</translation>
    </message>
    <message>
        <source>What is granted, e.g. the marketing data are erased…</source>
        <translation>Ce qui est accordé, par exemple les données de prospection sont effacées…</translation>
    </message>
    <message>
        <source>What is withheld, e.g. the invoices of the last ten years…</source>
        <translation>Ce qui est refusé, par exemple les factures des dix dernières années…</translation>
    </message>
    <message>
        <source>Granted (required):</source>
        <translation>Accordé (obligatoire) :</translation>
    </message>
    <message>
        <source>Withheld (required):</source>
        <translation>Refusé (obligatoire) :</translation>
    </message>
    <message>
        <source>Close although no answer was recorded as sent</source>
        <translation>Clôturer bien qu'aucune réponse n'ait été enregistrée comme envoyée</translation>
    </message>
    <message>
        <source>No letter answering the requester was recorded as sent. The letter the outcome calls for is offered once the request is closed.</source>
        <translation>Aucun courrier de réponse au demandeur n'a été enregistré comme envoyé. Le courrier correspondant à l'issue vous sera proposé une fois la demande clôturée.</translation>
    </message>
    <message>
        <source>Why it is recorded only now, e.g. answer posted that day, filed late…</source>
        <translation>Pourquoi elle n'est enregistrée que maintenant, par ex. réponse envoyée ce jour-là, saisie tardive…</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Issue :</translation>
    </message>
    <message>
        <source>Dated on or before {day}, when the requester still had time to reply: why is it recorded only now (required, kept in the audit log)?</source>
        <translation>Datée au plus tard du {day}, quand le demandeur avait encore le temps de répondre : pourquoi n'est-elle enregistrée que maintenant (obligatoire, conservé dans le journal d'audit) ?</translation>
    </message>
    <message>
        <source>The request was due on {day}: dated on time, why is it recorded only now (required, kept in the audit log)?</source>
        <translation>La demande était à traiter au plus tard le {day} : datée dans le délai, pourquoi n'est-elle enregistrée que maintenant (obligatoire, conservé dans le journal d'audit) ?</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La date ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The date cannot be before the receipt ({received}).</source>
        <translation>La date ne peut pas précéder la réception ({received}).</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>Still needed: {what}.</source>
        <translation>Reste à indiquer : {what}.</translation>
    </message>
    <message>
        <source>A closure dated so escapes a rule of today: say why it is recorded only now.</source>
        <translation>Une clôture ainsi datée échappe à une règle applicable aujourd'hui : indiquez pourquoi elle n'est enregistrée que maintenant.</translation>
    </message>
    <message>
        <source>No answer to the requester was recorded as sent: tick the box to close it all the same.</source>
        <translation>Aucune réponse au demandeur n'a été enregistrée comme envoyée : cochez la case pour clôturer malgré tout.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Purge date</source>
        <translation>Date de purge</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Règle de conservation</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Dernière reçue</translation>
    </message>
    <message>
        <source>Anonymise on</source>
        <translation>Anonymiser le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>What stays</source>
        <translation>Ce qui reste</translation>
    </message>
</context>
<context>
    <name>CountTile</name>
    <message>
        <source>Click to list these requests.</source>
        <translation>Cliquez pour afficher ces demandes.</translation>
    </message>
    <message>
        <source>{title}: {count}</source>
        <translation>{title} : {count}</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Requests received per month, by type</source>
        <translation>Demandes reçues par mois, par type</translation>
    </message>
    <message>
        <source>No request received in the last 12 months.</source>
        <translation>Aucune demande reçue ces 12 derniers mois.</translation>
    </message>
    <message>
        <source>Median days to answer (by month of the answer)</source>
        <translation>Délai médian de réponse en jours (par mois de la réponse)</translation>
    </message>
    <message>
        <source>No request answered in the last 12 months.</source>
        <translation>Aucune demande traitée ces 12 derniers mois.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Requests received, by month and type: {months}.</source>
        <translation>Demandes reçues, par mois et par type : {months}.</translation>
    </message>
    <message>
        <source>Median days from receipt to answer</source>
        <translation>Jours médians entre réception et réponse</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Median days to answer, by month: {months}.</source>
        <translation>Délai médian de réponse en jours, par mois : {months}.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Sans réponse à ce jour</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Past the due date, not on hold</source>
        <translation>Délai dépassé, hors suspension</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Échéance cette semaine</translation>
    </message>
    <message>
        <source>Due in the next 7 days</source>
        <translation>Échéance sous 7 jours</translation>
    </message>
    <message>
        <source>Awaiting identity</source>
        <translation>En attente d'identité</translation>
    </message>
    <message>
        <source>Proof of ID asked, not received</source>
        <translation>Justificatif demandé, non reçu</translation>
    </message>
    <message>
        <source>Upcoming deadlines</source>
        <translation>Prochaines échéances</translation>
    </message>
    <message>
        <source>No open deadline ahead.</source>
        <translation>Aucune échéance à venir.</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Abandonner la saisie ?</translation>
    </message>
    <message>
        <source>What you typed or added in this window has not been saved. Close it and lose it?</source>
        <translation>Ce que vous avez saisi ou ajouté dans cette fenêtre n'est pas enregistré. La fermer et le perdre ?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>DocumentOps</name>
    <message>
        <source>Identity document copy (retention rules apply)</source>
        <translation>Copie de pièce d'identité (règles de conservation applicables)</translation>
    </message>
    <message>
        <source>Letter from the requester, or its scan</source>
        <translation>Courrier du demandeur, ou son scan</translation>
    </message>
    <message>
        <source>E-mail (.eml)</source>
        <translation>E-mail (.eml)</translation>
    </message>
    <message>
        <source>Mandate or proof of capacity (of whoever acts for the person)</source>
        <translation>Mandat ou justificatif de qualité (de qui agit pour la personne)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>{name} is not a readable file.</source>
        <translation>{name} n'est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>{name} is larger than 512 MB.</source>
        <translation>{name} dépasse 512 Mo.</translation>
    </message>
    <message>
        <source>{name} could not be read ({problem}).</source>
        <translation>{name} n'a pas pu être lu ({problem}).</translation>
    </message>
</context>
<context>
    <name>DocumentPages</name>
    <message>
        <source>Previous page</source>
        <extracomment>The viewer's keys: (standard key, the button it clicks, what it does). Help → Keyboard shortcuts lists them from here too.</extracomment>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Précédente</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Suivante ›</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Fit the page to the window's width</source>
        <translation>Ajuster la page à la largeur de la fenêtre</translation>
    </message>
    <message>
        <source>Page {page} of {page_count}</source>
        <translation>Page {page} sur {page_count}</translation>
    </message>
</context>
<context>
    <name>DocumentRendering</name>
    <message>
        <source>COPY – identity verification only – {reference} – {day}</source>
        <translation>COPIE – uniquement pour vérification d'identité – {reference} – {day}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
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
        <translation>Objet</translation>
    </message>
    <message>
        <source>Attachments (not shown):
</source>
        <translation>Pièces jointes (non affichées) :
</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{reference} · {kind} document (copy)</source>
        <translation>{reference} · document {kind} (copie)</translation>
    </message>
    <message>
        <source>{filename} · {media_type} · decrypted in memory only</source>
        <translation>{filename} · {media_type} · déchiffré en mémoire uniquement</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the watermarked pages (the print is audited).</source>
        <translation>Imprimer les pages filigranées (l'impression est journalisée).</translation>
    </message>
    <message>
        <source>Save decrypted copy…</source>
        <translation>Enregistrer une copie déchiffrée…</translation>
    </message>
    <message>
        <source>Write an unencrypted copy outside DSR Desk (asks first; the export is audited).</source>
        <translation>Écrire une copie non chiffrée hors de DSR Desk (avec confirmation ; l'export est journalisé).</translation>
    </message>
    <message>
        <source>This PDF could not be read (damaged or password-protected).</source>
        <translation>Ce PDF n'a pas pu être lu (endommagé ou protégé par mot de passe).</translation>
    </message>
    <message>
        <source>This image could not be read (unknown or damaged format).</source>
        <translation>Cette image n'a pas pu être lue (format inconnu ou endommagé).</translation>
    </message>
    <message>
        <source>No preview for this type ({media_type}); you can save a decrypted copy.</source>
        <translation>Pas d'aperçu pour ce type ({media_type}) ; vous pouvez en enregistrer une copie déchiffrée.</translation>
    </message>
    <message>
        <source>Only images and PDFs can be printed from the viewer.</source>
        <translation>Seuls les images et les PDF peuvent être imprimés depuis la visionneuse.</translation>
    </message>
    <message>
        <source>{reference} copy</source>
        <translation>{reference} copie</translation>
    </message>
    <message>
        <source>Print {reference} ({kind} document)</source>
        <translation>Imprimer {reference} (document {kind})</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L'imprimante n'a pas pu être lancée.</translation>
    </message>
    <message>
        <source>1 watermarked page printed.</source>
        <translation>1 page filigranée imprimée.</translation>
    </message>
    <message>
        <source>{printed} watermarked pages printed.</source>
        <translation>{printed} pages filigranées imprimées.</translation>
    </message>
    <message>
        <source>Save a decrypted copy</source>
        <translation>Enregistrer une copie déchiffrée</translation>
    </message>
    <message>
        <source>Save a decrypted copy?</source>
        <translation>Enregistrer une copie déchiffrée ?</translation>
    </message>
    <message>
        <source>DSR Desk will write an UNENCRYPTED copy of this {kind} document of {reference}, without the watermark, to:

{target}

The copy is not protected by the vault and will not be purged when the retention period ends: anyone with access to that folder can read it. Delete it as soon as you no longer need it. The export is recorded in the audit log.

Save the decrypted copy?</source>
        <translation>DSR Desk va écrire une copie NON CHIFFRÉE de ce document {kind} de {reference}, sans filigrane, dans :

{target}

La copie n'est pas protégée par le coffre et ne sera pas purgée à la fin de la durée de conservation : toute personne ayant accès à ce dossier peut la lire. Supprimez-la dès que vous n'en avez plus besoin. L'export est consigné dans le journal d'audit.

Enregistrer la copie déchiffrée ?</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>Decrypted copy saved to {path}. Delete it after use.</source>
        <translation>Copie déchiffrée enregistrée dans {path}. Supprimez-la après usage.</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>1 ID copy</source>
        <translation>1 copie de pièce d'identité</translation>
    </message>
    <message>
        <source>{count} ID copies</source>
        <translation>{count} copies de pièces d'identité</translation>
    </message>
    <message>
        <source>Automatic purge at start-up: </source>
        <translation>Purge automatique au démarrage : </translation>
    </message>
    <message>
        <source>no ID copy was due for purge.</source>
        <translation>aucune copie de pièce d'identité n'était à purger.</translation>
    </message>
    <message>
        <source>{copies} purged (keys destroyed, encrypted files removed).</source>
        <translation>{copies} purgée(s) (clés détruites, fichiers chiffrés supprimés).</translation>
    </message>
    <message>
        <source>Purge {copies} now?

Retention rules applied:
{rules}

Each copy's encryption key is destroyed and its encrypted file removed (crypto-shred): this cannot be undone. The audit log records what was purged, when and under which rule, never the content.</source>
        <translation>Purger {copies} maintenant ?

Règles de conservation appliquées :
{rules}

La clé de chiffrement de chaque copie est détruite et son fichier chiffré supprimé (effacement cryptographique) : c'est irréversible. Le journal d'audit consigne ce qui a été purgé, quand et selon quelle règle, jamais le contenu.</translation>
    </message>
    <message>
        <source>Purge attestation</source>
        <translation>Attestation de purge</translation>
    </message>
    <message>
        <source>A PDF listing the ID copies purged in the period (date, request, kind, rule), from the audit log. It holds no document content and no file names.</source>
        <translation>Un PDF listant les copies de pièces d'identité purgées sur la période (date, demande, nature, règle), d'après le journal d'audit. Il ne contient ni contenu de document ni nom de fichier.</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Toutes les entités</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>Entité :</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>The period must start on or before its end.</source>
        <translation>La période doit commencer au plus tard à sa date de fin.</translation>
    </message>
    <message>
        <source>Documents &amp; retention</source>
        <translation>Documents et conservation</translation>
    </message>
    <message>
        <source>Purge due documents…</source>
        <translation>Purger les documents échus…</translation>
    </message>
    <message>
        <source>Crypto-shred every ID copy whose retention period ended.</source>
        <translation>Effacer cryptographiquement chaque copie de pièce d'identité dont la durée de conservation est écoulée.</translation>
    </message>
    <message>
        <source>Purge attestation…</source>
        <translation>Attestation de purge…</translation>
    </message>
    <message>
        <source>Save a PDF listing the ID copies purged in a period.</source>
        <translation>Enregistrer un PDF listant les copies de pièces d'identité purgées sur une période.</translation>
    </message>
    <message>
        <source>Upcoming purges (next 12 months)</source>
        <translation>Purges à venir (12 prochains mois)</translation>
    </message>
    <message>
        <source>No ID copy is due for purge in the next 12 months.</source>
        <translation>Aucune copie de pièce d'identité à purger dans les 12 prochains mois.</translation>
    </message>
    <message>
        <source>ID copies are kept as CNIL NS-048 allows: access and rectification requests 1 year after closure; objection (including marketing opt-out) 3 years after the last contact; other requests per entity. An open request is never purged. Purging destroys the copy's key and removes its encrypted file (crypto-shred); the audit log records what, when and under which rule.</source>
        <translation>Les copies de pièces d'identité sont conservées comme le permet le référentiel CNIL NS-048 : demandes d'accès et de rectification, 1 an après la clôture ; opposition (y compris à la prospection), 3 ans après le dernier contact ; autres demandes, selon l'entité. Une demande en cours n'est jamais purgée. La purge détruit la clé de la copie et supprime son fichier chiffré (effacement cryptographique) ; le journal d'audit consigne quoi, quand et selon quelle règle.</translation>
    </message>
    <message>
        <source>{copies} due for purge now</source>
        <translation>{copies} à purger maintenant</translation>
    </message>
    <message>
        <source>Nothing is due for purge now</source>
        <translation>Rien à purger pour l'instant</translation>
    </message>
    <message>
        <source> · {later} more in the next 12 months</source>
        <translation> · {later} de plus dans les 12 prochains mois</translation>
    </message>
    <message>
        <source>Automatic purge is on: DSR Desk purges the copies due each time it starts (Settings).</source>
        <translation>La purge automatique est activée : DSR Desk purge les copies échues à chaque démarrage (Paramètres).</translation>
    </message>
    <message>
        <source>Automatic purge is off: purge due copies here, or turn it on in Settings (“Purge expired ID copies when DSR Desk starts”).</source>
        <translation>La purge automatique est désactivée : purgez ici les copies échues, ou activez-la dans les Paramètres (« Purger les copies de pièces d'identité échues au démarrage de DSR Desk »).</translation>
    </message>
    <message>
        <source>Purge due ID copies?</source>
        <translation>Purger les copies de pièces d'identité échues ?</translation>
    </message>
    <message>
        <source>Purging {count} due ID copies…</source>
        <translation>Purge de {count} copies de pièces d'identité échues…</translation>
    </message>
    <message>
        <source>Save the purge attestation</source>
        <translation>Enregistrer l'attestation de purge</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Purge attestation saved to {path}.</source>
        <translation>Attestation de purge enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Records attestation saved to {path}.</source>
        <translation>Attestation d'anonymisation enregistrée dans {path}.</translation>
    </message>
</context>
<context>
    <name>EmailDropZone</name>
    <message>
        <source>{n} KB</source>
        <translation>{n} Ko</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Do not keep this file with the request</source>
        <translation>Ne pas conserver ce fichier avec la demande</translation>
    </message>
    <message>
        <source>Drop the requester's e-mail (.eml) here to fill in the form, or the scan of a paper letter (PDF, JPEG, PNG).</source>
        <translation>Déposez ici l'e-mail du demandeur (.eml) pour remplir le formulaire, ou le scan d'un courrier papier (PDF, JPEG, PNG).</translation>
    </message>
    <message>
        <source>{filename}  ·  {size}
Will be kept with the request, encrypted, as the letter received.</source>
        <translation>{filename}  ·  {size}
Sera conservé avec la demande, chiffré, comme courrier reçu.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>✉  {filename}  ·  {size}
Will be kept with the request, encrypted.</source>
        <translation>✉  {filename}  ·  {size}
Sera conservé avec la demande, chiffré.</translation>
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
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Controller — decides why and how the data is processed</source>
        <translation>Responsable du traitement — décide des finalités et des moyens</translation>
    </message>
    <message>
        <source>Processor — processes data for a client (Art. 28)</source>
        <translation>Sous-traitant — traite des données pour un client (art. 28)</translation>
    </message>
    <message>
        <source>Restart the month when the information arrives</source>
        <translation>Faire repartir le mois à l'arrivée de l'information</translation>
    </message>
    <message>
        <source>Pause: add the days spent waiting</source>
        <translation>Pause : ajouter les jours d'attente</translation>
    </message>
    <message>
        <source>PNG or JPEG images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Images PNG ou JPEG (*.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>; known: </source>
        <translation> ; connues : </translation>
    </message>
    <message>
        <source>{head}; known: {codes}, …</source>
        <translation>{head} ; connues : {codes}, …</translation>
    </message>
    <message>
        <source>e.g. Groupe Scolaire Exemple</source>
        <translation>par exemple Groupe Scolaire Exemple</translation>
    </message>
    <message>
        <source>Street
Postcode and town</source>
        <translation>Rue
Code postal et commune</translation>
    </message>
    <message>
        <source>e.g. dpo@exemple.fr or DPO, 12 rue …</source>
        <translation>par exemple dpo@exemple.fr ou DPO, 12 rue …</translation>
    </message>
    <message>
        <source>e.g. Le délégué à la protection des données</source>
        <translation>p. ex. Le délégué à la protection des données</translation>
    </message>
    <message>
        <source>optional — e.g. 57 (Moselle), 6AE (Alsace)</source>
        <translation>facultatif — par exemple 57 (Moselle), 6AE (Alsace)</translation>
    </message>
    <message>
        <source>While you wait for an ID or a clarification (Art. 12(6)), the one-month period either starts again when the information arrives, or is paused and resumed.</source>
        <translation>Pendant l'attente d'une pièce d'identité ou d'une précision (art. 12(6)), le délai d'un mois soit repart à l'arrivée de l'information, soit est suspendu puis reprend.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Postal &amp;address</source>
        <translation>&amp;Adresse postale</translation>
    </message>
    <message>
        <source>&amp;DPO contact</source>
        <translation>Contact du &amp;DPO</translation>
    </message>
    <message>
        <source>Letterhead &amp;logo</source>
        <translation>&amp;Logo de l'en-tête</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Holiday subdivision</source>
        <translation>&amp;Zone des jours fériés</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>While &amp;waiting for ID</source>
        <translation>&amp;Pendant l'attente d'une pièce</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> an(s)</translation>
    </message>
    <message>
        <source> working day(s)</source>
        <translation> jour(s) ouvré(s)</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Minimisation: record the identity check only, keep no copy</source>
        <translation>Minimisation : vérifier l'identité sans en garder de copie</translation>
    </message>
    <message>
        <source>10 year(s)</source>
        <translation>10 an(s)</translation>
    </message>
    <message>
        <source>Letters &amp;signed as</source>
        <translation>&amp;Signature des courriers</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keeping ID copies&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conservation des copies de pièces d'identité&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Access, rectification</source>
        <translation>Accès, rectification</translation>
    </message>
    <message>
        <source>Objection, opt-out</source>
        <translation>Opposition, prospection</translation>
    </message>
    <message>
        <source>Other requests</source>
        <translation>Autres demandes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answering&lt;/b&gt;</source>
        <translation>&lt;b&gt;Réponse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>'Without delay' means</source>
        <translation>« Sans délai » signifie</translation>
    </message>
    <message>
        <source>Flag as on hold too long after</source>
        <translation>Signaler une attente trop longue après</translation>
    </message>
    <message>
        <source>A marketing opt-out is acted on without delay (Art. 21(3)): its due date is this many working days after the receipt.</source>
        <translation>Une opposition à la prospection est traitée sans délai (art. 21(3)) : son échéance tombe ce nombre de jours ouvrés après la réception.</translation>
    </message>
    <message>
        <source>A request waiting for the requester (ID, clarification, fee) longer than this is flagged in the register, and its closure for lack of reply is proposed.</source>
        <translation>Une demande en attente du demandeur (pièce d'identité, précision, frais) au-delà de cette durée est signalée dans le registre, et sa clôture faute de réponse est proposée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keeping request records&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conservation des dossiers de demandes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Anonymise after</source>
        <translation>Anonymiser après</translation>
    </message>
    <message>
        <source>From the final answer (5 years: the civil limitation period, art. 2224 of the Code civil). An upheld objection or opt-out is counted from the last contact and keeps a minimal suppression entry.</source>
        <translation>À compter de la réponse définitive (5 ans : la prescription civile, art. 2224 du Code civil). Une opposition accueillie court à partir du dernier contact et garde une entrée de non-sollicitation minimale.</translation>
    </message>
    <message>
        <source>From the final answer (CNIL: 1 year)</source>
        <translation>À compter de la réponse définitive (CNIL : 1 an)</translation>
    </message>
    <message>
        <source>From the last contact (CNIL: 3 years; at most 6, the limitation period of art. 8 CPP)</source>
        <translation>À compter du dernier contact (CNIL : 3 ans ; 6 au plus, la prescription de l'art. 8 CPP)</translation>
    </message>
    <message>
        <source>From the final answer</source>
        <translation>À compter de la réponse définitive</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>A PNG or JPEG file of at most 1 MB, printed at the top left of every letter</source>
        <translation>Un fichier PNG ou JPEG de 1 Mo au plus, imprimé en haut à gauche de chaque courrier</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. Printed at the top left of letters, 18 mm high at most, proportions kept.</source>
        <translation>PNG ou JPEG, 1 Mo au plus. Imprimé en haut à gauche des courriers, 18 mm de haut au plus, proportions conservées.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Print letters without a logo</source>
        <translation>Imprimer les courriers sans logo</translation>
    </message>
    <message>
        <source>Choose the letterhead logo</source>
        <translation>Choisir le logo de l'en-tête</translation>
    </message>
    <message>
        <source>Cannot read {name}: {problem}.</source>
        <translation>Impossible de lire {name} : {problem}.</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Logo set</source>
        <translation>Logo défini</translation>
    </message>
    <message>
        <source>subdivision {code}</source>
        <translation>zone {code}</translation>
    </message>
    <message>
        <source>nationwide</source>
        <translation>tout le pays</translation>
    </message>
    <message>
        <source>✓ Public holidays of {country_name}, {where}</source>
        <translation>✓ Jours fériés : {country_name}, {where}</translation>
    </message>
</context>
<context>
    <name>EntitySettingsTab</name>
    <message>
        <source>Letterhead and logo, holiday calendar, deadline policy, ID copies</source>
        <translation>En-tête et logo, jours fériés, règles de délai, copies de pièces d'identité</translation>
    </message>
    <message>
        <source>The processing activities (Art. 30) quoted in access answers</source>
        <translation>Les activités de traitement (art. 30) citées dans les réponses aux demandes d'accès</translation>
    </message>
    <message>
        <source>This entity's own wording of each letter, with a live preview</source>
        <translation>La rédaction propre à cette entité de chaque courrier, avec un aperçu immédiat</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;Entités</translation>
    </message>
    <message>
        <source>Add entity</source>
        <translation>Ajouter une entité</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Pr&amp;ocessing register</source>
        <translation>Registre des &amp;traitements</translation>
    </message>
    <message>
        <source>Letter word&amp;ing</source>
        <translation>Rédact&amp;ion des courriers</translation>
    </message>
    <message>
        <source>Save entity</source>
        <translation>Enregistrer l'entité</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Processing register</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <source>Letter wording</source>
        <translation>Rédaction des courriers</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved ({parts}). Discard them?</source>
        <translation>« {name} » comporte des modifications non enregistrées ({parts}). Les abandonner ?</translation>
    </message>
    <message>
        <source>The new entity has changes that are not saved ({parts}). Discard them?</source>
        <translation>La nouvelle entité comporte des modifications non enregistrées ({parts}). Les abandonner ?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>New entity</source>
        <translation>Nouvelle entité</translation>
    </message>
    <message>
        <source>Editing “{name}”</source>
        <translation>Modification de « {name} »</translation>
    </message>
    <message>
        <source>Create entity</source>
        <translation>Créer l'entité</translation>
    </message>
    <message>
        <source>Create the entity first</source>
        <translation>Créez d'abord l'entité</translation>
    </message>
    <message>
        <source>“{name}” saved.</source>
        <translation>« {name} » enregistrée.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>%1 — unexpected error</source>
        <translation>%1 — erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong (%1). What you saved before is safe: each change is saved whole or not at all. You can go on working; if it happens again, copy the details and send them to your IT support.</source>
        <translation>Un incident s'est produit (%1). Ce que vous aviez enregistré est intact : chaque modification est enregistrée entièrement ou pas du tout. Vous pouvez continuer à travailler ; si cela se reproduit, copiez les détails et envoyez-les à votre support informatique.</translation>
    </message>
    <message>
        <source>The details are also in the log file: %1</source>
        <translation>Les détails figurent aussi dans le fichier journal : %1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>{notice} — passed</source>
        <translation>{notice} — dépassée</translation>
    </message>
    <message>
        <source>{notice} — today is the last day</source>
        <translation>{notice} — c'est le dernier jour</translation>
    </message>
    <message>
        <source>{notice} — 1 day left</source>
        <translation>{notice} — 1 jour restant</translation>
    </message>
    <message>
        <source>{notice} — {days} days left</source>
        <translation>{notice} — {days} jours restants</translation>
    </message>
    <message>
        <source>Extend {reference}</source>
        <translation>Prolonger {reference}</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Prolonger le délai</translation>
    </message>
    <message>
        <source>The GDPR allows one extension of two further months where the request is complex or numerous. The requester must be told of the extension and of its reasons by {date}, the end of the first month.</source>
        <translation>Le RGPD permet une prolongation unique de deux mois lorsque la demande est complexe ou les demandes nombreuses. Le demandeur doit être informé de la prolongation et de ses motifs avant le {date}, fin du premier mois.</translation>
    </message>
    <message>
        <source>Why more time is needed (this is told to the requester)…</source>
        <translation>Pourquoi un délai supplémentaire est nécessaire (communiqué au demandeur)…</translation>
    </message>
    <message>
        <source>Current due date:</source>
        <translation>Échéance actuelle :</translation>
    </message>
    <message>
        <source>New due date if extended:</source>
        <translation>Nouvelle échéance si prolongée :</translation>
    </message>
    <message>
        <source>Notify the requester by:</source>
        <translation>Informer le demandeur avant le :</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motifs :</translation>
    </message>
    <message>
        <source>Typed in:</source>
        <translation>Saisis en :</translation>
    </message>
    <message>
        <source>Give the reasons for the extension: they are told to the requester.</source>
        <translation>Indiquez les motifs de la prolongation : ils sont communiqués au demandeur.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to {app_name}</source>
        <translation>Bienvenue dans {app_name}</translation>
    </message>
    <message>
        <source>The request register is kept encrypted on this computer. Choose how the vault is unlocked.</source>
        <translation>Le registre des demandes est conservé chiffré sur cet ordinateur. Choisissez comment le coffre se déverrouille.</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>This workstation (encrypted vault)</source>
        <translation>Ce poste (coffre chiffré)</translation>
    </message>
    <message>
        <source>A team server (PostgreSQL)</source>
        <translation>Un serveur d'équipe (PostgreSQL)</translation>
    </message>
    <message>
        <source>The register is shared with your colleagues on your team's PostgreSQL server: its administrator gives you its address, your DPO your account.</source>
        <translation>Le registre est partagé avec vos collègues sur le serveur PostgreSQL de votre équipe : son administrateur vous en donne l'adresse, votre DPO votre compte.</translation>
    </message>
    <message>
        <source>Use this computer's keyring (recommended)</source>
        <translation>Utiliser le trousseau de cet ordinateur (recommandé)</translation>
    </message>
    <message>
        <source>The key is kept in your session's keyring: DSR Desk opens when you are logged in, with nothing to type.</source>
        <translation>La clé est conservée dans le trousseau de votre session : DSR Desk s'ouvre dès que vous êtes connecté, sans rien saisir.</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Protéger par une phrase de passe</translation>
    </message>
    <message>
        <source>Typed each time DSR Desk starts or after it locks itself. Choose this on a shared computer account.</source>
        <translation>Saisie à chaque démarrage de DSR Desk ou après son verrouillage automatique. À choisir sur un compte d'ordinateur partagé.</translation>
    </message>
    <message>
        <source>The vault will be created in {data_dir}.</source>
        <translation>Le coffre sera créé dans {data_dir}.</translation>
    </message>
    <message>
        <source>The register is kept on your team's server: nothing is created on this computer. Next, say where the server is.</source>
        <translation>Le registre est conservé sur le serveur de votre équipe : rien n'est créé sur cet ordinateur. Indiquez ensuite où se trouve le serveur.</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <source>This takes a moment: the key is derived and the database prepared.</source>
        <translation>Quelques instants : la clé est dérivée et la base préparée.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Change the protection…</source>
        <translation>Changer la protection…</translation>
    </message>
    <message>
        <source>Choose a passphrase first.</source>
        <translation>Choisissez d'abord une phrase de passe.</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>une phrase de passe</translation>
    </message>
    <message>
        <source>this computer's keyring</source>
        <translation>le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Creating the encrypted vault, protected by {mode}…</source>
        <translation>Création du coffre chiffré, protégé par {mode}…</translation>
    </message>
    <message>
        <source>The vault was created ({value} mode).</source>
        <translation>Le coffre a été créé (mode {value}).</translation>
    </message>
    <message>
        <source>The vault could not be created; nothing was left behind.</source>
        <translation>Le coffre n'a pas pu être créé ; rien n'a été laissé sur le disque.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de secours</translation>
    </message>
    <message>
        <source>Shown only now. It opens the vault if the passphrase is forgotten or the keyring entry is lost (new computer, reinstalled system).</source>
        <translation>Affichée uniquement maintenant. Elle ouvre le coffre si la phrase de passe est oubliée ou si l'entrée du trousseau est perdue (nouvel ordinateur, système réinstallé).</translation>
    </message>
    <message>
        <source>Print it, or save it as a PDF and move the file off this computer. Keep it locked away (a safe, a locked drawer): anyone with this key and a copy of the data folder can read the vault.</source>
        <translation>Imprimez-la, ou enregistrez-la en PDF et sortez le fichier de cet ordinateur. Rangez-la sous clé (coffre-fort, tiroir fermé) : quiconque détient cette clé et une copie du dossier de données peut lire le coffre.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>J'ai rangé la clé de secours en lieu sûr</translation>
    </message>
    <message>
        <source>The recovery sheet was sent to the printer.</source>
        <translation>La feuille de secours a été envoyée à l'imprimante.</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la feuille de secours</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it or move it to a USB key kept locked away, then delete it from this computer.</source>
        <translation>Enregistrée dans {path}. Imprimez-la ou copiez-la sur une clé USB rangée sous clé, puis supprimez-la de cet ordinateur.</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Votre organisme</translation>
    </message>
    <message>
        <source>The entity that answers the requests: letterhead, DPO contact and the holiday calendar used for deadlines. More entities can be added later in Settings.</source>
        <translation>L'entité qui répond aux demandes : en-tête des courriers, contact du DPO et calendrier des jours fériés utilisé pour les délais. D'autres entités pourront être ajoutées dans les Paramètres.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Letters are signed with your name and title, and the audit log records your name for each change. Both can be changed later in Settings › Preferences.</source>
        <translation>Les courriers sont signés de vos nom et fonction, et le journal d'audit enregistre votre nom à chaque modification. Vous pourrez les changer dans Paramètres › Préférences.</translation>
    </message>
    <message>
        <source>Open {app_name}</source>
        <translation>Ouvrir {app_name}</translation>
    </message>
    <message>
        <source>e.g. Camille Dupont</source>
        <translation>p. ex. Camille Dupont</translation>
    </message>
    <message>
        <source>e.g. Data Protection Officer</source>
        <translation>p. ex. Délégué à la protection des données</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>&amp;Title under your signature:</source>
        <translation>&amp;Fonction sous votre signature :</translation>
    </message>
    <message>
        <source>Your team server</source>
        <translation>Votre serveur d'équipe</translation>
    </message>
    <message>
        <source>Where the team's register is kept (PostgreSQL), and your account on it. Your password is never kept on this computer.</source>
        <translation>Où le registre de l'équipe est conservé (PostgreSQL), et votre compte sur ce serveur. Votre mot de passe n'est jamais conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Your &amp;account:</source>
        <translation>Votre &amp;compte :</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Votre &amp;mot de passe :</translation>
    </message>
    <message>
        <source>Set up {app_name}</source>
        <translation>Configurer {app_name}</translation>
    </message>
    <message>
        <source>The vault is created but has no entity yet. Quit anyway? You can add the entity later in Settings.</source>
        <translation>Le coffre est créé mais n'a pas encore d'entité. Quitter quand même ? Vous pourrez ajouter l'entité plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>The recovery key will not be shown again. Without it, a forgotten passphrase or a lost keyring entry means the data is lost. Quit anyway?</source>
        <translation>La clé de secours ne sera plus affichée. Sans elle, une phrase de passe oubliée ou une entrée de trousseau perdue signifie la perte des données. Quitter quand même ?</translation>
    </message>
    <message>
        <source>Quit {app_name} set-up</source>
        <translation>Quitter la configuration de {app_name}</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>User guide</source>
        <translation>Guide d'utilisation</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Document viewer</source>
        <extracomment>Shortcuts of windows that are not open when the list is made (the document viewer's): the viewer makes its own from this same table (``dialogs.document_pages.VIEWER_KEYS``).</extracomment>
        <translation>Visionneuse de documents</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Fenêtre principale</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Proprietary licence: all rights reserved</source>
        <translation>Licence propriétaire : tous droits réservés</translation>
    </message>
    <message>
        <source>Key in this computer's keyring</source>
        <translation>Clé dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Account on a team server (PostgreSQL)</source>
        <translation>Compte sur un serveur d'équipe (PostgreSQL)</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Data-subject requests of a DPO office: deadlines, letters and records.</source>
        <translation>Les demandes d'exercice de droits d'un service DPO : échéances, courriers et registres.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>Vault unlocked with:</source>
        <translation>Coffre déverrouillé par :</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
</context>
<context>
    <name>IdentityCheckDialog</name>
    <message>
        <source>Known e-mail address</source>
        <translation>Adresse e-mail connue</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Pièce d'identité</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Verified — identity confirmed</source>
        <translation>Vérifiée — identité confirmée</translation>
    </message>
    <message>
        <source>Failed — identity not confirmed</source>
        <translation>Échec — identité non confirmée</translation>
    </message>
    <message>
        <source>national identity card</source>
        <translation>carte nationale d'identité</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>passeport</translation>
    </message>
    <message>
        <source>residence permit</source>
        <translation>titre de séjour</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>permis de conduire</translation>
    </message>
    <message>
        <source>Identity check — {reference}</source>
        <translation>Vérification d'identité — {reference}</translation>
    </message>
    <message>
        <source>Record the check</source>
        <translation>Enregistrer la vérification</translation>
    </message>
    <message>
        <source>Record how the identity was checked. Keep no copy of the document: its kind and at most the last 4 characters of its number are enough.</source>
        <translation>Enregistrez comment l'identité a été vérifiée. Ne gardez aucune copie de la pièce : sa nature et au plus les 4 derniers caractères de son numéro suffisent.</translation>
    </message>
    <message>
        <source>Choose how it was checked</source>
        <translation>Choisissez comment elle a été vérifiée</translation>
    </message>
    <message>
        <source>e.g. passport</source>
        <translation>par exemple passeport</translation>
    </message>
    <message>
        <source>last 4 characters, e.g. 4821</source>
        <translation>4 derniers caractères, par exemple 4821</translation>
    </message>
    <message>
        <source>Choose the result</source>
        <translation>Choisissez le résultat</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <source>Document kind:</source>
        <translation>Nature de la pièce :</translation>
    </message>
    <message>
        <source>Number ending:</source>
        <translation>Fin du numéro :</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>Vérifiée par :</translation>
    </message>
    <message>
        <source>Checked on:</source>
        <translation>Vérifiée le :</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Choose how the identity was checked.</source>
        <translation>Choisissez comment l'identité a été vérifiée.</translation>
    </message>
    <message>
        <source>Choose the result of the check.</source>
        <translation>Choisissez le résultat de la vérification.</translation>
    </message>
    <message>
        <source>Say which kind of ID document was checked.</source>
        <translation>Indiquez la nature de la pièce d'identité vérifiée.</translation>
    </message>
    <message>
        <source>Keep at most the last {number_chars} characters of the document number.</source>
        <translation>Ne gardez au plus que les {number_chars} derniers caractères du numéro de la pièce.</translation>
    </message>
    <message>
        <source>Say who checked the identity.</source>
        <translation>Indiquez qui a vérifié l'identité.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>The idle lock needs at least one minute.</source>
        <translation>Le verrouillage automatique exige au moins une minute.</translation>
    </message>
</context>
<context>
    <name>InformationReceivedDialog</name>
    <message>
        <source>Information received — {reference}</source>
        <translation>Information reçue — {reference}</translation>
    </message>
    <message>
        <source>Record arrival</source>
        <translation>Enregistrer l'arrivée</translation>
    </message>
    <message>
        <source>Waiting since {date} for {kind}:</source>
        <translation>En attente depuis le {date} de : {kind}</translation>
    </message>
    <message>
        <source>Asked for:</source>
        <translation>Demandé :</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Reçue le :</translation>
    </message>
    <message>
        <source>Effect:</source>
        <translation>Effet :</translation>
    </message>
    <message>
        <source>Policy: pause. The {waited} days spent waiting will be added to the due date.</source>
        <translation>Règle : pause. Les {waited} jours d'attente s'ajoutent à l'échéance.</translation>
    </message>
    <message>
        <source>Policy: pause. The 1 day spent waiting will be added to the due date.</source>
        <translation>Règle : pause. Le jour d'attente s'ajoute à l'échéance.</translation>
    </message>
    <message>
        <source>Policy: restart. The one-month period will count again from {date}.</source>
        <translation>Règle : redémarrage. Le délai d'un mois court à nouveau à partir du {date}.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La date ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The information cannot arrive before it was asked ({date}).</source>
        <translation>L'information ne peut pas arriver avant d'avoir été demandée ({date}).</translation>
    </message>
</context>
<context>
    <name>KeyChangeDialog</name>
    <message>
        <source>DSR Desk is locked.</source>
        <translation>DSR Desk est verrouillé.</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Saisissez la phrase de passe actuelle.</translation>
    </message>
    <message>
        <source>Change passphrase or key</source>
        <translation>Changer la phrase de passe ou la clé</translation>
    </message>
    <message>
        <source>Rotate the key</source>
        <translation>Renouveler la clé</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Choisissez une nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Also rotate the key: old copies of vault.json stop opening the vault, and a new recovery key replaces the current one</source>
        <translation>Renouveler aussi la clé : les anciennes copies de vault.json n'ouvriront plus le coffre, et une nouvelle clé de secours remplace l'actuelle</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <source>A new key replaces the vault key in this computer's keyring: old copies of vault.json stop opening the vault, and a new recovery key replaces the current one.</source>
        <translation>Une nouvelle clé remplace la clé du coffre dans le trousseau de cet ordinateur : les anciennes copies de vault.json n'ouvriront plus le coffre, et une nouvelle clé de secours remplace l'actuelle.</translation>
    </message>
    <message>
        <source>Your NEW recovery key. The current one stops working once the key is rotated: write this one down or print it now, and keep it locked away.</source>
        <translation>Votre NOUVELLE clé de secours. L'actuelle cessera de fonctionner une fois la clé renouvelée : notez ou imprimez celle-ci maintenant, et rangez-la sous clé.</translation>
    </message>
    <message>
        <source>I have stored the new recovery key safely</source>
        <translation>J'ai rangé la nouvelle clé de secours en lieu sûr</translation>
    </message>
    <message>
        <source>Choose a new passphrase, or rotate the key, or both.</source>
        <translation>Choisissez une nouvelle phrase de passe, renouvelez la clé, ou les deux.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>Rotate the key now</source>
        <translation>Renouveler la clé maintenant</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Phrase de passe changée.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase de passe…</translation>
    </message>
    <message>
        <source>The vault key was rotated.</source>
        <translation>La clé du coffre a été renouvelée.</translation>
    </message>
    <message>
        <source>Rotating the vault key: the database is re-encrypted, then each document's key is re-wrapped…</source>
        <translation>Renouvellement de la clé du coffre : la base est rechiffrée, puis la clé de chaque document est ré-encapsulée…</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Portabilité</translation>
    </message>
    <message>
        <source>Marketing opt-out</source>
        <translation>Opposition à la prospection</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <source>Automated decision</source>
        <translation>Décision automatisée</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Awaiting information</source>
        <translation>En attente d'informations</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Transmise</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>courrier</translation>
    </message>
    <message>
        <source>form</source>
        <translation>formulaire</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre moyen</translation>
    </message>
    <message>
        <source>ID copy</source>
        <translation>Copie de pièce d'identité</translation>
    </message>
    <message>
        <source>Requester's letter</source>
        <translation>Courrier du demandeur</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Our letter</source>
        <translation>Notre courrier</translation>
    </message>
    <message>
        <source>Mandate or proof of capacity</source>
        <translation>Mandat ou justificatif de qualité</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>L'imprimante n'a pas pu être lancée.</translation>
    </message>
    <message>
        <source>Letters — {reference}</source>
        <translation>Courriers — {reference}</translation>
    </message>
    <message>
        <source>your display name</source>
        <translation>votre nom affiché</translation>
    </message>
    <message>
        <source>e.g. 1A 234 567 8901 2</source>
        <translation>p. ex. 1A 234 567 8901 2</translation>
    </message>
    <message>
        <source>The balancing test: why the objection is upheld or not…</source>
        <translation>La mise en balance : pourquoi l'opposition est retenue ou non…</translation>
    </message>
    <message>
        <source>Reasons of the partial refusal…</source>
        <translation>Motifs du refus partiel…</translation>
    </message>
    <message>
        <source>Name
Address lines…</source>
        <translation>Nom
Lignes d'adresse…</translation>
    </message>
    <message>
        <source>Why the data may be disclosed although the identity is not verified (audited)…</source>
        <translation>Pourquoi les données peuvent être communiquées bien que l'identité ne soit pas vérifiée (journalisé)…</translation>
    </message>
    <message>
        <source>Why the extension is told after its notice date (audited)…</source>
        <translation>Pourquoi la prolongation est notifiée après la date limite (journalisé)…</translation>
    </message>
    <message>
        <source>Tick the processing activities that concern this requester.</source>
        <translation>Cochez les traitements qui concernent ce demandeur.</translation>
    </message>
    <message>
        <source>Answer the linked requests in the same mailing
({references})</source>
        <translation>Répondre aux demandes liées dans le même envoi
({references})</translation>
    </message>
    <message>
        <source>One PDF holding a letter for each of these requests; a copy is kept in each request's file.</source>
        <translation>Un seul PDF avec une lettre pour chacune de ces demandes ; une copie est conservée dans le dossier de chaque demande.</translation>
    </message>
    <message>
        <source>The requester may send (least intrusive first):</source>
        <translation>Le demandeur peut envoyer (le moins intrusif d'abord) :</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Courrier :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signé par :</translation>
    </message>
    <message>
        <source>Registered mail n°:</source>
        <translation>N° de recommandé :</translation>
    </message>
    <message>
        <source>Balancing test:</source>
        <translation>Mise en balance :</translation>
    </message>
    <message>
        <source>Partial refusal:</source>
        <translation>Refus partiel :</translation>
    </message>
    <message>
        <source>Addressee:</source>
        <translation>Destinataire :</translation>
    </message>
    <message>
        <source>Disclose anyway:</source>
        <translation>Communiquer quand même :</translation>
    </message>
    <message>
        <source>Activities concerned:</source>
        <translation>Traitements concernés :</translation>
    </message>
    <message>
        <source>Late extension:</source>
        <translation>Prolongation tardive :</translation>
    </message>
    <message>
        <source>Translation of: %s</source>
        <translation>Traduction de : %s</translation>
    </message>
    <message>
        <source>Translations:</source>
        <translation>Traductions :</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation>Marquer comme envoyé…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Aperçu du courrier</translation>
    </message>
    <message>
        <source>The request for identity does not say what the requester may send. Tick the means offered, the least intrusive that suffice (EDPB Guidelines 01/2022): they are recorded with the request for identity when the letter is printed, saved or sent.</source>
        <translation>La demande de justificatif d'identité ne précise pas ce que le demandeur peut envoyer. Cochez les moyens proposés, les moins intrusifs qui suffisent (lignes directrices 01/2022 du CEPD) : ils sont enregistrés avec la demande de justificatif lorsque le courrier est imprimé, enregistré ou envoyé.</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l'aperçu…</translation>
    </message>
    <message>
        <source>1 page — ready to print or send.</source>
        <translation>1 page — prêt à imprimer ou à envoyer.</translation>
    </message>
    <message>
        <source>{n} pages — ready to print or send.</source>
        <translation>{n} pages — prêt à imprimer ou à envoyer.</translation>
    </message>
    <message>
        <source>Nothing can be printed or sent until this is resolved.</source>
        <translation>Rien ne peut être imprimé ni envoyé tant que ce point n'est pas résolu.</translation>
    </message>
    <message>
        <source>Recorded with the request for identity.</source>
        <translation>Enregistrés avec la demande de justificatif d'identité.</translation>
    </message>
    <message>
        <source>Print the letter — {reference}</source>
        <translation>Imprimer le courrier — {reference}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l'imprimante.</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Enregistrer le courrier en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Enregistré sous {name}.</translation>
    </message>
    <message>
        <source>Kept in the request's file as sent on {day} ({channel}).</source>
        <translation>Conservé au dossier de la demande comme envoyé le {day} ({channel}).</translation>
    </message>
</context>
<context>
    <name>LetterTemplateEditor</name>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Courrier :</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>Letter wording</source>
        <translation>Rédaction des courriers</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor.</source>
        <translation>Double-cliquez pour insérer à l'emplacement du curseur.</translation>
    </message>
    <message>
        <source>First line 'Subject: …', a blank line, then the paragraphs (blank line between them; '- ' for a list, '&gt; ' for quoted text). {name?} leaves a paragraph out when there is no value. Legal mentions are added automatically.</source>
        <translation>Première ligne « Subject: … », une ligne vide, puis les paragraphes (une ligne vide entre eux ; « - » pour une liste, « &gt; » pour une citation). {name?} omet un paragraphe lorsque la valeur est absente. Les mentions légales sont ajoutées automatiquement.</translation>
    </message>
    <message>
        <source>Save for this entity</source>
        <translation>Enregistrer pour cette entité</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Rétablir le texte par défaut</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Champs à insérer :</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Aperçu du courrier</translation>
    </message>
    <message>
        <source>Unsaved wording</source>
        <translation>Rédaction non enregistrée</translation>
    </message>
    <message>
        <source>The wording of “{letter}” ({language}) has changes that are not saved. Discard them?</source>
        <translation>La rédaction de « {letter} » ({language}) comporte des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>{entity}'s wording</source>
        <translation>Rédaction de {entity}</translation>
    </message>
    <message>
        <source>DSR Desk's wording</source>
        <translation>Rédaction de DSR Desk</translation>
    </message>
    <message>
        <source>{origin} — edited, not saved</source>
        <translation>{origin} — modifiée, non enregistrée</translation>
    </message>
</context>
<context>
    <name>LetterWords</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Request for identification</source>
        <translation>Demande de justificatif d'identité</translation>
    </message>
    <message>
        <source>Request for clarification</source>
        <translation>Demande de précisions</translation>
    </message>
    <message>
        <source>Extension notice (Art. 12(3))</source>
        <translation>Prolongation du délai (art. 12(3))</translation>
    </message>
    <message>
        <source>Refusal / partial refusal (Art. 12(4))</source>
        <translation>Refus / refus partiel (art. 12(4))</translation>
    </message>
    <message>
        <source>Answer: request completed</source>
        <translation>Réponse : demande satisfaite</translation>
    </message>
    <message>
        <source>Objection outcome (Art. 21)</source>
        <translation>Suite donnée à l'opposition (art. 21)</translation>
    </message>
    <message>
        <source>Notice to a recipient (Art. 19)</source>
        <translation>Notification à un destinataire (art. 19)</translation>
    </message>
    <message>
        <source>Forward to the controller + notice (Art. 28)</source>
        <translation>Transmission au responsable du traitement + information (art. 28)</translation>
    </message>
    <message>
        <source>Partial answer: granted, withheld, reasons (Art. 12(4))</source>
        <translation>Réponse partielle : accordé, refusé, motifs (art. 12(4))</translation>
    </message>
    <message>
        <source>Refusal: manifestly unfounded or excessive (Art. 12(5)(b))</source>
        <translation>Refus : demande manifestement infondée ou excessive (art. 12(5)(b))</translation>
    </message>
    <message>
        <source>Answer: no data held (Art. 15(1))</source>
        <translation>Réponse : aucune donnée détenue (art. 15(1))</translation>
    </message>
    <message>
        <source>Acknowledgement of the withdrawal</source>
        <translation>Accusé de réception du retrait</translation>
    </message>
    <message>
        <source>Closure for lack of reply</source>
        <translation>Clôture faute de réponse</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Courrier simple</translation>
    </message>
    <message>
        <source>Registered post</source>
        <translation>Lettre recommandée</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Hand delivery</source>
        <translation>Remise en main propre</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to {app_name}</source>
        <translation>Se connecter à {app_name}</translation>
    </message>
    <message>
        <source>{app_name} is locked</source>
        <translation>{app_name} est verrouillé</translation>
    </message>
    <message>
        <source>The register is kept on your team's server. Log in with your account.</source>
        <translation>Le registre est conservé sur le serveur de votre équipe. Connectez-vous avec votre compte.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Team server: {server}</source>
        <translation>Serveur d'équipe : {server}</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit {app_name}</source>
        <translation>Quitter {app_name}</translation>
    </message>
    <message>
        <source>Enter your account name.</source>
        <translation>Saisissez le nom de votre compte.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Try again in {seconds} s.</source>
        <translation>Réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Log in ({seconds} s)</source>
        <translation>Se connecter ({seconds} s)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Requesters</source>
        <translation>Demandeurs</translation>
    </message>
    <message>
        <source>Documents &amp; retention</source>
        <translation>Documents et conservation</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Close the request file</source>
        <translation>Fermer le dossier de la demande</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d'utilisation</translation>
    </message>
    <message>
        <source>Go to {page}</source>
        <translation>Afficher la page {page}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Export the register…</source>
        <translation>Exporter le registre…</translation>
    </message>
    <message>
        <source>Export the deadline calendar…</source>
        <translation>Exporter le calendrier des échéances…</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Work on this workstation instead…</source>
        <translation>Travailler plutôt sur ce poste…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About DSR Desk</source>
        <translation>À propos de DSR Desk</translation>
    </message>
    <message>
        <source>Open a request file to print its letters.</source>
        <translation>Ouvrez un dossier de demande pour en imprimer les courriers.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark the letter as sent</source>
        <translation>Marquer le courrier comme envoyé</translation>
    </message>
    <message>
        <source>A copy of this letter is kept, encrypted, in the request's file, and the audit log records how and when it was sent.</source>
        <translation>Une copie de ce courrier est conservée, chiffrée, dans le dossier de la demande, et le journal d'audit enregistre comment et quand il a été envoyé.</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Envoyé par :</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>Envoyé le :</translation>
    </message>
    <message>
        <source>Keep as sent</source>
        <translation>Enregistrer comme envoyé</translation>
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
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>MoveToTeamDialog</name>
    <message>
        <source>DSR Desk is locked.</source>
        <translation>DSR Desk est verrouillé.</translation>
    </message>
    <message>
        <source>The team database is not empty: the register moves only into a new, empty database (its administrator creates it). Nothing was changed.</source>
        <translation>La base d'équipe n'est pas vide : le registre ne peut être déplacé que vers une base neuve et vide (son administrateur la crée). Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Move the register to a team server</source>
        <translation>Déplacer le registre vers un serveur d'équipe</translation>
    </message>
    <message>
        <source>Move the register</source>
        <translation>Déplacer le registre</translation>
    </message>
    <message>
        <source>Log in to the team server</source>
        <translation>Se connecter au serveur d'équipe</translation>
    </message>
    <message>
        <source>The register is copied into the team's database on the server, which must be empty: every personal field encrypted with a new team key, the audit log checked on both sides. This workstation's vault stays as it is in its folder; DSR Desk then works on the server, where you log in with the account below.</source>
        <translation>Le registre est copié dans la base de l'équipe sur le serveur, qui doit être vide : chaque donnée personnelle chiffrée avec une nouvelle clé d'équipe, le journal d'audit vérifié des deux côtés. Le coffre de ce poste reste tel quel dans son dossier ; DSR Desk travaille ensuite sur le serveur, où vous vous connectez avec le compte ci-dessous.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>How long the server's backups, WAL archives and replicas keep deleted data (ask its administrator): purge attestations state it.</source>
        <translation>Durée pendant laquelle les sauvegardes, archives WAL et répliques du serveur conservent les données supprimées (demandez-la à son administrateur) : les attestations de purge l'indiquent.</translation>
    </message>
    <message>
        <source>First DPO &amp;account:</source>
        <translation>Compte du premier &amp;DPO :</translation>
    </message>
    <message>
        <source>Its &amp;password:</source>
        <translation>Son mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation>Saisissez-le à &amp;nouveau :</translation>
    </message>
    <message>
        <source>A few unrelated words, 10 characters or more. Your colleagues are added later, on the server; no password is kept on this computer.</source>
        <translation>Quelques mots sans rapport entre eux, 10 caractères ou plus. Vos collègues sont ajoutés ensuite, sur le serveur ; aucun mot de passe n'est conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Server &amp;backups keep data:</source>
        <translation>Sauve&amp;gardes du serveur :</translation>
    </message>
    <message>
        <source>The team's recovery key, shown only now. It opens the team key if the password of every DPO account is lost: print it or save it as a PDF, and keep it locked away.</source>
        <translation>La clé de secours de l'équipe, affichée maintenant seulement. Elle ouvre la clé d'équipe si le mot de passe de tous les comptes DPO est perdu : imprimez-la ou enregistrez-la en PDF, et rangez-la sous clé.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>J'ai rangé la clé de secours en lieu sûr</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Copying the register to the team server: every personal field is encrypted with the team key, then everything is counted and checked again…</source>
        <translation>Copie du registre vers le serveur d'équipe : chaque donnée personnelle est chiffrée avec la clé d'équipe, puis tout est recompté et vérifié…</translation>
    </message>
    <message>
        <source>The register is now on the team server {server}; {admin} is its first DPO.</source>
        <translation>Le registre est désormais sur le serveur d'équipe {server} ; {admin} en est le premier DPO.</translation>
    </message>
    <message>
        <source>Copied and counted again</source>
        <translation>Copié et recompté</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Ce coffre</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Requesters</source>
        <translation>Demandeurs</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Documents kept encrypted</source>
        <translation>Documents conservés chiffrés</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées du journal d'audit</translation>
    </message>
    <message>
        <source>Audit log on the server: {message}</source>
        <translation>Journal d'audit sur le serveur : {message}</translation>
    </message>
    <message>
        <source>Not copied (their copy of the team key needs their password): {names}. Add them again on the server.</source>
        <translation>Non copiés (leur exemplaire de la clé d'équipe exige leur mot de passe) : {names}. Ajoutez-les à nouveau sur le serveur.</translation>
    </message>
    <message>
        <source>The recovery sheet was sent to the printer.</source>
        <translation>La feuille de secours a été envoyée à l'imprimante.</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la feuille de secours</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it or move it to a USB key kept locked away, then delete it from this computer.</source>
        <translation>Enregistrée dans {path}. Imprimez-la ou copiez-la sur une clé USB rangée sous clé, puis supprimez-la de cet ordinateur.</translation>
    </message>
    <message>
        <source>Close without the recovery key</source>
        <translation>Fermer sans la clé de secours</translation>
    </message>
    <message>
        <source>The team's recovery key will not be shown again. Without it, the team database cannot be opened if every DPO's password is lost. Close anyway?</source>
        <translation>La clé de secours de l'équipe ne sera plus affichée. Sans elle, la base d'équipe ne peut plus être ouverte si le mot de passe de tous les DPO est perdu. Fermer quand même ?</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>No entity set up</source>
        <translation>Aucune entité configurée</translation>
    </message>
    <message>
        <source>Choose the requester's e-mail or letter scan</source>
        <translation>Choisir l'e-mail ou le scan du courrier du demandeur</translation>
    </message>
    <message>
        <source>E-mails and scans (*.eml *.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>E-mails et scans (*.eml *.pdf *.jpg *.jpeg *.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The e-mail has no readable date: check the receipt date.</source>
        <translation>L'e-mail n'a pas de date lisible : vérifiez la date de réception.</translation>
    </message>
    <message>
        <source>Possible duplicate: {who} — {requests}</source>
        <translation>Doublon possible : {who} — {requests}</translation>
    </message>
    <message>
        <source>Saving the request…</source>
        <translation>Enregistrement de la demande…</translation>
    </message>
    <message>
        <source>Retry attaching</source>
        <translation>Réessayer de joindre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{reference} was saved, but its e-mail could not be kept: {problem} Retry, or close and add the e-mail to the request later.</source>
        <translation>{reference} a été enregistrée, mais son e-mail n'a pas pu être conservé : {problem} Réessayez, ou fermez et joignez l'e-mail à la demande plus tard.</translation>
    </message>
    <message>
        <source>Storing the e-mail…</source>
        <translation>Conservation de l'e-mail…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Enregistrer la demande</translation>
    </message>
</context>
<context>
    <name>NewRequestForm</name>
    <message>
        <source>{type} (Art. {article})</source>
        <translation>{type} (art. {article})</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>the person concerned</source>
        <translation>la personne concernée</translation>
    </message>
    <message>
        <source>a representative</source>
        <translation>un mandataire</translation>
    </message>
    <message>
        <source>a parent or guardian</source>
        <translation>un parent ou tuteur</translation>
    </message>
    <message>
        <source>an heir</source>
        <translation>un héritier</translation>
    </message>
    <message>
        <source>Who wrote: the person the request concerns, or someone acting for them (a mandate or proof of capacity is needed before anything is disclosed). An heir may only have the death taken into account, the data updated, the accounts closed or further processing stopped (art. 85 II loi Informatique et Libertés).</source>
        <translation>Qui a écrit : la personne concernée par la demande, ou quelqu'un qui agit pour elle (un mandat ou un justificatif de qualité est nécessaire avant toute communication). Un héritier peut seulement faire prendre en compte le décès, mettre à jour les données, clôturer les comptes ou faire cesser le traitement (art. 85 II de la loi Informatique et Libertés).</translation>
    </message>
    <message>
        <source>Other rights asked in the same message</source>
        <translation>Autres droits demandés dans le même message</translation>
    </message>
    <message>
        <source>Other rights asked in the same message: each is logged as a request of its own, linked to this one, and they can be answered in one letter.</source>
        <translation>Autres droits demandés dans le même message : chacun est enregistré comme une demande distincte, liée à celle-ci, et une seule lettre peut y répondre.</translation>
    </message>
    <message>
        <source>Name of the person the request concerns</source>
        <translation>Nom de la personne concernée par la demande</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>Postal address (for letters)</source>
        <translation>Adresse postale (pour les courriers)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source>What is asked, in a few lines</source>
        <translation>L'objet de la demande, en quelques lignes</translation>
    </message>
    <message>
        <source>Assign to me ({user})</source>
        <translation>M'attribuer la demande ({user})</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <source>Request &amp;type</source>
        <translation>&amp;Type de demande</translation>
    </message>
    <message>
        <source>Also as&amp;ked</source>
        <translation>Égale&amp;ment demandé</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Reçue le</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;Entity</source>
        <translation>&amp;Entité</translation>
    </message>
    <message>
        <source>Requester &amp;name</source>
        <translation>&amp;Nom du demandeur</translation>
    </message>
    <message>
        <source>C&amp;ivility</source>
        <translation>C&amp;ivilité</translation>
    </message>
    <message>
        <source>Made &amp;by</source>
        <translation>&amp;Formée par</translation>
    </message>
    <message>
        <source>On behalf &amp;of</source>
        <translation>Pour le c&amp;ompte de</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Postal &amp;address</source>
        <translation>&amp;Adresse postale</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Nothing else</source>
        <translation>Rien d'autre</translation>
    </message>
    <message>
        <source>choose the request type</source>
        <translation>choisir le type de demande</translation>
    </message>
    <message>
        <source>correct the receipt date</source>
        <translation>corriger la date de réception</translation>
    </message>
    <message>
        <source>wait for the entities to load</source>
        <translation>attendre le chargement des entités</translation>
    </message>
    <message>
        <source>set up an entity first (Settings → Entities)</source>
        <translation>configurer d'abord une entité (Paramètres → Entités)</translation>
    </message>
    <message>
        <source>choose the entity</source>
        <translation>choisir l'entité</translation>
    </message>
    <message>
        <source>enter the requester's name</source>
        <translation>saisir le nom du demandeur</translation>
    </message>
    <message>
        <source>enter the name of the person the request concerns</source>
        <translation>saisir le nom de la personne concernée</translation>
    </message>
    <message>
        <source>correct the e-mail address</source>
        <translation>corriger l'adresse e-mail</translation>
    </message>
    <message>
        <source>Choose the request type.</source>
        <translation>Choisissez le type de demande.</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>To save: {problems}.</source>
        <translation>Pour enregistrer : {problems}.</translation>
    </message>
    <message>
        <source>In the future: enter the day the request arrived (today is {today}).</source>
        <translation>Date future : saisissez le jour d'arrivée de la demande (nous sommes le {today}).</translation>
    </message>
    <message>
        <source>Not a valid e-mail address (like name@example.org).</source>
        <translation>Adresse e-mail non valide (par exemple nom@exemple.fr).</translation>
    </message>
</context>
<context>
    <name>NewRequestIntake</name>
    <message>
        <source>{name} is larger than {size} MB; register the request by hand.</source>
        <translation>{name} dépasse {size} Mo ; saisissez la demande à la main.</translation>
    </message>
    <message>
        <source>{name} could not be read ({problem}).</source>
        <translation>{name} n'a pas pu être lu ({problem}).</translation>
    </message>
    <message>
        <source>{name} is larger than {size} MB; save the request, then attach a smaller scan.</source>
        <translation>{name} dépasse {size} Mo ; enregistrez la demande, puis joignez un scan plus léger.</translation>
    </message>
    <message>
        <source>{name} is not a readable scan (PDF, JPEG or PNG).</source>
        <translation>{name} n'est pas un scan lisible (PDF, JPEG ou PNG).</translation>
    </message>
    <message>
        <source>{name} is neither an e-mail (.eml) nor a scan (PDF, JPEG or PNG). Save the e-mail as .eml (drag it from the mail program to a folder) and drop that file.</source>
        <translation>{name} n'est ni un e-mail (.eml) ni un scan (PDF, JPEG ou PNG). Enregistrez l'e-mail au format .eml (faites-le glisser de la messagerie vers un dossier) et déposez ce fichier.</translation>
    </message>
    <message>
        <source>Unexpected error: {name}.</source>
        <translation>Erreur inattendue : {name}.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Unexpected error: {name}.</source>
        <translation>Erreur inattendue : {name}.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Annulation… rien ne sera modifié.</translation>
    </message>
    <message>
        <source>The database did not answer in time.</source>
        <translation>La base de données n'a pas répondu à temps.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>At least {min_passphrase_chars} characters; a few unrelated words work well.</source>
        <translation>Au moins {min_passphrase_chars} caractères ; quelques mots sans rapport entre eux conviennent bien.</translation>
    </message>
    <message>
        <source>Too short: 1 more character needed.</source>
        <translation>Trop courte : encore 1 caractère.</translation>
    </message>
    <message>
        <source>Too short: {missing} more characters needed.</source>
        <translation>Trop courte : encore {missing} caractères.</translation>
    </message>
    <message>
        <source>Strength: hard to guess.</source>
        <translation>Robustesse : difficile à deviner.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Saisissez-la à nouveau</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <source>Type the passphrase again.</source>
        <translation>Saisissez à nouveau la phrase de passe.</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>the requester's name</source>
        <translation>le nom du demandeur</translation>
    </message>
    <message>
        <source>the requester's e-mail address</source>
        <translation>l'adresse e-mail du demandeur</translation>
    </message>
    <message>
        <source>the request's reference (DSR-2026-0001)</source>
        <translation>la référence de la demande (DSR-2026-0001)</translation>
    </message>
    <message>
        <source>the entity's name</source>
        <translation>le nom de l'entité</translation>
    </message>
    <message>
        <source>the entity's postal address, on one line</source>
        <translation>l'adresse postale de l'entité, sur une ligne</translation>
    </message>
    <message>
        <source>the DPO's postal address: entity – DPO – address</source>
        <translation>l'adresse postale du DPO : entité – DPO – adresse</translation>
    </message>
    <message>
        <source>the DPO's contact (e-mail) as set on the entity</source>
        <translation>le contact du DPO (e-mail) tel que défini pour l'entité</translation>
    </message>
    <message>
        <source>the day the request was received</source>
        <translation>le jour de réception de la demande</translation>
    </message>
    <message>
        <source>how it reached us (« par courrier électronique », “by e-mail”…)</source>
        <translation>comment elle nous est parvenue (« par courrier électronique »…)</translation>
    </message>
    <message>
        <source>what was asked (« demande d'accès à vos données personnelles »…)</source>
        <translation>l'objet de la demande (« demande d'accès à vos données personnelles »…)</translation>
    </message>
    <message>
        <source>the same, for a third party (« demande d'accès (article 15…) »)</source>
        <translation>la même chose, pour un tiers (« demande d'accès (article 15…) »)</translation>
    </message>
    <message>
        <source>the summary typed when the request was logged</source>
        <translation>le résumé saisi à l'enregistrement de la demande</translation>
    </message>
    <message>
        <source>the due date in force (extended if extended)</source>
        <translation>l'échéance en vigueur (prolongée en cas de prolongation)</translation>
    </message>
    <message>
        <source>the date of the letter</source>
        <translation>la date du courrier</translation>
    </message>
    <message>
        <source>who signs the letter</source>
        <translation>le signataire du courrier</translation>
    </message>
    <message>
        <source>« Madame, », « Monsieur, » or, civility unknown, « Madame, Monsieur, »</source>
        <translation>« Madame, », « Monsieur, » ou, civilité inconnue, « Madame, Monsieur, »</translation>
    </message>
    <message>
        <source>« Madame », « Monsieur » or « Madame, Monsieur » (closing formula)</source>
        <translation>« Madame », « Monsieur » ou « Madame, Monsieur » (formule de politesse)</translation>
    </message>
    <message>
        <source>the person the request concerns, when the requester acts for them</source>
        <translation>la personne concernée par la demande, lorsque le demandeur agit pour elle</translation>
    </message>
    <message>
        <source>when we answer, and what the due date counts from (receipt, the information received after a restart, the paused days); for a processor: the request is passed to the controller</source>
        <translation>quand nous répondrons, et à partir de quoi court l'échéance (réception, informations reçues après un redémarrage, jours de suspension) ; pour un sous-traitant : la demande est transmise au responsable du traitement</translation>
    </message>
    <message>
        <source>« Votre demande va désormais suivre les étapes suivantes : »</source>
        <translation>« Votre demande va désormais suivre les étapes suivantes : »</translation>
    </message>
    <message>
        <source>the identity step and the entity's suspension policy (none once the identity is verified, or for an opt-out / consent withdrawal)</source>
        <translation>l'étape de vérification d'identité et la règle de suspension de l'entité (aucune une fois l'identité vérifiée, ni pour une opposition à la prospection ou un retrait du consentement)</translation>
    </message>
    <message>
        <source>the work step</source>
        <translation>l'étape de traitement</translation>
    </message>
    <message>
        <source>the possible extension, told by the one-month date at the latest</source>
        <translation>l'éventuelle prolongation, annoncée au plus tard à la date d'un mois</translation>
    </message>
    <message>
        <source>the last day to tell of an extension (the one-month date)</source>
        <translation>le dernier jour pour annoncer une prolongation (la date d'un mois)</translation>
    </message>
    <message>
        <source>who the requester acts for (left out when they ask for themselves)</source>
        <translation>pour qui agit le demandeur (omis lorsqu'il agit pour lui-même)</translation>
    </message>
    <message>
        <source>the reason recorded with the request for identity</source>
        <translation>le motif enregistré avec la demande de justificatif d'identité</translation>
    </message>
    <message>
        <source>why the identity matters for the right asked (data disclosed, data changed, or a person we cannot match)</source>
        <translation>pourquoi l'identité compte pour le droit exercé (données communiquées, données modifiées, ou personne que nous ne pouvons pas rapprocher)</translation>
    </message>
    <message>
        <source>« we must confirm your identity (Art. 12(6)); the information we hold leaves a reasonable doubt, for the following reason: »</source>
        <translation>« nous devons confirmer votre identité (art. 12(6)) ; les informations dont nous disposons laissent un doute raisonnable, pour la raison suivante : »</translation>
    </message>
    <message>
        <source>why there is a reasonable doubt (recorded with the request for identity)</source>
        <translation>pourquoi il existe un doute raisonnable (enregistré avec la demande de justificatif d'identité)</translation>
    </message>
    <message>
        <source>« please send us one of the following, preferably the first you can »</source>
        <translation>« merci de nous adresser l'un des éléments suivants, de préférence le premier que vous pouvez fournir »</translation>
    </message>
    <message>
        <source>a reply from the e-mail address we know (when chosen)</source>
        <translation>une réponse depuis l'adresse e-mail que nous connaissons (si retenue)</translation>
    </message>
    <message>
        <source>a customer, member or student number (when chosen)</source>
        <translation>un numéro de client, d'adhérent ou d'élève (si retenu)</translation>
    </message>
    <message>
        <source>a recent letter or invoice from us (when chosen)</source>
        <translation>un courrier ou une facture récents de notre part (si retenus)</translation>
    </message>
    <message>
        <source>an ID copy with the photograph masked (when chosen)</source>
        <translation>une copie de pièce d'identité, photo masquée (si retenue)</translation>
    </message>
    <message>
        <source>how to reply: by post and by e-mail, the request's channel first</source>
        <translation>comment répondre : par courrier et par e-mail, le canal de la demande en premier</translation>
    </message>
    <message>
        <source>the day we asked (the deadline is suspended from then)</source>
        <translation>le jour de notre demande (le délai est suspendu à partir de ce jour)</translation>
    </message>
    <message>
        <source>how the deadline is affected (EDPB Guidelines 01/2022; the entity's restart/pause policy; without delay for an opt-out)</source>
        <translation>l'effet sur le délai (lignes directrices 01/2022 du CEPD ; règle de redémarrage ou de suspension de l'entité ; sans délai pour une opposition à la prospection)</translation>
    </message>
    <message>
        <source>how long a copy of an ID document is kept (or that none is); only when an ID copy is one of the means</source>
        <translation>la durée de conservation d'une copie de pièce d'identité (ou l'absence de copie) ; seulement si une copie de pièce d'identité fait partie des moyens</translation>
    </message>
    <message>
        <source>what we need clarified (the reason recorded with the suspension)</source>
        <translation>ce que nous avons besoin de faire préciser (le motif enregistré avec la suspension)</translation>
    </message>
    <message>
        <source>how the deadline is affected (the entity's restart/pause policy)</source>
        <translation>l'effet sur le délai (règle de redémarrage ou de suspension de l'entité)</translation>
    </message>
    <message>
        <source>the one-month due date</source>
        <translation>l'échéance à un mois</translation>
    </message>
    <message>
        <source>the extended due date (three months from receipt)</source>
        <translation>l'échéance prolongée (trois mois après la réception)</translation>
    </message>
    <message>
        <source>the reasons recorded with the extension</source>
        <translation>les motifs enregistrés avec la prolongation</translation>
    </message>
    <message>
        <source>« nous ne pouvons pas donner suite… » (full or partial)</source>
        <translation>« nous ne pouvons pas donner suite… » (totalement ou partiellement)</translation>
    </message>
    <message>
        <source>the reasons recorded with the refusal</source>
        <translation>les motifs enregistrés avec le refus</translation>
    </message>
    <message>
        <source>what was done, for this type of request</source>
        <translation>ce qui a été fait, pour ce type de demande</translation>
    </message>
    <message>
        <source>the note recorded when the request was closed</source>
        <translation>la note enregistrée à la clôture de la demande</translation>
    </message>
    <message>
        <source>« Vous trouverez ci-joint … »: only when a data bundle was produced</source>
        <translation>« Vous trouverez ci-joint … » : seulement lorsqu'un lot de données a été produit</translation>
    </message>
    <message>
        <source>Art. 19: the recipients notified, as recorded, or that there were none (rectification, erasure, restriction)</source>
        <translation>art. 19 : les destinataires informés, tels qu'enregistrés, ou l'absence de destinataire (rectification, effacement, limitation)</translation>
    </message>
    <message>
        <source>the decision (marketing: always granted; else balancing test)</source>
        <translation>la décision (prospection : toujours accordée ; sinon mise en balance)</translation>
    </message>
    <message>
        <source>the balancing test: the grounds of the decision</source>
        <translation>la mise en balance : les motifs de la décision</translation>
    </message>
    <message>
        <source>the recipient the data were disclosed to</source>
        <translation>le destinataire auquel les données ont été communiquées</translation>
    </message>
    <message>
        <source>the recipient's postal address, on one line</source>
        <translation>l'adresse postale du destinataire, sur une ligne</translation>
    </message>
    <message>
        <source>« la rectification » / “the erasure” …</source>
        <translation>« la rectification », « l'effacement »…</translation>
    </message>
    <message>
        <source>what the recipient is asked to do in turn</source>
        <translation>ce qu'il est demandé au destinataire de faire à son tour</translation>
    </message>
    <message>
        <source>the controller the request is forwarded to</source>
        <translation>le responsable du traitement auquel la demande est transmise</translation>
    </message>
    <message>
        <source>the controller's postal address, on one line</source>
        <translation>l'adresse postale du responsable du traitement, sur une ligne</translation>
    </message>
    <message>
        <source>the day the request was forwarded</source>
        <translation>le jour de transmission de la demande</translation>
    </message>
    <message>
        <source>what is granted (recorded when the request was closed as partial)</source>
        <translation>ce qui est accordé (enregistré à la clôture partielle de la demande)</translation>
    </message>
    <message>
        <source>what is withheld (recorded when the request was closed as partial)</source>
        <translation>ce qui est refusé (enregistré à la clôture partielle de la demande)</translation>
    </message>
    <message>
        <source>the reasons recorded for what is withheld</source>
        <translation>les motifs enregistrés pour ce qui est refusé</translation>
    </message>
    <message>
        <source>the reasons recorded, including what shows the excess</source>
        <translation>les motifs enregistrés, y compris ce qui montre le caractère excessif</translation>
    </message>
    <message>
        <source>the day the request was closed as withdrawn</source>
        <translation>le jour de clôture de la demande pour retrait</translation>
    </message>
    <message>
        <source>what we asked for and never received</source>
        <translation>ce que nous avons demandé sans jamais le recevoir</translation>
    </message>
    <message>
        <source>the day we asked</source>
        <translation>le jour de notre demande</translation>
    </message>
    <message>
        <source>the day the request was closed for lack of reply</source>
        <translation>le jour de clôture de la demande faute de réponse</translation>
    </message>
    <message>
        <source>what someone acting for the data subject must send too: the mandate and the subject's ID, proof of parental authority, or the death certificate and proof of heir status (left out when the requester asks for themselves)</source>
        <translation>ce que doit aussi fournir la personne qui agit pour la personne concernée : le mandat et la pièce d'identité de celle-ci, la preuve de l'autorité parentale, ou l'acte de décès et la preuve de la qualité d'héritier (omis quand le demandeur agit pour lui-même)</translation>
    </message>
    <message>
        <source>the other rights asked in the same message, with their references, and whether this mailing answers them too (left out when there are none)</source>
        <translation>les autres droits exercés dans le même message, avec leurs références, et si cet envoi y répond aussi (omis s'il n'y en a pas)</translation>
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
        <translation>auditeur</translation>
    </message>
    <message>
        <source>This computer's keyring (opens when you are logged in)</source>
        <translation>Le trousseau de cet ordinateur (s'ouvre à votre connexion)</translation>
    </message>
    <message>
        <source>Passphrase (asked at start and after each lock)</source>
        <translation>Phrase de passe (demandée au démarrage et après chaque verrouillage)</translation>
    </message>
    <message>
        <source>Preferences and vault</source>
        <translation>Préférences et coffre</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>DSR Desk locks itself after this long without any activity.</source>
        <translation>DSR Desk se verrouille après cette durée sans aucune activité.</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>e.g. Camille Dupont</source>
        <translation>p. ex. Camille Dupont</translation>
    </message>
    <message>
        <source>Letters are signed with it and the audit log records it; requests assigned to it are yours (“Mine”).</source>
        <translation>Les courriers sont signés de ce nom et le journal d'audit l'enregistre ; les demandes attribuées à ce nom sont les vôtres (« Les miennes »).</translation>
    </message>
    <message>
        <source>Empty: the entity's (e.g. Le délégué à la protection des données)</source>
        <translation>Vide : celui de l'entité (p. ex. Le délégué à la protection des données)</translation>
    </message>
    <message>
        <source>Printed under your name when you sign a letter.</source>
        <translation>Imprimé sous votre nom lorsque vous signez un courrier.</translation>
    </message>
    <message>
        <source>Purge expired ID copies when DSR Desk starts</source>
        <translation>Purger les copies de pièces d'identité expirées au démarrage de DSR Desk</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Enregistrer les préférences</translation>
    </message>
    <message>
        <source>Lock after &amp;idle</source>
        <translation>&amp;Verrouiller après une inactivité de</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Nom affiché</translation>
    </message>
    <message>
        <source>&amp;Title under your signature</source>
        <translation>&amp;Titre sous votre signature</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>None: backups only when asked</source>
        <translation>Aucun : sauvegardes uniquement à la demande</translation>
    </message>
    <message>
        <source>A folder on a network share or a USB disk, away from this computer's disk. Backups stay encrypted; they open with the recovery key.</source>
        <translation>Un dossier sur un partage réseau ou une clé USB, hors du disque de cet ordinateur. Les sauvegardes restent chiffrées ; elles s'ouvrent avec la clé de secours.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <source>In the backup folder, the newest backups of this vault are kept and older ones deleted: what was purged lingers in backups no longer than that.</source>
        <translation>Dans le dossier de sauvegarde, les sauvegardes les plus récentes de ce coffre sont conservées et les plus anciennes supprimées : ce qui a été purgé ne subsiste pas plus longtemps dans les sauvegardes.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Back up into this folder every day while DSR Desk runs</source>
        <translation>Sauvegarder dans ce dossier chaque jour tant que DSR Desk est ouvert</translation>
    </message>
    <message>
        <source>Backup &amp;folder</source>
        <translation>&amp;Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>&amp;Warn when the last backup is older than</source>
        <translation>&amp;Avertir quand la dernière sauvegarde a plus de</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Change passphrase or key…</source>
        <translation>Changer la phrase de passe ou la clé…</translation>
    </message>
    <message>
        <source>Move the register to a team server…</source>
        <translation>Déplacer le registre vers un serveur d'équipe…</translation>
    </message>
    <message>
        <source>Work on this workstation instead…</source>
        <translation>Travailler plutôt sur ce poste…</translation>
    </message>
    <message>
        <source>Register kept on</source>
        <translation>Registre conservé sur</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Serveur d'équipe</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Unlocked with</source>
        <translation>Déverrouillé par</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>Identifiant du coffre</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>A team server (PostgreSQL)</source>
        <translation>Un serveur d'équipe (PostgreSQL)</translation>
    </message>
    <message>
        <source>{account} ({role})</source>
        <translation>{account} ({role})</translation>
    </message>
    <message>
        <source>This workstation (encrypted vault)</source>
        <translation>Ce poste (coffre chiffré)</translation>
    </message>
    <message>
        <source>Rotate the key…</source>
        <translation>Renouveler la clé…</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
</context>
<context>
    <name>PurgePlanTable</name>
    <message>
        <source>ID copy</source>
        <translation>copie de pièce d'identité</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>courrier</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>mandate</source>
        <translation>mandat</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>échue</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>dans {days} jours</translation>
    </message>
    <message>
        <source>{reference}: {rule}; purge from {date}</source>
        <translation>{reference} : {rule} ; à purger à partir du {date}</translation>
    </message>
</context>
<context>
    <name>RecipientNoticeDialog</name>
    <message>
        <source>Recipient notified — {reference}</source>
        <translation>Destinataire informé — {reference}</translation>
    </message>
    <message>
        <source>Record the notice</source>
        <translation>Enregistrer la notification</translation>
    </message>
    <message>
        <source>Record that a recipient of the data (a partner, an authority, a processor…) was told of the rectification, erasure or restriction (Art. 19 GDPR). The answer letter names the recipients recorded here; without any, it says the data were disclosed to no recipient.</source>
        <translation>Enregistrez qu'un destinataire des données (un partenaire, une autorité, un sous-traitant…) a été informé de la rectification, de l'effacement ou de la limitation (article 19 du RGPD). Le courrier de réponse nomme les destinataires enregistrés ici ; à défaut, il indique que les données n'ont été communiquées à aucun destinataire.</translation>
    </message>
    <message>
        <source>Already recorded: {done}.</source>
        <translation>Déjà enregistré : {done}.</translation>
    </message>
    <message>
        <source>e.g. Rectorat de Lyon</source>
        <translation>p. ex. Rectorat de Lyon</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Destinataire :</translation>
    </message>
    <message>
        <source>Notified on:</source>
        <translation>Informé le :</translation>
    </message>
    <message>
        <source>Name the recipient who was notified.</source>
        <translation>Indiquez le destinataire qui a été informé.</translation>
    </message>
    <message>
        <source>The date must be between the receipt and today.</source>
        <translation>La date doit être comprise entre la réception et aujourd'hui.</translation>
    </message>
</context>
<context>
    <name>RecordsSection</name>
    <message>
        <source>1 request record</source>
        <translation>1 dossier de demande</translation>
    </message>
    <message>
        <source>{count} request records</source>
        <translation>{count} dossiers de demandes</translation>
    </message>
    <message>
        <source>No request record was due for anonymisation.</source>
        <translation>Aucun dossier de demande n'était à anonymiser.</translation>
    </message>
    <message>
        <source>{records} anonymised (personal data erased, documents shredded).</source>
        <translation>{records} anonymisé(s) (données personnelles effacées, documents détruits).</translation>
    </message>
    <message>
        <source>Anonymise {records} now?

Erased for good: the requester's name, e-mail, postal address and phone, the summary, reasons, notes and identity-check details; {documents} document(s) crypto-shredded. Kept: type, dates, outcome and entity (the statistics) and the audit log. {kept} upheld objection(s) keep a suppression entry (the e-mail address, or the name and postal address without one).

This cannot be undone.</source>
        <translation>Anonymiser {records} maintenant ?

Effacés définitivement : le nom, l'e-mail, l'adresse postale et le téléphone du demandeur, l'objet, les motifs, les notes et le détail des vérifications d'identité ; {documents} document(s) effacé(s) cryptographiquement. Conservés : type, dates, issue et entité (les statistiques) et le journal d'audit. {kept} opposition(s) accueillie(s) gardent une entrée de non-sollicitation (l'adresse e-mail, ou à défaut le nom et l'adresse postale).

C'est irréversible.</translation>
    </message>
    <message>
        <source>type, dates, outcome + suppression entry</source>
        <translation>type, dates, issue + entrée de non-sollicitation</translation>
    </message>
    <message>
        <source>type, dates, outcome</source>
        <translation>type, dates, issue</translation>
    </message>
    <message>
        <source>Anonymise due records…</source>
        <translation>Anonymiser les dossiers échus…</translation>
    </message>
    <message>
        <source>Erase the personal data of every request record whose retention ended.</source>
        <translation>Effacer les données personnelles de chaque dossier de demande dont la durée de conservation est écoulée.</translation>
    </message>
    <message>
        <source>Records attestation…</source>
        <translation>Attestation d'anonymisation…</translation>
    </message>
    <message>
        <source>Save a PDF counting the records anonymised in a period, per entity.</source>
        <translation>Enregistrer un PDF comptant les dossiers anonymisés sur une période, par entité.</translation>
    </message>
    <message>
        <source>No request record is due for anonymisation in the next 12 months.</source>
        <translation>Aucun dossier de demande à anonymiser dans les 12 prochains mois.</translation>
    </message>
    <message>
        <source>Request records are anonymised when the entity's period ends (5 years after closure by default: the civil limitation period, art. 2224 of the Code civil). An upheld objection or opt-out is counted from the last contact and keeps a minimal suppression entry while it stands.</source>
        <translation>Les dossiers de demandes sont anonymisés à la fin de la durée fixée par l'entité (5 ans après la clôture par défaut : la prescription civile, art. 2224 du Code civil). Une opposition accueillie court à partir du dernier contact et garde une entrée de non-sollicitation minimale tant qu'elle vaut.</translation>
    </message>
    <message>
        <source>Request records (next 12 months)</source>
        <translation>Dossiers de demandes (12 prochains mois)</translation>
    </message>
    <message>
        <source>{records} due for anonymisation now</source>
        <translation>{records} à anonymiser maintenant</translation>
    </message>
    <message>
        <source>No request record is due for anonymisation now</source>
        <translation>Aucun dossier de demande à anonymiser pour l'instant</translation>
    </message>
    <message>
        <source> · {count} more in the next 12 months</source>
        <translation> · {count} de plus dans les 12 prochains mois</translation>
    </message>
    <message>
        <source>Anonymise due request records?</source>
        <translation>Anonymiser les dossiers de demandes échus ?</translation>
    </message>
    <message>
        <source>Anonymising {records}…</source>
        <translation>Anonymisation de {records}…</translation>
    </message>
    <message>
        <source>Save the records attestation</source>
        <translation>Enregistrer l'attestation d'anonymisation</translation>
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
        <translation>Ce que les réponses aux demandes d'accès indiquent aux demandeurs (art. 15) : finalités, données, destinataires, conservation, source et transferts de chaque activité de traitement.</translation>
    </message>
    <message>
        <source>Processing register — {entity}</source>
        <translation>Registre des traitements — {entity}</translation>
    </message>
    <message>
        <source>Processing register</source>
        <translation>Registre des traitements</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file, semicolon-separated (*.csv)</source>
        <translation>Fichier CSV, séparateur point-virgule (*.csv)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Qualité du demandeur</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Partiellement accordée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Transmise</translation>
    </message>
    <message>
        <source>No data held</source>
        <translation>Aucune donnée détenue</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Information never received</source>
        <translation>Informations jamais reçues</translation>
    </message>
    <message>
        <source>Manifestly unfounded or excessive</source>
        <translation>Manifestement infondée ou excessive</translation>
    </message>
    <message>
        <source>The person concerned</source>
        <translation>La personne concernée</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Titulaire de l'autorité parentale ou tuteur</translation>
    </message>
    <message>
        <source>Heir</source>
        <translation>Héritier</translation>
    </message>
    <message>
        <source>Register of requests</source>
        <translation>Registre des demandes</translation>
    </message>
    <message>
        <source>Register exported: 1 request in {path}.</source>
        <translation>Registre exporté : 1 demande dans {path}.</translation>
    </message>
    <message>
        <source>Register exported: {count} requests in {path}.</source>
        <translation>Registre exporté : {count} demandes dans {path}.</translation>
    </message>
    <message>
        <source>register-of-requests</source>
        <translation>registre-des-demandes</translation>
    </message>
    <message>
        <source>Export the register of requests</source>
        <translation>Exporter le registre des demandes</translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation>Export du registre…</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>{name} is larger than {size} MB.</source>
        <translation>{name} dépasse {size} Mo.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {problem}.</source>
        <translation>Impossible de lire {name} : {problem}.</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>1 request</source>
        <translation>1 demande</translation>
    </message>
    <message>
        <source>{n} requests</source>
        <translation>{n} demandes</translation>
    </message>
    <message>
        <source>Search reference, name or e-mail   (Ctrl+F)</source>
        <translation>Rechercher une référence, un nom ou un e-mail   (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Rechercher des demandes</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Échéance cette semaine</translation>
    </message>
    <message>
        <source>Awaiting identity</source>
        <translation>En attente d'identité</translation>
    </message>
    <message>
        <source>On hold too long</source>
        <translation>En attente depuis trop longtemps</translation>
    </message>
    <message>
        <source>Waiting for the requester for longer than the entity's setting: close them for lack of reply?</source>
        <translation>En attente du demandeur depuis plus longtemps que le délai fixé par l'entité : les clôturer faute de réponse ?</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Toutes les entités</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Only requests assigned to {user}</source>
        <translation>Seulement les demandes attribuées à {user}</translation>
    </message>
</context>
<context>
    <name>RequestActionDialog</name>
    <message>
        <source>Language of the text typed</source>
        <translation>Langue du texte saisi</translation>
    </message>
    <message>
        <source>The language this text is typed in. A letter in the other language asks for its translation instead of mixing two languages.</source>
        <translation>La langue dans laquelle ce texte est saisi. Un courrier dans l'autre langue en demande la traduction plutôt que de mélanger deux langues.</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>{blocker} If it was done on or before {day}, you can still record it with that date and the reason it is recorded only now.</source>
        <translation>{blocker} Si cela a été fait au plus tard le {day}, vous pouvez encore l'enregistrer à cette date, en indiquant pourquoi il n'est enregistré que maintenant.</translation>
    </message>
    <message>
        <source>Mark the request as being worked on.</source>
        <translation>Indiquer que la demande est en cours de traitement.</translation>
    </message>
    <message>
        <source>Record how the requester's identity was checked (no copy kept).</source>
        <translation>Enregistrer comment l'identité du demandeur a été vérifiée (sans en garder de copie).</translation>
    </message>
    <message>
        <source>Ask the requester for ID or clarification: the deadline waits.</source>
        <translation>Demander une pièce d'identité ou une précision au demandeur : le délai est suspendu.</translation>
    </message>
    <message>
        <source>The awaited information arrived: the deadline restarts or resumes.</source>
        <translation>L'information attendue est arrivée : le délai repart ou reprend.</translation>
    </message>
    <message>
        <source>Two further months, with reasons (until {due}); tell the requester by {notice}.</source>
        <translation>Deux mois de plus, motivés (jusqu'au {due}) ; à notifier au demandeur avant le {notice}.</translation>
    </message>
    <message>
        <source>Record that the final answer was sent.</source>
        <translation>Enregistrer l'envoi de la réponse définitive.</translation>
    </message>
    <message>
        <source>Refuse with reasons (Art. 12(4)).</source>
        <translation>Refuser en motivant (art. 12(4)).</translation>
    </message>
    <message>
        <source>This entity is a processor: forward the request to the controller.</source>
        <translation>Cette entité est sous-traitante : transmettre la demande au responsable du traitement.</translation>
    </message>
    <message>
        <source>Record how the request ended: the outcomes its right allows (partly granted, no data held, withdrawn, closed for lack of reply, excessive…).</source>
        <translation>Enregistrer l'issue de la demande parmi celles que son droit permet (accord partiel, aucune donnée détenue, retrait, clôture faute de réponse, demande excessive…).</translation>
    </message>
    <message>
        <source>Waiting for the requester for longer than the entity's setting: close the request for lack of reply, then send the closure letter.</source>
        <translation>En attente du demandeur depuis plus longtemps que le délai fixé par l'entité : clôturer la demande faute de réponse, puis envoyer le courrier de clôture.</translation>
    </message>
    <message>
        <source>Write, preview, print and record the letters of this request (Ctrl+P).</source>
        <translation>Rédiger, prévisualiser, imprimer et enregistrer les courriers de cette demande (Ctrl+P).</translation>
    </message>
    <message>
        <source>Export the requester's data (JSON, CSV, HTML overview, manifest) as a zip.</source>
        <translation>Exporter les données du demandeur (JSON, CSV, synthèse HTML, manifeste) dans un zip.</translation>
    </message>
    <message>
        <source>Export the requester's data (JSON, CSV, HTML overview, manifest) as a zip — identity not verified: a reason is required.</source>
        <translation>Exporter les données du demandeur (JSON, CSV, synthèse HTML, manifeste) dans un zip — identité non vérifiée : un motif est exigé.</translation>
    </message>
    <message>
        <source>Record that a recipient of the data was told of the change (Art. 19): the answer letter names the recipients recorded.</source>
        <translation>Enregistrer qu'un destinataire des données a été informé de la modification (article 19) : le courrier de réponse nomme les destinataires enregistrés.</translation>
    </message>
    <message>
        <source>Start processing</source>
        <translation>Commencer le traitement</translation>
    </message>
    <message>
        <source>Record identity check…</source>
        <translation>Vérification d'identité…</translation>
    </message>
    <message>
        <source>Ask for ID / clarification…</source>
        <translation>Demander une pièce / une précision…</translation>
    </message>
    <message>
        <source>Information received…</source>
        <translation>Information reçue…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Prolonger…</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Courriers…</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exporter les données…</translation>
    </message>
    <message>
        <source>Recipient notified…</source>
        <translation>Destinataire informé…</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Terminer…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <source>Forward to controller…</source>
        <translation>Transmettre au responsable…</translation>
    </message>
    <message>
        <source>Close for lack of reply…</source>
        <translation>Clôturer faute de réponse…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Clôturer…</translation>
    </message>
    <message>
        <source>Correct requester…</source>
        <translation>Corriger le demandeur…</translation>
    </message>
    <message>
        <source>Correct the requester's name, e-mail, postal address or language.</source>
        <translation>Corriger le nom, l'e-mail, l'adresse postale ou la langue du demandeur.</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Réattribuer…</translation>
    </message>
    <message>
        <source>Give the request to another person of the office.</source>
        <translation>Confier la demande à une autre personne du service.</translation>
    </message>
</context>
<context>
    <name>RequestDocuments</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Drop files here to keep them, encrypted, in the request's file.</source>
        <translation>Déposez des fichiers ici pour les conserver, chiffrés, dans le dossier de la demande.</translation>
    </message>
    <message>
        <source>{kind} (purged)</source>
        <translation>{kind} (purgé)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Double-click a file to open it (watermarked copy).</source>
        <translation>Double-cliquez sur un fichier pour l'ouvrir (copie filigranée).</translation>
    </message>
    <message>
        <source>No file attached.</source>
        <translation>Aucun fichier joint.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Keep a file (ID copy, letter, e-mail...) encrypted here.</source>
        <translation>Conserver ici un fichier chiffré (copie de pièce d'identité, courrier, e-mail…).</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aucune note pour l'instant.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write a note for the file…</source>
        <translation>Écrire une note au dossier…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>This file was purged (its key destroyed): it can no longer be opened.</source>
        <translation>Ce fichier a été purgé (sa clé détruite) : il ne peut plus être ouvert.</translation>
    </message>
    <message>
        <source>Open the selected file (watermarked copy; the viewing is audited).</source>
        <translation>Ouvrir le fichier sélectionné (copie filigranée ; la consultation est journalisée).</translation>
    </message>
    <message>
        <source>This {kind} document was purged under the retention rules: its key was destroyed, so it can no longer be opened.</source>
        <translation>Ce document ({kind}) a été purgé selon les règles de conservation : sa clé a été détruite, il ne peut plus être ouvert.</translation>
    </message>
    <message>
        <source>Attach a file to {reference}</source>
        <translation>Joindre un fichier à {reference}</translation>
    </message>
    <message>
        <source>{name} is not a file: drop files, not folders.</source>
        <translation>{name} n'est pas un fichier : déposez des fichiers, pas des dossiers.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>What is {name}?</source>
        <translation>Qu'est-ce que {name} ?</translation>
    </message>
</context>
<context>
    <name>RequestFileView</name>
    <message>
        <source>Request file</source>
        <translation>Dossier de la demande</translation>
    </message>
</context>
<context>
    <name>RequestSections</name>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <source>Awaiting information</source>
        <translation>En attente d'informations</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Forwarded to controller</source>
        <translation>Transmise au responsable</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>responsable du traitement</translation>
    </message>
    <message>
        <source>processor, acting for a client</source>
        <translation>sous-traitant, pour le compte d'un client</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identité</translation>
    </message>
    <message>
        <source>clarification</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>frais</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>redémarrage</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non confirmée</translation>
    </message>
    <message>
        <source>A representative, on behalf of {subject}</source>
        <translation>Un mandataire, pour le compte de {subject}</translation>
    </message>
    <message>
        <source>A parent or guardian, on behalf of {subject}</source>
        <translation>Un parent ou tuteur, pour le compte de {subject}</translation>
    </message>
    <message>
        <source>An heir of {subject} (art. 85 II loi Informatique et Libertés)</source>
        <translation>Un héritier de {subject} (art. 85 II de la loi Informatique et Libertés)</translation>
    </message>
    <message>
        <source>The person concerned</source>
        <translation>La personne concernée</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>{reference} ({type}, {status})</source>
        <translation>{reference} ({type}, {status})</translation>
    </message>
    <message>
        <source>Requester and entity</source>
        <translation>Demandeur et entité</translation>
    </message>
    <message>
        <source>Asked in the same message: they may be answered in one letter.</source>
        <translation>Demandées dans le même message : une seule lettre peut y répondre.</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Demandeur :</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>Formée par :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Adresse postale :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>Entité :</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Attribuée à :</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Demande :</translation>
    </message>
    <message>
        <source>Linked requests:</source>
        <translation>Demandes liées :</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Extension notice by:</source>
        <translation>Notifier la prolongation avant le :</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Prolongation :</translation>
    </message>
    <message>
        <source>How the due date is computed</source>
        <translation>Comment l'échéance est calculée</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Suspensions</translation>
    </message>
    <message>
        <source>awaited</source>
        <translation>attendue</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>None: the deadline has never been on hold.</source>
        <translation>Aucune : le délai n'a jamais été suspendu.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>No. ends</source>
        <translation>Fin du n°</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Timeline (newest first)</source>
        <translation>Historique (du plus récent au plus ancien)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>No event recorded (a request added in bulk, e.g. demo data, starts without one).</source>
        <translation>Aucun événement enregistré (une demande ajoutée en masse, par exemple les données de démonstration, commence sans historique).</translation>
    </message>
    <message>
        <source>{type} · request from {requester} · received {received} by {channel}</source>
        <translation>{type} · demande de {requester} · reçue le {received} par {channel}</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l'instant</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Prolongée</translation>
    </message>
    <message>
        <source>Due {weekday} {date}</source>
        <translation>Échéance le {weekday} {date}</translation>
    </message>
    <message>
        <source>Closed on {date} ({status}).</source>
        <translation>Clôturée le {date} ({status}).</translation>
    </message>
    <message>
        <source>On hold since {date}, waiting for the requester: the deadline is suspended.</source>
        <translation>En attente depuis le {date}, dans l'attente du demandeur : le délai est suspendu.</translation>
    </message>
    <message>
        <source>OVERDUE — 1 day late.</source>
        <translation>EN RETARD — 1 jour de retard.</translation>
    </message>
    <message>
        <source>OVERDUE — {n} days late.</source>
        <translation>EN RETARD — {n} jours de retard.</translation>
    </message>
    <message>
        <source>Due today.</source>
        <translation>Échéance aujourd'hui.</translation>
    </message>
    <message>
        <source>1 day left.</source>
        <translation>1 jour restant.</translation>
    </message>
    <message>
        <source>{n} days left.</source>
        <translation>{n} jours restants.</translation>
    </message>
    <message>
        <source>✔ Verified on {date} by {user}.</source>
        <translation>✔ Vérifiée le {date} par {user}.</translation>
    </message>
    <message>
        <source>Not verified: the checks recorded did not confirm it.</source>
        <translation>Non vérifiée : les vérifications enregistrées ne l'ont pas confirmée.</translation>
    </message>
    <message>
        <source>Not verified yet: no identity check recorded.</source>
        <translation>Pas encore vérifiée : aucune vérification d'identité enregistrée.</translation>
    </message>
    <message>
        <source>✔ Mandate or proof of capacity in the file.</source>
        <translation>✔ Mandat ou justificatif de qualité au dossier.</translation>
    </message>
</context>
<context>
    <name>RequestTable</name>
    <message>
        <source>OVERDUE · {status}</source>
        <extracomment>the columns given what room there is (the register's widths), their text elided</extracomment>
        <translation>EN RETARD · {status}</translation>
    </message>
    <message>
        <source>Due soon · {status}</source>
        <translation>Échéance proche · {status}</translation>
    </message>
    <message>
        <source>{status} (on hold)</source>
        <translation>{status} (en attente)</translation>
    </message>
    <message>
        <source>{status} (extended)</source>
        <translation>{status} (prolongée)</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>{n} late</source>
        <extracomment>sized to their content, always in full: the reference, the dates, the days left given what room is left, up to their longest text; elided (the tooltip says it whole) when room is short: the requester (whom the request is from) gets most, then the status, the type, and the entity (its name often starts alike: the filter above tells them apart)</extracomment>
        <translation>{n} j de retard</translation>
    </message>
</context>
<context>
    <name>RequesterDialog</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Requester of {reference}</source>
        <translation>Demandeur de {reference}</translation>
    </message>
    <message>
        <source>Save the corrections</source>
        <translation>Enregistrer les corrections</translation>
    </message>
    <message>
        <source>Correct what was typed wrong. The letters use these details; the requester's other requests show them too. The audit log records which details changed, not their values.</source>
        <translation>Corrigez ce qui a été mal saisi. Les courriers utilisent ces coordonnées, que les autres demandes du demandeur affichent aussi. Le journal d'audit enregistre les éléments modifiés, pas leurs valeurs.</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>Aucune connue</translation>
    </message>
    <message>
        <source>Street, postcode and town, for letters</source>
        <translation>Rue, code postal et ville, pour les courriers</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>&amp;Adresse postale :</translation>
    </message>
    <message>
        <source>&amp;Language of letters:</source>
        <translation>&amp;Langue des courriers :</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Rien n'a encore été modifié.</translation>
    </message>
</context>
<context>
    <name>RequesterTable</name>
    <message>
        <source>Double-click to list this requester's requests</source>
        <translation>Double-cliquez pour afficher les demandes de ce demandeur</translation>
    </message>
</context>
<context>
    <name>RequestersView</name>
    <message>
        <source>1 requester</source>
        <translation>1 demandeur</translation>
    </message>
    <message>
        <source>{n} requesters</source>
        <translation>{n} demandeurs</translation>
    </message>
    <message>
        <source>Search name or e-mail</source>
        <translation>Rechercher un nom ou un e-mail</translation>
    </message>
    <message>
        <source>Search requesters</source>
        <translation>Rechercher des demandeurs</translation>
    </message>
    <message>
        <source>Double-click a requester to see their requests.</source>
        <translation>Double-cliquez sur un demandeur pour voir ses demandes.</translation>
    </message>
    <message>
        <source>Requesters</source>
        <translation>Demandeurs</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backup of {day}: {documents}, {size}.
It replaces the vault in {folder}: everything recorded after {day} is lost. Purges and anonymisations made since are applied again.</source>
        <translation>Sauvegarde du {day} : {documents}, {size}.
Elle remplace le coffre de {folder} : tout ce qui a été enregistré après le {day} est perdu. Les purges et anonymisations faites depuis sont appliquées à nouveau.</translation>
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
        <translation>Avec sa clé de secours</translation>
    </message>
    <message>
        <source>With the passphrase it had</source>
        <translation>Avec la phrase de passe qu'il avait</translation>
    </message>
    <message>
        <source>This backup is of a vault that opened with its computer's keyring: its recovery key opens it.</source>
        <translation>Cette sauvegarde provient d'un coffre qui s'ouvrait avec le trousseau de son ordinateur : sa clé de secours l'ouvre.</translation>
    </message>
    <message>
        <source>Recovery key or passphrase</source>
        <translation>Clé de secours ou phrase de passe</translation>
    </message>
    <message>
        <source>Replace the vault</source>
        <translation>Remplacer le coffre</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Saisissez la phrase de passe.</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Saisissez la clé de secours.</translation>
    </message>
</context>
<context>
    <name>RestoreJob</name>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Annulation… rien ne sera modifié.</translation>
    </message>
    <message>
        <source>Restored the backup of {day}.</source>
        <translation>Sauvegarde du {day} restaurée.</translation>
    </message>
    <message>
        <source>Destroyed since the backup, and destroyed again: {documents}, {records}.</source>
        <translation>Détruits depuis la sauvegarde, et détruits à nouveau : {documents}, {records}.</translation>
    </message>
    <message>
        <source>1 document purged</source>
        <translation>1 document purgé</translation>
    </message>
    <message>
        <source>{count} documents purged</source>
        <translation>{count} documents purgés</translation>
    </message>
    <message>
        <source>1 record anonymised</source>
        <translation>1 dossier anonymisé</translation>
    </message>
    <message>
        <source>{count} records anonymised</source>
        <translation>{count} dossiers anonymisés</translation>
    </message>
    <message>
        <source>Restore cancelled: nothing was changed.</source>
        <translation>Restauration annulée : rien n'a été modifié.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>DSR Desk is locked.</source>
        <translation>DSR Desk est verrouillé.</translation>
    </message>
    <message>
        <source>DSR Desk is locked: unlock it to open or keep documents.</source>
        <translation>DSR Desk est verrouillé : déverrouillez-le pour ouvrir ou conserver des documents.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Preferences and vault</source>
        <translation>Préférences et coffre</translation>
    </message>
    <message>
        <source>Letterhead, calendar, retention, register and letter wording</source>
        <translation>En-tête, calendrier, conservation, registre et rédaction des courriers</translation>
    </message>
    <message>
        <source>Your preferences, and where the vault is and how it opens</source>
        <translation>Vos préférences, l'emplacement du coffre et la façon dont il s'ouvre</translation>
    </message>
</context>
<context>
    <name>SilentUnlock</name>
    <message>
        <source>The vault key is not in this computer's keyring (was it deleted, or is this another user account?). Unlock with the recovery key.</source>
        <translation>La clé du coffre n'est pas dans le trousseau de cet ordinateur (a-t-elle été supprimée, ou s'agit-il d'un autre compte utilisateur ?). Déverrouillez avec la clé de secours.</translation>
    </message>
</context>
<context>
    <name>TeamServerFields</name>
    <message>
        <source>verify-full: encrypted, the certificate and name checked (safest)</source>
        <translation>verify-full : chiffré, certificat et nom vérifiés (le plus sûr)</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, the certificate checked</source>
        <translation>verify-ca : chiffré, certificat vérifié</translation>
    </message>
    <message>
        <source>require: encrypted, nothing checked</source>
        <translation>require : chiffré, rien de vérifié</translation>
    </message>
    <message>
        <source>prefer: encrypted if the server offers it</source>
        <translation>prefer : chiffré si le serveur le propose</translation>
    </message>
    <message>
        <source>disable: not encrypted (local tests only)</source>
        <translation>disable : non chiffré (essais locaux seulement)</translation>
    </message>
    <message>
        <source>postgresql://host:5432/database (or the fields below)</source>
        <translation>postgresql://serveur:5432/base (ou les champs ci-dessous)</translation>
    </message>
    <message>
        <source>as given by the administrator</source>
        <translation>celui donné par l'administrateur</translation>
    </message>
    <message>
        <source>the system's certificates</source>
        <translation>les certificats du système</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>Database &amp;role:</source>
        <translation>&amp;Rôle de base de données :</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS :</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Certificat de l'autorité :</translation>
    </message>
    <message>
        <source>The server's CA certificate</source>
        <translation>Le certificat de l'autorité du serveur</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Request registered</source>
        <translation>Demande enregistrée</translation>
    </message>
    <message>
        <source>Processing started</source>
        <translation>Traitement commencé</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Délai prolongé</translation>
    </message>
    <message>
        <source>Information asked</source>
        <translation>Information demandée</translation>
    </message>
    <message>
        <source>Information received</source>
        <translation>Information reçue</translation>
    </message>
    <message>
        <source>Recorded late (dated earlier)</source>
        <translation>Enregistré tardivement (daté antérieurement)</translation>
    </message>
    <message>
        <source>Identity check recorded</source>
        <translation>Vérification d'identité enregistrée</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Note ajoutée</translation>
    </message>
    <message>
        <source>Requester's details corrected</source>
        <translation>Coordonnées du demandeur corrigées</translation>
    </message>
    <message>
        <source>Request reassigned</source>
        <translation>Demande réattribuée</translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation>Document joint</translation>
    </message>
    <message>
        <source>Disclosure despite unverified identity</source>
        <translation>Communication malgré une identité non vérifiée</translation>
    </message>
    <message>
        <source>Archived record consulted</source>
        <translation>Dossier archivé consulté</translation>
    </message>
    <message>
        <source>Data bundle exported</source>
        <translation>Données exportées</translation>
    </message>
    <message>
        <source>Due date recomputed</source>
        <translation>Échéance recalculée</translation>
    </message>
    <message>
        <source>Document viewed</source>
        <translation>Document consulté</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>Document imprimé</translation>
    </message>
    <message>
        <source>Decrypted copy saved</source>
        <translation>Copie déchiffrée enregistrée</translation>
    </message>
    <message>
        <source>Document purged (key destroyed)</source>
        <translation>Document purgé (clé détruite)</translation>
    </message>
    <message>
        <source>Record anonymised (retention period ended)</source>
        <translation>Dossier anonymisé (fin de la durée de conservation)</translation>
    </message>
    <message>
        <source>Letter written</source>
        <translation>Courrier rédigé</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Courrier envoyé</translation>
    </message>
    <message>
        <source>Entity created</source>
        <translation>Entité créée</translation>
    </message>
    <message>
        <source>Entity changed</source>
        <translation>Entité modifiée</translation>
    </message>
    <message>
        <source>Letter wording changed</source>
        <translation>Modèle de courrier modifié</translation>
    </message>
    <message>
        <source>Letter wording reset</source>
        <translation>Modèle de courrier rétabli</translation>
    </message>
    <message>
        <source>Processing activity added</source>
        <translation>Activité de traitement ajoutée</translation>
    </message>
    <message>
        <source>Processing activity changed</source>
        <translation>Activité de traitement modifiée</translation>
    </message>
    <message>
        <source>Processing activity moved</source>
        <translation>Activité de traitement déplacée</translation>
    </message>
    <message>
        <source>Processing activity removed</source>
        <translation>Activité de traitement supprimée</translation>
    </message>
    <message>
        <source>Processing register imported</source>
        <translation>Registre des traitements importé</translation>
    </message>
    <message>
        <source>Attestation generated</source>
        <translation>Attestation produite</translation>
    </message>
    <message>
        <source>Preferences changed</source>
        <translation>Préférences modifiées</translation>
    </message>
    <message>
        <source>Deadline calendar exported</source>
        <translation>Calendrier des échéances exporté</translation>
    </message>
    <message>
        <source>Register of requests exported</source>
        <translation>Registre des demandes exporté</translation>
    </message>
    <message>
        <source>Vault backed up</source>
        <translation>Coffre sauvegardé</translation>
    </message>
    <message>
        <source>Vault restored from a backup</source>
        <translation>Coffre restauré depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Vault opened with the recovery key</source>
        <translation>Coffre ouvert avec la clé de secours</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase de passe changée</translation>
    </message>
    <message>
        <source>Vault key rotated</source>
        <translation>Clé du coffre renouvelée</translation>
    </message>
    <message>
        <source>Audit log anchor renewed</source>
        <translation>Ancre du journal d'audit renouvelée</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>Données de démonstration ajoutées</translation>
    </message>
    <message>
        <source>Extension letter printed after its notice date</source>
        <translation>Courrier de prolongation imprimé après sa date limite d'information</translation>
    </message>
    <message>
        <source>Means of identification recorded</source>
        <translation>Moyens d'identification enregistrés</translation>
    </message>
    <message>
        <source>Recipient notified (Art. 19)</source>
        <translation>Destinataire informé (art. 19)</translation>
    </message>
    <message>
        <source>Team database created</source>
        <translation>Base d'équipe créée</translation>
    </message>
    <message>
        <source>Workstation vault copied to the team database</source>
        <translation>Coffre du poste copié dans la base d'équipe</translation>
    </message>
    <message>
        <source>Team key replaced</source>
        <translation>Clé d'équipe remplacée</translation>
    </message>
    <message>
        <source>User account added</source>
        <translation>Compte utilisateur ajouté</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>User account removed</source>
        <translation>Compte utilisateur supprimé</translation>
    </message>
    <message>
        <source>Old backups deleted (rotation)</source>
        <translation>Anciennes sauvegardes supprimées (rotation)</translation>
    </message>
    <message>
        <source>VACUUM after a purge (team server)</source>
        <translation>VACUUM après une purge (serveur de l'équipe)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Processing register</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>{type} · by {channel}</source>
        <translation>{type} · par {channel}</translation>
    </message>
    <message>
        <source>received {received_on}</source>
        <translation>reçue le {received_on}</translation>
    </message>
    <message>
        <source>due {due_on}</source>
        <translation>échéance le {due_on}</translation>
    </message>
    <message>
        <source>new due date {new_due_on}</source>
        <translation>nouvelle échéance le {new_due_on}</translation>
    </message>
    <message>
        <source>reasons: {reason}</source>
        <translation>motifs : {reason}</translation>
    </message>
    <message>
        <source>on {closed_on}</source>
        <translation>le {closed_on}</translation>
    </message>
    <message>
        <source>{kind} asked on {asked_on}</source>
        <translation>{kind} demandée le {asked_on}</translation>
    </message>
    <message>
        <source>policy {policy}</source>
        <translation>règle {policy}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>{kind} on {received_on}</source>
        <translation>{kind} le {received_on}</translation>
    </message>
    <message>
        <source>due date now {due_on}</source>
        <translation>échéance désormais le {due_on}</translation>
    </message>
    <message>
        <source>{method}: {outcome}</source>
        <translation>{method} : {outcome}</translation>
    </message>
    <message>
        <source>{document_kind}</source>
        <translation>{document_kind}</translation>
    </message>
    <message>
        <source>by {checked_by} on {checked_on}</source>
        <translation>par {checked_by} le {checked_on}</translation>
    </message>
    <message>
        <source>{fields}</source>
        <translation>{fields}</translation>
    </message>
    <message>
        <source>to nobody</source>
        <translation>à personne</translation>
    </message>
    <message>
        <source>{late_action} dated {stated_on}, recorded on {recorded_on}</source>
        <translation>{late_action} daté du {stated_on}, enregistré le {recorded_on}</translation>
    </message>
    <message>
        <source>why late: {reason}</source>
        <translation>motif du retard : {reason}</translation>
    </message>
    <message>
        <source>{files} files</source>
        <translation>{files} fichiers</translation>
    </message>
    <message>
        <source>password-protected</source>
        <translation>protégé par mot de passe</translation>
    </message>
    <message>
        <source>manifest SHA-256 {manifest_sha256}</source>
        <translation>manifeste SHA-256 {manifest_sha256}</translation>
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
        <translation>enregistré dans {folder}</translation>
    </message>
    <message>
        <source>purge date {purge_date}</source>
        <translation>date de purge {purge_date}</translation>
    </message>
    <message>
        <source>in {lang}</source>
        <translation>en {lang}</translation>
    </message>
    <message>
        <source>to {recipient}</source>
        <translation>à {recipient}</translation>
    </message>
    <message>
        <source>sent on {sent_on}</source>
        <translation>envoyé le {sent_on}</translation>
    </message>
    <message>
        <source>{channel}</source>
        <translation>{channel}</translation>
    </message>
    <message>
        <source>no. {registered_number}</source>
        <translation>n° {registered_number}</translation>
    </message>
    <message>
        <source>due {due_on} (was {previous_due_on})</source>
        <translation>échéance le {due_on} (au lieu du {previous_due_on})</translation>
    </message>
    <message>
        <source>Request completed</source>
        <translation>Demande traitée</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Demande refusée</translation>
    </message>
    <message>
        <source>Forwarded to the controller</source>
        <translation>Transmise au responsable du traitement</translation>
    </message>
    <message>
        <source>Request closed</source>
        <translation>Demande clôturée</translation>
    </message>
    <message>
        <source>extended on {on} to {due} — reasons: {reasons}</source>
        <translation>prolongée le {on} jusqu'au {due} — motifs : {reasons}</translation>
    </message>
    <message>
        <source>not extended</source>
        <translation>non prolongée</translation>
    </message>
    <message>
        <source>this right allows no extension</source>
        <translation>ce droit n'admet pas de prolongation</translation>
    </message>
    <message>
        <source>{date} — passed</source>
        <translation>{date} — dépassée</translation>
    </message>
    <message>
        <source>not extended; it is too late to extend now</source>
        <translation>non prolongée ; il est trop tard pour prolonger</translation>
    </message>
    <message>
        <source>not extended; if extended, due {date}</source>
        <translation>non prolongée ; si elle l'est, échéance le {date}</translation>
    </message>
    <message>
        <source>{date} — today is the last day to extend</source>
        <translation>{date} — dernier jour pour prolonger</translation>
    </message>
    <message>
        <source>{date} (1 day left)</source>
        <translation>{date} (1 jour restant)</translation>
    </message>
    <message>
        <source>{date} ({n} days left)</source>
        <translation>{date} ({n} jours restants)</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>The new language will be used the next time you start DSR Desk.</source>
        <translation>La nouvelle langue sera appliquée au prochain démarrage de DSR Desk.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>There is no DSR Desk vault in {data_dir}.</source>
        <translation>Il n'y a pas de coffre DSR Desk dans {data_dir}.</translation>
    </message>
    <message>
        <source>Unlock {app_name}</source>
        <translation>Déverrouiller {app_name}</translation>
    </message>
    <message>
        <source>{app_name} is locked</source>
        <translation>{app_name} est verrouillé</translation>
    </message>
    <message>
        <source>Open {app_name}</source>
        <translation>Ouvrir {app_name}</translation>
    </message>
    <message>
        <source>Data folder: {data_dir}</source>
        <translation>Dossier de données : {data_dir}</translation>
    </message>
    <message>
        <source>Quit {app_name}</source>
        <translation>Quitter {app_name}</translation>
    </message>
    <message>
        <source>The vault key is kept in this computer's keyring. Click Unlock to continue.</source>
        <translation>La clé du coffre est conservée dans le trousseau de cet ordinateur. Cliquez sur Déverrouiller pour continuer.</translation>
    </message>
    <message>
        <source>Enter the vault passphrase to open the register.</source>
        <translation>Saisissez la phrase de passe du coffre pour ouvrir le registre.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Use recovery key…</source>
        <translation>Utiliser la clé de secours…</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet you printed or saved when the vault was created (upper or lower case; dashes are optional).</source>
        <translation>Saisissez la clé de secours inscrite sur la feuille imprimée ou enregistrée à la création du coffre (majuscules ou minuscules ; tirets facultatifs).</translation>
    </message>
    <message>
        <source>Protect the vault with a passphrase from now on</source>
        <translation>Protéger désormais le coffre par une phrase de passe</translation>
    </message>
    <message>
        <source>Then choose a new passphrase (the old one stops working):</source>
        <translation>Choisissez ensuite une nouvelle phrase de passe (l'ancienne ne fonctionnera plus) :</translation>
    </message>
    <message>
        <source>Choose the passphrase:</source>
        <translation>Choisissez la phrase de passe :</translation>
    </message>
    <message>
        <source>Recover and unlock</source>
        <translation>Récupérer et déverrouiller</translation>
    </message>
    <message>
        <source>← Back to the passphrase</source>
        <translation>← Revenir à la phrase de passe</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Saisissez la phrase de passe.</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Saisissez la clé de secours.</translation>
    </message>
    <message>
        <source>{problem} (attempt {failures}, {at:%H:%M})</source>
        <translation>{problem} (tentative {failures}, {at:%H:%M})</translation>
    </message>
    <message>
        <source>You can try again in {seconds} s.</source>
        <translation>Nouvel essai possible dans {seconds} s.</translation>
    </message>
    <message>
        <source>Unlock ({seconds} s)</source>
        <translation>Déverrouiller ({seconds} s)</translation>
    </message>
    <message>
        <source>Recover and unlock ({seconds} s)</source>
        <translation>Récupérer et déverrouiller ({seconds} s)</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Recovering…</source>
        <translation>Récupération…</translation>
    </message>
    <message>
        <source>Recover {app_name}</source>
        <translation>Récupérer {app_name}</translation>
    </message>
</context>
<context>
    <name>Upcoming</name>
    <message>
        <source>Overdue by 1 day</source>
        <translation>En retard d'un jour</translation>
    </message>
    <message>
        <source>Overdue by {n} days</source>
        <translation>En retard de {n} jours</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd'hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>In {n} days</source>
        <translation>Dans {n} jours</translation>
    </message>
</context>
<context>
    <name>VaultJobs</name>
    <message>
        <source>Unexpected error: {name}.</source>
        <translation>Erreur inattendue : {name}.</translation>
    </message>
</context>
<context>
    <name>VaultRefusedDialog</name>
    <message>
        <source>{app}: the vault was refused</source>
        <translation>{app} : le coffre a été refusé</translation>
    </message>
    <message>
        <source>The register cannot be opened safely</source>
        <translation>Le registre ne peut pas être ouvert en toute sécurité</translation>
    </message>
    <message>
        <source>Nothing was changed. What you can do:
• Restore the whole data folder from your latest backup: the database (dsr-desk.db), vault.json and audit-anchor.json together.
• If the database file was only moved or renamed, put it back in the data folder as dsr-desk.db.
• Then check the register with `dsr-desk audit verify`.
• Do not create a new vault in this folder: keep it as it is for whoever looks into what happened.</source>
        <translation>Rien n'a été modifié. Ce que vous pouvez faire :
• Restaurer tout le dossier de données depuis votre dernière sauvegarde : la base (dsr-desk.db), vault.json et audit-anchor.json ensemble.
• Si le fichier de la base a seulement été déplacé ou renommé, le remettre dans le dossier de données sous le nom dsr-desk.db.
• Puis vérifier le registre avec `dsr-desk audit verify`.
• Ne pas créer de nouveau coffre dans ce dossier : le laisser tel quel pour qui examinera ce qui s'est passé.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Dossier de données : {folder}</translation>
    </message>
    <message>
        <source>Quit {app}</source>
        <translation>Quitter {app}</translation>
    </message>
</context>
<context>
    <name>WorkstationQuestion</name>
    <message>
        <source>Work on this workstation</source>
        <translation>Travailler sur ce poste</translation>
    </message>
    <message>
        <source>Work on this workstation instead of the team server?</source>
        <translation>Travailler sur ce poste plutôt que sur le serveur d'équipe ?</translation>
    </message>
    <message>
        <source>DSR Desk forgets the team server for this data folder and locks. The next unlock opens this folder's own vault, or sets one up if it has none. The team server and the register on it are not changed: your colleagues go on working there, and you can choose it again later.</source>
        <translation>DSR Desk oublie le serveur d'équipe pour ce dossier de données et se verrouille. Le prochain déverrouillage ouvre le coffre propre à ce dossier, ou en crée un s'il n'en a pas. Le serveur d'équipe et le registre qu'il contient ne sont pas modifiés : vos collègues continuent d'y travailler, et vous pourrez le choisir à nouveau plus tard.</translation>
    </message>
</context>
</TS>
