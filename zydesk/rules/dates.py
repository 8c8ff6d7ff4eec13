"""Reading a date a person typed (填报日期): `2022年3月1日`, `2022-03-01`, `2022/3/1`, `2022.3.1`, full-width too."""

import datetime
import re

_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．　", "0123456789-/. ")
_DATE = re.compile(r"(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?|([-/.])(\d{1,2})\4(\d{1,2}))")
YEARS = (2000, 2100)


class DateError(ValueError):
    """A typed date that cannot be taken; the message says why, in Chinese."""


def parse_date(text: str) -> datetime.date | None:
    """Blank is None; a real calendar date in one of the accepted spellings, else DateError."""
    normalised = text.translate(_FULL_WIDTH).strip()
    if not normalised:
        return None
    match = _DATE.fullmatch(normalised)
    if not match:
        raise DateError(f"“{text.strip()}”不是日期，请写成 2022年3月1日 或 2022-03-01")
    year = int(match.group(1))
    month, day = (int(g) for g in (match.group(2, 3) if match.group(2) else match.group(5, 6)))
    if not 1 <= month <= 12:
        raise DateError(f"“{text.strip()}”不是日历上的日期（月份应为 1–12）")
    try:
        date = datetime.date(year, month, day)
    except ValueError:
        raise DateError(f"“{text.strip()}”不是日历上的日期（{year}年{month}月没有{day}日）") from None
    low, high = YEARS
    if not low <= year <= high:
        raise DateError(f"“{text.strip()}”的年份应在 {low}–{high} 之间")
    return date
