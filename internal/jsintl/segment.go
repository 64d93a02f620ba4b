package jsintl

import (
	"unicode"
	"unicode/utf16"
)

// segment is one piece of a Segmenter's output; index counts UTF-16 code
// units, as JavaScript strings do.
type segment struct {
	text     string
	index    int
	wordLike bool
}

func isExtend(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) || r == 0x200D || (r >= 0xFE00 && r <= 0xFE0F) || (r >= 0x1F3FB && r <= 0x1F3FF) || (r >= 0xE0020 && r <= 0xE007F)
}

func isRegional(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

func isPictographic(r rune) bool {
	return (r >= 0x1F000 && r <= 0x1FAFF) || (r >= 0x2600 && r <= 0x27BF) || (r >= 0x2300 && r <= 0x23FF) || r == 0x00A9 || r == 0x00AE
}

// graphemes splits s into extended grapheme clusters (the common rules:
// CR LF, combining marks, ZWJ emoji sequences, modifiers, flags).
func graphemes(s string) [][]rune {
	rs := []rune(s)
	var out [][]rune
	for i := 0; i < len(rs); {
		j := i + 1
		if rs[i] == '\r' && j < len(rs) && rs[j] == '\n' {
			j++
		} else if rs[i] != '\r' && rs[i] != '\n' {
			if isRegional(rs[i]) && j < len(rs) && isRegional(rs[j]) {
				j++
			}
			for j < len(rs) {
				if isExtend(rs[j]) {
					j++
					continue
				}
				if rs[j-1] == 0x200D && isPictographic(rs[j]) {
					j++
					continue
				}
				break
			}
		}
		out = append(out, rs[i:j])
		i = j
	}
	return out
}

func u16len(rs []rune) int { return len(utf16.Encode(rs)) }

type wordClass int

const (
	wcOther wordClass = iota
	wcLetter
	wcNumber
	wcSpace
	wcNewline
)

func classOf(c []rune) wordClass {
	r := c[0]
	switch {
	case r == '\r' || r == '\n':
		return wcNewline
	case unicode.IsSpace(r):
		return wcSpace
	case unicode.IsLetter(r):
		return wcLetter
	case unicode.IsDigit(r):
		return wcNumber
	}
	return wcOther
}

// words splits s at word boundaries: runs of letters and digits (joined
// by an apostrophe or period between letters, a comma or period between
// digits, an underscore), runs of spaces, and single other characters.
func words(s string) []segment {
	gs := graphemes(s)
	var out []segment
	idx := 0
	for i := 0; i < len(gs); {
		c := classOf(gs[i])
		j := i + 1
		word := c == wcLetter || c == wcNumber
		switch {
		case word:
			for j < len(gs) {
				k := classOf(gs[j])
				if k == wcLetter || k == wcNumber || gs[j][0] == '_' {
					j++
					continue
				}
				if j+1 < len(gs) {
					prev, next := classOf(gs[j-1]), classOf(gs[j+1])
					r := gs[j][0]
					if prev == wcLetter && next == wcLetter && (r == '\'' || r == '’' || r == ':' || r == '·') {
						j += 2
						continue
					}
					if prev == wcNumber && next == wcNumber && (r == '.' || r == ',' || r == '\'' || r == ';') {
						j += 2
						continue
					}
				}
				break
			}
		case c == wcSpace:
			for j < len(gs) && classOf(gs[j]) == wcSpace {
				j++
			}
		}
		var rs []rune
		for _, g := range gs[i:j] {
			rs = append(rs, g...)
		}
		out = append(out, segment{text: string(rs), index: idx, wordLike: word})
		idx += u16len(rs)
		i = j
	}
	return out
}

// sentences splits s after sentence terminators and the spaces that
// follow them, unless a period is followed by a lower-case letter, and
// after line breaks.
func sentences(s string) []segment {
	rs := []rune(s)
	var out []segment
	start, idx := 0, 0
	emit := func(end int) {
		if end > start {
			out = append(out, segment{text: string(rs[start:end]), index: idx})
			idx += u16len(rs[start:end])
			start = end
		}
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == '\r' || r == '\n' || r == 0x2029 {
			if r == '\r' && i+1 < len(rs) && rs[i+1] == '\n' {
				i++
			}
			emit(i + 1)
			continue
		}
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		j := i + 1
		for j < len(rs) && (rs[j] == '.' || rs[j] == '!' || rs[j] == '?' || rs[j] == '"' || rs[j] == '\'' || rs[j] == ')') {
			j++
		}
		k := j
		for k < len(rs) && (rs[k] == ' ' || rs[k] == '\t') {
			k++
		}
		if k == j && k < len(rs) {
			continue // no space: "3.5", "e.g"
		}
		if r == '.' && k < len(rs) && unicode.IsLower(rs[k]) {
			continue
		}
		if k < len(rs) && (rs[k] == '\r' || rs[k] == '\n') {
			continue
		}
		emit(k)
		i = k - 1
	}
	emit(len(rs))
	return out
}

// segmentText splits s by granularity.
func segmentText(granularity, s string) []segment {
	switch granularity {
	case "word":
		return words(s)
	case "sentence":
		return sentences(s)
	}
	var out []segment
	idx := 0
	for _, g := range graphemes(s) {
		out = append(out, segment{text: string(g), index: idx})
		idx += u16len(g)
	}
	return out
}
