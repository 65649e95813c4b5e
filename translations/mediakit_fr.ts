<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../src/mediakit/gui/openreport.py" line="+25"/>
        <source>warning: {problem}</source>
        <translation>avertissement&#xa0;: {problem}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+25"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Could not open {path} — {counts}.</source>
        <translation>Impossible d’ouvrir {path} — {counts}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/mediakit/gui/signature_text.py" line="+117"/>
        <source>The kit on screen is unchanged.</source>
        <translation>Le dossier affiché reste inchangé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/mediakit/gui/signature_text.py" line="+2"/>
        <source>Open anyway, read-only</source>
        <translation>Ouvrir quand même, en lecture seule</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is damaged: shown read-only, the files below changed since packing</source>
        <translation>{path} est endommagé&#xa0;: affiché en lecture seule, les fichiers ci-dessous ont changé depuis l’empaquetage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} opened with {counts}</source>
        <translation>{path} ouvert avec {counts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} opened from a temporary folder</source>
        <translation>{path} ouvert depuis un dossier temporaire</translation>
    </message>
    <message>
        <location filename="../src/mediakit/gui/window.py" line="+172"/>
        <source>Open a kit to begin.</source>
        <translation>Ouvrez un dossier de presse pour commencer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a kit</source>
        <translation>Ouvrir un dossier de presse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Media kits (*.mediakit kit.yaml);;All files (*)</source>
        <translation>Dossiers de presse (*.mediakit kit.yaml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a kit folder</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a folder of kits</source>
        <translation>Ajouter un dossier à la bibliothèque</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening cancelled.</source>
        <translation>Ouverture annulée.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not open the kit: {error}</source>
        <translation>Impossible d’ouvrir le dossier de presse&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+71"/>
        <source>{title} — mediakit</source>
        <translation>{title} — mediakit</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Select a still on the stills page to copy it with its credit.</source>
        <translation>Choisissez une photo dans la page Photos pour la copier avec son crédit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a kit to see how its media were made.</source>
        <translation>Ouvrez un dossier de presse pour voir comment ses médias ont été faits.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Open a kit to edit it.</source>
        <translation>Ouvrez un dossier de presse pour le modifier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open a kit to present it.</source>
        <translation>Ouvrez un dossier de presse pour le présenter.</translation>
    </message>
    <message>
        <location filename="../src/mediakit/media/playfailures.py" line="+47"/>
        <source>VLC says: {reason}</source>
        <translation>VLC indique&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+10"/>
        <source>VLC could not play this file</source>
        <translation>VLC n’a pas pu lire ce fichier</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>VLC found no picture or sound it can decode in this file</source>
        <translation>VLC ne trouve dans ce fichier ni image ni son qu’il sache décoder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the film stops at {time} of {length} (cut short?)</source>
        <translation>le film s’arrête à {time} sur {length} (fichier tronqué&#x202f;?)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/mediakit/gui/integrity.py" line="+40"/>
        <source>Verified — %n file(s), SHA-256 checked</source>
        <translation>
            <numerusform>Vérifié — %n fichier, SHA-256 contrôlé</numerusform>
            <numerusform>Vérifié — %n fichiers, SHA-256 contrôlé</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Damaged — signature broken · read-only</source>
        <translation>Endommagé — signature invalide · lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature entry, {entry}, does not verify: the checksums the files were checked against may not be the ones that were signed.
Archive SHA-256: {sha256}</source>
        <translation>L’entrée de signature, {entry}, ne se vérifie pas&#xa0;: les sommes de contrôle auxquelles les fichiers ont été comparés ne sont peut-être pas celles qui ont été signées.
SHA-256 de l’archive&#xa0;: {sha256}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Damaged — %n file(s) changed since packing · read-only</source>
        <translation>
            <numerusform>Endommagé — %n fichier modifié depuis l’empaquetage · lecture seule</numerusform>
            <numerusform>Endommagé — %n fichiers modifiés depuis l’empaquetage · lecture seule</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/mediakit/gui/provenance_text.py" line="+41"/>
        <source>CR · AI</source>
        <translation>CR · IA</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+36"/>
        <source>Content Credentials: being read…</source>
        <translation>Identifiants de contenu&#xa0;: lecture en cours…</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>No Content Credentials</source>
        <translation>Aucun identifiant de contenu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content Credentials cannot be read: {problem}</source>
        <translation>Identifiants de contenu illisibles&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content Credentials: {how}; signature {signature}</source>
        <translation>Identifiants de contenu&#xa0;: {how}&#x202f;; signature {signature}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content Credentials; signature {signature}</source>
        <translation>Identifiants de contenu&#x202f;; signature {signature}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>signed by a trusted signer</source>
        <translation>signée par un signataire de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signer not on a trust list</source>
        <translation>signataire absent de toute liste de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INVALID: changed after signing</source>
        <translation>INVALIDE&#xa0;: modifié après signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content Credentials: {how} · {state}</source>
        <translation>Identifiants de contenu&#xa0;: {how} · {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content Credentials · {state}</source>
        <translation>Identifiants de contenu · {state}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of {total} still(s) carry Content Credentials</source>
        <translation>
            <numerusform>%n photo sur {total} porte des identifiants de contenu</numerusform>
            <numerusform>%n photos sur {total} portent des identifiants de contenu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n say(s) they were generated by AI</source>
        <translation>
            <numerusform>%n se dit générée par IA</numerusform>
            <numerusform>%n se disent générées par IA</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none says it was generated by AI</source>
        <translation>aucune ne se dit générée par IA</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n fail(s) their check</source>
        <translation>
            <numerusform>%n échoue à la vérification</numerusform>
            <numerusform>%n échouent à la vérification</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <comment>separates the parts of a sentence</comment>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(still reading…)</source>
        <translation>(lecture en cours…)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Content Credentials: {how}</source>
        <translation>Identifiants de contenu&#xa0;: {how}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file carries no Content Credentials: it says nothing machine-readable about how it was made. That is not a fault; most pictures carry none.</source>
        <translation>Ce fichier ne porte aucun identifiant de contenu&#xa0;: il ne dit rien, sous une forme lisible par une machine, de la façon dont il a été fait. Ce n’est pas un défaut&#x202f;; la plupart des images n’en portent pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Made with</source>
        <translation>Fait avec</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../src/mediakit/gui/library_results.py" line="+39"/>
        <location filename="../src/mediakit/gui/provenance_text.py" line="+3"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runtime</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logline</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <location filename="../src/mediakit/gui/provenance_text.py" line="+14"/>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has Content Credentials of its own</source>
        <translation>porte ses propres identifiants de contenu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made from</source>
        <translation>Fait à partir de</translation>
    </message>
    <message>
        <location filename="../src/mediakit/gui/signature_text.py" line="-76"/>
        <source>Content SHA-256 (of checksums.sha256, the same signed or not): {sha}</source>
        <translation>SHA-256 du contenu (de checksums.sha256, le même signé ou non)&#xa0;: {sha}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to copy the content hash.</source>
        <translation>Cliquez pour copier l’empreinte du contenu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature entry, {entry}, does not verify:
{reasons}
The archive is refused; it is shown read-only only because you asked.</source>
        <translation>L’entrée de signature, {entry}, ne se vérifie pas&#xa0;:
{reasons}
L’archive est refusée&#x202f;; elle n’est affichée en lecture seule que parce que vous l’avez demandé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signature broken — refused</source>
        <translation>Signature invalide — refusée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This archive carries no signature: its checksums show that nothing changed since it was packed, not who packed it.</source>
        <translation>Cette archive ne porte aucune signature&#xa0;: ses sommes de contrôle montrent que rien n’a changé depuis l’empaquetage, pas qui l’a empaquetée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed with the key {key}, but your trusted publishers could not be read: {why}</source>
        <translation>Signée avec la clé {key}, mais vos éditeurs de confiance n’ont pas pu être lus&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by an unknown publisher ({key})</source>
        <translation>Signée par un éditeur inconnu ({key})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed — checking your publishers…</source>
        <translation>Signée — vérification de vos éditeurs…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with the key {key}, which you trust as {who}.</source>
        <translation>Signée avec la clé {key}, à laquelle vous faites confiance en tant que {who}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by {who} — trusted</source>
        <translation>Signée par {who} — de confiance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed with the key {key}, which you revoked: do not trust where this kit comes from.</source>
        <translation>Signée avec la clé {key}, que vous avez révoquée&#xa0;: ne vous fiez pas à la provenance de ce dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by a revoked key — do not trust</source>
        <translation>Signée par une clé révoquée — ne pas s’y fier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with the key {key}, which you trusted as {who} until it expired: it is not trusted now.</source>
        <translation>Signée avec la clé {key}, à laquelle vous faisiez confiance en tant que {who} jusqu’à son expiration&#xa0;: elle n’est plus de confiance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by {who} — key expired</source>
        <translation>Signée par {who} — clé expirée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed with the key {key}, which you trust as {who} only from a later date: it is not trusted yet.</source>
        <translation>Signée avec la clé {key}, à laquelle vous ne faites confiance en tant que {who} qu’à partir d’une date ultérieure&#xa0;: elle n’est pas encore de confiance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by {who} — key not valid yet</source>
        <translation>Signée par {who} — clé pas encore valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed with the key {key}, which is not among your trusted publishers.</source>
        <translation>Signée avec la clé {key}, qui n’est pas parmi vos éditeurs de confiance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed by an unknown publisher ({key}) — not trusted</source>
        <translation>Signée par un éditeur inconnu ({key}) — pas de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to trust this publisher after all.</source>
        <translation>Cliquez pour faire confiance à cet éditeur malgré tout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by an unknown publisher ({key}) — trust…</source>
        <translation>Signée par un éditeur inconnu ({key}) — faire confiance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to trust this publisher: compare the fingerprint with theirs first.</source>
        <translation>Cliquez pour faire confiance à cet éditeur&#xa0;: comparez d’abord l’empreinte avec la sienne.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signature broken — refused: {path}. Its signature, {entry}, does not verify.</source>
        <translation>Signature invalide — refusée&#xa0;: {path}. Sa signature, {entry}, ne se vérifie pas.</translation>
    </message>
    <message>
        <location filename="../src/mediakit/gui/trustdialog.py" line="+43"/>
        <source>RSA, {bits} bits</source>
        <translation>RSA, {bits} bits</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the publisher&apos;s name, as they sign: press@agency.example</source>
        <translation>Saisissez le nom de l’éditeur, tel qu’il signe&#xa0;: press@agency.example</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This name is too long.</source>
        <translation>Ce nom est trop long.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A publisher&apos;s name is one word: no spaces, quotes, commas, #, * or ?, and it does not start with -.</source>
        <translation>Le nom d’un éditeur est un seul mot&#xa0;: ni espaces, ni guillemets, ni virgules, ni #, * ou ?, et il ne commence pas par -.</translation>
    </message>
    <message>
        <location filename="../src/mediakit/gui/library_tiles.py" line="+82"/>
        <source>Missing — was at {path}</source>
        <translation>Introuvable — était dans {path}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Missing</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not open</source>
        <translation>Ne s’ouvre pas</translation>
    </message>
</context>
<context>
    <name>AiUsePage</name>
    <message>
        <location filename="../src/mediakit/gui/pages/ai.py" line="+30"/>
        <source>How this was made…</source>
        <translation>Comment c’est fait…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What each still, the poster and the film say of how they were made</source>
        <translation>Ce que chaque photo, l’affiche et le film disent de la façon dont ils ont été faits</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Content Credentials cannot be read on this computer: {problem}</source>
        <translation>Les identifiants de contenu ne peuvent pas être lus sur cet ordinateur&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>ArticlesPage</name>
    <message>
        <location filename="../src/mediakit/gui/pages/articles.py" line="+39"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../src/mediakit/publish/web/words.py" line="+67"/>
        <source>Open original</source>
        <translation>Ouvrir l’original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the article&apos;s web address in your browser</source>
        <translation>Ouvrir l’adresse web de l’article dans votre navigateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text of the article</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <location line="+55"/>
        <location filename="../src/mediakit/publish/web/words.py" line="-1"/>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <location filename="../src/mediakit/gui/present/audience.py" line="+44"/>
        <source>Presentation — mediakit</source>
        <translation>Présentation — mediakit</translation>
    </message>
</context>
<context>
    <name>Awards</name>
    <message>
        <location filename="../src/mediakit/gui/pages/awards.py" line="+22"/>
        <location filename="../src/mediakit/publish/web/words.py" line="-3"/>
        <source>Official selection</source>
        <translation>Sélection officielle</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <location line="+37"/>
        <source>Awards</source>
        <translation>Prix et sélections</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../src/mediakit/gui/pages/contacts.py" line="+27"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../src/mediakit/publish/web/words.py" line="+5"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the email address of %1</source>
        <translation>Copier l’adresse e-mail de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/mediakit/publish/web/words.py" line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the phone number of %1</source>
        <translation>Copier le numéro de téléphone de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write…</source>
        <translation>Écrire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your mail program</source>
        <translation>Ouvrir votre messagerie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy contact</source>
        <translation>Copier le contact</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../src/mediakit/gui/crash.py" line="+90"/>
        <source>mediakit hit a bug</source>
        <translation>mediakit a rencontré un bogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong inside mediakit. The window keeps running. Copy the report below into a bug report.

{summary}

The report is also saved in {path}.</source>
        <translation>Une erreur interne s’est produite dans mediakit. La fenêtre reste ouverte. Copiez le rapport ci-dessous dans un signalement de bogue.

{summary}

Le rapport est aussi enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>CreditsPage</name>
    <message>
        <location filename="../src/mediakit/gui/pages/credits.py" line="+19"/>
        <source>Credits</source>
        <translation>Générique</translation>
    </message>
</context>
<context>
    <name>DiskChoices</name>
    <message>
        <location filename="../src/mediakit/gui/editor/choices.py" line="+53"/>
        <source>Edit a copy…</source>
        <translation>Modifier une copie…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} was changed on disk by another program.</source>
        <translation>{file} a été modifié sur le disque par un autre programme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kit.yaml was changed on disk by another program.</source>
        <translation>kit.yaml a été modifié sur le disque par un autre programme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reloaded the kit from disk.</source>
        <translation>Dossier rechargé depuis le disque.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kit.yaml on disk cannot be read: {reason}</source>
        <translation>kit.yaml ne peut pas être lu sur le disque&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unsaved changes found</source>
        <translation>Modifications non enregistrées trouvées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes to this kit were not saved when the editor last closed (written {when}). Restore them?</source>
        <translation>Des modifications de ce dossier n’avaient pas été enregistrées à la dernière fermeture de l’éditeur (écrites le {when}). Les rétablir&#x202f;?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore the unsaved changes</source>
        <translation>Rétablir les modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes restored.</source>
        <translation>Modifications non enregistrées rétablies.</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <location filename="../src/mediakit/gui/editor/header.py" line="+22"/>
        <source>Language of the texts</source>
        <translation>Langue des textes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Texts in</source>
        <translation>Textes en</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../src/mediakit/gui/editor/menus.py" line="+47"/>
        <source>&amp;Kit</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../src/mediakit/gui/editor/window.py" line="+61"/>
        <source>Editing {name}[*] — mediakit</source>
        <translation>Modification de {name}[*] — mediakit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening the kit…</source>
        <translation>Ouverture du dossier…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This kit cannot be edited: {reason}</source>
        <translation>Ce dossier ne peut pas être modifié&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An archive is read-only: edit a copy of its folder.</source>
        <translation>Une archive est en lecture seule&#xa0;: modifiez une copie de son dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kit folder or its kit.yaml may not be written.</source>
        <translation>Le dossier ou son kit.yaml ne peut pas être écrit.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Opened in {seconds:.2f} s.</source>
        <translation>Ouvert en {seconds:.2f} s.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Not changed: {reason}</source>
        <translation>Rien de modifié&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../src/mediakit/gui/editor/copying.py" line="+33"/>
        <source>Copy the kit into</source>
        <translation>Copier le dossier dans</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copied to {folder}.</source>
        <translation>Copié dans {folder}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not copied: {reason}</source>
        <translation>Non copié&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../src/mediakit/gui/pages/stills_export.py" line="+58"/>
        <source>Export of the stills</source>
        <translation>Export des photos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting {done} of {total}…</source>
        <translation>Export {done} sur {total}…</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../src/mediakit/gui/editor/fields.py" line="+65"/>
        <source>Preview of {field}</source>
        <translation>Aperçu&#xa0;: {field}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Not editable here — {reason}</source>
        <translation>Non modifiable ici — {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in the file {file}.</source>
        <translation>Conservé dans le fichier {file}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+5"/>
        <location line="+31"/>
        <source>Change “{field}”</source>
        <translation>Modifier «&#xa0;{field}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>FileExport</name>
    <message>
        <location filename="../src/mediakit/gui/export_file.py" line="+67"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FilmPage</name>
    <message>
        <location filename="../src/mediakit/gui/film/controlbar.py" line="+46"/>
        <location line="+1"/>
        <location line="+111"/>
        <location line="+5"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position in the film</source>
        <translation>Position dans le film</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position ({back} / {forward}: 10 seconds)</source>
        <translation>Position ({back} / {forward}&#xa0;: 10 secondes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Running time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+105"/>
        <source>Sound off</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume ({up} / {down})</source>
        <translation>Volume ({up} / {down})</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <location filename="../src/mediakit/publish/web/words.py" line="-10"/>
        <source>Subtitles</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <location line="+92"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>{elapsed} of {total}</source>
        <translation>{elapsed} sur {total}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sound on</source>
        <translation>Rétablir le son</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Subtitles off</source>
        <translation>Sans sous-titres</translation>
    </message>
    <message>
        <location filename="../src/mediakit/gui/film/fullscreen.py" line="+24"/>
        <location filename="../src/mediakit/gui/pages/film.py" line="+59"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location filename="../src/mediakit/gui/film/playbutton.py" line="+41"/>
        <source>Play film</source>
        <translation>Lire le film</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Running time %1</source>
        <translation>Durée %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Play the film</source>
        <translation>Lire le film</translation>
    </message>
    <message>
        <location filename="../src/mediakit/gui/pages/film.py" line="+2"/>
        <source>{play}: play or pause; {back} / {forward}: 10 seconds back or forward; {mute}: sound off or on</source>
        <translation>{play}&#xa0;: lecture ou pause&#x202f;; {back} / {forward}&#xa0;: 10 secondes en arrière ou en avant&#x202f;; {mute}&#xa0;: couper ou rétablir le son</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This kit has no film.</source>
        <translation>Ce dossier de presse ne contient pas de film.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 changed since the kit was packed: it may not play as made.</source>
        <translation>%1 a changé depuis l’empaquetage du dossier&#xa0;: sa lecture peut différer de l’original.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The film cannot play here.</source>
        <translation>Le film ne peut pas être lu ici.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The poster cannot be shown: %1</source>
        <translation>L’affiche ne peut pas être affichée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FilmStage</name>
    <message>
        <location filename="../src/mediakit/gui/present/film.py" line="+134"/>
        <source>The film cannot play here: {reason}</source>
        <translation>Le film ne peut pas être lu ici&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The film cannot play, the poster is shown instead. {why}</source>
        <translation>Le film ne peut pas être lu&#xa0;: l’affiche est montrée à la place. {why}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../src/mediakit/gui/findbar.py" line="+38"/>
        <location line="+1"/>
        <source>Find in the kit</source>
        <translation>Rechercher dans le dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words to find in every section, in the reading language</source>
        <translation>Mots à trouver dans toutes les sections, dans la langue de lecture</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of more than %2</source>
        <translation>%1 sur plus de %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>IntegrityBadge</name>
    <message>
        <location filename="../src/mediakit/gui/integrity.py" line="-38"/>
        <source>Folder — not packed</source>
        <translation>Dossier — non empaqueté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened from a folder: there is no packed archive whose checksums could be checked.</source>
        <translation>Ouvert depuis un dossier&#xa0;: aucune archive empaquetée dont on puisse vérifier les sommes de contrôle.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every file matches the checksums packed with it.
Archive SHA-256: {sha256}
Click to copy the hash.</source>
        <translation>Chaque fichier correspond aux sommes de contrôle empaquetées avec lui.
SHA-256 de l’archive&#xa0;: {sha256}
Cliquez pour copier l’empreinte.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>These files do not match the checksums packed with them:
{lines}
Archive SHA-256: {sha256}</source>
        <translation>Ces fichiers ne correspondent pas aux sommes de contrôle empaquetées avec eux&#xa0;:
{lines}
SHA-256 de l’archive&#xa0;: {sha256}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copy archive SHA-256</source>
        <translation>Copier le SHA-256 de l’archive</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguageMenu</name>
    <message>
        <location filename="../src/mediakit/gui/language.py" line="+71"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic (system)</source>
        <translation>Automatique (système)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Takes effect when mediakit starts again</source>
        <translation>Prend effet au prochain démarrage de mediakit</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <location filename="../src/mediakit/gui/keymap/keyfile.py" line="+31"/>
        <source>cannot be read: {why}</source>
        <translation>illisible&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>larger than 64 KiB: not read</source>
        <translation>plus de 64&#xa0;Kio&#xa0;: non lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not UTF-8 text: not read</source>
        <translation>pas du texte UTF-8&#xa0;: non lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown mode {line}: the modes are {modes}</source>
        <translation>mode inconnu {line}&#xa0;: les modes sont {modes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected “action = keys”, found “{line}”</source>
        <translation>attendu «&#xa0;action = touches&#xa0;», trouvé «&#xa0;{line}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” comes before any [mode] line, such as [film]</source>
        <translation>«&#xa0;{name}&#xa0;» précède toute ligne [mode], comme [film]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[{mode}] has no action “{name}”{hint}</source>
        <translation>[{mode}] n’a pas d’action «&#xa0;{name}&#xa0;»{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (did you mean {name}?)</source>
        <translation> (vouliez-vous dire {name}&#x202f;?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{action} is already set on line {line}</source>
        <translation>{action} est déjà défini à la ligne {line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{key}” is not a key Qt can read; {action} keeps {keys}</source>
        <translation>«&#xa0;{key}&#xa0;» n’est pas une touche que Qt sait lire&#x202f;; {action} garde {keys}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} is already the key of {other}{where}; {action} keeps {keys}</source>
        <translation>{key} est déjà la touche de {other}{where}&#x202f;; {action} garde {keys}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (line {line})</source>
        <translation> (ligne {line})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no key</source>
        <translation>aucune touche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some lines of {path} were left out: those actions keep their default keys</source>
        <translation>Certaines lignes de {path} ont été ignorées&#xa0;: ces actions gardent leurs touches par défaut</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../src/mediakit/gui/help.py" line="+62"/>
        <source>Keys — mediakit</source>
        <translation>Raccourcis clavier — mediakit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>KitExports</name>
    <message>
        <location filename="../src/mediakit/gui/exports.py" line="+41"/>
        <source>Open a kit to export it as a web press page.</source>
        <translation>Ouvrez un kit pour l’exporter en page de presse web.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open a kit to export its press sheet.</source>
        <translation>Ouvrez un kit pour exporter sa fiche de presse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a kit to print its press sheet.</source>
        <translation>Ouvrez un kit pour imprimer sa fiche de presse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a kit to export its slides.</source>
        <translation>Ouvrez un kit pour exporter ses diapositives.</translation>
    </message>
</context>
<context>
    <name>KitHeader</name>
    <message>
        <location filename="../src/mediakit/gui/header.py" line="+138"/>
        <location filename="../src/mediakit/publish/web/words.py" line="-1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-7"/>
        <location filename="../src/mediakit/publish/web/words.py" line="-1"/>
        <source>Made with generative AI — how</source>
        <translation>Fait avec l’IA générative — comment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How generative AI was used in this work</source>
        <translation>Comment l’IA générative a servi à cette œuvre</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Language of the kit&apos;s texts</source>
        <translation>Langue des textes du dossier</translation>
    </message>
</context>
<context>
    <name>KitTextView</name>
    <message>
        <location filename="../src/mediakit/gui/kittext.py" line="+25"/>
        <source>This text is shown without formatting: it is too large or too unusual to lay out quickly.</source>
        <translation>Ce texte est affiché sans mise en forme&#xa0;: il est trop long ou trop inhabituel pour être mis en page rapidement.</translation>
    </message>
</context>
<context>
    <name>LibraryBar</name>
    <message>
        <location filename="../src/mediakit/gui/library_bar.py" line="+77"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Search titles, names, texts…</source>
        <translation>Chercher titres, noms, textes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library</source>
        <translation>Chercher dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results as you type; Enter opens the kit where the words were found</source>
        <translation>Résultats pendant la saisie&#x202f;; Entrée ouvre le dossier là où les mots ont été trouvés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recently opened</source>
        <translation>Ouverts récemment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Recently added</source>
        <translation>Ajoutés récemment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI use</source>
        <translation>Usage de l’IA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI use: any</source>
        <translation>IA&#xa0;: indifférent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with AI</source>
        <translation>Fait avec l’IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without AI</source>
        <translation>Sans IA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed archives or folders</source>
        <translation>Archives signées ou dossiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any kit</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed archives</source>
        <translation>Archives signées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unsigned</source>
        <translation>Non signées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n kit(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Indexing %Ln kit(s)… {done} done</source>
        <translation>
            <numerusform>Indexation de %Ln kit… {done} fait</numerusform>
            <numerusform>Indexation de %Ln kits… {done} faits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All kinds</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../src/mediakit/gui/library_model.py" line="+152"/>
        <source>Missing — was at {path}</source>
        <translation>Introuvable — était dans {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not open: {problem}</source>
        <translation>Ne s’ouvre pas&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <location filename="../src/mediakit/gui/library_service.py" line="+132"/>
        <source>The library cannot be used this session: {error}</source>
        <translation>La bibliothèque est inutilisable pour cette session&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The library failed: {error}</source>
        <translation>La bibliothèque a échoué&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>Lightbox</name>
    <message>
        <location filename="../src/mediakit/gui/pages/lightbox.py" line="+186"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>{previous} {next}  move     {zoom}  zoom     {close}  close</source>
        <translation>{previous} {next}  naviguer     {zoom}  zoom     {close}  fermer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This still cannot be shown.
{reason}</source>
        <translation>Cette photo ne peut pas être affichée.
{reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{credentials} ({key}: how it was made)</source>
        <translation>{credentials} ({key}&#xa0;: comment elle a été faite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only part of this file could be read.</source>
        <translation>Ce fichier n’a pu être lu qu’en partie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>100 % — drag to pan, Z to fit</source>
        <translation>100&#x202f;% — faites glisser pour vous déplacer, Z pour ajuster</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <location filename="../src/mediakit/gui/pages/links.py" line="+19"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open in your browser</source>
        <translation>Ouvrir dans votre navigateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only http, https and mailto links open</source>
        <translation>Seuls les liens http, https et mailto s’ouvrent</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../src/mediakit/gui/editor/lists.py" line="+107"/>
        <source>Items of the list</source>
        <translation>Éléments de la liste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected item</source>
        <translation>Retirer l’élément choisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing here yet: Add makes the first item.</source>
        <translation>Rien pour l’instant&#xa0;: Ajouter crée le premier élément.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Add an item to {list}</source>
        <translation>Ajouter un élément à «&#xa0;{list}&#xa0;»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove an item from {list}</source>
        <translation>Retirer un élément de «&#xa0;{list}&#xa0;»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Move an item in {list}</source>
        <translation>Déplacer un élément de «&#xa0;{list}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/mediakit/gui/contrast.py" line="+42"/>
        <source>&amp;High contrast</source>
        <translation>Contraste &amp;élevé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>White text on black, with strong edges and focus</source>
        <translation>Texte blanc sur noir, bords et focus marqués</translation>
    </message>
    <message>
        <location filename="../src/mediakit/gui/language.py" line="+31"/>
        <source>The interface language changes when mediakit starts again.</source>
        <translation>La langue de l’interface changera au prochain démarrage de mediakit.</translation>
    </message>
    <message>
        <location filename="../src/mediakit/gui/menus.py" line="+44"/>
        <source>&amp;Kit</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un dossier &amp;récent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../src/mediakit/gui/textzoom.py" line="+48"/>
        <source>Text size {percent} %</source>
        <translation>Taille du texte {percent}&#x202f;%</translation>
    </message>
</context>
<context>
    <name>OpenProgress</name>
    <message>
        <location filename="../src/mediakit/gui/progress.py" line="+31"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel opening the kit</source>
        <translation>Annuler l’ouverture du dossier de presse</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opening {name}: {done} of {total}</source>
        <translation>Ouverture de {name}&#xa0;: {done} sur {total}</translation>
    </message>
</context>
<context>
    <name>PathPicker</name>
    <message>
        <location filename="../src/mediakit/gui/editor/pickers.py" line="+38"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file: {field}</source>
        <translation>Choisir le fichier&#xa0;: {field}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose “{field}”</source>
        <translation>Choisir «&#xa0;{field}&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not copied: {reason}</source>
        <translation>Non copié&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This path leaves the kit.</source>
        <translation>Ce chemin sort du dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VLC is trying the file…</source>
        <translation>VLC essaie le fichier…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>VLC cannot play it: {reason}</source>
        <translation>VLC ne peut pas le lire&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>picture</source>
        <translation>image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sound</source>
        <translation>son</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VLC plays it: {facts}</source>
        <translation>VLC le lit&#xa0;: {facts}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../src/mediakit/gui/pages/people.py" line="+92"/>
        <source>People</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+84"/>
        <location filename="../src/mediakit/publish/web/words.py" line="+7"/>
        <source>Filmography</source>
        <translation>Filmographie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Biography of %1</source>
        <translation>Biographie de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/mediakit/publish/web/words.py" line="+1"/>
        <source>Photo of %1</source>
        <translation>Photo de %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The photo cannot be shown: %1</source>
        <translation>La photo ne peut pas être affichée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../src/mediakit/media/playback.py" line="+20"/>
        <source>Install VLC from https://www.videolan.org/vlc/ (the 64-bit build, to match Python), then restart mediakit.</source>
        <translation>Installez VLC depuis https://www.videolan.org/vlc/ (la version 64 bits, comme Python), puis relancez mediakit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install VLC, then restart mediakit: sudo apt install vlc (or just the library: sudo apt install libvlc5 vlc-plugin-base vlc-plugin-video-output)</source>
        <translation>Installez VLC, puis relancez mediakit&#xa0;: sudo apt install vlc (ou seulement la bibliothèque&#xa0;: sudo apt install libvlc5 vlc-plugin-base vlc-plugin-video-output)</translation>
    </message>
    <message>
        <location filename="../src/mediakit/media/player.py" line="+178"/>
        <source>{path}: the film file is missing.</source>
        <translation>{path}&#xa0;: le fichier du film est introuvable.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{path}: VLC could not play this file.</source>
        <translation>{path}&#xa0;: VLC n’a pas pu lire ce fichier.</translation>
    </message>
    <message>
        <location filename="../src/mediakit/media/vlcinstance.py" line="+130"/>
        <source>VLC could not start (its plugins may be missing).</source>
        <translation>VLC n’a pas pu démarrer (ses modules sont peut-être absents).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The python-vlc package is not installed.</source>
        <translation>Le paquet python-vlc n’est pas installé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VLC&apos;s library (libvlc) is not installed.</source>
        <translation>La bibliothèque de VLC (libvlc) n’est pas installée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VLC&apos;s library (libvlc) could not be loaded: {error}</source>
        <translation>La bibliothèque de VLC (libvlc) n’a pas pu être chargée&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>PresentController</name>
    <message>
        <location filename="../src/mediakit/gui/present/controller.py" line="+261"/>
        <source>The photo of {name} cannot be shown: {why}</source>
        <translation>La photo de {name} ne peut pas être affichée&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still {number} cannot be shown (the room sees the poster): {why}</source>
        <translation>La photo {number} ne peut pas être affichée (la salle voit l’affiche)&#xa0;: {why}</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../src/mediakit/gui/present/presenter.py" line="+118"/>
        <source>Presenter — mediakit</source>
        <translation>Présentateur — mediakit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No notes for this slide.</source>
        <translation>Pas de notes pour cette diapositive.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>NOW</source>
        <translation>EN COURS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEXT</source>
        <translation>ENSUITE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTES</source>
        <translation>NOTES</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SLIDE</source>
        <translation>DIAPO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ELAPSED</source>
        <translation>ÉCOULÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLOCK</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILM LEFT</source>
        <translation>FILM RESTANT</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>SUBTITLES</source>
        <translation>SOUS-TITRES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SOUND</source>
        <translation>SON</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Go to {digits}…</source>
        <translation>Aller à {digits}…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Keys while presenting</source>
        <translation>Touches pendant la présentation</translation>
    </message>
</context>
<context>
    <name>PressSheet</name>
    <message>
        <location filename="../src/mediakit/publish/sheet/words.py" line="+11"/>
        <source>Synopsis</source>
        <translation>Synopsis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits</source>
        <translation>Générique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI use</source>
        <translation>Usage de l’IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specifications</source>
        <translation>Caractéristiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More in the kit.</source>
        <translation>La suite dans le kit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and one more credit in the kit</source>
        <translation>et un autre crédit dans le kit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {count} more credits in the kit</source>
        <translation>et {count} autres crédits dans le kit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content hash (SHA-256): {hash}</source>
        <translation>Empreinte du contenu (SHA-256)&#xa0;: {hash}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content hash (SHA-256) of the kit folder as it packs: {hash}</source>
        <translation>Empreinte du contenu (SHA-256) du dossier du kit, tel qu’il s’archive&#xa0;: {hash}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} · made with mediakit</source>
        <translation>{date} · fait avec mediakit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{page}/{count}</source>
        <translation>{page}/{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} — press sheet</source>
        <translation>{title} — fiche de presse</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <location filename="../src/mediakit/gui/banner.py" line="+33"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Masquer le message</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>… and %n more (run `mediakit validate` for the full list)</source>
        <translation>
            <numerusform>… et %n autre (lancez `mediakit validate` pour la liste complète)</numerusform>
            <numerusform>… et %n autres (lancez `mediakit validate` pour la liste complète)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <location filename="../src/mediakit/gui/editor/problems.py" line="+33"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No problems: the kit is valid.</source>
        <translation>Aucun problème&#xa0;: le dossier est valide.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../src/mediakit/gui/credentials.py" line="+38"/>
        <source>Poster</source>
        <translation>Affiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trailer</source>
        <translation>Bande-annonce</translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message>
        <location filename="../src/mediakit/gui/provenance_panel.py" line="+37"/>
        <source>How this was made — Content Credentials</source>
        <translation>Comment c’est fait — identifiants de contenu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content Credentials</source>
        <translation>Identifiants de contenu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Content Credentials (C2PA) are signed statements a file carries about how it was made. mediakit checks them offline: a valid signature proves the statement was not changed, not that its signer is who they say.</source>
        <translation>Les identifiants de contenu (Content Credentials, C2PA) sont des déclarations signées qu’un fichier porte sur la façon dont il a été fait. mediakit les vérifie hors ligne&#xa0;: une signature valide prouve que la déclaration n’a pas été modifiée, pas que son signataire est bien celui qu’il dit.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Content Credentials cannot be read on this computer: {problem}</source>
        <translation>Les identifiants de contenu ne peuvent pas être lus sur cet ordinateur&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>PublicationExporter</name>
    <message>
        <location filename="../src/mediakit/gui/pages/stills_export.py" line="+40"/>
        <source>An export is already under way.</source>
        <translation>Un export est déjà en cours.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Exported %n still(s) for publication to {folder}</source>
        <translation>
            <numerusform>%n photo exportée pour publication dans {folder}</numerusform>
            <numerusform>%n photos exportées pour publication dans {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Could not export %n still(s): {reasons}</source>
        <translation>
            <numerusform>Impossible d’exporter %n photo&#xa0;: {reasons}</numerusform>
            <numerusform>Impossible d’exporter %n photos&#xa0;: {reasons}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot export to {folder}: {reason}</source>
        <translation>Impossible d’exporter dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot copy {name}: {error}</source>
        <translation>Impossible de copier {name}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied {name} with its credit</source>
        <translation>{name} copiée avec son crédit</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <location filename="../src/mediakit/quotewords.py" line="+22"/>
        <source>translated from Arabic</source>
        <translation>traduit de l’arabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translated from German</source>
        <translation>traduit de l’allemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translated from English</source>
        <translation>traduit de l’anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translated from Spanish</source>
        <translation>traduit de l’espagnol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translated from French</source>
        <translation>traduit du français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translated from Italian</source>
        <translation>traduit de l’italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translated from Japanese</source>
        <translation>traduit du japonais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translated from Korean</source>
        <translation>traduit du coréen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translated from Dutch</source>
        <translation>traduit du néerlandais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translated from Polish</source>
        <translation>traduit du polonais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translated from Portuguese</source>
        <translation>traduit du portugais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translated from Russian</source>
        <translation>traduit du russe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translated from Chinese</source>
        <translation>traduit du chinois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>translated from the original ({language})</source>
        <translation>traduit de l’original ({language})</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <location filename="../src/mediakit/gui/pages/quotes.py" line="+77"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../src/mediakit/publish/web/words.py" line="-5"/>
        <source>Copy with attribution</source>
        <translation>Copier avec la source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the quote with who said it, where and when</source>
        <translation>Copier la citation avec son auteur, le lieu et la date</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/mediakit/publish/web/words.py" line="+1"/>
        <source>Copy quote %1 with attribution</source>
        <translation>Copier la citation %1 avec sa source</translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message>
        <location filename="../src/mediakit/gui/editor/saving.py" line="+35"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Saved — a draft: %n problem(s) left</source>
        <translation>
            <numerusform>Enregistré — un brouillon&#xa0;: %n problème restant</numerusform>
            <numerusform>Enregistré — un brouillon&#xa0;: %n problèmes restants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this kit before closing?</source>
        <translation>Enregistrer les modifications de ce dossier avant de fermer&#x202f;?</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../src/mediakit/gui/sections.py" line="+20"/>
        <location filename="../src/mediakit/publish/web/words.py" line="-18"/>
        <source>How generative AI was used to make this work, as its authors describe it.</source>
        <translation>Comment l’IA générative a servi à faire cette œuvre, tel que ses auteurs le décrivent.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../src/mediakit/publish/web/words.py" line="-7"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <location filename="../src/mediakit/publish/web/words.py" line="+1"/>
        <source>Synopsis</source>
        <translation>Synopsis</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location filename="../src/mediakit/publish/web/words.py" line="+1"/>
        <source>Statement</source>
        <translation>Note d’intention</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/mediakit/publish/web/words.py" line="+1"/>
        <source>AI use</source>
        <translation>Usage de l’IA</translation>
    </message>
    <message>
        <location line="-55"/>
        <location filename="../src/mediakit/publish/web/words.py" line="+1"/>
        <source>How AI was used</source>
        <translation>Comment l’IA a été utilisée</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../src/mediakit/publish/web/words.py" line="+7"/>
        <source>Credits</source>
        <translation>Générique</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/mediakit/publish/web/words.py" line="+1"/>
        <source>People</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/mediakit/publish/web/words.py" line="+1"/>
        <source>Awards</source>
        <translation>Prix et sélections</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/mediakit/publish/web/words.py" line="+1"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/mediakit/publish/web/words.py" line="+1"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/mediakit/publish/web/words.py" line="+1"/>
        <source>Stills</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/mediakit/publish/web/words.py" line="+1"/>
        <source>Technical details</source>
        <translation>Fiche technique</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/mediakit/publish/web/words.py" line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/mediakit/publish/web/words.py" line="+1"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
</context>
<context>
    <name>SectionsView</name>
    <message>
        <location filename="../src/mediakit/gui/sections_view.py" line="+54"/>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
</context>
<context>
    <name>SheetExport</name>
    <message>
        <location filename="../src/mediakit/gui/export_sheet.py" line="+98"/>
        <source>A press sheet is already being made.</source>
        <translation>Une fiche de presse est déjà en cours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the press sheet</source>
        <translation>Exporter la fiche de presse</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Press sheet saved: {file}</source>
        <translation>Fiche de presse enregistrée&#xa0;: {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save the press sheet to {file}: {reason}</source>
        <translation>Impossible d’enregistrer la fiche de presse dans {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot print the press sheet: {reason}</source>
        <translation>Impossible d’imprimer la fiche de presse&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Press sheet sent to the printer (%n page(s))</source>
        <translation>
            <numerusform>Fiche de presse envoyée à l’imprimante (%n page)</numerusform>
            <numerusform>Fiche de presse envoyée à l’imprimante (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignatureBadge</name>
    <message>
        <location filename="../src/mediakit/gui/signature.py" line="+52"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Trust this publisher…</source>
        <translation>Faire confiance à cet éditeur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy key fingerprint</source>
        <translation>Copier l’empreinte de la clé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy content SHA-256</source>
        <translation>Copier le SHA-256 du contenu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot trust a publisher: {why}</source>
        <translation>Impossible de faire confiance à un éditeur&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Trusted: {who} ({key})</source>
        <translation>De confiance&#xa0;: {who} ({key})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your trusted publishers could not be read: {why}</source>
        <translation>Vos éditeurs de confiance n’ont pas pu être lus&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not add {who} to your trusted publishers: {why}</source>
        <translation>Impossible d’ajouter {who} à vos éditeurs de confiance&#xa0;: {why}</translation>
    </message>
</context>
<context>
    <name>SlidePreview</name>
    <message>
        <location filename="../src/mediakit/gui/editor/slidepreview.py" line="+28"/>
        <source>Preview of the selected slide</source>
        <translation>Aperçu de la diapositive choisie</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No preview while the kit has errors.</source>
        <translation>Pas d’aperçu tant que le dossier a des erreurs.</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <location filename="../src/mediakit/gui/present/slides.py" line="+50"/>
        <source>Synopsis</source>
        <translation>Synopsis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Director’s statement</source>
        <translation>Note d’intention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use of AI</source>
        <translation>Usage de l’IA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trailer</source>
        <translation>Bande-annonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awards</source>
        <translation>Prix et sélections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filmography</source>
        <translation>Filmographie</translation>
    </message>
</context>
<context>
    <name>SlidesExport</name>
    <message>
        <location filename="../src/mediakit/gui/export_slides.py" line="+41"/>
        <source>The slides are already being made.</source>
        <translation>Les diapositives sont déjà en cours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the slides</source>
        <translation>Exporter les diapositives</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Slides saved: {file} (%n page(s))</source>
        <translation>
            <numerusform>Diapositives enregistrées&#xa0;: {file} (%n page)</numerusform>
            <numerusform>Diapositives enregistrées&#xa0;: {file} (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save the slides to {file}: {reason}</source>
        <translation>Impossible d’enregistrer les diapositives dans {file}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>SlidesPdf</name>
    <message>
        <location filename="../src/mediakit/gui/present/deck_notes.py" line="+31"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes ({part} of {parts})</source>
        <translation>Notes ({part} sur {parts})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notes for this slide.</source>
        <translation>Pas de notes pour cette diapositive.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide {number} of {count}</source>
        <translation>Diapositive {number} sur {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide {number} of {count}, page {page} of {pages}</source>
        <translation>Diapositive {number} sur {count}, page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>SpecsPage</name>
    <message>
        <location filename="../src/mediakit/gui/pages/specs.py" line="+18"/>
        <source>Technical details</source>
        <translation>Fiche technique</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../src/mediakit/gui/start.py" line="+123"/>
        <source>Open a press kit — a .mediakit file, or a folder with a kit.yaml — to read its texts, credits and quotes, look at the stills and watch the film. Everything stays offline.</source>
        <translation>Ouvrez un dossier de presse — un fichier .mediakit, ou un dossier contenant un kit.yaml — pour lire ses textes, son générique et ses citations, regarder les photos et voir le film. Tout reste hors ligne.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Open a kit…</source>
        <translation>Ouvrir un dossier de presse…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Add a folder of kits…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every kit in the folder joins the library; the folder is watched for more</source>
        <translation>Chaque dossier de presse du dossier rejoint la bibliothèque&#x202f;; le dossier est surveillé pour les suivants</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Every kit you open joins your library, here; add a folder to bring in all the kits it holds.</source>
        <translation>Chaque dossier de presse que vous ouvrez rejoint votre bibliothèque, ici&#x202f;; ajoutez un dossier pour y faire entrer tous ceux qu’il contient.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>or drop a kit — file or folder — on this window</source>
        <translation>ou déposez un dossier de presse — fichier ou dossier — sur cette fenêtre</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kits in the library</source>
        <translation>Dossiers de presse de la bibliothèque</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found for “{query}”</source>
        <translation>Rien trouvé pour «&#xa0;{query}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>StillsExtras</name>
    <message>
        <location filename="../src/mediakit/gui/editor/stills.py" line="+39"/>
        <source>The selected still</source>
        <translation>La photo choisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add stills…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add stills from files</source>
        <translation>Ajouter des photos depuis des fichiers</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add stills</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff)</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Add %n still(s)</source>
        <translation>
            <numerusform>Ajouter %n photo</numerusform>
            <numerusform>Ajouter %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This file cannot be shown.</source>
        <translation>Ce fichier ne peut pas être affiché.</translation>
    </message>
</context>
<context>
    <name>StillsPage</name>
    <message>
        <location filename="../src/mediakit/gui/pages/stills.py" line="+133"/>
        <location line="+55"/>
        <source>Stills</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Export selected…</source>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the selected stills for publication: the originals with their caption and credit in the files, and a list of credits</source>
        <translation>Exporter les photos choisies pour publication&#xa0;: les originaux avec leur légende et leur crédit dans les fichiers, et une liste des crédits</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export all stills…</source>
        <translation>Exporter toutes les photos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export every still of the kit for publication, credited in the files</source>
        <translation>Exporter toutes les photos du dossier pour publication, créditées dans les fichiers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export stills for publication</source>
        <translation>Exporter les photos pour publication</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy still with credit</source>
        <translation>Copier la photo avec son crédit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the picture and its caption line to the clipboard</source>
        <translation>Copier l’image et sa ligne de légende dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How these were made…</source>
        <translation>Comment elles sont faites…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Content Credentials of the stills</source>
        <translation>Les identifiants de contenu des photos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This kit has no stills.</source>
        <translation>Ce dossier de presse ne contient pas de photos.</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n still(s)  ·  Enter or click to enlarge</source>
        <translation>
            <numerusform>%n photo  ·  Entrée ou clic pour agrandir</numerusform>
            <numerusform>%n photos  ·  Entrée ou clic pour agrandir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+161"/>
        <source>Export %n still(s) for publication to folder</source>
        <translation>
            <numerusform>Exporter %n photo pour publication dans un dossier</numerusform>
            <numerusform>Exporter %n photos pour publication dans un dossier</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>⚠ Changed since packing — {caption}</source>
        <translation>⚠ Modifiée depuis l’empaquetage — {caption}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only part of this file could be read.</source>
        <translation>Ce fichier n’a pu être lu qu’en partie.</translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <location filename="../src/mediakit/gui/pages/stills_grid.py" line="+309"/>
        <source>This still cannot be shown</source>
        <translation>Cette photo ne peut pas être affichée</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../src/mediakit/gui/trustdialog.py" line="+23"/>
        <source>Trust this publisher — mediakit</source>
        <translation>Faire confiance à cet éditeur — mediakit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trust this publisher?</source>
        <translation>Faire confiance à cet éditeur&#x202f;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kit was signed with a key that is not among your trusted publishers. Trust it only if the publisher gave you the same fingerprint by another channel — on their website, by phone, in a message you trust — and every character matches. The kit itself cannot tell you who signed it.</source>
        <translation>Ce dossier a été signé avec une clé qui n’est pas parmi vos éditeurs de confiance. Faites-lui confiance seulement si l’éditeur vous a donné la même empreinte par un autre canal — sur son site, par téléphone, dans un message sûr — et que chaque caractère correspond. Le dossier lui-même ne peut pas vous dire qui l’a signé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key fingerprint</source>
        <translation>Empreinte de la clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the fingerprint</source>
        <translation>Copier l’empreinte</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Publisher&apos;s name</source>
        <translation>Nom de l’éditeur</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>press@agency.example</source>
        <translation>presse@agence.example</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kits this key signs will then read &quot;Signed by NAME — trusted&quot;. It is added to {file}, which ssh-keygen -Y verify reads too; mediakit trust remove NAME undoes it.</source>
        <translation>Les dossiers signés par cette clé indiqueront alors «&#xa0;Signée par NOM — de confiance&#xa0;». Elle est ajoutée à {file}, que ssh-keygen -Y verify lit aussi&#x202f;; mediakit trust remove NOM l’annule.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trust this publisher</source>
        <translation>Faire confiance à cet éditeur</translation>
    </message>
</context>
<context>
    <name>VideoSurface</name>
    <message>
        <location filename="../src/mediakit/gui/video.py" line="+45"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
</context>
<context>
    <name>WebExport</name>
    <message>
        <location filename="../src/mediakit/gui/export_web.py" line="+91"/>
        <source>An export is already under way.</source>
        <translation>Un export est déjà en cours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the web press page to a folder</source>
        <translation>Exporter la page de presse web dans un dossier</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Making the web press page: {done} of {total}…</source>
        <translation>Page de presse web&#xa0;: {done} sur {total}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Web press page written to {folder}</source>
        <translation>Page de presse web écrite dans {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The web press page was written without: {files}</source>
        <translation>La page de presse web a été écrite sans&#xa0;: {files}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it holds files that are not a web page made by mediakit</source>
        <translation>il contient des fichiers qui ne sont pas une page web faite par mediakit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write the web press page to {folder}: {reason}</source>
        <translation>Impossible d’écrire la page de presse web dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Web press page cancelled: nothing was written.</source>
        <translation>Page de presse web annulée&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Web press page</source>
        <translation>Page de presse web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The web press page is written. Open it in your browser?</source>
        <translation>La page de presse web est écrite. L’ouvrir dans votre navigateur&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the page</source>
        <translation>Ouvrir la page</translation>
    </message>
</context>
<context>
    <name>WebPage</name>
    <message>
        <location filename="../src/mediakit/publish/web/words.py" line="+17"/>
        <source>Skip to the content</source>
        <translation>Aller au contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your browser cannot play this video here: download the film.</source>
        <translation>Votre navigateur ne peut pas lire cette vidéo ici&#xa0;: téléchargez le film.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{language} (WebVTT)</source>
        <translation>{language} (WebVTT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The film ({size})</source>
        <translation>Le film ({size})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole press kit, {name} ({size})</source>
        <translation>Le kit de presse complet, {name} ({size})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open it with mediakit; its SHA-256 checksum, to check it arrived whole:</source>
        <translation>À ouvrir avec mediakit&#x202f;; son empreinte SHA-256, pour vérifier qu’il est arrivé entier&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still {number} in full size</source>
        <translation>Photo {number} en taille réelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press page made with mediakit.</source>
        <translation>Page de presse faite avec mediakit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>décembre</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../src/mediakit/cli/argparse_words.py" line="+39"/>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>positional arguments</source>
        <translation>arguments positionnels&#xa0;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>options&#xa0;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>afficher ce message d’aide et quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (au choix&#xa0;: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>commande inconnue&#xa0;: %(parser_name)r (au choix&#xa0;: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite %r ignoré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>un argument est attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>au plus un argument est attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>au moins un argument est attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s argument</source>
        <translation>%s argument est attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s arguments</source>
        <translation>%s arguments sont attendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>interdit avec l’argument %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../src/mediakit/cli/kits.py" line="+33"/>
        <source>{path}: no such file or folder</source>
        <translation>{path}&#xa0;: fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: cannot reach it: {reason}</source>
        <translation>{path}&#xa0;: inaccessible&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{problem}; validate, info, pack, verify and snapshot need no display</source>
        <translation>{problem}&#x202f;; validate, info, pack, verify et snapshot n’ont pas besoin d’écran</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/export_html.py" line="+92"/>
        <location filename="../src/mediakit/cli/kits.py" line="+43"/>
        <source>--lang {code}: this kit has {codes}</source>
        <translation>--lang {code}&#xa0;: ce dossier de presse est en {codes}</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/main.py" line="+33"/>
        <source>Open, check and describe media kits (press kits).</source>
        <translation>Ouvrir, vérifier et décrire des dossiers de presse (media kits).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a command, opens the window (on PATH, if given).</source>
        <translation>Sans commande, ouvre la fenêtre (sur PATH, s’il est donné).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show mediakit&apos;s version and exit</source>
        <translation>afficher la version de mediakit et quitter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;{word}&apos; is not a command or a kit path; did you mean &apos;{close}&apos;?</source>
        <translation>«&#xa0;{word}&#xa0;» n’est ni une commande ni le chemin d’un dossier de presse&#x202f;; vouliez-vous dire «&#xa0;{close}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{word}&apos; is not a command or a kit path</source>
        <translation>«&#xa0;{word}&#xa0;» n’est ni une commande ni le chemin d’un dossier de presse</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/output.py" line="+31"/>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/pack.py" line="+30"/>
        <source>{folder}: pack takes a kit folder, not an archive</source>
        <translation>{folder}&#xa0;: pack prend un dossier, pas une archive</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{output}: the archive&apos;s name must end in {suffix}</source>
        <translation>{output}&#xa0;: le nom de l’archive doit finir par {suffix}</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/export_pdf.py" line="+44"/>
        <location line="+20"/>
        <location filename="../src/mediakit/cli/pack.py" line="+19"/>
        <source>{output}: exists: use --force to replace it</source>
        <translation>{output}&#xa0;: existe déjà&#xa0;: --force pour le remplacer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--size and --notes go with --slides</source>
        <translation>--size et --notes vont avec --slides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--paper is for the press sheet, not --slides</source>
        <translation>--paper est pour la fiche de presse, pas pour --slides</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{count} page</source>
        <translation>{count} page</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} pages</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written {file}: {pages}, {paper}, {size}</source>
        <translation>écrit {file}&#xa0;: {pages}, {paper}, {size}</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/pack.py" line="+21"/>
        <source>{file}: left out (kit.yaml does not name it)</source>
        <translation>{file}&#xa0;: laissé de côté (kit.yaml ne le nomme pas)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>, signed with {key}</source>
        <translation>, signée avec {key}</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/png.py" line="+41"/>
        <source>{output}: could not encode the picture as PNG</source>
        <translation>{output}&#xa0;: impossible d’encoder l’image en PNG</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/present.py" line="+36"/>
        <source>--start {slide}: the presentation has {count} slides</source>
        <translation>--start {slide}&#xa0;: la présentation compte {count} diapositives</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/snapshot.py" line="+41"/>
        <source>--presenter-view needs --present SLIDE</source>
        <translation>--presenter-view demande --present DIAPO</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>--section {section}: this kit has the sections {sections}</source>
        <translation>--section {section}&#xa0;: ce dossier de presse a les rubriques {sections}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>--present {slide}: the presentation has {count} slides</source>
        <translation>--present {slide}&#xa0;: la présentation compte {count} diapositives</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>--section {section}: the editor has the sections {sections}</source>
        <translation>--section {section}&#xa0;: l’éditeur a les rubriques {sections}</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/verify.py" line="+25"/>
        <source>{archive}: is a folder; verify checks a .mediakit archive (pack makes one)</source>
        <translation>{archive}&#xa0;: est un dossier&#x202f;; verify contrôle une archive .mediakit (pack en crée une)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{archive}: intact — {count} files, SHA-256 checked</source>
        <translation>{archive}&#xa0;: intacte — {count} fichiers, SHA-256 contrôlé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{archive}: not signed by a trusted publisher</source>
        <translation>{archive}&#xa0;: pas signée par un éditeur de confiance</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/argtypes.py" line="+24"/>
        <source>expected a size like 1280x800, got {text}</source>
        <translation>une taille comme 1280x800 est attendue, reçu {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>width and height must be between 100 and 10000</source>
        <translation>largeur et hauteur doivent être comprises entre 100 et 10000</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a number of seconds, got {text}</source>
        <translation>un nombre de secondes est attendu, reçu {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the timeout must be between 0.5 and 600 seconds</source>
        <translation>le délai doit être compris entre 0,5 et 600 secondes</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>expected a number from 1, got {text}</source>
        <translation>un nombre à partir de 1 est attendu, reçu {text}</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/boundary.py" line="+88"/>
        <source>cannot write the output: {reason}</source>
        <translation>impossible d’écrire la sortie&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>internal error ({error}); MEDIAKIT_DEBUG=1 shows where</source>
        <translation>erreur interne ({error})&#x202f;; MEDIAKIT_DEBUG=1 montre où</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/validate.py" line="+48"/>
        <source>{count} warning</source>
        <translation>{count} avertissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} warnings</source>
        <translation>{count} avertissements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: valid kit &apos;{id}&apos; ({counts})</source>
        <translation>{path}&#xa0;: dossier de presse «&#xa0;{id}&#xa0;» valide ({counts})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: valid kit &apos;{id}&apos;</source>
        <translation>{path}&#xa0;: dossier de presse «&#xa0;{id}&#xa0;» valide</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/info.py" line="+52"/>
        <source>id {id} · languages {codes}</source>
        <translation>id {id} · langues {codes}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>poster {file}</source>
        <translation>affiche {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>subtitles {codes}</source>
        <translation>sous-titres {codes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trailer {file}</source>
        <translation>bande-annonce {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Film: {file}</source>
        <translation>Film&#xa0;: {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits:</source>
        <translation>Générique&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People:</source>
        <translation>Équipe&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Awards:</source>
        <translation>Prix et sélections&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official selection</source>
        <translation>Sélection officielle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} quote</source>
        <translation>{count} citation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} quotes</source>
        <translation>{count} citations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} article</source>
        <translation>{count} article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} articles</source>
        <translation>{count} articles</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/mediakit/cli/provenance.py" line="+181"/>
        <source>{count} still</source>
        <translation>{count} photo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/mediakit/cli/provenance.py" line="+0"/>
        <source>{count} stills</source>
        <translation>{count} photos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} spec</source>
        <translation>{count} ligne technique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} specs</source>
        <translation>{count} lignes techniques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} contact</source>
        <translation>{count} contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} contacts</source>
        <translation>{count} contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} link</source>
        <translation>{count} lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} links</source>
        <translation>{count} liens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} slide</source>
        <translation>{count} diapositive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} slides</source>
        <translation>{count} diapositives</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>synopsis</source>
        <translation>synopsis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statement</source>
        <translation>note d’intention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI disclosure</source>
        <translation>usage de l’IA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Texts: {names}</source>
        <translation>Textes&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/commands.py" line="+50"/>
        <source>a kit folder, its kit.yaml or a .mediakit archive</source>
        <translation>un dossier de presse&#xa0;: son dossier, son kit.yaml ou une archive .mediakit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{language}, one of the kit&apos;s (default: the interface language if the kit has it, else its first); another is an error (exit 2)</source>
        <translation>{language}, parmi celles du dossier de presse (par défaut&#xa0;: la langue de l’interface si le dossier l’a, sinon sa première)&#x202f;; une autre est une erreur (sortie 2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a kit folder, its kit.yaml or a .mediakit archive (default: the start page)</source>
        <translation>un dossier de presse&#xa0;: son dossier, son kit.yaml ou une archive .mediakit (par défaut&#xa0;: la page d’accueil)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>also check that the kit has this language (exit 2 if not)</source>
        <translation>vérifier aussi que le dossier de presse a cette langue (sortie 2 sinon)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>also decode every still in full and play the film and trailer briefly with VLC</source>
        <translation>décoder aussi chaque photo en entier et faire lire brièvement le film et la bande-annonce par VLC</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>with --deep: the most VLC may take over each film (default 20)</source>
        <translation>avec --deep&#xa0;: le temps maximal accordé à VLC pour chaque film (20 par défaut)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>print the loaded kit as JSON</source>
        <translation>afficher le dossier de presse chargé en JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the language of the summary&apos;s texts</source>
        <translation>la langue des textes du résumé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a kit folder, its kit.yaml, a .mediakit archive, or one image or film</source>
        <translation>un dossier de presse, son kit.yaml, une archive .mediakit, ou une image ou un film</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>print the findings as JSON (its keys: see mediakit/cli/provenance.py)</source>
        <translation>afficher les résultats en JSON (ses clés&#xa0;: voir mediakit/cli/provenance.py)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signatures are checked offline, against no trust list. Exit 1 when a file&apos;s Content Credentials are invalid (it changed after signing) or cannot be read; 2 when PATH cannot be reached or the c2pa library cannot load.</source>
        <translation>Les signatures sont vérifiées hors ligne, sans liste de confiance. Code de sortie 1 quand les identifiants de contenu d’un fichier sont invalides (il a changé après la signature) ou illisibles&#x202f;; 2 quand PATH est inaccessible ou que la bibliothèque c2pa ne se charge pas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the audience screen, from 1 (default: auto)</source>
        <translation>l’écran du public, à partir de 1 (par défaut&#xa0;: automatique)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the first slide, from 1</source>
        <translation>la première diapositive, à partir de 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the language of the slides</source>
        <translation>la langue des diapositives</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the PNG to write</source>
        <translation>le PNG à écrire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the window&apos;s size in logical pixels (default 1280x800); the PNG has the device pixels: twice as many each way under QT_SCALE_FACTOR=2</source>
        <translation>la taille de la fenêtre en pixels logiques (1280x800 par défaut)&#x202f;; le PNG a les pixels de l’appareil&#xa0;: deux fois plus dans chaque sens avec QT_SCALE_FACTOR=2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the language of the texts shown</source>
        <translation>la langue des textes affichés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the section to show: {sections}</source>
        <translation>la rubrique à afficher&#xa0;: {sections}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>render presentation slide SLIDE (from 1) as the audience sees it</source>
        <translation>rendre la diapositive SLIDE de la présentation (à partir de 1) telle que le public la voit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with --present: render the presenter view on that slide instead</source>
        <translation>avec --present&#xa0;: rendre plutôt la vue présentateur sur cette diapositive</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>render the editor on the kit instead (--section: one of the editor&apos;s)</source>
        <translation>rendre plutôt l’éditeur sur le dossier (--section&#xa0;: une rubrique de l’éditeur)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a kit folder or its kit.yaml (an archive opens read-only, to copy)</source>
        <translation>un dossier de presse ou son kit.yaml (une archive s’ouvre en lecture seule, pour la copier)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a kit folder or its kit.yaml (archives are read-only)</source>
        <translation>un dossier de presse ou son kit.yaml (les archives sont en lecture seule)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the field, as problems name it: title, logline.en, credits[0].names[0]</source>
        <translation>le champ, tel que les problèmes le nomment&#xa0;: title, logline.en, credits[0].names[0]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the new value: a string, or YAML with --yaml</source>
        <translation>la nouvelle valeur&#xa0;: une chaîne, ou du YAML avec --yaml</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>read VALUE as YAML: a number, a list, a mapping like {fr: …, en: …}</source>
        <translation>lire VALUE comme du YAML&#xa0;: un nombre, une liste, un dictionnaire comme {fr: …, en: …}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove FIELD (then no VALUE)</source>
        <translation>supprimer FIELD (sans VALUE)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>save even if the kit then has errors (printed as warnings)</source>
        <translation>enregistrer même si le dossier de presse a alors des erreurs (affichées comme avertissements)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the kit folder (or its kit.yaml)</source>
        <translation>le dossier qui contient le dossier de presse (ou son kit.yaml)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the archive to write (default: ID.mediakit here)</source>
        <translation>l’archive à écrire (par défaut&#xa0;: ID.mediakit ici)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace OUT.mediakit if it exists already</source>
        <translation>remplacer OUT.mediakit s’il existe déjà</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sign the archive with this OpenSSH key (a public key: the ssh-agent&apos;s)</source>
        <translation>signer l’archive avec cette clé OpenSSH (une clé publique&#xa0;: celle de l’ssh-agent)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the .mediakit archive to check</source>
        <translation>l’archive .mediakit à contrôler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>exit 1 unless a trusted publisher signed it (mediakit trust)</source>
        <translation>sortir avec 1 si un éditeur de confiance ne l’a pas signée (mediakit trust)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the .mediakit archive to sign (replaced, whole or not at all)</source>
        <translation>l’archive .mediakit à signer (remplacée entière ou pas du tout)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an OpenSSH private key (Ed25519 or RSA; a passphrase is asked on the terminal), or a public key that the ssh-agent holds</source>
        <translation>une clé privée OpenSSH (Ed25519 ou RSA&#x202f;; sa phrase de passe est demandée au terminal), ou une clé publique que détient l’ssh-agent</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>add, list, remove or revoke</source>
        <translation>add, list, remove ou revoke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trust a publisher&apos;s public key</source>
        <translation>faire confiance à la clé publique d’un éditeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the publisher&apos;s name, like press@agency.example</source>
        <translation>le nom de l’éditeur, comme press@agency.example</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>their public key file</source>
        <translation>le fichier de sa clé publique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the trusted and revoked keys</source>
        <translation>lister les clés de confiance et les clés révoquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop trusting a publisher</source>
        <translation>ne plus faire confiance à un éditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the publisher&apos;s name</source>
        <translation>le nom de l’éditeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refuse a key from now on, whoever it was trusted as</source>
        <translation>refuser désormais une clé, quel que soit l’éditeur sous lequel elle était de confiance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the public key file</source>
        <translation>le fichier de la clé publique</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>what to export: stills, html, pdf</source>
        <translation>quoi exporter&#xa0;: stills, html, pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every still with its caption, credit, copyright and alt text in the file&apos;s own metadata, plus CREDITS.txt and credits.csv</source>
        <translation>chaque photo avec sa légende, son crédit, son copyright et son texte alternatif dans les métadonnées du fichier, plus CREDITS.txt et credits.csv</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the folder to write into (made if missing; nothing is replaced)</source>
        <translation>le dossier où écrire (créé s’il manque&#x202f;; rien n’est remplacé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the language of the captions and CREDITS.txt</source>
        <translation>la langue des légendes et de CREDITS.txt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the web press page: a static site, one page per language, that works from disk and on any host</source>
        <translation>la page de presse web&#xa0;: un site statique, une page par langue, qui marche depuis le disque et sur tout hébergeur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the folder of the site: new, empty, or an earlier export of it (replaced whole); a folder holding other files is refused</source>
        <translation>le dossier du site&#xa0;: nouveau, vide, ou un export précédent (remplacé en entier)&#x202f;; un dossier qui contient d’autres fichiers est refusé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a language of the kit to make a page in (repeat it, or fr,en; default: all of them); the kit&apos;s first is index.html</source>
        <translation>une langue du kit pour laquelle faire une page (à répéter, ou fr,en&#x202f;; par défaut&#xa0;: toutes)&#x202f;; la première du kit est index.html</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a .mediakit archive of the kit, copied beside and linked with its SHA-256</source>
        <translation>une archive .mediakit du kit, copiée à côté et liée avec son SHA-256</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the press sheet (one or two pages for paper), or with --slides the slides</source>
        <translation>la fiche de presse (une ou deux pages pour le papier), ou avec --slides les diapositives</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the PDF to write (an existing file is replaced only with --force)</source>
        <translation>le PDF à écrire (un fichier existant n’est remplacé qu’avec --force)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replace the output if it exists</source>
        <translation>remplacer la sortie si elle existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the language of the sheet or the slides</source>
        <translation>la langue de la fiche ou des diapositives</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sheet&apos;s paper (default: letter where the locale prints on it, else a4)</source>
        <translation>le papier de la fiche (par défaut&#xa0;: letter là où la locale l’emploie, sinon a4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one page per audience slide instead of the press sheet</source>
        <translation>une page par diapositive du public au lieu de la fiche de presse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>with --slides: the page size in pixels (default: 1920x1080)</source>
        <translation>avec --slides&#xa0;: la taille des pages en pixels (par défaut&#xa0;: 1920x1080)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with --slides: the presenter&apos;s notes under each slide</source>
        <translation>avec --slides&#xa0;: les notes du présentateur sous chaque diapositive</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add, list or remove</source>
        <translation>add, list ou remove</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add folders of kits, or kits, and index them now</source>
        <translation>ajouter des dossiers de dossiers de presse, ou des dossiers de presse, et les indexer tout de suite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a folder searched for kits (and kept, to search again), or a kit itself</source>
        <translation>un dossier où chercher des dossiers de presse (gardé, pour y chercher à nouveau), ou un dossier de presse lui-même</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list the kits of the library</source>
        <translation>lister les dossiers de presse de la bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the kits as JSON</source>
        <translation>afficher les dossiers de presse en JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the order (default: title)</source>
        <translation>l’ordre (par défaut&#xa0;: title)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forget a folder of kits, or a kit (nothing is deleted)</source>
        <translation>oublier un dossier de dossiers de presse, ou un dossier de presse (rien n’est supprimé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder or kit to forget</source>
        <translation>le dossier ou le dossier de presse à oublier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>words to find; case and accents do not matter, a word&apos;s start is enough</source>
        <translation>les mots à trouver&#x202f;; casse et accents ne comptent pas, le début d’un mot suffit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>print the hits as JSON (kit, path, field, section, snippet)</source>
        <translation>afficher les résultats en JSON (kit, path, field, section, snippet)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at most N hits (default 20)</source>
        <translation>au plus N résultats (20 par défaut)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>remove what it installed</source>
        <translation>retirer ce qu’elle a installé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the folder of the kit&apos;s files, where kit.yaml is written</source>
        <translation>le dossier des fichiers du dossier de presse, où kit.yaml est écrit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the kit&apos;s id (default: the folder&apos;s name, as an id)</source>
        <translation>l’identifiant du dossier de presse (par défaut&#xa0;: le nom du dossier, en identifiant)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the title of the work (default: the folder&apos;s name)</source>
        <translation>le titre de l’œuvre (par défaut&#xa0;: le nom du dossier)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the kit&apos;s languages, the original first, like fr,en (default: the system&apos;s language, then those the texts&apos; file names give)</source>
        <translation>les langues du dossier de presse, l’originale d’abord, comme fr,en (par défaut&#xa0;: la langue du système, puis celles que donnent les noms des fichiers de textes)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>replace kit.yaml if it exists; the old one is kept as kit.yaml.bak</source>
        <translation>remplacer kit.yaml s’il existe&#xa0;; l’ancien est gardé en kit.yaml.bak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open the window (the default)</source>
        <translation>ouvrir la fenêtre (par défaut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draft a kit.yaml from the files in a folder</source>
        <translation>écrire le brouillon d’un kit.yaml d’après les fichiers d’un dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check a kit (folder or .mediakit); exit 1 if it has problems</source>
        <translation>vérifier un dossier de presse (dossier ou .mediakit)&#x202f;; sortie 1 s’il a des problèmes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>describe a kit (folder or .mediakit)</source>
        <translation>décrire un dossier de presse (dossier ou .mediakit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show the Content Credentials (C2PA) of a kit&apos;s media or a file</source>
        <translation>afficher les identifiants de contenu (C2PA) des médias d’un dossier ou d’un fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>present a kit full screen (Esc leaves)</source>
        <translation>présenter un dossier de presse en plein écran (Échap pour quitter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edit a kit in the editor&apos;s window</source>
        <translation>modifier un dossier de presse dans la fenêtre de l’éditeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change one field of a kit&apos;s kit.yaml; the rest stays as written</source>
        <translation>modifier un champ du kit.yaml d’un dossier de presse&#x202f;; le reste ne change pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>render the window (or a slide) offscreen to a PNG</source>
        <translation>rendre la fenêtre (ou une diapositive) hors écran dans un PNG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pack a kit folder into one .mediakit archive</source>
        <translation>empaqueter un dossier de presse, depuis son dossier, en une seule archive .mediakit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export a kit&apos;s stills for publication, credited in the files</source>
        <translation>exporter les photos d’un dossier pour publication, créditées dans les fichiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check an archive&apos;s integrity; exit 1 if damaged</source>
        <translation>contrôler l’intégrité d’une archive&#x202f;; sortie 1 si elle est abîmée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign an archive with an OpenSSH key</source>
        <translation>signer une archive avec une clé OpenSSH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manage the publishers whose signatures you trust</source>
        <translation>gérer les éditeurs dont vous acceptez les signatures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add, list or remove the kits of your library</source>
        <translation>ajouter, lister ou retirer les dossiers de presse de votre bibliothèque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search every kit of your library; exit 1 if nothing is found</source>
        <translation>chercher dans tous les dossiers de presse de votre bibliothèque&#x202f;; code de sortie 1 si rien n’est trouvé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print the JSON Schema of kit.yaml</source>
        <translation>afficher le schéma JSON de kit.yaml</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>register mediakit and .mediakit files with your desktop</source>
        <translation>déclarer mediakit et les fichiers .mediakit auprès de votre bureau</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/init.py" line="+44"/>
        <source>{folder}: not a folder</source>
        <translation>{folder}&#xa0;: n’est pas un dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{manifest}: exists: use --force to replace it (kept as kit.yaml.bak)</source>
        <translation>{manifest}&#xa0;: existe déjà&#xa0;: --force pour le remplacer (il est gardé en kit.yaml.bak)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{manifest}: cannot write it: {reason}</source>
        <translation>{manifest}&#xa0;: impossible de l’écrire&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--id {id}: an id is a-z, 0-9 and -, starting with a letter or digit, up to 64</source>
        <translation>--id {id}&#xa0;: un identifiant s’écrit avec a-z, 0-9 et -, commence par une lettre ou un chiffre, 64 au plus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--lang {lang}: expected language codes like fr,en or pt-BR</source>
        <translation>--lang {lang}&#xa0;: des codes de langue sont attendus, comme fr,en ou pt-BR</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/initreport.py" line="+35"/>
        <source>{manifest}: drafted</source>
        <translation>{manifest}&#xa0;: brouillon écrit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{manifest}: drafted; the previous one is kept as {backup}</source>
        <translation>{manifest}&#xa0;: brouillon écrit&#xa0;; le précédent est gardé sous {backup}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} image</source>
        <translation>{count} image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} images</source>
        <translation>{count} images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} video</source>
        <translation>{count} vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} videos</source>
        <translation>{count} vidéos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} subtitle file</source>
        <translation>{count} fichier de sous-titres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} subtitle files</source>
        <translation>{count} fichiers de sous-titres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} text</source>
        <translation>{count} texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} texts</source>
        <translation>{count} textes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found: {counts}</source>
        <translation>Trouvé&#xa0;: {counts}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Film: {file} ({about}), the longest video</source>
        <translation>Film&#xa0;: {file} ({about}), la vidéo la plus longue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Film: {file}, the largest video (VLC could not read its length)</source>
        <translation>Film&#xa0;: {file}, la vidéo la plus lourde (VLC n’a pas pu lire sa durée)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trailer candidates, in comments: {files}</source>
        <translation>Bandes-annonces possibles, en commentaire&#xa0;: {files}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poster: {file} (by its name)</source>
        <translation>Affiche&#xa0;: {file} (d’après son nom)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poster: {file} (guessed: the largest portrait image)</source>
        <translation>Affiche&#xa0;: {file} (supposée&#xa0;: la plus grande image en hauteur)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>language unknown</source>
        <translation>langue inconnue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subtitles: {files}</source>
        <translation>Sous-titres&#xa0;: {files}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Texts: {files}</source>
        <translation>Textes&#xa0;: {files}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the images&apos; metadata: {captions}, {credits}</source>
        <translation>D’après les métadonnées des images&#xa0;: {captions}, {credits}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} caption</source>
        <translation>{count} légende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} captions</source>
        <translation>{count} légendes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} credit</source>
        <translation>{count} crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} credits</source>
        <translation>{count} crédits</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guessed from the folder&apos;s name: {fields} (--id, --title to choose)</source>
        <translation>Supposé d’après le nom du dossier&#xa0;: {fields} (--id, --title pour choisir)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language: {codes}, the system&apos;s (--lang fr,en to choose)</source>
        <translation>Langue&#xa0;: {codes}, celle du système (--lang fr,en pour choisir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages: {codes}: the first is the system&apos;s, the others come from file names (--lang fr,en to choose)</source>
        <translation>Langues&#xa0;: {codes}&#xa0;: la première est celle du système, les autres viennent des noms de fichiers (--lang fr,en pour choisir)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not used: {count}: {files}</source>
        <translation>Non utilisé&#xa0;: {count}&#xa0;: {files}</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/export_html.py" line="-52"/>
        <source>{folder}: the kit itself is there: choose another folder</source>
        <translation>{folder}&#xa0;: le kit lui-même s’y trouve&#xa0;: choisissez un autre dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{folder}: holds files that are not a web page made by mediakit ({files}): choose a new or empty folder</source>
        <translation>{folder}&#xa0;: contient des fichiers qui ne sont pas une page web faite par mediakit ({files})&#xa0;: choisissez un dossier nouveau ou vide</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file}: left out of the page: {reason}</source>
        <translation>{file}&#xa0;: laissé hors de la page&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/mediakit/cli/initreport.py" line="+1"/>
        <source>{count} file</source>
        <translation>{count} fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/mediakit/cli/initreport.py" line="+1"/>
        <source>{count} files</source>
        <translation>{count} fichiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{pages}: {files}, {size} in {folder}</source>
        <translation>{pages}&#xa0;: {files}, {size} dans {folder}</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/initreport.py" line="+11"/>
        <source>Left to fill: {count}: {fields}</source>
        <translation>Reste à remplir&#xa0;: {count}&#xa0;: {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} field</source>
        <translation>{count} champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} fields</source>
        <translation>{count} champs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then: mediakit validate {folder}</source>
        <translation>Ensuite&#xa0;: mediakit validate {folder}</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/set.py" line="+44"/>
        <source>--delete takes no VALUE</source>
        <translation>--delete ne prend pas de VALUE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VALUE is required (or --delete)</source>
        <translation>VALUE est requis (ou --delete)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--yaml VALUE: {reason}</source>
        <translation>--yaml VALUE&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{field}: not a field path: {reason}</source>
        <translation>{field}&#xa0;: pas un chemin de champ&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path}: archives are read-only; unpack or edit the folder</source>
        <translation>{path}&#xa0;: les archives sont en lecture seule&#x202f;; décompressez-la ou modifiez le dossier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file}: cannot read it: {reason}</source>
        <translation>{file}&#xa0;: illisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{change} (unchanged, not saved)</source>
        <translation>{change} (inchangé, non enregistré)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: not saved: the change leaves the kit with errors (--draft saves it)</source>
        <translation>{file}&#xa0;: non enregistré&#xa0;: la modification laisse des erreurs dans le dossier de presse (--draft l’enregistre)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: changed on disk meanwhile: not saved</source>
        <translation>{file}&#xa0;: modifié sur le disque entre-temps&#xa0;: non enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: cannot write it: {reason}</source>
        <translation>{file}&#xa0;: impossible de l’écrire&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: saved as a draft: the kit has errors</source>
        <translation>{file}&#xa0;: enregistré comme brouillon&#xa0;: le dossier de presse a des erreurs</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/sign.py" line="+22"/>
        <source>{archive}: is a folder; sign takes a .mediakit archive</source>
        <translation>{archive}&#xa0;: est un dossier&#x202f;; sign prend une archive .mediakit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{archive}: signed with {key}</source>
        <translation>{archive}&#xa0;: signée avec {key}</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/signing.py" line="+41"/>
        <source>Passphrase for {key}: </source>
        <translation>Phrase de passe de {key}&#xa0;: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{key}: no such key file</source>
        <translation>{key}&#xa0;: ce fichier de clé n’existe pas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not signed</source>
        <translation>non signée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signed by {principal} — trusted ({key})</source>
        <translation>signée par {principal} — de confiance ({key})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed with a revoked key ({key}) — not trusted</source>
        <translation>signée avec une clé révoquée ({key}) — pas de confiance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signed by {principal}, whose key has expired ({key}) — not trusted</source>
        <translation>signée par {principal}, dont la clé a expiré ({key}) — pas de confiance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signed by {principal}, whose key is not valid yet ({key}) — not trusted</source>
        <translation>signée par {principal}, dont la clé n’est pas encore valide ({key}) — pas de confiance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signed by an unknown key ({key}); mediakit trust add NAME KEYFILE trusts it</source>
        <translation>signée par une clé inconnue ({key})&#x202f;; mediakit trust add NOM FICHIERCLÉ lui fait confiance</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/trust.py" line="+35"/>
        <source>{path}: not an OpenSSH public key (ssh-ed25519 or ssh-rsa)</source>
        <translation>{path}&#xa0;: pas une clé publique OpenSSH (ssh-ed25519 ou ssh-rsa)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: a publisher&apos;s name has no spaces, quotes or commas</source>
        <translation>{name}&#xa0;: le nom d’un éditeur n’a ni espaces, ni guillemets, ni virgules</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>from {when}</source>
        <translation>à partir du {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until {when}</source>
        <translation>jusqu’au {when}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>trusted: {principal} ({key})</source>
        <translation>de confiance&#xa0;: {principal} ({key})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{principal}: not in the trusted publishers</source>
        <translation>{principal}&#xa0;: n’est pas parmi les éditeurs de confiance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no longer trusted: {principal}</source>
        <translation>plus de confiance&#xa0;: {principal}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>revoked: {key}</source>
        <translation>révoquée&#xa0;: {key}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>revoked  {key}</source>
        <translation>révoquée  {key}</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/provenance.py" line="-70"/>
        <source>{file} ({role})</source>
        <translation>{file} ({role})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: no Content Credentials</source>
        <translation>{file}&#xa0;: aucun identifiant de contenu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: unreadable: {problem}</source>
        <translation>{file}&#xa0;: illisible&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: Content Credentials</source>
        <translation>{file}&#xa0;: identifiants de contenu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>still</source>
        <translation>photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poster</source>
        <translation>affiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>film</source>
        <translation>film</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trailer</source>
        <translation>bande-annonce</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>title: {title}</source>
        <translation>titre&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>made with: {generator}</source>
        <translation>fait avec&#xa0;: {generator}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signed by: {signer}</source>
        <translation>signé par&#xa0;: {signer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed at: {time}</source>
        <translation>signé le&#xa0;: {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signature: {state}</source>
        <translation>signature&#xa0;: {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>action: {action}</source>
        <translation>action&#xa0;: {action}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ingredient: {title} ({relationship}, with Content Credentials)</source>
        <translation>ingrédient&#xa0;: {title} ({relationship}, avec identifiants de contenu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ingredient: {title} ({relationship})</source>
        <translation>ingrédient&#xa0;: {title} ({relationship})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} of {stills} carries Content Credentials</source>
        <translation>{count} sur {stills} porte des identifiants de contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} of {stills} carry Content Credentials</source>
        <translation>{count} sur {stills} portent des identifiants de contenu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} says it was generated by AI</source>
        <translation>{count} se dit générée par IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} say they were generated by AI</source>
        <translation>{count} se disent générées par IA</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/export.py" line="+47"/>
        <source>{path}: the kit has no stills</source>
        <translation>{path}&#xa0;: le dossier de presse n’a pas de photos</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/mediakit/cli/export_html.py" line="-12"/>
        <source>{folder}: cannot write there: {reason}</source>
        <translation>{folder}&#xa0;: impossible d’y écrire&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>  Content Credentials kept in {original} (untouched)</source>
        <translation>  identifiants de contenu conservés dans {original} (intact)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  metadata in {sidecar} (this format is copied untouched)</source>
        <translation>  métadonnées dans {sidecar} (ce format est copié intact)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: cannot export: {reason}</source>
        <translation>{file}&#xa0;: impossible d’exporter&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} still exported</source>
        <translation>{count} photo exportée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} stills exported</source>
        <translation>{count} photos exportées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} still could not be exported</source>
        <translation>{count} photo n’a pas pu être exportée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} stills could not be exported</source>
        <translation>{count} photos n’ont pas pu être exportées</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/library.py" line="+71"/>
        <source>{path}: no kit found</source>
        <translation>{path}&#xa0;: aucun dossier de presse trouvé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>indexed</source>
        <translation>indexé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path}: not in the library</source>
        <translation>{path}&#xa0;: pas dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed from the library: {path}</source>
        <translation>retiré de la bibliothèque&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../src/mediakit/cli/search.py" line="+61"/>
        <source>(missing)</source>
        <translation>(introuvable)</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../src/mediakit/gui/editor/specs.py" line="+67"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kit</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+97"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short film, Campaign…</source>
        <translation>Court-métrage, Campagne…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+171"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Running time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M:SS or H:MM:SS</source>
        <translation>M:SS ou H:MM:SS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original first: fr, en</source>
        <translation>L’originale d’abord&#xa0;: fr, en</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower-case letters, digits and -</source>
        <translation>Minuscules, chiffres et -</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logline</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One sentence</source>
        <translation>Une phrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synopsis</source>
        <translation>Synopsis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Note d’intention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AI use</source>
        <translation>Usage de l’IA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How generative AI was used</source>
        <translation>Comment l’IA générative a été utilisée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credits</source>
        <translation>Générique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One name a line</source>
        <translation>Un nom par ligne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+26"/>
        <location line="+115"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Said in</source>
        <translation>Dit en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the words: fr</source>
        <translation>La langue des mots&#xa0;: fr</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+38"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stills</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description for screen readers</source>
        <translation>Description pour les lecteurs d’écran</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poster</source>
        <translation>Affiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trailer</source>
        <translation>Bande-annonce</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Subtitles</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One role a line</source>
        <translation>Un rôle par ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Biography</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Awards</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prize</source>
        <translation>Prix obtenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty for a selection</source>
        <translation>Vide pour une sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Technical sheet</source>
        <translation>Fiche technique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shows</source>
        <translation>Montre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title, film, stills, quote:1…</source>
        <translation>title, film, stills, quote:1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presenter&apos;s notes</source>
        <translation>Notes du présentateur</translation>
    </message>
</context>
<context>
    <name>external</name>
    <message>
        <location filename="../src/mediakit/gui/external.py" line="+39"/>
        <location filename="../src/mediakit/publish/web/words.py" line="-43"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <location filename="../src/mediakit/gui/keymap/actions.py" line="+23"/>
        <source>Open a kit (.mediakit archive or kit.yaml)</source>
        <translation>Ouvrir un dossier de presse (archive .mediakit ou kit.yaml)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a kit folder</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a folder of kits to the library…</source>
        <translation>Ajouter un dossier à la bibliothèque…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the kit, back to the start page</source>
        <translation>Fermer le dossier de presse, retour à l’accueil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the kit in the editor</source>
        <translation>Modifier le dossier dans l’éditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How this was made (Content Credentials)</source>
        <translation>Comment c’est fait (identifiants de contenu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export a web press page…</source>
        <translation>Exporter une page de presse web…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the press sheet (PDF)…</source>
        <translation>Exporter la fiche de presse (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the slides (PDF)…</source>
        <translation>Exporter les diapositives (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the press sheet…</source>
        <translation>Imprimer la fiche de presse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+128"/>
        <source>Next section</source>
        <translation>Rubrique suivante</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+128"/>
        <source>Previous section</source>
        <translation>Rubrique précédente</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Focus the list of sections</source>
        <translation>Aller à la liste des rubriques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next language of the kit</source>
        <translation>Langue suivante du dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected still with its credit (stills page)</source>
        <translation>Copier la photo choisie avec son crédit (page Photos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find in every section of the kit (Esc to close)</source>
        <translation>Rechercher dans toutes les sections du dossier (Échap pour fermer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match (Enter in the find field)</source>
        <translation>Résultat suivant (Entrée dans le champ de recherche)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous match (Shift+Enter in the find field)</source>
        <translation>Résultat précédent (Maj+Entrée dans le champ de recherche)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger reading text</source>
        <translation>Agrandir le texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller reading text</source>
        <translation>Réduire le texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading text at its usual size</source>
        <translation>Texte à sa taille habituelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window full screen</source>
        <translation>Fenêtre en plein écran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present the kit full screen (Esc to leave)</source>
        <translation>Présenter le dossier en plein écran (Échap pour quitter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+85"/>
        <source>Show the keys</source>
        <translation>Afficher les raccourcis clavier</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen on or off</source>
        <translation>Plein écran ou non</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound off or on</source>
        <translation>Couper ou rétablir le son</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next subtitle language, then off</source>
        <translation>Langue de sous-titres suivante, puis sans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back 10 seconds</source>
        <translation>Reculer de 10 secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward 10 seconds</source>
        <translation>Avancer de 10 secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume up</source>
        <translation>Monter le volume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume down</source>
        <translation>Baisser le volume</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next still</source>
        <translation>Photo suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous still</source>
        <translation>Photo précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First still</source>
        <translation>Première photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last still</source>
        <translation>Dernière photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch between fit to window and 100 %</source>
        <translation>Basculer entre ajusté à la fenêtre et 100&#x202f;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual size (100 %); drag to pan</source>
        <translation>Taille réelle (100&#x202f;%)&#x202f;; faites glisser pour vous déplacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll up at 100 %</source>
        <translation>Défiler vers le haut à 100&#x202f;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll down at 100 %</source>
        <translation>Défiler vers le bas à 100&#x202f;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How this still was made (Content Credentials)</source>
        <translation>Comment cette photo a été faite (identifiants de contenu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the stills viewer</source>
        <translation>Fermer la visionneuse de photos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous slide</source>
        <translation>Diapositive précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First slide</source>
        <translation>Première diapositive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last slide</source>
        <translation>Dernière diapositive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a slide number, then Enter to go to it</source>
        <translation>Taper un numéro de diapositive, puis Entrée pour y aller</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After a slide number: go to that slide</source>
        <translation>Après un numéro de diapositive&#xa0;: y aller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Black screen (again to come back)</source>
        <translation>Écran noir (une seconde fois pour revenir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>White screen (again to come back)</source>
        <translation>Écran blanc (une seconde fois pour revenir)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the film: play or pause</source>
        <translation>Sur le film&#xa0;: lecture ou pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the film: back 10 seconds</source>
        <translation>Sur le film&#xa0;: reculer de 10 secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the film: forward 10 seconds</source>
        <translation>Sur le film&#xa0;: avancer de 10 secondes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The film&apos;s subtitles: next language, then none</source>
        <translation>Sous-titres du film&#xa0;: langue suivante, puis aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The film&apos;s sound track: the next one, if it has several</source>
        <translation>Piste sonore du film&#xa0;: la suivante, s’il y en a plusieurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audience view full screen on or off</source>
        <translation>Vue public en plein écran ou non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presenter view on or off (one screen)</source>
        <translation>Vue présentateur ou non (un seul écran)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swap the audience and presenter screens</source>
        <translation>Échanger les écrans public et présentateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop presenting, back to the window</source>
        <translation>Arrêter la présentation, retour à la fenêtre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save kit.yaml (a kit with problems is saved as a draft)</source>
        <translation>Enregistrer kit.yaml (un dossier avec des problèmes est enregistré comme brouillon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo the change undone</source>
        <translation>Rétablir la modification annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected item up the list</source>
        <translation>Monter l’élément choisi dans la liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected item down the list</source>
        <translation>Descendre l’élément choisi dans la liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the texts in the next language of the kit</source>
        <translation>Modifier les textes dans la langue suivante du dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the next problem</source>
        <translation>Aller au problème suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the editor (asks if there are unsaved changes)</source>
        <translation>Fermer l’éditeur (demande s’il reste des modifications non enregistrées)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stills viewer</source>
        <translation>Visionneuse de photos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenting</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../src/mediakit/kit/problems/archive.py" line="+12"/>
        <source>unsafe path: it is absolute</source>
        <translation>chemin dangereux&#xa0;: il est absolu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsafe path: it starts with a drive letter</source>
        <translation>chemin dangereux&#xa0;: il commence par une lettre de lecteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsafe path: it holds a backslash</source>
        <translation>chemin dangereux&#xa0;: il contient une barre oblique inverse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unsafe path: it holds a NUL character, which no file name can</source>
        <translation>chemin dangereux&#xa0;: il contient un caractère NUL, ce qu’aucun nom de fichier ne peut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unsafe path: it holds &apos;..&apos;, which leaves the kit</source>
        <translation>chemin dangereux&#xa0;: il contient «&#xa0;..&#xa0;», qui sort du dossier de presse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsafe path: it holds an empty or &apos;.&apos; part</source>
        <translation>chemin dangereux&#xa0;: il contient une partie vide ou «&#xa0;.&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsafe path: its name is not valid UTF-8</source>
        <translation>chemin dangereux&#xa0;: son nom n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unsafe path: it resolves outside the extraction folder</source>
        <translation>chemin dangereux&#xa0;: il mène hors du dossier d’extraction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it collides with another entry of the same name</source>
        <translation>il entre en conflit avec une autre entrée du même nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it collides with another entry (names that differ only in case?)</source>
        <translation>il entre en conflit avec une autre entrée (des noms qui ne diffèrent que par la casse&#x202f;?)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duplicate entry: the archive holds it twice</source>
        <translation>entrée en double&#xa0;: l’archive la contient deux fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a link, which an archive may not hold</source>
        <translation>c’est un lien, ce qu’une archive ne peut pas contenir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is encrypted, which an archive may not be</source>
        <translation>il est chiffré, ce qu’une archive ne peut pas être</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it uses compression method {method}, which is not read</source>
        <translation>il utilise la méthode de compression {method}, qui n’est pas lue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a stored entry whose two sizes differ</source>
        <translation>une entrée stockée dont les deux tailles diffèrent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is compressed {ratio}:1, over the limit of {limit}:1 (the compression ratio limit)</source>
        <translation>il est compressé à {ratio}:1, au-delà de la limite de {limit}:1 (la limite du taux de compression)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is {size}, over the limit of {limit} (the manifest size limit)</source>
        <translation>il fait {size}, au-delà de la limite de {limit} (la limite de taille du manifeste)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is {size}, over the limit of {limit} (the checksum list size limit)</source>
        <translation>il fait {size}, au-delà de la limite de {limit} (la limite de taille de la liste des sommes de contrôle)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it unpacks to {size}, over the limit of {limit} (the unpacked size limit)</source>
        <translation>elle se décompresse en {size}, au-delà de la limite de {limit} (la limite de taille décompressée)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not UTF-8 text</source>
        <translation>ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line {line} is not &apos;&lt;64 hex digits&gt;  &lt;path&gt;&apos; (the sha256sum format)</source>
        <translation>la ligne {line} n’est pas «&#xa0;&lt;64 chiffres hexadécimaux&gt;  &lt;chemin&gt;&#xa0;» (le format de sha256sum)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line {line} lists &apos;{path}&apos; a second time</source>
        <translation>la ligne {line} cite «&#xa0;{path}&#xa0;» une seconde fois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing: the archive has no checksums.sha256</source>
        <translation>absent&#xa0;: l’archive n’a pas de checksums.sha256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unlisted entry: not in checksums.sha256</source>
        <translation>entrée non listée&#xa0;: absente de checksums.sha256</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>checksum mismatch (the file was changed after packing)</source>
        <translation>somme de contrôle différente (le fichier a changé après l’empaquetage)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing entry: listed in checksums.sha256 but not in the archive</source>
        <translation>entrée manquante&#xa0;: listée dans checksums.sha256 mais absente de l’archive</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its zip64 sizes are incomplete</source>
        <translation>ses tailles zip64 sont incomplètes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its zip64 sizes are missing</source>
        <translation>ses tailles zip64 manquent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an entry&apos;s name is not valid UTF-8: {name}</source>
        <translation>le nom d’une entrée n’est pas de l’UTF-8 valide&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the archive is truncated: its end (the central directory) is missing</source>
        <translation>l’archive est tronquée&#xa0;: sa fin (le répertoire central) manque</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is not a ZIP archive (a .mediakit file is a ZIP)</source>
        <translation>ce n’est pas une archive ZIP (un fichier .mediakit est un ZIP)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the archive is truncated or has bytes after its end</source>
        <translation>l’archive est tronquée ou a des octets après sa fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the archive is split across several files, which is not supported</source>
        <translation>l’archive est découpée en plusieurs fichiers, ce qui n’est pas pris en charge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the archive&apos;s zip64 end record is missing</source>
        <translation>l’enregistrement de fin zip64 de l’archive manque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the archive&apos;s zip64 end record is damaged</source>
        <translation>l’enregistrement de fin zip64 de l’archive est endommagé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the archive is truncated or damaged: its central directory is not where its end says</source>
        <translation>l’archive est tronquée ou endommagée&#xa0;: son répertoire central n’est pas là où sa fin l’indique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the archive has {count:,} entries, over the limit of {limit:,} (the entry count limit)</source>
        <translation>l’archive a {count:,} entrées, au-delà de la limite de {limit:,} (la limite du nombre d’entrées)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the archive&apos;s central directory is damaged or truncated</source>
        <translation>le répertoire central de l’archive est endommagé ou tronqué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the archive&apos;s central directory holds more than its entries</source>
        <translation>le répertoire central de l’archive contient plus que ses entrées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the central directory and the local header disagree on the {what} (the archive was tampered with or badly made)</source>
        <translation>le répertoire central et l’en-tête local ne s’accordent pas sur&#xa0;: {what} (l’archive a été trafiquée ou mal faite)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flags</source>
        <translation>les drapeaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compression method</source>
        <translation>la méthode de compression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRC</source>
        <translation>le CRC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size</source>
        <translation>la taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compressed size</source>
        <translation>la taille compressée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the archive is truncated: this entry&apos;s header is cut off</source>
        <translation>l’archive est tronquée&#xa0;: l’en-tête de cette entrée est coupé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its local header is missing or damaged</source>
        <translation>son en-tête local manque ou est endommagé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overlaps the entry before it (a zip bomb trick)</source>
        <translation>chevauche l’entrée précédente (une astuce de bombe zip)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the archive holds bytes that belong to no entry</source>
        <translation>l’archive contient des octets qui n’appartiennent à aucune entrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the archive is truncated: the last entry runs into the directory</source>
        <translation>l’archive est tronquée&#xa0;: la dernière entrée déborde sur le répertoire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>damaged: its data fails its CRC check (the file was corrupted after packing)</source>
        <translation>endommagé&#xa0;: ses données échouent au contrôle CRC (le fichier a été corrompu après l’empaquetage)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the archive changed or was cut short while it was read</source>
        <translation>l’archive a changé ou a été tronquée pendant sa lecture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it inflates to more than its declared size (a zip bomb)</source>
        <translation>il se décompresse au-delà de sa taille déclarée (une bombe zip)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it inflates beyond the compression ratio limit</source>
        <translation>il se décompresse au-delà de la limite du taux de compression</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its data is damaged (bytes after its end)</source>
        <translation>ses données sont endommagées (des octets après leur fin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its compressed data is damaged</source>
        <translation>ses données compressées sont endommagées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its compressed data is cut short</source>
        <translation>ses données compressées sont tronquées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its data is shorter than its declared size</source>
        <translation>ses données sont plus courtes que leur taille déclarée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is {kind}, not a file</source>
        <translation>c’est {kind}, pas un fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be unpacked here: {why}</source>
        <translation>impossible à décompresser ici&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the archive cache {root} cannot be used ({why})</source>
        <translation>le cache des archives {root} est inutilisable ({why})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the archive cache cannot be used ({why})</source>
        <translation>le cache des archives est inutilisable ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{trouble}: unpacked into a temporary folder instead</source>
        <translation>{trouble}&#xa0;: décompressé dans un dossier temporaire à la place</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot unpack it into a temporary folder either: {why}</source>
        <translation>impossible de la décompresser dans un dossier temporaire non plus&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be unpacked into a temporary folder either ({root}): {why}</source>
        <translation>impossible à décompresser dans un dossier temporaire non plus ({root})&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the home folder is not an absolute path</source>
        <translation>le dossier personnel n’est pas un chemin absolu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the home folder is unknown</source>
        <translation>le dossier personnel est inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a link</source>
        <translation>c’est un lien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is {kind}, not a folder</source>
        <translation>c’est {kind}, pas un dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it belongs to another user</source>
        <translation>il appartient à un autre utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its temporary folders keep disappearing</source>
        <translation>ses dossiers temporaires ne cessent de disparaître</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mediakit could not open this archive (internal error: {error})</source>
        <translation>mediakit n’a pas pu ouvrir cette archive (erreur interne&#xa0;: {error})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} grew while it was packed</source>
        <translation>{name} a grossi pendant son empaquetage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the archive being written shrank</source>
        <translation>l’archive en cours d’écriture a rétréci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exists already</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the archive format reserves the name {name}</source>
        <translation>le format d’archive réserve le nom {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be packed: {why}</source>
        <translation>impossible à empaqueter&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file changed while it was being packed</source>
        <translation>le fichier a changé pendant son empaquetage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pack takes a kit folder, not an archive</source>
        <translation>pack prend un dossier, pas une archive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write it: {reason}</source>
        <translation>impossible de l’écrire&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../src/mediakit/kit/problems/manifest.py" line="+8"/>
        <source>expected {what}, got {got}</source>
        <translation>attendu&#xa0;: {what}&#x202f;; trouvé&#xa0;: {got}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a list of {what}, got {got}</source>
        <translation>attendu&#xa0;: une liste de {what}&#x202f;; trouvé&#xa0;: {got}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a text, got {got}</source>
        <translation>attendu&#xa0;: un texte&#x202f;; trouvé&#xa0;: {got}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a string, got {got}</source>
        <translation>attendu&#xa0;: une chaîne&#x202f;; trouvé&#xa0;: {got}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a string, got {got}: put it in quotes (&apos;{text}&apos;)</source>
        <translation>attendu&#xa0;: une chaîne&#x202f;; trouvé&#xa0;: {got}&#xa0;: mettez-le entre guillemets (&apos;{text}&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a whole number like {example}, got {got}</source>
        <translation>attendu&#xa0;: un nombre entier comme {example}&#x202f;; trouvé&#xa0;: {got}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a text (a string, or one per language like &apos;fr: …&apos;), got {got}</source>
        <translation>attendu&#xa0;: un texte (une chaîne, ou une par langue comme «&#xa0;fr: …&#xa0;»)&#x202f;; trouvé&#xa0;: {got}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected {{file: name.md}}</source>
        <translation>attendu&#xa0;: {{file: nom.md}}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a date like 2025-09-02, got {got}</source>
        <translation>attendu&#xa0;: une date comme 2025-09-02&#x202f;; trouvé&#xa0;: {got}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a date like 2025-09-02, got &apos;{text}&apos;</source>
        <translation>attendu&#xa0;: une date comme 2025-09-02&#x202f;; trouvé&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key &apos;{key}&apos; (keys starting with x- are allowed for your own data)</source>
        <translation>clé inconnue «&#xa0;{key}&#xa0;» (les clés commençant par x- sont permises pour vos propres données)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown key &apos;{key}&apos;; did you mean &apos;{close}&apos;?</source>
        <translation>clé inconnue «&#xa0;{key}&#xa0;»&#x202f;; vouliez-vous dire «&#xa0;{close}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key &apos;{key}&apos; (inside {{…}} a &apos;,&apos; ends a value: put &quot;{value}, {key}&quot; in quotes)</source>
        <translation>clé inconnue «&#xa0;{key}&#xa0;» (dans {{…}} une «&#xa0;,&#xa0;» termine une valeur&#xa0;: mettez &quot;{value}, {key}&quot; entre guillemets)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown key &apos;{key}&apos; (inside {{…}} a &apos;,&apos; ends a value: put the value in quotes)</source>
        <translation>clé inconnue «&#xa0;{key}&#xa0;» (dans {{…}} une «&#xa0;,&#xa0;» termine une valeur&#xa0;: mettez la valeur entre guillemets)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the text is larger than {size} (the text limit)</source>
        <translation>le texte dépasse {size} (la limite des textes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the manifest is empty: it needs at least mediakit, id and title</source>
        <translation>le manifeste est vide&#xa0;: il lui faut au moins mediakit, id et title</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;mediakit: 1&apos; is required: the format version</source>
        <translation>«&#xa0;mediakit: 1&#xa0;» est obligatoire&#xa0;: la version du format</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this kit is written for format version {version}: it needs a newer version of mediakit (this one reads version {reads})</source>
        <translation>ce dossier de presse est écrit pour la version {version} du format&#xa0;: il faut une version plus récente de mediakit (celle-ci lit la version {reads})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the format version is {reads}, got {version}</source>
        <translation>la version du format est {reads}, trouvé {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language &apos;{code}&apos; is listed twice</source>
        <translation>la langue «&#xa0;{code}&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list at least one language, the original first</source>
        <translation>indiquez au moins une langue, la langue originale d’abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;id&apos; is required: a short name like &apos;roped&apos;</source>
        <translation>«&#xa0;id&#xa0;» est obligatoire&#xa0;: un nom court comme «&#xa0;roped&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a valid id: use lowercase letters, digits and &apos;-&apos;, starting with a letter or digit, 64 at most</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un id valide&#xa0;: utilisez des minuscules, des chiffres et «&#xa0;-&#xa0;», en commençant par une lettre ou un chiffre, 64 au plus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;title&apos; is required: the title of the work</source>
        <translation>«&#xa0;title&#xa0;» est obligatoire&#xa0;: le titre de l’œuvre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a running time like 12:05 or 1:32:00, got {got}</source>
        <translation>attendu&#xa0;: une durée comme 12:05 ou 1:32:00&#x202f;; trouvé&#xa0;: {got}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a running time like 12:05 or 1:32:00, got &apos;{text}&apos;</source>
        <translation>attendu&#xa0;: une durée comme 12:05 ou 1:32:00&#x202f;; trouvé&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{code}&apos; is not a language code like fr, en or pt-BR</source>
        <translation>«&#xa0;{code}&#xa0;» n’est pas un code de langue comme fr, en ou pt-BR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>language &apos;{code}&apos; is given twice (as &apos;{other}&apos; too)</source>
        <translation>la langue «&#xa0;{code}&#xa0;» est donnée deux fois (aussi comme «&#xa0;{other}&#xa0;»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a text in at least one language</source>
        <translation>attendu&#xa0;: un texte dans au moins une langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only synopsis, statement, ai_disclosure, article bodies and people&apos;s biographies can be read from a file</source>
        <translation>seuls synopsis, statement, ai_disclosure, le corps des articles et les biographies des personnes peuvent être lus dans un fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{file}&apos; is larger than {size} (the text limit)</source>
        <translation>«&#xa0;{file}&#xa0;» dépasse {size} (la limite des textes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not given in {missing} (the kit&apos;s languages are {languages})</source>
        <translation>absent en {missing} (les langues du dossier de presse sont {languages})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{date}: {month} has {days} days</source>
        <translation>{date}&#xa0;: {month} compte {days} jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a credit needs a role</source>
        <translation>un crédit doit avoir un rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least one name is required</source>
        <translation>au moins un nom est obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a name is empty</source>
        <translation>un nom est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a quote needs its text</source>
        <translation>une citation doit avoir son texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a quote needs &apos;by&apos;: who said it</source>
        <translation>une citation doit avoir «&#xa0;by&#xa0;»&#xa0;: qui l’a dite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an article needs a title</source>
        <translation>un article doit avoir un titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an article needs its publication</source>
        <translation>un article doit avoir sa publication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an article needs a body</source>
        <translation>un article doit avoir un corps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a spec needs a label</source>
        <translation>une caractéristique doit avoir un intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a spec needs a value</source>
        <translation>une caractéristique doit avoir une valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a contact needs a name</source>
        <translation>un contact doit avoir un nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a link needs a label</source>
        <translation>un lien doit avoir un intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a link needs a url</source>
        <translation>un lien doit avoir une url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the quote&apos;s text is not given in &apos;{code}&apos;, the language its words were said in (it is given in {languages})</source>
        <translation>le texte de la citation n’est pas donné en «&#xa0;{code}&#xa0;», la langue dans laquelle ses mots ont été dits (il est donné en {languages})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{url}&apos; is not a web or mail address (http, https or mailto)</source>
        <translation>«&#xa0;{url}&#xa0;» n’est pas une adresse web ou de courriel (http, https ou mailto)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a slide needs &apos;show&apos;: what it shows</source>
        <translation>une diapositive doit avoir «&#xa0;show&#xa0;»&#xa0;: ce qu’elle montre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{show}&apos; is not something a slide can show: one of {sections}, still:N, quote:N or person:N</source>
        <translation>«&#xa0;{show}&#xa0;» n’est pas une chose qu’une diapositive peut montrer&#xa0;: l’une de {sections}, still:N, quote:N ou person:N</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>a person needs a name</source>
        <translation>une personne doit avoir un nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a work in a filmography needs a title</source>
        <translation>une œuvre d’une filmographie doit avoir un titre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an award needs its event: the festival or the ceremony</source>
        <translation>un prix doit avoir son événement&#xa0;: le festival ou la cérémonie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awards</source>
        <translation>prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles</source>
        <translation>rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>works</source>
        <translation>œuvres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a person {{name: …}}</source>
        <translation>une personne {{name: …}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an award {{event: …}}</source>
        <translation>un prix {{event: …}}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a work {{title: …, year: …, kind: …}}</source>
        <translation>une œuvre {{title: …, year: …, kind: …}}</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>the slide shows &apos;{show}&apos; but the kit has {count} stills</source>
        <translation>la diapositive montre «&#xa0;{show}&#xa0;» mais le dossier de presse a {count} photos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the slide shows &apos;{show}&apos; but the kit has {count} still</source>
        <translation>la diapositive montre «&#xa0;{show}&#xa0;» mais le dossier de presse a {count} photo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the slide shows &apos;{show}&apos; but the kit has {count} quotes</source>
        <translation>la diapositive montre «&#xa0;{show}&#xa0;» mais le dossier de presse a {count} citations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the slide shows &apos;{show}&apos; but the kit has {count} quote</source>
        <translation>la diapositive montre «&#xa0;{show}&#xa0;» mais le dossier de presse a {count} citation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the slide shows &apos;{show}&apos; but the kit has {count} people</source>
        <translation>la diapositive montre «&#xa0;{show}&#xa0;» mais le dossier de presse a {count} personnes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the slide shows &apos;{show}&apos; but the kit has {count} person</source>
        <translation>la diapositive montre «&#xa0;{show}&#xa0;» mais le dossier de presse a {count} personne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the slide shows &apos;trailer&apos; but the film has no trailer</source>
        <translation>la diapositive montre «&#xa0;trailer&#xa0;» mais le film n’a pas de bande-annonce</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the slide shows &apos;{show}&apos; but the kit has no {show}</source>
        <translation>la diapositive montre «&#xa0;{show}&#xa0;» mais le dossier de presse n’a pas de {show}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{file}&apos; is not a {formats} image</source>
        <translation>«&#xa0;{file}&#xa0;» n’est pas une image {formats}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a still needs a file</source>
        <translation>une photo doit avoir un fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no alt text: describe the image for people using a screen reader</source>
        <translation>pas de texte alternatif&#xa0;: décrivez l’image pour les personnes qui utilisent un lecteur d’écran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the film needs a file</source>
        <translation>le film doit avoir un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no poster: a poster is shown before the film plays</source>
        <translation>pas d’affiche&#xa0;: une affiche est montrée avant la lecture du film</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>subtitles need a language</source>
        <translation>les sous-titres doivent avoir une langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subtitles need a file</source>
        <translation>les sous-titres doivent avoir un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{file}&apos; is not SRT or WebVTT subtitles</source>
        <translation>«&#xa0;{file}&#xa0;» n’est pas un fichier de sous-titres SRT ou WebVTT</translation>
    </message>
    <message>
        <location filename="../src/mediakit/kit/problems/reading.py" line="+9"/>
        <source>a file path is empty</source>
        <translation>un chemin de fichier est vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{path}&apos; uses a backslash: write paths with / (like stills/01.jpg)</source>
        <translation>«&#xa0;{path}&#xa0;» utilise une barre oblique inverse&#xa0;: écrivez les chemins avec / (comme stills/01.jpg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{path}&apos; is an absolute path: write it relative to the kit folder</source>
        <translation>«&#xa0;{path}&#xa0;» est un chemin absolu&#xa0;: écrivez-le par rapport au dossier du dossier de presse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{path}&apos; is not a valid file name</source>
        <translation>«&#xa0;{path}&#xa0;» n’est pas un nom de fichier valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{path}&apos; does not exist: the kit has &apos;{found}&apos; (names must match exactly, capitals included)</source>
        <translation>«&#xa0;{path}&#xa0;» n’existe pas&#xa0;: le dossier de presse a «&#xa0;{found}&#xa0;» (les noms doivent correspondre exactement, majuscules comprises)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{path}&apos; does not exist in the kit folder</source>
        <translation>«&#xa0;{path}&#xa0;» n’existe pas dans le dossier du dossier de presse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{path}&apos; leaves the kit folder</source>
        <translation>«&#xa0;{path}&#xa0;» sort du dossier du dossier de presse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{path}&apos; is a link that points outside the kit folder</source>
        <translation>«&#xa0;{path}&#xa0;» est un lien qui pointe hors du dossier du dossier de presse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read &apos;{path}&apos;: {reason}</source>
        <translation>impossible de lire «&#xa0;{path}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{path}&apos; is a folder, not a file</source>
        <translation>«&#xa0;{path}&#xa0;» est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{path}&apos; is {kind}, not a regular file</source>
        <translation>«&#xa0;{path}&#xa0;» est {kind}, pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read kit.yaml: {reason}</source>
        <translation>impossible de lire kit.yaml&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kit.yaml is larger than {size} (the manifest size limit)</source>
        <translation>kit.yaml dépasse {size} (la limite de taille du manifeste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read it: {reason}</source>
        <translation>illisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a kit: it is {kind}; give a kit folder, its kit.yaml or a .mediakit archive</source>
        <translation>pas un dossier de presse&#xa0;: c’est {kind}&#x202f;; donnez un dossier, son kit.yaml ou une archive .mediakit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this folder has no kit.yaml: a kit holds its manifest, kit.yaml, at the top of its folder</source>
        <translation>ce dossier n’a pas de kit.yaml&#xa0;: un dossier de presse contient son manifeste, kit.yaml, à la racine de son dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the manifest is nested too deeply (the limit is {depth} levels)</source>
        <translation>le manifeste est trop imbriqué (la limite est de {depth} niveaux)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the kit is too large to load in memory</source>
        <translation>le dossier de presse est trop gros pour être chargé en mémoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mediakit could not read this kit (an internal error: {error})</source>
        <translation>mediakit n’a pas pu lire ce dossier de presse (une erreur interne&#xa0;: {error})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is not UTF-8 text (byte {byte}): save the file as UTF-8</source>
        <translation>ce n’est pas du texte UTF-8 (octet {byte})&#xa0;: enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the manifest is nested more than {depth} levels deep (the nesting limit)</source>
        <translation>le manifeste est imbriqué sur plus de {depth} niveaux (la limite d’imbrication)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tags like &apos;{tag}&apos; are not allowed in a kit</source>
        <translation>les étiquettes comme «&#xa0;{tag}&#xa0;» sont interdites dans un dossier de presse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alias &apos;*{name}&apos; refers to the very value that holds it</source>
        <translation>l’alias «&#xa0;*{name}&#xa0;» renvoie à la valeur même qui le contient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alias &apos;*{name}&apos; is not defined (an anchor &apos;&amp;{name}&apos; must come before it)</source>
        <translation>l’alias «&#xa0;*{name}&#xa0;» n’est pas défini (une ancre «&#xa0;&amp;{name}&#xa0;» doit le précéder)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the manifest holds more than {count:,} values once aliases are expanded (the alias expansion limit)</source>
        <translation>le manifeste contient plus de {count:,} valeurs une fois les alias développés (la limite de développement des alias)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a list holds more than {count:,} items (the list limit)</source>
        <translation>une liste contient plus de {count:,} éléments (la limite des listes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a key must be a plain name, not a list or mapping</source>
        <translation>une clé doit être un simple nom, pas une liste ni un dictionnaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>given twice (first at line {line})</source>
        <translation>donné deux fois (d’abord à la ligne {line})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;&lt;&lt;&apos; merges a mapping or a list of mappings</source>
        <translation>«&#xa0;&lt;&lt;&#xa0;» fusionne un dictionnaire ou une liste de dictionnaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file holds more than one YAML document</source>
        <translation>le fichier contient plus d’un document YAML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid YAML</source>
        <translation>pas du YAML valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not valid YAML: {problem}</source>
        <translation>ce n’est pas du YAML valide&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is not valid YAML: {problem} (inside {{…}} a &apos;,&apos; or a &apos;: &apos; ends a value: put a value holding one in quotes, like caption: &quot;Rome, Italy&quot;)</source>
        <translation>ce n’est pas du YAML valide&#xa0;: {problem} (dans {{…}} une «&#xa0;,&#xa0;» ou un «&#xa0;:&#xa0;» termine une valeur&#xa0;: mettez une valeur qui en contient entre guillemets, comme caption: &quot;Rome, Italy&quot;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the subtitles: {reason}</source>
        <translation>impossible de lire les sous-titres&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>larger than {mib} MiB (the subtitle size limit): only the first {mib} MiB are read</source>
        <translation>dépasse {mib} Mio (la limite de taille des sous-titres)&#xa0;: seuls les {mib} premiers Mio sont lus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>holds no cue that can be read</source>
        <translation>ne contient aucun sous-titre lisible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count:,} more problems not shown</source>
        <translation>{count:,} autres problèmes non affichés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count:,} more problem not shown</source>
        <translation>{count:,} autre problème non affiché</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is {encoding}: read as such, but save it as UTF-8</source>
        <translation>est en {encoding}&#xa0;: lu comme tel, mais enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not UTF-8 (byte {byte} on line {line}): read as {encoding}, a guess; save it as UTF-8</source>
        <translation>n’est pas en UTF-8 (octet {byte} à la ligne {line})&#xa0;: lu en {encoding}, une supposition&#x202f;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>more than {count:,} cues (the subtitle cue limit): the rest is not read</source>
        <translation>plus de {count:,} sous-titres (la limite de sous-titres)&#xa0;: le reste n’est pas lu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this cue starts before the one above it</source>
        <translation>ce sous-titre commence avant celui du dessus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a cue number or a timing line, found &apos;{text}&apos;</source>
        <translation>attendu&#xa0;: un numéro de sous-titre ou une ligne de minutage&#x202f;; trouvé&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a cue number or a timing line, found &apos;{text}…&apos;</source>
        <translation>attendu&#xa0;: un numéro de sous-titre ou une ligne de minutage&#x202f;; trouvé&#xa0;: «&#xa0;{text}…&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a cue number with no timing line after it</source>
        <translation>un numéro de sous-titre sans ligne de minutage après lui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreadable timing &apos;{text}&apos; (expected like {example})</source>
        <translation>minutage illisible «&#xa0;{text}&#xa0;» (attendu comme {example})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreadable timing &apos;{text}…&apos; (expected like {example})</source>
        <translation>minutage illisible «&#xa0;{text}…&#xa0;» (attendu comme {example})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this cue ends before it starts: it will never show</source>
        <translation>ce sous-titre finit avant de commencer&#xa0;: il ne s’affichera jamais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this cue has no text</source>
        <translation>ce sous-titre n’a pas de texte</translation>
    </message>
    <message>
        <location filename="../src/mediakit/kit/problems/media.py" line="+8"/>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a readable image (JPEG, PNG, WebP or TIFF)</source>
        <translation>pas une image lisible (JPEG, PNG, WebP ou TIFF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>larger than the limit of {limit} megapixels</source>
        <translation>dépasse la limite de {limit} mégapixels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be decoded ({error})</source>
        <translation>impossible à décoder ({error})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is cut short ({error})</source>
        <translation>le fichier est tronqué ({error})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be decoded in full: {problem}</source>
        <translation>impossible à décoder en entier&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image data is cut short: only its top part shows (the rest is grey)</source>
        <translation>les données de l’image sont tronquées&#xa0;: seul le haut s’affiche (le reste est gris)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VLC cannot play it: {error}</source>
        <translation>VLC ne peut pas le lire&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VLC finds no picture in it (sound only)</source>
        <translation>VLC n’y trouve pas d’image (son seulement)</translation>
    </message>
    <message>
        <location filename="../src/mediakit/kit/problems/words.py" line="+14"/>
        <source>a mapping (key: value)</source>
        <translation>un dictionnaire (clé: valeur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing (an empty value)</source>
        <translation>rien (une valeur vide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; (true/false)</source>
        <translation>«&#xa0;{text}&#xa0;» (vrai/faux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number {text}</source>
        <translation>le nombre {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string (&apos;{text}&apos;)</source>
        <translation>une chaîne («&#xa0;{text}&#xa0;»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a mapping of keys like &apos;title: …&apos;</source>
        <translation>un dictionnaire de clés comme «&#xa0;title: …&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language codes</source>
        <translation>codes de langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subtitles</source>
        <translation>sous-titres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{{file: name.md}}</source>
        <translation>{{file: nom.md}}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the film as {{file: film/name.mp4}}</source>
        <translation>le film sous la forme {{file: film/nom.mp4}}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subtitles as {{language: en, file: film/name.en.srt}}</source>
        <translation>des sous-titres sous la forme {{language: en, file: film/nom.en.srt}}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credits</source>
        <translation>crédits (credits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quotes</source>
        <translation>citations (quotes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>articles</source>
        <translation>articles (articles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stills</source>
        <translation>photos (stills)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specs</source>
        <translation>caractéristiques (specs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts</source>
        <translation>contacts (contacts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>links</source>
        <translation>liens (links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>presentation</source>
        <translation>diapositives (presentation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a credit {{role: …, names: […]}}</source>
        <translation>un crédit {{role: …, names: […]}}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a quote {{text: …, by: …}}</source>
        <translation>une citation {{text: …, by: …}}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an article {{title: …, publication: …, body: …}}</source>
        <translation>un article {{title: …, publication: …, body: …}}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a still {{file: stills/name.jpg}}</source>
        <translation>une photo {{file: stills/nom.jpg}}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a spec {{label: …, value: …}}</source>
        <translation>une caractéristique {{label: …, value: …}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a contact {{name: …}}</source>
        <translation>un contact {{name: …}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a link {{label: …, url: …}}</source>
        <translation>un lien {{label: …, url: …}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a slide {{show: …}}</source>
        <translation>une diapositive {{show: …}}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a link</source>
        <translation>un lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>une socket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../src/mediakit/kit/problems/authoring.py" line="+8"/>
        <source>the field path is empty</source>
        <translation>le chemin du champ est vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a key is missing at character {position}</source>
        <translation>il manque une clé au caractère {position}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a list index like [0] at character {position}, got &apos;{text}&apos;</source>
        <translation>attendu au caractère {position}&#xa0;: un indice de liste comme [0]&#x202f;; trouvé&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected &apos;{char}&apos; at character {position}</source>
        <translation>«&#xa0;{char}&#xa0;» inattendu au caractère {position}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot edit this YAML: {reason}</source>
        <translation>impossible de modifier ce YAML&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} is not a mapping: it has no key &apos;{key}&apos;</source>
        <translation>{field} n’est pas un dictionnaire&#xa0;: il n’a pas de clé «&#xa0;{key}&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} is not a list</source>
        <translation>{field} n’est pas une liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} has {count} items: there is no item {index}</source>
        <translation>{field} a {count} éléments&#xa0;: il n’y a pas d’élément {index}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the kit has no {field}</source>
        <translation>le dossier de presse n’a pas de champ {field}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{field} does not exist: add the list item first</source>
        <translation>{field} n’existe pas&#xa0;: ajoutez d’abord l’élément à la liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} is a copy of &amp;{anchor} (line {line}): edit it there, or replace it</source>
        <translation>{field} est une copie de &amp;{anchor} (ligne {line})&#xa0;: modifiez-la là-bas, ou remplacez-la</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: a value of type {kind} cannot be written in a kit</source>
        <translation>{field}&#xa0;: une valeur de type {kind} ne peut pas s’écrire dans un dossier de presse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>editing {field} would also change {other}: the file is left as it was</source>
        <translation>modifier {field} changerait aussi {other}&#xa0;: le fichier reste tel qu’il était</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>editing {field} would give YAML that does not read back: {reason}</source>
        <translation>modifier {field} donnerait un YAML qui ne se relit pas&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kit.yaml changed on disk since it was read: reload it before saving</source>
        <translation>kit.yaml a changé sur le disque depuis sa lecture&#xa0;: rechargez-le avant d’enregistrer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} comes from a merge (&lt;&lt;): delete or move it where it is written</source>
        <translation>{field} vient d’une fusion (&lt;&lt;)&#xa0;: supprimez-le ou déplacez-le là où il est écrit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} is laid out in a way that cannot be edited without rewriting the whole file</source>
        <translation>{field} est disposé d’une façon qui ne se modifie pas sans réécrire tout le fichier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} is not a plain path inside the kit</source>
        <translation>{file} n’est pas un simple chemin à l’intérieur du dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is a link: edit the file it points to</source>
        <translation>{file} est un lien&#xa0;: modifiez le fichier vers lequel il pointe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is larger than {size}</source>
        <translation>{file} dépasse {size}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is not UTF-8 text (byte {byte})</source>
        <translation>{file} n’est pas du texte UTF-8 (octet {byte})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} changed on disk since it was read</source>
        <translation>{file} a changé sur le disque depuis sa lecture</translation>
    </message>
    <message>
        <location filename="../src/mediakit/kit/problems/signature.py" line="+11"/>
        <source>the signature is not an OpenSSH signature (no BEGIN SSH SIGNATURE armor)</source>
        <translation>la signature n’est pas une signature OpenSSH (pas d’armure BEGIN SSH SIGNATURE)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the signature is damaged: its armor is not valid base64</source>
        <translation>la signature est endommagée&#xa0;: son armure n’est pas du base64 valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signature is damaged: it is cut short or malformed</source>
        <translation>la signature est endommagée&#xa0;: elle est tronquée ou mal formée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signature is damaged: it does not start with SSHSIG</source>
        <translation>la signature est endommagée&#xa0;: elle ne commence pas par SSHSIG</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signature has version {version}; only version 1 is read</source>
        <translation>la signature est en version {version}&#x202f;; seule la version 1 est lue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signature was made for &apos;{namespace}&apos;, not for mediakit: it does not apply</source>
        <translation>la signature a été faite pour «&#xa0;{namespace}&#xa0;», pas pour mediakit&#xa0;: elle ne vaut pas ici</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the signature uses the hash &apos;{algorithm}&apos;; only sha512 and sha256 are read</source>
        <translation>la signature utilise le hachage «&#xa0;{algorithm}&#xa0;»&#x202f;; seuls sha512 et sha256 sont lus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the signature&apos;s key is of type &apos;{type}&apos;; only Ed25519 and RSA are read</source>
        <translation>la clé de la signature est de type «&#xa0;{type}&#xa0;»&#x202f;; seules Ed25519 et RSA sont lues</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the signature is of type &apos;{type}&apos;, which does not go with a {key} key (or is too weak)</source>
        <translation>la signature est de type «&#xa0;{type}&#xa0;», qui ne va pas avec une clé {key} (ou est trop faible)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the signature&apos;s public key is damaged</source>
        <translation>la clé publique de la signature est endommagée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signature does not match checksums.sha256: the archive was changed after it was signed, or the signature belongs to another archive</source>
        <translation>la signature ne correspond pas à checksums.sha256&#xa0;: l’archive a été modifiée après avoir été signée, ou la signature est celle d’une autre archive</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the signature must be the archive&apos;s last entry</source>
        <translation>la signature doit être la dernière entrée de l’archive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>checksums.sha256 lists the signature, which it may not (it signs the list)</source>
        <translation>checksums.sha256 liste la signature, ce qu’il ne peut pas faire (elle signe la liste)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the signature is {size}, beyond the limit of {limit}</source>
        <translation>la signature fait {size}, au-delà de la limite de {limit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a signature, but no checksums.sha256 for it to sign</source>
        <translation>une signature, mais pas de checksums.sha256 qu’elle signerait</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not an OpenSSH private key in a form we read: {reason}</source>
        <translation>pas une clé privée OpenSSH sous une forme que nous lisons&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrong passphrase for this key, or the key is damaged</source>
        <translation>mauvaise phrase de passe pour cette clé, ou clé endommagée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this key has a passphrase and there is no terminal to ask for it on</source>
        <translation>cette clé a une phrase de passe et il n’y a pas de terminal où la demander</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this key&apos;s type is not supported for signing: Ed25519 or RSA</source>
        <translation>ce type de clé ne sert pas à signer&#xa0;: Ed25519 ou RSA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the archive has problems; a damaged archive is not signed</source>
        <translation>l’archive a des problèmes&#x202f;; une archive endommagée n’est pas signée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the archive changed while it was being signed</source>
        <translation>l’archive a changé pendant qu’elle était signée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is a public key, and no ssh-agent is running (SSH_AUTH_SOCK is not set)</source>
        <translation>c’est une clé publique, et aucun ssh-agent ne tourne (SSH_AUTH_SOCK n’est pas défini)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the ssh-agent cannot be reached: {reason}</source>
        <translation>l’ssh-agent est injoignable&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ssh-agent did not sign: it does not hold this key, or signing was refused</source>
        <translation>l’ssh-agent n’a pas signé&#xa0;: il ne détient pas cette clé, ou la signature a été refusée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the ssh-agent&apos;s answer is not one we understand</source>
        <translation>la réponse de l’ssh-agent n’est pas une que nous comprenions</translation>
    </message>
    <message>
        <location filename="../src/mediakit/kit/problems/credentials.py" line="+16"/>
        <source>Content Credentials cannot be read here: the c2pa library did not load ({error})</source>
        <translation>Les identifiants de contenu ne peuvent pas être lus ici&#xa0;: la bibliothèque c2pa ne s’est pas chargée ({error})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be opened: {reason}</source>
        <translation>ne peut pas être ouvert&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too large to read its Content Credentials (over the limit of {limit})</source>
        <translation>trop volumineux pour lire ses identifiants de contenu (au-delà de la limite de {limit})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reading its Content Credentials took longer than {seconds} seconds: stopped</source>
        <translation>la lecture de ses identifiants de contenu a pris plus de {seconds} secondes&#xa0;: arrêtée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its Content Credentials cannot be read: {error}</source>
        <translation>ses identifiants de contenu sont illisibles&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its Content Credentials are not in the form C2PA describes ({detail})</source>
        <translation>ses identifiants de contenu n’ont pas la forme que décrit C2PA ({detail})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Content Credentials are not read from this kind of file ({kind})</source>
        <translation>les identifiants de contenu ne sont pas lus dans ce type de fichier ({kind})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reading its Content Credentials failed (a bug of mediakit&apos;s: {error})</source>
        <translation>la lecture de ses identifiants de contenu a échoué (un bogue de mediakit&#xa0;: {error})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the kit declares AI use, but none of its stills, poster or films says so in machine-readable Content Credentials (an IPTC digital source type such as trainedAlgorithmicMedia)</source>
        <translation>le dossier déclare un usage de l’IA, mais aucune de ses photos, ni son affiche, ni ses films ne le disent dans des identifiants de contenu lisibles par une machine (un type de source numérique IPTC comme trainedAlgorithmicMedia)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its Content Credentials say it was generated by AI ({source_type}), but the kit has no ai_disclosure</source>
        <translation>ses identifiants de contenu disent qu’il a été généré par IA ({source_type}), mais le dossier n’a pas d’ai_disclosure</translation>
    </message>
    <message>
        <location filename="../src/mediakit/media/credentials_words.py" line="+17"/>
        <source>generated by AI</source>
        <translation>généré par IA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>combined with elements generated by AI</source>
        <translation>combiné avec des éléments générés par IA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>drawn by a program, without AI</source>
        <translation>dessiné par un programme, sans IA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>combined from synthetic elements</source>
        <translation>composé d’éléments synthétiques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enhanced by software</source>
        <translation>amélioré par un logiciel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>taken with a digital camera</source>
        <translation>pris avec un appareil numérique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>taken with computational photography</source>
        <translation>pris en photographie computationnelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scanned from a film negative</source>
        <translation>numérisé depuis un négatif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scanned from a film positive</source>
        <translation>numérisé depuis un positif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scanned from a print</source>
        <translation>numérisé depuis un tirage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited by a person</source>
        <translation>retouché par une personne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>made by a person with digital tools</source>
        <translation>fait par une personne avec des outils numériques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>made from data by software</source>
        <translation>produit à partir de données par un logiciel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a screen capture</source>
        <translation>une capture d’écran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded in a virtual scene</source>
        <translation>enregistré dans une scène virtuelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a composite of several pieces</source>
        <translation>un assemblage de plusieurs éléments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>combined from several captures</source>
        <translation>composé de plusieurs prises de vue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed into</source>
        <translation>Placé dans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cropped</source>
        <translation>Recadré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resized</source>
        <translation>Redimensionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours adjusted</source>
        <translation>Couleurs ajustées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtered</source>
        <translation>Filtré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn on</source>
        <translation>Dessiné dessus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turned</source>
        <translation>Pivoté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcoded</source>
        <translation>Transcodé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repackaged</source>
        <translation>Réempaqueté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something removed</source>
        <translation>Élément supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metadata edited</source>
        <translation>Métadonnées modifiées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{value}” (as the file says)</source>
        <translation>«&#xa0;{value}&#xa0;» (selon le fichier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{action} — {how}</source>
        <translation>{action} — {how}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{action}, with {tool}</source>
        <translation>{action}, avec {tool}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>valid, signed by a certificate on a trust list</source>
        <translation>valide, signée par un certificat d’une liste de confiance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>valid, but the signer is on no trust list here (mediakit works offline and fetches none)</source>
        <translation>valide, mais le signataire n’est sur aucune liste de confiance ici (mediakit travaille hors ligne et n’en télécharge aucune)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>INVALID: the file or its credentials changed after they were signed</source>
        <translation>INVALIDE&#xa0;: le fichier ou ses identifiants ont changé après leur signature</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <location filename="../src/mediakit/kit/problems/library.py" line="+11"/>
        <source>the library&apos;s index was damaged ({reason}); it was set aside as {aside} and is rebuilt from your kits</source>
        <translation>l’index de la bibliothèque était endommagé ({reason})&#x202f;; il a été mis de côté sous le nom {aside} et est reconstruit à partir de vos dossiers de presse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the library&apos;s index was made by another version of mediakit; it is rebuilt from your kits</source>
        <translation>l’index de la bibliothèque a été fait par une autre version de mediakit&#x202f;; il est reconstruit à partir de vos dossiers de presse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the library&apos;s index is in use by another mediakit and did not come free in {seconds} s; try again</source>
        <translation>l’index de la bibliothèque est utilisé par un autre mediakit et ne s’est pas libéré en {seconds} s&#x202f;; réessayez</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the library&apos;s index cannot be opened ({reason}); this session keeps it in memory only</source>
        <translation>l’index de la bibliothèque ne peut pas être ouvert ({reason})&#x202f;; cette session le garde en mémoire seulement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot look into this folder: {reason}</source>
        <translation>impossible de regarder dans ce dossier&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not searched below {depth} folders deep</source>
        <translation>pas de recherche au-delà de {depth} niveaux de dossiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>search stopped after {count} entries</source>
        <translation>recherche arrêtée après {count} entrées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this kit is no longer there (moved, deleted or unmounted)</source>
        <translation>ce dossier de presse n’est plus là (déplacé, supprimé ou démonté)</translation>
    </message>
</context>
<context>
    <name>publication</name>
    <message>
        <location filename="../src/mediakit/media/publication_credits.py" line="+32"/>
        <source>{film} — stills for publication</source>
        <translation>{film} — photos pour publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each file carries its caption, credit, copyright and alt text in its own metadata (XMP); credits.csv lists the same for spreadsheets.</source>
        <translation>Chaque fichier porte sa légende, son crédit, son copyright et son texte alternatif dans ses propres métadonnées (XMP)&#x202f;; credits.csv donne la même chose pour les tableurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caption: {text}</source>
        <translation>Légende&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit: {text}</source>
        <translation>Crédit&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright: {text}</source>
        <translation>Copyright&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt text: {text}</source>
        <translation>Texte alternatif&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit: none given in the kit</source>
        <translation>Crédit&#xa0;: aucun dans le dossier de presse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content Credentials: kept in {original} (the untouched original); this copy has none, since writing the caption into it changed its bytes.</source>
        <translation>Identifiants de contenu&#xa0;: conservés dans {original} (l’original intact)&#x202f;; cette copie n’en a pas, car y écrire la légende a changé ses octets.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Metadata: in {sidecar} beside it (this format is exported untouched).</source>
        <translation>Métadonnées&#xa0;: dans {sidecar} à côté (ce format est exporté intact).</translation>
    </message>
</context>
</TS>
