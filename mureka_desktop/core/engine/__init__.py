"""The facade the window and the CLI use: one Engine over the queue, library, accounts and
settings, and the one event stream that tells them what happened.
"""
