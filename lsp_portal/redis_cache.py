"""Django's Redis cache, keeping its redis-py client instead of building one per command.

Django makes a new ``redis.Redis`` for every cache command. redis-py fills some 170
response callbacks when it builds one, which costs more than the round trip itself, and
every page makes a few cache reads (the session, the person, their roles). A client over a
connection pool is safe to share between threads, so one per pool is kept.
"""

from django.core.cache.backends import redis


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
