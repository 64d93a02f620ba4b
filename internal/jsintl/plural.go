package jsintl

import (
	"sort"
	"strconv"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

var formNames = map[plural.Form]string{
	plural.Other: "other", plural.Zero: "zero", plural.One: "one", plural.Two: "two", plural.Few: "few", plural.Many: "many",
}

// pluralRules is a resolved Intl.PluralRules: x/text's CLDR rules applied
// to the number as the digit options format it.
type pluralRules struct {
	tag   language.Tag
	rules *plural.Rules
	nf    *numberFormat
}

// operands computes CLDR's plural operands of a formatted absolute value.
func operands(in, fr string) (i, v, w, f, t int) {
	if len(in) > 7 {
		in = in[len(in)-7:]
	}
	i, _ = strconv.Atoi(in)
	v = len(fr)
	trimmed := fr
	for len(trimmed) > 0 && trimmed[len(trimmed)-1] == '0' {
		trimmed = trimmed[:len(trimmed)-1]
	}
	w = len(trimmed)
	if len(fr) > 7 {
		fr = fr[:7]
	}
	if len(trimmed) > 7 {
		trimmed = trimmed[:7]
	}
	f, _ = strconv.Atoi("0" + fr)
	t, _ = strconv.Atoi("0" + trimmed)
	return
}

func (p *pluralRules) selectForm(x float64) string {
	parts := p.nf.format(x)
	var in, fr string
	for _, pt := range parts {
		switch pt.typ {
		case "integer":
			in += pt.value
		case "fraction":
			fr += pt.value
		}
	}
	if in == "" {
		return "other"
	}
	i, v, w, f, t := operands(in, fr)
	if p.millionsMany(in, v) {
		return "many"
	}
	return formNames[p.rules.MatchPlural(p.tag, i, v, w, f, t)]
}

// manyMillions are the languages whose CLDR 38+ cardinal rules call whole
// millions "many" (x/text's older data does not).
var manyMillions = map[string]bool{"fr": true, "es": true, "it": true, "pt": true, "ca": true}

func (p *pluralRules) millionsMany(in string, v int) bool {
	base, _ := p.tag.Base()
	if p.rules != plural.Cardinal || !manyMillions[base.String()] || v != 0 || len(in) < 7 {
		return false
	}
	return in[len(in)-6:] == "000000"
}

// categories lists the forms a locale uses, as Node orders them.
func (p *pluralRules) categories() []string {
	seen := map[string]bool{}
	probe := func(i, v, f int) {
		seen[formNames[p.rules.MatchPlural(p.tag, i, v, v, f, f)]] = true
	}
	for i := 0; i <= 1000; i++ {
		probe(i, 0, 0)
	}
	for _, i := range []int{1000000, 2000000, 10000000} {
		probe(i, 0, 0)
	}
	for f := 1; f < 10; f++ {
		probe(0, 1, f)
		probe(1, 1, f)
		probe(2, 1, f)
	}
	if base, _ := p.tag.Base(); p.rules == plural.Cardinal && manyMillions[base.String()] {
		seen["many"] = true
	}
	out := []string{}
	for k := range seen {
		if k != "other" {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return append(out, "other")
}
