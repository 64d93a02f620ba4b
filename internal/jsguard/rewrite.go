package jsguard

import (
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"sync"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/token"
	"github.com/dop251/goja/unistring"
)

// The names of the guarded operators' helpers, global functions of a
// runtime with BigInt (see installBigIntHelpers). A program that uses
// BigInt may not name anything with their prefix, so that nothing it
// declares can shadow them.
const (
	helperPrefix = "__plugmux_"
	helperMul    = helperPrefix + "mul"
	helperPow    = helperPrefix + "pow"
	helperShl    = helperPrefix + "shl"
	helperShr    = helperPrefix + "shr"
	helperRef    = helperPrefix + "ref"
	helperSet    = helperPrefix + "set"
)

// comparisons are the operators that parse a string compared with a
// BigInt (in quadratic time for decimal digits), each with its helper.
var comparisons = map[token.Token]string{
	token.EQUAL:            helperPrefix + "eq",
	token.NOT_EQUAL:        helperPrefix + "ne",
	token.LESS:             helperPrefix + "lt",
	token.GREATER:          helperPrefix + "gt",
	token.LESS_OR_EQUAL:    helperPrefix + "le",
	token.GREATER_OR_EQUAL: helperPrefix + "ge",
}

// growingOps are the operators whose BigInt result can be much larger
// than their operands, each with its helper and its operation code (the
// argument that tells __plugmux_set which operator a compound assignment
// applies).
var growingOps = map[token.Token]struct {
	helper string
	code   int64
}{
	token.MULTIPLY:    {helperMul, opMul},
	token.EXPONENT:    {helperPow, opPow},
	token.SHIFT_LEFT:  {helperShl, opShl},
	token.SHIFT_RIGHT: {helperShr, opShr},
}

// Operation codes, shared with the helpers' JavaScript.
const (
	opMul = iota
	opPow
	opShl
	opShr
)

// mentionsBigInt reports whether s names a BigInt producer: every
// function of goja's and of the environment that makes a BigInt has
// "bigint" or "biguint" in its name, in any case (BigInt, BigInt64Array,
// BigUint64Array, DataView's getBigInt64 and getBigUint64, Buffer's
// readBigInt64LE and readBigUInt64BE, process.hrtime.bigint), and so does
// a new one named in the same way. Case-insensitive, without allocating.
func mentionsBigInt(s string) bool {
	for i := 0; i+6 <= len(s); i++ {
		if c := s[i]; c != 'b' && c != 'B' {
			continue
		}
		rest := s[i:]
		if strings.EqualFold(rest[:6], "bigint") || len(rest) >= 7 && strings.EqualFold(rest[:7], "biguint") {
			return true
		}
	}
	return false
}

