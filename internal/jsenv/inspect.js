// inspect and format: a subset of Node's util.inspect and util.format,
// ported from lib/internal/util/inspect.js (Node 22) and kept to what
// console output needs: nesting to a depth, arrays grouped in columns,
// strings quoted inside objects, class names, Map, Set, Date, RegExp,
// Error, typed arrays, Buffer, and circular references as [Circular *1].
function makeInspect() {
  'use strict';
  var keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
  var customSym = Symbol.for('nodejs.util.inspect.custom');
  var hidden = native.hidden; // symbols of plugmux's own internal state

  function quote(str) {
    var q = "'";
    if (str.indexOf("'") !== -1) {
      if (str.indexOf('"') === -1) q = '"';
      else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) q = '`';
    }
    var out = '';
    for (var i = 0; i < str.length; i++) {
      var c = str.charCodeAt(i);
      var ch = str[i];
      if (ch === q || ch === '\\') out += '\\' + ch;
      else if (c === 10) out += '\\n';
      else if (c === 9) out += '\\t';
      else if (c === 13) out += '\\r';
      else if (c === 8) out += '\\b';
      else if (c === 12) out += '\\f';
      else if (c === 11) out += '\\v';
      else if (c < 0x20 || c === 0x7f) out += '\\x' + (c < 16 ? '0' : '') + c.toString(16).toUpperCase();
      else out += ch;
    }
    return q + out + q;
  }

  function formatNumber(n) {
    if (Object.is(n, -0)) return '-0';
    return '' + n;
  }

  function formatPrimitive(v, ctx) {
    switch (typeof v) {
      case 'string': return quote(v);
      case 'number': return formatNumber(v);
      case 'bigint': return v + 'n';
      case 'boolean': return '' + v;
      case 'undefined': return 'undefined';
      case 'symbol': return v.toString();
    }
    return 'null';
  }

  function inspect(value, opts) {
    var ctx = {
      seen: [], circular: undefined, indentationLvl: 0, currentDepth: 0,
      depth: 2, breakLength: 128, compact: 3, showHidden: false, maxArrayLength: 100, maxStringLength: 10000,
    };
    if (opts && typeof opts === 'object') {
      for (var k in opts) if (k in ctx || k === 'colors' || k === 'sorted' || k === 'getters') ctx[k] = opts[k];
      if (ctx.depth === null) ctx.depth = Infinity;
    }
    return formatValue(ctx, value, 0, true);
  }

  function getCtorName(obj) {
    var o = obj;
    while (o !== null && o !== undefined) {
      var d = Object.getOwnPropertyDescriptor(o, 'constructor');
      if (d && typeof d.value === 'function' && d.value.name !== '') return d.value.name;
      o = Object.getPrototypeOf(o);
    }
    return null;
  }

  function prefix(ctor, tag, fallback, size) {
    if (ctor === null) {
      return '[' + fallback + (size !== undefined ? '(' + size + ')' : '') + ': null prototype] ';
    }
    var s = ctor + (size !== undefined ? '(' + size + ')' : '');
    if (tag !== '' && tag !== ctor) s += ' [' + tag + ']';
    return s + ' ';
  }

  function fnBase(value, ctor) {
    var src = '';
    try { src = Function.prototype.toString.call(value); } catch (e) { /* ignore */ }
    if (src.slice(0, 5) === 'class' && /^class(\s|\{)/.test(src)) {
      var b = '[class ' + (value.name || '(anonymous)');
      var sup = Object.getPrototypeOf(value);
      if (sup && sup.name) b += ' extends ' + sup.name;
      return b + ']';
    }
    var type = 'Function';
    if (ctor === 'AsyncFunction') type = 'AsyncFunction';
    else if (ctor === 'GeneratorFunction') type = 'GeneratorFunction';
    else if (ctor === 'AsyncGeneratorFunction') type = 'AsyncGeneratorFunction';
    var base = '[' + type;
    base += value.name === '' ? ' (anonymous)' : ': ' + value.name;
    base += ']';
    if (ctor !== type && ctor !== null) base += ' ' + ctor;
    if (ctor === null) base += ' (null prototype)';
    return base;
  }

  function formatError(err) {
    var stack = '';
    try { stack = err.stack; } catch (e) { /* ignore */ }
    if (typeof stack !== 'string' || stack === '') {
      try { stack = Error.prototype.toString.call(err); } catch (e) { stack = '[Error]'; }
    } else {
      // goja indents frames with a tab; Node with four spaces
      stack = stack.replace(/\n\t/g, '\n    ');
    }
    return stack;
  }

  function isTypedArray(v) { return ArrayBuffer.isView(v) && !(v instanceof DataView); }

  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== 'object' && typeof value !== 'function') {
      return formatPrimitive(value, ctx);
    }
    if (value === null) return 'null';
    var custom;
    try { custom = value[customSym]; } catch (e) { /* ignore */ }
    if (typeof custom === 'function' && custom !== inspect && ctx.seen.indexOf(value) === -1) {
      var ret = custom.call(value, ctx.depth - recurseTimes, Object.assign({}, ctx), inspect);
      if (ret !== value) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replace(/\n/g, '\n' + ' '.repeat(ctx.indentationLvl));
      }
    }
    if (ctx.seen.indexOf(value) !== -1) {
      var index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = new Map();
        ctx.circular.set(value, index);
      } else {
        index = ctx.circular.get(value);
        if (index === undefined) {
          index = ctx.circular.size + 1;
          ctx.circular.set(value, index);
        }
      }
      return '[Circular *' + index + ']';
    }
    return formatRaw(ctx, value, recurseTimes);
  }

  function ownKeys(value, showHidden) {
    var keys = showHidden ? Object.getOwnPropertyNames(value) : Object.keys(value);
    var syms = Object.getOwnPropertySymbols(value);
    for (var i = 0; i < syms.length; i++) {
      if (hidden.indexOf(syms[i]) !== -1) continue;
      if (showHidden || Object.prototype.propertyIsEnumerable.call(value, syms[i])) keys.push(syms[i]);
    }
    return keys;
  }

  function formatRaw(ctx, value, recurseTimes) {
    var keys;
    var ctor = getCtorName(value);
    var tag = '';
    try { tag = value[Symbol.toStringTag]; } catch (e) { /* ignore */ }
    if (typeof tag !== 'string') tag = '';
    var base = '';
    var formatter = formatObjectEntries;
    var braces;
    var noIterator = true;
    var extrasType = 0; // 0 object, 2 array extras (1: array elements)
    var isBuf = false;

    if (Array.isArray(value)) {
      keys = ownKeys(value, ctx.showHidden).filter(function (k) { return typeof k !== 'string' || !/^(0|[1-9][0-9]*)$/.test(k) || k === 'length' && false; });
      if (!ctx.showHidden) keys = keys.filter(function (k) { return k !== 'length'; });
      var p = (ctor !== 'Array' || tag !== '') ? prefix(ctor, tag, 'Array', value.length) : '';
      braces = [p + '[', ']'];
      if (value.length === 0 && keys.length === 0) return braces[0] + ']';
      extrasType = 2;
      formatter = formatArray;
    } else if (value instanceof Set || (typeof Set === 'function' && tryCall(Set.prototype, 'has', value))) {
      keys = ownKeys(value, ctx.showHidden);
      var sp = prefix(ctor, tag, 'Set', value.size);
      formatter = formatSet;
      if (value.size === 0 && keys.length === 0) return sp + '{}';
      braces = [sp + '{', '}'];
    } else if (value instanceof Map) {
      keys = ownKeys(value, ctx.showHidden);
      var mp = prefix(ctor, tag, 'Map', value.size);
      formatter = formatMap;
      if (value.size === 0 && keys.length === 0) return mp + '{}';
      braces = [mp + '{', '}'];
    } else if (isTypedArray(value)) {
      keys = ownKeys(value, ctx.showHidden).filter(function (k) { return typeof k !== 'string' || !/^(0|[1-9][0-9]*)$/.test(k); });
      if (native.isBuffer(value)) {
        var hex = [];
        var n = Math.min(value.length, 50);
        for (var bi = 0; bi < n; bi++) hex.push((value[bi] < 16 ? '0' : '') + value[bi].toString(16));
        var str = '<' + (ctor || 'Buffer') + (hex.length ? ' ' + hex.join(' ') : '') + (value.length > 50 ? ' ... ' + (value.length - 50) + ' more bytes' : '') + '>';
        if (keys.length === 0) return str;
        isBuf = true;
      }
      var tp = prefix(ctor, tag !== ctor ? tag : '', tag || 'TypedArray', value.length);
      braces = [tp + '[', ']'];
      if (value.length === 0 && keys.length === 0) return braces[0] + ']';
      formatter = formatTypedArray;
      extrasType = 2;
    } else {
      noIterator = true;
      keys = ownKeys(value, ctx.showHidden);
      braces = ['{', '}'];
      if (typeof value === 'function') {
        base = fnBase(value, ctor);
        if (keys.length === 0) return base;
      } else if (value instanceof RegExp) {
        base = RegExp.prototype.toString.call(value);
        if (keys.length === 0) return base;
      } else if (value instanceof Date) {
        base = isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
        if (ctor !== 'Date') base = prefix(ctor, '', 'Date') + base;
        if (keys.length === 0) return base;
      } else if (value instanceof Error) {
        base = formatError(value);
        keys = keys.filter(function (k) { return k !== 'stack' && k !== 'message'; });
        if (keys.length === 0) return base;
      } else if (value instanceof ArrayBuffer) {
        var u8 = new Uint8Array(value);
        var hx = [];
        for (var ai = 0; ai < Math.min(u8.length, 50); ai++) hx.push((u8[ai] < 16 ? '0' : '') + u8[ai].toString(16));
        keys = ['byteLength'];
        braces[0] = prefix(ctor, '', 'ArrayBuffer') + '{';
        formatter = function (ctx2, v, rt) {
          return ['[Uint8Contents]: <' + hx.join(' ') + (u8.length > 50 ? ' ... ' + (u8.length - 50) + ' more bytes' : '') + '>'];
        };
        var outAB = formatter();
        outAB.push('byteLength: ' + value.byteLength);
        return braces[0] + ' ' + outAB.join(', ') + ' }';
      } else if (value instanceof Promise) {
        var st = native.promiseState(value);
        braces[0] = prefix(ctor, '', 'Promise') + '{';
        formatter = function (ctx2, v, rt) {
          if (st[0] === 'pending') return ['<pending>'];
          ctx2.indentationLvl += 2;
          var r = formatValue(ctx2, st[1], rt);
          ctx2.indentationLvl -= 2;
          return [st[0] === 'rejected' ? '<rejected> ' + r : r];
        };
      } else if (value instanceof WeakMap || value instanceof WeakSet) {
        return prefix(ctor, '', value instanceof WeakMap ? 'WeakMap' : 'WeakSet') + '{ <items unknown> }';
      } else if (value instanceof Number || value instanceof String || value instanceof Boolean) {
        var t = value instanceof Number ? 'Number' : value instanceof String ? 'String' : 'Boolean';
        base = '[' + t + ': ' + formatPrimitive(value.valueOf(), ctx) + ']';
        if (value instanceof String) keys = keys.filter(function (k) { return typeof k !== 'string' || !/^(0|[1-9][0-9]*)$/.test(k); });
        if (keys.length === 0) return base;
      } else {
        if (ctor === 'Object') {
          if (tag !== '') braces[0] = prefix(ctor, tag, 'Object') + '{';
        } else {
          braces[0] = prefix(ctor, tag, 'Object') + '{';
        }
        if (keys.length === 0) return braces[0] + '}';
      }
    }

    if (recurseTimes > ctx.depth) {
      var name = (ctor || tag || 'Object');
      if (Array.isArray(value)) return '[Array]';
      return '[' + name + ']';
    }
    recurseTimes += 1;
    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    var output;
    try {
      output = formatter(ctx, value, recurseTimes);
      for (var i = 0; i < keys.length; i++) {
        output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
      }
    } finally {
      ctx.seen.pop();
    }
    if (isBuf) {
      // a Buffer with own properties: the bytes, then the properties
    }
    if (ctx.circular !== undefined) {
      var idx = ctx.circular.get(value);
      if (idx !== undefined) {
        var ref = '<ref *' + idx + '>';
        base = base === '' ? ref : ref + ' ' + base;
      }
    }
    return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  }

  function tryCall(proto, m, v) {
    try { proto[m].call(v); return true; } catch (e) { return false; }
  }

  function formatObjectEntries() { return []; }

  function formatArray(ctx, value, recurseTimes) {
    var len = value.length;
    var max = Math.min(ctx.maxArrayLength, len);
    var output = [];
    var holes = 0;
    for (var i = 0; i < max; i++) {
      if (!Object.prototype.hasOwnProperty.call(value, i)) {
        holes++;
        continue;
      }
      if (holes > 0) {
        output.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>');
        holes = 0;
      }
      output.push(formatProperty(ctx, value, recurseTimes, i, 1));
    }
    if (holes > 0) output.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>');
    if (len > max) output.push('... ' + (len - max) + ' more item' + (len - max > 1 ? 's' : ''));
    return output;
  }

  function formatTypedArray(ctx, value) {
    var len = value.length;
    var max = Math.min(ctx.maxArrayLength, len);
    var output = [];
    for (var i = 0; i < max; i++) output.push(typeof value[i] === 'bigint' ? value[i] + 'n' : formatNumber(value[i]));
    if (len > max) output.push('... ' + (len - max) + ' more item' + (len - max > 1 ? 's' : ''));
    return output;
  }

  function formatSet(ctx, value, recurseTimes) {
    var output = [];
    ctx.indentationLvl += 2;
    value.forEach(function (v) { output.push(formatValue(ctx, v, recurseTimes)); });
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatMap(ctx, value, recurseTimes) {
    var output = [];
    ctx.indentationLvl += 2;
    value.forEach(function (v, k) {
      output.push(formatValue(ctx, k, recurseTimes) + ' => ' + formatValue(ctx, v, recurseTimes));
    });
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatProperty(ctx, value, recurseTimes, key, type) {
    var name, str;
    var desc = Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
    if (desc.value !== undefined || !('get' in desc || 'set' in desc)) {
      var diff = ctx.compact !== true || type !== 0 ? 2 : 3;
      ctx.indentationLvl += diff;
      str = formatValue(ctx, desc.value, recurseTimes);
      ctx.indentationLvl -= diff;
    } else if (desc.get !== undefined) {
      str = desc.set !== undefined ? '[Getter/Setter]' : '[Getter]';
    } else if (desc.set !== undefined) {
      str = '[Setter]';
    } else {
      str = 'undefined';
    }
    if (type === 1) return str;
    if (typeof key === 'symbol') {
      name = '[' + key.toString() + ']';
    } else if (keyStrRegExp.test(key)) {
      name = key;
    } else {
      name = quote(key);
    }
    if (desc.enumerable === false) name = '[' + name + ']';
    return name + ': ' + str;
  }

  function isBelowBreakLength(ctx, output, start, base) {
    var totalLength = output.length + start;
    if (totalLength + output.length > ctx.breakLength) return false;
    for (var i = 0; i < output.length; i++) {
      totalLength += output[i].length;
      if (totalLength > ctx.breakLength) return false;
    }
    return base === '' || base.indexOf('\n') === -1;
  }

  function groupArrayElements(ctx, output, value) {
    var totalLength = 0;
    var maxLength = 0;
    var i = 0;
    var outputLength = output.length;
    if (ctx.maxArrayLength < output.length) outputLength--;
    var separatorSpace = 2;
    var dataLen = new Array(outputLength);
    for (; i < outputLength; i++) {
      var len = output[i].length;
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    var actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
        (totalLength / actualMax > 5 || maxLength <= 6)) {
      var averageBias = Math.sqrt(actualMax - totalLength / output.length);
      var biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      var columns = Math.min(
        Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
        Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15);
      if (columns <= 1) return output;
      var tmp = [];
      var maxLineLength = [];
      for (var c = 0; c < columns; c++) {
        var lineLength = 0;
        for (var j = c; j < output.length; j += columns) {
          if (dataLen[j] > lineLength) lineLength = dataLen[j];
        }
        maxLineLength.push(lineLength + separatorSpace);
      }
      var padStart = true;
      if (value !== undefined) {
        for (var k = 0; k < output.length; k++) {
          if (typeof value[k] !== 'number' && typeof value[k] !== 'bigint') {
            padStart = false;
            break;
          }
        }
      }
      for (var r = 0; r < outputLength; r += columns) {
        var maxI = Math.min(r + columns, outputLength);
        var str = '';
        var jj = r;
        for (; jj < maxI - 1; jj++) {
          var padding = maxLineLength[jj - r];
          str += padStart ? (output[jj] + ', ').padStart(padding, ' ') : (output[jj] + ', ').padEnd(padding, ' ');
        }
        if (padStart) {
          str += output[jj].padStart(maxLineLength[jj - r] - separatorSpace, ' ');
        } else {
          str += output[jj];
        }
        tmp.push(str);
      }
      if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
      output = tmp;
    }
    return output;
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    var entries = output.length;
    if (extrasType === 2 && entries > 6) output = groupArrayElements(ctx, output, value);
    if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
      var start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
      if (isBelowBreakLength(ctx, output, start, base)) {
        var joined = output.join(', ');
        if (joined.indexOf('\n') === -1) {
          return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
        }
      }
    }
    var indentation = '\n' + ' '.repeat(ctx.indentationLvl);
    return (base ? base + ' ' : '') + braces[0] + indentation + '  ' + output.join(',' + indentation + '  ') + indentation + braces[1];
  }

  function hasBuiltInToString(v) {
    var o = v;
    while (o !== null && o !== undefined) {
      if (Object.prototype.hasOwnProperty.call(o, 'toString') && o !== Object.prototype && o !== Error.prototype && o !== Date.prototype && o !== Array.prototype && o !== RegExp.prototype && o !== Function.prototype) {
        return false;
      }
      o = Object.getPrototypeOf(o);
    }
    return true;
  }

  function tryStringify(v) {
    try {
      return JSON.stringify(v);
    } catch (e) {
      if (e instanceof TypeError && /circular/i.test(e.message)) return '[Circular]';
      throw e;
    }
  }

  function formatWithOptions(inspectOptions, args) {
    var first = args[0];
    var a = 0;
    var str = '';
    var join = '';
    if (typeof first === 'string') {
      if (args.length === 1) return first;
      var tempStr;
      var lastPos = 0;
      for (var i = 0; i < first.length - 1; i++) {
        if (first.charCodeAt(i) === 37) {
          var nextChar = first.charCodeAt(++i);
          if (a + 1 !== args.length) {
            switch (nextChar) {
              case 115: { // s
                var tempArg = args[++a];
                if (typeof tempArg === 'number') tempStr = formatNumber(tempArg);
                else if (typeof tempArg === 'bigint') tempStr = tempArg + 'n';
                else if (typeof tempArg !== 'object' || tempArg === null || !hasBuiltInToString(tempArg)) tempStr = String(tempArg);
                else tempStr = inspect(tempArg, Object.assign({}, inspectOptions, { depth: 0, compact: 3 }));
                break;
              }
              case 106: tempStr = tryStringify(args[++a]); break; // j
              case 100: { // d
                var tn = args[++a];
                if (typeof tn === 'bigint') tempStr = tn + 'n';
                else if (typeof tn === 'symbol') tempStr = 'NaN';
                else tempStr = formatNumber(Number(tn));
                break;
              }
              case 79: tempStr = inspect(args[++a], inspectOptions); break; // O
              case 111: tempStr = inspect(args[++a], Object.assign({}, inspectOptions, { showHidden: true, depth: 4 })); break; // o
              case 105: { // i
                var ti = args[++a];
                if (typeof ti === 'bigint') tempStr = ti + 'n';
                else if (typeof ti === 'symbol') tempStr = 'NaN';
                else tempStr = formatNumber(parseInt(ti));
                break;
              }
              case 102: { // f
                var tf = args[++a];
                tempStr = typeof tf === 'symbol' ? 'NaN' : formatNumber(parseFloat(tf));
                break;
              }
              case 99: a += 1; tempStr = ''; break; // c
              case 37: // %
                str += first.slice(lastPos, i);
                lastPos = i + 1;
                continue;
              default:
                continue;
            }
            if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
            str += tempStr;
            lastPos = i + 1;
          } else if (nextChar === 37) {
            str += first.slice(lastPos, i);
            lastPos = i + 1;
          }
        }
      }
      if (lastPos !== 0) {
        a++;
        join = ' ';
        if (lastPos < first.length) str += first.slice(lastPos);
      }
    }
    while (a < args.length) {
      var value = args[a];
      str += join;
      str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
      join = ' ';
      a++;
    }
    return str;
  }

  inspect.custom = customSym;
  inspect.defaultOptions = { depth: 2, breakLength: 128, compact: 3, showHidden: false, maxArrayLength: 100 };
  return {
    inspect: inspect,
    format: function () { return formatWithOptions(undefined, Array.prototype.slice.call(arguments)); },
    formatWithOptions: function (o) { return formatWithOptions(o, Array.prototype.slice.call(arguments, 1)); },
    formatArgs: function (args) { return formatWithOptions(undefined, args); },
  };
}
