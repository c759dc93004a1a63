"""The scheduler and its jobs: what starts now (dispatch, picking), generate calls, look-ups and
downloads returning typed outcomes that the scheduler alone applies (applying), /accounts
(roster), connectivity, the status figures, intake review and the queue's CSV/JSON export.
"""
