"""Resource groups of the Akenza client, one per folder of the collection."""
