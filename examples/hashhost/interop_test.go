package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

// checkPlugin calls host:password as a test needs: passwords arrive as
// UTF-16 code units (JSON decoders may replace a lone surrogate), and
// /call makes the calls that JSON cannot express. Errors answer 400 with
// their name, code and message.
const checkPlugin = `import express from "express";
import { hash, verify } from "host:password";
const text = (units) => String.fromCharCode(...units);
const fail = (res, e) => res.status(400).json({ name: e.name, code: e.code, message: e.message });
const calls = {
	"hash-number": () => hash(42),
	"hash-none": () => hash(),
	"hash-object": () => hash({ toString() { return "a password"; } }),
	"hash-lone-surrogate": () => hash("pass\ud800word"),
	"hash-long-astral": () => hash("\u{1F600}".repeat(19)),
	"hash-72-astral": () => hash("\u{1F600}".repeat(18)).then((h) => verify("\u{1F600}".repeat(18), h)),
	"verify-no-hash": () => verify("a password"),
	"verify-null-hash": () => verify("a password", null),
	"verify-not-bcrypt": () => verify("a password", "$1$abc$def"),
	"verify-cut-hash": () => verify("a password", "$2b$04$Tdxe6zZlzm04OvN5H2Edue8je7P.UlLbJYgdJeB8WPHmmuESnwD6"),
	"verify-2x": () => verify("a password", "$2x$04$Tdxe6zZlzm04OvN5H2Edue8je7P.UlLbJYgdJeB8WPHmmuESnwD6q"),
	"verify-2y": () => verify("a password", "$2y$04$Tdxe6zZlzm04OvN5H2Edue8je7P.UlLbJYgdJeB8WPHmmuESnwD6q"),
	"verify-too-costly": () => verify("a password", "$2a$15$" + "a".repeat(53)),
	"verify-bad-salt": () => verify("a password", "$2a$04$" + "!".repeat(53)),
};
export function setup(r) {
	r.use(express.json());
	r.post("/verify", async (req, res) => {
		try { res.json({ ok: await verify(text(req.body.password), req.body.hash) }); } catch (e) { fail(res, e); }
	});
	r.post("/hash", async (req, res) => {
		try { res.json({ hash: await hash(text(req.body.password)) }); } catch (e) { fail(res, e); }
	});
	r.get("/hash", async (req, res) => {
		res.type("text/plain").send(await hash(String(req.query.password ?? "")));
	});
	r.get("/call/:name", async (req, res) => {
		try { res.json({ value: await calls[req.params.name]() }); } catch (e) { fail(res, e); }
	});
}`

