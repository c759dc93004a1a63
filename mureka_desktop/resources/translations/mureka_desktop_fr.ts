<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mureka Desktop</source>
        <translation>À propos de Mureka Desktop</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Songs in the queue: state, tries, progress and last error. Drop or paste song ids to add more.</source>
        <translation>Chansons de la file d&apos;attente&#xa0;: état, essais, progression et dernière erreur. Déposez ou collez des identifiants de chanson pour en ajouter.</translation>
    </message>
    <message>
        <source>Play or pause the video</source>
        <translation>Lire ou mettre en pause la vidéo</translation>
    </message>
    <message>
        <source>Video position</source>
        <translation>Position dans la vidéo</translation>
    </message>
    <message>
        <source>Drag to seek in the video</source>
        <translation>Faites glisser pour vous déplacer dans la vidéo</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>Temps écoulé et durée totale</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Pochette</translation>
    </message>
    <message>
        <source>The song&apos;s cover image</source>
        <translation>L&apos;image de pochette de la chanson</translation>
    </message>
    <message>
        <source>Video preview</source>
        <translation>Aperçu vidéo</translation>
    </message>
    <message>
        <source>The queue is empty</source>
        <translation>La file d&apos;attente est vide</translation>
    </message>
    <message>
        <source>Queue paused</source>
        <translation>File d&apos;attente en pause</translation>
    </message>
    <message>
        <source>Why the queue paused, and the fix</source>
        <translation>Pourquoi la file d&apos;attente est en pause, et la solution</translation>
    </message>
</context>
<context>
    <name>AccountSongsDialog</name>
    <message>
        <source>Add songs from the account</source>
        <translation>Ajouter des chansons du compte</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>In your queue</source>
        <translation>Dans votre file</translation>
    </message>
    <message>
        <source>Song id</source>
        <translation>Identifiant de chanson</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Cannot list the accounts: %1</source>
        <translation>Impossible de lister les comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>Cannot list the songs: %1</source>
        <translation>Impossible de lister les chansons&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) (more to load)</source>
        <translation>
            <numerusform>%n chanson (d&apos;autres à charger)</numerusform>
            <numerusform>%n chansons (d&apos;autres à charger)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n chanson</numerusform>
            <numerusform>%n chansons</numerusform>
        </translation>
    </message>
    <message>
        <source>exists (free)</source>
        <translation>existe (gratuit)</translation>
    </message>
    <message>
        <source>not possible</source>
        <translation>impossible</translation>
    </message>
    <message>
        <source>to generate</source>
        <translation>à générer</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>The API makes no videos for V9.5 songs</source>
        <translation>L&apos;API ne fait pas de vidéos pour les chansons V9.5</translation>
    </message>
    <message numerus="yes">
        <source>Review %n…</source>
        <translation>
            <numerusform>Vérifier %n…</numerusform>
            <numerusform>Vérifier %n…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <comment>%1: a time</comment>
        <translation>Mis à jour %1</translation>
    </message>
    <message>
        <source>Not loaded yet: Refresh asks useapi.net.</source>
        <translation>Pas encore chargé&#xa0;: Actualiser interroge useapi.net.</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <comment>%1: Mureka accounts</comment>
        <translation>À vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>All accounts OK</source>
        <translation>Tous les comptes sont OK</translation>
    </message>
</context>
<context>
    <name>AccountsDock</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Hide the accounts (View ▸ Accounts shows them again)</source>
        <translation>Masquer les comptes (Affichage ▸ Comptes les réaffiche)</translation>
    </message>
    <message>
        <source>Hide the accounts</source>
        <translation>Masquer les comptes</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>Appels aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Videos today</source>
        <translation>Vidéos aujourd&apos;hui</translation>
    </message>
    <message>
        <source>What useapi.net says of the account, or why its songs wait</source>
        <translation>Ce que useapi.net dit du compte, ou pourquoi ses chansons attendent</translation>
    </message>
    <message>
        <source>Days since the Mureka session was issued; whether useapi.net refreshes it by itself</source>
        <translation>Jours depuis l&apos;émission de la session Mureka&#xa0;; si useapi.net la renouvelle d&apos;elle-même</translation>
    </message>
    <message>
        <source>Credits left on the Mureka account</source>
        <translation>Crédits restants sur le compte Mureka</translation>
    </message>
    <message>
        <source>Generations of this app running on the account / the most it may run now</source>
        <translation>Générations de cette application en cours sur le compte / le maximum permis maintenant</translation>
    </message>
    <message>
        <source>Generate calls this app sent to the account today (refused ones included)</source>
        <translation>Appels de génération envoyés au compte aujourd&apos;hui par cette application (refusés compris)</translation>
    </message>
    <message>
        <source>Videos this app&apos;s generations made on the account today</source>
        <translation>Vidéos faites aujourd&apos;hui sur le compte par les générations de cette application</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <comment>%1: useapi.net&apos;s words</comment>
        <translation>À vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <comment>%1: why, and the fix</comment>
        <translation>En pause&#xa0;: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>a session&apos;s age in days</comment>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>renouvellement auto</translation>
    </message>
    <message>
        <source>no auto-refresh</source>
        <translation>pas de renouvellement auto</translation>
    </message>
    <message>
        <source>Credits unknown: %1</source>
        <translation>Crédits inconnus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Session issued %1 days ago; %2</source>
        <translation>Session émise il y a %1 jours&#xa0;; %2</translation>
    </message>
    <message>
        <source>useapi.net refreshes it by itself</source>
        <translation>useapi.net la renouvelle d&apos;elle-même</translation>
    </message>
    <message>
        <source>no auto-refresh: update it on useapi.net when it expires</source>
        <translation>pas de renouvellement auto&#xa0;: mettez-la à jour sur useapi.net quand elle expire</translation>
    </message>
    <message>
        <source>%1
Its songs wait: %2</source>
        <translation>%1
Ses chansons attendent&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AccountsSettings</name>
    <message>
        <source>Mureka accounts</source>
        <translation>Comptes Mureka</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Ask useapi.net for the accounts&apos; health and credits again</source>
        <translation>Redemander à useapi.net l&apos;état et les crédits des comptes</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Forget what was learned: space calls per Mureka account again until a rejected call shows the 3 s rule counts per token</source>
        <translation>Oublier ce qui a été appris&#xa0;: espacer de nouveau les appels par compte Mureka jusqu&apos;à ce qu&apos;un appel refusé montre que la règle des 3 s compte par jeton</translation>
    </message>
    <message>
        <source>3 s spacing: learned to count per useapi.net token (a rejected call showed it): every call waits 3 s after any account&apos;s.</source>
        <translation>Espacement de 3 s&#xa0;: appris comme comptant par jeton useapi.net (un appel refusé l&apos;a montré)&#xa0;: chaque appel attend 3 s après celui de n&apos;importe quel compte.</translation>
    </message>
    <message>
        <source>3 s spacing: confirmed per Mureka account: accounts call side by side.</source>
        <translation>Espacement de 3 s&#xa0;: confirmé par compte Mureka&#xa0;: les comptes appellent côte à côte.</translation>
    </message>
    <message>
        <source>3 s spacing: not learned yet; per Mureka account until a rejected call shows it counts per token.</source>
        <translation>Espacement de 3 s&#xa0;: pas encore appris&#xa0;; par compte Mureka jusqu&apos;à ce qu&apos;un appel refusé montre qu&apos;il compte par jeton.</translation>
    </message>
    <message numerus="yes">
        <source>Check found %n account(s) for the token above; Save to use it and list its accounts here.</source>
        <translation>
            <numerusform>Vérifier a trouvé %n compte pour le jeton ci-dessus ; enregistrez pour l&apos;utiliser et lister ici ses comptes.</numerusform>
            <numerusform>Vérifier a trouvé %n comptes pour le jeton ci-dessus ; enregistrez pour l&apos;utiliser et lister ici ses comptes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsTable</name>
    <message>
        <source>Mureka accounts</source>
        <translation>Comptes Mureka</translation>
    </message>
