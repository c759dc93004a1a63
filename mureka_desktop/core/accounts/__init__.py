"""Mureka accounts as the app sees them: one lane per account (spacing, window of slots, pause),
rate control, health and credits, and the day's usage counted by the app.
"""
