"""Resource groups of the Forms client, one per folder of the collection."""
