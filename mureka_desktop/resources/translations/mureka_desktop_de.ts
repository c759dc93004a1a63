<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mureka Desktop</source>
        <translation>Über Mureka Desktop</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Songs in the queue: state, tries, progress and last error. Drop or paste song ids to add more.</source>
        <translation>Songs in der Warteschlange: Status, Versuche, Fortschritt und letzter Fehler. Songkennungen hier ablegen oder einfügen, um weitere hinzuzufügen.</translation>
    </message>
    <message>
        <source>Play or pause the video</source>
        <translation>Video abspielen oder anhalten</translation>
    </message>
    <message>
        <source>Video position</source>
        <translation>Videoposition</translation>
    </message>
    <message>
        <source>Drag to seek in the video</source>
        <translation>Ziehen, um im Video zu springen</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>Verstrichene und gesamte Zeit</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>The song&apos;s cover image</source>
        <translation>Das Coverbild des Songs</translation>
    </message>
    <message>
        <source>Video preview</source>
        <translation>Videovorschau</translation>
    </message>
    <message>
        <source>The queue is empty</source>
        <translation>Die Warteschlange ist leer</translation>
    </message>
    <message>
        <source>Queue paused</source>
        <translation>Warteschlange pausiert</translation>
    </message>
    <message>
        <source>Why the queue paused, and the fix</source>
        <translation>Warum die Warteschlange pausiert ist, und die Abhilfe</translation>
    </message>
