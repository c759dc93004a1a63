"""Song ids in what users give us: one id's forms and identity, parsing free text, links, CSV and
JSON, and reading files and stdin in bounded memory.
"""
