// Package esmlite compiles an ES module that imports nothing but host
// modules for goja, without a bundler.
//
// goja runs scripts, not modules, so the loader bundles every plugin with
// esbuild into a CommonJS function. For a module of its own, that build is
// most of what a plugin's start costs (about 0.5 ms of CPU for a three-line
// module: esbuild's runtime helpers are parsed, linked and printed for each
// build) and it hands goja a reprinted copy of the code.
//
// esmlite lets goja's own parser do the reading. export and import are
// reserved words to goja, so parsing a module stops at the first of them
// and says where it is; esmlite rewrites that declaration in place (the
// same length or shorter, line breaks kept, so that nothing moves) and
// parses again, until the parse succeeds, at most maxSites times. Then it
// checks the result against goja's syntax tree:
//
//   - an export keyword, blanked, lies between two top-level statements and
//     the statement after it declares the name read there (function, async
//     function, function*, class, const, let or var of one binding; with
//     export default, a named function or class, or, for any other
//     expression, "let $default=" in the keywords' place);
//   - an export list (export { a, b as c }, names and commas only), blanked,
//     lies between statements and names bindings of the module;
//   - an import of a host module becomes a const declaration of what it
//     binds from a call of a helper (see importAt and Imports), found where
//     it was written; imports come before any other statement (a module's
//     are hoisted, these run where they stand).
//
// The statements become the body of a function that takes the import
// helpers and returns the exports, with the positions of the module's text:
// every line and column stays where the author wrote it, and functions
// print their own source.
//
// Whatever esmlite declines, the caller bundles as before (esbuild then
// gives the errors): imports of anything but host modules, dynamic import,
// import.meta, a default import together with named ones, re-exports, more
// than one binding in an exported declaration, no export at all (CommonJS),
// and a module that mentions require, exports, arguments or a source map,
// which a bundle and a function give meanings a module does not have.
//
// Semantics are those of a module: the code is strict, top-level this is
// undefined, and the exports are live bindings (getters, as esbuild's
// CommonJS output has them). Differences, as in esbuild's output: an
// anonymous function exported by default is named $default (not default)
// and is not hoisted; named imports are read when the module starts (a host
// module does not change them). Top-level await is not supported (esbuild's
// CommonJS output does not support it either): an await outside an async
// function is goja's identifier, a syntax or reference error.
package esmlite

import (
	"errors"
	"slices"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"
	"github.com/dop251/goja/token"
	"github.com/dop251/goja/unistring"

	"github.com/plugmux/plugmux/internal/jsutil"
)

// maxSites bounds the parses of one module (one per export or import).
const maxSites = 64

// The wrapper function's parameters, which the rewritten imports call with
// the module specifier: $d gives a host module's default export, $n its
// namespace, $i the module itself (for named imports and side effects).
// A module that declares one of these names is declined.
var importHelpers = []string{"$d", "$n", "$i"}

// Parse parses src, the ES module at name, into a program whose value is a
// function; called with an undefined this and the import helpers (see
// importHelpers; the caller's Imports), the function runs the module's
// body and returns its exports object (a null-prototype object of
// getters). Compile the program as strict code. isHost says which
// specifiers name host modules, the only ones a module may import here.
// ok is false when the module is not one esmlite can take (see the
// package comment); the caller then bundles it.
func Parse(name, src string, isHost func(spec string) bool) (prg *ast.Program, ok bool) {
	if declined(src) {
		return nil, false
	}
	text := []byte(src)
	var sites []site
	for range maxSites + 1 {
		prg, err := parser.ParseFile(nil, name, string(text)+tail(sites), 0)
		if err == nil {
			if !slices.ContainsFunc(sites, func(s site) bool { return s.kind != "import" }) || !verify(prg, sites, len(src)) {
				return nil, false
			}
			return wrap(prg), true
		}
		s, ok := siteAt(text, err, isHost)
		if !ok {
			return nil, false
		}
		if s.kind == "import" {
			for _, e := range s.edits {
				copy(text[e.at:], e.text)
			}
		} else {
			for i := s.start; i < s.end; i++ {
				if text[i] != '\n' && text[i] != '\r' {
					text[i] = ' ' // lines stay where they are
				}
			}
			if s.kind == "expression" {
				copy(text[s.start:], defaultPrefix)
			}
		}
		sites = append(sites, s)
	}
	return nil, false
}

