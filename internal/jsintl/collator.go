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
	ignorePunctuation bool
}

func newCollator(tag language.Tag, sensitivity string, numeric, ignorePunctuation bool) *collator {
	var opts []collate.Option
	switch sensitivity {
	case "base":
		opts = append(opts, collate.IgnoreCase, collate.IgnoreDiacritics)
	case "accent":
		opts = append(opts, collate.IgnoreCase)
	case "case":
		opts = append(opts, collate.IgnoreDiacritics)
	}
	if numeric {
		opts = append(opts, collate.Numeric)
	}
	return &collator{c: collate.New(tag, opts...), ignorePunctuation: ignorePunctuation}
}

func (c *collator) compare(a, b string) int {
	if c.ignorePunctuation {
		a, b = stripPunct(a), stripPunct(b)
	}
	return c.c.CompareString(a, b)
}

func stripPunct(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