</context>
<context>
    <name>AddSongsDialog</name>
    <message>
        <source>Add songs</source>
        <translation>Ajouter des chansons</translation>
    </message>
    <message>
        <source>Song ids, mureka.ai links, or any text holding them:</source>
        <translation>Identifiants de chanson, liens mureka.ai, ou tout texte qui en contient&#xa0;:</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Vérifier…</translation>
    </message>
    <message>
        <source>Review the ids before queueing them (Ctrl+Return)</source>
        <translation>Vérifier les identifiants avant de les mettre en file (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>&lt;b&gt;Account paused.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Compte en pause.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue paused.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;File d&apos;attente en pause.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Essayer maintenant</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Space plays both · ←/→ seek both · Tab switches side · P / X / 1–5 decide on the framed side · M mute · Esc back</source>
        <translation>Espace lit les deux · ←/→ déplace les deux · Tab change de côté · P / X / 1–5 décident pour le côté encadré · M muet · Échap retour</translation>
    </message>
    <message>
        <source>Back to the videos</source>
        <translation>Retour aux vidéos</translation>
    </message>
    <message>
        <source>Compare versions: %1</source>
        <translation>Comparer les versions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2 · %3</source>
        <translation>Version %1 sur %2 · %3</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop highlight</source>
        <translation>Zone de dépôt</translation>
    </message>
    <message>
        <source>Drop to add these songs (copied, nothing is moved)</source>
        <translation>Déposez pour ajouter ces chansons (copiées, rien n&apos;est déplacé)</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ExportPicksDialog</name>
    <message>
        <source>Export picks</source>
        <translation>Exporter les retenues</translation>
    </message>
    <message numerus="yes">
        <source>%n picked video(s) with their covers, %1, named by the file name template, and a playlist (M3U).</source>
        <comment>%1: their size</comment>
        <translation>
            <numerusform>%n vidéo retenue avec sa pochette, %1, nommée selon le modèle de nom de fichier, et une liste de lecture (M3U).</numerusform>
            <numerusform>%n vidéos retenues avec leurs pochettes, %1, nommées selon le modèle de nom de fichier, et une liste de lecture (M3U).</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Hard-link instead of copying where the disk allows (no extra space; a copy otherwise)</source>
        <translation>Lien physique au lieu de copie quand le disque le permet (pas d&apos;espace en plus&#xa0;; une copie sinon)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export picks to</source>
        <translation>Exporter les retenues vers</translation>
    </message>
</context>
<context>
    <name>FileMarks</name>
    <message>
        <source>⚠ File missing</source>
        <translation>⚠ Fichier manquant</translation>
    </message>
    <message>
        <source>♻ In the trash</source>
        <translation>♻ Dans la corbeille</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>Fichier manquant</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>Dans la corbeille</translation>
    </message>
    <message>
        <source>⚠ Video file missing</source>
        <translation>⚠ Fichier vidéo manquant</translation>
    </message>
</context>
<context>
    <name>FullScreenVideo</name>
    <message>
        <source>Mureka Desktop — full screen</source>
        <translation>Mureka Desktop — plein écran</translation>
    </message>
    <message>
        <source>Space play / pause · Shift+←/→ or J/L seek 5 s · ←/→ other video · M mute · P / X / 1–5 decide · Esc leave</source>
        <translation>Espace lecture / pause · Maj+←/→ ou J/L avance de 5 s · ←/→ autre vidéo · M muet · P / X / 1–5 décident · Échap quitte</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>No application could open this location:

%1

Open it from your file manager; the path can be selected and copied here.</source>
        <translation>Aucune application n&apos;a pu ouvrir cet emplacement&#xa0;:

%1

Ouvrez-le depuis votre gestionnaire de fichiers&#xa0;; le chemin peut être sélectionné et copié ici.</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mureka Desktop %1&lt;/h3&gt;&lt;p&gt;Lyrics videos for lists of Mureka songs, through the useapi.net API.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;&lt;br&gt;Mureka Desktop is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %3 and PySide6 %4 (Qt for Python), used under the &lt;a href=&apos;%5&apos;&gt;GNU Lesser General Public License v3&lt;/a&gt;. You may replace them with your own build: the source of &lt;a href=&apos;%6&apos;&gt;Qt&lt;/a&gt; and of &lt;a href=&apos;%7&apos;&gt;PySide6&lt;/a&gt; is published by The Qt Company.&lt;/p&gt;</source>
        <comment>%1 version, %2 project page, %3 Qt version, %4 PySide6 version, %5 licence text, %6 Qt source, %7 PySide6 source</comment>
        <translation>&lt;h3&gt;Mureka Desktop %1&lt;/h3&gt;&lt;p&gt;Des vidéos de paroles pour des listes de chansons Mureka, par l&apos;API useapi.net.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;&lt;br&gt;Mureka Desktop est un logiciel libre sous licence MIT.&lt;/p&gt;&lt;p&gt;Construit avec Qt %3 et PySide6 %4 (Qt for Python), utilisés sous la &lt;a href=&apos;%5&apos;&gt;GNU Lesser General Public License v3&lt;/a&gt;. Vous pouvez les remplacer par votre propre compilation&#xa0;: le code source de &lt;a href=&apos;%6&apos;&gt;Qt&lt;/a&gt; et de &lt;a href=&apos;%7&apos;&gt;PySide6&lt;/a&gt; est publié par The Qt Company.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Nothing to add</source>
        <translation>Rien à ajouter</translation>
    </message>
    <message>
        <source>The dropped data holds no text or files.</source>
        <translation>Les données déposées ne contiennent ni texte ni fichiers.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>Some files were not read</source>
        <translation>Certains fichiers n&apos;ont pas été lus</translation>
    </message>
    <message>
        <source>%1

Nothing from them was queued.</source>
        <translation>%1

Rien n&apos;en a été mis en file.</translation>
    </message>
    <message>
        <source>No song ids</source>
        <translation>Aucun identifiant de chanson</translation>
    </message>
    <message>
        <source>No song ids were found.</source>
        <translation>Aucun identifiant de chanson n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>From the command line</source>
        <translation>Depuis la ligne de commande</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Renaming</source>
        <translation>Renommage</translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation>Mise à la corbeille</translation>
    </message>
    <message>
        <source>Exporting picks</source>
        <translation>Export des retenues</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Linking</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop after the file being moved now; the rest is left as it is, to run again later</source>
        <translation>Arrêter après le fichier en cours de déplacement ; le reste est laissé tel quel, à relancer plus tard</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n autre en attente)</numerusform>
            <numerusform>(%n autres en attente)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>No useapi.net token yet: generating is off. The library works offline.</source>
        <translation>Pas encore de jeton useapi.net&#xa0;: la génération est désactivée. La bibliothèque fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Resuming the queue where the last session stopped.</source>
        <translation>La file d&apos;attente reprend là où la dernière session s&apos;est arrêtée.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>Seek back 5 s</source>
        <translation>Reculer de 5 s</translation>
    </message>
    <message>
        <source>Seek forward 5 s</source>
        <translation>Avancer de 5 s</translation>
    </message>
    <message>
        <source>Previous video</source>
        <translation>Vidéo précédente</translation>
    </message>
    <message>
        <source>Next video</source>
        <translation>Vidéo suivante</translation>
    </message>
    <message>
        <source>Mute / unmute</source>
        <translation>Couper / rétablir le son</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Play the video full screen (F or Enter; Esc leaves)</source>
        <translation>Lire la vidéo en plein écran (F ou Entrée&#xa0;; Échap pour quitter)</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparer les versions</translation>
    </message>
    <message>
        <source>Two versions of the song side by side, in sync (C)</source>
        <translation>Deux versions de la chanson côte à côte, synchronisées (C)</translation>
    </message>
    <message>
        <source>Compare: other side</source>
        <translation>Comparaison&#xa0;: autre côté</translation>
    </message>
    <message>
        <source>Leave compare</source>
        <translation>Quitter la comparaison</translation>
    </message>
    <message>
        <source>List view</source>
        <translation>Vue en liste</translation>
    </message>
    <message>
        <source>Show the videos as a list with columns, or as a grid of covers (Ctrl+L)</source>
        <translation>Afficher les vidéos en liste avec colonnes, ou en grille de pochettes (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>LibraryColumns</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>Chanson</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>✔ Picked</source>
        <translation>✔ Retenue</translation>
    </message>
    <message>
        <source>✘ Rejected</source>
        <translation>✘ Rejetée</translation>
    </message>
    <message>
        <source>%1 of 5 stars</source>
        <translation>%1 étoiles sur 5</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Non triée</translation>
    </message>
    <message>
        <source>seen</source>
        <comment>after a video&apos;s review: watched</comment>
        <translation>vue</translation>
    </message>
</context>
<context>
    <name>LibraryDetail</name>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Tri&#xa0;:</translation>
    </message>
    <message>
        <source>Song id:</source>
        <translation>Identifiant de chanson&#xa0;:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Video id:</source>
        <translation>Identifiant de vidéo&#xa0;:</translation>
    </message>
    <message>
        <source>Click to show the file in its folder</source>
        <translation>Cliquez pour montrer le fichier dans son dossier</translation>
    </message>
    <message>
        <source>A note (N, then Enter to save)</source>
        <translation>Un commentaire (N, puis Entrée pour l&apos;enregistrer)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Compare versions (C)</source>
        <translation>Comparer les versions (C)</translation>
    </message>
    <message>
        <source>Two versions of this song side by side, played in sync</source>
        <translation>Deux versions de cette chanson côte à côte, lues en synchronisation</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versions&#xa0;:</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>Paroles</translation>
    </message>
    <message>
        <source>No lyrics: the song&apos;s look-up gave none.</source>
        <translation>Pas de paroles&#xa0;: la consultation de la chanson n&apos;en a donné aucune.</translation>
    </message>
    <message>
        <source>Lyrics:</source>
        <translation>Paroles&#xa0;:</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>fichier manquant</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) of this song</source>
        <translation>
            <numerusform>%n version de cette chanson</numerusform>
            <numerusform>%n versions de cette chanson</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryFileCommands</name>
    <message>
        <source>Rename files to the template…</source>
        <translation>Renommer les fichiers selon le modèle…</translation>
    </message>
    <message>
        <source>Rename every video and its cover to the file name template in Settings (the renames are shown first)</source>
        <translation>Renommer chaque vidéo et sa pochette selon le modèle de nom de fichier des paramètres (les changements sont montrés d&apos;abord)</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Localiser…</translation>
    </message>
    <message>
        <source>Pick the file of the selected video where it is now</source>
        <translation>Désigner le fichier de la vidéo sélectionnée là où il est maintenant</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Adopt the videos and covers of a folder, matched to songs by the song number in their names or by their content</source>
        <translation>Adopter les vidéos et pochettes d&apos;un dossier, associées aux chansons par le numéro de chanson dans leur nom ou par leur contenu</translation>
    </message>
    <message>
        <source>Export picks…</source>
        <translation>Exporter les retenues…</translation>
    </message>
    <message>
        <source>Copy or hard-link the picked videos and covers into a folder, with a playlist</source>
        <translation>Copier les vidéos retenues et leurs pochettes dans un dossier, ou y faire des liens physiques, avec une liste de lecture</translation>
    </message>
    <message>
        <source>Move rejected to trash…</source>
        <translation>Rejetées à la corbeille…</translation>
    </message>
    <message>
        <source>Move the rejected videos&apos; files to the system trash (asks first)</source>
        <translation>Mettre les fichiers des vidéos rejetées dans la corbeille du système (demande d&apos;abord)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>No videos to rename yet.</source>
        <translation>Pas encore de vidéos à renommer.</translation>
    </message>
    <message>
        <source>Planning the renames…</source>
        <translation>Préparation des changements de nom…</translation>
    </message>
    <message>
        <source>Rename files to the template</source>
        <translation>Renommer les fichiers selon le modèle</translation>
    </message>
    <message numerus="yes">
        <source>“%1” stopped before the end, with %n file(s) left: run it again from the Library menu for the rest.</source>
        <translation>
            <numerusform>« %1 » s&apos;est arrêté avant la fin, avec %n fichier restant : relancez-le depuis le menu Bibliothèque pour le reste.</numerusform>
            <numerusform>« %1 » s&apos;est arrêté avant la fin, avec %n fichiers restants : relancez-le depuis le menu Bibliothèque pour le reste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %1; %n file(s) could not be renamed:</source>
        <comment>%1: how many videos</comment>
        <translation>
            <numerusform>%1 renommées&#xa0;; %n fichier n&apos;a pas pu être renommé&#xa0;:</numerusform>
            <numerusform>%1 renommées&#xa0;; %n fichiers n&apos;ont pas pu être renommés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n vidéo</numerusform>
            <numerusform>%n vidéos</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a video in the Library first.</source>
        <translation>Sélectionnez d&apos;abord une vidéo dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>Localiser %1</translation>
    </message>
    <message>
        <source>MP4 videos (*.mp4)</source>
        <translation>Vidéos MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation>Localiser</translation>
    </message>
    <message>
        <source>%1 does not look like the video of “%2”.</source>
        <translation>%1 ne ressemble pas à la vidéo de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Is %1 the video of “%2”?</source>
        <translation>%1 est-il la vidéo de «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Link anyway</source>
        <translation>Lier quand même</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Linked %1 to %2.</source>
        <translation>%1 lié à %2.</translation>
    </message>
    <message>
        <source>Import a folder of videos</source>
        <translation>Importer un dossier de vidéos</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) matched</source>
        <translation>
            <numerusform>%n fichier associé</numerusform>
            <numerusform>%n fichiers associés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n déjà dans la bibliothèque</numerusform>
            <numerusform>%n déjà dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not matched</source>
        <translation>
            <numerusform>%n non associé</numerusform>
            <numerusform>%n non associés</numerusform>
        </translation>
    </message>
    <message>
        <source>Not matched: %1</source>
        <translation>Non associé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Déjà dans la bibliothèque</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>%1: a folder, %2: the counts</comment>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No picked videos to export: pick some with P first.</source>
        <translation>Aucune vidéo retenue à exporter&#xa0;: retenez-en d&apos;abord avec P.</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>Retenues</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n pick(s)…</source>
        <translation>
            <numerusform>Export de %n vidéo retenue…</numerusform>
            <numerusform>Export de %n vidéos retenues…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) exported to %1</source>
        <comment>%1: a folder</comment>
        <translation>
            <numerusform>%n vidéo exportée vers %1</numerusform>
            <numerusform>%n vidéos exportées vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) hard-linked</source>
        <translation>
            <numerusform>%n fichier en lien physique</numerusform>
            <numerusform>%n fichiers en lien physique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copied</source>
        <translation>
            <numerusform>%n copié</numerusform>
            <numerusform>%n copiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n déjà présent</numerusform>
            <numerusform>%n déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquant</numerusform>
            <numerusform>%n manquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Playlist: %1</source>
        <translation>Liste de lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Missing: its file is gone</source>
        <translation>Manquante&#xa0;: son fichier a disparu</translation>
    </message>
    <message>
        <source>Export picks</source>
        <translation>Exporter les retenues</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>No rejected videos with files to move to the trash.</source>
        <translation>Aucune vidéo rejetée avec des fichiers à mettre à la corbeille.</translation>
    </message>
    <message>
        <source>Move rejected to trash</source>
        <translation>Mettre les rejetées à la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n rejected video(s) to the trash?</source>
        <translation>
            <numerusform>Mettre la vidéo rejetée (%n) à la corbeille&#xa0;?</numerusform>
            <numerusform>Mettre les %n vidéos rejetées à la corbeille&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their video and cover files, %1 in all, go to the system trash, where they can be restored. Nothing is deleted.</source>
        <translation>Leurs fichiers vidéo et pochettes, %1 en tout, vont dans la corbeille du système, d&apos;où ils peuvent être restaurés. Rien n&apos;est supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n to trash</source>
        <translation>
            <numerusform>Mettre %n à la corbeille</numerusform>
            <numerusform>Mettre %n à la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n video(s) to the trash…</source>
        <translation>
            <numerusform>Mise à la corbeille de %n vidéo…</numerusform>
            <numerusform>Mise à la corbeille de %n vidéos…</numerusform>
        </translation>
    </message>
    <message>
        <source>This system has no trash for %1, so nothing was moved and nothing was deleted.</source>
        <translation>Ce système n&apos;a pas de corbeille pour %1&#xa0;: rien n&apos;a été déplacé et rien n&apos;a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %1 to the trash; %n file(s) stayed where they are:</source>
        <comment>%1: how many videos</comment>
        <translation>
            <numerusform>%1 mises à la corbeille&#xa0;; %n fichier est resté où il est&#xa0;:</numerusform>
            <numerusform>%1 mises à la corbeille&#xa0;; %n fichiers sont restés où ils sont&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryList</name>
    <message>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Cover file missing</source>
        <translation>Fichier de pochette manquant</translation>
    </message>
    <message>
        <source>Song %1 · video %2</source>
        <translation>Chanson %1 · vidéo %2</translation>
    </message>
    <message>
        <source>Song %1</source>
        <translation>Chanson %1</translation>
    </message>
    <message>
        <source>%1: %2

