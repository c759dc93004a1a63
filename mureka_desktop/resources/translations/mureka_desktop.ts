<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mureka Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Songs in the queue: state, tries, progress and last error. Drop or paste song ids to add more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to seek in the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The song&apos;s cover image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the queue paused, and the fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSongsDialog</name>
    <message>
        <source>Add songs from the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Song id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists (free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the songs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) (more to load)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API makes no videos for V9.5 songs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Review %n…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <comment>%1: a time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded yet: Refresh asks useapi.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <comment>%1: Mureka accounts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDock</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the accounts (View ▸ Accounts shows them again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What useapi.net says of the account, or why its songs wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the Mureka session was issued; whether useapi.net refreshes it by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits left on the Mureka account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generations of this app running on the account / the most it may run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate calls this app sent to the account today (refused ones included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos this app&apos;s generations made on the account today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <comment>%1: useapi.net&apos;s words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <comment>%1: why, and the fix</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>a session&apos;s age in days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session issued %1 days ago; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>useapi.net refreshes it by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no auto-refresh: update it on useapi.net when it expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Its songs wait: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsSettings</name>
    <message>
        <source>Mureka accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask useapi.net for the accounts&apos; health and credits again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget what was learned: space calls per Mureka account again until a rejected call shows the 3 s rule counts per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 s spacing: learned to count per useapi.net token (a rejected call showed it): every call waits 3 s after any account&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 s spacing: confirmed per Mureka account: accounts call side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 s spacing: not learned yet; per Mureka account until a rejected call shows it counts per token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Check found %n account(s) for the token above; Save to use it and list its accounts here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsTable</name>
    <message>
        <source>Mureka accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddSongsDialog</name>
    <message>
        <source>Add songs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Song ids, mureka.ai links, or any text holding them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the ids before queueing them (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>&lt;b&gt;Account paused.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue paused.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Space plays both · ←/→ seek both · Tab switches side · P / X / 1–5 decide on the framed side · M mute · Esc back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to add these songs (copied, nothing is moved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPicksDialog</name>
    <message>
        <source>Export picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n picked video(s) with their covers, %1, named by the file name template, and a playlist (M3U).</source>
        <comment>%1: their size</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard-link instead of copying where the disk allows (no extra space; a copy otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export picks to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileMarks</name>
    <message>
        <source>⚠ File missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>♻ In the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Video file missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FullScreenVideo</name>
    <message>
        <source>Mureka Desktop — full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space play / pause · Shift+←/→ or J/L seek 5 s · ←/→ other video · M mute · P / X / 1–5 decide · Esc leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>No application could open this location:

%1

Open it from your file manager; the path can be selected and copied here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mureka Desktop %1&lt;/h3&gt;&lt;p&gt;Lyrics videos for lists of Mureka songs, through the useapi.net API.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;&lt;br&gt;Mureka Desktop is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %3 and PySide6 %4 (Qt for Python), used under the &lt;a href=&apos;%5&apos;&gt;GNU Lesser General Public License v3&lt;/a&gt;. You may replace them with your own build: the source of &lt;a href=&apos;%6&apos;&gt;Qt&lt;/a&gt; and of &lt;a href=&apos;%7&apos;&gt;PySide6&lt;/a&gt; is published by The Qt Company.&lt;/p&gt;</source>
        <comment>%1 version, %2 project page, %3 Qt version, %4 PySide6 version, %5 licence text, %6 Qt source, %7 PySide6 source</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dropped data holds no text or files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing from them was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No song ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No song ids were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the command line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Renaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the file being moved now; the rest is left as it is, to run again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>No useapi.net token yet: generating is off. The library works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the queue where the last session stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>Seek back 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek forward 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute / unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the video full screen (F or Enter; Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two versions of the song side by side, in sync (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the videos as a list with columns, or as a grid of covers (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryColumns</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5 stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen</source>
        <comment>after a video&apos;s review: watched</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryDetail</name>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Song id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the file in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note (N, then Enter to save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare versions (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two versions of this song side by side, played in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lyrics: the song&apos;s look-up gave none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lyrics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) of this song</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryFileCommands</name>
    <message>
        <source>Rename files to the template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename every video and its cover to the file name template in Settings (the renames are shown first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the file of the selected video where it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt the videos and covers of a folder, matched to songs by the song number in their names or by their content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export picks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy or hard-link the picked videos and covers into a folder, with a playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move rejected to trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the rejected videos&apos; files to the system trash (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename files to the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move rejected to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” stopped before the end, with %n file(s) left: run it again from the Library menu for the rest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No videos to rename yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the renames…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renamed %1; %n file(s) could not be renamed:</source>
        <comment>%1: how many videos</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a video in the Library first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 videos (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like the video of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is %1 the video of “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) matched</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not matched</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not matched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>%1: a folder, %2: the counts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picked videos to export: pick some with P first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n pick(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) exported to %1</source>
        <comment>%1: a folder</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) hard-linked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Playlist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: its file is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rejected videos with files to move to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move the %n rejected video(s) to the trash?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Their video and cover files, %1 in all, go to the system trash, where they can be restored. Nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n to trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n video(s) to the trash…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This system has no trash for %1, so nothing was moved and nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %1 to the trash; %n file(s) stayed where they are:</source>
        <comment>%1: how many videos</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryList</name>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Cover file missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Song %1 · video %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Song %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2

%3</source>
        <comment>a file&apos;s mark: its path, then the video</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No videos yet: finished songs appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, note, song or video id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a filter&apos;s choice (how many videos it shows)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <comment>%1: one to five stars</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n video(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s) missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No video matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the list&apos;s column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All songs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mureka Desktop — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by song, title or error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped on the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingBar</name>
    <message>
        <source>Locate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the file where it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash on %1: restore it from the system trash, or locate the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video file is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file was recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show Mureka Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n failed.</source>
        <comment>%1: how many videos are done</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mureka Desktop: run finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Select a song to preview it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Song %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This song was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video appears here once it is downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover file is missing.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video file is missing.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio device was found: videos play without sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueCommands</name>
    <message>
        <source>Enter your useapi.net token to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Mureka account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Make a new video for %n song(s)? Each one costs a credit, even when a video already exists.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Regenerate %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the error to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied the links of %n song(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n song(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds a generation has run</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Drop song ids, links or .txt / .csv / .json files here,
or press Ctrl+V to paste, or Ctrl+N to type them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenamePreviewDialog</name>
    <message>
        <source>Rename files to the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) will be renamed to “%1”, each cover with its video.</source>
        <comment>%1: the file name template</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already named so.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a missing file skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Names already taken get “ (2)”; no file is ever overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rename %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Add songs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not song ids (skipped):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected earlier: not made again (Regenerate makes a new version):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Also generate the %Ln already done song(s) again (costs %Ln credit(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restored from an export</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected earlier: not made again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to retry</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (line(s) %2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the API for the accounts behind this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token comes from USEAPI_TOKEN; it overrides the saved one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available: the token is kept for this session only, never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the system keyring; sent only to the API host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: the built-in simulator needs no token, and videos go to the demo folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: {title} the song&apos;s title, {song} the song number, {video} the video id, {date} the day the video was made (YYYY-MM-DD), {model} the model. {{ and }} write a brace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at once</source>
        <comment>generations at once</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse videos that already exist (saves credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the environment variable MUREKA_API_BASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a decision, go to the next unreviewed video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the library: P, X and the stars move on by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>useapi.net account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer Rain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For new downloads, e.g. %1 (and .png for the cover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The API rejected this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Token accepted, but no Mureka account is configured on useapi.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <comment>%1: useapi.net&apos;s words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>session %n day(s) old</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 credit(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Mureka account %2: %3</source>
        <comment>✓ or ✗, the account, its facts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between an account&apos;s facts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not look like a useapi.net token (user:&lt;digits&gt;-&lt;letters and digits&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a video&apos;s title · when it was made</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SongDetail</name>
    <message>
        <source>No video: this song failed (the error is above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video: this song failed (no reason was recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API makes no videos for this model; Retry leaves it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed (Ctrl+Shift+R) tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>song %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a song&apos;s state, its attempts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a song&apos;s state and attempts. its error</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Generating %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating %1/%2 (window %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · paused: %2</source>
        <comment>%2: Mureka accounts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: waiting for the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>account %1 paused (%n song(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Running · %1</source>
        <comment>%1: the paused accounts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next call in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next call: now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ETA —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <comment>the songs whose account is not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paused</source>
        <comment>%1: a Mureka account</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>a Mureka account, its generations/its slots</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageController</name>
    <message>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <comment>toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add songs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste song ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add song ids from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick songs from the Mureka account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected songs from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide done and cancelled songs from the list (they stay in the history and the export; Ctrl+Z brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the songs the last Clear finished hid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new video for the selected songs (costs credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the video and cover links of the selected songs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error of the selected songs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the song&apos;s video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the library: every video made, to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the queue and history as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list by song, title or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask useapi.net for the Mureka accounts&apos; health and credits again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the Mureka accounts under the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mureka Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: what it does (its shortcut)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <comment>toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show songs in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by song, title or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running against the built-in simulator: no token, no credits.
Demo songs and videos are kept apart in %1; a normal start does not show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message>
        <source>The Mureka account needs attention (%1): %2. Update the account on useapi.net, then resume.</source>
        <comment>account_attention</comment>
        <extracomment>core/queue/events.py; %1: code, %2: error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mureka account needs attention: %1. Update the account on useapi.net, then resume.</source>
        <comment>account_attention_no_code</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mureka account %1 is not on this token any more: its songs wait. Add it again on useapi.net, then resume.</source>
        <comment>account_gone</comment>
        <extracomment>core/queue/roster.py; %1: account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mureka account %1 is not on this token: its songs wait. Add the account on useapi.net, or give the songs&apos; ids with their own account.</source>
        <comment>account_not_on_token</comment>
        <extracomment>core/queue/roster.py; %1: account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mureka account %1: %2 Songs of other accounts carry on.</source>
        <comment>account_problem</comment>
        <extracomment>core/queue/events.py; %1: account, %2: problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1.</source>
        <comment>accounts_failed</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1. Showing what was known before.</source>
        <comment>accounts_failed_kept</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>useapi.net did not list the accounts in time; going on with what is known.</source>
        <comment>accounts_late</comment>
        <extracomment>core/queue/roster.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No useapi.net token: add one in Settings to see the accounts.</source>
        <comment>accounts_no_token</comment>
        <extracomment>core/accounts/info.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Mureka account is configured for this token on useapi.net.</source>
        <comment>accounts_none</comment>
        <extracomment>core/accounts/info.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1).</source>
        <comment>accounts_offline</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1). Showing what was known before.</source>
        <comment>accounts_offline_kept</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API rejected the token (%1): enter a new one in Settings.</source>
        <comment>accounts_token_rejected</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mureka Desktop is already running on this queue (process %1). Use that window, or close it first.</source>
        <comment>already_running</comment>
        <extracomment>core/runtime/instance.py; %1: owner</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another mureka-desktop (process %1) is using this data folder. Wait for it to end, or stop it first.</source>
        <comment>already_running_cli</comment>
        <extracomment>core/runtime/instance.py; %1: owner</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription or credits: %1. Top up the account, then resume.</source>
        <comment>billing</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the data folder %1: %2. %3</source>
        <comment>cannot_use_data_folder</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the queue database %1: %2. %3</source>
        <comment>cannot_use_database</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the log folder %1: %2. %3</source>
        <comment>cannot_use_log_folder</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n finished song(s) (still in the history).</source>
        <comment>cleared</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the queue database in %1: %2. %3</source>
        <comment>database_unwritable</comment>
        <extracomment>core/queue/applying.py; %1: folder, %2: error, %3: advice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1. Free some space, then resume.</source>
        <comment>disk_full</comment>
        <extracomment>core/queue/download_jobs.py; %1: error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pick(s).</source>
        <comment>exported</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That file is already in the library as %1.</source>
        <comment>file_in_library</comment>
        <extracomment>core/library/files.py; %1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a directory (a file is in the way)</source>
        <comment>folder_in_the_way</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <comment>folder_is_a_file</comment>
        <extracomment>core/queue/download_jobs.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not writable (operation not permitted)</source>
        <comment>folder_not_permitted</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not writable (permission denied)</source>
        <comment>folder_permission_denied</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not writable (read-only file system)</source>
        <comment>folder_read_only</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 again.</source>
        <comment>found_again</comment>
        <extracomment>core/library/files.py; %1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>song number in the name: %1 (found again)</source>
        <comment>import_by_number</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cover of %1 (found again)</source>
        <comment>import_cover_found</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cover of %1</source>
        <comment>import_cover_of</comment>
        <extracomment>core/library/importing.py; %1: name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>song %1, %2 (new to this library)</source>
        <comment>import_new_song</comment>
        <extracomment>core/library/importing.py; %1: song, %2: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>song %1 (new to this library)</source>
        <comment>import_new_song_untitled</comment>
        <extracomment>core/library/importing.py; %1: song</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new version of %1</source>
        <comment>import_new_version</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no song number in the name and no video with this content</source>
        <comment>import_no_match</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no video of the library lacks this cover</source>
        <comment>import_no_video</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an MP4 video</source>
        <comment>import_not_mp4</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) came in done from an imported folder.</source>
        <comment>import_restored</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>same content as %1 (found again)</source>
        <comment>import_same_content</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>song %1, %2</source>
        <comment>import_song</comment>
        <extracomment>core/library/importing.py; %1: song, %2: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>song %1</source>
        <comment>import_song_untitled</comment>
        <extracomment>core/library/importing.py; %1: song</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <comment>imported</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Internal error: %1. Resume to try again; the log has the details.</source>
        <comment>internal_error</comment>
        <extracomment>core/queue/scheduler.py; %1: error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 done.</source>
        <comment>job_done</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: done</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export of picks</source>
        <comment>job_export</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import of a folder</source>
        <comment>job_import</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locating missing files</source>
        <comment>job_locate</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: the app is quitting.</source>
        <comment>job_not_started</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupted %1 was completed on disk (%2 finished, %3 not started); %4 left to do: run it again.</source>
        <comment>job_recovered</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: forward, %3: back, %4: left</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename to the template</source>
        <comment>job_rename</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped the %1: %2 done, %3 left; run it again for the rest.</source>
        <comment>job_stopped</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: done, %3: left</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move to the trash</source>
        <comment>job_trash</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its content differs from the video downloaded: it is another video, or a changed copy.</source>
        <comment>locate_differs</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not an MP4 video.</source>
        <comment>locate_not_mp4</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its content matches the video downloaded.</source>
        <comment>locate_same</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has the size of the video downloaded, but no content hash was recorded to be sure.</source>
        <comment>locate_same_size</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1 bytes; the video downloaded was %2 bytes.</source>
        <comment>locate_size_differs</comment>
        <extracomment>core/library/disk.py; %1: size, %2: recorded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded at download to compare it with.</source>
        <comment>locate_unknown</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file of that name is already there</source>
        <comment>name_taken</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New video: %1</source>
        <comment>new_video</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free name</source>
        <comment>no_free_name</comment>
        <extracomment>core/library/export.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring: the token is kept for this session only.</source>
        <comment>no_keyring</comment>
        <extracomment>core/engine/settings.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen: %1.</source>
        <comment>not_seen</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted %1.</source>
        <comment>noted</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1). Nothing is lost; the queue carries on by itself when the API answers again.</source>
        <comment>offline</comment>
        <extracomment>core/queue/scheduler.py; %1: error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the output folder %1: %2. Choose another folder (Settings, or --out) or fix its permissions, then resume.</source>
        <comment>output_unwritable</comment>
        <extracomment>core/queue/download_jobs.py; %1: folder, %2: why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by the user</source>
        <comment>paused</comment>
        <extracomment>core/queue/scheduler.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked %1.</source>
        <comment>picked</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Put back %n finished song(s).</source>
        <comment>put_back</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n song(s).</source>
        <comment>queued</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %1; restored %n from an export.</source>
        <comment>queued_restored</comment>
        <extracomment>core/engine/queue.py; %1: songs</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rated %1 %n star(s).</source>
        <comment>rated</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n song(s) to regenerate.</source>
        <comment>regenerating</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <comment>rejected</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n song(s).</source>
        <comment>removed</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1; kept %n song(s) still generating or downloading.</source>
        <comment>removed_kept</comment>
        <extracomment>core/engine/queue.py; %1: songs</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %n video(s) to the file name template.</source>
        <comment>renamed</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back from the trash: %n video(s).</source>
        <comment>restored_from_trash</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) queued again.</source>
        <comment>retrying</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Seen: %1.</source>
        <comment>seen</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Mureka account has had all its generation slots busy for %n minute(s) while none of them was this app&apos;s: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</source>
        <comment>slots_held</comment>
        <extracomment>core/queue/applying.py</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mureka account %1 has had all its generation slots busy for %n minute(s) while none of them was this app&apos;s: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</source>
        <comment>slots_held_account</comment>
        <extracomment>core/queue/applying.py; %1: account</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <comment>songs</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Spacing reset: calls are spaced per Mureka account until a rejected call shows the rule is token-wide.</source>
        <comment>spacing_reset</comment>
        <extracomment>core/engine/accounts.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared the stars of %1.</source>
        <comment>stars_cleared</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged (your video files are not in it). Move it aside and start again: re-importing an export (`mureka-desktop generate export.csv`) restores the finished songs without paying again.</source>
        <comment>store_damaged</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again.</source>
        <comment>store_disk_full</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program holds the database: close it, then try again.</source>
        <comment>store_locked</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the file aside or use another folder with --data-dir, then try again.</source>
        <comment>store_move_aside</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer Mureka Desktop (schema %1); this one knows schema %2</source>
        <comment>store_newer</comment>
        <extracomment>core/storage/store.py; %1: version, %2: known</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no Mureka Desktop queue (empty, or another program&apos;s database): check --data-dir (or MUREKA_DESKTOP_HOME).</source>
        <comment>store_not_a_queue</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder is read-only or not accessible: make it writable, or use another folder with --data-dir (or MUREKA_DESKTOP_HOME). `mureka-desktop export` can still read it.</source>
        <comment>store_read_only</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Mureka Desktop.</source>
        <comment>store_update</comment>
        <extracomment>core/storage/store.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name template has an unmatched %1: write %2 for the character itself</source>
        <comment>template_braces</comment>
        <extracomment>core/library/naming.py; %1: brace, %2: double</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name template is empty: use for example %1</source>
        <comment>template_empty</comment>
        <extracomment>core/library/naming.py; %1: example</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty braces %1 in the file name template: name a field, %2</source>
        <comment>template_empty_braces</comment>
        <extracomment>core/library/naming.py; %1: braces, %2: fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name template cannot make folders: remove %1</source>
        <comment>template_folders</comment>
        <extracomment>core/library/naming.py; %1: slashes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 cannot carry a format (: or !) in the file name template</source>
        <comment>template_format</comment>
        <extracomment>core/library/naming.py; %1: field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name template names no field: use %1</source>
        <comment>template_no_field</comment>
        <extracomment>core/library/naming.py; %1: fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no %1: Import folder will then match these files by their content only.</source>
        <comment>template_no_song</comment>
        <extracomment>core/library/naming.py; %1: song</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field %1 in the file name template: use %2</source>
        <comment>template_unknown_field</comment>
        <extracomment>core/library/naming.py; %1: field, %2: fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API rejected the token or the Mureka login: %1. Enter a new token in Settings, then resume.</source>
        <comment>token_rejected</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n rejected video(s) to the trash.</source>
        <comment>trashed</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1 is back as it was.</source>
        <comment>undone</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unflagged %1.</source>
        <comment>unflagged</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
