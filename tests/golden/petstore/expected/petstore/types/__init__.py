"""Models of the Tiny Pets API."""

from ..pagination import Page
from .models import (
    CreatePetRequest,
    ErrorBody,
    Pet,
)

__all__ = [
    "Page",
    "CreatePetRequest",
    "ErrorBody",
    "Pet",
]
