package express

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestJSONErrorsAsNode checks checkJSON against what Node's JSON.parse said
// about the same texts: valid ones pass, broken ones get V8's message. The
// texts are valid JSON documents mutated at every position
// (conformance/gen-json-errors.mjs).
func TestJSONErrorsAsNode(t *testing.T) {
	b, err := os.ReadFile("testdata/json-errors.json")
	if err != nil {
		t.Fatal(err)
	}
	var golden struct {
		Cases []struct {
			Text    string `json:"text"`
			OK      bool   `json:"ok"`
			Message string `json:"message"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(b, &golden); err != nil {
		t.Fatal(err)
	}
	checked, failed := 0, 0
	for _, c := range golden.Cases {
		if strings.ContainsRune(c.Text, '\uFFFD') {
			continue // a lone surrogate: Go strings cannot carry it
		}
		checked++
		got, _ := checkJSON(c.Text, 1000)
		want := c.Message
		if c.OK {
			want = ""
		}
		if got != want {
			failed++
			if failed <= 20 {
				t.Errorf("checkJSON(%q) = %q, Node says %q", c.Text, got, want)
			}
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d differ", failed, checked)
	}
	if checked < 5000 {
		t.Errorf("only %d cases checked", checked)
	}
}

func TestJSONDepthIsBounded(t *testing.T) {
	deep := strings.Repeat("[", 2000) + strings.Repeat("]", 2000)
	if msg, tooDeep := checkJSON(deep, 1000); !tooDeep || !strings.Contains(msg, "deeper than 1000") {
		t.Fatalf("checkJSON(2000 levels) = %q, %v", msg, tooDeep)
	}
	ok := strings.Repeat(`{"a":`, 1000) + "1" + strings.Repeat("}", 1000)
	if msg, _ := checkJSON(ok, 1000); msg != "" {
		t.Fatalf("1000 levels refused: %q", msg)
	}
	// A megabyte of "[" is refused at the bound, long before its end.
	if _, tooDeep := checkJSON(strings.Repeat("[", 1<<20), 1000); !tooDeep {
		t.Fatal("a megabyte of [ was not refused")
	}
}