// declined reports words whose meaning a script would change: require,
// exports and arguments are free names a bundle binds (CommonJS code uses
// the first two; the wrapper function has arguments of its own), a source
// map comment asks for the author's sources, a hashbang is for esbuild to
// strip, and import.meta needs the bundle's define.
func declined(src string) bool {
	return strings.Contains(src, "import.meta") || strings.Contains(src, "require") || strings.Contains(src, "exports") ||
		strings.Contains(src, "arguments") || strings.Contains(src, "sourceMappingURL") ||
		strings.HasPrefix(src, "#!")
}

// A site is one export or import declaration the parser stopped at.
type site struct {
	start, end int    // its text: "export" or "export default" (blanked), a list, an import
	decl       int    // where the declaration starts (async, or its keyword)
	keyword    int    // where its keyword is
	kind       string // the keyword: function, class, const, let or var; or list, or expression (export default of one)
	local      string // the name it declares
	isDefault  bool
	list       []alias // for "export { a, b as c }": what it exports (kind "list")
	// an import (kind "import"): its rewrite, the helper it calls and the
	// module it names
	edits        []edit
	helper, spec string
}

// alias is one entry of an export list: local exported as name.
type alias struct{ local, name string }

// An edit overwrites text at an offset (an import's rewrite, which keeps
// every other character where it was).
type edit struct {
	at   int
	text string
}

// importAt reads the import declaration at at and plans its rewrite into
// a declaration of the same length or shorter, on the same lines:
//
//	import x from "m"          →  const x=$d("m")
//	import * as ns from "m"    →  const     ns=$n("m")
//	import { a, b as c } from "m" → const  { a, b :  c }=$i("m")
//	import "m"                 →  $i("m")
//
// The specifier must be a host module and a plain string literal; the
// from-clause and the specifier must share a line. Other forms (a default
// with named imports, dynamic import, import attributes) are declined.
func importAt(text []byte, at int, isHost func(string) bool) (site, bool) {
	s := site{kind: "import", start: at, decl: at, keyword: at}
	i := skipSpace(text, at+len("import"))
	if i < len(text) && (text[i] == '"' || text[i] == '\'') {
		spec, end, ok := specifierAt(text, i, isHost)
		if !ok || end-at < len("$i()")+end-i {
			return site{}, false
		}
		s.end, s.helper, s.spec = end, "$i", spec
		s.edits = append(s.edits, edit{at, padded("$i("+string(text[i:end])+")", end-at)})
		return s, !lineBreak(text[at:end])
	}
	s.edits = append(s.edits, edit{at, "const "})
	var clauseEnd int
	switch {
	case i < len(text) && text[i] == '*':
		j := skipSpace(text, i+1)
		if !hasWord(text, j, "as") {
			return site{}, false
		}
		name, end, ok := nameAt(text, skipSpace(text, j+len("as")))
		if !ok {
			return site{}, false
		}
		s.helper, s.local, clauseEnd = "$n", name, end
		s.edits = append(s.edits, edit{i, " "}, edit{j, "  "})
	case i < len(text) && text[i] == '{':
		end, asAt, ok := importList(text, i+1)
		if !ok {
			return site{}, false
		}
		s.helper, clauseEnd = "$i", end
		for _, a := range asAt {
			s.edits = append(s.edits, edit{a, ": "})
		}
	default:
		name, end, ok := nameAt(text, i)
		if !ok || name == "from" {
			return site{}, false
		}
		s.helper, s.local, clauseEnd = "$d", name, end
	}
	j := skipSpace(text, clauseEnd)
	if !hasWord(text, j, "from") {
		return site{}, false
	}
	k := skipSpace(text, j+len("from"))
	spec, end, ok := specifierAt(text, k, isHost)
	if !ok || lineBreak(text[clauseEnd:end]) || end-clauseEnd < len("=$d()")+end-k {
		return site{}, false
	}
	if n := skipSpace(text, end); hasWord(text, n, "with") || hasWord(text, n, "assert") {
		return site{}, false // import attributes
	}
	s.end, s.spec = end, spec
	s.edits = append(s.edits, edit{clauseEnd, padded("="+s.helper+"("+string(text[k:end])+")", end-clauseEnd)})
	return s, true
}

