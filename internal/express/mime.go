package express

import (
	"errors"
	"strings"
	"sync"
)

// This file holds media types as Express resolves them: mime-types'
// lookup, charset and contentType over the table in mimedb.go, and the
// content-type package's lenient parse and strict format.

var (
	mimeOnce     sync.Once
	mimeByExt    map[string]string // extension without dot → type
	mimeCharsets map[string]string // type → charset (lower case)
)

func loadMime() {
	mimeOnce.Do(func() {
		mimeByExt = make(map[string]string, 1300)
		for _, line := range strings.Split(strings.TrimSpace(mimeTypesData), "\n") {
			f := strings.Fields(line)
			for _, ext := range f[1:] {
				mimeByExt[ext] = f[0]
			}
		}
		mimeCharsets = map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(mimeCharsetsData), "\n") {
			t, cs, _ := strings.Cut(line, " ")
			mimeCharsets[t] = cs
		}
	})
}

// mimeLookup is mime-types' lookup: the type of a file name, path or bare
// extension ("html", ".html", "a/b.html"), or "" when unknown.
func mimeLookup(path string) string {
	if path == "" {
		return ""
	}
	loadMime()
	p := "x." + path
	base := p[strings.LastIndexByte(p, '/')+1:]
	i := strings.LastIndexByte(base, '.')
	if i <= 0 || i == len(base)-1 {
		return ""
	}
	return mimeByExt[strings.ToLower(base[i+1:])]
}

// mimeCharset is mime-types' charset, lower-cased: the charset mime-db
// gives the type, utf-8 for other text types, "" otherwise.
func mimeCharset(t string) string {
	loadMime()
	t = strings.TrimLeft(t, " \t\n\r\f\v")
	if i := strings.IndexAny(t, "; \t\n\r\f\v"); i >= 0 {
		t = t[:i]
	}
	t = strings.ToLower(t)
	if cs, ok := mimeCharsets[t]; ok {
		return cs
	}
	if strings.HasPrefix(t, "text/") {
		return "utf-8"
	}
	return ""
}

// mimeContentType is mime-types' contentType: a type, or an extension
// looked up, with a charset added when the type has one. "" when unknown.
func mimeContentType(s string) string {
	if s == "" {
		return ""
	}
	t := s
	if !strings.Contains(s, "/") {
		if t = mimeLookup(s); t == "" {
			return ""
		}
	}
	if !strings.Contains(t, "charset") {
		if cs := mimeCharset(t); cs != "" {
			t += "; charset=" + cs
		}
	}
	return t
}

// mediaType is a parsed Content-Type: the lower-cased type and its
// parameters in order.
type mediaType struct {
	typ    string
	params []mediaParam
}

type mediaParam struct{ key, value string }

func (m *mediaType) param(key string) (string, bool) {
	for _, p := range m.params {
		if p.key == key {
			return p.value, true
		}
	}
	return "", false
}

func (m *mediaType) setParam(key, value string) {
	for i := range m.params {
		if m.params[i].key == key {
			m.params[i].value = value
			return
		}
	}
	m.params = append(m.params, mediaParam{key, value})
}

// parseMediaType is the content-type package's parse: lenient, it never
// fails. With comma, it stops at a comma (for Accept headers) and returns
// the index it stopped at.
func parseMediaType(h string, start int, comma bool) (mediaType, int) {
	stop := func(c byte) bool { return c == ';' || comma && c == ',' }
	n := len(h)
	i := skipOWS(h, start)
	vs := i
	for i < n && !stop(h[i]) {
		i++
	}
	m := mediaType{typ: strings.ToLower(h[vs:trailingOWS(h, vs, i)])}
params:
	for i < n {
		if comma && h[i] == ',' {
			break
		}
		i = skipOWS(h, i+1)
		ks := i
		for i < n {
			c := h[i]
			if comma && c == ',' {
				break params
			}
			if c == ';' {
				continue params
			}
			if c == '=' {
				key := strings.ToLower(h[ks:trailingOWS(h, ks, i)])
				i = skipOWS(h, i+1)
				if i < n && h[i] == '"' {
					i++
					var v strings.Builder
					for i < n {
						c := h[i]
						i++
						if c == '"' {
							for i < n && !stop(h[i]) {
								i++
							}
							if _, ok := m.param(key); !ok {
								m.params = append(m.params, mediaParam{key, v.String()})
							}
							break
						}
						if c == '\\' && i < n {
							v.WriteByte(h[i])
							i++
							continue
						}
						v.WriteByte(c)
					}
					continue params
				}
				vs := i
				for i < n && !stop(h[i]) {
					i++
				}
				if _, ok := m.param(key); !ok {
					m.params = append(m.params, mediaParam{key, h[vs:trailingOWS(h, vs, i)]})
				}
				continue params
			}
			i++
		}
	}
	return m, i
}

func skipOWS(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

func trailingOWS(s string, start, end int) int {
	for end > start && (s[end-1] == ' ' || s[end-1] == '\t') {
		end--
	}
	return end
}

// format is the content-type package's format: it fails on a type that is
// not token/token, as Express's res.send does with such a Content-Type.
func (m *mediaType) format() (string, error) {
	slash := strings.IndexByte(m.typ, '/')
	if slash <= 0 || slash == len(m.typ)-1 || !isToken(m.typ[:slash]) || !isToken(m.typ[slash+1:]) {
		return "", errors.New("Invalid type: " + m.typ)
	}
	var b strings.Builder
	b.WriteString(m.typ)
	for _, p := range m.params {
		if !isToken(p.key) {
			return "", errors.New("Invalid parameter name: " + p.key)
		}
		b.WriteString("; " + p.key + "=")
		switch {
		case isToken(p.value):
			b.WriteString(p.value)
		case isQuotable(p.value):
			b.WriteByte('"')
			for i := 0; i < len(p.value); i++ {
				if c := p.value[i]; c == '\\' || c == '"' {
					b.WriteByte('\\')
				}
				b.WriteByte(p.value[i])
			}
			b.WriteByte('"')
		default:
			return "", errors.New("Invalid parameter value: " + p.value)
		}
	}
	return b.String(), nil
}

func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || strings.IndexByte("!#$%&'*+.^_`|~-", c) >= 0 {
			continue
		}
		return false
	}
	return true
}

func isQuotable(s string) bool {
	for _, r := range s {
		if r != '\t' && (r < 0x20 || r > 0xff || r == 0x7f) {
			return false
		}
	}
	return true
}

// setCharset is Express's utils.setCharset: the type with its charset
// parameter set.
func setCharset(ct, charset string) (string, error) {
	m, _ := parseMediaType(ct, 0, false)
	m.setParam("charset", charset)
	return m.format()
}
