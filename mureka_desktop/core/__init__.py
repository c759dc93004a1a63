"""The engine: everything that runs without Qt (API client, scheduler, store, downloads, ids)."""
