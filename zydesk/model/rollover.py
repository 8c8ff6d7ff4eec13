"""Next year's bundle from this year's: plans kept, every figure and result of the year cleared."""

from .bundle import Bundle, FundRow, Funds, Goal, Signatures
from .limits import check_year


def roll_over(bundle: Bundle, year: int | None = None) -> Bundle:
    """FILE-FORMAT.md `new-year`: last year's figures must never pass for this year's.

    Raises LimitError (a ValueError) when the new year would not fit the file's limits (9999 + 1).
    """
    new_year = year if year is not None else (bundle.year + 1 if bundle.year is not None else None)
    if new_year is not None:
        check_year(new_year)
    forms = []
    for form in bundle.forms:
        indicators = [
            ind.model_copy(update={
                "actual": "", "score": None, "deviation": "", "assessment": None,
            })
            for ind in form.indicators
        ]
        forms.append(form.model_copy(update={
            "funds": Funds(total=FundRow(), fiscal=FundRow(), carryover=FundRow(), other=FundRow()),
            "execution": form.execution.model_copy(update={"score": None}),
            "goal": Goal(expected=form.goal.expected, actual=""),
            "indicators": indicators,
        }))
    return bundle.model_copy(update={
        "year": new_year, "signatures": Signatures(), "forms": forms,
    }, deep=True)
