<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../src/mediakit/gui/openreport.py" line="+23"/>
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
        <location line="+24"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Could not open {path} — {counts}.</source>
        <translation>Impossible d’ouvrir {path} — {counts}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kit on screen is unchanged.</source>
        <translation>Le dossier affiché reste inchangé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open anyway, read-only</source>
        <translation>Ouvrir quand même, en lecture seule</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} is damaged: shown read-only, the files below changed since packing</source>
        <translation>{path} est endommagé&#xa0;: affiché en lecture seule, les fichiers ci-dessous ont changé depuis l’empaquetage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} opened with {counts}</source>
        <translation>{path} ouvert avec {counts}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} opened from a temporary folder</source>
        <translation>{path} ouvert depuis un dossier temporaire</translation>
    </message>
    <message>
        <location filename="../src/mediakit/gui/window.py" line="+136"/>
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
        <location line="+7"/>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening cancelled.</source>
        <translation>Ouverture annulée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not open the kit: {error}</source>
        <translation>Impossible d’ouvrir le dossier de presse&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+34"/>
        <source>{title} — mediakit</source>
        <translation>{title} — mediakit</translation>
    </message>
    <message>
        <location line="+76"/>
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
        <location filename="../src/mediakit/gui/integrity.py" line="+39"/>
        <source>Verified — %n file(s), SHA-256 checked · {short}</source>
        <translation>
            <numerusform>Vérifié — %n fichier, SHA-256 contrôlé · {short}</numerusform>
            <numerusform>Vérifié — %n fichiers, SHA-256 contrôlés · {short}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
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
</context>
<context>
    <name>ArticlesPage</name>
    <message>
        <location filename="../src/mediakit/gui/pages/articles.py" line="+35"/>
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
        <location line="+49"/>
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
    <name>ContactsPage</name>
    <message>
        <location filename="../src/mediakit/gui/pages/contacts.py" line="+23"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location filename="../src/mediakit/gui/pages/credits.py" line="+15"/>
        <source>Credits</source>
        <translation>Générique</translation>
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
    <name>IntegrityBadge</name>
    <message>
        <location filename="../src/mediakit/gui/integrity.py" line="-26"/>
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
        <location line="+13"/>
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
        <location line="+19"/>
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
    <name>KitHeader</name>
    <message>
        <location filename="../src/mediakit/gui/header.py" line="+69"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made with generative AI — how</source>
        <translation>Fait avec l’IA générative — comment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How generative AI was used in this work</source>
        <translation>Comment l’IA générative a servi à cette œuvre</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Language of the kit&apos;s texts</source>
        <translation>Langue des textes du dossier</translation>
    </message>
</context>
<context>
    <name>KitTextView</name>
    <message>
        <location filename="../src/mediakit/gui/kittext.py" line="+19"/>
        <source>This text is shown without formatting: it is too large or too unusual to lay out quickly.</source>
        <translation>Ce texte est affiché sans mise en forme&#xa0;: il est trop long ou trop inhabituel pour être mis en page rapidement.</translation>
    </message>
</context>
<context>
    <name>Lightbox</name>
    <message>
        <location filename="../src/mediakit/gui/pages/lightbox.py" line="+178"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+117"/>
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
        <location line="+15"/>
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
        <location filename="../src/mediakit/gui/pages/links.py" line="+15"/>
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
        <location filename="../src/mediakit/gui/menus.py" line="+36"/>
        <source>&amp;Kit</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un dossier &amp;récent</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../src/mediakit/gui/present/controller.py" line="+260"/>
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
    <name>QuotesPage</name>
    <message>
        <location filename="../src/mediakit/gui/pages/quotes.py" line="+45"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <source>Copy quote %1 with attribution</source>
        <translation>Copier la citation %1 avec sa source</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../src/mediakit/gui/sections.py" line="+20"/>
        <source>How generative AI was used to make this work, as its authors describe it.</source>
        <translation>Comment l’IA générative a servi à faire cette œuvre, tel que ses auteurs le décrivent.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Synopsis</source>
        <translation>Synopsis</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Statement</source>
        <translation>Note d’intention</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AI use</source>
        <translation>Usage de l’IA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How AI was used</source>
        <translation>Comment l’IA a été utilisée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credits</source>
        <translation>Générique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stills</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Technical details</source>
        <translation>Fiche technique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
</context>
<context>
    <name>SectionsView</name>
    <message>
        <location filename="../src/mediakit/gui/sections_view.py" line="+51"/>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <location filename="../src/mediakit/gui/present/slides.py" line="+48"/>
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
</context>
<context>
    <name>SpecsPage</name>
    <message>
        <location filename="../src/mediakit/gui/pages/specs.py" line="+14"/>
        <source>Technical details</source>
        <translation>Fiche technique</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../src/mediakit/gui/start.py" line="+37"/>
        <source>Open a press kit — a .mediakit file, or a folder with a kit.yaml — to read its texts, credits and quotes, look at the stills and watch the film. Everything stays offline.</source>
        <translation>Ouvrez un dossier de presse — un fichier .mediakit, ou un dossier contenant un kit.yaml — pour lire ses textes, son générique et ses citations, regarder les photos et voir le film. Tout reste hors ligne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a kit…</source>
        <translation>Ouvrir un dossier de presse…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>or drop a kit — file or folder — on this window</source>
        <translation>ou déposez un dossier de presse — fichier ou dossier — sur cette fenêtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Recent kits</source>
        <translation>Dossiers récents</translation>
    </message>
