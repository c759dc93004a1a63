<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>AccountSongsDialog</name>
    <message numerus="yes">
      <source>%n song(s) (more to load)</source>
      <translation>
        <numerusform>%n song (more to load)</numerusform>
        <numerusform>%n songs (more to load)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n song(s)</source>
      <translation>
        <numerusform>%n song</numerusform>
        <numerusform>%n songs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Review %n…</source>
      <translation>
        <numerusform>Review %n…</numerusform>
        <numerusform>Review %n…</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AccountsSettings</name>
    <message numerus="yes">
      <source>Check found %n account(s) for the token above; Save to use it and list its accounts here.</source>
      <translation>
        <numerusform>Check found %n account for the token above; Save to use it and list its accounts here.</numerusform>
        <numerusform>Check found %n accounts for the token above; Save to use it and list its accounts here.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExportPicksDialog</name>
    <message numerus="yes">
      <source>%n picked video(s) with their covers, %1, named by the file name template, and a playlist (M3U).</source>
      <comment>%1: their size</comment>
      <translation>
        <numerusform>%n picked video with their covers, %1, named by the file name template, and a playlist (M3U).</numerusform>
        <numerusform>%n picked videos with their covers, %1, named by the file name template, and a playlist (M3U).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>JobBar</name>
    <message numerus="yes">
      <source>(%n more waiting)</source>
      <translation>
        <numerusform>(%n more waiting)</numerusform>
        <numerusform>(%n more waiting)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LibraryDetail</name>
    <message numerus="yes">
      <source>%n version(s) of this song</source>
      <translation>
        <numerusform>%n version of this song</numerusform>
        <numerusform>%n versions of this song</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LibraryFileCommands</name>
    <message numerus="yes">
      <source>%n file(s) matched</source>
      <translation>
        <numerusform>%n file matched</numerusform>
        <numerusform>%n files matched</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n already in the library</source>
      <translation>
        <numerusform>%n already in the library</numerusform>
        <numerusform>%n already in the library</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n not matched</source>
      <translation>
        <numerusform>%n not matched</numerusform>
        <numerusform>%n not matched</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Exporting %n pick(s)…</source>
      <translation>
        <numerusform>Exporting %n pick…</numerusform>
        <numerusform>Exporting %n picks…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Renamed %1; %n file(s) could not be renamed:</source>
      <comment>%1: how many videos</comment>
      <translation>
        <numerusform>Renamed %1; %n file could not be renamed:</numerusform>
        <numerusform>Renamed %1; %n files could not be renamed:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>“%1” stopped before the end, with %n file(s) left: run it again from the Library menu for the rest.</source>
      <translation>
        <numerusform>“%1” stopped before the end, with %n file left: run it again from the Library menu for the rest.</numerusform>
        <numerusform>“%1” stopped before the end, with %n files left: run it again from the Library menu for the rest.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n video(s)</source>
      <translation>
        <numerusform>%n video</numerusform>
        <numerusform>%n videos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n video(s) exported to %1</source>
      <comment>%1: a folder</comment>
      <translation>
        <numerusform>%n video exported to %1</numerusform>
        <numerusform>%n videos exported to %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) hard-linked</source>
      <translation>
        <numerusform>%n file hard-linked</numerusform>
        <numerusform>%n files hard-linked</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n copied</source>
      <translation>
        <numerusform>%n copied</numerusform>
        <numerusform>%n copied</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n already there</source>
      <translation>
        <numerusform>%n already there</numerusform>
        <numerusform>%n already there</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n missing</source>
      <translation>
        <numerusform>%n missing</numerusform>
        <numerusform>%n missing</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n failed</source>
      <translation>
        <numerusform>%n failed</numerusform>
        <numerusform>%n failed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move the %n rejected video(s) to the trash?</source>
      <translation>
        <numerusform>Move the %n rejected video to the trash?</numerusform>
        <numerusform>Move the %n rejected videos to the trash?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move %n to trash</source>
      <translation>
        <numerusform>Move %n to trash</numerusform>
        <numerusform>Move %n to trash</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Moving %n video(s) to the trash…</source>
      <translation>
        <numerusform>Moving %n video to the trash…</numerusform>
        <numerusform>Moving %n videos to the trash…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Moved %1 to the trash; %n file(s) stayed where they are:</source>
      <comment>%1: how many videos</comment>
      <translation>
        <numerusform>Moved %1 to the trash; %n file stayed where they are:</numerusform>
        <numerusform>Moved %1 to the trash; %n files stayed where they are:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LibraryView</name>
    <message numerus="yes">
      <source>%1 of %n video(s)</source>
      <translation>
        <numerusform>%1 of %n video</numerusform>
        <numerusform>%1 of %n videos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n video(s)</source>
      <translation>
        <numerusform>%n video</numerusform>
        <numerusform>%n videos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> · %n file(s) missing</source>
      <translation>
        <numerusform> · %n file missing</numerusform>
        <numerusform> · %n files missing</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Notifier</name>
    <message numerus="yes">
      <source>%1, %n failed.</source>
      <comment>%1: how many videos are done</comment>
      <translation>
        <numerusform>%1, %n failed.</numerusform>
        <numerusform>%1, %n failed.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n video(s) done</source>
      <translation>
        <numerusform>%n video done</numerusform>
        <numerusform>%n videos done</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n video(s) done.</source>
      <translation>
        <numerusform>%n video done.</numerusform>
        <numerusform>%n videos done.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>QueueCommands</name>
    <message numerus="yes">
      <source>Make a new video for %n song(s)? Each one costs a credit, even when a video already exists.</source>
      <translation>
        <numerusform>Make a new video for %n song? Each one costs a credit, even when a video already exists.</numerusform>
        <numerusform>Make a new video for %n songs? Each one costs a credit, even when a video already exists.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Regenerate %n</source>
      <translation>
        <numerusform>Regenerate %n</numerusform>
        <numerusform>Regenerate %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Copied the links of %n song(s).</source>
      <translation>
        <numerusform>Copied the links of %n song.</numerusform>
        <numerusform>Copied the links of %n songs.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Exported %n song(s) to %1</source>
      <translation>
        <numerusform>Exported %n song to %1</numerusform>
        <numerusform>Exported %n songs to %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RenamePreviewDialog</name>
    <message numerus="yes">
      <source>%n video(s) will be renamed to “%1”, each cover with its video.</source>
      <comment>%1: the file name template</comment>
      <translation>
        <numerusform>%n video will be renamed to “%1”, each cover with its video.</numerusform>
        <numerusform>%n videos will be renamed to “%1”, each cover with its video.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n already named so.</source>
      <translation>
        <numerusform>%n already named so.</numerusform>
        <numerusform>%n already named so.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n with a missing file skipped.</source>
      <translation>
        <numerusform>%n with a missing file skipped.</numerusform>
        <numerusform>%n with a missing file skipped.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Rename %n</source>
      <translation>
        <numerusform>Rename %n</numerusform>
        <numerusform>Rename %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message numerus="yes">
      <source>Also generate the %Ln already done song(s) again (costs %Ln credit(s))</source>
      <translation>
        <numerusform>Also generate the %Ln already done song again (costs %Ln credit)</numerusform>
        <numerusform>Also generate the %Ln already done songs again (costs %Ln credits)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Add %Ln</source>
      <translation>
        <numerusform>Add %Ln</numerusform>
        <numerusform>Add %Ln</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln new</source>
      <translation>
        <numerusform>%Ln new</numerusform>
        <numerusform>%Ln new</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln restored from an export</source>
      <translation>
        <numerusform>%Ln restored from an export</numerusform>
        <numerusform>%Ln restored from an export</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln rejected earlier: not made again</source>
      <translation>
        <numerusform>%Ln rejected earlier: not made again</numerusform>
        <numerusform>%Ln rejected earlier: not made again</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln to retry</source>
      <translation>
        <numerusform>%Ln to retry</numerusform>
        <numerusform>%Ln to retry</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln duplicate(s)</source>
      <translation>
        <numerusform>%Ln duplicate</numerusform>
        <numerusform>%Ln duplicates</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln already done</source>
      <translation>
        <numerusform>%Ln already done</numerusform>
        <numerusform>%Ln already done</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln invalid</source>
      <translation>
        <numerusform>%Ln invalid</numerusform>
        <numerusform>%Ln invalid</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 (line(s) %2)</source>
      <translation>
        <numerusform>%1 (line %2)</numerusform>
        <numerusform>%1 (lines %2)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message numerus="yes">
      <source>session %n day(s) old</source>
      <translation>
        <numerusform>session %n day old</numerusform>
        <numerusform>session %n days old</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 credit(s) left</source>
      <translation>
        <numerusform>%1 credit left</numerusform>
        <numerusform>%1 credits left</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SongDetail</name>
    <message numerus="yes">
      <source>%n attempt(s)</source>
      <translation>
        <numerusform>%n attempt</numerusform>
        <numerusform>%n attempts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StatusPanel</name>
    <message numerus="yes">
      <source>account %1 paused (%n song(s))</source>
      <translation>
        <numerusform>account %1 paused (%n song)</numerusform>
        <numerusform>account %1 paused (%n songs)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n done</source>
      <translation>
        <numerusform>%n done</numerusform>
        <numerusform>%n done</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n failed</source>
      <translation>
        <numerusform>%n failed</numerusform>
        <numerusform>%n failed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n queued</source>
      <translation>
        <numerusform>%n queued</numerusform>
        <numerusform>%n queued</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TriageController</name>
    <message numerus="yes">
      <source>%n star(s)</source>
      <translation>
        <numerusform>%n star</numerusform>
        <numerusform>%n stars</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>phrases</name>
    <message numerus="yes">
      <source>Cleared %n finished song(s) (still in the history).</source>
      <comment>cleared</comment>
      <extracomment>core/engine/queue.py</extracomment>
      <translation>
        <numerusform>Cleared %n finished song (still in the history).</numerusform>
        <numerusform>Cleared %n finished songs (still in the history).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Exported %n pick(s).</source>
      <comment>exported</comment>
      <extracomment>core/library/jobs/runner.py</extracomment>
      <translation>
        <numerusform>Exported %n pick.</numerusform>
        <numerusform>Exported %n picks.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n song(s) came in done from an imported folder.</source>
      <comment>import_restored</comment>
      <extracomment>core/library/files.py</extracomment>
      <translation>
        <numerusform>%n song came in done from an imported folder.</numerusform>
        <numerusform>%n songs came in done from an imported folder.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n file(s).</source>
      <comment>imported</comment>
      <extracomment>core/library/files.py</extracomment>
      <translation>
        <numerusform>Imported %n file.</numerusform>
        <numerusform>Imported %n files.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Put back %n finished song(s).</source>
      <comment>put_back</comment>
      <extracomment>core/engine/queue.py</extracomment>
      <translation>
        <numerusform>Put back %n finished song.</numerusform>
        <numerusform>Put back %n finished songs.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Queued %n song(s).</source>
      <comment>queued</comment>
      <extracomment>core/engine/queue.py</extracomment>
      <translation>
        <numerusform>Queued %n song.</numerusform>
        <numerusform>Queued %n songs.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Queued %1; restored %n from an export.</source>
      <comment>queued_restored</comment>
      <extracomment>core/engine/queue.py; %1: songs</extracomment>
      <translation>
        <numerusform>Queued %1; restored %n from an export.</numerusform>
        <numerusform>Queued %1; restored %n from an export.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Rated %1 %n star(s).</source>
      <comment>rated</comment>
      <extracomment>core/engine/library.py; %1: title</extracomment>
      <translation>
        <numerusform>Rated %1 %n star.</numerusform>
        <numerusform>Rated %1 %n stars.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Queued %n song(s) to regenerate.</source>
      <comment>regenerating</comment>
      <extracomment>core/engine/queue.py</extracomment>
      <translation>
        <numerusform>Queued %n song to regenerate.</numerusform>
        <numerusform>Queued %n songs to regenerate.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Removed %n song(s).</source>
      <comment>removed</comment>
      <extracomment>core/engine/queue.py</extracomment>
      <translation>
        <numerusform>Removed %n song.</numerusform>
        <numerusform>Removed %n songs.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Removed %1; kept %n song(s) still generating or downloading.</source>
      <comment>removed_kept</comment>
      <extracomment>core/engine/queue.py; %1: songs</extracomment>
      <translation>
        <numerusform>Removed %1; kept %n song still generating or downloading.</numerusform>
        <numerusform>Removed %1; kept %n songs still generating or downloading.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Renamed %n video(s) to the file name template.</source>
      <comment>renamed</comment>
      <extracomment>core/library/files.py</extracomment>
      <translation>
        <numerusform>Renamed %n video to the file name template.</numerusform>
        <numerusform>Renamed %n videos to the file name template.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Back from the trash: %n video(s).</source>
      <comment>restored_from_trash</comment>
      <extracomment>core/library/files.py</extracomment>
      <translation>
        <numerusform>Back from the trash: %n video.</numerusform>
        <numerusform>Back from the trash: %n videos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n song(s) queued again.</source>
      <comment>retrying</comment>
      <extracomment>core/engine/queue.py</extracomment>
      <translation>
        <numerusform>%n song queued again.</numerusform>
        <numerusform>%n songs queued again.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The Mureka account has had all its generation slots busy for %n minute(s) while none of them was this app's: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</source>
      <comment>slots_held</comment>
      <extracomment>core/queue/applying.py</extracomment>
      <translation>
        <numerusform>The Mureka account has had all its generation slots busy for %n minute while none of them was this app's: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</numerusform>
        <numerusform>The Mureka account has had all its generation slots busy for %n minutes while none of them was this app's: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Mureka account %1 has had all its generation slots busy for %n minute(s) while none of them was this app's: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</source>
      <comment>slots_held_account</comment>
      <extracomment>core/queue/applying.py; %1: account</extracomment>
      <translation>
        <numerusform>Mureka account %1 has had all its generation slots busy for %n minute while none of them was this app's: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</numerusform>
        <numerusform>Mureka account %1 has had all its generation slots busy for %n minutes while none of them was this app's: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n song(s)</source>
      <comment>songs</comment>
      <extracomment>core/engine/queue.py</extracomment>
      <translation>
        <numerusform>%n song</numerusform>
        <numerusform>%n songs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Moved %n rejected video(s) to the trash.</source>
      <comment>trashed</comment>
      <extracomment>core/library/files.py</extracomment>
      <translation>
        <numerusform>Moved %n rejected video to the trash.</numerusform>
        <numerusform>Moved %n rejected videos to the trash.</numerusform>
      </translation>
    </message>
  </context>
</TS>
