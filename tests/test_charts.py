"""The shared chart widgets (hospital_desktop/widgets/charts.py): data in, legend, empty state, offscreen grab."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QColor

from hospital_desktop.widgets.charts import EMPTY_TEXT, PALETTE, BarChart, LineChart


def _colours(widget) -> set[str]:
    image = widget.grab().toImage()
    assert not image.isNull() and image.width() > 100
    seen = set()
    for x in range(0, image.width(), 3):
        for y in range(0, image.height(), 3):
            seen.add(QColor(image.pixel(x, y)).name())
    return seen


def test_bar_chart_grouped_and_stacked(qtbot):
    chart = BarChart("Revenue by department")
    qtbot.addWidget(chart)
    chart.resize(600, 340)
    chart.show()
    assert chart.is_empty() and chart.empty_label.text() == EMPTY_TEXT
    chart.set_data(["GEN", "CARD", "ER"], {"Invoiced": [1200, 800, 1500], "Paid": [900.0, 500.0, 700.0]})
    assert not chart.is_empty()
    assert [label.text for _, label in chart.legend.items] == ["Invoiced", "Paid"]
    ticks = [t[1] for t in chart.plot.getAxis("bottom")._tickLevels[0]]
    assert ticks == ["GEN", "CARD", "ER"]
    colours = _colours(chart)
    assert PALETTE[0].lower() in colours and PALETTE[1].lower() in colours and "#ffffff" in colours
    chart.set_data(["0-30", "31-60"], {"Patient": [10, 5], "Payer": [30, 0]}, stacked=True)
    second = chart.bar_items[1].opts
    assert list(second["y0"]) == [10.0, 5.0]  # stacked on the first series
    assert len(chart.legend.items) == 2  # the old legend entries are gone
    chart.set_data([], {})
    assert chart.is_empty()
    chart.set_data(["A"], {"x": [0.0]})
    assert chart.is_empty()  # all zero: nothing to draw


def test_bar_chart_refuses_bad_series(qtbot):
    chart = BarChart("x")
    qtbot.addWidget(chart)
    with pytest.raises(ValueError, match="2 values for 3 points"):
        chart.set_data(["a", "b", "c"], {"s": [1, 2]})
    with pytest.raises(ValueError, match="finite"):
        chart.set_data(["a"], {"s": [float("nan")]})


def test_line_chart_dates_and_numbers(qtbot):
    chart = LineChart("Revenue per day")
    qtbot.addWidget(chart)
    chart.resize(600, 340)
    chart.show()
    days = [date(2026, 11, 1) + timedelta(days=i) for i in range(10)]
    chart.set_data(days, {"Revenue": [float(100 + i) for i in range(10)], "Payments": [50.0] * 10})
    assert not chart.is_empty() and len(chart.curves) == 2
    assert [label.text for _, label in chart.legend.items] == ["Revenue", "Payments"]
    assert chart._date_axis.dates
    strings = chart._date_axis.tickStrings([chart._to_number(days[2]) - 12 * 3600], 1, 86400)
    assert strings == ["3 Nov"]
    assert PALETTE[0].lower() in _colours(chart)
    chart.set_data([1, 2, 3], {"n": [1.0, 4.0, 9.0]})
    assert not chart._date_axis.dates
    chart.set_data([], {})
    assert chart.is_empty()