</context>
<context>
    <name>StillsPage</name>
    <message>
        <location filename="../src/mediakit/gui/pages/stills.py" line="+114"/>
        <location line="+19"/>
        <source>Stills</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+7"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Copy the original file of the selected still to a folder</source>
        <translation>Copier le fichier original de la photo choisie dans un dossier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This kit has no stills.</source>
        <translation>Ce dossier de presse ne contient pas de photos.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n still(s)  ·  Enter or click to enlarge</source>
        <translation>
            <numerusform>%n photo  ·  Entrée ou clic pour agrandir</numerusform>
            <numerusform>%n photos  ·  Entrée ou clic pour agrandir</numerusform>
        </translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Exported {name} to {target}</source>
        <translation>{name} exporté vers {target}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export {name}: {error}</source>
        <translation>Impossible d’exporter {name}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export still to folder</source>
        <translation>Exporter la photo dans un dossier</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>⚠ Changed since packing — {caption}</source>
        <translation>⚠ Modifiée depuis l’empaquetage — {caption}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only part of this file could be read.</source>
        <translation>Ce fichier n’a pu être lu qu’en partie.</translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <location filename="../src/mediakit/gui/pages/stills_grid.py" line="+289"/>
        <source>This still cannot be shown</source>
        <translation>Cette photo ne peut pas être affichée</translation>
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
        <location line="+43"/>
        <source>--lang {code}: this kit has {codes}</source>
        <translation>--lang {code}&#xa0;: ce dossier de presse est en {codes}</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/main.py" line="+48"/>
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
        <location filename="../src/mediakit/cli/pack.py" line="+26"/>
        <source>{folder}: pack takes a kit folder, not an archive</source>
        <translation>{folder}&#xa0;: pack prend un dossier, pas une archive</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{output}: the archive&apos;s name must end in {suffix}</source>
        <translation>{output}&#xa0;: le nom de l’archive doit finir par {suffix}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{output}: exists: use --force to replace it</source>
        <translation>{output}&#xa0;: existe déjà&#xa0;: --force pour le remplacer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{file}: left out (kit.yaml does not name it)</source>
        <translation>{file}&#xa0;: laissé de côté (kit.yaml ne le nomme pas)</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/png.py" line="+39"/>
        <source>{output}: could not encode the picture as PNG</source>
        <translation>{output}&#xa0;: impossible d’encoder l’image en PNG</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/present.py" line="+36"/>
        <source>--start {slide}: the presentation has {count} slides</source>
        <translation>--start {slide}&#xa0;: la présentation compte {count} diapositives</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/snapshot.py" line="+40"/>
        <source>--presenter-view needs --present SLIDE</source>
        <translation>--presenter-view demande --present DIAPO</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>--section {section}: this kit has the sections {sections}</source>
        <translation>--section {section}&#xa0;: ce dossier de presse a les rubriques {sections}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>--present {slide}: the presentation has {count} slides</source>
        <translation>--present {slide}&#xa0;: la présentation compte {count} diapositives</translation>
    </message>
    <message>
        <location filename="../src/mediakit/cli/verify.py" line="+22"/>
        <source>{archive}: is a folder; verify checks a .mediakit archive (pack makes one)</source>
        <translation>{archive}&#xa0;: est un dossier&#x202f;; verify contrôle une archive .mediakit (pack en crée une)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{archive}: intact — {count} files, SHA-256 checked</source>
        <translation>{archive}&#xa0;: intacte — {count} fichiers, SHA-256 contrôlé</translation>
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
        <location filename="../src/mediakit/cli/validate.py" line="+37"/>
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
        <location filename="../src/mediakit/cli/info.py" line="+42"/>
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
        <source>{count} still</source>
        <translation>{count} photo</translation>
    </message>
    <message>
        <location line="+0"/>
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
</context>
<context>
    <name>external</name>
    <message>
        <location filename="../src/mediakit/gui/external.py" line="+39"/>
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
        <source>Close the kit, back to the start page</source>
        <translation>Fermer le dossier de presse, retour à l’accueil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next section</source>
        <translation>Rubrique suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous section</source>
        <translation>Rubrique précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focus the list of sections</source>
        <translation>Aller à la liste des rubriques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next language of the kit</source>
        <translation>Langue suivante du dossier</translation>
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
        <location line="+83"/>
        <source>Show the keys</source>
        <translation>Afficher les raccourcis clavier</translation>
    </message>
    <message>
        <location line="-81"/>
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
</context>
</TS>
