package form

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// recorded is testdata/forms.json, written by conformance/gen-forms.mjs:
// generated bodies parsed by qs.parse with body-parser 2's options, after
// its parameter count check.
type recorded struct {
	Node  string `json:"node"`
	Qs    string `json:"qs"`
	Cases []struct {
		Form     string `json:"f"`
		Extended int    `json:"x"`
		Depth    int    `json:"d"`
		Limit    int    `json:"l"`
		Latin1   int    `json:"latin1"`
		Entities int    `json:"ne"`
		Err      string `json:"err"`
		Result   string `json:"r"`
	} `json:"cases"`
}

// toJSON writes v as JSON.stringify writes the object qs returns.
func toJSON(b *strings.Builder, v Value) {
	switch t := v.(type) {
	case string:
		b.WriteString(jsonString(t))
	case *List:
		b.WriteByte('[')
		for i, item := range t.Items() {
			if i > 0 {
				b.WriteByte(',')
			}
			toJSON(b, item)
		}
		b.WriteByte(']')
	case *Object:
		b.WriteByte('{')
		for i, k := range t.Keys() {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(jsonString(k))
			b.WriteByte(':')
			toJSON(b, t.Get(k))
		}
		b.WriteByte('}')
	}
}

func jsonString(s string) string {
	var b strings.Builder
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	_ = e.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

// parseAsBodyParser is body-parser's urlencoded parse around Parse: its
// parameter count check, and the options it derives.
func parseAsBodyParser(form string, extended bool, depth, limit int, latin1, entities bool) (string, error) {
	if form == "" {
		return "{}", nil
	}
	count := strings.Count(form, "&") + 1
	if count > limit {
		return "", errTooMany
	}
	arrayLimit := count
	if extended {
		arrayLimit = max(100, count)
	}
	obj, err := Parse(form, Options{Depth: depth, ArrayLimit: arrayLimit, Latin1: latin1, NumericEntities: entities})
	if err != nil {
		return "", err
	}
	var b strings.Builder
	toJSON(&b, obj)
	return b.String(), nil
}

type tooMany struct{}

func (tooMany) Error() string { return "too many parameters" }

var errTooMany error = tooMany{}

func TestRecordedExpress(t *testing.T) {
	raw, err := os.ReadFile("testdata/forms.json")
	if err != nil {
		t.Fatal(err)
	}
	var rec recorded
	if err := json.Unmarshal(raw, &rec); err != nil {
		t.Fatal(err)
	}
	fails := 0
	for _, c := range rec.Cases {
		got, err := parseAsBodyParser(c.Form, c.Extended == 1, c.Depth, c.Limit, c.Latin1 == 1, c.Entities == 1)
		if err != nil {
			status := "400 "
			if err == errTooMany {
				status = "413 "
			}
			got = "ERR " + status + err.Error()
		}
		want := c.Result
		if c.Err != "" {
			want = "ERR " + c.Err
		}
		if got != want {
			fails++
			if fails <= 30 {
				t.Errorf("%q extended=%d depth=%d limit=%d latin1=%d entities=%d:\n got %s\nwant %s", c.Form, c.Extended, c.Depth, c.Limit, c.Latin1, c.Entities, got, want)
			}
		}
	}
	t.Logf("%d forms recorded with Node %s, qs %s; %d differ", len(rec.Cases), rec.Node, rec.Qs, fails)
}

func TestKeyOrder(t *testing.T) {
	o := newObject()
	for _, k := range []string{"b", "10", "a", "2", "01", "4294967295", "4294967294", "0"} {
		o.set(k, "")
	}
	if got := strings.Join(o.Keys(), " "); got != "0 2 10 4294967294 b a 01 4294967295" {
		t.Errorf("keys in order %s", got)
	}
}