</context>
<context>
    <name>AccountSongsDialog</name>
    <message>
        <source>Add songs from the account</source>
        <translation>Songs aus dem Konto hinzufügen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>In your queue</source>
        <translation>In Ihrer Warteschlange</translation>
    </message>
    <message>
        <source>Song id</source>
        <translation>Songkennung</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Alle ankreuzen</translation>
    </message>
    <message>
        <source>Cannot list the accounts: %1</source>
        <translation>Die Konten können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Cannot list the songs: %1</source>
        <translation>Die Songs können nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) (more to load)</source>
        <translation>
            <numerusform>%n Song (weitere zu laden)</numerusform>
            <numerusform>%n Songs (weitere zu laden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n Song</numerusform>
            <numerusform>%n Songs</numerusform>
        </translation>
    </message>
    <message>
        <source>exists (free)</source>
        <translation>vorhanden (kostenlos)</translation>
    </message>
    <message>
        <source>not possible</source>
        <translation>nicht möglich</translation>
    </message>
    <message>
        <source>to generate</source>
        <translation>zu erzeugen</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>The API makes no videos for V9.5 songs</source>
        <translation>Die API erzeugt keine Videos für V9.5-Songs</translation>
    </message>
    <message numerus="yes">
        <source>Review %n…</source>
        <translation>
            <numerusform>%n prüfen…</numerusform>
            <numerusform>%n prüfen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <comment>%1: a time</comment>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Not loaded yet: Refresh asks useapi.net.</source>
        <translation>Noch nicht geladen: „Aktualisieren“ fragt useapi.net.</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <comment>%1: Mureka accounts</comment>
        <translation>Braucht Aufmerksamkeit: %1</translation>
    </message>
    <message>
        <source>All accounts OK</source>
        <translation>Alle Konten in Ordnung</translation>
    </message>
</context>
<context>
    <name>AccountsDock</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Hide the accounts (View ▸ Accounts shows them again)</source>
        <translation>Konten ausblenden (Ansicht ▸ Konten zeigt sie wieder)</translation>
    </message>
    <message>
        <source>Hide the accounts</source>
        <translation>Konten ausblenden</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>Aufrufe heute</translation>
    </message>
    <message>
        <source>Videos today</source>
        <translation>Videos heute</translation>
    </message>
    <message>
        <source>What useapi.net says of the account, or why its songs wait</source>
        <translation>Was useapi.net über das Konto sagt, oder warum seine Songs warten</translation>
    </message>
    <message>
        <source>Days since the Mureka session was issued; whether useapi.net refreshes it by itself</source>
        <translation>Tage seit Ausstellung der Mureka-Sitzung; ob useapi.net sie selbst erneuert</translation>
    </message>
    <message>
        <source>Credits left on the Mureka account</source>
        <translation>Verbleibende Credits des Mureka-Kontos</translation>
    </message>
    <message>
        <source>Generations of this app running on the account / the most it may run now</source>
        <translation>Erzeugungen dieser App auf dem Konto / höchstens jetzt erlaubte</translation>
    </message>
    <message>
        <source>Generate calls this app sent to the account today (refused ones included)</source>
        <translation>Erzeugungsaufrufe dieser App an das Konto heute (abgelehnte eingeschlossen)</translation>
    </message>
    <message>
        <source>Videos this app&apos;s generations made on the account today</source>
        <translation>Videos, die die Erzeugungen dieser App heute auf dem Konto gemacht haben</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <comment>%1: useapi.net&apos;s words</comment>
        <translation>Braucht Aufmerksamkeit: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <comment>%1: why, and the fix</comment>
        <translation>Pausiert: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>a session&apos;s age in days</comment>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>automatische Erneuerung</translation>
    </message>
    <message>
        <source>no auto-refresh</source>
        <translation>keine automatische Erneuerung</translation>
    </message>
    <message>
        <source>Credits unknown: %1</source>
        <translation>Credits unbekannt: %1</translation>
    </message>
    <message>
        <source>Session issued %1 days ago; %2</source>
        <translation>Sitzung vor %1 Tagen ausgestellt; %2</translation>
    </message>
    <message>
        <source>useapi.net refreshes it by itself</source>
        <translation>useapi.net erneuert sie selbst</translation>
    </message>
    <message>
        <source>no auto-refresh: update it on useapi.net when it expires</source>
        <translation>keine automatische Erneuerung: bei Ablauf auf useapi.net aktualisieren</translation>
    </message>
    <message>
        <source>%1
Its songs wait: %2</source>
        <translation>%1
Seine Songs warten: %2</translation>
    </message>
</context>
<context>
    <name>AccountsSettings</name>
    <message>
        <source>Mureka accounts</source>
        <translation>Mureka-Konten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask useapi.net for the accounts&apos; health and credits again</source>
        <translation>useapi.net erneut nach Zustand und Credits der Konten fragen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Forget what was learned: space calls per Mureka account again until a rejected call shows the 3 s rule counts per token</source>
        <translation>Gelerntes vergessen: Aufrufe wieder je Mureka-Konto takten, bis ein abgelehnter Aufruf zeigt, dass die 3-s-Regel je Token gilt</translation>
    </message>
    <message>
        <source>3 s spacing: learned to count per useapi.net token (a rejected call showed it): every call waits 3 s after any account&apos;s.</source>
        <translation>3-s-Abstand: gilt gelernt je useapi.net-Token (ein abgelehnter Aufruf zeigte es): jeder Aufruf wartet 3 s nach dem eines beliebigen Kontos.</translation>
    </message>
    <message>
        <source>3 s spacing: confirmed per Mureka account: accounts call side by side.</source>
        <translation>3-s-Abstand: bestätigt je Mureka-Konto: Konten rufen nebeneinander auf.</translation>
    </message>
    <message>
        <source>3 s spacing: not learned yet; per Mureka account until a rejected call shows it counts per token.</source>
        <translation>3-s-Abstand: noch nicht gelernt; je Mureka-Konto, bis ein abgelehnter Aufruf zeigt, dass er je Token gilt.</translation>
    </message>
    <message numerus="yes">
        <source>Check found %n account(s) for the token above; Save to use it and list its accounts here.</source>
        <translation>
            <numerusform>Prüfen hat %n Konto für das Token oben gefunden; speichern Sie, um es zu verwenden und seine Konten hier aufzulisten.</numerusform>
            <numerusform>Prüfen hat %n Konten für das Token oben gefunden; speichern Sie, um es zu verwenden und seine Konten hier aufzulisten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsTable</name>
    <message>
        <source>Mureka accounts</source>
        <translation>Mureka-Konten</translation>
    </message>
</context>
<context>
    <name>AddSongsDialog</name>
    <message>
        <source>Add songs</source>
        <translation>Songs hinzufügen</translation>
    </message>
    <message>
        <source>Song ids, mureka.ai links, or any text holding them:</source>
        <translation>Songkennungen, mureka.ai-Links oder beliebiger Text, der sie enthält:</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <source>Review the ids before queueing them (Ctrl+Return)</source>
        <translation>Die Kennungen vor dem Einreihen prüfen (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>&lt;b&gt;Account paused.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Konto pausiert.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue paused.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Warteschlange pausiert.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Jetzt versuchen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Space plays both · ←/→ seek both · Tab switches side · P / X / 1–5 decide on the framed side · M mute · Esc back</source>
        <translation>Leertaste spielt beide · ←/→ springen in beiden · Tab wechselt die Seite · P / X / 1–5 entscheiden für die gerahmte Seite · M stumm · Esc zurück</translation>
    </message>
    <message>
        <source>Back to the videos</source>
        <translation>Zurück zu den Videos</translation>
    </message>
    <message>
        <source>Compare versions: %1</source>
        <translation>Versionen vergleichen: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2 · %3</source>
        <translation>Version %1 von %2 · %3</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop highlight</source>
        <translation>Ablage-Hervorhebung</translation>
    </message>
    <message>
        <source>Drop to add these songs (copied, nothing is moved)</source>
        <translation>Ablegen, um diese Songs hinzuzufügen (kopiert, nichts wird verschoben)</translation>
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
        <translation>Behaltene exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n picked video(s) with their covers, %1, named by the file name template, and a playlist (M3U).</source>
        <comment>%1: their size</comment>
        <translation>
            <numerusform>%n behaltenes Video mit Cover, %1, benannt nach der Dateinamen-Vorlage, und eine Wiedergabeliste (M3U).</numerusform>
            <numerusform>%n behaltene Videos mit ihren Covern, %1, benannt nach der Dateinamen-Vorlage, und eine Wiedergabeliste (M3U).</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Hard-link instead of copying where the disk allows (no extra space; a copy otherwise)</source>
        <translation>Fest verlinken statt kopieren, wo der Datenträger es erlaubt (kein zusätzlicher Platz; sonst eine Kopie)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export picks to</source>
        <translation>Behaltene exportieren nach</translation>
    </message>
</context>
<context>
    <name>FileMarks</name>
    <message>
        <source>⚠ File missing</source>
        <translation>⚠ Datei fehlt</translation>
    </message>
    <message>
        <source>♻ In the trash</source>
        <translation>♻ Im Papierkorb</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>Im Papierkorb</translation>
    </message>
    <message>
        <source>⚠ Video file missing</source>
        <translation>⚠ Videodatei fehlt</translation>
    </message>
</context>
<context>
    <name>FullScreenVideo</name>
    <message>
        <source>Mureka Desktop — full screen</source>
        <translation>Mureka Desktop — Vollbild</translation>
    </message>
    <message>
        <source>Space play / pause · Shift+←/→ or J/L seek 5 s · ←/→ other video · M mute · P / X / 1–5 decide · Esc leave</source>
        <translation>Leertaste Wiedergabe / Pause · Umschalt+←/→ oder J/L 5 s springen · ←/→ anderes Video · M stumm · P / X / 1–5 entscheiden · Esc verlassen</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>Springen</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>No application could open this location:

%1

Open it from your file manager; the path can be selected and copied here.</source>
        <translation>Keine Anwendung konnte diesen Ort öffnen:

%1

Öffnen Sie ihn in Ihrer Dateiverwaltung; der Pfad kann hier markiert und kopiert werden.</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mureka Desktop %1&lt;/h3&gt;&lt;p&gt;Lyrics videos for lists of Mureka songs, through the useapi.net API.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;&lt;br&gt;Mureka Desktop is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %3 and PySide6 %4 (Qt for Python), used under the &lt;a href=&apos;%5&apos;&gt;GNU Lesser General Public License v3&lt;/a&gt;. You may replace them with your own build: the source of &lt;a href=&apos;%6&apos;&gt;Qt&lt;/a&gt; and of &lt;a href=&apos;%7&apos;&gt;PySide6&lt;/a&gt; is published by The Qt Company.&lt;/p&gt;</source>
        <comment>%1 version, %2 project page, %3 Qt version, %4 PySide6 version, %5 licence text, %6 Qt source, %7 PySide6 source</comment>
        <translation>&lt;h3&gt;Mureka Desktop %1&lt;/h3&gt;&lt;p&gt;Lyrics-Videos für Listen von Mureka-Songs, über die useapi.net-API.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;&lt;br&gt;Mureka Desktop ist freie Software unter der MIT-Lizenz.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3 und PySide6 %4 (Qt for Python), verwendet unter der &lt;a href=&apos;%5&apos;&gt;GNU Lesser General Public License v3&lt;/a&gt;. Sie können sie durch eigene Builds ersetzen: Der Quelltext von &lt;a href=&apos;%6&apos;&gt;Qt&lt;/a&gt; und von &lt;a href=&apos;%7&apos;&gt;PySide6&lt;/a&gt; wird von The Qt Company veröffentlicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing to add</source>
        <translation>Nichts hinzuzufügen</translation>
    </message>
    <message>
        <source>The dropped data holds no text or files.</source>
        <translation>Die abgelegten Daten enthalten weder Text noch Dateien.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>Some files were not read</source>
        <translation>Einige Dateien wurden nicht gelesen</translation>
    </message>
    <message>
        <source>%1

Nothing from them was queued.</source>
        <translation>%1

Nichts daraus wurde eingereiht.</translation>
    </message>
    <message>
        <source>No song ids</source>
        <translation>Keine Songkennungen</translation>
    </message>
    <message>
        <source>No song ids were found.</source>
        <translation>Es wurden keine Songkennungen gefunden.</translation>
    </message>
    <message>
        <source>From the command line</source>
        <translation>Von der Befehlszeile</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Renaming</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Exporting picks</source>
        <translation>Behaltene exportieren</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Linking</source>
        <translation>Verlinken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the file being moved now; the rest is left as it is, to run again later</source>
        <translation>Nach der gerade verschobenen Datei anhalten; der Rest bleibt, wie er ist, und kann später erneut ausgeführt werden</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n weiterer wartet)</numerusform>
            <numerusform>(%n weitere warten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>No useapi.net token yet: generating is off. The library works offline.</source>
        <translation>Noch kein useapi.net-Token: Das Erzeugen ist aus. Die Bibliothek funktioniert offline.</translation>
    </message>
    <message>
        <source>Resuming the queue where the last session stopped.</source>
        <translation>Die Warteschlange wird fortgesetzt, wo die letzte Sitzung aufhörte.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>Seek back 5 s</source>
        <translation>5 s zurück</translation>
    </message>
    <message>
        <source>Seek forward 5 s</source>
        <translation>5 s vor</translation>
    </message>
    <message>
        <source>Previous video</source>
        <translation>Vorheriges Video</translation>
    </message>
    <message>
        <source>Next video</source>
        <translation>Nächstes Video</translation>
    </message>
    <message>
        <source>Mute / unmute</source>
        <translation>Stumm / Ton an</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Play the video full screen (F or Enter; Esc leaves)</source>
        <translation>Das Video im Vollbild abspielen (F oder Eingabe; Esc verlässt es)</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>Two versions of the song side by side, in sync (C)</source>
        <translation>Zwei Versionen des Songs nebeneinander, synchron (C)</translation>
    </message>
    <message>
        <source>Compare: other side</source>
        <translation>Vergleich: andere Seite</translation>
    </message>
    <message>
        <source>Leave compare</source>
        <translation>Vergleich verlassen</translation>
    </message>
    <message>
        <source>List view</source>
        <translation>Listenansicht</translation>
    </message>
    <message>
        <source>Show the videos as a list with columns, or as a grid of covers (Ctrl+L)</source>
        <translation>Die Videos als Liste mit Spalten oder als Raster von Covern zeigen (Strg+L)</translation>
    </message>
</context>
<context>
    <name>LibraryColumns</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>Song</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>✔ Picked</source>
        <translation>✔ Behalten</translation>
    </message>
    <message>
        <source>✘ Rejected</source>
        <translation>✘ Verworfen</translation>
    </message>
    <message>
        <source>%1 of 5 stars</source>
        <translation>%1 von 5 Sternen</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Ungesichtet</translation>
    </message>
    <message>
        <source>seen</source>
        <comment>after a video&apos;s review: watched</comment>
        <translation>gesehen</translation>
    </message>
</context>
<context>
    <name>LibraryDetail</name>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Sichtung:</translation>
    </message>
    <message>
        <source>Song id:</source>
        <translation>Songkennung:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Video id:</source>
        <translation>Videokennung:</translation>
    </message>
    <message>
        <source>Click to show the file in its folder</source>
        <translation>Klicken, um die Datei in ihrem Ordner zu zeigen</translation>
    </message>
    <message>
        <source>A note (N, then Enter to save)</source>
        <translation>Eine Notiz (N, dann Eingabe zum Speichern)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Compare versions (C)</source>
        <translation>Versionen vergleichen (C)</translation>
    </message>
    <message>
        <source>Two versions of this song side by side, played in sync</source>
        <translation>Zwei Versionen dieses Songs nebeneinander, synchron abgespielt</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versionen:</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>Liedtext</translation>
    </message>
    <message>
        <source>No lyrics: the song&apos;s look-up gave none.</source>
        <translation>Kein Liedtext: Die Abfrage des Songs lieferte keinen.</translation>
    </message>
    <message>
        <source>Lyrics:</source>
        <translation>Liedtext:</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>Datei fehlt</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) of this song</source>
        <translation>
            <numerusform>%n Version dieses Songs</numerusform>
            <numerusform>%n Versionen dieses Songs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryFileCommands</name>
    <message>
        <source>Rename files to the template…</source>
        <translation>Dateien nach der Vorlage umbenennen…</translation>
    </message>
    <message>
        <source>Rename every video and its cover to the file name template in Settings (the renames are shown first)</source>
        <translation>Jedes Video und sein Cover nach der Dateinamen-Vorlage aus den Einstellungen umbenennen (die Umbenennungen werden zuerst gezeigt)</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Pick the file of the selected video where it is now</source>
        <translation>Die Datei des ausgewählten Videos dort wählen, wo sie jetzt ist</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>Adopt the videos and covers of a folder, matched to songs by the song number in their names or by their content</source>
        <translation>Die Videos und Cover eines Ordners übernehmen, den Songs zugeordnet über die Songnummer im Namen oder über ihren Inhalt</translation>
    </message>
    <message>
        <source>Export picks…</source>
        <translation>Behaltene exportieren…</translation>
    </message>
    <message>
        <source>Copy or hard-link the picked videos and covers into a folder, with a playlist</source>
        <translation>Die behaltenen Videos und Cover in einen Ordner kopieren oder fest verlinken, mit einer Wiedergabeliste</translation>
    </message>
    <message>
        <source>Move rejected to trash…</source>
        <translation>Verworfene in den Papierkorb…</translation>
    </message>
    <message>
        <source>Move the rejected videos&apos; files to the system trash (asks first)</source>
        <translation>Die Dateien der verworfenen Videos in den Papierkorb des Systems verschieben (fragt vorher)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>No videos to rename yet.</source>
        <translation>Noch keine Videos zum Umbenennen.</translation>
    </message>
    <message>
        <source>Planning the renames…</source>
        <translation>Umbenennungen werden geplant…</translation>
    </message>
    <message>
        <source>Rename files to the template</source>
        <translation>Dateien nach der Vorlage umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>“%1” stopped before the end, with %n file(s) left: run it again from the Library menu for the rest.</source>
        <translation>
            <numerusform>„%1“ wurde vor dem Ende angehalten, %n Datei ist noch offen: Führen Sie den Vorgang für den Rest erneut über das Menü Bibliothek aus.</numerusform>
            <numerusform>„%1“ wurde vor dem Ende angehalten, %n Dateien sind noch offen: Führen Sie den Vorgang für den Rest erneut über das Menü Bibliothek aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %1; %n file(s) could not be renamed:</source>
        <comment>%1: how many videos</comment>
        <translation>
            <numerusform>%1 umbenannt; %n Datei konnte nicht umbenannt werden:</numerusform>
            <numerusform>%1 umbenannt; %n Dateien konnten nicht umbenannt werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n Video</numerusform>
            <numerusform>%n Videos</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a video in the Library first.</source>
        <translation>Wählen Sie zuerst ein Video in der Bibliothek.</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <source>MP4 videos (*.mp4)</source>
        <translation>MP4-Videos (*.mp4)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>%1 does not look like the video of “%2”.</source>
        <translation>%1 sieht nicht nach dem Video von „%2“ aus.</translation>
    </message>
    <message>
        <source>Is %1 the video of “%2”?</source>
        <translation>Ist %1 das Video von „%2“?</translation>
    </message>
    <message>
        <source>Link anyway</source>
        <translation>Trotzdem verknüpfen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Linked %1 to %2.</source>
        <translation>%1 mit %2 verknüpft.</translation>
    </message>
    <message>
        <source>Import a folder of videos</source>
        <translation>Einen Ordner mit Videos importieren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) matched</source>
        <translation>
            <numerusform>%n Datei zugeordnet</numerusform>
            <numerusform>%n Dateien zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n bereits in der Bibliothek</numerusform>
            <numerusform>%n bereits in der Bibliothek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not matched</source>
        <translation>
            <numerusform>%n nicht zugeordnet</numerusform>
            <numerusform>%n nicht zugeordnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Not matched: %1</source>
        <translation>Nicht zugeordnet: %1</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Bereits in der Bibliothek</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>%1: a folder, %2: the counts</comment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No picked videos to export: pick some with P first.</source>
        <translation>Keine behaltenen Videos zum Exportieren: Behalten Sie zuerst welche mit P.</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>Behaltene</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n pick(s)…</source>
        <translation>
            <numerusform>%n behaltenes Video wird exportiert…</numerusform>
            <numerusform>%n behaltene Videos werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) exported to %1</source>
        <comment>%1: a folder</comment>
        <translation>
            <numerusform>%n Video nach %1 exportiert</numerusform>
            <numerusform>%n Videos nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) hard-linked</source>
        <translation>
            <numerusform>%n Datei fest verlinkt</numerusform>
            <numerusform>%n Dateien fest verlinkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copied</source>
        <translation>
            <numerusform>%n kopiert</numerusform>
            <numerusform>%n kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n fehlt</numerusform>
            <numerusform>%n fehlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Playlist: %1</source>
        <translation>Wiedergabeliste: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Missing: its file is gone</source>
        <translation>Fehlt: Seine Datei ist weg</translation>
    </message>
    <message>
        <source>Export picks</source>
        <translation>Behaltene exportieren</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>No rejected videos with files to move to the trash.</source>
        <translation>Keine verworfenen Videos mit Dateien, die in den Papierkorb könnten.</translation>
    </message>
    <message>
        <source>Move rejected to trash</source>
        <translation>Verworfene in den Papierkorb verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n rejected video(s) to the trash?</source>
        <translation>
            <numerusform>Das %n verworfene Video in den Papierkorb verschieben?</numerusform>
            <numerusform>Die %n verworfenen Videos in den Papierkorb verschieben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their video and cover files, %1 in all, go to the system trash, where they can be restored. Nothing is deleted.</source>
        <translation>Ihre Video- und Coverdateien, insgesamt %1, kommen in den Papierkorb des Systems, aus dem sie wiederhergestellt werden können. Nichts wird gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n to trash</source>
        <translation>
            <numerusform>%n in den Papierkorb</numerusform>
            <numerusform>%n in den Papierkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n video(s) to the trash…</source>
        <translation>
            <numerusform>%n Video wird in den Papierkorb verschoben…</numerusform>
            <numerusform>%n Videos werden in den Papierkorb verschoben…</numerusform>
        </translation>
    </message>
    <message>
        <source>This system has no trash for %1, so nothing was moved and nothing was deleted.</source>
        <translation>Dieses System hat keinen Papierkorb für %1, daher wurde nichts verschoben und nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %1 to the trash; %n file(s) stayed where they are:</source>
        <comment>%1: how many videos</comment>
        <translation>
            <numerusform>%1 in den Papierkorb verschoben; %n Datei blieb, wo sie ist:</numerusform>
            <numerusform>%1 in den Papierkorb verschoben; %n Dateien blieben, wo sie sind:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryList</name>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Cover file missing</source>
        <translation>Coverdatei fehlt</translation>
    </message>
    <message>
        <source>Song %1 · video %2</source>
        <translation>Song %1 · Video %2</translation>
    </message>
    <message>
        <source>Song %1</source>
        <translation>Song %1</translation>
    </message>
    <message>
        <source>%1: %2

