package jsintl

// listFormat is a resolved Intl.ListFormat (English).
type listFormat struct {
	gb         bool
	typ, style string
}

// parts joins items: flat (type, value) pairs.
func (l *listFormat) parts(items []string) []string {
	pair, middle, end := ", ", ", ", ", "
	switch l.typ {
	case "conjunction":
		switch l.style {
		case "long":
			pair, end = " and ", ", and "
		case "short":
			pair, end = " & ", ", & "
		}
		if l.gb && l.style != "narrow" {
			pair, end = " and ", " and "
		}
	case "disjunction":
		pair, end = " or ", ", or "
		if l.gb {
			end = " or "
		}
	case "unit":
		if l.style == "narrow" {
			pair, middle, end = " ", " ", " "
		}
	}
	var out []string
	for i, it := range items {
		if i > 0 {
			sep := middle
			switch {
			case len(items) == 2:
				sep = pair
			case i == len(items)-1:
				sep = end
			}
			out = append(out, "literal", sep)
		}
		out = append(out, "element", it)
	}
	return out
}
