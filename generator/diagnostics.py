"""Problems found while reading or generating, as values with a level.

A problem in one item is a ``Diagnostic`` (the run goes on, ``--strict`` turns
warnings into errors); a problem that stops the run is a ``GeneratorError``,
which the CLI prints as one line and maps to an exit code.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Literal


class ExitCode(IntEnum):
    OK = 0
    DRIFT = 1  # check found differences, or a diff hit --fail-on
    BAD_INPUT = 2  # unusable input, bad usage, unreachable upstream
    INTERNAL = 3  # a bug in the generator itself (template or formatter failure)


@dataclass(frozen=True)
class Diagnostic:
    """One problem, located in the input (``item[3].request.url``)."""

    level: Literal["warning", "error"]
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.level}: {self.where}: {self.message}"


class GeneratorError(Exception):
    """A problem that stops the run: printed as ``error: SOURCE: WHERE: MESSAGE``."""

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        where: str | None = None,
        exit_code: ExitCode = ExitCode.BAD_INPUT,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.where = where
        self.exit_code = exit_code

    def with_source(self, source: str) -> GeneratorError:
        if self.source is None:
            self.source = source
        return self

    def one_line(self) -> str:
        parts = [p for p in (self.source, self.where) if p]
        prefix = ": ".join(parts)
        text = f"{prefix}: {self.message}" if prefix else self.message
        # Never let input text break the one-line contract.
        return "error: " + " ".join(text.split())