%3</source>
        <comment>a file&apos;s mark: its path, then the video</comment>
        <translation>%1: %2

%3</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Ungesichtet</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Seen or not</source>
        <translation>Gesehen oder nicht</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>Nicht gesehen</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>No videos yet: finished songs appear here.</source>
        <translation>Noch keine Videos: Fertige Songs erscheinen hier.</translation>
    </message>
    <message>
        <source>Show videos</source>
        <translation>Videos zeigen</translation>
    </message>
    <message>
        <source>Rating at least</source>
        <translation>Bewertung mindestens</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Jede Bewertung</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Search title, note, song or video id…</source>
        <translation>Titel, Notiz, Song- oder Videokennung suchen…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Sortierung:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a filter&apos;s choice (how many videos it shows)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <comment>%1: one to five stars</comment>
        <translation>%1 oder mehr</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n video(s)</source>
        <translation>
            <numerusform>%1 von %n Video</numerusform>
            <numerusform>%1 von %n Videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n Video</numerusform>
            <numerusform>%n Videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s) missing</source>
        <translation>
            <numerusform> · %n Datei fehlt</numerusform>
            <numerusform> · %n Dateien fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>No video matches the filter.</source>
        <translation>Kein Video passt zum Filter.</translation>
    </message>
    <message>
        <source>By the list&apos;s column</source>
        <translation>Nach der Spalte der Liste</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All songs</source>
        <translation>Alle Songs</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Mureka Desktop — Demo</source>
        <translation>Mureka Desktop — Demo</translation>
    </message>
    <message>
        <source>Filter by song, title or error…</source>
        <translation>Nach Song, Titel oder Fehler filtern…</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Undo review</source>
        <translation>Sichtung rückgängig</translation>
    </message>
    <message>
        <source>Undo clear</source>
        <translation>Ausblenden rückgängig</translation>
    </message>
    <message>
        <source>Dropped on the window</source>
        <translation>Auf das Fenster abgelegt</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>Durchlauf beendet: %1</translation>
    </message>
    <message>
        <source>%1 Ctrl+Z to undo.</source>
        <translation>%1 Strg+Z macht es rückgängig.</translation>
    </message>
