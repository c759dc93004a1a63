"""The core's sentences in the user's language.

The engine says what happened in English (core/phrases.py): "Queued 3 songs.", a pause's
reason, why the queue cannot be opened. Each such text is a :class:`Phrase` that also knows
which sentence it is and its values; here each sentence is written once more through Qt's
translation, with real plurals ("Queued 1 song."), so a translation for the user's locale
covers the status bar and the pause banner too. The English of the core stays the CLI's and
the log's.

A text that is not a Phrase (the server's own words, an error from the system) is shown as it
is. A Phrase with a key missing here is shown in English (and logged); the tests check that
every key the core uses has its sentence here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject

from mureka_desktop.core.runtime.phrases import Phrase, Value
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.text import capped

log = logging.getLogger(__name__)

# What an outside value (a title, a path, the server's words) brings into a sentence: a 1 MB
# title must not make a status message a megabyte long. The server's explanations get more.
_VALUE, _LONG = 200, 1000
_BLOCKS = frozenset({"error", "problem", "why", "advice"})


class EngineWords(QObject):
    """Says a core :class:`Phrase` through ``self.tr`` (a QObject made as itself: Qt finds
    the plural forms under this class's name only)."""

    def say(self, text: str) -> str:
        """``text`` in the user's language when it is a Phrase this class knows, else as it
        is (plain English or the server's words)."""
        if not isinstance(text, Phrase):
            return str(text)
        sentence = self._sentences(text.values).get(text.key)
        if sentence is None:
            log.debug("no translated sentence for %r: shown in English", text.key)
            return str(text)
        return sentence()

    def keys(self) -> set[str]:
        """Every key this class says in the user's language."""
        return set(self._sentences({}))

    def _sentences(self, values: Mapping[str, Value]) -> dict[str, Callable[[], str]]:
        """Each key's sentence, made only when called. lupdate reads the literal self.tr
        calls below (counts as plain names: a subscript in a call hides it from lupdate)."""
        text = {name: self.say(value) if isinstance(value, Phrase) else
                capped(value, _LONG if name in _BLOCKS else _VALUE)
                if isinstance(value, str) else str(value) for name, value in values.items()}

        def count(name: str) -> int:
            value = values.get(name, 0)
            return value if isinstance(value, int) else 0

        n, restored, kept = count("n"), count("restored"), count("kept")
        stars, minutes = count("stars"), count("minutes")

        def get(name: str) -> str:
            return text.get(name, "")

        title, error = text.get("title", ""), text.get("error", "")
        account, folder = text.get("account", ""), text.get("folder", "")
        path, problem, advice = text.get("path", ""), text.get("problem", ""), \
            text.get("advice", "")
        return {
            # the queue (core/engine/queue.py)
            "queued": lambda: self.tr("Queued %n song(s).", "", n),
            "queued_restored": lambda: fill(self.tr(
                "Queued %1; restored %n from an export.", "%1: how many songs", restored),
                self.tr("%n song(s)", "", n)),
            "removed": lambda: self.tr("Removed %n song(s).", "", n),
            "removed_kept": lambda: fill(self.tr(
                "Removed %1; kept %n song(s) still generating or downloading.",
                "%1: how many songs", kept), self.tr("%n song(s)", "", n)),
            "cleared": lambda: self.tr("Cleared %n finished song(s) (still in the history).",
                                       "", n),
            "put_back": lambda: self.tr("Put back %n finished song(s).", "", n),
            "regenerating": lambda: self.tr("Queued %n song(s) to regenerate.", "", n),
            "retrying": lambda: self.tr("%n song(s) queued again.", "", n),
            "no_keyring": lambda: self.tr(
                "No system keyring: the token is kept for this session only."),
            # the library's videos (core/engine/library.py)
            "new_video": lambda: fill(self.tr("New video: %1"), title),
            "picked": lambda: fill(self.tr("Picked %1."), title),
            "rejected": lambda: fill(self.tr("Rejected %1."), title),
            "unflagged": lambda: fill(self.tr("Unflagged %1."), title),
            "rated": lambda: fill(self.tr("Rated %1 %n star(s).", "%1: the video's title",
                                          stars), title),
            "stars_cleared": lambda: fill(self.tr("Cleared the stars of %1."), title),
            "noted": lambda: fill(self.tr("Noted %1."), title),
            "seen": lambda: fill(self.tr("Seen: %1."), title),
            "not_seen": lambda: fill(self.tr("Not seen: %1."), title),
            "undone": lambda: fill(self.tr("Undone: %1 is back as it was."), title),
            # why the queue paused (scheduler, downloads, the accounts' problems)
            "paused": lambda: self.tr("Paused"),
            "offline": lambda: fill(self.tr(
                "Offline: the API cannot be reached (%1). Nothing is lost; the queue carries "
                "on by itself when the API answers again."), error),
            "database_unwritable": lambda: fill(self.tr(
                "Cannot write the queue database in %1: %2. %3",
                "%1: a folder, %2: what is wrong, %3: what to do"), folder, error, advice),
            "internal_error": lambda: fill(self.tr(
                "Internal error: %1. Resume to try again; the log has the details."), error),
            "output_unwritable": lambda: fill(self.tr(
                "Cannot write to the output folder %1: %2. Choose another folder (Settings, "
                "or --out) or fix its permissions, then resume.",
                "%2: why, such as 'it is a file, not a folder'"), folder, text.get("why", "")),
            "folder_is_a_file": lambda: self.tr("it is a file, not a folder"),
            "folder_in_the_way": lambda: self.tr(
                "it is not a directory (a file is in the way)"),
            "folder_permission_denied": lambda: self.tr(
                "it is not writable (permission denied)"),
            "folder_not_permitted": lambda: self.tr(
                "it is not writable (operation not permitted)"),
            "folder_read_only": lambda: self.tr("it is not writable (read-only file system)"),
            "disk_full": lambda: fill(self.tr(
                "The disk is full: %1. Free some space, then resume."), error),
            "slots_held": lambda: self.tr(
                "The Mureka account has had all its generation slots busy for %n minute(s) "
                "while none of them was this app's: other generations (songs being made on "
                "mureka.ai?) hold them. Resume when they are done.", "", minutes),
            "slots_held_account": lambda: fill(self.tr(
                "Mureka account %1 has had all its generation slots busy for %n minute(s) "
                "while none of them was this app's: other generations (songs being made on "
                "mureka.ai?) hold them. Resume when they are done.", "", minutes), account),
            "token_rejected": lambda: fill(self.tr(
                "The API rejected the token or the Mureka login: %1. Enter a new token in "
                "Settings, then resume."), error),
            "billing": lambda: fill(self.tr(
                "Subscription or credits: %1. Top up the account, then resume."), error),
            "account_attention": lambda: fill(self.tr(
                "The Mureka account needs attention (%1): %2. Update the account on "
                "useapi.net, then resume.", "%1: an error code, %2: the server's words"),
                text.get("code", ""), error),
            "account_problem": lambda: fill(self.tr(
                "Mureka account %1: %2 Songs of other accounts carry on.",
                "%2: the problem and its fix"), account, problem),
            "account_not_on_token": lambda: fill(self.tr(
                "Mureka account %1 is not on this token: its songs wait. Add the account on "
                "useapi.net, or give the songs' ids with their own account."), account),
            "account_gone": lambda: fill(self.tr(
                "Mureka account %1 is not on this token any more: its songs wait. Add it "
                "again on useapi.net, then resume."), account),
            # the accounts' panel and the learned spacing (core/engine/accounts.py)
            "accounts_no_token": lambda: self.tr(
                "No useapi.net token: add one in Settings to see the accounts."),
            "accounts_none": lambda: self.tr(
                "No Mureka account is configured for this token on useapi.net."),
            "accounts_offline": lambda: fill(self.tr(
                "Offline: the API cannot be reached (%1)."), error),
            "accounts_offline_kept": lambda: fill(self.tr(
                "Offline: the API cannot be reached (%1). Showing what was known before."),
                error),
            "accounts_token_rejected": lambda: fill(self.tr(
                "The API rejected the token (%1): enter a new one in Settings."), error),
            "accounts_failed": lambda: fill(self.tr(
                "The accounts could not be loaded: %1."), error),
            "accounts_failed_kept": lambda: fill(self.tr(
                "The accounts could not be loaded: %1. Showing what was known before."), error),
            "spacing_reset": lambda: self.tr(
                "Spacing reset: calls are spaced per Mureka account until a rejected call "
                "shows the rule is token-wide."),
            # before the window opens (instance.py, database.py, store.py)
            "already_running": lambda: fill(self.tr(
                "Mureka Desktop is already running on this queue (process %1). Use that "
                "window, or close it first.", "%1: a process id"), text.get("owner", "")),
            "already_running_cli": lambda: fill(self.tr(
                "Another mureka-desktop (process %1) is using this data folder. Wait for it "
                "to end, or stop it first.", "%1: a process id"), text.get("owner", "")),
            "cannot_use_database": lambda: fill(self.tr(
                "Cannot use the queue database %1: %2. %3",
                "%1: a file, %2: what is wrong, %3: what to do"), path, problem, advice),
            "cannot_use_data_folder": lambda: fill(self.tr(
                "Cannot use the data folder %1: %2. %3",
                "%1: a folder, %2: what is wrong, %3: what to do"), path, problem, advice),
            "cannot_use_log_folder": lambda: fill(self.tr(
                "Cannot use the log folder %1: %2. %3",
                "%1: a folder, %2: what is wrong, %3: what to do"), path, problem, advice),
            "store_damaged": lambda: self.tr(
                "The file is damaged (your video files are not in it). Move it aside and "
                "start again: re-importing an export (`mureka-desktop generate export.csv`) "
                "restores the finished songs without paying again."),
            "store_not_a_queue": lambda: self.tr(
                "The file holds no Mureka Desktop queue (empty, or another program's "
                "database): check --data-dir (or MUREKA_DESKTOP_HOME)."),
            "store_disk_full": lambda: self.tr(
                "The disk is full: free some space, then try again."),
            "store_locked": lambda: self.tr(
                "Another program holds the database: close it, then try again."),
            "store_read_only": lambda: self.tr(
                "The data folder is read-only or not accessible: make it writable, or use "
                "another folder with --data-dir (or MUREKA_DESKTOP_HOME). `mureka-desktop "
                "export` can still read it."),
            "store_move_aside": lambda: self.tr(
                "Move the file aside or use another folder with --data-dir, then try again."),
            "store_newer": lambda: fill(self.tr(
                "it was written by a newer Mureka Desktop (schema %1); this one knows schema "
                "%2"), text.get("version", ""), text.get("known", "")),
            "store_update": lambda: self.tr("Update Mureka Desktop."),
            # the library's files (naming.py, library_files.py, library_import.py,
            # library_export.py, library_edits.py)
            "template_empty": lambda: fill(self.tr(
                "The file name template is empty: use for example %1"), get("example")),
            "template_folders": lambda: fill(self.tr(
                "A file name template cannot make folders: remove %1"), get("slashes")),
            "template_braces": lambda: fill(self.tr(
                "The file name template has an unmatched %1: write %2 for the character "
                "itself", "%1: '{ or }', %2: '{{ or }}'"), get("brace"), get("double")),
            "template_empty_braces": lambda: fill(self.tr(
                "Empty braces %1 in the file name template: name a field, %2",
                "%1: '{}', %2: the fields"), get("braces"), get("fields")),
            "template_unknown_field": lambda: fill(self.tr(
                "Unknown field %1 in the file name template: use %2",
                "%1: the field as typed, %2: the fields"), get("field"), get("fields")),
            "template_format": lambda: fill(self.tr(
                "Field %1 cannot carry a format (: or !) in the file name template"),
                get("field")),
            "template_no_field": lambda: fill(self.tr(
                "The file name template names no field: use %1"), get("fields")),
            "template_no_song": lambda: fill(self.tr(
                "The template has no %1: Import folder will then match these files by their "
                "content only.", "%1: '{song}'"), get("song")),
            "name_taken": lambda: self.tr("a file of that name is already there"),
            "no_free_name": lambda: self.tr("no free name"),
            "locate_not_mp4": lambda: self.tr("It is not an MP4 video."),
            "locate_same": lambda: self.tr("Its content matches the video downloaded."),
            "locate_differs": lambda: self.tr(
                "Its content differs from the video downloaded: it is another video, or a "
                "changed copy."),
            "locate_size_differs": lambda: fill(self.tr(
                "It is %1 bytes; the video downloaded was %2 bytes."), get("size"),
                get("recorded")),
            "locate_same_size": lambda: self.tr(
                "It has the size of the video downloaded, but no content hash was recorded "
                "to be sure."),
            "locate_unknown": lambda: self.tr(
                "Nothing was recorded at download to compare it with."),
            "no_trash": lambda: self.tr("the system has no trash for it"),
            "trash_refused": lambda: self.tr("the system trash did not take it"),
            "import_not_mp4": lambda: self.tr("not an MP4 video"),
            "import_no_match": lambda: self.tr(
                "no song number in the name and no video with this content"),
            "import_no_video": lambda: self.tr("no video of the library lacks this cover"),
            "import_new_version": lambda: fill(self.tr("a new version of %1"), title),
            "import_song": lambda: fill(self.tr("song %1, %2", "%1: a song number, %2: its "
                                                "title"), get("song"), title),
            "import_song_untitled": lambda: fill(self.tr("song %1"), get("song")),
            "import_new_song": lambda: fill(self.tr(
                "song %1, %2 (new to this library)", "%1: a song number, %2: its title"),
                get("song"), title),
            "import_new_song_untitled": lambda: fill(self.tr(
                "song %1 (new to this library)"), get("song")),
            "import_same_content": lambda: fill(self.tr(
                "same content as %1 (found again)"), title),
            "import_by_number": lambda: fill(self.tr(
                "song number in the name: %1 (found again)"), title),
            "import_cover_of": lambda: fill(self.tr("the cover of %1"), get("name")),
            "import_cover_found": lambda: fill(self.tr("the cover of %1 (found again)"),
                                               title),
            "renamed": lambda: self.tr("Renamed %n video(s) to the file name template.", "",
                                       n),
            "file_in_library": lambda: fill(self.tr(
                "That file is already in the library as %1."), title),
            "found_again": lambda: fill(self.tr("Found %1 again."), title),
            "imported": lambda: self.tr("Imported %n file(s).", "", n),
            "import_restored": lambda: self.tr(
                "%n song(s) came in done from an imported folder.", "", n),
            "trashed": lambda: self.tr("Moved %n rejected video(s) to the trash.", "", n),
            # the file jobs (core/file_jobs); what: the job, in English from the core
            "exported": lambda: self.tr("Exported %n pick(s).", "", n),
            "restored_from_trash": lambda: self.tr("Back from the trash: %n video(s).", "", n),
            "job_recovered": lambda: fill(self.tr(
                "An interrupted %1 was completed on disk (%2 finished, %3 not started); %4 "
                "left to do: run it again."), get("what"), get("forward"), get("back"),
                get("left")),
            "job_stopped": lambda: fill(self.tr(
                "Stopped the %1: %2 done, %3 left; run it again for the rest."), get("what"),
                get("done"), get("left")),
            "job_done": lambda: fill(self.tr("%1: %2 done."), get("what"), get("done")),
            "job_not_started": lambda: self.tr("Not started: the app is quitting."),
            "sentences": lambda: " ".join(text[name] for name in sorted(
                text, key=lambda name: int(name[1:]))),
        }
