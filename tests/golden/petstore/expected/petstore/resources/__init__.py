"""Resource groups of the Petstore client, one per folder of the collection."""
