"""PDFium's C API called directly, where pypdfium2's Python objects cost more than the work
they wrap: a page and its text page (each object a finalizer, a weak reference, its repr, a
new ctypes array type for each page's text), and the tens of thousands of calls that walk a
page's objects and place its characters (docs/tender-reading.md#speed).

Every call here gives what pypdfium2's own gives (tests/unit/bids/test_tender_reading.py)."""

from __future__ import annotations

import ctypes
from codecs import decode
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any


def pdfium_error(what: str) -> Exception:
    import pypdfium2 as pdfium

    error: Exception = pdfium.PdfiumError(what)
    return error


class Pages:
    """The pages of an open ``pypdfium2.PdfDocument``, each loaded with its text page by
    PDFium's own calls: ``opened`` gives their handles and closes them after, before the
    document is closed."""

    def __init__(self, pdf: Any) -> None:
        import pypdfium2.raw as raw

        self._raw = raw
        self._document = pdf.raw
        # one buffer for every page's text, grown when a page needs more: an array type of
        # each page's length would be a new class for each page, kept by ctypes for good
        self._buffer = (ctypes.c_ushort * 4096)()

    @contextmanager
    def opened(self, number: int) -> Iterator[tuple[Any, Any]]:
        """The page's handle and its text page's."""
        page, textpage = self._open(number)
        try:
            yield page, textpage
        finally:
            self._raw.FPDFText_ClosePage(textpage)
            self._raw.FPDF_ClosePage(page)

    def _open(self, number: int) -> tuple[Any, Any]:
        raw = self._raw
        page = raw.FPDF_LoadPage(self._document, number)
        if not page:
            raise pdfium_error("Failed to load page.")
        textpage = raw.FPDFText_LoadPage(page)
        if not textpage:
            raw.FPDF_ClosePage(page)
            raise pdfium_error("Failed to load text page.")
        return page, textpage

    def text(self, textpage: Any) -> str:
        """The page's text, as ``PdfTextPage.get_text_range()`` gives it: characters PDFium
        leaves out of the text at either end are left out of the range asked for, or it
        reads past the range (pdfium bug 2079, as pypdfium2 does)."""
        raw = self._raw
        count = raw.FPDFText_CountChars(textpage)
        if count < 0:
            raise pdfium_error("Failed to get character count.")
        text_index = raw.FPDFText_GetTextIndexFromCharIndex
        first, last = 0, count - 1
        while first <= last and (start := text_index(textpage, first)) == -1:
            first += 1
        if first > last:
            return ""
        while (end := text_index(textpage, last)) == -1:
            last -= 1
        size = end + 2 - start  # with the closing NUL
        if len(self._buffer) < size:
            self._buffer = (ctypes.c_ushort * max(size, 2 * len(self._buffer)))()
        buffer = self._buffer
        written = raw.FPDFText_GetText(textpage, first, last - first + 1, buffer)
        return decode(memoryview(buffer)[: written - 1], "utf-16-le", "ignore")


class Handle(ctypes.c_void_p):
    """A PDFium handle held as a subclass of c_void_p: a call without argument types passes it
    as the pointer it is (an int would go as a C int)."""


PATH = 2  # FPDF_PAGEOBJ_PATH


@cache
def object_calls() -> tuple[Callable[..., int], ...]:
    """FPDFPage_CountObjects, FPDFPage_GetObject (an object as an int), FPDFPageObj_GetType
    (taking it as a void pointer) and FPDFPageObj_GetBounds."""
    import pypdfium2.raw as raw

    assert raw.FPDF_PAGEOBJ_PATH == PATH
    # a type is 0 to 5: read as one byte, the types of a page make a bytes object
    get_type = _bare(raw.FPDFPageObj_GetType, ctypes.c_ubyte)
    get_type.argtypes = [ctypes.c_void_p]
    return (
        _bare(raw.FPDFPage_CountObjects, ctypes.c_int),
        _bare(raw.FPDFPage_GetObject, ctypes.c_void_p),
        get_type,
        _bare(raw.FPDFPageObj_GetBounds, ctypes.c_int),
    )


def _bare(function: Any, restype: Any) -> Any:
    """``function`` without argument types: it is given ctypes objects (handles, references)
    and ints, which ctypes passes as they are, with nothing to convert. A new pointer to the
    same function, of its class (so the same calling convention) but called as Python's own
    C API is (``PYFUNCTYPE``): these calls take well under a microsecond, less than releasing
    the GIL and taking it back around each costs."""
    base = type(function)
    flags = base._flags_ | ctypes._FUNCFLAG_PYTHONAPI  # type: ignore[attr-defined]
    holding_the_gil = type("_Call", (base,), {"_flags_": flags, "_restype_": restype})
    copy = holding_the_gil(ctypes.cast(function, ctypes.c_void_p).value or 0)
    copy.argtypes = None
    return copy


def charbox_call(textpage: Any) -> tuple[Callable[..., int], Any, Any, list[Any]]:
    """FPDFText_GetCharBox without argument types, the text page's handle, and the four
    doubles it writes (left, right, bottom, top) with references to them: pypdfium2's
    ``get_charbox`` allocates four doubles a call, and table pages need thousands."""
    box = (ctypes.c_double * 4)()
    sides = [ctypes.byref(box, 8 * side) for side in range(4)]
    return _text_calls()[0], textpage, box, sides


@cache
def _text_calls() -> tuple[Callable[..., int]]:
    import pypdfium2.raw as raw

    return (_bare(raw.FPDFText_GetCharBox, ctypes.c_int),)


def charbox_error() -> Exception:
    return pdfium_error("Failed to get charbox.")


def charboxes(textpage: Any) -> Callable[[int], tuple[float, float, float, float]]:
    """A character's box (left, bottom, right, top), as pypdfium2's ``get_charbox`` gives it,
    by ``charbox_call``; ``textpage`` is PDFium's handle."""
    get, handle, box, (left, right, bottom, top) = charbox_call(textpage)

    def charbox(index: int) -> tuple[float, float, float, float]:
        if not get(handle, index, left, right, bottom, top):
            raise charbox_error()
        return box[0], box[2], box[1], box[3]

    return charbox
