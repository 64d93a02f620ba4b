package jsguard

import (
	"errors"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
)

// Program is a compiled script and the capability its runtime needs.
type Program struct {
	// Program is what Runtime.RunProgram runs.
	Program *goja.Program
	// UsesBigInt tells whether the script uses BigInt: a BigInt literal,
	// or a name, string or pattern that mentions a BigInt producer. Its
	// growing operators (*, **, <<, >> and their assignments) were then
	// replaced by calls of guarded helpers, and its runtime needs them:
	// run it only in a runtime installed with Config.DisableBigInt false.
	// A runtime for a program that does not use BigInt should set
	// DisableBigInt, so that no BigInt can be made in it at all.
	UsesBigInt bool
	// GuardedOps is how many operators the rewrite replaced.
	GuardedOps int
}

// Compile parses src once, decides whether it uses BigInt, and if it does
// replaces its growing operators by calls of guarded helpers before
// compiling it (goja.CompileAST): the syntax tree keeps the source's
// positions, so stack traces and source maps read as for goja.Compile. An
// operand that cannot be a BigInt (a number or string literal, +x) leaves
// its operator as it is.
//
// opts are given to goja's parser (a source map loader, say).
//
// Its errors are goja's (*goja.CompilerSyntaxError for a syntax error),
// and a *goja.CompilerSyntaxError for the constructs a program that uses
// BigInt may not contain: a growing operator inside a with statement
// (whose object could shadow the helpers), a name starting with
// __plugmux_, a compound assignment (*=, **=, <<=, >>=) to
// super[expression] or to a private field of anything but this or a
// variable.
func Compile(name, src string, strict bool, opts ...parser.Option) (*Program, error) {
	prg, err := goja.Parse(name, src, opts...)
	if err != nil {
		return nil, err
	}
	return CompileAST(prg, src, strict)
}

// CompileAST is Compile for a program already parsed from src (which
// esmlite has rearranged, say): the same BigInt guard, then
// goja.CompileAST. The rewrite changes prg.
func CompileAST(prg *ast.Program, src string, strict bool) (*Program, error) {
	var err error
	p := &Program{}
	if mayUseBigInt(src) && usesBigInt(prg) {
		p.UsesBigInt = true
		if p.GuardedOps, err = rewriteProgram(prg, strict); err != nil {
			return nil, syntaxError(prg, err)
		}
	}
	if p.Program, err = goja.CompileAST(prg, strict); err != nil {
		return nil, err
	}
	return p, nil
}

// syntaxError turns a rewrite's refusal into the error goja gives for a
// syntax error, with its position.
func syntaxError(prg *ast.Program, err error) error {
	var re *rewriteError
	if !errors.As(err, &re) {
		return err
	}
	e := &goja.CompilerSyntaxError{CompilerError: goja.CompilerError{Message: re.msg, File: prg.File, Offset: int(re.idx) - 1}}
	return e
}

// parse parses code of a runtime (eval, new Function) as goja would.
func parse(name, src string) (*ast.Program, error) {
	return parser.ParseFile(nil, name, src, 0)
}