</context>
<context>
    <name>MissingBar</name>
    <message>
        <source>Locate…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Pick the file where it is now</source>
        <translation>Die Datei dort wählen, wo sie jetzt ist</translation>
    </message>
    <message>
        <source>Moved to the trash on %1: restore it from the system trash, or locate the file.</source>
        <translation>Am %1 in den Papierkorb verschoben: Stellen Sie sie aus dem Papierkorb des Systems wieder her oder suchen Sie die Datei.</translation>
    </message>
    <message>
        <source>The video file is missing: %1</source>
        <translation>Die Videodatei fehlt: %1</translation>
    </message>
    <message>
        <source>no file was recorded</source>
        <translation>es wurde keine Datei erfasst</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show Mureka Desktop</source>
        <translation>Mureka Desktop zeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n failed.</source>
        <comment>%1: how many videos are done</comment>
        <translation>
            <numerusform>%1, %n fehlgeschlagen.</numerusform>
            <numerusform>%1, %n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) done</source>
        <translation>
            <numerusform>%n Video fertig</numerusform>
            <numerusform>%n Videos fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) done.</source>
        <translation>
            <numerusform>%n Video fertig.</numerusform>
            <numerusform>%n Videos fertig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mureka Desktop: run finished</source>
        <translation>Mureka Desktop: Durchlauf beendet</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Select a song to preview it</source>
        <translation>Wählen Sie einen Song für die Vorschau</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Wiedergabe / Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>Springen</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Song %1</source>
        <translation>Song %1</translation>
    </message>
    <message>
        <source>This song was cancelled.</source>
        <translation>Dieser Song wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The video appears here once it is downloaded.</source>
        <translation>Das Video erscheint hier, sobald es heruntergeladen ist.</translation>
    </message>
    <message>
        <source>The cover file is missing.
%1</source>
        <translation>Die Coverdatei fehlt.
%1</translation>
    </message>
    <message>
        <source>The cover cannot be shown: %1</source>
        <translation>Das Cover kann nicht gezeigt werden: %1</translation>
    </message>
    <message>
        <source>The video file is missing.
%1</source>
        <translation>Die Videodatei fehlt.
%1</translation>
    </message>
    <message>
        <source>No audio device was found: videos play without sound.</source>
        <translation>Kein Audiogerät gefunden: Videos laufen ohne Ton.</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>Das Video kann nicht abgespielt werden: %1</translation>
    </message>
</context>
<context>
    <name>QueueCommands</name>
    <message>
        <source>Enter your useapi.net token to start.</source>
        <translation>Geben Sie Ihr useapi.net-Token ein, um zu starten.</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Eingetippt</translation>
    </message>
    <message>
        <source>From the Mureka account</source>
        <translation>Aus dem Mureka-Konto</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>Die Zwischenablage ist leer.</translation>
    </message>
    <message>
        <source>From the clipboard</source>
        <translation>Aus der Zwischenablage</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Regenerate videos</source>
        <translation>Videos neu erzeugen</translation>
    </message>
    <message numerus="yes">
        <source>Make a new video for %n song(s)? Each one costs a credit, even when a video already exists.</source>
        <translation>
            <numerusform>Ein neues Video für %n Song erzeugen? Jedes kostet einen Credit, auch wenn schon ein Video existiert.</numerusform>
            <numerusform>Ein neues Video für %n Songs erzeugen? Jedes kostet einen Credit, auch wenn schon ein Video existiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Regenerate %n</source>
        <translation>
            <numerusform>%n neu erzeugen</numerusform>
            <numerusform>%n neu erzeugen</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the error to the clipboard.</source>
        <translation>Fehler in die Zwischenablage kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the links of %n song(s).</source>
        <translation>
            <numerusform>Die Links von %n Song kopiert.</numerusform>
            <numerusform>Die Links von %n Songs kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation>Warteschlange exportieren</translation>
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
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n song(s) to %1</source>
        <translation>
            <numerusform>%n Song nach %1 exportiert</numerusform>
            <numerusform>%n Songs nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Song</source>
        <translation>Song</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Video id</source>
        <translation>Videokennung</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
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
        <translation>Songkennungen, Links oder .txt- / .csv- / .json-Dateien hier ablegen,
oder Strg+V zum Einfügen, oder Strg+N zum Eintippen drücken.</translation>
    </message>