// mayUseBigInt is the cheap test on a program's text that decides most
// programs at once: one that neither names a producer nor contains a
// digit followed (after more word characters) by an n, as every BigInt
// literal does, cannot make a BigInt. A program this test passes is
// walked (an escape sequence can name a producer that the text does not
// show: such a program is taken for one without BigInt, and its runtime
// refuses the producer when it is reached).
func mayUseBigInt(src string) bool {
	if mentionsBigInt(src) {
		return true
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c < '0' || c > '9' || i > 0 && isWordByte(src[i-1]) {
			continue
		}
		j := i + 1
		for j < len(src) && isWordByte(src[j]) {
			j++
		}
		if src[j-1] == 'n' {
			return true
		}
		i = j - 1
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$'
}

// rewriter walks a program's syntax tree: to find out whether it uses
// BigInt (detect), then to replace its growing operators by calls of the
// helpers (rewrite).
type rewriter struct {
	rewrite bool // else detect
	uses    bool // detect: a BigInt literal or a producer's name was seen
	strict  bool // the code being walked is strict mode code
	ops     int  // rewrite: the operators replaced
	with    int  // rewrite: the with statements around the code being walked
	// rewrite: the names that are bindings of an enclosing function or
	// for statement, by how many of them declare it (see localNames)
	locals map[unistring.String]int
	err    *rewriteError
}

// rewriteError is a construct that the rewrite cannot keep safe, at a
// position of the source.
type rewriteError struct {
	idx file.Idx
	msg string
}

func (e *rewriteError) Error() string { return e.msg }

// usesBigInt reports whether prg contains a BigInt literal or names a
// BigInt producer (an identifier, property name, string, template or
// regular expression literal that mentions one). A string "bigint"
// compared with a typeof expression, or a case "bigint" of a switch on
// one, is a test for a BigInt and not a use.
func usesBigInt(prg *ast.Program) bool {
	w := &rewriter{}
	w.walkList(reflect.ValueOf(prg.Body))
	return w.uses
}

// rewriteProgram replaces every growing operator of prg that can have
// BigInt operands by a call of its helper; strict tells whether the
// program is compiled as strict code. It returns the operators replaced,
// or an error for a construct that would let code escape the helpers.
func rewriteProgram(prg *ast.Program, strict bool) (int, error) {
	w := &rewriter{rewrite: true, strict: strict || hasUseStrict(prg.Body)}
	w.walkList(reflect.ValueOf(prg.Body))
	if w.err != nil {
		return w.ops, w.err
	}
	return w.ops, nil
}

// hasUseStrict reports whether a body's directive prologue holds "use strict".
func hasUseStrict(list []ast.Statement) bool {
	for _, st := range list {
		es, ok := st.(*ast.ExpressionStatement)
		if !ok {
			return false
		}
		s, ok := es.Expression.(*ast.StringLiteral)
		if !ok {
			return false
		}
		if s.Literal == `"use strict"` || s.Literal == `'use strict'` {
			return true
		}
	}
	return false
}

// fieldsOf lists, per syntax tree node type, the fields the walk visits:
// those that can hold nodes (interfaces, pointers, slices and structs),
// not the hoisting lists (DeclarationList) that repeat what the body holds.
var fieldsOf sync.Map // reflect.Type → []int

func walkFields(t reflect.Type) []int {
	if f, ok := fieldsOf.Load(t); ok {
		return f.([]int)
	}
	var out []int
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Name == "DeclarationList" {
			continue
		}
		switch f.Type.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Slice, reflect.Struct:
			out = append(out, i)
		}
	}
	fieldsOf.Store(t, out)
	return out
}

var (
	identifierType = reflect.TypeFor[ast.Identifier]()
	fileType       = reflect.TypeFor[file.File]()
)

// walkList walks the elements of a slice, each a slot the rewrite may replace.
func (w *rewriter) walkList(v reflect.Value) {
	for i := range v.Len() {
		w.walkSlot(v.Index(i))
		if w.err != nil || w.uses && !w.rewrite {
			return
		}
	}
}

// walkSlot walks what an addressable slot (a field or a slice element)
// holds, then, when rewriting, replaces it if it is a growing operator.
func (w *rewriter) walkSlot(slot reflect.Value) {
	switch slot.Kind() {
	case reflect.Interface:
		if slot.IsNil() {
			return
		}
		e := slot.Elem()
		w.walkNode(e)
		if w.rewrite && w.err == nil {
			if n, ok := e.Interface().(ast.Expression); ok {
				if r := w.replace(n); r != nil && reflect.TypeOf(r).AssignableTo(slot.Type()) {
					slot.Set(reflect.ValueOf(r))
				}
			}
		}
	case reflect.Pointer:
		if !slot.IsNil() {
			w.walkNode(slot)
		}
	case reflect.Slice:
		w.walkList(slot)
	case reflect.Struct:
		w.walkStruct(slot)
	}
}

