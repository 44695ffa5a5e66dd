"""The shared drawing set-up: fonts per script, figures without pyplot, PNG bytes, the cache."""

from __future__ import annotations

import io
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# The faces of the Noto Sans CJK collection: Simplified and Traditional forms differ.
CJK_FACE = {"zh-Hans": "Noto Sans CJK SC", "zh-Hant": "Noto Sans CJK TC"}
DPI = 100
COLOURS = {"ink": "#1f2933", "muted": "#7b8794", "accent": "#2f6fde", "soft": "#c9d8f5",
           "box": "#eef3fb", "line": "#9aa5b1"}

_setup_lock = threading.Lock()
_ready = False


def setup() -> None:
    """Select Agg and register the CJK font, once per process (imports matplotlib)."""
    global _ready
    if _ready:
        return
    with _setup_lock:
        if _ready:
            return
        import matplotlib

        matplotlib.use("Agg", force=True)
        from matplotlib import font_manager
        from noto_cjk_sans_otc import FONT_PATH

        font_manager.fontManager.addfont(str(FONT_PATH))
        _ready = True


def fonts(lang: str) -> list[str]:
    """Font families for a reader: Latin first for English (names may still hold 种草), the CJK
    face of the reader's script for Chinese; matplotlib falls back along the list per glyph."""
    if lang in CJK_FACE:
        return [CJK_FACE[lang], "DejaVu Sans"]
    return ["DejaVu Sans", CJK_FACE["zh-Hans"]]


def new_figure(width: float, height: float) -> Figure:
    """A white figure (no pyplot: nothing global, safe in worker threads)."""
    setup()
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=DPI, facecolor="white")


def text_style(lang: str, **style: Any) -> dict[str, Any]:
    """Keyword arguments for a text in the reader's fonts."""
    return {"family": fonts(lang), "color": COLOURS["ink"], **style}


def png(figure: Figure) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=DPI, facecolor="white")
    return out.getvalue()


def figure_texts(figure: Figure) -> list[str]:
    """Every text drawn on a figure (tests check labels without reading pixels)."""
    from matplotlib.text import Text

    return [t.get_text() for t in figure.findobj(Text) if t.get_text()]


class PictureCache:
    """The last pictures drawn, by content key: a quiz result or an org chart is drawn once
    per language however many people ask. Bounded, thread-safe."""

    def __init__(self, size: int = 128):
        self.size = size
        self._items: OrderedDict[Hashable, bytes] = OrderedDict()
        self._lock = threading.Lock()
        self._drawing: dict[Hashable, threading.Lock] = {}
        self.hits = self.misses = 0

    def peek(self, key: Hashable) -> bytes | None:
        """The cached picture, or None: never draws (callers on the event loop)."""
        with self._lock:
            return self._items.get(key)

    def get(self, key: Hashable, draw: Callable[[], bytes]) -> bytes:
        """The cached picture, else drawn once: threads asking for the same picture while it is
        drawn wait for that drawing (a burst of questions about one company drew its chart in
        every worker thread at once, each taking a tenth of a second of CPU)."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                self.hits += 1
                return self._items[key]
            drawing = self._drawing.setdefault(key, threading.Lock())
        with drawing:
            with self._lock:
                if key in self._items:  # drawn by the thread we waited for
                    self.hits += 1
                    return self._items[key]
            try:
                picture = draw()
            except BaseException:
                with self._lock:
                    self._drawing.pop(key, None)
                raise
            with self._lock:
                self.misses += 1
                self._items[key] = picture
                self._drawing.pop(key, None)
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
        return picture


CACHE = PictureCache()
