"""The user's settings (typed, JSON) and the bearer token (environment or OS keyring, never a
file).
"""
