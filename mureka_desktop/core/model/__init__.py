"""Plain data shared by every layer: a queue row and its states, a library video and its review,
the scheduler's settings and the reasons it pauses. No I/O here.
"""
