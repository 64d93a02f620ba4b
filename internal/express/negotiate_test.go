package express

import (
	"slices"
	"testing"
)

// The expectations come from the negotiator package that Express 5.3.0
// uses, run in Node over the same inputs (conformance/node_modules), for
// edge cases the conformance recordings do not reach.
func TestNegotiate(t *testing.T) {
	cases := []struct {
		kind    negotiationKind
		header  string
		offered []string
		want    []string
	}{
		{negotiateType, "text/*, text/plain;q=0.5, */*;q=0.1", []string{"text/html", "text/plain", "image/png"}, []string{"text/html", "text/plain", "image/png"}},
		{negotiateType, "application/json;q=0, */*", []string{"application/json", "text/html"}, []string{"text/html"}},
		{negotiateType, "text/html;level=1, text/html;q=0.7", []string{"text/html", "text/html;level=1"}, []string{"text/html;level=1", "text/html"}},
		{negotiateType, "", []string{"text/html"}, []string{}},
		{negotiateType, "text/html;q=abc, text/plain;q=0.5x", []string{"text/html", "text/plain"}, []string{"text/plain"}},
		{negotiateType, "b/*;q=0.5, a/x, c/y;q=0.5", nil, []string{"a/x", "b/*", "c/y"}},
		{negotiateEncoding, "gzip;q=0, *;q=0.4", []string{"gzip", "identity", "br"}, []string{"identity", "br"}},
		{negotiateEncoding, "br;q=0.2, gzip;q=0.6", nil, []string{"gzip", "br", "identity"}},
		{negotiateEncoding, "", []string{"gzip", "identity"}, []string{"identity"}},
		{negotiateCharset, "iso-8859-1;q=0.3, *;q=0.5", []string{"utf-8", "ISO-8859-1"}, []string{"utf-8", "ISO-8859-1"}},
		{negotiateLanguage, "en, fr-CA;q=0.8", []string{"fr", "en-GB", "fr-CA", "de"}, []string{"en-GB", "fr-CA", "fr"}},
		{negotiateLanguage, "en-US;q=0.5, en;q=0.9", []string{"en-us", "EN"}, []string{"EN", "en-us"}},
		{negotiateLanguage, "*;q=0.1, de", []string{"fr", "de-AT"}, []string{"de-AT", "fr"}},
	}
	for _, c := range cases {
		got := negotiate(c.kind, c.header, true, c.offered)
		if len(got) == 0 && len(c.want) == 0 {
			continue
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("negotiate(%d, %q, %q) = %q, want %q", c.kind, c.header, c.offered, got, c.want)
		}
	}
	// An absent header accepts any type, charset and language, and only
	// identity among encodings.
	for kind, want := range map[negotiationKind][]string{negotiateType: {"*/*"}, negotiateEncoding: {"identity"}, negotiateCharset: {"*"}, negotiateLanguage: {"*"}} {
		if got := negotiate(kind, "", false, nil); !slices.Equal(got, want) {
			t.Errorf("absent header, kind %d: %q, want %q", kind, got, want)
		}
	}
}