%3</source>
        <comment>a file&apos;s mark: its path, then the video</comment>
        <translation>%1&#xa0;: %2

%3</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Newest first</source>
        <translation>Plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Non triée</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Retenues</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Seen or not</source>
        <translation>Vues ou non</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>Non vues</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <source>No videos yet: finished songs appear here.</source>
        <translation>Pas encore de vidéos&#xa0;: les chansons terminées apparaissent ici.</translation>
    </message>
    <message>
        <source>Show videos</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Rating at least</source>
        <translation>Note minimale</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Toute note</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Tri</translation>
    </message>
    <message>
        <source>Search title, note, song or video id…</source>
        <translation>Chercher titre, commentaire, chanson ou identifiant de vidéo…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Tri&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a filter&apos;s choice (how many videos it shows)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <comment>%1: one to five stars</comment>
        <translation>%1 ou plus</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n video(s)</source>
        <translation>
            <numerusform>%1 sur %n vidéo</numerusform>
            <numerusform>%1 sur %n vidéos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n vidéo</numerusform>
            <numerusform>%n vidéos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s) missing</source>
        <translation>
            <numerusform> · %n fichier manquant</numerusform>
            <numerusform> · %n fichiers manquants</numerusform>
        </translation>
    </message>
    <message>
        <source>No video matches the filter.</source>
        <translation>Aucune vidéo ne correspond au filtre.</translation>
    </message>
    <message>
        <source>By the list&apos;s column</source>
        <translation>Selon la colonne de la liste</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All songs</source>
        <translation>Toutes les chansons</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Mureka Desktop — Demo</source>
        <translation>Mureka Desktop — Démo</translation>
    </message>
    <message>
        <source>Filter by song, title or error…</source>
        <translation>Filtrer par chanson, titre ou erreur…</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Undo review</source>
        <translation>Annuler le tri</translation>
    </message>
    <message>
        <source>Undo clear</source>
        <translation>Annuler le masquage</translation>
    </message>
    <message>
        <source>Dropped on the window</source>
        <translation>Déposé sur la fenêtre</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>Série terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 Ctrl+Z to undo.</source>
        <translation>%1 Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>MissingBar</name>
    <message>
        <source>Locate…</source>
        <translation>Localiser…</translation>
    </message>
    <message>
        <source>Pick the file where it is now</source>
        <translation>Désigner le fichier là où il est maintenant</translation>
    </message>
    <message>
        <source>Moved to the trash on %1: restore it from the system trash, or locate the file.</source>
        <translation>Mis à la corbeille le %1&#xa0;: restaurez-le depuis la corbeille du système, ou localisez le fichier.</translation>
    </message>
    <message>
        <source>The video file is missing: %1</source>
        <translation>Le fichier vidéo manque&#xa0;: %1</translation>
    </message>
    <message>
        <source>no file was recorded</source>
        <translation>aucun fichier n&apos;a été enregistré</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show Mureka Desktop</source>
        <translation>Afficher Mureka Desktop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n failed.</source>
        <comment>%1: how many videos are done</comment>
        <translation>
            <numerusform>%1, %n en échec.</numerusform>
            <numerusform>%1, %n en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) done</source>
        <translation>
            <numerusform>%n vidéo terminée</numerusform>
            <numerusform>%n vidéos terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) done.</source>
        <translation>
            <numerusform>%n vidéo terminée.</numerusform>
            <numerusform>%n vidéos terminées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mureka Desktop: run finished</source>
        <translation>Mureka Desktop&#xa0;: série terminée</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Select a song to preview it</source>
        <translation>Sélectionnez une chanson pour l&apos;aperçu</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Lecture / pause (Espace)</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Song %1</source>
        <translation>Chanson %1</translation>
    </message>
    <message>
        <source>This song was cancelled.</source>
        <translation>Cette chanson a été annulée.</translation>
    </message>
    <message>
        <source>The video appears here once it is downloaded.</source>
        <translation>La vidéo apparaît ici une fois téléchargée.</translation>
    </message>
    <message>
        <source>The cover file is missing.
