#!/usr/bin/env python3
"""Reads a workbook with openpyxl, a reader that shares nothing with the writer, and prints
what a spreadsheet program would see as one JSON object: the sheet names, the first sheet's
frozen cell, filter range, column widths, which header cells are bold, and every cell with
its type ("text", "number", "datetime", "empty"), value and number format."""

import datetime
import json
import sys

import openpyxl


def cell(c):
    value = c.value
    if value is None:
        return {"type": "empty"}
    if isinstance(value, bool):
        return {"type": "boolean", "value": value}
    if isinstance(value, datetime.datetime):
        return {"type": "datetime", "value": value.isoformat(), "format": c.number_format}
    if isinstance(value, (int, float)):
        return {"type": "number", "value": value, "format": c.number_format}
    return {"type": "text", "value": str(value)}


def main():
    workbook = openpyxl.load_workbook(sys.argv[1])
    sheet = workbook.worksheets[0]
    rows = [[cell(c) for c in row] for row in sheet.iter_rows()]
    out = {
        "sheets": workbook.sheetnames,
        "freeze": sheet.freeze_panes,
        "autofilter": sheet.auto_filter.ref,
        "widths": {letter: dim.width for letter, dim in sheet.column_dimensions.items()},
        "bold": [bool(c.font.b) for c in sheet[1]] if rows else [],
        "rows": rows,
    }
    sys.stdout.reconfigure(encoding="utf-8")
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