// importList reads the names of an import list from after its brace, at
// i: names, "as" and commas only. It returns the offset after the closing
// brace and where each "as" is.
func importList(text []byte, i int) (end int, asAt []int, ok bool) {
	for {
		i = skipSpace(text, i)
		if i < len(text) && text[i] == '}' {
			return i + 1, asAt, true
		}
		_, j, ok := nameAt(text, i)
		if !ok {
			return 0, nil, false
		}
		if k := skipSpace(text, j); hasWord(text, k, "as") {
			asAt = append(asAt, k)
			if _, j, ok = nameAt(text, skipSpace(text, k+len("as"))); !ok {
				return 0, nil, false
			}
		}
		i = skipSpace(text, j)
		if i < len(text) && text[i] == ',' {
			i++
		} else if i == len(text) || text[i] != '}' {
			return 0, nil, false
		}
	}
}

// specifierAt reads a string literal without escapes at i that names a
// host module.
func specifierAt(text []byte, i int, isHost func(string) bool) (spec string, end int, ok bool) {
	if i >= len(text) || text[i] != '"' && text[i] != '\'' {
		return "", 0, false
	}
	q := i + 1
	for q < len(text) && text[q] != text[i] {
		if text[q] == '\\' || text[q] == '\n' || text[q] == '\r' {
			return "", 0, false
		}
		q++
	}
	if q == len(text) {
		return "", 0, false
	}
	spec = string(text[i+1 : q])
	return spec, q + 1, isHost != nil && isHost(spec)
}

// padded is s followed by spaces to n bytes.
func padded(s string, n int) string { return s + strings.Repeat(" ", n-len(s)) }

func lineBreak(b []byte) bool {
	return slices.ContainsFunc(b, func(c byte) bool { return c == '\n' || c == '\r' })
}

// siteAt reads the parse error err: if goja stopped at an export or an
// import keyword (reserved words to it), the site there.
func siteAt(text []byte, err error, isHost func(string) bool) (site, bool) {
	var list parser.ErrorList
	if !errors.As(err, &list) || len(list) == 0 || list[0].Message != "Unexpected reserved word" {
		return site{}, false
	}
	at, ok := offsetOf(text, list[0].Position)
	switch {
	case !ok:
		return site{}, false
	case hasWord(text, at, "export"):
		return exportAt(text, at)
	case hasWord(text, at, "import"):
		return importAt(text, at, isHost)
	}
	return site{}, false
}

// exportAt reads the export keyword at: the site of that keyword and of
// the name declared after it. The name is read only where the declaration
// follows after plain spaces; verify checks it against the syntax tree.
func exportAt(text []byte, at int) (site, bool) {
	s := site{start: at, end: at + len("export")}
	i := skipSpace(text, s.end)
	if i < len(text) && text[i] == '{' {
		return exportList(text, s, i+1)
	}
	if hasWord(text, i, "default") {
		s.isDefault, s.end = true, i+len("default")
		if d, ok := declarationAt(text, s, skipSpace(text, s.end)); ok {
			return d, true
		}
		// export default of an expression (an anonymous function, an
		// object): "let $default=" takes the place of the keywords
		s.kind, s.local, s.decl, s.keyword = "expression", defaultBinding, s.start, s.start
		oneLine := !slices.ContainsFunc(text[s.start:s.end], func(c byte) bool { return c == '\n' || c == '\r' })
		return s, oneLine && s.end-s.start >= len(defaultPrefix)
	}
	return declarationAt(text, s, i)
}

// defaultBinding holds the value of export default of an expression:
// defaultPrefix overwrites "export default" (14 characters or more). A
// module with a binding of that name fails to parse and is declined.
const (
	defaultBinding = "$default"
	defaultPrefix  = "let " + defaultBinding + "="
)

// declarationAt reads the declaration at i that site s exports: its
// keyword and the name it declares.
func declarationAt(text []byte, s site, i int) (site, bool) {
	s.decl = i
	if hasWord(text, i, "async") {
		i = skipSpace(text, i+len("async"))
		if !hasWord(text, i, "function") {
			return site{}, false
		}
	}
	for _, kind := range []string{"function", "class", "const", "let", "var"} {
		if hasWord(text, i, kind) {
			s.kind, s.keyword = kind, i
			i += len(kind)
			break
		}
	}
	if s.kind == "" || s.isDefault && s.kind != "function" && s.kind != "class" {
		return site{}, false
	}
	i = skipSpace(text, i)
	if s.kind == "function" && i < len(text) && text[i] == '*' {
		i = skipSpace(text, i+1)
	}
	var ok bool
	if s.local, _, ok = nameAt(text, i); !ok {
		return site{}, false
	}
	return s, true
}

