"""The engine: everything that runs without Qt, in layers (each imports only those below it):

- :mod:`.engine`: the facade and its event stream (what the window and the CLI use)
- :mod:`.settings`: settings and the token
- :mod:`.queue`: the scheduler and its jobs
- :mod:`.accounts`: per-account lanes, rate control, health, usage
- :mod:`.downloads` and :mod:`.library`: downloads; the library's files and file jobs
- :mod:`.api`: the useapi.net client
- :mod:`.storage`: SQLite
- :mod:`.ids`: song ids
- :mod:`.model`: plain data
- :mod:`.runtime`: time, tasks, phrases, logs, paths

The contracts are in ``.importlinter`` (run by the test command).
"""
