"""Hand-written helpers of the Akenza client, rendered from the target's extensions.

- ``backfilling``: helpers on ``client.device_data.backfilling``"""
