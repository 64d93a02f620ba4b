package jsintl

import (
	"strings"
	"unicode"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// collator is a resolved Intl.Collator over x/text's CLDR collation.
// A collate.Collator is not safe for concurrent use; a runtime uses its
// own from one goroutine.
type collator struct {
	c                 *collate.Collator
	caseless          *collate.Collator // for caseFirst "upper": the order without case
	ignorePunctuation bool
	caseOnly          bool // sensitivity "case": c ignores case and accents; then case alone decides
}

func newCollator(tag language.Tag, sensitivity string, numeric, ignorePunctuation bool, caseFirst string) *collator {
	var opts []collate.Option
	switch sensitivity {
	case "base":
		opts = append(opts, collate.IgnoreCase, collate.IgnoreDiacritics)
	case "accent":
		opts = append(opts, collate.IgnoreCase)
	}
	if numeric {
		opts = append(opts, collate.Numeric)
	}
	if sensitivity == "case" {
		opts = append(opts, collate.IgnoreCase, collate.IgnoreDiacritics)
	}
	c := &collator{c: collate.New(tag, opts...), ignorePunctuation: ignorePunctuation, caseOnly: sensitivity == "case"}
	if caseFirst == "upper" && (sensitivity == "variant" || sensitivity == "case") {
		c.caseless = collate.New(tag, append(opts, collate.IgnoreCase)...)
	}
	return c
}

func (c *collator) compare(a, b string) int {
	if c.ignorePunctuation {
		a, b = stripPunct(a), stripPunct(b)
	}
	if c.caseOnly {
		// x/text's IgnoreDiacritics still weighs accents at the case level:
		// compare without case and accents, then by the case of the letters.
		if r := c.c.CompareString(a, b); r != 0 {
			return r
		}
		ma, mb := caseMask(a), caseMask(b)
		n := min(len(ma), len(mb)) // "ß" and "ss" tie: no case tells them apart
		return strings.Compare(mb[:n], ma[:n])
	}
	if c.caseless != nil {
		// x/text has no caseFirst: order upper case first by comparing
		// with the cases swapped once the strings tie without case.
		if r := c.caseless.CompareString(a, b); r != 0 {
			return r
		}
		return c.c.CompareString(swapCase(a), swapCase(b))
	}
	return c.c.CompareString(a, b)
}

func swapCase(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, s)
}

// caseMask marks each letter "a" or "A" by case, so that lower case
// sorts first (the mask compares in reverse).
func caseMask(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			b.WriteByte('A')
		case unicode.IsLetter(r):
			b.WriteByte('a')
		}
	}
	return b.String()
}

func stripPunct(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