// exportList reads "export { a, b as c }" from the entry after its brace,
// at i: names of local bindings (verify checks that they are declared),
// white space and commas only. The whole list is blanked; a re-export
// (from) is not taken.
func exportList(text []byte, s site, i int) (site, bool) {
	s.kind = "list"
	for {
		i = skipSpace(text, i)
		if i < len(text) && text[i] == '}' {
			break
		}
		local, j, ok := nameAt(text, i)
		if !ok {
			return site{}, false
		}
		name := local
		if k := skipSpace(text, j); hasWord(text, k, "as") {
			if name, j, ok = nameAt(text, skipSpace(text, k+len("as"))); !ok {
				return site{}, false
			}
		}
		s.list = append(s.list, alias{local: local, name: name})
		i = skipSpace(text, j)
		if i < len(text) && text[i] == ',' {
			i++
		} else if i == len(text) || text[i] != '}' {
			return site{}, false
		}
	}
	s.end = i + 1
	if hasWord(text, skipSpace(text, s.end), "from") {
		return site{}, false
	}
	return s, true
}

// nameAt reads a name (ASCII letters, digits, _ and $) at i; end is past it.
func nameAt(text []byte, i int) (name string, end int, ok bool) {
	end = i
	for end < len(text) && isNameByte(text[end]) {
		end++
	}
	if end == i || '0' <= text[i] && text[i] <= '9' {
		return "", i, false
	}
	return string(text[i:end]), end, true
}

// offsetOf is the byte offset of a position goja reported (its columns
// count bytes from the line's start).
func offsetOf(text []byte, p file.Position) (int, bool) {
	line, i := 1, 0
	for line < p.Line && i < len(text) {
		switch text[i] {
		case '\n':
			line++
		case '\r':
			if i+1 >= len(text) || text[i+1] != '\n' {
				line++
			}
		case 0xe2: // U+2028 and U+2029 end lines too
			if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xa8 || text[i+2] == 0xa9) {
				line++
				i += 2
			}
		}
		i++
	}
	at := i + p.Column - 1
	return at, line == p.Line && at >= 0 && at < len(text)
}

// hasWord reports whether text has the word w at i, not followed by more
// of a name.
func hasWord(text []byte, i int, w string) bool {
	return i+len(w) <= len(text) && string(text[i:i+len(w)]) == w && (i+len(w) == len(text) || !isNameByte(text[i+len(w)]))
}

func skipSpace(text []byte, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
		i++
	}
	return i
}

func isNameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '$'
}

// exports is what the site exports.
func (s site) exports() []alias {
	switch {
	case s.kind == "import":
		return nil
	case s.kind == "list":
		return s.list
	case s.isDefault:
		return []alias{{local: s.local, name: "default"}}
	}
	return []alias{{local: s.local, name: s.local}}
}

// tail is the statement appended to the module's text that builds the
// exports object: "\n;(" and an object literal of getters.
func tail(sites []site) string {
	var b strings.Builder
	b.WriteString("\n;({__proto__: null")
	for _, s := range sites {
		for _, a := range s.exports() {
			b.WriteString(", get ")
			b.WriteString(a.name)
			b.WriteString("() { return ")
			b.WriteString(a.local)
			b.WriteString(" }")
		}
	}
	b.WriteString("});\n")
	return b.String()
}

