"""Write fixtures/expected/NAME.json for every article fixture (review the diff before committing)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsparse import parse_file  # noqa: E402

SOURCES = ("corpus",)


def main() -> None:
    out_dir = ROOT / "fixtures" / "expected"
    out_dir.mkdir(exist_ok=True)
    for folder in SOURCES:
        for case in sorted((ROOT / "fixtures" / folder).glob("*.txt")):
            record = parse_file(case).to_dict()
            record["path"] = case.relative_to(ROOT).as_posix()
            target = out_dir / f"{case.stem}.json"
            target.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", "utf-8")
            print(target.relative_to(ROOT))


if __name__ == "__main__":
    main()
