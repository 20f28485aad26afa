"""Find, check and register a Chinese font that reportlab can embed.

reportlab embeds TrueType-outline fonts only: the Noto CJK / Source Han ``.ttc``
and ``.otf`` files carry PostScript (CFF) outlines and are refused ("postscript
outlines are not supported"). So we look for TrueType-outline CJK fonts
(WenQuanYi Zen Hei / Micro Hei, Droid Sans Fallback, AR PL UMing, SimSun,
Microsoft YaHei, ...), try each candidate for real (load it and check that it has
glyphs for a few Chinese characters), and fall back to reportlab's built-in CID
font ``STSong-Light`` (not embedded, every PDF viewer supplies a Song face for it)
when nothing works. Either way there are no empty boxes.

``WORKSTATION_CJK_FONT`` overrides the search: a path (``/x/y.ttc`` or
``/x/y.ttc#1`` for a subfont index), or ``cid`` to force the built-in fallback.
"""
from __future__ import annotations

import os
import sys
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

ENV_VAR = "WORKSTATION_CJK_FONT"
CID_FALLBACK = "STSong-Light"
_PROBE = "借款合同壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整第页共"

# Preferred files, best first. Lower-case basenames; (name, subfont index).
PREFERRED: tuple[tuple[str, int], ...] = (
    ("wqy-zenhei.ttc", 0),
    ("wqy-microhei.ttc", 0),
    ("simsun.ttc", 0),
    ("msyh.ttc", 0),
    ("msyh.ttf", 0),
    ("simhei.ttf", 0),
    ("simsun.ttf", 0),
    ("uming.ttc", 0),
    ("ukai.ttc", 0),
    ("droidsansfallbackfull.ttf", 0),
    ("droidsansfallback.ttf", 0),
    ("stheiti light.ttc", 0),
    ("arial unicode.ttf", 0),
    ("arialuni.ttf", 0),
    # CFF-outline fonts: listed so a future reportlab that embeds them is used;
    # today they are tried and skipped.
    ("notosanscjk-regular.ttc", 2),
    ("notoserifcjk-regular.ttc", 2),
    ("notosanssc-regular.otf", 0),
    ("sourcehansanssc-regular.otf", 0),
)


def font_dirs() -> list[Path]:
    """The usual font directories of Linux, Windows and macOS."""
    dirs = [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        Path.home() / ".fonts",
        Path.home() / ".local/share/fonts",
        Path("/System/Library/Fonts"),
        Path("/Library/Fonts"),
        Path.home() / "Library/Fonts",
    ]
    windir = os.environ.get("WINDIR") or ("C:\\Windows" if sys.platform == "win32" else "")
    if windir:
        dirs.insert(0, Path(windir) / "Fonts")
    return [d for d in dirs if d.is_dir()]


@dataclass(frozen=True)
class CJKFont:
    """The font a document is set in. ``name`` is the reportlab font name."""
    name: str
    embedded: bool               # True: TrueType subset embedded in the PDF
    path: str = ""               # file of an embedded font
    subfont_index: int = 0
    family: str = ""             # human name, e.g. "WenQuanYi Zen Hei"

    def describe(self) -> str:
        if self.embedded:
            return f"{self.family} ({self.path}#{self.subfont_index}, embedded TrueType subset)"
        return f"{self.name} (reportlab built-in CID font, not embedded)"


def _candidates() -> list[tuple[Path, int]]:
    """Font files found on the system, in order of preference."""
    rank = {name: i for i, (name, _) in enumerate(PREFERRED)}
    index = dict(PREFERRED)
    found: list[tuple[int, str, Path]] = []
    for root in font_dirs():
        for dirpath, _dirs, files in os.walk(root):
            for f in files:
                key = f.lower()
                if key in rank:
                    found.append((rank[key], str(Path(dirpath) / f), Path(dirpath) / f))
    found.sort()
    return [(p, index[p.name.lower()]) for _, _, p in found]


def try_load(path: str | Path, subfont_index: int = 0) -> TTFont | None:
    """A TTFont if reportlab can embed this file and it has Chinese glyphs."""
    safe = "".join(c if c.isalnum() else "_" for c in Path(path).stem)
    try:
        font = TTFont(f"CJK_{safe}_{subfont_index}", str(path), subfontIndex=subfont_index)
    except (TTFError, OSError, ValueError, KeyError, IndexError, AssertionError):
        return None
    cmap = font.face.charToGlyph
    if not all(ord(ch) in cmap for ch in _PROBE):
        return None
    return font


def _cid_font() -> CJKFont:
    if CID_FALLBACK not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
    return CJKFont(name=CID_FALLBACK, embedded=False, family="STSong-Light")


def _register(font: TTFont, path: Path, index: int) -> CJKFont:
    if font.fontName not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(font)
    family = font.face.familyName
    if isinstance(family, bytes):
        family = family.decode("utf-8", "replace")
    return CJKFont(name=font.fontName, embedded=True, path=str(path),
                   subfont_index=index, family=str(family))


@lru_cache(maxsize=None)
def _resolve(setting: str) -> CJKFont:
    if setting.lower() in ("cid", "builtin", CID_FALLBACK.lower()):
        return _cid_font()
    if setting:
        path_text, _, idx = setting.partition("#")
        index = int(idx) if idx.isdigit() else 0
        font = try_load(path_text, index)
        if font is not None:
            return _register(font, Path(path_text), index)
        warnings.warn(f"{ENV_VAR}={setting!r}: not an embeddable CJK TrueType font; searching the system",
                      RuntimeWarning, stacklevel=3)
    for path, index in _candidates():
        font = try_load(path, index)
        if font is not None:
            return _register(font, path, index)
    return _cid_font()


def cjk_font(*, force_fallback: bool = False) -> CJKFont:
    """The Chinese font to use, registered with reportlab (cached per process)."""
    if force_fallback:
        return _resolve("cid")
    return _resolve(os.environ.get(ENV_VAR, "").strip())
