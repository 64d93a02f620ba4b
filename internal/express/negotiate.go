package express

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// This file holds content negotiation for req.accepts, acceptsEncodings,
// acceptsCharsets and acceptsLanguages (and so res.format): ranking what a
// handler offers by what an Accept-style header allows, with Express's
// results.
//
// A header is a list of ranges, each with a quality (q, default 1) and its
// position. An offered value takes the range that describes it most
// specifically (an exact match beats a partial one, which beats a
// wildcard; a tie goes to the higher quality, then to the later range).
// Values whose range has quality 0, or that no range describes, are not
// acceptable. The rest are ranked by quality, then specificity, then the
// position of their range, then the order in which they were offered.

type negotiationKind int

const (
	negotiateType negotiationKind = iota
	negotiateEncoding
	negotiateCharset
	negotiateLanguage
)

// acceptRange is one element of an Accept-style header.
type acceptRange struct {
	value  string       // as written: "text/html", "gzip", "en-US", "*"
	params []mediaParam // media ranges: parameters other than q
	q      float64
	pos    int
}

// parseRanges splits a header into its ranges. An empty element (",,")
// is skipped, as is a media range without a slash.
func parseRanges(kind negotiationKind, h string) []acceptRange {
	var out []acceptRange
	for i := 0; i < len(h); {
		start := skipOWS(h, i)
		m, end := parseMediaType(h, start, true)
		i = end + 1
		value := h[start : start+len(m.typ)]
		if value == "" || kind == negotiateType && !strings.Contains(value, "/") {
			continue
		}
		r := acceptRange{value: value, q: 1, pos: len(out)}
		for _, p := range m.params {
			if p.key == "q" {
				if p.value != "" {
					r.q = leadingFloat(p.value)
				}
				continue
			}
			r.params = append(r.params, p)
		}
		out = append(out, r)
	}
	return out
}

// leadingFloat reads the number at the start of s, as JavaScript's
// parseFloat does ("0.5x" is 0.5); NaN when there is none.
func leadingFloat(s string) float64 {
	s = strings.TrimSpace(s)
	for n := len(s); n > 0; n-- {
		if f, err := strconv.ParseFloat(s[:n], 64); err == nil {
			return f
		}
	}
	return math.NaN()
}

// specificity scores how precisely range r describes value v: higher is
// more specific, -1 means r does not describe v.
func specificity(kind negotiationKind, r *acceptRange, v string) int {
	switch kind {
	case negotiateType:
		v = strings.TrimSpace(v)
		m, _ := parseMediaType(v, 0, false)
		vt, vs, ok := strings.Cut(v[:len(m.typ)], "/")
		rt, rs, _ := strings.Cut(r.value, "/")
		if !ok {
			return -1
		}
		score := 0
		switch {
		case strings.EqualFold(rt, vt):
			score += 4
		case rt != "*":
			return -1
		}
		switch {
		case strings.EqualFold(rs, vs):
			score += 2
		case rs != "*":
			return -1
		}
		if len(r.params) > 0 {
			for _, p := range r.params {
				have, _ := m.param(p.key)
				if p.value != "*" && !strings.EqualFold(p.value, have) {
					return -1
				}
			}
			score++
		}
		return score
	case negotiateLanguage:
		rPrefix, _, _ := strings.Cut(r.value, "-")
		vPrefix, _, _ := strings.Cut(v, "-")
		switch {
		case strings.EqualFold(r.value, v):
			return 4
		case strings.EqualFold(rPrefix, v):
			return 2
		case strings.EqualFold(r.value, vPrefix):
			return 1
		case r.value == "*":
			return 0
		}
		return -1
	default:
		switch {
		case strings.EqualFold(r.value, v):
			return 1
		case r.value == "*":
			return 0
		}
		return -1
	}
}

// negotiate ranks offered by header, or, when offered is nil, lists what
// the header accepts by quality. present tells an absent header (which
// accepts anything but encodings) from an empty one.
func negotiate(kind negotiationKind, header string, present bool, offered []string) []string {
	if !present {
		switch kind {
		case negotiateType:
			header = "*/*"
		case negotiateCharset, negotiateLanguage:
			header = "*"
		}
	}
	ranges := parseRanges(kind, header)
	if kind == negotiateEncoding {
		ranges = withIdentity(ranges)
	}
	if offered == nil {
		var ok []acceptRange
		for _, r := range ranges {
			if r.q > 0 {
				ok = append(ok, r)
			}
		}
		slices.SortStableFunc(ok, func(a, b acceptRange) int { return compareFloat(b.q, a.q) })
		out := make([]string, len(ok))
		for i, r := range ok {
			out[i] = r.value
		}
		return out
	}
	type ranked struct {
		value      string
		q          float64
		score, pos int
		index      int
	}
	var acceptable []ranked
	for i, v := range offered {
		best := ranked{score: -1}
		for j := range ranges {
			r := &ranges[j]
			s := specificity(kind, r, v)
			if s < 0 {
				continue
			}
			if s > best.score || s == best.score && r.q >= best.q {
				best = ranked{value: v, q: r.q, score: s, pos: r.pos, index: i}
			}
		}
		if best.score >= 0 && best.q > 0 {
			acceptable = append(acceptable, best)
		}
	}
	slices.SortStableFunc(acceptable, func(a, b ranked) int {
		if c := compareFloat(b.q, a.q); c != 0 {
			return c
		}
		if a.score != b.score {
			return b.score - a.score
		}
		if a.pos != b.pos {
			return a.pos - b.pos
		}
		return a.index - b.index
	})
	out := make([]string, len(acceptable))
	for i, r := range acceptable {
		out[i] = r.value
	}
	return out
}

// withIdentity makes "identity" acceptable unless a range speaks of it
// (by name or by "*"): its quality is then the lowest non-zero quality of
// the header, as HTTP prescribes only loosely and Express does.
func withIdentity(ranges []acceptRange) []acceptRange {
	lowest := 1.0
	for i := range ranges {
		if specificity(negotiateEncoding, &ranges[i], "identity") >= 0 {
			return ranges
		}
		if q := ranges[i].q; q != 0 && !math.IsNaN(q) && q < lowest {
			lowest = q
		}
	}
	return append(ranges, acceptRange{value: "identity", q: lowest, pos: len(ranges)})
}

func compareFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
