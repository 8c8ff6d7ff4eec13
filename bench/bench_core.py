"""Core speed: load + check the example, a 500×40 bundle, and one 200-indicator form re-scored and re-checked."""

import os
import tempfile
from pathlib import Path

from bench.common import generated_bundle, median_ms
from zydesk import storage
from zydesk.rules.checks import check_bundle, check_form
from zydesk.rules.policy import load_policy
from zydesk.rules.scoring import score_form

EXAMPLE = Path(__file__).resolve().parent.parent / "resources" / "examples" / "xiaoguan-2021.json"


def load_and_check(path: Path) -> None:
    bundle = storage.load(path)
    policy = load_policy(bundle.policy)
    for form in bundle.forms:
        score_form(form, policy)
    check_bundle(bundle)


def main() -> None:
    print(f"example load+check: {median_ms(lambda: load_and_check(EXAMPLE), 50):.2f} ms median of 50")
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "big.zyd.json"
        storage.save(generated_bundle(500, 40), big)
        size_mb = os.path.getsize(big) / 1e6
        print(f"500 forms x 40 indicators ({size_mb:.1f} MB) load+check: "
              f"{median_ms(lambda: load_and_check(big), 7):.0f} ms median of 7 (goal <= 1000 ms)")
    one = generated_bundle(1, 200)
    policy = load_policy(one.policy)
    form = one.forms[0]
    counter = iter(range(10**9))

    def edit_and_recheck() -> None:
        # As in the editor: one field changes, then the whole form is re-scored and re-checked.
        form.indicators[17].actual = f"{next(counter) % 300} 个"
        score_form(form, policy)
        check_form(one, 0, policy)

    print(f"200-indicator form edit+re-score+re-check: {median_ms(edit_and_recheck, 300):.3f} ms median of 300 "
          "(goal <= 2 ms)")


if __name__ == "__main__":
    main()
