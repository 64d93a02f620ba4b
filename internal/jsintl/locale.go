package jsintl

import (
	"strings"

	"golang.org/x/text/language"
)

// defaultLocale is the runtime's locale, as Node's is with LANG unset.
const defaultLocale = "en-US"

// canonicalize returns the canonical form of a BCP 47 tag
// (Intl.getCanonicalLocales), or false if it is not well-formed.
func canonicalize(tag string) (string, bool) {
	if tag == "" || strings.ContainsAny(tag, " _") {
		return "", false
	}
	t, err := language.Parse(tag)
	if err != nil {
		return "", false
	}
	s := t.String()
	// x/text maps deprecated codes ("iw" → "he") as CLDR's aliases do.
	return s, true
}

// dateLocaleFor picks the date data for the first requested locale that
// has it: en-GB, en-US, en (other English regions fall back to en), de
// and de-DE.
// Without one, the default locale's.
func dateLocaleFor(requested []string) *dateLocale {
	for _, r := range requested {
		t, err := language.Parse(r)
		if err != nil {
			continue
		}
		base, _ := t.Base()
		if base.String() == "de" {
			switch region, conf := t.Region(); {
			case conf != language.Exact:
				return dateDe
			case region.String() == "DE":
				return dateDeDE
			}
			continue // de-AT, de-CH...: their own month names and patterns
		}
		if base.String() != "en" {
			continue
		}
		region, conf := t.Region()
		switch {
		case conf == language.Exact && region.String() == "GB":
			return dateEnGB
		case conf == language.Exact && region.String() == "US":
			return dateEnUS
		}
		return dateEn
	}
	return dateEnUS
}

// supported filters requested locales to those this package formats in
// their own right (supportedLocalesOf).
func supported(requested []string) []string {
	out := []string{}
	for _, r := range requested {
		c, ok := canonicalize(r)
		if !ok {
			continue
		}
		t, _ := language.Parse(c)
		if base, _ := t.Base(); base.String() == "en" {
			out = append(out, c)
		}
	}
	return out
}
