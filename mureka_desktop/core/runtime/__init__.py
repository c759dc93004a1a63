"""What every layer leans on and that knows nothing of songs: injectable time, owned tasks, the
core's phrases (English and keys), logs that scrub the token, the app's paths and the one-
instance lock.
"""
