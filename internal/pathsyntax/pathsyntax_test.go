package pathsyntax

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// recorded is testdata/paths.json, written by conformance/gen-paths.mjs:
// generated patterns compiled by Express's router (its Layer, with end,
// sensitive and strict), and how it matched generated paths.
type recorded struct {
	Node  string `json:"node"`
	Cases []struct {
		Pattern   string `json:"p"`
		Prefix    bool   `json:"prefix"`
		Sensitive bool   `json:"sensitive"`
		Strict    bool   `json:"strict"`
		Err       string `json:"e"`
		Paths     []struct {
			Path      string               `json:"u"`
			Matched   *string              `json:"m"`
			Params    [][2]json.RawMessage `json:"q"`
			DecodeErr string               `json:"d"`
		} `json:"r"`
	} `json:"cases"`
}

// decodeCaptures gives the parameters as Express's router hands them on:
// decoded, a wildcard as the list of its segments, a later capture of a
// repeated name replacing an earlier one.
func decodeCaptures(caps []Capture) (map[string]any, error) {
	out := map[string]any{}
	decode := func(s string) (string, error) {
		v, ok := DecodeComponent(s)
		if !ok {
			return "", fmt.Errorf("Failed to decode param '%s'", s)
		}
		return v, nil
	}
	for _, c := range caps {
		if !c.Wildcard {
			v, err := decode(c.Raw)
			if err != nil {
				return nil, err
			}
			out[c.Name] = v
			continue
		}
		var vals []string
		for _, s := range strings.Split(c.Raw, "/") {
			v, err := decode(s)
			if err != nil {
				return nil, err
			}
			vals = append(vals, v)
		}
		out[c.Name] = vals
	}
	return out, nil
}

func format(m map[string]any) string {
	var parts []string
	for k, v := range m {
		parts = append(parts, fmt.Sprintf("%q=%q", k, v))
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

func TestRecordedExpress(t *testing.T) {
	raw, err := os.ReadFile("testdata/paths.json")
	if err != nil {
		t.Fatal(err)
	}
	var rec recorded
	if err := json.Unmarshal(raw, &rec); err != nil {
		t.Fatal(err)
	}
	fails, paths := 0, 0
	report := func(format string, args ...any) {
		fails++
		if fails <= 40 {
			t.Errorf(format, args...)
		}
	}
	for _, c := range rec.Cases {
		o := Options{CaseSensitive: c.Sensitive, Strict: c.Strict, Prefix: c.Prefix}
		p, err := Compile(c.Pattern, o)
		if c.Err != "" || err != nil {
			if err == nil || err.Error() != c.Err {
				report("Compile(%q, %+v) = %v, want %q", c.Pattern, o, err, c.Err)
			}
			continue
		}
		for _, w := range c.Paths {
			paths++
			n, caps, ok := p.Match(w.Path, nil)
			if ok != (w.Matched != nil || w.DecodeErr != "") {
				report("%q %+v on %q: ok=%v, want %v", c.Pattern, o, w.Path, ok, !ok)
				continue
			}
			if !ok {
				continue
			}
			got, err := decodeCaptures(caps)
			if w.DecodeErr != "" || err != nil {
				if err == nil || err.Error() != w.DecodeErr {
					report("%q %+v on %q: decode error %v, want %q", c.Pattern, o, w.Path, err, w.DecodeErr)
				}
				continue
			}
			want := map[string]any{}
			for _, kv := range w.Params {
				var name string
				_ = json.Unmarshal(kv[0], &name)
				var s string
				if json.Unmarshal(kv[1], &s) == nil {
					want[name] = s
				} else {
					var l []string
					_ = json.Unmarshal(kv[1], &l)
					want[name] = l
				}
			}
			if w.Path[:n] != *w.Matched || format(got) != format(want) {
				report("%q %+v on %q: matched %q %s, want %q %s", c.Pattern, o, w.Path, w.Path[:n], format(got), *w.Matched, format(want))
			}
		}
	}
	t.Logf("%d patterns, %d paths recorded with Node %s; %d differ", len(rec.Cases), paths, rec.Node, fails)
}
