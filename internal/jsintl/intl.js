// The Intl object: ECMA-402's classes, reading and validating options here
// and formatting in Go (`native`). Evaluated once per runtime, on first use
// of Intl; returns { Intl, dateToLocale, numberToLocale, compare }.
(function (native) {
  'use strict';

  function toObject(o) {
    if (o === undefined) return Object.create(null);
    if (o === null) throw new TypeError('Cannot convert undefined or null to object');
    return Object(o);
  }
  function getOption(o, name, values, fallback) {
    var v = o[name];
    if (v === undefined) return fallback;
    if (values === 'boolean') return Boolean(v);
    v = String(v);
    if (values && values.indexOf(v) === -1) throw new RangeError('Value ' + v + ' out of range for Intl options property ' + name);
    return v;
  }
  function getNumberOption(o, name, lo, hi, fallback) {
    var v = o[name];
    if (v === undefined) return fallback;
    v = Number(v);
    if (isNaN(v) || v < lo || v > hi) throw new RangeError(name + ' value is out of range.');
    return Math.floor(v);
  }
  function localeList(locales) {
    if (locales === undefined) return [];
    var list = typeof locales === 'string' || (locales !== null && typeof locales === 'object' && !Array.isArray(locales) && locales.baseName !== undefined) ? [locales] : toObject(locales);
    var out = [], n = list.length >>> 0;
    for (var i = 0; i < n; i++) {
      if (!(i in list)) continue;
      var tag = list[i];
      if (typeof tag !== 'string' && (tag === null || typeof tag !== 'object')) throw new TypeError('Language ID should be string or object.');
      var c = native.canonical(String(tag.baseName !== undefined && typeof tag === 'object' ? tag.toString() : tag));
      if (c === null) throw new RangeError('Incorrect locale information provided');
      if (out.indexOf(c) === -1) out.push(c);
    }
    return out;
  }
  function supportedLocalesOf(locales, options) {
    if (options !== undefined) getOption(toObject(options), 'localeMatcher', ['lookup', 'best fit'], 'best fit');
    return native.supported(localeList(locales));
  }
  function setTag(C, tag) {
    Object.defineProperty(C.prototype, Symbol.toStringTag, { value: tag, configurable: true });
    Object.defineProperty(C, 'supportedLocalesOf', { value: supportedLocalesOf, writable: true, configurable: true });
  }
  var kH = Symbol('handle'), kR = Symbol('resolved'), kBound = Symbol('bound');
  function check(o, C, m) {
    if (o === null || typeof o !== 'object' || !(kH in o)) throw new TypeError('Method Intl.' + C + '.prototype.' + m + ' called on incompatible receiver ' + String(o));
  }
  function copy(r) {
    var o = {};
    for (var k in r) o[k] = Array.isArray(r[k]) ? r[k].slice() : r[k];
    return o;
  }
  function partsOf(flat) {
    var out = [];
    for (var i = 0; i < flat.length; i += 2) out.push({ type: flat[i], value: flat[i + 1] });
    return out;
  }

  // --- DateTimeFormat ---
  var dateFields = ['weekday', 'era', 'year', 'month', 'day'];
  var timeFields = ['dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits'];
  function dateTimeOptions(locales, options, required, defaults) {
    var o = toObject(options);
    var r = {};
    getOption(o, 'localeMatcher', ['lookup', 'best fit'], 'best fit');
    var cal = getOption(o, 'calendar', undefined, undefined);
    if (cal !== undefined && cal !== 'gregory' && cal !== 'iso8601') throw new RangeError('Invalid calendar : ' + cal);
    var nu = getOption(o, 'numberingSystem', undefined, undefined);
    if (nu !== undefined && nu !== 'latn') throw new RangeError('Invalid numberingSystem : ' + nu);
    var h12 = o.hour12;
    r.hour12 = h12 === undefined ? undefined : Boolean(h12);
    r.hourCycle = getOption(o, 'hourCycle', ['h11', 'h12', 'h23', 'h24'], '');
    if (r.hour12 !== undefined) r.hourCycle = '';
    var tz = o.timeZone;
    r.timeZone = tz === undefined ? '' : String(tz);
    r.weekday = getOption(o, 'weekday', ['narrow', 'short', 'long'], '');
    r.era = getOption(o, 'era', ['narrow', 'short', 'long'], '');
    r.year = getOption(o, 'year', ['2-digit', 'numeric'], '');
    r.month = getOption(o, 'month', ['2-digit', 'numeric', 'narrow', 'short', 'long'], '');
    r.day = getOption(o, 'day', ['2-digit', 'numeric'], '');
    r.dayPeriod = getOption(o, 'dayPeriod', ['narrow', 'short', 'long'], '');
    r.hour = getOption(o, 'hour', ['2-digit', 'numeric'], '');
    r.minute = getOption(o, 'minute', ['2-digit', 'numeric'], '');
    r.second = getOption(o, 'second', ['2-digit', 'numeric'], '');
    r.fractionalSecondDigits = getNumberOption(o, 'fractionalSecondDigits', 1, 3, 0);
    r.timeZoneName = getOption(o, 'timeZoneName', ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric'], '');
    getOption(o, 'formatMatcher', ['basic', 'best fit'], 'best fit');
    r.dateStyle = getOption(o, 'dateStyle', ['full', 'long', 'medium', 'short'], '');
    r.timeStyle = getOption(o, 'timeStyle', ['full', 'long', 'medium', 'short'], '');
    var i, any = false;
    for (i = 0; i < dateFields.length; i++) if (r[dateFields[i]]) any = true;
    for (i = 0; i < timeFields.length; i++) if (r[timeFields[i]]) any = true;
    if (r.dateStyle || r.timeStyle) {
      if (any || r.timeZoneName) throw new TypeError("Can't set option " + firstSet(r) + ' when ' + (r.dateStyle ? 'dateStyle' : 'timeStyle') + ' is used');
      if (required === 'date' && !r.dateStyle) throw new TypeError('Invalid option : timeStyle');
      if (required === 'time' && !r.timeStyle) throw new TypeError('Invalid option : dateStyle');
    } else {
      var need = true;
      if (required === 'date' || required === 'any') for (i = 0; i < dateFields.length; i++) if (dateFields[i] !== 'era' && r[dateFields[i]]) need = false;
      if (required === 'time' || required === 'any') for (i = 0; i < timeFields.length; i++) if (r[timeFields[i]]) need = false;
      if (need && (defaults === 'date' || defaults === 'all')) { r.year = 'numeric'; r.month = 'numeric'; r.day = 'numeric'; }
      if (need && (defaults === 'time' || defaults === 'all')) { r.hour = 'numeric'; r.minute = 'numeric'; r.second = 'numeric'; }
    }
    return native.dtfNew(localeList(locales), r);
  }
  function firstSet(r) {
    var all = dateFields.concat(timeFields, ['timeZoneName']);
    for (var i = 0; i < all.length; i++) if (r[all[i]]) return all[i];
    return '';
  }
  function timeOf(d) {
    var t = d === undefined ? Date.now() : Number(d);
    if (!isFinite(t)) throw new RangeError('Invalid time value');
    return t;
  }
  function DateTimeFormat(locales, options) {
    if (!(this instanceof DateTimeFormat)) return new DateTimeFormat(locales, options);
    var r = dateTimeOptions(locales, options, 'any', 'date');
    Object.defineProperty(this, kH, { value: r.handle });
    Object.defineProperty(this, kR, { value: r.resolved });
  }
  Object.defineProperty(DateTimeFormat.prototype, 'format', {
    configurable: true,
    get: function () {
      check(this, 'DateTimeFormat', 'format');
      if (!this[kBound]) {
        var h = this[kH];
        Object.defineProperty(this, kBound, { value: function (d) { return native.dtfFormat(h, timeOf(d)); } });
      }
      return this[kBound];
    },
  });
  DateTimeFormat.prototype.formatToParts = function (d) {
    check(this, 'DateTimeFormat', 'formatToParts');
    return partsOf(native.dtfParts(this[kH], timeOf(d)));
  };
  DateTimeFormat.prototype.formatRange = function (a, b) {
    check(this, 'DateTimeFormat', 'formatRange');
    if (a === undefined || b === undefined) throw new TypeError('startDate and endDate must be defined');
    return native.dtfRange(this[kH], timeOf(a), timeOf(b), false);
  };
  DateTimeFormat.prototype.formatRangeToParts = function (a, b) {
    check(this, 'DateTimeFormat', 'formatRangeToParts');
    if (a === undefined || b === undefined) throw new TypeError('startDate and endDate must be defined');
    var flat = native.dtfRange(this[kH], timeOf(a), timeOf(b), true), out = [];
    for (var i = 0; i < flat.length; i += 3) out.push({ type: flat[i], value: flat[i + 1], source: flat[i + 2] });
    return out;
  };
  DateTimeFormat.prototype.resolvedOptions = function () {
    check(this, 'DateTimeFormat', 'resolvedOptions');
    return copy(this[kR]);
  };
  setTag(DateTimeFormat, 'Intl.DateTimeFormat');

  function dateToLocale(t, locales, options, required, defaults) {
    if (isNaN(t)) return 'Invalid Date';
    var r = dateTimeOptions(locales, options, required, defaults);
    return native.dtfFormat(r.handle, t);
  }

  // --- NumberFormat ---
  function numberOptions(locales, options) {
    var o = toObject(options);
    var r = {};
    getOption(o, 'localeMatcher', ['lookup', 'best fit'], 'best fit');
    var nu = getOption(o, 'numberingSystem', undefined, undefined);
    if (nu !== undefined && nu !== 'latn') throw new RangeError('Invalid numberingSystem : ' + nu);
    r.style = getOption(o, 'style', ['decimal', 'percent', 'currency', 'unit'], 'decimal');
    var cur = getOption(o, 'currency', undefined, undefined);
    if (cur !== undefined && !/^[A-Za-z]{3}$/.test(cur)) throw new RangeError('Invalid currency code : ' + cur);
    r.currency = cur === undefined ? '' : cur.toUpperCase();
    r.currencyDisplay = getOption(o, 'currencyDisplay', ['code', 'symbol', 'narrowSymbol', 'name'], 'symbol');
    r.currencySign = getOption(o, 'currencySign', ['standard', 'accounting'], 'standard');
    var unit = getOption(o, 'unit', undefined, undefined);
    r.unit = unit === undefined ? '' : unit;
    r.unitDisplay = getOption(o, 'unitDisplay', ['short', 'narrow', 'long'], 'short');
    if (r.style === 'currency' && !r.currency) throw new TypeError('Currency code is required with currency style.');
    if (r.style === 'unit' && !r.unit) throw new TypeError('Invalid unit argument for Intl.NumberFormat() \'undefined\'');
    r.notation = getOption(o, 'notation', ['standard', 'scientific', 'engineering', 'compact'], 'standard');
    var digitsDefault = native.currencyDigits(r.currency);
    var mnfdDefault = r.style === 'currency' && r.notation === 'standard' ? digitsDefault : 0;
    var mxfdDefault = r.style === 'currency' && r.notation === 'standard' ? Math.max(mnfdDefault, digitsDefault) : r.style === 'percent' ? 0 : r.notation === 'compact' ? 0 : 3;
    r.minimumIntegerDigits = getNumberOption(o, 'minimumIntegerDigits', 1, 21, 1);
    var mnfd = o.minimumFractionDigits, mxfd = o.maximumFractionDigits, mnsd = o.minimumSignificantDigits, mxsd = o.maximumSignificantDigits;
    r.roundingPriority = getOption(o, 'roundingPriority', ['auto', 'morePrecision', 'lessPrecision'], 'auto');
    r.sig = mnsd !== undefined || mxsd !== undefined;
    if (r.sig) {
      r.minimumSignificantDigits = getNumberOption(o, 'minimumSignificantDigits', 1, 21, 1);
      r.maximumSignificantDigits = getNumberOption(o, 'maximumSignificantDigits', r.minimumSignificantDigits, 21, 21);
    }
    r.frac = mnfd !== undefined || mxfd !== undefined || !r.sig;
    if (mnfd !== undefined || mxfd !== undefined) {
      mnfd = getNumberOption(o, 'minimumFractionDigits', 0, 100, undefined);
      mxfd = getNumberOption(o, 'maximumFractionDigits', 0, 100, undefined);
      if (mnfd === undefined) mnfd = Math.min(mnfdDefault, mxfd);
      else if (mxfd === undefined) mxfd = Math.max(mxfdDefault, mnfd);
      else if (mnfd > mxfd) throw new RangeError('maximumFractionDigits value is out of range.');
      r.minimumFractionDigits = mnfd;
      r.maximumFractionDigits = mxfd;
    } else {
      r.minimumFractionDigits = mnfdDefault;
      r.maximumFractionDigits = mxfdDefault;
    }
    r.compactRounding = r.notation === 'compact' && !r.sig && mnfd === undefined && mxfd === undefined;
    if (r.sig && mnfd === undefined && mxfd === undefined) r.frac = false;
    r.compactDisplay = getOption(o, 'compactDisplay', ['short', 'long'], 'short');
    var g = o.useGrouping;
    r.useGrouping = g === undefined ? (r.notation === 'compact' ? 'min2' : 'auto') : g === true || g === 'always' ? 'always' : g === false || g === null || g === '' ? 'false' : g === 'min2' ? 'min2' : 'auto';
    r.signDisplay = getOption(o, 'signDisplay', ['auto', 'never', 'always', 'exceptZero', 'negative'], 'auto');
    r.roundingMode = getOption(o, 'roundingMode', ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'], 'halfExpand');
    r.trailingZeroDisplay = getOption(o, 'trailingZeroDisplay', ['auto', 'stripIfInteger'], 'auto');
    return native.nfNew(localeList(locales), r);
  }
  function toNumeric(n) {
    if (typeof n === 'bigint') return n.toString();
    if (typeof n === 'string') return n;
    n = Number(n);
    if (Object.is(n, -0)) return '-0';
    return n;
  }
  function NumberFormat(locales, options) {
    if (!(this instanceof NumberFormat)) return new NumberFormat(locales, options);
    var r = numberOptions(locales, options);
    Object.defineProperty(this, kH, { value: r.handle });
    Object.defineProperty(this, kR, { value: r.resolved });
  }
  Object.defineProperty(NumberFormat.prototype, 'format', {
    configurable: true,
    get: function () {
      check(this, 'NumberFormat', 'format');
      if (!this[kBound]) {
        var h = this[kH];
        Object.defineProperty(this, kBound, { value: function (n) { return native.nfFormat(h, toNumeric(n)); } });
      }
      return this[kBound];
    },
  });
  NumberFormat.prototype.formatToParts = function (n) {
    check(this, 'NumberFormat', 'formatToParts');
    return partsOf(native.nfParts(this[kH], toNumeric(n)));
  };
  function rangeArgs(a, b) {
    if (a === undefined || b === undefined) throw new TypeError('start and end must be defined');
    var x = toNumeric(a), y = toNumeric(b);
    if ((typeof x === 'number' && isNaN(x)) || (typeof y === 'number' && isNaN(y))) throw new RangeError('Invalid number value');
    return [x, y];
  }
  function rangePartsOf(flat) {
    var out = [];
    for (var i = 0; i < flat.length; i += 3) out.push({ type: flat[i], value: flat[i + 1], source: flat[i + 2] });
    return out;
  }
  NumberFormat.prototype.formatRange = function (a, b) {
    check(this, 'NumberFormat', 'formatRange');
    var r = rangeArgs(a, b);
    return native.nfRange(this[kH], r[0], r[1], false);
  };
  NumberFormat.prototype.formatRangeToParts = function (a, b) {
    check(this, 'NumberFormat', 'formatRangeToParts');
    var r = rangeArgs(a, b);
    return rangePartsOf(native.nfRange(this[kH], r[0], r[1], true));
  };
  NumberFormat.prototype.resolvedOptions = function () {
    check(this, 'NumberFormat', 'resolvedOptions');
    return copy(this[kR]);
  };
  setTag(NumberFormat, 'Intl.NumberFormat');
  function numberToLocale(n, locales, options) {
    return native.nfFormat(numberOptions(locales, options).handle, toNumeric(n));
  }

  // --- PluralRules ---
  function PluralRules(locales, options) {
    if (!(this instanceof PluralRules)) throw new TypeError("Constructor Intl.PluralRules requires 'new'");
    var o = toObject(options);
    var type = getOption(o, 'type', ['cardinal', 'ordinal'], 'cardinal');
    var n = numberOptions(undefined, {
      minimumIntegerDigits: o.minimumIntegerDigits, minimumFractionDigits: o.minimumFractionDigits, maximumFractionDigits: o.maximumFractionDigits,
      minimumSignificantDigits: o.minimumSignificantDigits, maximumSignificantDigits: o.maximumSignificantDigits, useGrouping: false,
    });
    var r = native.prNew(localeList(locales), type, n.handle);
    Object.defineProperty(this, kH, { value: r.handle });
    var res = { locale: r.locale, type: type };
    var nr = n.resolved;
    ['minimumIntegerDigits', 'minimumFractionDigits', 'maximumFractionDigits', 'minimumSignificantDigits', 'maximumSignificantDigits'].forEach(function (k) { if (nr[k] !== undefined) res[k] = nr[k]; });
    res.pluralCategories = r.categories;
    res.roundingIncrement = 1;
    res.roundingMode = 'halfExpand';
    res.roundingPriority = 'auto';
    res.trailingZeroDisplay = 'auto';
    Object.defineProperty(this, kR, { value: res });
  }
  PluralRules.prototype.select = function (n) {
    check(this, 'PluralRules', 'select');
    return native.prSelect(this[kH], Number(n));
  };
  PluralRules.prototype.selectRange = function (a, b) {
    check(this, 'PluralRules', 'selectRange');
    return native.prSelect(this[kH], Number(b));
  };
  PluralRules.prototype.resolvedOptions = function () {
    check(this, 'PluralRules', 'resolvedOptions');
    return copy(this[kR]);
  };
  setTag(PluralRules, 'Intl.PluralRules');

  // --- Collator ---
  function collatorOptions(locales, options) {
    var o = toObject(options);
    var r = {};
    r.usage = getOption(o, 'usage', ['sort', 'search'], 'sort');
    getOption(o, 'localeMatcher', ['lookup', 'best fit'], 'best fit');
    var col = getOption(o, 'collation', undefined, undefined);
    r.numeric = o.numeric === undefined ? false : Boolean(o.numeric);
    r.caseFirst = getOption(o, 'caseFirst', ['upper', 'lower', 'false'], 'false');
    r.sensitivity = getOption(o, 'sensitivity', ['base', 'accent', 'case', 'variant'], 'variant');
    r.ignorePunctuation = o.ignorePunctuation === undefined ? false : Boolean(o.ignorePunctuation);
    void col;
    return native.colNew(localeList(locales), r);
  }
  function Collator(locales, options) {
    if (!(this instanceof Collator)) return new Collator(locales, options);
    var r = collatorOptions(locales, options);
    Object.defineProperty(this, kH, { value: r.handle });
    Object.defineProperty(this, kR, { value: r.resolved });
  }
  Object.defineProperty(Collator.prototype, 'compare', {
    configurable: true,
    get: function () {
      check(this, 'Collator', 'compare');
      if (!this[kBound]) {
        var h = this[kH];
        Object.defineProperty(this, kBound, { value: function (a, b) { return native.colCompare(h, String(a), String(b)); } });
      }
      return this[kBound];
    },
  });
  Collator.prototype.resolvedOptions = function () {
    check(this, 'Collator', 'resolvedOptions');
    return copy(this[kR]);
  };
  setTag(Collator, 'Intl.Collator');
  function compare(a, b, locales, options) {
    return native.colCompare(collatorOptions(locales, options).handle, a, b);
  }

  // --- RelativeTimeFormat ---
  function RelativeTimeFormat(locales, options) {
    if (!(this instanceof RelativeTimeFormat)) throw new TypeError("Constructor Intl.RelativeTimeFormat requires 'new'");
    var o = toObject(options);
    getOption(o, 'localeMatcher', ['lookup', 'best fit'], 'best fit');
    var style = getOption(o, 'style', ['long', 'short', 'narrow'], 'long');
    var numeric = getOption(o, 'numeric', ['always', 'auto'], 'always');
    var nf = numberOptions(locales, {});
    var r = native.rtfNew(localeList(locales), style, numeric, nf.handle);
    Object.defineProperty(this, kH, { value: r.handle });
    Object.defineProperty(this, kR, { value: { locale: r.locale, style: style, numeric: numeric, numberingSystem: 'latn' } });
  }
  RelativeTimeFormat.prototype.format = function (v, unit) {
    check(this, 'RelativeTimeFormat', 'format');
    var flat = native.rtfParts(this[kH], relValue(v), String(unit)), out = '';
    for (var i = 1; i < flat.length; i += 3) out += flat[i];
    return out;
  };
  RelativeTimeFormat.prototype.formatToParts = function (v, unit) {
    check(this, 'RelativeTimeFormat', 'formatToParts');
    var flat = native.rtfParts(this[kH], relValue(v), String(unit));
    var out = [];
    for (var i = 0; i < flat.length; i += 3) {
      var p = { type: flat[i], value: flat[i + 1] };
      if (flat[i + 2]) p.unit = flat[i + 2];
      out.push(p);
    }
    return out;
  };
  function relValue(v) {
    v = Number(v);
    if (!isFinite(v)) throw new RangeError('Invalid number value');
    return Object.is(v, -0) ? '-0' : v;
  }
  RelativeTimeFormat.prototype.resolvedOptions = function () {
    check(this, 'RelativeTimeFormat', 'resolvedOptions');
    return copy(this[kR]);
  };
  setTag(RelativeTimeFormat, 'Intl.RelativeTimeFormat');

  // --- ListFormat ---
  function ListFormat(locales, options) {
    if (!(this instanceof ListFormat)) throw new TypeError("Constructor Intl.ListFormat requires 'new'");
    var o = toObject(options);
    getOption(o, 'localeMatcher', ['lookup', 'best fit'], 'best fit');
    var type = getOption(o, 'type', ['conjunction', 'disjunction', 'unit'], 'conjunction');
    var style = getOption(o, 'style', ['long', 'short', 'narrow'], 'long');
    var r = native.lfNew(localeList(locales), type, style);
    Object.defineProperty(this, kH, { value: r.handle });
    Object.defineProperty(this, kR, { value: { locale: r.locale, type: type, style: style } });
  }
  function stringList(list) {
    var out = [];
    if (list === undefined) return out;
    var it = list[Symbol.iterator]();
    for (var s = it.next(); !s.done; s = it.next()) {
      if (typeof s.value !== 'string') throw new TypeError('Iterable yielded ' + String(s.value) + ' which is not a string');
      out.push(s.value);
    }
    return out;
  }
  ListFormat.prototype.format = function (list) {
    check(this, 'ListFormat', 'format');
    return partsOf(native.lfParts(this[kH], stringList(list))).map(function (p) { return p.value; }).join('');
  };
  ListFormat.prototype.formatToParts = function (list) {
    check(this, 'ListFormat', 'formatToParts');
    return partsOf(native.lfParts(this[kH], stringList(list)));
  };
  ListFormat.prototype.resolvedOptions = function () {
    check(this, 'ListFormat', 'resolvedOptions');
    return copy(this[kR]);
  };
  setTag(ListFormat, 'Intl.ListFormat');

  // --- Segmenter ---
  function Segmenter(locales, options) {
    if (!(this instanceof Segmenter)) throw new TypeError("Constructor Intl.Segmenter requires 'new'");
    var o = toObject(options);
    getOption(o, 'localeMatcher', ['lookup', 'best fit'], 'best fit');
    var g = getOption(o, 'granularity', ['grapheme', 'word', 'sentence'], 'grapheme');
    var l = localeList(locales);
    Object.defineProperty(this, kH, { value: g });
    Object.defineProperty(this, kR, { value: { locale: native.supported(l)[0] || 'en-US', granularity: g } });
  }
  function Segments(g, s) { this._g = g; this._s = s; }
  function segmentList(g, s) {
    var flat = native.segment(g, s), out = [];
    for (var i = 0; i < flat.length; i += 3) {
      var seg = { segment: flat[i], index: flat[i + 1], input: s };
      if (g === 'word') seg.isWordLike = flat[i + 2];
      out.push(seg);
    }
    return out;
  }
  Segments.prototype.containing = function (index) {
    var n = index === undefined ? 0 : Math.trunc(Number(index)) || 0;
    if (n < 0 || n >= this._s.length) return undefined;
    var list = segmentList(this._g, this._s);
    for (var i = 0; i < list.length; i++) if (n < list[i].index + list[i].segment.length) return list[i];
    return undefined;
  };
  Segments.prototype[Symbol.iterator] = function () { return segmentList(this._g, this._s)[Symbol.iterator](); };
  Segmenter.prototype.segment = function (s) {
    check(this, 'Segmenter', 'segment');
    return new Segments(this[kH], String(s));
  };
  Segmenter.prototype.resolvedOptions = function () {
    check(this, 'Segmenter', 'resolvedOptions');
    return copy(this[kR]);
  };
  setTag(Segmenter, 'Intl.Segmenter');

  // --- DisplayNames (English) ---
  function DisplayNames(locales, options) {
    if (!(this instanceof DisplayNames)) throw new TypeError("Constructor Intl.DisplayNames requires 'new'");
    var l = localeList(locales);
    if (options === undefined) throw new TypeError('invalid_argument');
    var o = toObject(options);
    getOption(o, 'localeMatcher', ['lookup', 'best fit'], 'best fit');
    var style = getOption(o, 'style', ['narrow', 'short', 'long'], 'long');
    var type = getOption(o, 'type', ['language', 'region', 'script', 'currency', 'calendar', 'dateTimeField'], undefined);
    if (type === undefined) throw new TypeError('invalid_argument');
    var fallback = getOption(o, 'fallback', ['code', 'none'], 'code');
    var ld = getOption(o, 'languageDisplay', ['dialect', 'standard'], 'dialect');
    var r = { locale: native.supported(l)[0] || 'en-US', style: style, type: type, fallback: fallback };
    if (type === 'language') r.languageDisplay = ld;
    Object.defineProperty(this, kH, { value: r });
    Object.defineProperty(this, kR, { value: r });
  }
  var displayCodes = {
    region: [/^([A-Za-z]{2}|[0-9]{3})$/, function (c) { return c; }],
    script: [/^[A-Za-z]{4}$/, function (c) { return c; }],
    currency: [/^[A-Za-z]{3}$/, function (c) { return c; }],
    calendar: [/^[A-Za-z0-9]{3,8}(-[A-Za-z0-9]{3,8})*$/, function (c) { return c.toLowerCase(); }],
    dateTimeField: [/^(era|year|quarter|month|weekOfYear|weekday|day|dayPeriod|hour|minute|second|timeZoneName)$/, function (c) { return c; }],
  };
  DisplayNames.prototype.of = function (code) {
    check(this, 'DisplayNames', 'of');
    var r = this[kH];
    code = String(code);
    if (r.type === 'language') {
      if (!/^[A-Za-z]{2,3}([-_][A-Za-z]{4})?([-_]([A-Za-z]{2}|[0-9]{3}))?([-_]([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$/.test(code) || /^root$/i.test(code)) throw new RangeError('invalid_argument');
      var c = native.canonical(code);
      if (c !== null) code = c;
    } else {
      var d = displayCodes[r.type];
      if (!d[0].test(code)) throw new RangeError('invalid_argument');
      code = d[1](code);
    }
    var name = native.displayName(r.type, code, r.style, r.languageDisplay || 'dialect');
    if (name) return name;
    return r.fallback === 'code' ? code : undefined;
  };
  DisplayNames.prototype.resolvedOptions = function () {
    check(this, 'DisplayNames', 'resolvedOptions');
    return copy(this[kR]);
  };
  setTag(DisplayNames, 'Intl.DisplayNames');

  // --- Locale (basics) ---
  function Locale(tag, options) {
    if (!(this instanceof Locale)) throw new TypeError("Constructor Intl.Locale requires 'new'");
    var c = native.canonical(typeof tag === 'object' && tag !== null ? tag.toString() : String(tag));
    if (c === null) throw new RangeError('Incorrect locale information provided');
    var parts = native.localeParts(c);
    this._tag = c;
    this.baseName = parts[0];
    this.language = parts[1];
    if (parts[2]) this.script = parts[2];
    if (parts[3]) this.region = parts[3];
    void options;
  }
  Locale.prototype.toString = function () { return this._tag; };
  Locale.prototype.maximize = function () { return new Locale(native.maximize(this._tag)); };
  Locale.prototype.minimize = function () { return new Locale(native.minimize(this._tag)); };
  Object.defineProperty(Locale.prototype, Symbol.toStringTag, { value: 'Intl.Locale', configurable: true });

  var Intl = {};
  var classes = { DateTimeFormat: DateTimeFormat, NumberFormat: NumberFormat, PluralRules: PluralRules, Collator: Collator, RelativeTimeFormat: RelativeTimeFormat, ListFormat: ListFormat, Segmenter: Segmenter, Locale: Locale, DisplayNames: DisplayNames };
  Object.keys(classes).forEach(function (k) { Object.defineProperty(Intl, k, { value: classes[k], writable: true, configurable: true }); });
  Object.defineProperty(Intl, 'getCanonicalLocales', { value: function (l) { return localeList(l); }, writable: true, configurable: true });
  Object.defineProperty(Intl, 'supportedValuesOf', {
    value: function (key) {
      var v = native.supportedValues(String(key));
      if (v === null) throw new RangeError('Invalid key : ' + key);
      return v;
    },
    writable: true, configurable: true,
  });
  Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });
  return { Intl: Intl, dateToLocale: dateToLocale, numberToLocale: numberToLocale, compare: compare };
})
