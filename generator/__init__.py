"""postman-codegen: turn a Postman collection into a typed, tested Python API client."""

__version__ = "0.1.0"
