// inspect and format: how console and util render values. Written for
// plugmux to print what Node 22 prints for the values plugins log (the
// expectations in jsenv_test.go come from Node).
//
// A value renders as a head (a class name, a size, a stack) and a list of
// entries inside braces. The list stays on one line when it is short and
// not too deeply nested; an array of many short items is laid out in
// columns; anything else gets one entry per line, indented.
function makeInspect() {
  'use strict';
  var CUSTOM = Symbol.for('nodejs.util.inspect.custom');
  var hidden = native.hidden; // plugmux's own symbols, never shown
  var LINE = 128; // Node's breakLength
  var COMBINE = 3; // Node's compact: the innermost levels that share a line
  var PLAIN_KEY = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
  var ESCAPES = { 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r' };

  function options(opts) {
    var o = { depth: 2, showHidden: false, maxArrayLength: 100, breakLength: LINE };
    if (opts && typeof opts === 'object') {
      ['depth', 'showHidden', 'maxArrayLength', 'breakLength'].forEach(function (k) {
        if (opts[k] !== undefined) o[k] = opts[k];
      });
    }
    if (o.depth === null) o.depth = Infinity;
    return { opts: o, stack: [], refs: new Map(), indent: 0, last: 0 };
  }

  function inspect(value, opts) {
    return render(options(opts), value, 0);
  }

  // quote picks the quote that needs no escaping, as Node does: ' then "
  // then `, and escapes control characters.
  function quote(s) {
    var q = "'";
    if (s.indexOf("'") >= 0) {
      if (s.indexOf('"') < 0) q = '"';
      else if (s.indexOf('`') < 0 && s.indexOf('${') < 0) q = '`';
    }
    var out = q;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (s[i] === q || s[i] === '\\') out += '\\' + s[i];
      else if (ESCAPES[c]) out += ESCAPES[c];
      else if (c < 0x20 || c === 0x7f) out += '\\x' + (c < 16 ? '0' : '') + c.toString(16).toUpperCase();
      else out += s[i];
    }
    return out + q;
  }

  function number(n) {
    return Object.is(n, -0) ? '-0' : String(n);
  }

  function primitive(v) {
    switch (typeof v) {
      case 'string': return quote(v);
      case 'number': return number(v);
      case 'bigint': return v + 'n';
      case 'symbol': return v.toString();
      default: return String(v);
    }
  }

  // className is the name of the nearest constructor on the prototype
  // chain, or null for an object without prototype.
  function className(o) {
    for (var p = o; p !== null && p !== undefined; p = Object.getPrototypeOf(p)) {
      var d = Object.getOwnPropertyDescriptor(p, 'constructor');
      if (d && typeof d.value === 'function' && d.value.name) return d.value.name;
    }
    return null;
  }

  function functionHead(f) {
    var src = '';
    try { src = Function.prototype.toString.call(f); } catch (e) { /* a native */ }
    if (/^class[\s{]/.test(src)) {
      var parent = Object.getPrototypeOf(f);
      return '[class ' + (f.name || '(anonymous)') + (parent && parent.name ? ' extends ' + parent.name : '') + ']';
    }
    var kind = className(f);
    if (['AsyncFunction', 'GeneratorFunction', 'AsyncGeneratorFunction'].indexOf(kind) < 0) kind = 'Function';
    return '[' + kind + (f.name ? ': ' + f.name : ' (anonymous)') + ']';
  }

  function errorHead(e) {
    var stack;
    try { stack = e.stack; } catch (x) { /* a getter that throws */ }
    if (typeof stack === 'string' && stack) return stack.replace(/\n\t/g, '\n    '); // goja indents frames with a tab
    try { return Error.prototype.toString.call(e); } catch (x) { return '[Error]'; }
  }

  function keyText(k) {
    if (typeof k === 'symbol') return '[' + k.toString() + ']';
    return PLAIN_KEY.test(k) ? k : quote(k);
  }

  // ownEntries renders an object's own enumerable properties (and, with
  // showHidden, the others), getters as [Getter].
  function ownEntries(ctx, o, level, skip) {
    var keys = ctx.opts.showHidden ? Object.getOwnPropertyNames(o) : Object.keys(o);
    keys = keys.concat(Object.getOwnPropertySymbols(o).filter(function (s) {
      return hidden.indexOf(s) < 0 && (ctx.opts.showHidden || Object.getOwnPropertyDescriptor(o, s).enumerable);
    }));
    var out = [];
    keys.forEach(function (k) {
      if (skip && skip(k)) return;
      var d = Object.getOwnPropertyDescriptor(o, k);
      var shown = !d.enumerable ? '[' + keyText(k) + ']' : keyText(k);
      if (d.get || d.set) {
        out.push(shown + ': ' + (d.get && d.set ? '[Getter/Setter]' : d.get ? '[Getter]' : '[Setter]'));
      } else {
        out.push(shown + ': ' + child(ctx, d.value, level));
      }
    });
    return out;
  }

  function arrayEntries(ctx, a, level, valueOf) {
    var out = [];
    var shown = Math.min(a.length, ctx.opts.maxArrayLength);
    for (var i = 0; i < shown; i++) {
      if (!valueOf && !Object.prototype.hasOwnProperty.call(a, i)) {
        var holes = 0;
        while (i < shown && !Object.prototype.hasOwnProperty.call(a, i)) { holes++; i++; }
        i--;
        out.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>');
      } else {
        out.push(child(ctx, valueOf ? valueOf(i) : a[i], level));
      }
    }
    if (a.length > shown) out.push('... ' + (a.length - shown) + ' more item' + (a.length - shown > 1 ? 's' : ''));
    return out;
  }

  // child renders a value nested one level deeper, indented two more
  // spaces should it break over lines.
  function child(ctx, v, level) {
    ctx.indent += 2;
    try {
      return render(ctx, v, level + 1);
    } finally {
      ctx.indent -= 2;
    }
  }

  // render returns the text of any value at a nesting level.
  function render(ctx, v, level) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return primitive(v);
    var custom;
    try { custom = v[CUSTOM]; } catch (e) { /* ignore */ }
    if (typeof custom === 'function' && custom !== inspect && ctx.stack.indexOf(v) < 0) {
      var r = custom.call(v, ctx.opts.depth - level, Object.assign({}, ctx.opts), inspect);
      if (r !== v) return typeof r === 'string' ? r : render(ctx, r, level);
    }
    if (ctx.stack.indexOf(v) >= 0) {
      if (!ctx.refs.has(v)) ctx.refs.set(v, ctx.refs.size + 1);
      return '[Circular *' + ctx.refs.get(v) + ']';
    }
    var name = className(v);
    if (level > ctx.opts.depth) {
      if (Array.isArray(v)) return '[Array]';
      return '[' + (typeof v === 'function' ? functionHead(v).slice(1, -1) : name || 'Object: null prototype') + ']';
    }
    ctx.stack.push(v);
    var text;
    try {
      text = layout(ctx, v, level, name);
    } finally {
      ctx.stack.pop();
    }
    if (ctx.refs.has(v)) text = '<ref *' + ctx.refs.get(v) + '> ' + text;
    return text;
  }

  // layout works out the head, braces and entries of an object.
  function layout(ctx, v, level, name) {
    ctx.last = level;
    var head = '', open = '{', close = '}', entries, columns = false;
    var named = function (fallback, size) {
      var n = name === null ? '[' + fallback + (size !== undefined ? '(' + size + ')' : '') + ': null prototype]' : name + (size !== undefined ? '(' + size + ')' : '');
      return n === fallback || n === 'Object' ? '' : n;
    };
    if (Array.isArray(v)) {
      head = named('Array', name === 'Array' ? undefined : v.length);
      open = '['; close = ']';
      entries = arrayEntries(ctx, v, level);
      if (ctx.opts.showHidden) entries.push('[length]: ' + v.length);
      entries = entries.concat(ownEntries(ctx, v, level, function (k) { return k === 'length' || String(k >>> 0) === k; }));
      columns = true;
    } else if (native.isBuffer(v)) {
      var bytes = [];
      for (var b = 0; b < Math.min(v.length, 50); b++) bytes.push((v[b] < 16 ? '0' : '') + v[b].toString(16));
      return '<' + (name || 'Buffer') + (bytes.length ? ' ' + bytes.join(' ') : '') + (v.length > 50 ? ' ... ' + (v.length - 50) + ' more bytes' : '') + '>';
    } else if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      head = (name || 'TypedArray') + '(' + v.length + ')';
      open = '['; close = ']';
      entries = arrayEntries(ctx, v, level, function (i) { return v[i]; });
      columns = true;
    } else if (v instanceof Map) {
      head = (name || '[Map: null prototype]') + '(' + v.size + ')';
      entries = [];
      v.forEach(function (val, k) { entries.push(child(ctx, k, level) + ' => ' + child(ctx, val, level)); });
      entries = entries.concat(ownEntries(ctx, v, level));
    } else if (v instanceof Set) {
      head = (name || '[Set: null prototype]') + '(' + v.size + ')';
      entries = [];
      v.forEach(function (val) { entries.push(child(ctx, val, level)); });
      entries = entries.concat(ownEntries(ctx, v, level));
    } else if (typeof v === 'function') {
      head = functionHead(v);
      entries = ownEntries(ctx, v, level, function (k) { return k === 'prototype'; });
      if (!entries.length) return head;
    } else if (v instanceof Error) {
      head = errorHead(v);
      entries = ownEntries(ctx, v, level, function (k) { return k === 'stack' || k === 'message'; });
      if (!entries.length) return head;
    } else if (v instanceof Date) {
      head = isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
      entries = ownEntries(ctx, v, level);
      if (!entries.length) return head;
    } else if (v instanceof RegExp) {
      head = RegExp.prototype.toString.call(v);
      entries = ownEntries(ctx, v, level, function (k) { return k === 'lastIndex'; });
      if (!entries.length) return head;
    } else if (v instanceof Promise) {
      head = name === 'Promise' ? 'Promise' : named('Promise');
      var st = native.promiseState(v);
      entries = [st[0] === 'pending' ? '<pending>' : (st[0] === 'rejected' ? '<rejected> ' : '') + child(ctx, st[1], level)];
      entries = entries.concat(ownEntries(ctx, v, level));
    } else if (v instanceof String || v instanceof Number || v instanceof Boolean) {
      var kind = v instanceof String ? 'String' : v instanceof Number ? 'Number' : 'Boolean';
      head = '[' + kind + ': ' + primitive(v.valueOf()) + ']';
      entries = ownEntries(ctx, v, level, function (k) { return kind === 'String' && (k === 'length' || String(k >>> 0) === k); });
      if (!entries.length) return head;
    } else if (v instanceof ArrayBuffer) {
      head = (name || 'ArrayBuffer');
      var view = new Uint8Array(v);
      var hex = [];
      for (var h = 0; h < Math.min(view.length, 50); h++) hex.push((view[h] < 16 ? '0' : '') + view[h].toString(16));
      entries = ['[Uint8Contents]: <' + hex.join(' ') + (view.length > 50 ? ' ... ' + (view.length - 50) + ' more bytes' : '') + '>', 'byteLength: ' + v.byteLength];
    } else {
      head = named('Object');
      var tag = v[Symbol.toStringTag];
      if (typeof tag === 'string' && tag && tag !== name) head = (head || 'Object') + ' [' + tag + ']';
      entries = ownEntries(ctx, v, level);
    }
    if (!entries.length) return (head ? head + ' ' : '') + open + close;
    return join(ctx, entries, head, open, close, level, columns ? v : undefined);
  }

  // join lays out entries: on one line when the innermost levels are short
  // enough, in columns for a long array of short items, else one per line.
  function join(ctx, entries, head, open, close, level, array) {
    var lines = entries;
    if (array !== undefined && entries.length > 6) lines = inColumns(ctx, entries, array);
    if (ctx.last - level < COMBINE && lines === entries) {
      var start = entries.length + ctx.indent + open.length + head.length + 10;
      if (fitsOnALine(ctx, entries, start, head)) {
        var one = entries.join(', ');
        if (one.indexOf('\n') < 0) return (head ? head + ' ' : '') + open + ' ' + one + ' ' + close;
      }
    }
    var nl = '\n' + ' '.repeat(ctx.indent);
    return (head ? head + ' ' : '') + open + nl + '  ' + lines.join(',' + nl + '  ') + nl + close;
  }

  function fitsOnALine(ctx, entries, start, head) {
    var total = entries.length + start;
    if (total + entries.length > ctx.opts.breakLength) return false;
    for (var i = 0; i < entries.length; i++) {
      total += entries[i].length;
      if (total > ctx.opts.breakLength) return false;
    }
    return head.indexOf('\n') < 0;
  }

  // inColumns arranges a long array of short items in rows of columns, the
  // number of columns chosen as Node chooses it: about as many as make the
  // block roughly 2.5 times wider than tall, within the line length.
  // Numbers are right-aligned, anything else left-aligned.
  function inColumns(ctx, entries, array) {
    var n = entries.length;
    if (n > ctx.opts.maxArrayLength) n--; // the "... more items" entry stays apart
    var sep = 2, total = 0, widest = 0;
    for (var i = 0; i < n; i++) {
      total += entries[i].length + sep;
      widest = Math.max(widest, entries[i].length);
    }
    var cell = widest + sep;
    if (cell * 3 + ctx.indent >= ctx.opts.breakLength || (total / cell <= 5 && widest > 6)) return entries;
    var bias = Math.max(cell - 3 - Math.sqrt(cell - total / n), 1);
    var cols = Math.min(Math.round(Math.sqrt(2.5 * bias * n) / bias), Math.floor((ctx.opts.breakLength - ctx.indent) / cell), COMBINE * 4, 15);
    if (cols <= 1) return entries;
    var widths = [];
    for (var c = 0; c < cols; c++) {
      var w = 0;
      for (var j = c; j < n; j += cols) w = Math.max(w, entries[j].length);
      widths.push(w + sep);
    }
    var right = true;
    for (var k = 0; k < n; k++) {
      if (typeof array[k] !== 'number' && typeof array[k] !== 'bigint') { right = false; break; }
    }
    var rows = [];
    for (var r = 0; r < n; r += cols) {
      var row = '';
      var end = Math.min(r + cols, n);
      for (var e = r; e < end; e++) {
        var last = e === end - 1;
        var text = last ? entries[e] : entries[e] + ', ';
        var width = last ? widths[e - r] - sep : widths[e - r];
        row += right ? text.padStart(width) : last ? text : text.padEnd(width);
      }
      rows.push(row);
    }
    if (n < entries.length) rows.push(entries[n]);
    return rows;
  }

  // format implements util.format: printf-style directives in a first
  // string argument, then the remaining arguments, strings as they are and
  // everything else inspected.
  function format(opts, args) {
    var out = '', used = 0;
    if (typeof args[0] === 'string') {
      var f = args[0];
      used = 1;
      if (args.length === 1) return f;
      for (var i = 0; i < f.length; i++) {
        if (f[i] !== '%' || i + 1 >= f.length) { out += f[i]; continue; }
        var d = f[i + 1];
        if (d === '%') { out += '%'; i++; continue; }
        if ('sdifjoOc'.indexOf(d) < 0 || used >= args.length) { out += '%'; continue; }
        out += directive(d, args[used++], opts);
        i++;
      }
    }
    for (; used < args.length; used++) {
      var v = args[used];
      if (out !== '' || used > 0) out += ' ';
      out += typeof v === 'string' ? v : render(options(opts), v, 0);
    }
    return out;
  }

  function directive(d, v, opts) {
    switch (d) {
      case 's':
        if (typeof v === 'number') return number(v);
        if (typeof v === 'bigint') return v + 'n';
        if (typeof v === 'object' && v !== null && !ownToString(v)) return render(options(Object.assign({}, opts, { depth: 0 })), v, 0);
        return String(v);
      case 'd':
        return typeof v === 'bigint' ? v + 'n' : typeof v === 'symbol' ? 'NaN' : number(Number(v));
      case 'i':
        return typeof v === 'bigint' ? v + 'n' : typeof v === 'symbol' ? 'NaN' : number(parseInt(v));
      case 'f':
        return typeof v === 'symbol' ? 'NaN' : number(parseFloat(v));
      case 'j':
        try { return JSON.stringify(v); } catch (e) { return '[Circular]'; }
      case 'o':
        return render(options(Object.assign({}, opts, { showHidden: true, depth: 4 })), v, 0);
      case 'O':
        return render(options(opts), v, 0);
      default: // %c: CSS, which a log line ignores
        return '';
    }
  }

  // ownToString reports an object whose toString is its own or its
  // class's: %s prints String(v) for it. A toString found on the prototype
  // of a global constructor (Object, Array, Date, Error, …) is built in, and
  // %s inspects the object instead, as Node does.
  function ownToString(v) {
    if (typeof v.toString !== 'function') return false;
    for (var p = v; p !== null; p = Object.getPrototypeOf(p)) {
      if (!Object.prototype.hasOwnProperty.call(p, 'toString')) continue;
      if (p === v) return true;
      var c = Object.getOwnPropertyDescriptor(p, 'constructor');
      return !(c && typeof c.value === 'function' && c.value.name && globalThis[c.value.name] === c.value);
    }
    return false;
  }

  inspect.custom = CUSTOM;
  inspect.defaultOptions = { depth: 2, breakLength: LINE, compact: COMBINE, showHidden: false, maxArrayLength: 100 };
  return {
    inspect: inspect,
    format: function () { return format(undefined, Array.prototype.slice.call(arguments)); },
    formatWithOptions: function (o) { return format(o, Array.prototype.slice.call(arguments, 1)); },
    formatArgs: function (args) { return format(undefined, args); },
  };
}
