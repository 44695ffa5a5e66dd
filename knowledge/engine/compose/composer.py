"""All composers in one object, as the engine uses them."""

from __future__ import annotations

from ..kb import KnowledgeBase
from .aspects import AspectComposer
from .careers import CareersComposer
from .compare import CompareComposer
from .entries import EntryComposer
from .moves import MoveComposer
from .unknown import UnknownComposer
from .who import WhoComposer


class Composer(
    EntryComposer,
    CompareComposer,
    MoveComposer,
    CareersComposer,
    WhoComposer,
    AspectComposer,
    UnknownComposer,
):
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.route_names = {}
        self._job_words = {}