// walkNode walks a pointer to a node.
func (w *rewriter) walkNode(v reflect.Value) {
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return
	}
	switch n := v.Interface().(type) {
	case *ast.NumberLiteral:
		if _, ok := n.Value.(*big.Int); ok {
			w.uses = true
		}
		return
	case *ast.StringLiteral:
		if !w.rewrite && mentionsBigInt(string(n.Value)) {
			w.uses = true
		}
		return
	case *ast.TemplateElement:
		if !w.rewrite && (mentionsBigInt(string(n.Parsed)) || mentionsBigInt(n.Literal)) {
			w.uses = true
		}
		return
	case *ast.RegExpLiteral:
		if !w.rewrite && mentionsBigInt(n.Pattern) {
			w.uses = true
		}
		return
	case *ast.Identifier:
		w.identifier(n.Name, n.Idx)
		return
	case *ast.BinaryExpression:
		if !w.rewrite && isTypeofTest(n) {
			// typeof x === "bigint": only the typeof side can name something
			if u, ok := n.Left.(*ast.UnaryExpression); ok && u.Operator == token.TYPEOF {
				w.walkSlot(reflect.ValueOf(n).Elem().FieldByName("Left"))
			} else {
				w.walkSlot(reflect.ValueOf(n).Elem().FieldByName("Right"))
			}
			return
		}
	case *ast.SwitchStatement:
		if !w.rewrite {
			if u, ok := n.Discriminant.(*ast.UnaryExpression); ok && u.Operator == token.TYPEOF {
				w.walkSlot(reflect.ValueOf(n).Elem().FieldByName("Discriminant"))
				for _, c := range n.Body {
					if !isBigIntString(c.Test) {
						w.walkSlot(reflect.ValueOf(c).Elem().FieldByName("Test"))
					}
					w.walkList(reflect.ValueOf(c.Consequent))
				}
				return
			}
		}
	case *ast.WithStatement:
		if w.rewrite {
			// the object's properties shadow every name inside, the
			// helpers' too: no operator may be rewritten there
			w.walkSlot(reflect.ValueOf(n).Elem().FieldByName("Object"))
			w.with++
			w.walkSlot(reflect.ValueOf(n).Elem().FieldByName("Body"))
			w.with--
			return
		}
	case *ast.FunctionLiteral:
		if w.rewrite && !w.strict && n.Body != nil && hasUseStrict(n.Body.List) {
			w.strict = true
			defer func() { w.strict = false }()
		}
		if w.rewrite {
			var body []ast.Statement
			if n.Body != nil {
				body = n.Body.List
			}
			defer w.declare(localNames(n.ParameterList, n.DeclarationList, body))()
		}
	case *ast.ArrowFunctionLiteral:
		if b, ok := n.Body.(*ast.BlockStatement); ok && w.rewrite && !w.strict && hasUseStrict(b.List) {
			w.strict = true
			defer func() { w.strict = false }()
		}
		if w.rewrite {
			var body []ast.Statement
			if b, ok := n.Body.(*ast.BlockStatement); ok {
				body = b.List
			}
			defer w.declare(localNames(n.ParameterList, n.DeclarationList, body))()
		}
	case *ast.ForStatement:
		if d, ok := n.Initializer.(*ast.ForLoopInitializerLexicalDecl); ok && w.rewrite {
			defer w.declare(bindingNames(nil, d.LexicalDeclaration.List))()
		}
	case *ast.ForInStatement:
		if d, ok := n.Into.(*ast.ForDeclaration); ok && w.rewrite {
			defer w.declare(targetNames(nil, d.Target))()
		}
	case *ast.ForOfStatement:
		if d, ok := n.Into.(*ast.ForDeclaration); ok && w.rewrite {
			defer w.declare(targetNames(nil, d.Target))()
		}
	case *ast.ClassLiteral:
		if w.rewrite && !w.strict {
			w.strict = true
			defer func() { w.strict = false }()
		}
	}
	if v.Elem().Type() == fileType {
		return
	}
	w.walkStruct(v.Elem())
}

