"""The useapi.net Mureka API: the httpx client, every documented error as a type, and the Protocol
the queue's jobs need of the client.
"""
