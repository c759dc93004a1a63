"""SQLite, the only place state lives: opening the database (and advice when it fails), the
schema's migrations, the queue's rows and the library's videos, each change in one transaction.
Nothing above the core imports this package.
"""