// walkStruct walks the fields of a node (or of a struct inside one).
func (w *rewriter) walkStruct(s reflect.Value) {
	if s.Type() == identifierType {
		id := s.Addr().Interface().(*ast.Identifier)
		w.identifier(id.Name, id.Idx)
		return
	}
	for _, i := range walkFields(s.Type()) {
		w.walkSlot(s.Field(i))
		if w.err != nil || w.uses && !w.rewrite {
			return
		}
	}
}

func (w *rewriter) identifier(name unistring.String, idx file.Idx) {
	if w.rewrite {
		if strings.HasPrefix(string(name), helperPrefix) {
			w.fail(idx, fmt.Sprintf("the name %s is reserved in a plugin whose code uses BigInt", name))
		}
		return
	}
	if mentionsBigInt(string(name)) {
		w.uses = true
	}
}

func (w *rewriter) fail(idx file.Idx, msg string) {
	if w.err == nil {
		w.err = &rewriteError{idx: idx, msg: msg}
	}
}

// isTypeofTest reports whether e compares a typeof expression with the
// string "bigint".
func isTypeofTest(e *ast.BinaryExpression) bool {
	switch e.Operator {
	case token.EQUAL, token.STRICT_EQUAL, token.NOT_EQUAL, token.STRICT_NOT_EQUAL:
	default:
		return false
	}
	isTypeof := func(x ast.Expression) bool {
		u, ok := x.(*ast.UnaryExpression)
		return ok && u.Operator == token.TYPEOF
	}
	return isTypeof(e.Left) && isBigIntString(e.Right) || isTypeof(e.Right) && isBigIntString(e.Left)
}

func isBigIntString(e ast.Expression) bool {
	s, ok := e.(*ast.StringLiteral)
	return ok && s.Value == "bigint"
}

// cannotBeBigInt reports whether an operand's value is never a BigInt (nor
// an object that converts to one), so that the operation it takes part in
// cannot make one: it then stays as it is.
func cannotBeBigInt(e ast.Expression) bool {
	switch e := e.(type) {
	case *ast.NumberLiteral:
		_, big := e.Value.(*big.Int)
		return !big
	case *ast.StringLiteral, *ast.BooleanLiteral, *ast.NullLiteral:
		return true
	case *ast.TemplateLiteral:
		return e.Tag == nil
	case *ast.UnaryExpression:
		switch e.Operator {
		case token.PLUS, token.NOT, token.TYPEOF, token.VOID, token.DELETE:
			return true
		}
	}
	return false
}

// shortLiteral is the longest string literal that a comparison with a
// BigInt may parse unguarded.
const shortLiteral = 1024

// cannotParse reports whether an operand is never a long string, nor an
// object that converts to one, so that a comparison it takes part in
// parses no long string into a BigInt: it then stays as it is.
func cannotParse(e ast.Expression) bool {
	switch e := e.(type) {
	case *ast.NumberLiteral:
		_, big := e.Value.(*big.Int)
		return !big
	case *ast.StringLiteral:
		return len(e.Value) <= shortLiteral
	case *ast.BooleanLiteral, *ast.NullLiteral:
		return true
	case *ast.UnaryExpression:
		switch e.Operator {
		case token.PLUS, token.NOT, token.TYPEOF, token.VOID, token.DELETE:
			return true
		}
	}
	return false
}

// localNames lists the bindings a function declares for its whole body:
// its parameters, its var declarations, and the let, const, class and
// function declarations at the top of its body. A name among them, read
// anywhere inside the function, reads a binding of the function or of a
// scope inside it (never a global object's property, whose getter could
// answer differently each time: eval is always indirect, and a with
// statement around a rewritten operator is refused).
func localNames(params *ast.ParameterList, vars []*ast.VariableDeclaration, body []ast.Statement) []unistring.String {
	var out []unistring.String
	if params != nil {
		out = bindingNames(out, params.List)
	}
	for _, v := range vars {
		out = bindingNames(out, v.List)
	}
	for _, st := range body {
		switch st := st.(type) {
		case *ast.LexicalDeclaration:
			out = bindingNames(out, st.List)
		case *ast.FunctionDeclaration:
			if st.Function != nil && st.Function.Name != nil {
				out = append(out, st.Function.Name.Name)
			}
		case *ast.ClassDeclaration:
			if st.Class != nil && st.Class.Name != nil {
				out = append(out, st.Class.Name.Name)
			}
		}
	}
	return out
}

