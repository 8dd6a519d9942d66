#!/usr/bin/python3
"""Reads a citynet workbook with openpyxl and prints the facts a test checks, one per line.

    sheets=Overview,Cities,...            sheet names in order
    table=SHEET:NAME:REF                  every Excel table
    autofilter=SHEET:REF                  every sheet-level autofilter (there should be none)
    freeze=SHEET:CELL                     top-left cell of the unfrozen pane
    formula-like=SHEET!CELL:TYPE:QUOTE:VALUE   text starting like a formula, its openpyxl data
                                          type ('s' = string) and quotePrefix flag (1 = set)
    formulas=N                            number of formula cells
"""
import sys

import openpyxl

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def main(path):
    workbook = openpyxl.load_workbook(path)
    print("sheets=" + ",".join(workbook.sheetnames))
    formulas = 0
    for sheet in workbook.worksheets:
        for name, ref in sheet.tables.items():
            print(f"table={sheet.title}:{name}:{ref}")
        if sheet.auto_filter.ref:
            print(f"autofilter={sheet.title}:{sheet.auto_filter.ref}")
        if sheet.freeze_panes:
            print(f"freeze={sheet.title}:{sheet.freeze_panes}")
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    formulas += 1
                value = cell.value
                if isinstance(value, str) and value.startswith(FORMULA_STARTS):
                    print(
                        f"formula-like={sheet.title}!{cell.coordinate}:{cell.data_type}:"
                        f"{int(bool(cell.quotePrefix))}:{value!r}"
                    )
    print(f"formulas={formulas}")


if __name__ == "__main__":
    main(sys.argv[1])
