"""The exception every rejected value raises."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Sequence

if TYPE_CHECKING:
    from typing import Literal

    from ._dangbo import Issue


class ValidationError(ValueError):
    """A value broke rules of the model.

    Raised by every constructor, ``from_dict``, ``from_json``, the value parsers
    (``parse_number``, ``Period.parse``...) and ``load_jsonl``. It holds every
    issue found, not just the first. ``line`` is the 1-based line of a JSON
    Lines file, when the value came from one.
    """

    def __init__(
        self, message: str, issues: Sequence[Issue] = (), line: Optional[int] = None
    ) -> None:
        super().__init__(message, list(issues), line)
        self.issues: List[Issue] = list(issues)
        self.line: Optional[int] = line

    def __str__(self) -> str:
        return str(self.args[0])

    def errors(self, lang: "Literal['en', 'vi']" = "en") -> List[Dict[str, Any]]:
        """Every issue as a dict: ``path``, ``code``, ``message``, ``severity``, ``input``.

        ``lang="vi"`` gives the messages in Vietnamese.
        """
        return [
            {
                "path": issue.path,
                "code": issue.code,
                "message": issue.message_in(lang),
                "severity": issue.severity,
                "input": issue.input,
            }
            for issue in self.issues
        ]