// bindingNames appends the simple names that bindings declare (patterns
// are left out: fewer names is only slower).
func bindingNames(out []unistring.String, list []*ast.Binding) []unistring.String {
	for _, b := range list {
		out = targetNames(out, b.Target)
	}
	return out
}

func targetNames(out []unistring.String, t ast.BindingTarget) []unistring.String {
	if id, ok := t.(*ast.Identifier); ok {
		out = append(out, id.Name)
	}
	return out
}

// declare adds names to the locals for the walk of a function or for
// statement, and returns what removes them.
func (w *rewriter) declare(names []unistring.String) func() {
	if w.locals == nil {
		w.locals = make(map[unistring.String]int)
	}
	for _, n := range names {
		w.locals[n]++
	}
	return func() {
		for _, n := range names {
			w.locals[n]--
		}
	}
}

// simple reports whether an expression can be compiled twice (in the two
// branches of a conditional, of which one runs): it holds no function or
// class literal.
func simple(e ast.Expression) bool {
	switch e := e.(type) {
	case *ast.Identifier, *ast.NumberLiteral, *ast.StringLiteral, *ast.BooleanLiteral, *ast.NullLiteral, *ast.ThisExpression:
		return true
	case *ast.DotExpression:
		return simple(e.Left)
	case *ast.BracketExpression:
		return simple(e.Left) && simple(e.Member)
	case *ast.UnaryExpression:
		return simple(e.Operand)
	case *ast.BinaryExpression:
		return simple(e.Left) && simple(e.Right)
	case *ast.CallExpression:
		if !simple(e.Callee) {
			return false
		}
		for _, a := range e.ArgumentList {
			if !simple(a) {
				return false
			}
		}
		return true
	}
	return false
}

// replace returns what stands for e in the rewritten program, or nil if e
// stays.
func (w *rewriter) replace(e ast.Expression) ast.Expression {
	switch e := e.(type) {
	case *ast.BinaryExpression:
		if helper, ok := comparisons[e.Operator]; ok {
			if cannotParse(e.Left) || cannotParse(e.Right) || !w.allowed(e.Left.Idx0()) {
				return nil
			}
			w.ops++
			guarded := call(helper, e.Left.Idx0(), e.Right.Idx1(), e.Left, e.Right)
			// A local variable on the left that holds a number (a loop
			// counter) cannot make the comparison parse a string as a
			// BigInt: typeof x === "number" ? x < n : __plugmux_lt(x, n).
			// Reading it twice, with nothing evaluated in between, reads
			// the same value.
			if id, ok := e.Left.(*ast.Identifier); ok && w.locals[id.Name] > 0 && simple(e.Right) {
				test := &ast.BinaryExpression{
					Operator: token.STRICT_EQUAL,
					Left:     &ast.UnaryExpression{Operator: token.TYPEOF, Idx: id.Idx, Operand: &ast.Identifier{Name: id.Name, Idx: id.Idx}},
					Right:    &ast.StringLiteral{Idx: id.Idx, Literal: `"number"`, Value: "number"},
				}
				return &ast.ConditionalExpression{Test: test, Consequent: e, Alternate: guarded}
			}
			return guarded
		}
		op, ok := growingOps[e.Operator]
		if !ok || cannotBeBigInt(e.Left) || cannotBeBigInt(e.Right) || !w.allowed(e.Left.Idx0()) {
			return nil
		}
		w.ops++
		return call(op.helper, e.Left.Idx0(), e.Right.Idx1(), e.Left, e.Right)
	case *ast.AssignExpression:
		op, ok := growingOps[e.Operator]
		if !ok || cannotBeBigInt(e.Right) || !w.allowed(e.Left.Idx0()) {
			return nil
		}
		w.ops++
		return w.compound(e, op.helper, op.code)
	}
	return nil
}

