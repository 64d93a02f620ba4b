package main

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"time"

	"github.com/dop251/goja"
	"github.com/plugmux/plugmux"
)

// maxRows bounds the rows one query may return, so that a plugin's
// forgotten LIMIT cannot fill the host's memory.
const maxRows = 10_000

// dbModule is the host module "host:db":
//
//	import { query, exec } from "host:db";
//	const rows = await query("SELECT id, title FROM todos WHERE id = ?", id); // [{ id, title }, …]
//	const { changes, lastInsertId } = await exec("DELETE FROM todos WHERE id = ?", id);
//
// Parameters are bound to the statement's ? placeholders, never spliced
// into its text. Each statement runs on a goroutine of its own through
// ModuleContext.Async, with the calling request's context: while it runs
// the runtime serves other requests, and when the request ends (answered,
// timed out, client gone) a statement still running is interrupted.
//
// Every plugin of this host may run any statement on the one database: the
// host trusts its plugins with it. A host that does not would give each
// plugin a database of its own (mc.Plugin names it) or a narrower API.
func dbModule(db *sql.DB, logger *slog.Logger) plugmux.Module {
	return func(mc plugmux.ModuleContext) (any, error) {
		vm := mc.Runtime
		// statement wraps one kind of statement as a JavaScript function
		// (sql, ...params) → Promise.
		statement := func(run func(ctx context.Context, query string, args []any) (jsValuer, error)) func(goja.FunctionCall) goja.Value {
			return func(call goja.FunctionCall) goja.Value {
				query, args := statementArgs(vm, call)
				p := mc.Async(func(ctx context.Context) (any, error) {
					v, err := run(ctx, query, args)
					if err != nil {
						logger.Warn("host:db statement failed", "plugin", mc.Plugin, "version", mc.Version, "err", err)
						return nil, fmt.Errorf("host:db: %w", err)
					}
					return v, nil
				})
				return plain(vm, p)
			}
		}
		exports := vm.NewObject()
		if err := exports.Set("query", statement(func(ctx context.Context, query string, args []any) (jsValuer, error) {
			return queryRows(ctx, db, query, args)
		})); err != nil {
			return nil, err
		}
		if err := exports.Set("exec", statement(func(ctx context.Context, query string, args []any) (jsValuer, error) {
			r, err := db.ExecContext(ctx, query, args...)
			if err != nil {
				return nil, err
			}
			var res execResult
			res.changes, _ = r.RowsAffected()
			res.lastInsertID, _ = r.LastInsertId()
			return res, nil
		})); err != nil {
			return nil, err
		}
		return exports, nil
	}
}

// statementArgs reads (sql, ...params) from a call, on the runtime's
// goroutine, into Go values that the statement's goroutine may use. It
// throws a TypeError for anything but a string of SQL and parameters that
// are strings, numbers, booleans or null.
func statementArgs(vm *goja.Runtime, call goja.FunctionCall) (string, []any) {
	q, ok := call.Argument(0).Export().(string)
	if !ok {
		panic(vm.NewTypeError("host:db: the first argument must be a string of SQL"))
	}
	args := make([]any, 0, max(0, len(call.Arguments)-1))
	for i, a := range call.Arguments[1:] {
		switch v := a.Export().(type) {
		case nil, string, int64, float64, bool:
			args = append(args, v)
		default:
			panic(vm.NewTypeError(fmt.Sprintf("host:db: parameter %d is %s; pass strings, numbers, booleans or null", i+1, a.ToObject(vm).ClassName())))
		}
	}
	return q, args
}

// jsValuer is a statement's result, made on the statement's goroutine and
// turned into JavaScript values on the runtime's.
type jsValuer interface {
	toJS(vm *goja.Runtime) goja.Value
}

// plain turns a Promise of a jsValuer (what Async resolves with) into a
// Promise of plain JavaScript values: Async's function runs on another
// goroutine, where it must not make values of the runtime, so they are made
// here, in a then callback that runs on the runtime's loop. A rejection
// passes through.
func plain(vm *goja.Runtime, p goja.Value) goja.Value {
	then, ok := goja.AssertFunction(p.ToObject(vm).Get("then"))
	if !ok {
		panic(vm.NewTypeError("host:db: Async did not return a Promise"))
	}
	v, err := then(p, vm.ToValue(func(call goja.FunctionCall) goja.Value {
		return call.Argument(0).Export().(jsValuer).toJS(vm)
	}))
	if err != nil {
		panic(err)
	}
	return v
}

// rows is a query's result: column names and, per row, one value per
// column.
type rows struct {
	columns []string
	values  [][]any
}

// queryRows runs a query and reads all its rows.
func queryRows(ctx context.Context, db *sql.DB, query string, args []any) (*rows, error) {
	rs, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	cols, err := rs.Columns()
	if err != nil {
		return nil, err
	}
	res := &rows{columns: cols}
	ptrs := make([]any, len(cols))
	for rs.Next() {
		if len(res.values) == maxRows {
			return nil, fmt.Errorf("the query returns more than %d rows: add a LIMIT", maxRows)
		}
		row := make([]any, len(cols))
		for i := range row {
			ptrs[i] = &row[i]
		}
		if err := rs.Scan(ptrs...); err != nil {
			return nil, err
		}
		res.values = append(res.values, row)
	}
	return res, rs.Err()
}

// toJS makes an array with one plain object per row, its keys in the
// order of the query's columns. INTEGER and REAL columns become numbers,
// TEXT strings, NULL null, a BLOB an ArrayBuffer (a copy) and a
// DATE/DATETIME column an ISO 8601 string.
func (r *rows) toJS(vm *goja.Runtime) goja.Value {
	out := make([]any, len(r.values))
	for i, row := range r.values {
		o := vm.NewObject()
		for j, v := range row {
			switch x := v.(type) {
			case []byte:
				v = vm.NewArrayBuffer(append([]byte(nil), x...))
			case time.Time:
				v = x.UTC().Format(time.RFC3339Nano)
			}
			_ = o.Set(r.columns[j], v)
		}
		out[i] = o
	}
	return vm.NewArray(out...)
}

// execResult is what exec resolves with.
type execResult struct {
	changes, lastInsertID int64
}

func (r execResult) toJS(vm *goja.Runtime) goja.Value {
	o := vm.NewObject()
	_ = o.Set("changes", r.changes)
	_ = o.Set("lastInsertId", r.lastInsertID)
	return o
}
