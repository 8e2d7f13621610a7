package tableq

import "testing"

func TestDateParts(t *testing.T) {
	for _, c := range []struct{ cell, year, month string }{
		{"13/09/2001", "2001", "2001-09"},
		{"2006-03-07", "2006", "2006-03"},
		{"2006/3/7", "2006", "2006-03"},
		{"2024年5月20日", "2024", "2024-05"},
		{"0/1/00", "", ""},
		{"WO-2001-17", "", ""},
	} {
		y, m, _ := dateParts(c.cell)
		if y != c.year || m != c.month {
			t.Errorf("dateParts(%q) = %q, %q; want %q, %q", c.cell, y, m, c.year, c.month)
		}
	}
}