// withMessage refuses a guarded operator inside a with statement.
const withMessage = "an operator *, **, <<, >>, ==, !=, <, >, <= or >= inside a with statement is not supported in a plugin whose code uses BigInt"

// allowed reports whether an operator at idx may be rewritten: not inside
// a with statement (which could shadow the helpers), where it fails.
func (w *rewriter) allowed(idx file.Idx) bool {
	if w.with > 0 {
		w.fail(idx, withMessage)
		return false
	}
	return true
}

// compound rewrites a compound assignment (x *= y, o.p **= y, o[k] <<= y)
// so that the reference is evaluated once, its value read before y is
// evaluated, and the result stored as the assignment would.
func (w *rewriter) compound(e *ast.AssignExpression, helper string, code int64) ast.Expression {
	start, end := e.Left.Idx0(), e.Right.Idx1()
	assign := func(again ast.Expression) ast.Expression {
		return &ast.AssignExpression{Operator: token.ASSIGN, Left: e.Left, Right: call(helper, start, end, again, e.Right)}
	}
	switch l := e.Left.(type) {
	case *ast.Identifier:
		return assign(&ast.Identifier{Name: l.Name, Idx: l.Idx})
	case *ast.DotExpression:
		if _, ok := l.Left.(*ast.SuperExpression); ok {
			return assign(&ast.DotExpression{Left: l.Left, Identifier: l.Identifier})
		}
		key := &ast.StringLiteral{Idx: l.Identifier.Idx, Literal: `"` + string(l.Identifier.Name) + `"`, Value: l.Identifier.Name}
		return w.viaRef(l.Left, key, e.Right, code, start, end)
	case *ast.BracketExpression:
		if _, ok := l.Left.(*ast.SuperExpression); ok {
			switch l.Member.(type) {
			case *ast.StringLiteral, *ast.NumberLiteral:
				return assign(&ast.BracketExpression{Left: l.Left, Member: l.Member, LeftBracket: l.LeftBracket, RightBracket: l.RightBracket})
			}
			w.fail(start, "a compound assignment (*=, **=, <<=, >>=) to super[expression] is not supported in a plugin whose code uses BigInt")
			return nil
		}
		return w.viaRef(l.Left, l.Member, e.Right, code, start, end)
	case *ast.PrivateDotExpression:
		switch l.Left.(type) {
		case *ast.ThisExpression, *ast.Identifier:
			return assign(&ast.PrivateDotExpression{Left: l.Left, Identifier: l.Identifier})
		}
		w.fail(start, "a compound assignment (*=, **=, <<=, >>=) to a private field is supported in a plugin whose code uses BigInt only on this or a variable")
		return nil
	}
	w.fail(start, "unexpected left-hand side of a compound assignment")
	return nil
}

// viaRef rewrites obj[key] op= right into
// __plugmux_set(__plugmux_ref(obj, key, strict), right, code).
func (w *rewriter) viaRef(obj, key, right ast.Expression, code int64, start, end file.Idx) ast.Expression {
	lit := "false"
	if w.strict {
		lit = "true"
	}
	ref := call(helperRef, start, key.Idx1(), obj, key, &ast.BooleanLiteral{Idx: start, Literal: lit, Value: w.strict})
	return call(helperSet, start, end, ref, right, &ast.NumberLiteral{Idx: start, Literal: fmt.Sprint(code), Value: code})
}

// call builds a call of a helper spanning [start, end) of the source, so
// that an error it throws is reported at the operator's expression.
func call(helper string, start, end file.Idx, args ...ast.Expression) *ast.CallExpression {
	return &ast.CallExpression{
		Callee:           &ast.Identifier{Name: unistring.String(helper), Idx: start},
		LeftParenthesis:  start,
		ArgumentList:     args,
		RightParenthesis: end - 1,
	}
}