%1</source>
        <translation>Le fichier de pochette manque.
%1</translation>
    </message>
    <message>
        <source>The cover cannot be shown: %1</source>
        <translation>La pochette ne peut pas être affichée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The video file is missing.
%1</source>
        <translation>Le fichier vidéo manque.
%1</translation>
    </message>
    <message>
        <source>No audio device was found: videos play without sound.</source>
        <translation>Aucun périphérique audio trouvé&#xa0;: les vidéos sont lues sans son.</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>La vidéo ne peut pas être lue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QueueCommands</name>
    <message>
        <source>Enter your useapi.net token to start.</source>
        <translation>Saisissez votre jeton useapi.net pour démarrer.</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>From the Mureka account</source>
        <translation>Depuis le compte Mureka</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Le presse-papiers ne contient pas de texte.</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>Le presse-papiers est vide.</translation>
    </message>
    <message>
        <source>From the clipboard</source>
        <translation>Depuis le presse-papiers</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Regenerate videos</source>
        <translation>Régénérer des vidéos</translation>
    </message>
    <message numerus="yes">
        <source>Make a new video for %n song(s)? Each one costs a credit, even when a video already exists.</source>
        <translation>
            <numerusform>Faire une nouvelle vidéo pour %n chanson&#xa0;? Chacune coûte un crédit, même quand une vidéo existe déjà.</numerusform>
            <numerusform>Faire une nouvelle vidéo pour %n chansons&#xa0;? Chacune coûte un crédit, même quand une vidéo existe déjà.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Regenerate %n</source>
        <translation>
            <numerusform>Régénérer %n</numerusform>
            <numerusform>Régénérer %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the error to the clipboard.</source>
        <translation>Erreur copiée dans le presse-papiers.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the links of %n song(s).</source>
        <translation>
            <numerusform>Liens de %n chanson copiés.</numerusform>
            <numerusform>Liens de %n chansons copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation>Exporter la file d&apos;attente</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n song(s) to %1</source>
        <translation>
            <numerusform>%n chanson exportée vers %1</numerusform>
            <numerusform>%n chansons exportées vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Song</source>
        <translation>Chanson</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Video id</source>
        <translation>Identifiant de vidéo</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds a generation has run</comment>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Drop song ids, links or .txt / .csv / .json files here,
or press Ctrl+V to paste, or Ctrl+N to type them.</source>
        <translation>Déposez ici des identifiants de chanson, des liens ou des fichiers .txt / .csv / .json,
ou appuyez sur Ctrl+V pour coller, ou Ctrl+N pour les saisir.</translation>
    </message>
