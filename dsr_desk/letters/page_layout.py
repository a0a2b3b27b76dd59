"""Where things go on the A4 sheet: margins, the envelope-window address frame, the sender
block, fold marks and the letterhead, in points from the edges of the sheet.

Window envelope. The French standard DL envelope (110 × 220 mm) has its window on the right:
100 × 45 mm, 20 mm from the right edge and 15 mm from the bottom edge. A4 folded in three
(panels of 99 mm) slides up to 11 mm vertically and 10 mm sideways inside it, so the area
that always shows through is about 100–190 mm from the left edge and 50–84 mm from the top of
the sheet. French mail processors (and La Poste's guide for window envelopes) place the
address frame 110 mm from the left edge and 55 mm from the top, 85 mm wide and at most
33 mm high: that is where the address block goes (``ADDRESS_*`` below), at most six lines
(``context.MAX_ADDRESS_LINES``), and nothing else is printed in that frame. The letterhead
(logo included) ends above 52 mm, so it never reaches the frame: the sender and address
blocks are placed from the top of the sheet, whatever the letterhead holds.
"""

from __future__ import annotations

from typing import Final

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN: Final = 25 * mm
RIGHT_MARGIN: Final = 20 * mm
TEXT_WIDTH: Final = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
BOTTOM_MARGIN: Final = 24 * mm
# The address frame seen through the window of a French DL envelope (see the module doc).
ADDRESS_LEFT: Final = 110 * mm
ADDRESS_TOP: Final = 55 * mm  # from the top edge of the sheet
ADDRESS_WIDTH: Final = 85 * mm
ADDRESS_HEIGHT: Final = 33 * mm
SENDER_WIDTH: Final = ADDRESS_LEFT - LEFT_MARGIN - 8 * mm
PLACE_DATE_TOP: Final = 93 * mm
FIRST_BODY_TOP: Final = 103 * mm
LATER_BODY_TOP: Final = 24 * mm
FOLD_MARKS: Final = (99 * mm, 198 * mm)  # tri-fold for the DL envelope
SIGNATURE_INDENT: Final = ADDRESS_LEFT - LEFT_MARGIN
FOOTNOTE_ROOM: Final = 9 * mm
LETTERHEAD_TOP: Final = 16 * mm
LETTERHEAD_BOTTOM_MAX: Final = 52 * mm  # clear of the sender and address blocks (55 mm)
LOGO_GAP: Final = 6 * mm  # between the logo and the letterhead text beside it