// verify checks the sites against goja's parse of the text with their
// keywords blanked: the last statement is the exports object and the
// module's own statements end before it; each blanked keyword lies between
// statements, and the next statement is the declaration exportAt read,
// where it read it; no name is exported twice.
func verify(prg *ast.Program, sites []site, end int) bool {
	body := prg.Body
	if len(body) == 0 {
		return false
	}
	last, ok := body[len(body)-1].(*ast.ExpressionStatement)
	if !ok || int(last.Idx0())-1 != end+3 {
		return false
	}
	if _, ok := last.Expression.(*ast.ObjectLiteral); !ok {
		return false
	}
	body = body[:len(body)-1]
	if n := len(body); n > 0 {
		if _, ok := body[n-1].(*ast.EmptyStatement); ok && int(body[n-1].Idx0())-1 == end+1 {
			body = body[:n-1] // the ";" before the object
		}
	}
	if n := len(body); n > 0 && int(body[n-1].Idx1())-1 > end {
		return false // the module's last statement took the ";" (a trailing "if (x)")
	}
	exported := map[string]bool{}
	var declared map[string]bool
	imported, lastImport := map[int]bool{}, -1
	for _, s := range sites {
		for _, a := range s.exports() {
			if exported[a.name] {
				return false // a syntax error in a module
			}
			exported[a.name] = true
		}
		// the first statement that starts after the blanked text (for
		// export default of an expression, at defaultPrefix)
		after := s.end
		if s.kind == "expression" || s.kind == "import" {
			after = s.start
		}
		i, _ := slices.BinarySearchFunc(body, after, func(st ast.Statement, off int) int {
			return int(st.Idx0()) - 1 - off
		})
		if i > 0 && int(body[i-1].Idx1())-1 > s.start {
			return false // the text was inside a statement
		}
		if s.kind == "import" {
			if i == len(body) || !imports(body[i], s) {
				return false
			}
			imported[i] = true
			lastImport = max(lastImport, i)
			continue
		}
		if s.kind == "list" {
			if declared == nil {
				declared = topLevelNames(prg)
			}
			for _, a := range s.list {
				if !declared[a.local] {
					return false // not a binding of the module
				}
			}
			continue
		}
		if i == len(body) || !declares(body[i], s) {
			return false
		}
	}
	if lastImport >= 0 {
		// imports are hoisted in a module: here they run where they stand,
		// so nothing may run before them; and the helpers must be the
		// wrapper's, not a declaration of the module
		for i := range lastImport {
			if _, empty := body[i].(*ast.EmptyStatement); !imported[i] && !empty {
				return false
			}
		}
		names := topLevelNames(prg)
		if slices.ContainsFunc(importHelpers, func(h string) bool { return names[h] }) {
			return false
		}
	}
	return true
}

// imports reports whether st is the rewrite of import site s: a const
// declaration (or, for import "m", a call) whose value is the site's helper
// called with its specifier, within the site's text.
func imports(st ast.Statement, s site) bool {
	if int(st.Idx0())-1 != s.start || int(st.Idx1())-1 > s.end {
		return false
	}
	call := func(e ast.Expression) bool {
		c, ok := e.(*ast.CallExpression)
		if !ok || len(c.ArgumentList) != 1 {
			return false
		}
		f, ok := c.Callee.(*ast.Identifier)
		arg, ok2 := c.ArgumentList[0].(*ast.StringLiteral)
		return ok && ok2 && f.Name.String() == s.helper && arg.Value.String() == s.spec
	}
	switch st := st.(type) {
	case *ast.ExpressionStatement:
		return s.local == "" && s.helper == "$i" && call(st.Expression)
	case *ast.LexicalDeclaration:
		if st.Token != token.CONST || len(st.List) != 1 || !call(st.List[0].Initializer) {
			return false
		}
		if s.local == "" {
			_, ok := st.List[0].Target.(*ast.ObjectPattern)
			return ok
		}
		id, ok := st.List[0].Target.(*ast.Identifier)
		return ok && id.Name.String() == s.local
	}
	return false
}

// topLevelNames is the names the module declares at its top level.
func topLevelNames(prg *ast.Program) map[string]bool {
	names := map[string]bool{}
	bind := func(list []*ast.Binding) {
		for _, b := range list {
			if id, ok := b.Target.(*ast.Identifier); ok {
				names[id.Name.String()] = true
			}
		}
	}
	for _, st := range prg.Body {
		switch st := st.(type) {
		case *ast.FunctionDeclaration:
			if st.Function.Name != nil {
				names[st.Function.Name.Name.String()] = true
			}
		case *ast.ClassDeclaration:
			if st.Class.Name != nil {
				names[st.Class.Name.Name.String()] = true
			}
		case *ast.LexicalDeclaration:
			bind(st.List)
		}
	}
	for _, d := range prg.DeclarationList {
		bind(d.List)
	}
	return names
}

