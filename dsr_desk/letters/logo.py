"""The entity's logo on its letterhead: which images are accepted, and how big they print.

A logo is kept in the database as the bytes of a PNG or JPEG file (at most 1 MiB). It is
checked once, when it is chosen and again when it is saved: the file must really be a PNG or
JPEG (its first bytes say so, whatever its name), not absurdly large, and ReportLab must be
able to decode it, so that a letter never fails to print because of its logo.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import TYPE_CHECKING, Final

from dsr_desk.domain.entities import LOGO_MAX_BYTES
from dsr_desk.domain.errors import ValidationError
from dsr_desk.messages import data_size

if TYPE_CHECKING:
    from reportlab.lib.utils import ImageReader

PNG_SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE: Final = b"\xff\xd8\xff"
MAX_LOGO_SIDE_PX: Final = 4000  # 18 mm at 300 dpi is about 210 px: 4000 is far beyond need
MM: Final = 72 / 25.4  # points per millimetre
LOGO_MAX_HEIGHT: Final = 18 * MM
LOGO_MAX_WIDTH: Final = 50 * MM


def logo_format(data: bytes) -> str | None:
    """ "PNG" or "JPEG" from the file's signature (its first bytes), else None."""
    if data.startswith(PNG_SIGNATURE):
        return "PNG"
    if data.startswith(JPEG_SIGNATURE):
        return "JPEG"
    return None


def too_big_error(size: int) -> ValidationError:
    """The logo of ``size`` bytes is over the limit: say so in the display language."""
    return ValidationError(
        "This image is {size}; a logo can be at most {limit}. Save it smaller (a few hundred "
        "pixels wide is plenty for a letterhead).",
        size=data_size(size),
        limit=data_size(LOGO_MAX_BYTES),
    )


@dataclass(frozen=True)
class LogoInfo:
    format: str
    width_px: int
    height_px: int


def _reader(data: bytes) -> ImageReader:
    from reportlab.lib.utils import ImageReader

    return ImageReader(BytesIO(data))


def check_logo(data: bytes) -> LogoInfo:
    """The logo's format and size in pixels; ``ValidationError`` with a message for the user
    when it is not a PNG or JPEG that ReportLab can print."""
    if not data:
        raise ValidationError("The logo file is empty.")
    if len(data) > LOGO_MAX_BYTES:
        raise too_big_error(len(data))
    kind = logo_format(data)
    if kind is None:
        raise ValidationError(
            "The logo must be a PNG or JPEG image; this file is neither (whatever its name)."
        )
    try:
        reader = _reader(data)
        width, height = (int(side) for side in reader.getSize())
    except Exception:  # PIL and ReportLab raise many kinds for a damaged file
        raise ValidationError(
            "This {kind} image cannot be read; the file may be damaged. Export it again.", kind=kind
        ) from None
    if not (0 < width <= MAX_LOGO_SIDE_PX and 0 < height <= MAX_LOGO_SIDE_PX):
        raise ValidationError(
            "This image is {width} × {height} pixels; a logo can be at most "
            "{max_logo_side_px} pixels on each side.",
            width=width,
            height=height,
            max_logo_side_px=MAX_LOGO_SIDE_PX,
        )
    try:
        reader.getRGBData()  # decode every pixel, as printing will
    except Exception:
        raise ValidationError(
            "This {kind} image cannot be read; the file may be damaged. Export it again.", kind=kind
        ) from None
    return LogoInfo(kind, width, height)


def printed_size(width_px: int, height_px: int) -> tuple[float, float]:
    """Width and height in points on the letterhead: as high as allowed (18 mm), narrower
    when a wide logo would pass 50 mm; the proportions are kept."""
    scale = min(LOGO_MAX_HEIGHT / height_px, LOGO_MAX_WIDTH / width_px)
    return width_px * scale, height_px * scale


def logo_reader(data: bytes) -> tuple[ImageReader, float, float]:
    """A ReportLab image for ``canvas.drawImage`` and its printed width and height."""
    reader = _reader(data)
    width, height = reader.getSize()
    printed_width, printed_height = printed_size(int(width), int(height))
    return reader, printed_width, printed_height