</context>
<context>
    <name>RenamePreviewDialog</name>
    <message>
        <source>Rename files to the template</source>
        <translation>Dateien nach der Vorlage umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) will be renamed to “%1”, each cover with its video.</source>
        <comment>%1: the file name template</comment>
        <translation>
            <numerusform>%n Video wird in „%1“ umbenannt, jedes Cover mit seinem Video.</numerusform>
            <numerusform>%n Videos werden in „%1“ umbenannt, jedes Cover mit seinem Video.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already named so.</source>
        <translation>
            <numerusform>%n heißt bereits so.</numerusform>
            <numerusform>%n heißen bereits so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a missing file skipped.</source>
        <translation>
            <numerusform>%n mit fehlender Datei übersprungen.</numerusform>
            <numerusform>%n mit fehlender Datei übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Names already taken get “ (2)”; no file is ever overwritten.</source>
        <translation>Bereits vergebene Namen bekommen „ (2)“; keine Datei wird je überschrieben.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Wird</translation>
    </message>
    <message numerus="yes">
        <source>Rename %n</source>
        <translation>
            <numerusform>%n umbenennen</numerusform>
            <numerusform>%n umbenennen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Add songs</source>
        <translation>Songs hinzufügen</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Not song ids (skipped):</source>
        <translation>Keine Songkennungen (übersprungen):</translation>
    </message>
    <message>
        <source>Rejected earlier: not made again (Regenerate makes a new version):</source>
        <translation>Früher verworfen: wird nicht erneut erzeugt (Neu erzeugen erstellt eine neue Version):</translation>
    </message>
    <message numerus="yes">
        <source>Also generate the %Ln already done song(s) again (costs %Ln credit(s))</source>
        <translation>
            <numerusform>Auch den %Ln bereits fertigen Song erneut erzeugen (kostet %Ln Credit)</numerusform>
            <numerusform>Auch die %Ln bereits fertigen Songs erneut erzeugen (kostet %Ln Credits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln</source>
        <translation>
            <numerusform>%Ln hinzufügen</numerusform>
            <numerusform>%Ln hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln neu</numerusform>
            <numerusform>%Ln neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restored from an export</source>
        <translation>
            <numerusform>%Ln aus einem Export wiederhergestellt</numerusform>
            <numerusform>%Ln aus einem Export wiederhergestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected earlier: not made again</source>
        <translation>
            <numerusform>%Ln früher verworfen: nicht erneut erzeugt</numerusform>
            <numerusform>%Ln früher verworfen: nicht erneut erzeugt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to retry</source>
        <translation>
            <numerusform>%Ln zu wiederholen</numerusform>
            <numerusform>%Ln zu wiederholen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln Duplikat</numerusform>
            <numerusform>%Ln Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already done</source>
        <translation>
            <numerusform>%Ln bereits fertig</numerusform>
            <numerusform>%Ln bereits fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln ungültig</numerusform>
            <numerusform>%Ln ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (line(s) %2)</source>
        <translation>
            <numerusform>%1 (Zeile %2)</numerusform>
            <numerusform>%1 (Zeilen %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Ask the API for the accounts behind this token</source>
        <translation>Die API nach den Konten hinter diesem Token fragen</translation>
    </message>
    <message>
        <source>The token comes from USEAPI_TOKEN; it overrides the saved one.</source>
        <translation>Das Token kommt aus USEAPI_TOKEN; es hat Vorrang vor dem gespeicherten.</translation>
    </message>
    <message>
        <source>No system keyring is available: the token is kept for this session only, never written to a file.</source>
        <translation>Kein System-Schlüsselbund verfügbar: Das Token gilt nur für diese Sitzung und wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Saved in the system keyring; sent only to the API host.</source>
        <translation>Im System-Schlüsselbund gespeichert; nur an den API-Host gesendet.</translation>
    </message>
    <message>
        <source>Demo mode: the built-in simulator needs no token, and videos go to the demo folder.</source>
        <translation>Demomodus: Der eingebaute Simulator braucht kein Token, und Videos kommen in den Demo-Ordner.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Fields: {title} the song&apos;s title, {song} the song number, {video} the video id, {date} the day the video was made (YYYY-MM-DD), {model} the model. {{ and }} write a brace.</source>
        <translation>Felder: {title} der Titel des Songs, {song} die Songnummer, {video} die Videokennung, {date} der Tag, an dem das Video entstand (JJJJ-MM-TT), {model} das Modell. {{ und }} schreiben eine Klammer.</translation>
    </message>
    <message>
        <source> at once</source>
        <comment>generations at once</comment>
        <translation> gleichzeitig</translation>
    </message>
    <message>
        <source>Reuse videos that already exist (saves credits)</source>
        <translation>Bereits vorhandene Videos wiederverwenden (spart Credits)</translation>
    </message>
    <message>
        <source>Set by the environment variable MUREKA_API_BASE</source>
        <translation>Gesetzt durch die Umgebungsvariable MUREKA_API_BASE</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Im Infobereich weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>After a decision, go to the next unreviewed video</source>
        <translation>Nach einer Entscheidung zum nächsten ungesichteten Video gehen</translation>
    </message>
    <message>
        <source>In the library: P, X and the stars move on by themselves</source>
        <translation>In der Bibliothek: P, X und die Sterne gehen von selbst weiter</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>useapi.net account</source>
        <translation>useapi.net-Konto</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>Dateinamen</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>Erzeugungen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>Summer Rain</source>
        <translation>Sommerregen</translation>
    </message>
    <message>
        <source>For new downloads, e.g. %1 (and .png for the cover)</source>
        <translation>Für neue Downloads, z. B. %1 (und .png für das Cover)</translation>
    </message>
    <message>
        <source>Enter a token first.</source>
        <translation>Geben Sie zuerst ein Token ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>✗ The API rejected this token.</source>
        <translation>✗ Die API hat dieses Token abgelehnt.</translation>
    </message>
    <message>
        <source>✗ Check failed: %1</source>
        <translation>✗ Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>✓ Token accepted, but no Mureka account is configured on useapi.net.</source>
        <translation>✓ Token angenommen, aber auf useapi.net ist kein Mureka-Konto eingerichtet.</translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <comment>%1: useapi.net&apos;s words</comment>
        <translation>braucht Aufmerksamkeit: %1</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>in Ordnung</translation>
    </message>
    <message numerus="yes">
        <source>session %n day(s) old</source>
        <translation>
            <numerusform>Sitzung %n Tag alt</numerusform>
            <numerusform>Sitzung %n Tage alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 credit(s) left</source>
        <translation>
            <numerusform>%1 Credit übrig</numerusform>
            <numerusform>%1 Credits übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Mureka account %2: %3</source>
        <comment>✓ or ✗, the account, its facts</comment>
        <translation>%1 Mureka-Konto %2: %3</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between an account&apos;s facts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>That does not look like a useapi.net token (user:&lt;digits&gt;-&lt;letters and digits&gt;).</source>
        <translation>Das sieht nicht nach einem useapi.net-Token aus (user:&lt;Ziffern&gt;-&lt;Buchstaben und Ziffern&gt;).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
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
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Verwerfen</translation>
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
        <translation>Kein Video: Dieser Song ist fehlgeschlagen (der Fehler steht oben).</translation>
    </message>
    <message>
        <source>No video: this song failed (no reason was recorded).</source>
        <translation>Kein Video: Dieser Song ist fehlgeschlagen (kein Grund erfasst).</translation>
    </message>
    <message>
        <source>The API makes no videos for this model; Retry leaves it as it is.</source>
        <translation>Die API erzeugt keine Videos für dieses Modell; „Wiederholen“ lässt es, wie es ist.</translation>
    </message>
    <message>
        <source>Retry failed (Ctrl+Shift+R) tries again.</source>
        <translation>„Fehlgeschlagene wiederholen“ (Strg+Umschalt+R) versucht es erneut.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>song %1</source>
        <translation>Song %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
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
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Erzeugung</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Generating %1: %2</source>
        <translation>Erzeugung %1: %2</translation>
    </message>
    <message>
        <source>Generating %1/%2 (window %3)</source>
        <translation>Erzeugung %1/%2 (Fenster %3)</translation>
    </message>
    <message>
        <source>Generating %1/%2</source>
        <translation>Erzeugung %1/%2</translation>
    </message>
    <message>
        <source>%1 · paused: %2</source>
        <comment>%2: Mureka accounts</comment>
        <translation>%1 · pausiert: %2</translation>
    </message>
    <message>
        <source>Offline: waiting for the API</source>
        <translation>Offline: Warten auf die API</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message numerus="yes">
        <source>account %1 paused (%n song(s))</source>
        <translation>
            <numerusform>Konto %1 angehalten (%n Song)</numerusform>
            <numerusform>Konto %1 angehalten (%n Songs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Running · %1</source>
        <comment>%1: the paused accounts</comment>
        <translation>Läuft · %1</translation>
    </message>
    <message>
        <source>Nothing queued</source>
        <translation>Nichts eingereiht</translation>
    </message>
    <message>
        <source>Next call in %1 s</source>
        <translation>Nächster Aufruf in %1 s</translation>
    </message>
    <message>
        <source>Next call: now</source>
        <translation>Nächster Aufruf: jetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n fertig</numerusform>
            <numerusform>%n fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n eingereiht</numerusform>
            <numerusform>%n eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <source>ETA —</source>
        <translation>Restzeit —</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the songs whose account is not known</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <comment>%1: a Mureka account</comment>
        <translation>%1 pausiert</translation>
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
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n Stern</numerusform>
            <numerusform>%n Sterne</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear stars</source>
        <translation>Sterne löschen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
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
        <translation>Songs hinzufügen…</translation>
    </message>
    <message>
        <source>Type or paste song ids</source>
        <translation>Songkennungen eintippen oder einfügen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Add song ids from the clipboard</source>
        <translation>Songkennungen aus der Zwischenablage hinzufügen</translation>
    </message>
    <message>
        <source>From account…</source>
        <translation>Aus dem Konto…</translation>
    </message>
    <message>
        <source>Pick songs from the Mureka account</source>
        <translation>Songs aus dem Mureka-Konto wählen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Start or pause the queue</source>
        <translation>Die Warteschlange starten oder pausieren</translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation>Starten / Pausieren</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected songs from the queue</source>
        <translation>Die ausgewählten Songs aus der Warteschlange entfernen</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Fertige ausblenden</translation>
    </message>
    <message>
        <source>Hide done and cancelled songs from the list (they stay in the history and the export; Ctrl+Z brings them back)</source>
        <translation>Fertige und abgebrochene Songs aus der Liste ausblenden (sie bleiben im Verlauf und im Export; Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>Undo clear</source>
        <translation>Ausblenden rückgängig</translation>
    </message>
    <message>
        <source>Bring back the songs the last Clear finished hid</source>
        <translation>Die Songs zurückholen, die das letzte „Fertige ausblenden“ verborgen hat</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>Neu erzeugen…</translation>
    </message>
    <message>
        <source>Make a new video for the selected songs (costs credits)</source>
        <translation>Ein neues Video für die ausgewählten Songs erzeugen (kostet Credits)</translation>
    </message>
    <message>
        <source>Open video</source>
        <translation>Video öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Copy links</source>
        <translation>Links kopieren</translation>
    </message>
    <message>
        <source>Copy the video and cover links of the selected songs</source>
        <translation>Die Video- und Cover-Links der ausgewählten Songs kopieren</translation>
    </message>
    <message>
        <source>Copy error</source>
        <translation>Fehler kopieren</translation>
    </message>
    <message>
        <source>Copy the error of the selected songs</source>
        <translation>Den Fehler der ausgewählten Songs kopieren</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Play / pause preview</source>
        <translation>Vorschau abspielen / pausieren</translation>
    </message>
    <message>
        <source>Play the song&apos;s video</source>
        <translation>Das Video des Songs abspielen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Show the queue</source>
        <translation>Die Warteschlange zeigen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Show the library: every video made, to review</source>
        <translation>Die Bibliothek zeigen: jedes erzeugte Video, zum Sichten</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the queue and history as CSV or JSON</source>
        <translation>Warteschlange und Verlauf als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Filter the list by song, title or error</source>
        <translation>Die Liste nach Song, Titel oder Fehler filtern</translation>
    </message>
    <message>
        <source>Refresh accounts</source>
        <translation>Konten aktualisieren</translation>
    </message>
    <message>
        <source>Ask useapi.net for the Mureka accounts&apos; health and credits again</source>
        <translation>useapi.net erneut nach Zustand und Credits der Mureka-Konten fragen</translation>
    </message>
    <message>
        <source>Show or hide the Mureka accounts under the queue</source>
        <translation>Die Mureka-Konten unter der Warteschlange zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About Mureka Desktop</source>
        <translation>Über Mureka Desktop</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Main</source>
        <comment>toolbar</comment>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Filter</source>
        <comment>toolbar</comment>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Show songs in state</source>
        <translation>Songs in diesem Status zeigen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter by song, title or error</source>
        <translation>Nach Song, Titel oder Fehler filtern</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Running against the built-in simulator: no token, no credits.
Demo songs and videos are kept apart in %1; a normal start does not show them.</source>
        <translation>Läuft gegen den eingebauten Simulator: kein Token, keine Credits.
Demo-Songs und -Videos werden getrennt in %1 aufbewahrt; ein normaler Start zeigt sie nicht.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demomodus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Sichten</translation>
    </message>
    <message>
        <source>&amp;Song</source>
        <translation>S&amp;ong</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message>
        <source>The Mureka account needs attention (%1): %2. Update the account on useapi.net, then resume.</source>
        <comment>account_attention</comment>
        <extracomment>core/queue/events.py; %1: code, %2: error</extracomment>
        <translation>Das Mureka-Konto braucht Aufmerksamkeit (%1): %2. Aktualisieren Sie das Konto auf useapi.net und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>Mureka account %1 is not on this token any more: its songs wait. Add it again on useapi.net, then resume.</source>
        <comment>account_gone</comment>
        <extracomment>core/queue/roster.py; %1: account</extracomment>
        <translation>Das Mureka-Konto %1 gehört nicht mehr zu diesem Token: Seine Songs warten. Fügen Sie es auf useapi.net wieder hinzu, dann fortsetzen.</translation>
    </message>
    <message>
        <source>Mureka account %1 is not on this token: its songs wait. Add the account on useapi.net, or give the songs&apos; ids with their own account.</source>
        <comment>account_not_on_token</comment>
        <extracomment>core/queue/roster.py; %1: account</extracomment>
        <translation>Das Mureka-Konto %1 gehört nicht zu diesem Token: Seine Songs warten. Fügen Sie das Konto auf useapi.net hinzu oder geben Sie die Songkennungen mit ihrem eigenen Konto an.</translation>
    </message>
    <message>
        <source>Mureka account %1: %2 Songs of other accounts carry on.</source>
        <comment>account_problem</comment>
        <extracomment>core/queue/events.py; %1: account, %2: problem</extracomment>
        <translation>Mureka-Konto %1: %2 Songs anderer Konten laufen weiter.</translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1.</source>
        <comment>accounts_failed</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>Die Konten konnten nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1. Showing what was known before.</source>
        <comment>accounts_failed_kept</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>Die Konten konnten nicht geladen werden: %1. Angezeigt wird der letzte bekannte Stand.</translation>
    </message>
    <message>
        <source>No useapi.net token: add one in Settings to see the accounts.</source>
        <comment>accounts_no_token</comment>
        <extracomment>core/accounts/info.py</extracomment>
        <translation>Kein useapi.net-Token: Fügen Sie in den Einstellungen eines hinzu, um die Konten zu sehen.</translation>
    </message>
    <message>
        <source>No Mureka account is configured for this token on useapi.net.</source>
        <comment>accounts_none</comment>
        <extracomment>core/accounts/info.py</extracomment>
        <translation>Für dieses Token ist auf useapi.net kein Mureka-Konto eingerichtet.</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1).</source>
        <comment>accounts_offline</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>Offline: Die API ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1). Showing what was known before.</source>
        <comment>accounts_offline_kept</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>Offline: Die API ist nicht erreichbar (%1). Angezeigt wird der letzte bekannte Stand.</translation>
    </message>
    <message>
        <source>The API rejected the token (%1): enter a new one in Settings.</source>
        <comment>accounts_token_rejected</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>Die API hat das Token abgelehnt (%1): Geben Sie in den Einstellungen ein neues ein.</translation>
    </message>
    <message>
        <source>Mureka Desktop is already running on this queue (process %1). Use that window, or close it first.</source>
        <comment>already_running</comment>
        <extracomment>core/runtime/instance.py; %1: owner</extracomment>
        <translation>Mureka Desktop läuft bereits mit dieser Warteschlange (Prozess %1). Verwenden Sie jenes Fenster oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <source>Another mureka-desktop (process %1) is using this data folder. Wait for it to end, or stop it first.</source>
        <comment>already_running_cli</comment>
        <extracomment>core/runtime/instance.py; %1: owner</extracomment>
        <translation>Ein anderes mureka-desktop (Prozess %1) verwendet diesen Datenordner. Warten Sie, bis es endet, oder beenden Sie es zuerst.</translation>
    </message>
    <message>
        <source>Subscription or credits: %1. Top up the account, then resume.</source>
        <comment>billing</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>Abonnement oder Credits: %1. Laden Sie das Konto auf und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>Cannot use the data folder %1: %2. %3</source>
        <comment>cannot_use_data_folder</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>Der Datenordner %1 ist nicht nutzbar: %2. %3</translation>
    </message>
    <message>
        <source>Cannot use the queue database %1: %2. %3</source>
        <comment>cannot_use_database</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>Die Warteschlangen-Datenbank %1 ist nicht nutzbar: %2. %3</translation>
    </message>
    <message>
        <source>Cannot use the log folder %1: %2. %3</source>
        <comment>cannot_use_log_folder</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>Der Protokollordner %1 ist nicht nutzbar: %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n finished song(s) (still in the history).</source>
        <comment>cleared</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n fertigen Song ausgeblendet (weiter im Verlauf).</numerusform>
            <numerusform>%n fertige Songs ausgeblendet (weiter im Verlauf).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the queue database in %1: %2. %3</source>
        <comment>database_unwritable</comment>
        <extracomment>core/queue/applying.py; %1: folder, %2: error, %3: advice</extracomment>
        <translation>Die Warteschlangen-Datenbank in %1 kann nicht geschrieben werden: %2. %3</translation>
    </message>
    <message>
        <source>The disk is full: %1. Free some space, then resume.</source>
        <comment>disk_full</comment>
        <extracomment>core/queue/download_jobs.py; %1: error</extracomment>
        <translation>Der Datenträger ist voll: %1. Machen Sie Platz frei und setzen Sie dann fort.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pick(s).</source>
        <comment>exported</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>
            <numerusform>%n Behaltenes exportiert.</numerusform>
            <numerusform>%n Behaltene exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>That file is already in the library as %1.</source>
        <comment>file_in_library</comment>
        <extracomment>core/library/files.py; %1: title</extracomment>
        <translation>Diese Datei ist bereits als %1 in der Bibliothek.</translation>
    </message>
    <message>
        <source>it is not a directory (a file is in the way)</source>
        <comment>folder_in_the_way</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>es ist kein Verzeichnis (eine Datei ist im Weg)</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <comment>folder_is_a_file</comment>
        <extracomment>core/queue/download_jobs.py</extracomment>
        <translation>es ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>it is not writable (operation not permitted)</source>
        <comment>folder_not_permitted</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>er ist nicht beschreibbar (Vorgang nicht zulässig)</translation>
    </message>
    <message>
        <source>it is not writable (permission denied)</source>
        <comment>folder_permission_denied</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>er ist nicht beschreibbar (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>it is not writable (read-only file system)</source>
        <comment>folder_read_only</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>er ist nicht beschreibbar (schreibgeschütztes Dateisystem)</translation>
    </message>
    <message>
        <source>Found %1 again.</source>
        <comment>found_again</comment>
        <extracomment>core/library/files.py; %1: title</extracomment>
        <translation>%1 wiedergefunden.</translation>
    </message>
    <message>
        <source>song number in the name: %1 (found again)</source>
        <comment>import_by_number</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>Songnummer im Namen: %1 (wiedergefunden)</translation>
    </message>
    <message>
        <source>the cover of %1 (found again)</source>
        <comment>import_cover_found</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>das Cover von %1 (wiedergefunden)</translation>
    </message>
    <message>
        <source>the cover of %1</source>
        <comment>import_cover_of</comment>
        <extracomment>core/library/importing.py; %1: name</extracomment>
        <translation>das Cover von %1</translation>
    </message>
    <message>
        <source>song %1, %2 (new to this library)</source>
        <comment>import_new_song</comment>
        <extracomment>core/library/importing.py; %1: song, %2: title</extracomment>
        <translation>Song %1, %2 (neu in dieser Bibliothek)</translation>
    </message>
    <message>
        <source>song %1 (new to this library)</source>
        <comment>import_new_song_untitled</comment>
        <extracomment>core/library/importing.py; %1: song</extracomment>
        <translation>Song %1 (neu in dieser Bibliothek)</translation>
    </message>
    <message>
        <source>a new version of %1</source>
        <comment>import_new_version</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>eine neue Version von %1</translation>
    </message>
    <message>
        <source>no song number in the name and no video with this content</source>
        <comment>import_no_match</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>keine Songnummer im Namen und kein Video mit diesem Inhalt</translation>
    </message>
    <message>
        <source>no video of the library lacks this cover</source>
        <comment>import_no_video</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>keinem Video der Bibliothek fehlt dieses Cover</translation>
    </message>
    <message>
        <source>not an MP4 video</source>
        <comment>import_not_mp4</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>kein MP4-Video</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) came in done from an imported folder.</source>
        <comment>import_restored</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>%n Song kam fertig aus einem importierten Ordner.</numerusform>
            <numerusform>%n Songs kamen fertig aus einem importierten Ordner.</numerusform>
        </translation>
    </message>
    <message>
        <source>same content as %1 (found again)</source>
        <comment>import_same_content</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>gleicher Inhalt wie %1 (wiedergefunden)</translation>
    </message>
    <message>
        <source>song %1, %2</source>
        <comment>import_song</comment>
        <extracomment>core/library/importing.py; %1: song, %2: title</extracomment>
        <translation>Song %1, %2</translation>
    </message>
    <message>
        <source>song %1</source>
        <comment>import_song_untitled</comment>
        <extracomment>core/library/importing.py; %1: song</extracomment>
        <translation>Song %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <comment>imported</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>%n Datei importiert.</numerusform>
            <numerusform>%n Dateien importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal error: %1. Resume to try again; the log has the details.</source>
        <comment>internal_error</comment>
        <extracomment>core/queue/scheduler.py; %1: error</extracomment>
        <translation>Interner Fehler: %1. Fortsetzen versucht es erneut; das Protokoll enthält die Einzelheiten.</translation>
    </message>
    <message>
        <source>%1: %2 done.</source>
        <comment>job_done</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: done</extracomment>
        <translation>%1: %2 erledigt.</translation>
    </message>
    <message>
        <source>export of picks</source>
        <comment>job_export</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>Export der Behaltenen</translation>
    </message>
    <message>
        <source>import of a folder</source>
        <comment>job_import</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>Import eines Ordners</translation>
    </message>
    <message>
        <source>locating missing files</source>
        <comment>job_locate</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>Suchen fehlender Dateien</translation>
    </message>
    <message>
        <source>Paused by the user</source>
        <comment>paused</comment>
        <extracomment>core/queue/scheduler.py</extracomment>
        <translation>Vom Benutzer angehalten</translation>
    </message>
    <message>
        <source>Not started: the app is quitting.</source>
        <comment>job_not_started</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>Nicht gestartet: Die App wird beendet.</translation>
    </message>
    <message>
        <source>The Mureka account needs attention: %1. Update the account on useapi.net, then resume.</source>
        <comment>account_attention_no_code</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>Das Mureka-Konto braucht Aufmerksamkeit: %1. Aktualisieren Sie das Konto auf useapi.net und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>useapi.net did not list the accounts in time; going on with what is known.</source>
        <comment>accounts_late</comment>
        <extracomment>core/queue/roster.py</extracomment>
        <translation>useapi.net hat die Konten nicht rechtzeitig aufgelistet; es geht mit dem Bekannten weiter.</translation>
    </message>
    <message>
        <source>An interrupted %1 was completed on disk (%2 finished, %3 not started); %4 left to do: run it again.</source>
        <comment>job_recovered</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: forward, %3: back, %4: left</extracomment>
        <translation>Ein unterbrochener Vorgang (%1) wurde auf der Festplatte abgeschlossen (%2 fertig, %3 nicht begonnen); %4 noch offen: Führen Sie ihn erneut aus.</translation>
    </message>
    <message>
        <source>rename to the template</source>
        <comment>job_rename</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>Umbenennen nach der Vorlage</translation>
    </message>
    <message>
        <source>Stopped the %1: %2 done, %3 left; run it again for the rest.</source>
        <comment>job_stopped</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: done, %3: left</extracomment>
        <translation>Angehalten (%1): %2 erledigt, %3 offen; führen Sie den Vorgang für den Rest erneut aus.</translation>
    </message>
    <message>
        <source>move to the trash</source>
        <comment>job_trash</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>Verschieben in den Papierkorb</translation>
    </message>
    <message>
        <source>Its content differs from the video downloaded: it is another video, or a changed copy.</source>
        <comment>locate_differs</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>Sein Inhalt weicht vom heruntergeladenen Video ab: Es ist ein anderes Video oder eine veränderte Kopie.</translation>
    </message>
    <message>
        <source>It is not an MP4 video.</source>
        <comment>locate_not_mp4</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>Es ist kein MP4-Video.</translation>
    </message>
    <message>
        <source>Its content matches the video downloaded.</source>
        <comment>locate_same</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>Sein Inhalt stimmt mit dem heruntergeladenen Video überein.</translation>
    </message>
    <message>
        <source>It has the size of the video downloaded, but no content hash was recorded to be sure.</source>
        <comment>locate_same_size</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>Es hat die Größe des heruntergeladenen Videos, aber es wurde kein Inhalts-Hash erfasst, um sicher zu sein.</translation>
    </message>
    <message>
        <source>It is %1 bytes; the video downloaded was %2 bytes.</source>
        <comment>locate_size_differs</comment>
        <extracomment>core/library/disk.py; %1: size, %2: recorded</extracomment>
        <translation>Es hat %1 Bytes; das heruntergeladene Video hatte %2 Bytes.</translation>
    </message>
    <message>
        <source>Nothing was recorded at download to compare it with.</source>
        <comment>locate_unknown</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>Beim Herunterladen wurde nichts erfasst, womit es sich vergleichen ließe.</translation>
    </message>
    <message>
        <source>a file of that name is already there</source>
        <comment>name_taken</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>eine Datei dieses Namens ist schon vorhanden</translation>
    </message>
    <message>
        <source>New video: %1</source>
        <comment>new_video</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Neues Video: %1</translation>
    </message>
    <message>
        <source>no free name</source>
        <comment>no_free_name</comment>
        <extracomment>core/library/export.py</extracomment>
        <translation>kein freier Name</translation>
    </message>
    <message>
        <source>No system keyring: the token is kept for this session only.</source>
        <comment>no_keyring</comment>
        <extracomment>core/engine/settings.py</extracomment>
        <translation>Kein System-Schlüsselbund: Das Token gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Not seen: %1.</source>
        <comment>not_seen</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Nicht gesehen: %1.</translation>
    </message>
    <message>
        <source>Noted %1.</source>
        <comment>noted</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Notiz zu %1 gespeichert.</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1). Nothing is lost; the queue carries on by itself when the API answers again.</source>
        <comment>offline</comment>
        <extracomment>core/queue/scheduler.py; %1: error</extracomment>
        <translation>Offline: Die API ist nicht erreichbar (%1). Nichts geht verloren; die Warteschlange läuft von selbst weiter, sobald die API wieder antwortet.</translation>
    </message>
    <message>
        <source>Cannot write to the output folder %1: %2. Choose another folder (Settings, or --out) or fix its permissions, then resume.</source>
        <comment>output_unwritable</comment>
        <extracomment>core/queue/download_jobs.py; %1: folder, %2: why</extracomment>
        <translation>In den Ausgabeordner %1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner (Einstellungen oder --out) oder korrigieren Sie seine Rechte, dann fortsetzen.</translation>
    </message>
    <message>
        <source>Picked %1.</source>
        <comment>picked</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>%1 behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n finished song(s).</source>
        <comment>put_back</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n fertigen Song zurückgeholt.</numerusform>
            <numerusform>%n fertige Songs zurückgeholt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n song(s).</source>
        <comment>queued</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n Song eingereiht.</numerusform>
            <numerusform>%n Songs eingereiht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %1; restored %n from an export.</source>
        <comment>queued_restored</comment>
        <extracomment>core/engine/queue.py; %1: songs</extracomment>
        <translation>
            <numerusform>%1 eingereiht; %n aus einem Export wiederhergestellt.</numerusform>
            <numerusform>%1 eingereiht; %n aus einem Export wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rated %1 %n star(s).</source>
        <comment>rated</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>
            <numerusform>%1 mit %n Stern bewertet.</numerusform>
            <numerusform>%1 mit %n Sternen bewertet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n song(s) to regenerate.</source>
        <comment>regenerating</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n Song zum neu Erzeugen eingereiht.</numerusform>
            <numerusform>%n Songs zum neu Erzeugen eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <comment>rejected</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>%1 verworfen.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n song(s).</source>
        <comment>removed</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n Song entfernt.</numerusform>
            <numerusform>%n Songs entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1; kept %n song(s) still generating or downloading.</source>
        <comment>removed_kept</comment>
        <extracomment>core/engine/queue.py; %1: songs</extracomment>
        <translation>
            <numerusform>%1 entfernt; %n Song behalten, der noch erzeugt oder heruntergeladen wird.</numerusform>
            <numerusform>%1 entfernt; %n Songs behalten, die noch erzeugt oder heruntergeladen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %n video(s) to the file name template.</source>
        <comment>renamed</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>%n Video nach der Dateinamen-Vorlage umbenannt.</numerusform>
            <numerusform>%n Videos nach der Dateinamen-Vorlage umbenannt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back from the trash: %n video(s).</source>
        <comment>restored_from_trash</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>Aus dem Papierkorb zurück: %n Video.</numerusform>
            <numerusform>Aus dem Papierkorb zurück: %n Videos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) queued again.</source>
        <comment>retrying</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n Song erneut eingereiht.</numerusform>
            <numerusform>%n Songs erneut eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seen: %1.</source>
        <comment>seen</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Gesehen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The Mureka account has had all its generation slots busy for %n minute(s) while none of them was this app&apos;s: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</source>
        <comment>slots_held</comment>
        <extracomment>core/queue/applying.py</extracomment>
        <translation>
            <numerusform>Alle Erzeugungsplätze des Mureka-Kontos sind seit %n Minute belegt, ohne dass einer davon dieser App gehört: andere Erzeugungen (Songs, die auf mureka.ai entstehen?) halten sie. Setzen Sie fort, wenn diese fertig sind.</numerusform>
            <numerusform>Alle Erzeugungsplätze des Mureka-Kontos sind seit %n Minuten belegt, ohne dass einer davon dieser App gehört: andere Erzeugungen (Songs, die auf mureka.ai entstehen?) halten sie. Setzen Sie fort, wenn diese fertig sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mureka account %1 has had all its generation slots busy for %n minute(s) while none of them was this app&apos;s: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</source>
        <comment>slots_held_account</comment>
        <extracomment>core/queue/applying.py; %1: account</extracomment>
        <translation>
            <numerusform>Alle Erzeugungsplätze des Mureka-Kontos %1 sind seit %n Minute belegt, ohne dass einer davon dieser App gehört: andere Erzeugungen (Songs, die auf mureka.ai entstehen?) halten sie. Setzen Sie fort, wenn diese fertig sind.</numerusform>
            <numerusform>Alle Erzeugungsplätze des Mureka-Kontos %1 sind seit %n Minuten belegt, ohne dass einer davon dieser App gehört: andere Erzeugungen (Songs, die auf mureka.ai entstehen?) halten sie. Setzen Sie fort, wenn diese fertig sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <comment>songs</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n Song</numerusform>
            <numerusform>%n Songs</numerusform>
        </translation>
    </message>
    <message>
        <source>Spacing reset: calls are spaced per Mureka account until a rejected call shows the rule is token-wide.</source>
        <comment>spacing_reset</comment>
        <extracomment>core/engine/accounts.py</extracomment>
        <translation>Abstand zurückgesetzt: Aufrufe werden je Mureka-Konto getaktet, bis ein abgelehnter Aufruf zeigt, dass die Regel für das ganze Token gilt.</translation>
    </message>
    <message>
        <source>Cleared the stars of %1.</source>
        <comment>stars_cleared</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Sterne von %1 gelöscht.</translation>
    </message>
    <message>
        <source>The file is damaged (your video files are not in it). Move it aside and start again: re-importing an export (`mureka-desktop generate export.csv`) restores the finished songs without paying again.</source>
        <comment>store_damaged</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>Die Datei ist beschädigt (Ihre Videodateien sind nicht darin). Legen Sie sie beiseite und beginnen Sie neu: Das erneute Importieren eines Exports (`mureka-desktop generate export.csv`) stellt die fertigen Songs wieder her, ohne erneut zu bezahlen.</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again.</source>
        <comment>store_disk_full</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>Der Datenträger ist voll: Machen Sie Platz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Another program holds the database: close it, then try again.</source>
        <comment>store_locked</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>Ein anderes Programm hält die Datenbank: Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Move the file aside or use another folder with --data-dir, then try again.</source>
        <comment>store_move_aside</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>Legen Sie die Datei beiseite oder verwenden Sie mit --data-dir einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>it was written by a newer Mureka Desktop (schema %1); this one knows schema %2</source>
        <comment>store_newer</comment>
        <extracomment>core/storage/store.py; %1: version, %2: known</extracomment>
        <translation>sie wurde von einem neueren Mureka Desktop geschrieben (Schema %1); dieses kennt Schema %2</translation>
    </message>
    <message>
        <source>The file holds no Mureka Desktop queue (empty, or another program&apos;s database): check --data-dir (or MUREKA_DESKTOP_HOME).</source>
        <comment>store_not_a_queue</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>Die Datei enthält keine Mureka-Desktop-Warteschlange (leer, oder die Datenbank eines anderen Programms): Prüfen Sie --data-dir (oder MUREKA_DESKTOP_HOME).</translation>
    </message>
    <message>
        <source>The data folder is read-only or not accessible: make it writable, or use another folder with --data-dir (or MUREKA_DESKTOP_HOME). `mureka-desktop export` can still read it.</source>
        <comment>store_read_only</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>Der Datenordner ist schreibgeschützt oder nicht zugänglich: Machen Sie ihn beschreibbar oder verwenden Sie mit --data-dir (oder MUREKA_DESKTOP_HOME) einen anderen Ordner. `mureka-desktop export` kann ihn weiterhin lesen.</translation>
    </message>
    <message>
        <source>Update Mureka Desktop.</source>
        <comment>store_update</comment>
        <extracomment>core/storage/store.py</extracomment>
        <translation>Aktualisieren Sie Mureka Desktop.</translation>
    </message>
    <message>
        <source>The file name template has an unmatched %1: write %2 for the character itself</source>
        <comment>template_braces</comment>
        <extracomment>core/library/naming.py; %1: brace, %2: double</extracomment>
        <translation>Die Dateinamen-Vorlage hat ein einzelnes %1: Schreiben Sie %2 für das Zeichen selbst</translation>
    </message>
    <message>
        <source>The file name template is empty: use for example %1</source>
        <comment>template_empty</comment>
        <extracomment>core/library/naming.py; %1: example</extracomment>
        <translation>Die Dateinamen-Vorlage ist leer: Verwenden Sie zum Beispiel %1</translation>
    </message>
    <message>
        <source>Empty braces %1 in the file name template: name a field, %2</source>
        <comment>template_empty_braces</comment>
        <extracomment>core/library/naming.py; %1: braces, %2: fields</extracomment>
        <translation>Leere Klammern %1 in der Dateinamen-Vorlage: Nennen Sie ein Feld, %2</translation>
    </message>
    <message>
        <source>A file name template cannot make folders: remove %1</source>
        <comment>template_folders</comment>
        <extracomment>core/library/naming.py; %1: slashes</extracomment>
        <translation>Eine Dateinamen-Vorlage kann keine Ordner anlegen: Entfernen Sie %1</translation>
    </message>
    <message>
        <source>Field %1 cannot carry a format (: or !) in the file name template</source>
        <comment>template_format</comment>
        <extracomment>core/library/naming.py; %1: field</extracomment>
        <translation>Feld %1 kann in der Dateinamen-Vorlage kein Format (: oder !) tragen</translation>
    </message>
    <message>
        <source>The file name template names no field: use %1</source>
        <comment>template_no_field</comment>
        <extracomment>core/library/naming.py; %1: fields</extracomment>
        <translation>Die Dateinamen-Vorlage nennt kein Feld: Verwenden Sie %1</translation>
    </message>
    <message>
        <source>The template has no %1: Import folder will then match these files by their content only.</source>
        <comment>template_no_song</comment>
        <extracomment>core/library/naming.py; %1: song</extracomment>
        <translation>Die Vorlage enthält kein %1: „Ordner importieren“ ordnet diese Dateien dann nur nach ihrem Inhalt zu.</translation>
    </message>
    <message>
        <source>Unknown field %1 in the file name template: use %2</source>
        <comment>template_unknown_field</comment>
        <extracomment>core/library/naming.py; %1: field, %2: fields</extracomment>
        <translation>Unbekanntes Feld %1 in der Dateinamen-Vorlage: Verwenden Sie %2</translation>
    </message>
    <message>
        <source>The API rejected the token or the Mureka login: %1. Enter a new token in Settings, then resume.</source>
        <comment>token_rejected</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>Die API hat das Token oder die Mureka-Anmeldung abgelehnt: %1. Geben Sie in den Einstellungen ein neues Token ein und setzen Sie dann fort.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n rejected video(s) to the trash.</source>
        <comment>trashed</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>%n verworfenes Video in den Papierkorb verschoben.</numerusform>
            <numerusform>%n verworfene Videos in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1 is back as it was.</source>
        <comment>undone</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Rückgängig: %1 ist wieder wie vorher.</translation>
    </message>
    <message>
        <source>Unflagged %1.</source>
        <comment>unflagged</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Markierung von %1 entfernt.</translation>
    </message>
</context>
</TS>
