"""What `validate` found, summed up and written for people and for CI systems.

`Validation` takes verdicts one at a time (in input order), adds the cross-record check
(duplicate ids), and keeps per-check counts, the worst examples of each check (a bounded
heap), the failed inputs, and — only when a JUnit report needs them — every input's verdict.

Report formats (`REPORT_FORMATS`):

* `text`: one line per failed check, `PATH: CHECK: MESSAGE` (grep- and editor-friendly),
  then the duplicate groups, then a summary line.
* `json`: one object: the verdict (`ok`, counts, rate), the rules, per-check counts and
  examples, duplicate groups, and every failed input with its failed checks.
* `junit`: JUnit XML, one `<testsuite>` with one `<testcase>` per input
  (`classname` = `validate.<check>` of its first failed check, `validate.passed` when it
  passed; `name` = its path), a `<failure>` listing its failed checks, an `<error>` for an
  input that could not be read. Built with ElementTree, characters XML cannot hold replaced.
"""

from __future__ import annotations

import heapq
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from .checks import CHECKS, Duplicates, Failure, Rules, Verdict

REPORT_FORMATS = ("text", "json", "junit")
EXAMPLES = 3  # worst examples kept per check
PASSED = "passed"


@dataclass(slots=True)
class CheckCounts:
    checked: int = 0
    failed: int = 0
    _worst: list[tuple[float, int, str, str]] = field(default_factory=list)

    @property
    def passed(self) -> int:
        return self.checked - self.failed

    def fail(self, failure: Failure, path: str, sequence: int, keep: int) -> None:
        # A min-heap of the `keep` worst: on equal severity the earlier input is kept.
        item = (failure.severity, -sequence, path, failure.message)
        if len(self._worst) < keep:
            heapq.heappush(self._worst, item)
        elif item > self._worst[0]:
            heapq.heapreplace(self._worst, item)

    def examples(self) -> list[dict[str, str]]:
        return [{"path": path, "message": message} for _, _, path, message in sorted(self._worst, reverse=True)]


@dataclass(slots=True)
class Validation:
    """Verdicts in, counts and reports out. `keep_all` keeps every verdict (JUnit needs them)."""

    rules: Rules
    keep_all: bool = False
    examples: int = EXAMPLES
    inputs: int = 0
    failed: int = 0
    errors: int = 0  # inputs that could not be read (also counted in `failed`)
    seconds: float = 0.0
    checks: dict[str, CheckCounts] = field(default_factory=lambda: {name: CheckCounts() for name in CHECKS})
    duplicates: Duplicates = field(default_factory=Duplicates)
    failures: list[Verdict] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)

    def add(self, verdict: Verdict) -> Verdict:
        """Count one input's verdict (after adding the duplicate check); returns the final verdict."""
        self.inputs += 1
        if verdict.id is not None and self.rules.enabled("duplicate"):
            repeat = self.duplicates.see(verdict.id, verdict.path)
            if repeat is not None:
                verdict = verdict._replace(failures=verdict.failures + (repeat,))
        self._count(verdict)
        if verdict.failures:
            self.failed += 1
            self.failures.append(verdict)
        if self.keep_all:
            self.verdicts.append(verdict)
        return verdict

    def _count(self, verdict: Verdict) -> None:
        read = verdict.id is not None
        for name, counts in self.checks.items():
            if name == "read" or read and self.rules.enabled(name):
                counts.checked += 1
        if not read:
            self.errors += 1
        failed_checks = set()
        for failure in verdict.failures:
            counts = self.checks[failure.check]
            if failure.check not in failed_checks:
                counts.failed += 1
                failed_checks.add(failure.check)
            counts.fail(failure, verdict.path, self.inputs, self.examples)

    @property
    def failure_rate(self) -> float:
        return self.failed / self.inputs if self.inputs else 0.0

    @property
    def ok(self) -> bool:
        """The gate: some inputs, and at most `max_failure_rate` of them failed."""
        return self.inputs > 0 and self.failure_rate <= self.rules.max_failure_rate

    def check_rows(self) -> list[dict[str, Any]]:
        rows = []
        for name, counts in self.checks.items():
            skipped = name != "read" and not self.rules.enabled(name)
            rows.append({"check": name, "checked": counts.checked, "passed": counts.passed, "failed": counts.failed,
                         "skipped": skipped, "examples": counts.examples()})
        return rows

    def to_dict(self, inputs: bool = True) -> dict[str, Any]:
        """The JSON report; `inputs=False` leaves out the per-input parts (duplicates, failures)."""
        data = {
            "ok": self.ok,
            "inputs": self.inputs,
            "passed": self.inputs - self.failed,
            "failed": self.failed,
            "unreadable": self.errors,
            "failure_rate": round(self.failure_rate, 6),
            "max_failure_rate": self.rules.max_failure_rate,
            "seconds": round(self.seconds, 3),
            "rules": self.rules.to_dict(),
            "checks": {row.pop("check"): row for row in self.check_rows()},
        }
        if inputs:
            data["duplicates"] = self.duplicates.groups()
            data["failures"] = [_verdict_dict(verdict) for verdict in self.failures]
        return data

    def summary_line(self) -> str:
        verdict = "OK" if self.ok else "FAILED"
        if not self.inputs:
            return "validate: no inputs found -> FAILED"
        return (f"validate: {self.inputs} inputs, {self.failed} failed ({self.failure_rate:.1%}), "
                f"{self.errors} unreadable; max failure rate {self.rules.max_failure_rate:.1%} -> {verdict}")