// declares reports whether st is the declaration of site s.
func declares(st ast.Statement, s site) bool {
	at := int(st.Idx0()) - 1
	if at != s.decl && at != s.keyword {
		return false
	}
	switch st := st.(type) {
	case *ast.FunctionDeclaration:
		f := st.Function
		return s.kind == "function" && f.Name != nil && f.Name.Name.String() == s.local
	case *ast.ClassDeclaration:
		c := st.Class
		return s.kind == "class" && c.Name != nil && c.Name.Name.String() == s.local
	case *ast.VariableStatement:
		return s.kind == "var" && single(st.List, s.local)
	case *ast.LexicalDeclaration:
		return (s.kind == "let" || s.kind == "const" || s.kind == "expression" && st.Token == token.LET) && single(st.List, s.local)
	}
	return false
}

// single reports whether list binds exactly one identifier, name.
func single(list []*ast.Binding, name string) bool {
	if len(list) != 1 {
		return false
	}
	id, ok := list[0].Target.(*ast.Identifier)
	return ok && id.Name.String() == name
}

// wrap makes the module's statements the body of a function expression,
// with the exports object as its return value. The function has the
// positions of the module's text, so that goja reports them unchanged.
func wrap(prg *ast.Program) *ast.Program {
	body := slices.Clone(prg.Body)
	last := body[len(body)-1].(*ast.ExpressionStatement)
	body[len(body)-1] = &ast.ReturnStatement{Return: last.Idx0(), Argument: last.Expression}
	start := file.Idx(1)
	params := &ast.ParameterList{Opening: start, Closing: start}
	for _, h := range importHelpers {
		params.List = append(params.List, &ast.Binding{Target: &ast.Identifier{Name: unistring.NewFromString(h), Idx: start}})
	}
	fn := &ast.FunctionLiteral{
		Function:        start,
		ParameterList:   params,
		Body:            &ast.BlockStatement{LeftBrace: start, List: body, RightBrace: last.Idx1()},
		DeclarationList: prg.DeclarationList,
	}
	return &ast.Program{Body: []ast.Statement{&ast.ExpressionStatement{Expression: fn}}, File: prg.File}
}

// Imports returns the values for the program's function after this: the
// import helpers ($d, $n, $i, in importHelpers' order), which take a host
// module from require and give what esbuild's CommonJS output gives for
// the same import (its __toESM): the module itself for named imports and
// side effects; for a default import its default if the module is marked
// __esModule, else the module; for a namespace the module if marked, else
// an object whose prototype is the module's, with default the module and
// a getter for each of its own properties.
func Imports(vm *goja.Runtime, require func(spec string) goja.Value) []goja.Value {
	module := func(call goja.FunctionCall) (goja.Value, *goja.Object) {
		m := require(call.Argument(0).String())
		o, _ := m.(*goja.Object)
		return m, o
	}
	marked := func(o *goja.Object) bool {
		return o != nil && o.Get("__esModule") != nil && o.Get("__esModule").ToBoolean()
	}
	d := func(call goja.FunctionCall) goja.Value {
		m, o := module(call)
		if marked(o) {
			return o.Get("default")
		}
		return m
	}
	n := func(call goja.FunctionCall) goja.Value {
		m, o := module(call)
		if marked(o) {
			return o
		}
		ns := vm.NewObject()
		if o == nil {
			jsutil.Must(ns.DefineDataProperty("default", m, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE))
			return ns
		}
		jsutil.Must(ns.SetPrototype(o.Prototype()))
		jsutil.Must(ns.DefineDataProperty("default", m, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE))
		enumerable := map[string]bool{}
		for _, k := range o.Keys() {
			enumerable[k] = true
		}
		for _, k := range o.GetOwnPropertyNames() {
			if k == "default" {
				continue
			}
			get := vm.ToValue(func(goja.FunctionCall) goja.Value { return o.Get(k) })
			flag := goja.FLAG_FALSE
			if enumerable[k] {
				flag = goja.FLAG_TRUE
			}
			jsutil.Must(ns.DefineAccessorProperty(k, get, nil, goja.FLAG_FALSE, flag))
		}
		return ns
	}
	i := func(call goja.FunctionCall) goja.Value {
		m, _ := module(call)
		return m
	}
	return []goja.Value{vm.ToValue(d), vm.ToValue(n), vm.ToValue(i)}
}