// checkAnswer is what checkPlugin answers.
type checkAnswer struct {
	OK      bool   `json:"ok"`
	Hash    string `json:"hash"`
	Value   any    `json:"value"`
	Name    string `json:"name"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// recording is testdata/bcryptjs.json: what bcryptjs, run by Node from
// bcryptjs/dist/bcryptjs.js, made of generated passwords
// (bcryptjs/record.mjs).
type recording struct {
	Node, Bcryptjs string
	BundleSha256   string
	Cases          []struct {
		Kind          string
		Password      string
		Units         []uint16 // the password's UTF-16 code units
		Bytes         int      // its length in UTF-8 (Node's Buffer.byteLength)
		Truncates     bool     // bcryptjs hashes only its first 72 bytes
		Cost          int
		Hash          string // bcryptjs's hash of it
		Wrong         string // another password
		WrongUnits    []uint16
		WrongBytes    int
		WrongVerifies bool // bcryptjs's compare of Wrong with Hash
	}
}

const bundlePath = "bcryptjs/dist/bcryptjs.js"

func loadRecording(t *testing.T) recording {
	t.Helper()
	b, err := os.ReadFile("testdata/bcryptjs.json")
	if err != nil {
		t.Fatal(err)
	}
	var rec recording
	if err := json.Unmarshal(b, &rec); err != nil {
		t.Fatal(err)
	}
	bundle, err := os.ReadFile(bundlePath)
	if err != nil {
		t.Fatal(err)
	}
	if sum := sha256.Sum256(bundle); hex.EncodeToString(sum[:]) != rec.BundleSha256 {
		t.Fatalf("testdata/bcryptjs.json was recorded from another %s: re-record it (cd bcryptjs && node record.mjs)", bundlePath)
	}
	if len(rec.Cases) < 50 {
		t.Fatalf("only %d recorded cases", len(rec.Cases))
	}
	return rec
}

// wellFormed reports whether UTF-16 code units hold no lone surrogate.
func wellFormed(units []uint16) bool {
	for i := 0; i < len(units); i++ {
		switch u := units[i]; {
		case utf16.IsSurrogate(rune(u)) && u < 0xDC00 && i+1 < len(units) && units[i+1] >= 0xDC00 && units[i+1] <= 0xDFFF:
			i++
		case utf16.IsSurrogate(rune(u)):
			return false
		}
	}
	return true
}

// expectVerify is what host:password's verify must do with a password
// and a bcryptjs hash: refuse what is not text or is past 72 bytes (which
// bcryptjs would have cut), else answer as bcrypt does (ok).
func expectVerify(units []uint16, bytes int, ok bool) checkAnswer {
	switch {
	case !wellFormed(units):
		return checkAnswer{Name: "TypeError", Code: "ERR_INVALID_ARG_VALUE"}
	case bytes > maxPasswordBytes:
		return checkAnswer{Name: "RangeError", Code: "ERR_PASSWORD_TOO_LONG"}
	}
	return checkAnswer{OK: ok}
}

// Every hash bcryptjs made in Node verifies with host:password, every other
// password does not, and what bcryptjs would silently cut or mangle is
// refused.
func TestBcryptjsHashesVerify(t *testing.T) {
	rec := loadRecording(t)
	h := startHashHost(t, config{})
	h.publish("check", checkPlugin, "")
	var refusedLong, refusedSurrogate, acceptedByBcryptjsOnly int
	for i, c := range rec.Cases {
		for _, try := range []struct {
			what  string
			units []uint16
			bytes int
			ok    bool
		}{
			{"password", c.Units, c.Bytes, true},
			{"wrong password", c.WrongUnits, c.WrongBytes, c.WrongVerifies},
		} {
			want := expectVerify(try.units, try.bytes, try.ok)
			var got checkAnswer
			code := h.post("/check/verify", map[string]any{"password": try.units, "hash": c.Hash}, &got)
			got.Message = ""
			if wantCode := map[bool]int{true: 200, false: 400}[want.Code == ""]; code != wantCode || got != want {
				t.Errorf("case %d (%s) %s %q with %s: %d %+v, want %d %+v", i, c.Kind, try.what, string(utf16.Decode(try.units)), c.Hash, code, got, wantCode, want)
			}
			if want.OK {
				// $2a$ and $2y$ name the same algorithm as bcryptjs's $2b$
				// (they differ only in how old C code treated lengths and
				// 8-bit characters)
				for _, prefix := range []string{"$2a$", "$2y$"} {
					other := prefix + c.Hash[4:]
					if code := h.post("/check/verify", map[string]any{"password": try.units, "hash": other}, &got); code != 200 || !got.OK {
						t.Errorf("case %d (%s) with %s: %d %+v, want 200 ok", i, c.Kind, other, code, got)
					}
				}
			}
			switch {
			case want.Code == "ERR_PASSWORD_TOO_LONG":
				refusedLong++
				if try.ok {
					acceptedByBcryptjsOnly++
				}
			case want.Code == "ERR_INVALID_ARG_VALUE":
				refusedSurrogate++
			}
		}
	}
	// the recording has what the test is about
	if refusedLong < 5 || refusedSurrogate < 2 || acceptedByBcryptjsOnly < 3 {
		t.Errorf("refused %d long and %d ill-formed passwords, %d that bcryptjs accepts: the recording lacks cases", refusedLong, refusedSurrogate, acceptedByBcryptjsOnly)
	}
	t.Logf("%d cases (Node %s, bcryptjs %s): %d passwords refused as too long (%d of them pass bcryptjs's compare, which cuts at 72 bytes), %d as not text",
		len(rec.Cases), rec.Node, rec.Bcryptjs, refusedLong, acceptedByBcryptjsOnly, refusedSurrogate)
}

// Hashes made by host:password verify in bcryptjs under Node, run from the
// same bundle that the recording came from; a changed password does not.
func TestHostHashesVerifyInBcryptjs(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: the hashes of host:password are not checked against bcryptjs")
	}
	rec := loadRecording(t)
	h := startHashHost(t, config{})
	h.publish("check", checkPlugin, "")
	type pair struct {
		Password []uint16 `json:"password"`
		Wrong    []uint16 `json:"wrong"`
		Hash     string   `json:"hash"`
	}
	var pairs []pair
	for i, c := range rec.Cases {
		if want := expectVerify(c.Units, c.Bytes, true); want.Code != "" {
			continue
		}
		var got checkAnswer
		if code := h.post("/check/hash", map[string]any{"password": c.Units}, &got); code != 200 || !strings.HasPrefix(got.Hash, fmt.Sprintf("$2a$%02d$", testCost)) || len(got.Hash) != 60 {
			t.Fatalf("case %d: hash %q: %d %+v", i, c.Password, code, got)
		}
		pairs = append(pairs, pair{c.Units, c.WrongUnits, got.Hash})
	}
	in, err := json.Marshal(pairs)
	if err != nil {
		t.Fatal(err)
	}
	bundle, err := filepath.Abs(bundlePath)
	if err != nil {
		t.Fatal(err)
	}
	script := `import { compareSync } from ` + strconvQuote((&url.URL{Scheme: "file", Path: bundle}).String()) + `;
import { readFileSync } from "node:fs";
const text = (units) => String.fromCharCode(...units);
const pairs = JSON.parse(readFileSync(0, "utf8"));
console.log(JSON.stringify(pairs.map((p) => [compareSync(text(p.password), p.hash), compareSync(text(p.wrong), p.hash)])));`
	cmd := exec.CommandContext(t.Context(), node, "--input-type=module", "-e", script)
	cmd.Stdin = strings.NewReader(string(in))
	cmd.WaitDelay = time.Second
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var results [][2]bool
	if err := json.Unmarshal(out, &results); err != nil || len(results) != len(pairs) {
		t.Fatalf("node answered %q (%v), want %d results", out, err, len(pairs))
	}
	for i, r := range results {
		if !r[0] || r[1] {
			t.Errorf("bcryptjs compare of %q with %s = %v, of %q = %v; want true, false", string(utf16.Decode(pairs[i].Password)), pairs[i].Hash, r[0], string(utf16.Decode(pairs[i].Wrong)), r[1])
		}
	}
	t.Logf("%d hashes of host:password verified by bcryptjs in Node", len(pairs))
}

func strconvQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// What a plugin gets for arguments that are not a password and a bcrypt
// hash: errors with Node-style codes, thrown at the call.
func TestArgumentErrors(t *testing.T) {
	h := startHashHost(t, config{})
	h.publish("check", checkPlugin, "")
	const notBcrypt = "host:password: the hash is not a bcrypt hash ($2a$, $2b$ or $2y$, 60 characters)"
	for _, c := range []struct {
		call string
		want checkAnswer
	}{
		{"hash-number", checkAnswer{Name: "TypeError", Code: "ERR_INVALID_ARG_TYPE", Message: "host:password: the password must be a string, not a number"}},
		{"hash-none", checkAnswer{Name: "TypeError", Code: "ERR_INVALID_ARG_TYPE", Message: "host:password: the password must be a string, not undefined"}},
		{"hash-object", checkAnswer{Name: "TypeError", Code: "ERR_INVALID_ARG_TYPE", Message: "host:password: the password must be a string, not an object (Object)"}},
		{"hash-lone-surrogate", checkAnswer{Name: "TypeError", Code: "ERR_INVALID_ARG_VALUE", Message: `host:password: the password has a lone surrogate (\ud800 at index 4): it is not text, and has no UTF-8 form to hash`}},
		{"hash-long-astral", checkAnswer{Name: "RangeError", Code: "ERR_PASSWORD_TOO_LONG", Message: "host:password: the password is 76 bytes in UTF-8; bcrypt uses at most 72, and longer passwords are refused rather than cut short"}},
		{"hash-72-astral", checkAnswer{Value: true}},
		{"verify-no-hash", checkAnswer{Name: "TypeError", Code: "ERR_INVALID_ARG_TYPE", Message: "host:password: the hash must be a string, not undefined"}},
		{"verify-null-hash", checkAnswer{Name: "TypeError", Code: "ERR_INVALID_ARG_TYPE", Message: "host:password: the hash must be a string, not null"}},
		{"verify-not-bcrypt", checkAnswer{Name: "TypeError", Code: "ERR_INVALID_ARG_VALUE", Message: notBcrypt}},
		{"verify-cut-hash", checkAnswer{Name: "TypeError", Code: "ERR_INVALID_ARG_VALUE", Message: notBcrypt}},
		{"verify-2x", checkAnswer{Name: "TypeError", Code: "ERR_INVALID_ARG_VALUE", Message: notBcrypt}},
		{"verify-2y", checkAnswer{Value: false}},
		{"verify-too-costly", checkAnswer{Name: "TypeError", Code: "ERR_INVALID_ARG_VALUE", Message: "host:password: the hash has cost 15; this host verifies hashes of cost 14 at most"}},
	} {
		var got checkAnswer
		resp, err := http.Get(h.api + "/check/call/" + c.call)
		if err != nil {
			t.Fatal(err)
		}
		err = json.NewDecoder(resp.Body).Decode(&got)
		resp.Body.Close()
		wantStatus := 400
		if c.want.Code == "" {
			wantStatus = 200
		}
		if err != nil || resp.StatusCode != wantStatus || got != c.want {
			t.Errorf("%s: %d %+v (%v), want %d %+v", c.call, resp.StatusCode, got, err, wantStatus, c.want)
		}
	}
	// A hash with a bad salt passes the shape check and fails in bcrypt,
	// on the hash's goroutine: the Promise rejects.
	var got checkAnswer
	resp, err := http.Get(h.api + "/check/call/verify-bad-salt")
	if err != nil {
		t.Fatal(err)
	}
	err = json.NewDecoder(resp.Body).Decode(&got)
	resp.Body.Close()
	if err != nil || resp.StatusCode != 400 || got.Name != "Error" || !strings.HasPrefix(got.Message, "host:password: ") {
		t.Errorf("verify with a bad salt: %d %+v (%v), want a rejected Promise", resp.StatusCode, got, err)
	}
}