</context>
<context>
    <name>RenamePreviewDialog</name>
    <message>
        <source>Rename files to the template</source>
        <translation>Renommer les fichiers selon le modèle</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) will be renamed to “%1”, each cover with its video.</source>
        <comment>%1: the file name template</comment>
        <translation>
            <numerusform>%n vidéo sera renommée en «&#xa0;%1&#xa0;», chaque pochette avec sa vidéo.</numerusform>
            <numerusform>%n vidéos seront renommées en «&#xa0;%1&#xa0;», chaque pochette avec sa vidéo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already named so.</source>
        <translation>
            <numerusform>%n déjà nommée ainsi.</numerusform>
            <numerusform>%n déjà nommées ainsi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a missing file skipped.</source>
        <translation>
            <numerusform>%n au fichier manquant ignorée.</numerusform>
            <numerusform>%n au fichier manquant ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Names already taken get “ (2)”; no file is ever overwritten.</source>
        <translation>Les noms déjà pris reçoivent «&#xa0;(2)&#xa0;»&#xa0;; aucun fichier n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Deviendra</translation>
    </message>
    <message numerus="yes">
        <source>Rename %n</source>
        <translation>
            <numerusform>Renommer %n</numerusform>
            <numerusform>Renommer %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Add songs</source>
        <translation>Ajouter des chansons</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not song ids (skipped):</source>
        <translation>Pas des identifiants de chanson (ignorés)&#xa0;:</translation>
    </message>
    <message>
        <source>Rejected earlier: not made again (Regenerate makes a new version):</source>
        <translation>Rejetées auparavant : pas refaites (Régénérer crée une nouvelle version) :</translation>
    </message>
    <message numerus="yes">
        <source>Also generate the %Ln already done song(s) again (costs %Ln credit(s))</source>
        <translation>
            <numerusform>Générer aussi de nouveau la chanson déjà terminée (%Ln) (coûte %Ln crédit)</numerusform>
            <numerusform>Générer aussi de nouveau les %Ln chansons déjà terminées (coûte %Ln crédits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln</source>
        <translation>
            <numerusform>Ajouter %Ln</numerusform>
            <numerusform>Ajouter %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nouvelle</numerusform>
            <numerusform>%Ln nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restored from an export</source>
        <translation>
            <numerusform>%Ln restaurée d&apos;un export</numerusform>
            <numerusform>%Ln restaurées d&apos;un export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected earlier: not made again</source>
        <translation>
            <numerusform>%Ln rejetée auparavant : pas refaite</numerusform>
            <numerusform>%Ln rejetées auparavant : pas refaites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to retry</source>
        <translation>
            <numerusform>%Ln à réessayer</numerusform>
            <numerusform>%Ln à réessayer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln doublon</numerusform>
            <numerusform>%Ln doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already done</source>
        <translation>
            <numerusform>%Ln déjà terminée</numerusform>
            <numerusform>%Ln déjà terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln invalide</numerusform>
            <numerusform>%Ln invalides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (line(s) %2)</source>
        <translation>
            <numerusform>%1 (ligne %2)</numerusform>
            <numerusform>%1 (lignes %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Ask the API for the accounts behind this token</source>
        <translation>Demander à l&apos;API les comptes derrière ce jeton</translation>
    </message>
    <message>
        <source>The token comes from USEAPI_TOKEN; it overrides the saved one.</source>
        <translation>Le jeton vient de USEAPI_TOKEN&#xa0;; il remplace celui enregistré.</translation>
    </message>
    <message>
        <source>No system keyring is available: the token is kept for this session only, never written to a file.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: le jeton n&apos;est gardé que pour cette session, jamais écrit dans un fichier.</translation>
    </message>
    <message>
        <source>Saved in the system keyring; sent only to the API host.</source>
        <translation>Enregistré dans le trousseau du système&#xa0;; envoyé seulement à l&apos;hôte de l&apos;API.</translation>
    </message>
    <message>
        <source>Demo mode: the built-in simulator needs no token, and videos go to the demo folder.</source>
        <translation>Mode démo&#xa0;: le simulateur intégré n&apos;a besoin d&apos;aucun jeton, et les vidéos vont dans le dossier de démo.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Fields: {title} the song&apos;s title, {song} the song number, {video} the video id, {date} the day the video was made (YYYY-MM-DD), {model} the model. {{ and }} write a brace.</source>
        <translation>Champs&#xa0;: {title} le titre de la chanson, {song} le numéro de la chanson, {video} l&apos;identifiant de la vidéo, {date} le jour où la vidéo a été faite (AAAA-MM-JJ), {model} le modèle. {{ et }} écrivent une accolade.</translation>
    </message>
    <message>
        <source> at once</source>
        <comment>generations at once</comment>
        <translation> à la fois</translation>
    </message>
    <message>
        <source>Reuse videos that already exist (saves credits)</source>
        <translation>Réutiliser les vidéos qui existent déjà (économise des crédits)</translation>
    </message>
    <message>
        <source>Set by the environment variable MUREKA_API_BASE</source>
        <translation>Défini par la variable d&apos;environnement MUREKA_API_BASE</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Continuer dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>After a decision, go to the next unreviewed video</source>
        <translation>Après une décision, aller à la prochaine vidéo non triée</translation>
    </message>
    <message>
        <source>In the library: P, X and the stars move on by themselves</source>
        <translation>Dans la bibliothèque&#xa0;: P, X et les étoiles passent à la suite d&apos;eux-mêmes</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>useapi.net account</source>
        <translation>Compte useapi.net</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>Noms de fichier</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>Générations</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>Summer Rain</source>
        <translation>Pluie d&apos;été</translation>
    </message>
    <message>
        <source>For new downloads, e.g. %1 (and .png for the cover)</source>
        <translation>Pour les nouveaux téléchargements, p. ex. %1 (et .png pour la pochette)</translation>
    </message>
    <message>
        <source>Enter a token first.</source>
        <translation>Saisissez d&apos;abord un jeton.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>✗ The API rejected this token.</source>
        <translation>✗ L&apos;API a refusé ce jeton.</translation>
    </message>
    <message>
        <source>✗ Check failed: %1</source>
        <translation>✗ Échec de la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>✓ Token accepted, but no Mureka account is configured on useapi.net.</source>
        <translation>✓ Jeton accepté, mais aucun compte Mureka n&apos;est configuré sur useapi.net.</translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <comment>%1: useapi.net&apos;s words</comment>
        <translation>à vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>en bonne santé</translation>
    </message>
    <message numerus="yes">
        <source>session %n day(s) old</source>
        <translation>
            <numerusform>session de %n jour</numerusform>
            <numerusform>session de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 credit(s) left</source>
        <translation>
            <numerusform>%1 crédit restant</numerusform>
            <numerusform>%1 crédits restants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Mureka account %2: %3</source>
        <comment>✓ or ✗, the account, its facts</comment>
        <translation>%1 Compte Mureka %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between an account&apos;s facts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>That does not look like a useapi.net token (user:&lt;digits&gt;-&lt;letters and digits&gt;).</source>
        <translation>Cela ne ressemble pas à un jeton useapi.net (user:&lt;chiffres&gt;-&lt;lettres et chiffres&gt;).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
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
</context>
<context>
    <name>Side</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Retenir</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a video&apos;s title · when it was made</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>SongDetail</name>
    <message>
        <source>No video: this song failed (the error is above).</source>
        <translation>Pas de vidéo&#xa0;: cette chanson a échoué (l&apos;erreur est au-dessus).</translation>
    </message>
    <message>
        <source>No video: this song failed (no reason was recorded).</source>
        <translation>Pas de vidéo&#xa0;: cette chanson a échoué (aucune raison enregistrée).</translation>
    </message>
    <message>
        <source>The API makes no videos for this model; Retry leaves it as it is.</source>
        <translation>L&apos;API ne fait pas de vidéos pour ce modèle&#xa0;; Réessayer la laisse telle quelle.</translation>
    </message>
    <message>
        <source>Retry failed (Ctrl+Shift+R) tries again.</source>
        <translation>Réessayer les échecs (Ctrl+Maj+R) essaie de nouveau.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n essai</numerusform>
            <numerusform>%n essais</numerusform>
        </translation>
    </message>
    <message>
        <source>song %1</source>
        <translation>chanson %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a song&apos;s state, its attempts</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a song&apos;s state and attempts. its error</comment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Generating %1: %2</source>
        <translation>Génération %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Generating %1/%2 (window %3)</source>
        <translation>Génération %1/%2 (fenêtre %3)</translation>
    </message>
    <message>
        <source>Generating %1/%2</source>
        <translation>Génération %1/%2</translation>
    </message>
    <message>
        <source>%1 · paused: %2</source>
        <comment>%2: Mureka accounts</comment>
        <translation>%1 · en pause&#xa0;: %2</translation>
    </message>
    <message>
        <source>Offline: waiting for the API</source>
        <translation>Hors ligne&#xa0;: en attente de l&apos;API</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message numerus="yes">
        <source>account %1 paused (%n song(s))</source>
        <translation>
            <numerusform>compte %1 en pause (%n chanson)</numerusform>
            <numerusform>compte %1 en pause (%n chansons)</numerusform>
        </translation>
    </message>
    <message>
        <source>Running · %1</source>
        <comment>%1: the paused accounts</comment>
        <translation>En cours · %1</translation>
    </message>
    <message>
        <source>Nothing queued</source>
        <translation>Rien en file</translation>
    </message>
    <message>
        <source>Next call in %1 s</source>
        <translation>Prochain appel dans %1 s</translation>
    </message>
    <message>
        <source>Next call: now</source>
        <translation>Prochain appel&#xa0;: maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n terminée</numerusform>
            <numerusform>%n terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en file</numerusform>
            <numerusform>%n en file</numerusform>
        </translation>
    </message>
    <message>
        <source>ETA —</source>
        <translation>Reste —</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Reste %1</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the songs whose account is not known</comment>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <comment>%1: a Mureka account</comment>
        <translation>%1 en pause</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>a Mureka account, its generations/its slots</comment>
        <translation>%1 %2/%3</translation>
    </message>
</context>
<context>
    <name>TriageController</name>
    <message>
        <source>Pick</source>
        <translation>Retenir</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>Retirer la marque</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear stars</source>
        <translation>Effacer les étoiles</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier le commentaire</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: what it does (its shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add songs…</source>
        <translation>Ajouter des chansons…</translation>
    </message>
    <message>
        <source>Type or paste song ids</source>
        <translation>Saisir ou coller des identifiants de chanson</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Add song ids from the clipboard</source>
        <translation>Ajouter les identifiants de chanson du presse-papiers</translation>
    </message>
    <message>
        <source>From account…</source>
        <translation>Depuis le compte…</translation>
    </message>
    <message>
        <source>Pick songs from the Mureka account</source>
        <translation>Choisir des chansons du compte Mureka</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Start or pause the queue</source>
        <translation>Démarrer ou mettre en pause la file d&apos;attente</translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation>Démarrer / Pause</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected songs from the queue</source>
        <translation>Retirer de la file d&apos;attente les chansons sélectionnées</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Masquer les terminées</translation>
    </message>
    <message>
        <source>Hide done and cancelled songs from the list (they stay in the history and the export; Ctrl+Z brings them back)</source>
        <translation>Masquer de la liste les chansons terminées et annulées (elles restent dans l&apos;historique et l&apos;export&#xa0;; Ctrl+Z les ramène)</translation>
    </message>
    <message>
        <source>Undo clear</source>
        <translation>Annuler le masquage</translation>
    </message>
    <message>
        <source>Bring back the songs the last Clear finished hid</source>
        <translation>Ramener les chansons que le dernier «&#xa0;Masquer les terminées&#xa0;» a cachées</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>Régénérer…</translation>
    </message>
    <message>
        <source>Make a new video for the selected songs (costs credits)</source>
        <translation>Faire une nouvelle vidéo pour les chansons sélectionnées (coûte des crédits)</translation>
    </message>
    <message>
        <source>Open video</source>
        <translation>Ouvrir la vidéo</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Copy links</source>
        <translation>Copier les liens</translation>
    </message>
    <message>
        <source>Copy the video and cover links of the selected songs</source>
        <translation>Copier les liens des vidéos et pochettes des chansons sélectionnées</translation>
    </message>
    <message>
        <source>Copy error</source>
        <translation>Copier l&apos;erreur</translation>
    </message>
    <message>
        <source>Copy the error of the selected songs</source>
        <translation>Copier l&apos;erreur des chansons sélectionnées</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Play / pause preview</source>
        <translation>Lire / mettre en pause l&apos;aperçu</translation>
    </message>
    <message>
        <source>Play the song&apos;s video</source>
        <translation>Lire la vidéo de la chanson</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Show the queue</source>
        <translation>Afficher la file d&apos;attente</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Show the library: every video made, to review</source>
        <translation>Afficher la bibliothèque&#xa0;: toutes les vidéos faites, à trier</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the queue and history as CSV or JSON</source>
        <translation>Enregistrer la file d&apos;attente et l&apos;historique en CSV ou JSON</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter the list by song, title or error</source>
        <translation>Filtrer la liste par chanson, titre ou erreur</translation>
    </message>
    <message>
        <source>Refresh accounts</source>
        <translation>Actualiser les comptes</translation>
    </message>
    <message>
        <source>Ask useapi.net for the Mureka accounts&apos; health and credits again</source>
        <translation>Redemander à useapi.net l&apos;état et les crédits des comptes Mureka</translation>
    </message>
    <message>
        <source>Show or hide the Mureka accounts under the queue</source>
        <translation>Afficher ou masquer les comptes Mureka sous la file d&apos;attente</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About Mureka Desktop</source>
        <translation>À propos de Mureka Desktop</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>Main</source>
        <comment>toolbar</comment>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Filter</source>
        <comment>toolbar</comment>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Show songs in state</source>
        <translation>Afficher les chansons dans l&apos;état</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Filter by song, title or error</source>
        <translation>Filtrer par chanson, titre ou erreur</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <source>Running against the built-in simulator: no token, no credits.
Demo songs and videos are kept apart in %1; a normal start does not show them.</source>
        <translation>Fonctionne avec le simulateur intégré&#xa0;: pas de jeton, pas de crédits.
Les chansons et vidéos de démo sont gardées à part dans %1&#xa0;; un démarrage normal ne les montre pas.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Mode démo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>F&amp;ile d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Tri</translation>
    </message>
    <message>
        <source>&amp;Song</source>
        <translation>&amp;Chanson</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message>
        <source>The Mureka account needs attention (%1): %2. Update the account on useapi.net, then resume.</source>
        <comment>account_attention</comment>
        <extracomment>core/queue/events.py; %1: code, %2: error</extracomment>
        <translation>Le compte Mureka est à vérifier (%1)&#xa0;: %2. Mettez à jour le compte sur useapi.net, puis reprenez.</translation>
    </message>
    <message>
        <source>Mureka account %1 is not on this token any more: its songs wait. Add it again on useapi.net, then resume.</source>
        <comment>account_gone</comment>
        <extracomment>core/queue/roster.py; %1: account</extracomment>
        <translation>Le compte Mureka %1 n&apos;est plus sur ce jeton&#xa0;: ses chansons attendent. Ajoutez-le à nouveau sur useapi.net, puis reprenez.</translation>
    </message>
    <message>
        <source>Mureka account %1 is not on this token: its songs wait. Add the account on useapi.net, or give the songs&apos; ids with their own account.</source>
        <comment>account_not_on_token</comment>
        <extracomment>core/queue/roster.py; %1: account</extracomment>
        <translation>Le compte Mureka %1 n&apos;est pas sur ce jeton&#xa0;: ses chansons attendent. Ajoutez le compte sur useapi.net, ou donnez les identifiants des chansons avec leur propre compte.</translation>
    </message>
    <message>
        <source>Mureka account %1: %2 Songs of other accounts carry on.</source>
        <comment>account_problem</comment>
        <extracomment>core/queue/events.py; %1: account, %2: problem</extracomment>
        <translation>Compte Mureka %1&#xa0;: %2 Les chansons des autres comptes continuent.</translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1.</source>
        <comment>accounts_failed</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>Les comptes n&apos;ont pas pu être chargés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1. Showing what was known before.</source>
        <comment>accounts_failed_kept</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>Les comptes n&apos;ont pas pu être chargés&#xa0;: %1. Affichage de ce qui était connu avant.</translation>
    </message>
    <message>
        <source>No useapi.net token: add one in Settings to see the accounts.</source>
        <comment>accounts_no_token</comment>
        <extracomment>core/accounts/info.py</extracomment>
        <translation>Pas de jeton useapi.net&#xa0;: ajoutez-en un dans les paramètres pour voir les comptes.</translation>
    </message>
    <message>
        <source>No Mureka account is configured for this token on useapi.net.</source>
        <comment>accounts_none</comment>
        <extracomment>core/accounts/info.py</extracomment>
        <translation>Aucun compte Mureka n&apos;est configuré pour ce jeton sur useapi.net.</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1).</source>
        <comment>accounts_offline</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>Hors ligne&#xa0;: l&apos;API est injoignable (%1).</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1). Showing what was known before.</source>
        <comment>accounts_offline_kept</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>Hors ligne&#xa0;: l&apos;API est injoignable (%1). Affichage de ce qui était connu avant.</translation>
    </message>
    <message>
        <source>The API rejected the token (%1): enter a new one in Settings.</source>
        <comment>accounts_token_rejected</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>L&apos;API a refusé le jeton (%1)&#xa0;: saisissez-en un nouveau dans les paramètres.</translation>
    </message>
    <message>
        <source>Mureka Desktop is already running on this queue (process %1). Use that window, or close it first.</source>
        <comment>already_running</comment>
        <extracomment>core/runtime/instance.py; %1: owner</extracomment>
        <translation>Mureka Desktop tourne déjà sur cette file d&apos;attente (processus %1). Utilisez cette fenêtre, ou fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Another mureka-desktop (process %1) is using this data folder. Wait for it to end, or stop it first.</source>
        <comment>already_running_cli</comment>
        <extracomment>core/runtime/instance.py; %1: owner</extracomment>
        <translation>Un autre mureka-desktop (processus %1) utilise ce dossier de données. Attendez qu’il se termine, ou arrêtez-le d’abord.</translation>
    </message>
    <message>
        <source>Subscription or credits: %1. Top up the account, then resume.</source>
        <comment>billing</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>Abonnement ou crédits&#xa0;: %1. Rechargez le compte, puis reprenez.</translation>
    </message>
    <message>
        <source>Cannot use the data folder %1: %2. %3</source>
        <comment>cannot_use_data_folder</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>Impossible d&apos;utiliser le dossier de données %1&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>Cannot use the queue database %1: %2. %3</source>
        <comment>cannot_use_database</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>Impossible d&apos;utiliser la base de la file d&apos;attente %1&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>Cannot use the log folder %1: %2. %3</source>
        <comment>cannot_use_log_folder</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>Impossible d&apos;utiliser le dossier du journal %1&#xa0;: %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n finished song(s) (still in the history).</source>
        <comment>cleared</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n chanson terminée masquée (toujours dans l&apos;historique).</numerusform>
            <numerusform>%n chansons terminées masquées (toujours dans l&apos;historique).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the queue database in %1: %2. %3</source>
        <comment>database_unwritable</comment>
        <extracomment>core/queue/applying.py; %1: folder, %2: error, %3: advice</extracomment>
        <translation>Impossible d&apos;écrire la base de la file d&apos;attente dans %1 : %2. %3</translation>
    </message>
    <message>
        <source>The disk is full: %1. Free some space, then resume.</source>
        <comment>disk_full</comment>
        <extracomment>core/queue/download_jobs.py; %1: error</extracomment>
        <translation>Le disque est plein&#xa0;: %1. Libérez de la place, puis reprenez.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pick(s).</source>
        <comment>exported</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>
            <numerusform>%n retenue exportée.</numerusform>
            <numerusform>%n retenues exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>That file is already in the library as %1.</source>
        <comment>file_in_library</comment>
        <extracomment>core/library/files.py; %1: title</extracomment>
        <translation>Ce fichier est déjà dans la bibliothèque sous %1.</translation>
    </message>
    <message>
        <source>it is not a directory (a file is in the way)</source>
        <comment>folder_in_the_way</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>ce n&apos;est pas un répertoire (un fichier gêne)</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <comment>folder_is_a_file</comment>
        <extracomment>core/queue/download_jobs.py</extracomment>
        <translation>c&apos;est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>it is not writable (operation not permitted)</source>
        <comment>folder_not_permitted</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>il n&apos;est pas accessible en écriture (opération non permise)</translation>
    </message>
    <message>
        <source>it is not writable (permission denied)</source>
        <comment>folder_permission_denied</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>il n&apos;est pas accessible en écriture (permission refusée)</translation>
    </message>
    <message>
        <source>it is not writable (read-only file system)</source>
        <comment>folder_read_only</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>il n&apos;est pas accessible en écriture (système de fichiers en lecture seule)</translation>
    </message>
    <message>
        <source>Found %1 again.</source>
        <comment>found_again</comment>
        <extracomment>core/library/files.py; %1: title</extracomment>
        <translation>%1 retrouvée.</translation>
    </message>
    <message>
        <source>song number in the name: %1 (found again)</source>
        <comment>import_by_number</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>numéro de chanson dans le nom&#xa0;: %1 (retrouvée)</translation>
    </message>
    <message>
        <source>the cover of %1 (found again)</source>
        <comment>import_cover_found</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>la pochette de %1 (retrouvée)</translation>
    </message>
    <message>
        <source>the cover of %1</source>
        <comment>import_cover_of</comment>
        <extracomment>core/library/importing.py; %1: name</extracomment>
        <translation>la pochette de %1</translation>
    </message>
    <message>
        <source>song %1, %2 (new to this library)</source>
        <comment>import_new_song</comment>
        <extracomment>core/library/importing.py; %1: song, %2: title</extracomment>
        <translation>chanson %1, %2 (nouvelle dans cette bibliothèque)</translation>
    </message>
    <message>
        <source>song %1 (new to this library)</source>
        <comment>import_new_song_untitled</comment>
        <extracomment>core/library/importing.py; %1: song</extracomment>
        <translation>chanson %1 (nouvelle dans cette bibliothèque)</translation>
    </message>
    <message>
        <source>a new version of %1</source>
        <comment>import_new_version</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>une nouvelle version de %1</translation>
    </message>
    <message>
        <source>no song number in the name and no video with this content</source>
        <comment>import_no_match</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>pas de numéro de chanson dans le nom ni de vidéo avec ce contenu</translation>
    </message>
    <message>
        <source>no video of the library lacks this cover</source>
        <comment>import_no_video</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>aucune vidéo de la bibliothèque ne manque de cette pochette</translation>
    </message>
    <message>
        <source>not an MP4 video</source>
        <comment>import_not_mp4</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>pas une vidéo MP4</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) came in done from an imported folder.</source>
        <comment>import_restored</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>%n chanson est arrivée terminée d&apos;un dossier importé.</numerusform>
            <numerusform>%n chansons sont arrivées terminées d&apos;un dossier importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>same content as %1 (found again)</source>
        <comment>import_same_content</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>même contenu que %1 (retrouvée)</translation>
    </message>
    <message>
        <source>song %1, %2</source>
        <comment>import_song</comment>
        <extracomment>core/library/importing.py; %1: song, %2: title</extracomment>
        <translation>chanson %1, %2</translation>
    </message>
    <message>
        <source>song %1</source>
        <comment>import_song_untitled</comment>
        <extracomment>core/library/importing.py; %1: song</extracomment>
        <translation>chanson %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <comment>imported</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>%n fichier importé.</numerusform>
            <numerusform>%n fichiers importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal error: %1. Resume to try again; the log has the details.</source>
        <comment>internal_error</comment>
        <extracomment>core/queue/scheduler.py; %1: error</extracomment>
        <translation>Erreur interne&#xa0;: %1. Reprenez pour réessayer&#xa0;; le journal a les détails.</translation>
    </message>
    <message>
        <source>%1: %2 done.</source>
        <comment>job_done</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: done</extracomment>
        <translation>%1 : %2 traités.</translation>
    </message>
    <message>
        <source>export of picks</source>
        <comment>job_export</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>export des retenues</translation>
    </message>
    <message>
        <source>import of a folder</source>
        <comment>job_import</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>import d&apos;un dossier</translation>
    </message>
    <message>
        <source>locating missing files</source>
        <comment>job_locate</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>localisation des fichiers manquants</translation>
    </message>
    <message>
        <source>Paused by the user</source>
        <comment>paused</comment>
        <extracomment>core/queue/scheduler.py</extracomment>
        <translation>Mis en pause par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Not started: the app is quitting.</source>
        <comment>job_not_started</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>Non démarré : l&apos;application se ferme.</translation>
    </message>
    <message>
        <source>The Mureka account needs attention: %1. Update the account on useapi.net, then resume.</source>
        <comment>account_attention_no_code</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>Le compte Mureka demande votre attention : %1. Mettez le compte à jour sur useapi.net, puis reprenez.</translation>
    </message>
    <message>
        <source>useapi.net did not list the accounts in time; going on with what is known.</source>
        <comment>accounts_late</comment>
        <extracomment>core/queue/roster.py</extracomment>
        <translation>useapi.net n’a pas listé les comptes à temps ; on continue avec ce qui est connu.</translation>
    </message>
    <message>
        <source>An interrupted %1 was completed on disk (%2 finished, %3 not started); %4 left to do: run it again.</source>
        <comment>job_recovered</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: forward, %3: back, %4: left</extracomment>
        <translation>Une opération interrompue (%1) a été achevée sur le disque (%2 terminés, %3 non commencés) ; %4 restants : relancez-la.</translation>
    </message>
    <message>
        <source>rename to the template</source>
        <comment>job_rename</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>renommage selon le modèle</translation>
    </message>
    <message>
        <source>Stopped the %1: %2 done, %3 left; run it again for the rest.</source>
        <comment>job_stopped</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: done, %3: left</extracomment>
        <translation>Arrêt (%1) : %2 traités, %3 restants ; relancez pour le reste.</translation>
    </message>
    <message>
        <source>move to the trash</source>
        <comment>job_trash</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>mise à la corbeille</translation>
    </message>
    <message>
        <source>Its content differs from the video downloaded: it is another video, or a changed copy.</source>
        <comment>locate_differs</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>Son contenu diffère de la vidéo téléchargée&#xa0;: c&apos;est une autre vidéo, ou une copie modifiée.</translation>
    </message>
    <message>
        <source>It is not an MP4 video.</source>
        <comment>locate_not_mp4</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>Ce n&apos;est pas une vidéo MP4.</translation>
    </message>
    <message>
        <source>Its content matches the video downloaded.</source>
        <comment>locate_same</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>Son contenu correspond à la vidéo téléchargée.</translation>
    </message>
    <message>
        <source>It has the size of the video downloaded, but no content hash was recorded to be sure.</source>
        <comment>locate_same_size</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>Il a la taille de la vidéo téléchargée, mais aucune empreinte du contenu n&apos;a été enregistrée pour en être sûr.</translation>
    </message>
    <message>
        <source>It is %1 bytes; the video downloaded was %2 bytes.</source>
        <comment>locate_size_differs</comment>
        <extracomment>core/library/disk.py; %1: size, %2: recorded</extracomment>
        <translation>Il fait %1 octets&#xa0;; la vidéo téléchargée en faisait %2.</translation>
    </message>
    <message>
        <source>Nothing was recorded at download to compare it with.</source>
        <comment>locate_unknown</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>Rien n&apos;a été enregistré au téléchargement pour le comparer.</translation>
    </message>
    <message>
        <source>a file of that name is already there</source>
        <comment>name_taken</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <source>New video: %1</source>
        <comment>new_video</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Nouvelle vidéo&#xa0;: %1</translation>
    </message>
    <message>
        <source>no free name</source>
        <comment>no_free_name</comment>
        <extracomment>core/library/export.py</extracomment>
        <translation>aucun nom libre</translation>
    </message>
    <message>
        <source>No system keyring: the token is kept for this session only.</source>
        <comment>no_keyring</comment>
        <extracomment>core/engine/settings.py</extracomment>
        <translation>Pas de trousseau système&#xa0;: le jeton n&apos;est gardé que pour cette session.</translation>
    </message>
    <message>
        <source>Not seen: %1.</source>
        <comment>not_seen</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Non vue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Noted %1.</source>
        <comment>noted</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Note ajoutée à %1.</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1). Nothing is lost; the queue carries on by itself when the API answers again.</source>
        <comment>offline</comment>
        <extracomment>core/queue/scheduler.py; %1: error</extracomment>
        <translation>Hors ligne&#xa0;: l&apos;API est injoignable (%1). Rien n&apos;est perdu&#xa0;; la file d&apos;attente reprend d&apos;elle-même quand l&apos;API répond de nouveau.</translation>
    </message>
    <message>
        <source>Cannot write to the output folder %1: %2. Choose another folder (Settings, or --out) or fix its permissions, then resume.</source>
        <comment>output_unwritable</comment>
        <extracomment>core/queue/download_jobs.py; %1: folder, %2: why</extracomment>
        <translation>Impossible d&apos;écrire dans le dossier de sortie %1&#xa0;: %2. Choisissez un autre dossier (Paramètres, ou --out) ou corrigez ses droits, puis reprenez.</translation>
    </message>
    <message>
        <source>Picked %1.</source>
        <comment>picked</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>%1 retenue.</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n finished song(s).</source>
        <comment>put_back</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n chanson terminée réaffichée.</numerusform>
            <numerusform>%n chansons terminées réaffichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n song(s).</source>
        <comment>queued</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n chanson mise en file.</numerusform>
            <numerusform>%n chansons mises en file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %1; restored %n from an export.</source>
        <comment>queued_restored</comment>
        <extracomment>core/engine/queue.py; %1: songs</extracomment>
        <translation>
            <numerusform>%1 mises en file&#xa0;; %n restaurée d&apos;un export.</numerusform>
            <numerusform>%1 mises en file&#xa0;; %n restaurées d&apos;un export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rated %1 %n star(s).</source>
        <comment>rated</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>
            <numerusform>%1 notée %n étoile.</numerusform>
            <numerusform>%1 notée %n étoiles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n song(s) to regenerate.</source>
        <comment>regenerating</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n chanson mise en file pour être régénérée.</numerusform>
            <numerusform>%n chansons mises en file pour être régénérées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <comment>rejected</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>%1 rejetée.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n song(s).</source>
        <comment>removed</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n chanson retirée.</numerusform>
            <numerusform>%n chansons retirées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1; kept %n song(s) still generating or downloading.</source>
        <comment>removed_kept</comment>
        <extracomment>core/engine/queue.py; %1: songs</extracomment>
        <translation>
            <numerusform>%1 retirées&#xa0;; %n chanson gardée, encore en génération ou en téléchargement.</numerusform>
            <numerusform>%1 retirées&#xa0;; %n chansons gardées, encore en génération ou en téléchargement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %n video(s) to the file name template.</source>
        <comment>renamed</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>%n vidéo renommée selon le modèle de nom de fichier.</numerusform>
            <numerusform>%n vidéos renommées selon le modèle de nom de fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back from the trash: %n video(s).</source>
        <comment>restored_from_trash</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>Sortie de la corbeille : %n vidéo.</numerusform>
            <numerusform>Sorties de la corbeille : %n vidéos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) queued again.</source>
        <comment>retrying</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n chanson remise en file.</numerusform>
            <numerusform>%n chansons remises en file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seen: %1.</source>
        <comment>seen</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Vue&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The Mureka account has had all its generation slots busy for %n minute(s) while none of them was this app&apos;s: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</source>
        <comment>slots_held</comment>
        <extracomment>core/queue/applying.py</extracomment>
        <translation>
            <numerusform>Le compte Mureka a toutes ses places de génération occupées depuis %n minute sans qu&apos;aucune soit à cette application&#xa0;: d&apos;autres générations (des chansons faites sur mureka.ai&#xa0;?) les tiennent. Reprenez quand elles sont finies.</numerusform>
            <numerusform>Le compte Mureka a toutes ses places de génération occupées depuis %n minutes sans qu&apos;aucune soit à cette application&#xa0;: d&apos;autres générations (des chansons faites sur mureka.ai&#xa0;?) les tiennent. Reprenez quand elles sont finies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mureka account %1 has had all its generation slots busy for %n minute(s) while none of them was this app&apos;s: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</source>
        <comment>slots_held_account</comment>
        <extracomment>core/queue/applying.py; %1: account</extracomment>
        <translation>
            <numerusform>Le compte Mureka %1 a toutes ses places de génération occupées depuis %n minute sans qu&apos;aucune soit à cette application&#xa0;: d&apos;autres générations (des chansons faites sur mureka.ai&#xa0;?) les tiennent. Reprenez quand elles sont finies.</numerusform>
            <numerusform>Le compte Mureka %1 a toutes ses places de génération occupées depuis %n minutes sans qu&apos;aucune soit à cette application&#xa0;: d&apos;autres générations (des chansons faites sur mureka.ai&#xa0;?) les tiennent. Reprenez quand elles sont finies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <comment>songs</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n chanson</numerusform>
            <numerusform>%n chansons</numerusform>
        </translation>
    </message>
    <message>
        <source>Spacing reset: calls are spaced per Mureka account until a rejected call shows the rule is token-wide.</source>
        <comment>spacing_reset</comment>
        <extracomment>core/engine/accounts.py</extracomment>
        <translation>Espacement réinitialisé&#xa0;: les appels sont espacés par compte Mureka jusqu&apos;à ce qu&apos;un appel refusé montre que la règle vaut pour tout le jeton.</translation>
    </message>
    <message>
        <source>Cleared the stars of %1.</source>
        <comment>stars_cleared</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Étoiles de %1 effacées.</translation>
    </message>
    <message>
        <source>The file is damaged (your video files are not in it). Move it aside and start again: re-importing an export (`mureka-desktop generate export.csv`) restores the finished songs without paying again.</source>
        <comment>store_damaged</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>Le fichier est endommagé (vos fichiers vidéo n&apos;y sont pas). Mettez-le de côté et recommencez&#xa0;: réimporter un export (`mureka-desktop generate export.csv`) restaure les chansons terminées sans payer de nouveau.</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again.</source>
        <comment>store_disk_full</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>Le disque est plein&#xa0;: libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>Another program holds the database: close it, then try again.</source>
        <comment>store_locked</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>Un autre programme tient la base de données&#xa0;: fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>Move the file aside or use another folder with --data-dir, then try again.</source>
        <comment>store_move_aside</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>Mettez le fichier de côté ou utilisez un autre dossier avec --data-dir, puis réessayez.</translation>
    </message>
    <message>
        <source>it was written by a newer Mureka Desktop (schema %1); this one knows schema %2</source>
        <comment>store_newer</comment>
        <extracomment>core/storage/store.py; %1: version, %2: known</extracomment>
        <translation>il a été écrit par un Mureka Desktop plus récent (schéma %1)&#xa0;; celui-ci connaît le schéma %2</translation>
    </message>
    <message>
        <source>The file holds no Mureka Desktop queue (empty, or another program&apos;s database): check --data-dir (or MUREKA_DESKTOP_HOME).</source>
        <comment>store_not_a_queue</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>Le fichier ne contient pas de file d&apos;attente Mureka Desktop (vide, ou la base d&apos;un autre programme)&#xa0;: vérifiez --data-dir (ou MUREKA_DESKTOP_HOME).</translation>
    </message>
    <message>
        <source>The data folder is read-only or not accessible: make it writable, or use another folder with --data-dir (or MUREKA_DESKTOP_HOME). `mureka-desktop export` can still read it.</source>
        <comment>store_read_only</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>Le dossier de données est en lecture seule ou inaccessible&#xa0;: rendez-le accessible en écriture, ou utilisez un autre dossier avec --data-dir (ou MUREKA_DESKTOP_HOME). `mureka-desktop export` peut encore le lire.</translation>
    </message>
    <message>
        <source>Update Mureka Desktop.</source>
        <comment>store_update</comment>
        <extracomment>core/storage/store.py</extracomment>
        <translation>Mettez à jour Mureka Desktop.</translation>
    </message>
    <message>
        <source>The file name template has an unmatched %1: write %2 for the character itself</source>
        <comment>template_braces</comment>
        <extracomment>core/library/naming.py; %1: brace, %2: double</extracomment>
        <translation>Le modèle de nom de fichier a un %1 isolé&#xa0;: écrivez %2 pour le caractère lui-même</translation>
    </message>
    <message>
        <source>The file name template is empty: use for example %1</source>
        <comment>template_empty</comment>
        <extracomment>core/library/naming.py; %1: example</extracomment>
        <translation>Le modèle de nom de fichier est vide&#xa0;: utilisez par exemple %1</translation>
    </message>
    <message>
        <source>Empty braces %1 in the file name template: name a field, %2</source>
        <comment>template_empty_braces</comment>
        <extracomment>core/library/naming.py; %1: braces, %2: fields</extracomment>
        <translation>Accolades vides %1 dans le modèle de nom de fichier&#xa0;: nommez un champ, %2</translation>
    </message>
    <message>
        <source>A file name template cannot make folders: remove %1</source>
        <comment>template_folders</comment>
        <extracomment>core/library/naming.py; %1: slashes</extracomment>
        <translation>Un modèle de nom de fichier ne peut pas créer de dossiers&#xa0;: retirez %1</translation>
    </message>
    <message>
        <source>Field %1 cannot carry a format (: or !) in the file name template</source>
        <comment>template_format</comment>
        <extracomment>core/library/naming.py; %1: field</extracomment>
        <translation>Le champ %1 ne peut pas porter de format (: ou&#xa0;!) dans le modèle de nom de fichier</translation>
    </message>
    <message>
        <source>The file name template names no field: use %1</source>
        <comment>template_no_field</comment>
        <extracomment>core/library/naming.py; %1: fields</extracomment>
        <translation>Le modèle de nom de fichier ne nomme aucun champ&#xa0;: utilisez %1</translation>
    </message>
    <message>
        <source>The template has no %1: Import folder will then match these files by their content only.</source>
        <comment>template_no_song</comment>
        <extracomment>core/library/naming.py; %1: song</extracomment>
        <translation>Le modèle ne contient pas %1 : Importer un dossier associera alors ces fichiers par leur seul contenu.</translation>
    </message>
    <message>
        <source>Unknown field %1 in the file name template: use %2</source>
        <comment>template_unknown_field</comment>
        <extracomment>core/library/naming.py; %1: field, %2: fields</extracomment>
        <translation>Champ inconnu %1 dans le modèle de nom de fichier&#xa0;: utilisez %2</translation>
    </message>
    <message>
        <source>The API rejected the token or the Mureka login: %1. Enter a new token in Settings, then resume.</source>
        <comment>token_rejected</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>L&apos;API a refusé le jeton ou la connexion Mureka&#xa0;: %1. Saisissez un nouveau jeton dans les paramètres, puis reprenez.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n rejected video(s) to the trash.</source>
        <comment>trashed</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>%n vidéo rejetée mise à la corbeille.</numerusform>
            <numerusform>%n vidéos rejetées mises à la corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1 is back as it was.</source>
        <comment>undone</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Annulé&#xa0;: %1 est revenue comme avant.</translation>
    </message>
    <message>
        <source>Unflagged %1.</source>
        <comment>unflagged</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Marque retirée de %1.</translation>
    </message>
</context>
</TS>