def _verdict_dict(verdict: Verdict) -> dict[str, Any]:
    return {"path": verdict.path, "failures": [failure.to_dict() for failure in verdict.failures]}


def first_check(verdict: Verdict) -> str:
    """The check an input is filed under: its first failed check in CHECKS order, else 'passed'."""
    failed = {failure.check for failure in verdict.failures}
    return next((name for name in CHECKS if name in failed), PASSED)


# ---- writing ----
# Reports are written piece by piece: a dump with 100,000 failed inputs must not build its
# whole report as one string (or one element tree) in memory first.

def write_report(validation: Validation, fmt: str, out: BinaryIO) -> None:
    if fmt == "json":
        write_json(validation, out)
    elif fmt == "junit":
        write_junit(validation, out)
    elif fmt == "text":
        for line in text_lines(validation):
            out.write(line.encode("utf-8", "surrogateescape"))
    else:
        raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(REPORT_FORMATS)}")


def write_json(validation: Validation, out: BinaryIO) -> None:
    """The `to_dict()` object, indented, with one duplicate group and one failed input per line."""
    head = validation.to_dict(inputs=False)
    text = _json(head, indent=2)
    out.write(text[: text.rindex("}")].rstrip().encode("utf-8") + b",\n")
    for key, items in (("duplicates", validation.duplicates.groups()),
                       ("failures", (_verdict_dict(verdict) for verdict in validation.failures))):
        out.write(f'  "{key}": ['.encode())
        separator = b"\n    "
        for item in items:
            out.write(separator + _json(item).encode("utf-8"))
            separator = b",\n    "
        out.write(b"\n  ]" if separator != b"\n    " else b"]")
        out.write(b",\n" if key == "duplicates" else b"\n}\n")


def _json(value: Any, indent: int | None = None) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a file name that is not UTF-8: escaped, so the JSON stays valid
        text = json.dumps(value, ensure_ascii=True, indent=indent)
    return text


def json_report(validation: Validation) -> bytes:
    buffer = io.BytesIO()
    write_json(validation, buffer)
    return buffer.getvalue()


def text_lines(validation: Validation) -> Iterable[str]:
    for verdict in validation.failures:
        for failure in verdict.failures:
            yield f"{verdict.path}: {failure.check}: {_one_line(failure.message)}\n"
    for group in validation.duplicates.groups():
        yield f"duplicate id {group['id']}: {', '.join(group['paths'])}\n"
    yield validation.summary_line() + "\n"


def write_junit(validation: Validation, out: BinaryIO, suite: str = "newsparse validate") -> None:
    """JUnit XML: every element is made and escaped by ElementTree, one test case at a time."""
    if not validation.keep_all:
        raise ValueError("a JUnit report needs every verdict: Validation(keep_all=True)")
    verdicts = validation.verdicts
    errors = sum(1 for verdict in verdicts if verdict.id is None)
    failures = sum(1 for verdict in verdicts if verdict.id is not None and verdict.failures)
    counts = {"tests": str(len(verdicts)), "failures": str(failures), "errors": str(errors), "skipped": "0",
              "time": f"{validation.seconds:.3f}"}
    out.write(b"<?xml version='1.0' encoding='utf-8'?>\n")
    out.write(_start_tag(ET.Element("testsuites", {"name": suite, **counts})) + b"\n")
    out.write(b"  " + _start_tag(ET.Element("testsuite", {"name": suite, **counts})) + b"\n")
    properties = ET.Element("properties")
    for key, value in validation.rules.to_dict().items():
        text = ",".join(value) if isinstance(value, list) else str(value)
        ET.SubElement(properties, "property", {"name": f"rules.{key}", "value": _xml_text(text)})
    _write_element(properties, out)
    for verdict in verdicts:
        _write_element(_testcase(verdict), out)
    out.write(b"  </testsuite>\n</testsuites>\n")


def junit_xml(validation: Validation, suite: str = "newsparse validate") -> bytes:
    buffer = io.BytesIO()
    write_junit(validation, buffer, suite)
    return buffer.getvalue()


def _testcase(verdict: Verdict) -> ET.Element:
    case = ET.Element("testcase", {"classname": f"validate.{first_check(verdict)}", "name": _xml_text(verdict.path)})
    if not verdict.failures:
        return case
    details = "\n".join(f"{failure.check}: {failure.message}" for failure in verdict.failures)
    if verdict.id is None:
        element = ET.SubElement(case, "error", {"type": "read",
                                                "message": _xml_text(_one_line(verdict.failures[0].message))})
    else:
        failed = {failure.check for failure in verdict.failures}
        checks = [name for name in CHECKS if name in failed]
        summary = "; ".join(f"{failure.check}: {_one_line(failure.message)}" for failure in verdict.failures)
        element = ET.SubElement(case, "failure", {"type": ",".join(checks), "message": _xml_text(summary)})
    element.text = _xml_text(details)
    return case


def _start_tag(element: ET.Element) -> bytes:
    """`<name attr="…">` of an element, escaped by ElementTree."""
    text = ET.tostring(element, encoding="unicode", short_empty_elements=False)
    return text[: -len(f"</{element.tag}>")].encode("utf-8")


def _write_element(element: ET.Element, out: BinaryIO) -> None:
    ET.indent(element, space="  ", level=2)
    out.write(b"    " + ET.tostring(element, encoding="unicode").encode("utf-8") + b"\n")


# Characters XML 1.0 cannot hold (controls, lone surrogates from undecodable file names, U+FFFE/F).
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _one_line(text: str) -> str:
    return " ".join(text.split())
