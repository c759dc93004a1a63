"""The library's files: naming template, MP4 facts, the files on disk (missing, hashes, renames,
trash), import folder, export picks, and the journaled file jobs (library.jobs) that survive a
kill.
"""
