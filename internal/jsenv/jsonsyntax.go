package jsenv

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"

	"github.com/dop251/goja"
)

// installJSONErrors words the SyntaxErrors of JSON.parse as Node does: goja
// says "Unexpected end of JSON input (EOF)" where V8 says "Unexpected end of
// JSON input", and code that shows or tests the message (body-parser,
// bundled, answers it to the client) must read the same. Valid texts pay
// one more call; a failed one is scanned again by JSONSyntaxError for V8's
// message.
func (e *Env) installJSONErrors() {
	vm := e.vm
	j, ok := vm.GlobalObject().Get("JSON").(*goja.Object)
	if !ok {
		return
	}
	parse, ok := goja.AssertFunction(j.Get("parse"))
	if !ok {
		return
	}
	syntaxError := vm.GlobalObject().Get("SyntaxError")
	wrapper := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		v, err := parse(call.This, call.Arguments...)
		if err == nil {
			return v
		}
		var ex *goja.Exception
		if !errors.As(err, &ex) {
			panic(err)
		}
		obj, isObj := ex.Value().(*goja.Object)
		if isObj && vm.InstanceOf(obj, syntaxError.ToObject(vm)) {
			if text, isString := call.Argument(0).Export().(string); isString {
				if msg, _ := JSONSyntaxError(text, 1<<20); msg != "" {
					old := obj.Get("message").String()
					must(obj.Set("message", msg))
					if st := obj.Get("stack"); st != nil && !goja.IsUndefined(st) {
						must(obj.Set("stack", strings.Replace(st.String(), old, msg, 1)))
					}
				}
			}
		}
		panic(ex.Value())
	})
	// as a built-in method: writable, configurable, not enumerable
	// (DefineDataProperty takes writable, configurable, enumerable)
	must(j.DefineDataProperty("parse", wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	if fn, ok := wrapper.(*goja.Object); ok {
		must(fn.DefineDataProperty("name", vm.ToValue("parse"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
		must(fn.DefineDataProperty("length", vm.ToValue(2), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}
}

// JSONSyntaxError checks the syntax of a JSON text before anything is built
// from it, in one pass and without allocating per value. It returns "" when
// the text is valid, else the message Node's JSON.parse gives for it (V8's
// wording and positions, in UTF-16 code units), so that body parsers' errors
// and the runtime's JSON.parse read as in Node. A text nested deeper than maxDepth is refused with a
// message of our own: parsing it would cost far more than its size (each
// level an object), which is how a small body could exhaust the host.
func JSONSyntaxError(s string, maxDepth int) (msg string, tooDeep bool) {
	c := jsonChecker{src: utf16.Encode([]rune(s)), orig: s, maxDepth: maxDepth}
	if ok := c.run(); ok {
		return "", false
	}
	return c.msg, c.tooDeep
}

// jsonChecker scans a JSON text as V8's parser does, stopping at the first
// error with V8's message for it.
type jsonChecker struct {
	src      []uint16
	orig     string
	pos      int
	maxDepth int
	msg      string
	tooDeep  bool
}

const jsonEOS = -1

func (c *jsonChecker) peek() int {
	if c.pos >= len(c.src) {
		return jsonEOS
	}
	return int(c.src[c.pos])
}

func (c *jsonChecker) skipSpace() int {
	for c.pos < len(c.src) {
		switch c.src[c.pos] {
		case ' ', '\t', '\n', '\r':
			c.pos++
		default:
			return int(c.src[c.pos])
		}
	}
	return jsonEOS
}

// fail records a message that names a position.
func (c *jsonChecker) fail(what string, pos int) bool {
	c.msg = fmt.Sprintf("%s in JSON at position %d", what, pos)
	return false
}

func (c *jsonChecker) eos() bool {
	c.msg = "Unexpected end of JSON input"
	return false
}

// unexpected reports the token at the current position as V8 does when no
// more specific message applies: by kind for the end, numbers and strings,
// else the character with the text (or the part of it around the error).
func (c *jsonChecker) unexpected() bool {
	ch := c.peek()
	switch {
	case ch == jsonEOS:
		return c.eos()
	case ch == '-' || (ch >= '0' && ch <= '9'):
		return c.fail("Unexpected number", c.pos)
	case ch == '"':
		return c.fail("Unexpected string", c.pos)
	}
	switch c.orig {
	case "NaN", "Infinity", "undefined", "[object Object]":
		c.msg = fmt.Sprintf("%q is not valid JSON", c.orig)
		return false
	}
	tok := string(utf16.Decode(c.src[c.pos : c.pos+1]))
	c.msg = fmt.Sprintf("Unexpected token '%s', %s is not valid JSON", tok, jsonContext(c.src, c.pos))
	return false
}

// StrictJSONError is body-parser's message for a JSON body whose first
// token (at byte at) is not { or [: as JSON.parse reports an unexpected
// token there.
func StrictJSONError(s string, at int) string {
	src := utf16.Encode([]rune(s))
	pos := len(utf16.Encode([]rune(s[:at])))
	tok := string(utf16.Decode(src[pos : pos+1]))
	return fmt.Sprintf("Unexpected token '%s', %s is not valid JSON", tok, jsonContext(src, pos))
}

// jsonContext is how V8 quotes the text in an unexpected-token message:
// whole when it is shorter than 21 code units, else ten units on each side
// of the error, with "..." where it was cut.
func jsonContext(src []uint16, pos int) string {
	const side = 10
	text := func(a, b int) string { return string(utf16.Decode(src[a:b])) }
	if len(src) < 2*side+1 {
		return `"` + text(0, len(src)) + `"`
	}
	var b strings.Builder
	start, end := 0, len(src)
	if pos >= side {
		start = pos - side
		b.WriteString("...")
	}
	if pos+side < len(src) {
		end = pos + side
	}
	b.WriteString(`"` + text(start, end) + `"`)
	if end < len(src) {
		b.WriteString("...")
	}
	return b.String()
}

func (c *jsonChecker) run() bool {
	if c.skipSpace() == jsonEOS {
		return c.eos()
	}
	if !c.value(0) {
		return false
	}
	if c.skipSpace() != jsonEOS {
		c.msg = fmt.Sprintf("Unexpected non-whitespace character after JSON at position %d", c.pos)
		return false
	}
	return true
}

// value checks one value at the current position (after white space).
func (c *jsonChecker) value(depth int) bool {
	switch ch := c.peek(); {
	case ch == '{':
		return c.object(depth + 1)
	case ch == '[':
		return c.array(depth + 1)
	case ch == '"':
		return c.str()
	case ch == '-' || (ch >= '0' && ch <= '9'):
		return c.number()
	case ch == 't':
		return c.literal("true")
	case ch == 'f':
		return c.literal("false")
	case ch == 'n':
		return c.literal("null")
	default:
		return c.unexpected()
	}
}

func (c *jsonChecker) nest(depth int) bool {
	if depth > c.maxDepth {
		c.tooDeep = true
		c.msg = fmt.Sprintf("JSON nested deeper than %d levels at position %d (refused before parsing)", c.maxDepth, c.pos)
		return false
	}
	return true
}

func (c *jsonChecker) object(depth int) bool {
	if !c.nest(depth) {
		return false
	}
	c.pos++ // {
	switch c.skipSpace() {
	case '}':
		c.pos++
		return true
	case '"':
	default:
		return c.fail("Expected property name or '}'", c.pos)
	}
	for first := true; ; first = false {
		if !c.str() {
			return false
		}
		if c.skipSpace() != ':' {
			// V8 words a missing colon differently after the first
			// property of an object.
			if first {
				return c.fail("Expected ':' after property name", c.pos)
			}
			return c.unexpected()
		}
		c.pos++
		if c.skipSpace() == jsonEOS {
			return c.eos()
		}
		if !c.value(depth) {
			return false
		}
		switch c.skipSpace() {
		case ',':
			c.pos++
			if c.skipSpace() != '"' {
				return c.fail("Expected double-quoted property name", c.pos)
			}
		case '}':
			c.pos++
			return true
		default:
			return c.fail("Expected ',' or '}' after property value", c.pos)
		}
	}
}

func (c *jsonChecker) array(depth int) bool {
	if !c.nest(depth) {
		return false
	}
	c.pos++ // [
	if c.skipSpace() == ']' {
		c.pos++
		return true
	}
	for {
		if c.skipSpace() == jsonEOS {
			return c.eos()
		}
		if !c.value(depth) {
			return false
		}
		switch c.skipSpace() {
		case ',':
			c.pos++
		case ']':
			c.pos++
			return true
		default:
			return c.fail("Expected ',' or ']' after array element", c.pos)
		}
	}
}

func (c *jsonChecker) literal(word string) bool {
	for i := 0; i < len(word); i++ {
		switch ch := c.peek(); {
		case ch == jsonEOS:
			return c.eos()
		case ch != int(word[i]):
			return c.unexpected()
		}
		c.pos++
	}
	return true
}

func isDigit(ch int) bool { return ch >= '0' && ch <= '9' }

func (c *jsonChecker) number() bool {
	if c.peek() == '-' {
		c.pos++
		if !isDigit(c.peek()) {
			return c.fail("No number after minus sign", c.pos)
		}
	}
	if c.peek() == '0' {
		c.pos++
		if isDigit(c.peek()) {
			return c.fail("Unexpected number", c.pos)
		}
	} else {
		for isDigit(c.peek()) {
			c.pos++
		}
	}
	if c.peek() == '.' {
		c.pos++
		if !isDigit(c.peek()) {
			return c.fail("Unterminated fractional number", c.pos)
		}
		for isDigit(c.peek()) {
			c.pos++
		}
	}
	if ch := c.peek(); ch == 'e' || ch == 'E' {
		c.pos++
		if ch := c.peek(); ch == '+' || ch == '-' {
			c.pos++
		}
		if !isDigit(c.peek()) {
			return c.fail("Exponent part is missing a number", c.pos)
		}
		for isDigit(c.peek()) {
			c.pos++
		}
	}
	return true
}

func isHexDigit(ch int) bool {
	return isDigit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F')
}

func (c *jsonChecker) str() bool {
	c.pos++ // "
	for {
		ch := c.peek()
		switch {
		case ch == jsonEOS:
			return c.fail("Unterminated string", c.pos)
		case ch == '"':
			c.pos++
			return true
		case ch < 0x20:
			return c.fail("Bad control character in string literal", c.pos)
		case ch == '\\':
			c.pos++
			switch esc := c.peek(); esc {
			case jsonEOS:
				return c.eos()
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				c.pos++
			case 'u':
				c.pos++
				for range 4 {
					if !isHexDigit(c.peek()) {
						return c.fail("Bad Unicode escape", c.pos)
					}
					c.pos++
				}
			default:
				if esc > 0xFF {
					return c.unexpected() // V8 words it so beyond Latin-1
				}
				return c.fail("Bad escaped character", c.pos)
			}
		default:
			c.pos++
		}
	}
}
