"""Verified, resumable downloads: streaming bodies to .part files with a journal, pace limits, and
the worker process that keeps 50 MB/s of HTTP off the window's thread.
"""
