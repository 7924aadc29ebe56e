"""Reading the class report and the overview in tests: a table's rows by its caption (BeautifulSoup, from nbconvert)."""
from bs4 import BeautifulSoup


def page(html):
    return BeautifulSoup(html, "html.parser")


def table_rows(html, caption):
    """The rows (lists of cell texts, header cell first) of the table whose caption starts with `caption`."""
    for table in page(html).find_all("table"):
        if table.caption and table.caption.get_text().startswith(caption):
            return [[cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
                    for row in table.tbody.find_all("tr")]
    raise AssertionError(f"no table with the caption {caption!r}")
