// \0rolldown/runtime.js
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
var __copyProps = (to, from, except, desc) => {
	if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
		key = keys[i];
		if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
			get: ((k) => from[k]).bind(null, key),
			enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
		});
	}
	return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
	value: mod,
	enumerable: true
}) : target, mod));
// src/io/decode.ts
const CP1252_80_9F = [
	8364,
	129,
	8218,
	402,
	8222,
	8230,
	8224,
	8225,
	710,
	8240,
	352,
	8249,
	338,
	141,
	381,
	143,
	144,
	8216,
	8217,
	8220,
	8221,
	8226,
	8211,
	8212,
	732,
	8482,
	353,
	8250,
	339,
	157,
	382,
	376
];
const CP1252_TO_UNICODE = /* @__PURE__ */ new Uint16Array(256);
const UNICODE_TO_CP1252 = /* @__PURE__ */ new Map();
for (let b = 0; b < 256; b++) {
	const cp = b >= 128 && b < 160 ? CP1252_80_9F[b - 128] : b;
	CP1252_TO_UNICODE[b] = cp;
	UNICODE_TO_CP1252.set(cp, b);
}
const BOMS = [
	{
		encoding: "utf-8",
		bytes: [
			239,
			187,
			191
		]
	},
	{
		encoding: "utf-16le",
		bytes: [255, 254]
	},
	{
		encoding: "utf-16be",
		bytes: [254, 255]
	}
];
function startsWith(bytes, prefix) {
	return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}
function decodeWindows1252(bytes) {
	const parts = [];
	const CHUNK = 8192;
	for (let start = 0; start < bytes.length; start += CHUNK) {
		const end = Math.min(start + CHUNK, bytes.length);
		const units = new Uint16Array(end - start);
		for (let i = start; i < end; i++) units[i - start] = CP1252_TO_UNICODE[bytes[i]];
		parts.push(String.fromCharCode(...units));
	}
	return parts.join("");
}
function decodeWith(bytes, encoding) {
	switch (encoding) {
		case "windows-1252": return decodeWindows1252(bytes);
		case "utf-16be": {
			const swapped = new Uint8Array(bytes.length);
			for (let i = 0; i + 1 < bytes.length; i += 2) {
				swapped[i] = bytes[i + 1];
				swapped[i + 1] = bytes[i];
			}
			if (bytes.length % 2) swapped[bytes.length - 1] = bytes[bytes.length - 1];
			return new TextDecoder("utf-16le", { ignoreBOM: true }).decode(swapped);
		}
		default: return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
	}
}
/**
* UTF-16 without a byte-order mark (some exports do that): text in Latin letters then has a NUL byte in every
* other position (the high byte), which no UTF-8 or Windows-1252 text has. Looks at the first 4 Ko.
*/
function utf16WithoutBom(bytes) {
	const pairs = Math.min(bytes.length, 4096) >> 1;
	if (pairs < 2) return null;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < pairs; i++) {
		if (bytes[2 * i] === 0) evenZeros++;
		if (bytes[2 * i + 1] === 0) oddZeros++;
	}
	if (oddZeros >= pairs * .4 && evenZeros <= pairs * .05) return "utf-16le";
	if (evenZeros >= pairs * .4 && oddZeros <= pairs * .05) return "utf-16be";
	return null;
}
function decodeBytes(bytes, forced) {
	const bom = BOMS.find((b) => startsWith(bytes, b.bytes) && (!forced || forced === b.encoding));
	if (bom) return {
		text: decodeWith(bytes.subarray(bom.bytes.length), bom.encoding),
		encoding: bom.encoding,
		hadBom: true
	};
	if (forced) return {
		text: decodeWith(bytes, forced),
		encoding: forced,
		hadBom: false
	};
	const utf16 = utf16WithoutBom(bytes);
	if (utf16) return {
		text: decodeWith(bytes, utf16),
		encoding: utf16,
		hadBom: false
	};
	try {
		return {
			text: new TextDecoder("utf-8", {
				fatal: true,
				ignoreBOM: true
			}).decode(bytes),
			encoding: "utf-8",
			hadBom: false
		};
	} catch {
		return {
			text: decodeWindows1252(bytes),
			encoding: "windows-1252",
			hadBom: false
		};
	}
}
/* @license
Papa Parse
v5.7.1
https://github.com/mholt/PapaParse
License: MIT
*/
// src/io/csv.ts
var import_papaparse_min = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module, this$1) => {
	((e, t) => {
		"function" == typeof define && define.amd ? define([], t) : "object" == typeof module && "undefined" != typeof exports ? module.exports = t() : e.Papa = t();
	})(this$1, function r() {
		var n = "undefined" != typeof self ? self : "undefined" != typeof window ? window : void 0 !== n ? n : {};
		var s = !n.document && !!n.postMessage, a = n.IS_PAPA_WORKER || !1, o = {}, h = 0, w = {};
		function q(e) {
			return 65279 === e.charCodeAt(0) ? e.slice(1) : e;
		}
		function u(e) {
			this._handle = null, this._finished = !1, this._completed = !1, this._halted = !1, this._input = null, this._baseIndex = 0, this._partialLine = "", this._rowCount = 0, this._start = 0, this._nextChunk = null, this.isFirstChunk = !0, this._completeResults = {
				data: [],
				errors: [],
				meta: {}
			}, function(e) {
				var t = E(e);
				t.chunkSize = parseInt(t.chunkSize), e.step || e.chunk || (t.chunkSize = null);
				this._handle = new i(t), (this._handle.streamer = this)._config = t;
			}.call(this, e), this.parseChunk = function(t, e) {
				var i = parseInt(this._config.skipFirstNLines) || 0;
				if (this.isFirstChunk && 0 < i) {
					let e = this._config.newline;
					e || (r = this._config.quoteChar || "\"", e = this._handle.guessLineEndings(t, r)), t = [...t.split(e).slice(i)].join(e);
				}
				this.isFirstChunk && U(this._config.beforeFirstChunk) && void 0 !== (r = this._config.beforeFirstChunk(t)) && (t = r), this.isFirstChunk = !1, this._halted = !1;
				var i = this._partialLine + t, r = (this._partialLine = "", this._handle.parse(i, this._baseIndex, !this._finished));
				if (!this._handle.paused() && !this._handle.aborted()) {
					t = r.meta.cursor, i = (this._finished || (this._partialLine = i.substring(t - this._baseIndex), this._baseIndex = t), r && r.data && (this._rowCount += r.data.length), this._finished || this._config.preview && this._rowCount >= this._config.preview);
					if (a) n.postMessage({
						results: r,
						workerId: w.WORKER_ID,
						finished: i
					});
					else if (U(this._config.chunk) && !e) {
						if (this._config.chunk(r, this._handle), this._handle.paused() || this._handle.aborted()) return void (this._halted = !0);
						this._completeResults = r = void 0;
					}
					return this._config.step || this._config.chunk || (this._completeResults.data = this._completeResults.data.concat(r.data), this._completeResults.errors = this._completeResults.errors.concat(r.errors), this._completeResults.meta = r.meta), this._completed || !i || !U(this._config.complete) || r && r.meta.aborted || (this._config.complete(this._completeResults, this._input), this._completed = !0), i || r && r.meta.paused || this._nextChunk(), r;
				}
				this._halted = !0;
			}, this._sendError = function(e) {
				U(this._config.error) ? this._config.error(e) : a && this._config.error && n.postMessage({
					workerId: w.WORKER_ID,
					error: e,
					finished: !1
				});
			};
		}
		function d(e) {
			var r;
			(e = e || {}).chunkSize || (e.chunkSize = w.RemoteChunkSize), u.call(this, e), this._nextChunk = s ? function() {
				this._readChunk(), this._chunkLoaded();
			} : function() {
				this._readChunk();
			}, this.stream = function(e) {
				this._input = e, this._nextChunk();
			}, this._readChunk = function() {
				if (this._finished) this._chunkLoaded();
				else {
					if (r = new XMLHttpRequest(), this._config.withCredentials && (r.withCredentials = this._config.withCredentials), s || (r.onload = m(this._chunkLoaded, this), r.onerror = m(this._chunkError, this)), r.ontimeout = m(this._chunkTimeout, this), r.open(this._config.downloadRequestBody ? "POST" : "GET", this._input, !s), this._config.downloadTimeout && !s && (r.timeout = this._config.downloadTimeout), this._config.downloadRequestHeaders) {
						var e, t = this._config.downloadRequestHeaders;
						for (e in t) r.setRequestHeader(e, t[e]);
					}
					var i;
					this._config.chunkSize && (i = this._start + this._config.chunkSize - 1, r.setRequestHeader("Range", "bytes=" + this._start + "-" + i));
					try {
						r.send(this._config.downloadRequestBody);
					} catch (e) {
						this._chunkError(e.message);
					}
					s && 0 === r.status && this._chunkError();
				}
			}, this._chunkLoaded = function() {
				4 === r.readyState && (r.status < 200 || 400 <= r.status ? this._chunkError() : (this._start += this._config.chunkSize || r.responseText.length, this._finished = !this._config.chunkSize || this._start >= ((e) => null !== (e = e.getResponseHeader("Content-Range")) ? parseInt(e.substring(e.lastIndexOf("/") + 1)) : -1)(r), this.parseChunk(r.responseText)));
			}, this._chunkError = function(e) {
				e = r.statusText || e;
				this._sendError(new Error(e));
			}, this._chunkTimeout = function() {
				this._chunkError("Request timed out after " + this._config.downloadTimeout + "ms");
			};
		}
		function l(e) {
			(e = e || {}).chunkSize || (e.chunkSize = w.LocalChunkSize), u.call(this, e);
			var i, r, n = "undefined" != typeof FileReader;
			this.stream = function(e) {
				this._input = e, r = e.slice || e.webkitSlice || e.mozSlice, n ? ((i = new FileReader()).onload = m(this._chunkLoaded, this), i.onerror = m(this._chunkError, this)) : i = new FileReaderSync(), this._nextChunk();
			}, this._nextChunk = function() {
				this._finished || this._config.preview && !(this._rowCount < this._config.preview) || this._readChunk();
			}, this._readChunk = function() {
				var e = this._input, t = (this._config.chunkSize && (t = Math.min(this._start + this._config.chunkSize, this._input.size), e = r.call(e, this._start, t)), i.readAsText(e, this._config.encoding));
				n || this._chunkLoaded({ target: { result: t } });
			}, this._chunkLoaded = function(e) {
				this._start += this._config.chunkSize, this._finished = !this._config.chunkSize || this._start >= this._input.size, this.parseChunk(e.target.result);
			}, this._chunkError = function() {
				this._sendError(i.error);
			};
		}
		function f(e) {
			var i;
			u.call(this, e = e || {}), this.stream = function(e) {
				return i = e, this._nextChunk();
			}, this._nextChunk = function() {
				var e, t;
				if (!this._finished) return e = this._config.chunkSize, i = e ? (t = i.substring(0, e), i.substring(e)) : (t = i, ""), this._finished = !i, this.parseChunk(t);
			};
		}
		function c(e) {
			u.call(this, e = e || {});
			var t = [], i = !0, r = !1;
			this.pause = function() {
				u.prototype.pause.apply(this, arguments), this._input.pause();
			}, this.resume = function() {
				u.prototype.resume.apply(this, arguments), this._input.resume();
			}, this.stream = function(e) {
				this._input = e, this._input.on("data", this._streamData), this._input.on("end", this._streamEnd), this._input.on("error", this._streamError);
			}, this._checkIsFinished = function() {
				r && 1 === t.length && (this._finished = !0);
			}, this._nextChunk = function() {
				this._checkIsFinished(), t.length ? this.parseChunk(t.shift()) : i = !0;
			}, this._streamData = m(function(e) {
				try {
					t.push("string" == typeof e ? e : e.toString(this._config.encoding)), i && (i = !1, this._checkIsFinished(), this.parseChunk(t.shift()));
				} catch (e) {
					this._streamError(e);
				}
			}, this), this._streamError = m(function(e) {
				this._streamCleanUp(), this._sendError(e);
			}, this), this._streamEnd = m(function() {
				this._streamCleanUp(), r = !0, this._streamData("");
			}, this), this._streamCleanUp = m(function() {
				this._input.removeListener("data", this._streamData), this._input.removeListener("end", this._streamEnd), this._input.removeListener("error", this._streamError);
			}, this);
		}
		function i(m) {
			var n, s, a, t, o = Math.pow(2, 53), h = -o, u = /^\s*-?(\d+\.?|\.\d+|\d+\.\d+)([eE][-+]?\d+)?\s*$/, d = /^((\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d+([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z)))$/, i = this, r = 0, l = 0, f = !1, e = !1, c = [], p = {
				data: [],
				errors: [],
				meta: {}
			};
			function y(e) {
				return "greedy" === m.skipEmptyLines ? "" === e.join("").trim() : 1 === e.length && 0 === e[0].length;
			}
			function _() {
				if (p && a && (k("Delimiter", "UndetectableDelimiter", "Unable to auto-detect delimiting character; defaulted to '" + w.DefaultDelimiter + "'"), a = !1), m.skipEmptyLines && (p.data = p.data.filter(function(e) {
					return !y(e);
				})), g()) {
					if (p) if (Array.isArray(p.data[0])) {
						for (var e = 0; g() && e < p.data.length; e++) p.data[e].forEach(t);
						p.data.splice(0, 1);
					} else p.data.forEach(t);
					function t(e) {
						c.push(e);
					}
				}
				function i(e, t) {
					for (var i = m.header ? {} : [], r = 0; r < e.length; r++) {
						var n = r, s = e[r], s = ((e, t) => ((e) => (m.dynamicTypingFunction && void 0 === m.dynamicTyping[e] && (m.dynamicTyping[e] = m.dynamicTypingFunction(e)), !0 === (m.dynamicTyping[e] || m.dynamicTyping)))(e) ? "true" === t || "TRUE" === t || "false" !== t && "FALSE" !== t && (((e) => {
							if (u.test(e)) {
								e = parseFloat(e);
								if (h < e && e < o) return 1;
							}
						})(t) ? parseFloat(t) : d.test(t) ? new Date(t) : "" === t ? null : t) : t)(n = m.header ? r >= c.length ? "__parsed_extra" : c[r] : n, s = m.transform ? m.transform(s, n) : s);
						"__parsed_extra" === n ? (i[n] = i[n] || [], i[n].push(s)) : i[n] = s;
					}
					return m.header && (r > c.length ? k("FieldMismatch", "TooManyFields", "Too many fields: expected " + c.length + " fields but parsed " + r, l + t) : r < c.length && k("FieldMismatch", "TooFewFields", "Too few fields: expected " + c.length + " fields but parsed " + r, l + t)), i;
				}
				var r;
				p && (m.header || m.dynamicTyping || m.transform) && (r = 1, !p.data.length || Array.isArray(p.data[0]) ? (p.data = p.data.map(i), r = p.data.length) : p.data = i(p.data, 0), m.header && p.meta && (p.meta.fields = c), l += r);
			}
			function g() {
				return m.header && 0 === c.length;
			}
			function k(e, t, i, r) {
				e = {
					type: e,
					code: t,
					message: i
				};
				void 0 !== r && (e.row = r), p.errors.push(e);
			}
			U(m.step) && (t = m.step, m.step = function(e) {
				p = e, g() ? _() : (_(), 0 !== p.data.length && (r += e.data.length, m.preview && r > m.preview ? s.abort() : (p.data = p.data[0], t(p, i))));
			}), this.parse = function(e, t, i) {
				var r = m.quoteChar || "\"", r = (m.newline || (m.newline = this.guessLineEndings(e, r)), a = !1, m.delimiter ? U(m.delimiter) && (m.delimiter = m.delimiter(e), p.meta.delimiter = m.delimiter) : ((r = ((e, t, i, r, n) => {
					var s, a, o, h;
					n = n || [
						",",
						"	",
						"|",
						";",
						w.RECORD_SEP,
						w.UNIT_SEP
					];
					for (var u = 0; u < n.length; u++) {
						for (var d, l = n[u], f = 0, c = 0, p = 0, _ = (o = void 0, new b({
							comments: r,
							delimiter: l,
							newline: t,
							preview: 10
						}).parse(e)), g = 0; g < _.data.length; g++) i && y(_.data[g]) ? p++ : (d = _.data[g].length, c += d, void 0 === o ? o = d : 0 < d && (f += Math.abs(d - o), o = d));
						0 < _.data.length && (c /= _.data.length - p), 1.99 < c && (void 0 === a || f < a || f === a && h < c) && (a = f, s = l, h = c);
					}
					return {
						successful: !!(m.delimiter = s),
						bestDelimiter: s
					};
				})(e, m.newline, m.skipEmptyLines, m.comments, m.delimitersToGuess)).successful ? m.delimiter = r.bestDelimiter : (a = !0, m.delimiter = w.DefaultDelimiter), p.meta.delimiter = m.delimiter), E(m));
				return r.header = g(), m.preview && m.header && r.preview++, n = e, s = new b(r), p = s.parse(n, t, i), _(), f ? { meta: { paused: !0 } } : p || { meta: { paused: !1 } };
			}, this.paused = function() {
				return f;
			}, this.pause = function() {
				f = !0, s.abort(), n = U(m.chunk) ? "" : n.substring(s.getCharIndex());
			}, this.resume = function() {
				i.streamer._halted ? (f = !1, i.streamer.parseChunk(n, !0)) : setTimeout(i.resume, 3);
			}, this.aborted = function() {
				return e;
			}, this.abort = function() {
				e = !0, s.abort(), p.meta.aborted = !0, U(m.complete) && m.complete(p), n = "";
			}, this.guessLineEndings = function(e, t) {
				e = e.substring(0, 1048576);
				var t = new RegExp(P(t) + "([^]*?)" + P(t), "gm"), i = (e = e.replace(t, "")).split("\r"), t = e.split("\n"), e = 1 < t.length && t[0].length < i[0].length;
				if (1 === i.length || e) return "\n";
				for (var r = 0, n = 0; n < i.length; n++) "\n" === i[n][0] && r++;
				return r >= i.length / 2 ? "\r\n" : "\r";
			};
		}
		function P(e) {
			return e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
		}
		function b(C) {
			var S = (C = C || {}).delimiter, O = C.newline, x = C.comments, T = C.step, I = C.preview, A = C.fastMode, D = null, L = !1, F = null == C.quoteChar ? "\"" : C.quoteChar, z = F;
			if (void 0 !== C.escapeChar && (z = C.escapeChar), ("string" != typeof S || -1 < w.BAD_DELIMITERS.indexOf(S)) && (S = ","), x === S) throw new Error("Comment character same as delimiter");
			!0 === x ? x = "#" : ("string" != typeof x || -1 < w.BAD_DELIMITERS.indexOf(x)) && (x = !1), "\n" !== O && "\r" !== O && "\r\n" !== O && (O = "\n");
			var M = 0, j = !1;
			this.parse = function(i, t, r) {
				if ("string" != typeof i) throw new Error("Input must be a string");
				var n = i.length, e = S.length, s = O.length, a = x.length, o = U(T), h = [], u = [], d = [], l = M = 0;
				if (!i) return v();
				if (A || !1 !== A && -1 === i.indexOf(F)) {
					for (var f = i.split(O), c = 0; c < f.length; c++) {
						if (d = f[c], M += d.length, c !== f.length - 1) M += O.length;
						else if (r) return v();
						if (!x || d.substring(0, a) !== x) {
							if (o) {
								if (h = [], k(d.split(S)), R(), j) return v();
							} else k(d.split(S));
							if (I && I <= c) return h = h.slice(0, I), v(!0);
						}
					}
					return v();
				}
				for (var p = i.indexOf(S, M), _ = i.indexOf(O, M), g = new RegExp(P(z) + P(F), "g"), m = i.indexOf(F, M);;) if (i[M] === F) for (m = M, M++;;) {
					if (-1 === (m = i.indexOf(F, m + 1))) return r || u.push({
						type: "Quotes",
						code: "MissingQuotes",
						message: "Quoted field unterminated",
						row: h.length,
						index: M
					}), b();
					if (m === n - 1) return b(i.substring(M, m).replace(g, F));
					if (F === z && i[m + 1] === z) m++;
					else if (F === z || 0 === m || i[m - 1] !== z) {
						-1 !== p && p < m + 1 && (p = i.indexOf(S, m + 1));
						var y = w(-1 === (_ = -1 !== _ && _ < m + 1 ? i.indexOf(O, m + 1) : _) ? p : Math.min(p, _));
						if (i.substr(m + 1 + y, e) === S) {
							d.push(i.substring(M, m).replace(g, F)), i[M = m + 1 + y + e] !== F && (m = i.indexOf(F, M)), -1 !== p && p < M && (p = i.indexOf(S, M)), -1 !== _ && _ < M && (_ = i.indexOf(O, M));
							break;
						}
						y = w(_);
						if (i.substring(m + 1 + y, m + 1 + y + s) === O) {
							if (d.push(i.substring(M, m).replace(g, F)), E(m + 1 + y + s), -1 !== p && p < M && (p = i.indexOf(S, M)), m = i.indexOf(F, M), o && (R(), j)) return v();
							if (I && h.length >= I) return v(!0);
							break;
						}
						u.push({
							type: "Quotes",
							code: "InvalidQuotes",
							message: "Trailing quote on quoted field is malformed",
							row: h.length,
							index: M
						}), m++;
					}
				}
				else if (x && 0 === d.length && i.substring(M, M + a) === x) {
					if (-1 === _) return v();
					M = _ + s, _ = i.indexOf(O, M), -1 !== p && p < M && (p = i.indexOf(S, M));
				} else if (-1 !== p && (p < _ || -1 === _)) d.push(i.substring(M, p)), M = p + e, p = i.indexOf(S, M);
				else {
					if (-1 === _) break;
					if (d.push(i.substring(M, _)), E(_ + s), o && (R(), j)) return v();
					if (I && h.length >= I) return v(!0);
				}
				return b();
				function k(e) {
					h.push(e), l = M;
				}
				function w(e) {
					var t = 0;
					return t = -1 !== e && (e = i.substring(m + 1, e)) && "" === e.trim() ? e.length : t;
				}
				function b(e) {
					return r || (void 0 === e && (e = i.substring(M)), d.push(e), M = n, k(d), o && R()), v();
				}
				function E(e) {
					M = e, k(d), d = [], _ = i.indexOf(O, M);
				}
				function v(e) {
					if (C.header && !t && h.length && !L) {
						var s = h[0], a = Object.create(null), o = new Set(s);
						let n = !1;
						for (let r = 0; r < s.length; r++) {
							let i = q(s[r]);
							if (a[i = U(C.transformHeader) ? C.transformHeader(i, r) : i]) {
								let e, t = a[i];
								for (; e = i + "_" + t, t++, o.has(e););
								o.add(e), s[r] = e, a[i]++, n = !0, (D = null === D ? {} : D)[e] = i;
							} else a[i] = 1, s[r] = i;
							o.add(i);
						}
						n && console.warn("Duplicate headers found and renamed."), L = !0;
					}
					return {
						data: h,
						errors: u,
						meta: {
							delimiter: S,
							linebreak: O,
							aborted: j,
							truncated: !!e,
							cursor: l + (t || 0),
							renamedHeaders: D
						}
					};
				}
				function R() {
					T(v()), h = [], u = [];
				}
			}, this.abort = function() {
				j = !0;
			}, this.getCharIndex = function() {
				return M;
			};
		}
		function p(e) {
			var t = e.data, i = o[t.workerId], r = !1;
			if (t.error) i.userError(t.error, t.file);
			else if (t.results && t.results.data) {
				var n = {
					abort: function() {
						r = !0, _(t.workerId, {
							data: [],
							errors: [],
							meta: { aborted: !0 }
						});
					},
					pause: g,
					resume: g
				};
				if (U(i.userStep)) {
					for (var s = 0; s < t.results.data.length && (i.userStep({
						data: t.results.data[s],
						errors: t.results.errors,
						meta: t.results.meta
					}, n), !r); s++);
					delete t.results;
				} else U(i.userChunk) && (i.userChunk(t.results, n, t.file), delete t.results);
			}
			t.finished && !r && _(t.workerId, t.results);
		}
		function _(e, t) {
			var i = o[e];
			U(i.userComplete) && i.userComplete(t), i.terminate(), delete o[e];
		}
		function g() {
			throw new Error("Not implemented.");
		}
		function E(e) {
			if ("object" != typeof e || null === e) return e;
			var t, i = Array.isArray(e) ? [] : {};
			for (t in e) i[t] = E(e[t]);
			return i;
		}
		function m(e, t) {
			return function() {
				e.apply(t, arguments);
			};
		}
		function U(e) {
			return "function" == typeof e;
		}
		return w.parse = function(e, t) {
			var i = (t = t || {}).dynamicTyping || !1;
			U(i) && (t.dynamicTypingFunction = i, i = {});
			if (t.dynamicTyping = i, t.transform = !!U(t.transform) && t.transform, void 0 !== t.downloadTimeout) {
				var i = parseInt(t.downloadTimeout);
				if (isNaN(i)) throw new Error("Config downloadTimeout value (" + t.downloadTimeout + ") not parsable by parseInt(val).");
				t.downloadTimeout = i;
			}
			if (!t.worker || !w.WORKERS_SUPPORTED) return i = null, w.NODE_STREAM_INPUT, "string" == typeof e ? (e = q(e), i = new (t.download ? d : f)(t)) : !0 === e.readable && U(e.read) && U(e.on) ? i = new c(t) : (n.File && e instanceof File || e instanceof Object) && (i = new l(t)), i.stream(e);
			(i = (() => {
				var e;
				return !!w.WORKERS_SUPPORTED && (e = (() => {
					var e = n.URL || n.webkitURL || null, t = r.toString();
					return w.BLOB_URL || (w.BLOB_URL = e.createObjectURL(new Blob([
						"var global = (function() { if (typeof self !== 'undefined') { return self; } if (typeof window !== 'undefined') { return window; } if (typeof global !== 'undefined') { return global; } return {}; })(); global.IS_PAPA_WORKER=true; ",
						"(",
						t,
						")();"
					], { type: "text/javascript" })));
				})(), (e = new n.Worker(e)).onmessage = p, e.id = h++, o[e.id] = e);
			})()).userStep = t.step, i.userChunk = t.chunk, i.userComplete = t.complete, i.userError = t.error, t.step = U(t.step), t.chunk = U(t.chunk), t.complete = U(t.complete), t.error = U(t.error), delete t.worker, i.postMessage({
				input: e,
				config: t,
				workerId: i.id
			});
		}, w.unparse = function(e, t) {
			var s = !1, g = !0, m = ",", y = "\r\n", a = "\"", o = a + a, i = !1, r = null, h = !1, u = ((() => {
				if ("object" == typeof t) {
					if ("string" != typeof t.delimiter || w.BAD_DELIMITERS.filter(function(e) {
						return -1 !== t.delimiter.indexOf(e);
					}).length || (m = t.delimiter), "boolean" != typeof t.quotes && "function" != typeof t.quotes && !Array.isArray(t.quotes) || (s = t.quotes), "boolean" != typeof t.skipEmptyLines && "string" != typeof t.skipEmptyLines || (i = t.skipEmptyLines), "string" == typeof t.newline && (y = t.newline), "string" == typeof t.quoteChar && (a = t.quoteChar, o = a + a), "boolean" == typeof t.header && (g = t.header), Array.isArray(t.columns)) {
						if (0 === t.columns.length) throw new Error("Option columns is empty");
						r = t.columns;
					}
					void 0 !== t.escapeChar && (o = t.escapeChar + a), t.escapeFormulae instanceof RegExp ? h = t.escapeFormulae : "boolean" == typeof t.escapeFormulae && t.escapeFormulae && (h = /^[=+\-@\t\r].*$/);
				}
			})(), new RegExp(P(a), "g"));
			"string" == typeof e && (e = JSON.parse(e));
			if (Array.isArray(e)) {
				if (!e.length) return n(r, e, i);
				if (Array.isArray(e[0])) return n(null, e, i);
				if ("object" == typeof e[0]) return n(r || Object.keys(e[0]), e, i);
			} else if ("object" == typeof e) return "string" == typeof e.data && (e.data = JSON.parse(e.data)), Array.isArray(e.data) && (e.fields || (e.fields = e.meta && e.meta.fields || r), e.fields || (e.fields = Array.isArray(e.data[0]) ? e.fields : "object" == typeof e.data[0] ? Object.keys(e.data[0]) : []), Array.isArray(e.data[0]) || "object" == typeof e.data[0] || (e.data = [e.data])), n(e.fields || [], e.data || [], i);
			throw new Error("Unable to serialize unrecognized input");
			function n(e, t, i) {
				var r = "", n = ("string" == typeof e && (e = JSON.parse(e)), "string" == typeof t && (t = JSON.parse(t)), Array.isArray(e) && 0 < e.length), s = !Array.isArray(t[0]);
				if (n && g) {
					for (var a = 0; a < e.length; a++) 0 < a && (r += m), r += k(e[a], a);
					0 < t.length && (r += y);
				}
				for (var o = 0; o < t.length; o++) {
					var h = (n ? e : t[o]).length, u = !1, d = n ? 0 === Object.keys(t[o]).length : 0 === t[o].length;
					if (i && !n && (u = "greedy" === i ? "" === t[o].join("").trim() : 1 === t[o].length && (null == t[o][0] || 0 === t[o][0].length)), "greedy" === i && n) {
						for (var l = [], f = 0; f < h; f++) {
							var c = s ? e[f] : f;
							l.push(t[o][c]);
						}
						u = "" === l.join("").trim();
					}
					if (!u) {
						for (var p = 0; p < h; p++) {
							0 < p && !d && (r += m);
							var _ = n && s ? e[p] : p;
							r += k(t[o][_], p);
						}
						o < t.length - 1 && (!i || 0 < h && !d) && (r += y);
					}
				}
				return r;
			}
			function k(e, t) {
				var i, r, n;
				return null == e ? "" : e.constructor === Date ? isNaN(e.getTime()) ? "" : e.toISOString() : (n = !1, i = e.toString(), h && "number" != typeof e && "bigint" != typeof e && "boolean" != typeof e && h.test(i) && (e = i = "'" + i, n = !0), r = i.replace(u, o), (n = n || !0 === s || "function" == typeof s && s(e, t) || Array.isArray(s) && s[t] || ((e, t) => {
					for (var i = 0; i < t.length; i++) if (-1 < e.indexOf(t[i])) return !0;
					return !1;
				})(r, w.BAD_DELIMITERS) || -1 < r.indexOf(m) || -1 < i.indexOf(a) || " " === r.charAt(0) || " " === r.charAt(r.length - 1)) ? a + r + a : r);
			}
		}, w.RECORD_SEP = String.fromCharCode(30), w.UNIT_SEP = String.fromCharCode(31), w.BYTE_ORDER_MARK = "﻿", w.BAD_DELIMITERS = [
			"\r",
			"\n",
			"\"",
			w.BYTE_ORDER_MARK
		], w.WORKERS_SUPPORTED = !s && !!n.Worker, w.NODE_STREAM_INPUT = 1, w.LocalChunkSize = 10485760, w.RemoteChunkSize = 5242880, w.DefaultDelimiter = ",", w.Parser = b, w.ParserHandle = i, w.NetworkStreamer = d, w.FileStreamer = l, w.StringStreamer = f, w.ReadableStreamStreamer = c, a && (n.onmessage = function(e) {
			e = e.data;
			void 0 === w.WORKER_ID && e && (w.WORKER_ID = e.workerId);
			"string" == typeof e.input ? n.postMessage({
				workerId: w.WORKER_ID,
				results: w.parse(e.input, e.config),
				finished: !0
			}) : (n.File && e.input instanceof File || e.input instanceof Object) && (e = w.parse(e.input, e.config)) && n.postMessage({
				workerId: w.WORKER_ID,
				results: e,
				finished: !0
			});
		}), (d.prototype = Object.create(u.prototype)).constructor = d, (l.prototype = Object.create(u.prototype)).constructor = l, (f.prototype = Object.create(f.prototype)).constructor = f, (c.prototype = Object.create(u.prototype)).constructor = c, w;
	});
})))(), 1);
const QUOTE = 34;
const CR = 13;
const LF = 10;
const FORMULA_START = /^'*[=+\-@\t\r]/;
function stripBom(text) {
	return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
/** Delimiter of the first line that holds something other than whitespace and delimiters. */
function detectDelimiter(text) {
	text = stripBom(text);
	let inQuotes = false;
	let fieldStart = true;
	let content = false;
	let semicolon = false;
	let tab = false;
	let comma = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		const wasFieldStart = fieldStart;
		fieldStart = false;
		if (inQuotes) {
			if (c === "\"" && text[i + 1] === "\"") i++;
			else if (c === "\"") inQuotes = false;
		} else if (c === "\"" && wasFieldStart) inQuotes = content = true;
		else if (c === "\r" || c === "\n") {
			if (content) break;
			semicolon = tab = comma = false;
			fieldStart = true;
		} else if (c === ";" || c === "	" || c === ",") {
			if (c === ";") semicolon = true;
			else if (c === "	") tab = true;
			else comma = true;
			fieldStart = true;
		} else if (!/\s/.test(c)) content = true;
	}
	if (!content) return ";";
	return semicolon ? ";" : tab ? "	" : comma ? "," : ";";
}
const isBoundary = (c, delimiter) => c === delimiter || c === "\r" || c === "\n";
/** Index just after the closing quote of the quoted field opening at `open`, as PapaParse sees it. */
function skipQuoted(text, open, delimiter) {
	let q = open;
	for (;;) {
		q = text.indexOf("\"", q + 1);
		if (q === -1 || q === text.length - 1) return text.length;
		if (text.charCodeAt(q + 1) === QUOTE) {
			q++;
			continue;
		}
		let j = q + 1;
		while (j < text.length && /\s/.test(text[j]) && !isBoundary(text[j], delimiter)) j++;
		if (isBoundary(text[j], delimiter)) return q + 1;
	}
}
/**
* PapaParse handles a single kind of line break per file: turn every record break (CRLF, LF or
* lone CR outside quotes) into LF. Each break stays exactly one break, so physical line numbers
* are unchanged; line breaks inside quoted fields are kept as they are.
*/
function normalizeRecordBreaks(text, delimiter) {
	if (!text.includes("\r")) return text;
	if (!text.includes("\"")) return text.replace(/\r\n?/g, "\n");
	const parts = [];
	let last = 0;
	let fieldStart = true;
	let i = 0;
	while (i < text.length) {
		const c = text.charCodeAt(i);
		if (fieldStart && c === QUOTE) {
			i = skipQuoted(text, i, delimiter);
			fieldStart = false;
		} else if (c === CR) {
			parts.push(text.slice(last, i), "\n");
			i += text.charCodeAt(i + 1) === LF ? 2 : 1;
			last = i;
			fieldStart = true;
		} else {
			fieldStart = c === LF || text[i] === delimiter;
			i++;
		}
	}
	parts.push(text.slice(last));
	return parts.join("");
}
/** Returns a function giving the physical line at a text offset (fast for increasing offsets). */
function lineCounter(text) {
	let pos = 0;
	let line = 1;
	return (offset) => {
		if (offset < pos) {
			pos = 0;
			line = 1;
		}
		for (; pos < offset; pos++) {
			const c = text.charCodeAt(pos);
			if (c === LF || c === CR && text.charCodeAt(pos + 1) !== LF) line++;
		}
		return line;
	};
}
function unescapeCell(cell) {
	return cell.charCodeAt(0) === 39 && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}
function frenchError(code, message) {
	switch (code) {
		case "MissingQuotes": return "guillemet non fermé";
		case "InvalidQuotes": return "guillemet mal placé : du texte suit un guillemet fermant";
		default: return `ligne mal formée (${message})`;
	}
}
/** `onProgress`: the fraction of the text read so far, every few thousand records (a progress bar). */
/**
* `onRecord`: given each record after the header as soon as it is read, instead of keeping them in `records` (which
* is then empty): a large file read once, without holding every record.
*/
function readCsv(text, options) {
	const delimiter = options?.delimiter ?? detectDelimiter(text);
	const input = normalizeRecordBreaks(stripBom(text), delimiter);
	const lineAt = lineCounter(input);
	const result = {
		delimiter,
		header: null,
		records: [],
		errors: []
	};
	let start = 0;
	let rows = 0;
	const onProgress = options?.onProgress;
	const onRecord = options?.onRecord;
	try {
		import_papaparse_min.default.parse(input, {
			delimiter,
			newline: "\n",
			quoteChar: "\"",
			header: false,
			dynamicTyping: false,
			skipEmptyLines: false,
			step: (row) => {
				const line = lineAt(start);
				for (const e of row.errors) {
					const message = frenchError(e.code, e.message);
					const errorLine = e.index === void 0 ? line : lineAt(Math.max(start, e.index));
					const previous = result.errors[result.errors.length - 1];
					if (previous?.line !== errorLine || previous.message !== message) result.errors.push({
						line: errorLine,
						message
					});
				}
				start = row.meta.cursor;
				if (onProgress && ++rows % 4096 === 0) onProgress(start / input.length);
				const cells = row.data;
				if (cells.every((c) => c.trim() === "")) return;
				for (let i = 0; i < cells.length; i++) cells[i] = unescapeCell(cells[i]);
				const record = {
					line,
					cells
				};
				if (!result.header) result.header = record;
				else if (onRecord) onRecord(record, result.header);
				else result.records.push(record);
			}
		});
	} catch (e) {
		result.errors.push({
			line: lineAt(start),
			message: `lecture impossible (${String(e)})`
		});
	}
	return result;
}
// src/io/file-check.ts
/**
* What an imported table file must be before it is parsed, and the diagnosis of the usual bad files, shared by
* the import wizard and the CLI so both say the same thing (docs/limites.md):
*
* - before reading anything: the file's size (`checkFileSize`, from `File.size` or `stat`, nothing read yet);
* - before parsing: empty, and a line too long or with too many columns (`checkTableText`: one pass over the
*   text, no cell is built: a 2,000,000-column header is refused in milliseconds instead of freezing the tab);
* - after parsing: a file with its header only, rows with more cells than the header (`raggedRowMessage`),
*   rows written with another separator than the header (`mixedSeparatorMessage`).
*
* UTF-16 without a byte-order mark is recognised by decode.ts (its NUL bytes), so it reads like any other file.
*/
const IMPORT_LIMITS = {
	/** File size, in bytes (10 Mo: a session of 50,000 candidates with all their marks takes about 5 Mo). */
	maxBytes: 10485760,
	/** Lines (records) of the file. */
	maxLines: 1e5,
	/** Cells in a line. */
	maxColumns: 500,
	/** Characters in a line. */
	maxLineLength: 2e4
};
const DELIMITER_NAMES = {
	";": "« ; »",
	",": "« , »",
	"	": "tabulation"
};
/** `20 000` (a plain space between thousands, as in the rest of the messages). */
function thousands$1(n) {
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}
/** checkTableText with the delimiter guessed from the start only: the first line may be millions of characters long. */
function checkTableShape(text) {
	return checkTableText(text, detectDelimiter(text.slice(0, 65536)));
}
/**
* French refusal for a decoded text that is empty or whose shape would make parsing freeze the page (a line too
* long, too many columns, too many lines), or null. One pass, counting separators outside quotes; a quote left
* open runs until the end of the file and is caught by the line length.
*/
function checkTableText(text, delimiter) {
	if (text.trim() === "") return "Le fichier est vide : il ne contient ni ligne d'en-tête ni candidat.";
	const sep = delimiter.charCodeAt(0);
	let line = 1;
	let lines = 0;
	let lineStart = 0;
	let cells = 1;
	let inQuotes = false;
	let content = false;
	const tooLong = (at) => `Ligne ${line} : plus de ${thousands$1(IMPORT_LIMITS.maxLineLength)} caractères` + (inQuotes ? " : un guillemet « \" » ouvert n'est jamais refermé" : "") + `. Délib lit au plus ${thousands$1(IMPORT_LIMITS.maxLineLength)} caractères par ligne${inQuotes ? "" : ` (${thousands$1(at)} ici)`}.`;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 34) inQuotes = !inQuotes;
		else if (!inQuotes && (c === 10 || c === 13)) {
			if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
			if (content) lines++;
			if (lines > IMPORT_LIMITS.maxLines) return `Le fichier a plus de ${thousands$1(IMPORT_LIMITS.maxLines)} lignes : Délib en lit au plus ${thousands$1(IMPORT_LIMITS.maxLines)} par fichier. Découpez-le en plusieurs fichiers.`;
			line++;
			lineStart = i + 1;
			cells = 1;
			content = false;
			continue;
		} else if (!inQuotes && c === sep) {
			cells++;
			if (cells > IMPORT_LIMITS.maxColumns) return `Ligne ${line} : plus de ${IMPORT_LIMITS.maxColumns} colonnes. Délib lit au plus ${IMPORT_LIMITS.maxColumns} colonnes : ce fichier n'est sans doute pas un tableau de candidats (ou le séparateur ${DELIMITER_NAMES[delimiter]} n'est pas le bon).`;
		}
		if (c > 32) content = true;
		if (i - lineStart >= IMPORT_LIMITS.maxLineLength) return tooLong(i - lineStart);
	}
	return null;
}
/** The row message when a row has more filled cells than the header has columns (the wizard and the CLI). */
function raggedRowMessage(cells, columns, delimiter) {
	return `la ligne a ${cells} cellules pour ${columns} colonnes d'en-tête : une valeur contient peut-être un séparateur ${DELIMITER_NAMES[delimiter]} sans guillemets`;
}
/**
* When a row looks written with another separator than the header (a single cell holding `0001,Dupont,Léa,12`
* under a `;` header), the row message that says so; otherwise null.
*/
function mixedSeparatorMessage(cells, columns, delimiter) {
	if (columns < 2) return null;
	let filled = null;
	for (const cell of cells) {
		if (cell.trim() === "") continue;
		if (filled !== null) return null;
		filled = cell;
	}
	if (filled === null) return null;
	for (const other of [
		";",
		",",
		"	"
	]) {
		if (other === delimiter) continue;
		if (filled.split(other).length >= Math.min(columns, 3)) return `les valeurs de cette ligne sont séparées par ${DELIMITER_NAMES[other]} alors que l'en-tête utilise ${DELIMITER_NAMES[delimiter]} : enregistrez le fichier avec un seul séparateur`;
	}
	return null;
}
// src/io/workbook.ts
/** Loads the workbook library (a separate chunk in the app). */
const loadXlsx = () => import("./xlsx-C2ekuHoX.js");
/** A workbook that cannot be read, with the French reason. */
var WorkbookError = class extends Error {};
/** `2431000001`, `13,87`, `9,75`: a number cell as the rest of the import reads it, French decimal comma. */
function numberCellText(value) {
	if (!Number.isFinite(value)) return String(value);
	if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
	const hundredths = Math.round(value * 100);
	if (Math.abs(value * 100 - hundredths) < 1e-6) {
		const sign = hundredths < 0 ? "-" : "";
		const abs = Math.abs(hundredths);
		const cents = abs % 100;
		const whole = Math.floor(abs / 100);
		return cents === 0 ? `${sign}${whole}` : `${sign}${whole},${String(cents).padStart(2, "0").replace(/0$/, "")}`;
	}
	return String(value).replace(".", ",");
}
const pad$1 = (n) => String(n).padStart(2, "0");
function cellText(xlsx, cell, date1904) {
	if (!cell || cell.v === void 0 || cell.v === null) return "";
	switch (cell.t) {
		case "s": return String(cell.v);
		case "b": return cell.v ? "VRAI" : "FAUX";
		case "e": return cell.w ?? "#ERREUR";
		case "d": {
			const date = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
			return `${pad$1(date.getDate())}/${pad$1(date.getMonth() + 1)}/${date.getFullYear()}`;
		}
		case "n": {
			const value = cell.v;
			if (cell.z !== void 0 && xlsx.SSF.is_date(cell.z)) {
				const parts = xlsx.SSF.parse_date_code(value, { date1904 });
				if (parts) return `${pad$1(parts.d)}/${pad$1(parts.m)}/${parts.y}`;
			}
			return numberCellText(value);
		}
		default: return cell.w ?? String(cell.v);
	}
}
/** Rows the library reads from each sheet: one more than Délib accepts, to know that a sheet has too many. */
const SHEET_ROWS = IMPORT_LIMITS.maxLines + 1;
/** `20 000` (a plain space between thousands, as in the rest of the messages). */
const thousands = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
/**
* The sheet's records. Refused (WorkbookError) over the limits of a CSV file (docs/limites.md): a row reaching
* the rows the library was asked to read (the sheet has more), or a filled cell beyond the columns Délib reads.
* Only filled cells count: a sheet whose declared size is the whole grid (formatted columns) is read as its cells.
*/
function sheetRecords(xlsx, name, sheet, date1904) {
	const ref = sheet["!ref"];
	if (!ref) return [];
	const range = xlsx.utils.decode_range(ref);
	const data = sheet["!data"] ?? [];
	if (range.e.r + 1 >= SHEET_ROWS) throw new WorkbookError(`feuille « ${name} » : plus de ${thousands(IMPORT_LIMITS.maxLines)} lignes. Délib en lit au plus ${thousands(IMPORT_LIMITS.maxLines)} par feuille : découpez-la en plusieurs fichiers`);
	let width = range.e.c + 1 <= IMPORT_LIMITS.maxColumns ? range.e.c + 1 : 0;
	for (let r = range.s.r; r <= range.e.r && width < range.e.c + 1; r++) {
		const row = data[r];
		if (!row) continue;
		for (let c = Math.min(row.length, range.e.c + 1) - 1; c >= width; c--) {
			if (cellText(xlsx, row[c], date1904).trim() === "") continue;
			if (c >= IMPORT_LIMITS.maxColumns) throw new WorkbookError(`feuille « ${name} », ligne ${r + 1} : plus de ${IMPORT_LIMITS.maxColumns} colonnes. Délib lit au plus ${IMPORT_LIMITS.maxColumns} colonnes : ce classeur n'est sans doute pas un tableau de candidats`);
			width = c + 1;
			break;
		}
	}
	const records = [];
	for (let r = range.s.r; r <= range.e.r; r++) {
		const row = data[r];
		if (!row) continue;
		const cells = new Array(width);
		let blank = true;
		for (let c = 0; c < width; c++) {
			const text = cellText(xlsx, row[c], date1904);
			cells[c] = text;
			if (blank && text.trim() !== "") blank = false;
		}
		if (!blank) records.push({
			line: r + 1,
			cells
		});
	}
	return records;
}
/**
* An .ods file can say « this cell, repeated over 2,000,000 columns » or « this row, repeated 10,000,000 times » in
* a few bytes, and the library would then build every copy (a minute and gigabytes for the rows, whatever
* `sheetRows` says). Refused before parsing: a filled cell repeated over more columns, or a row with a filled cell
* repeated over more rows, than Délib reads. Empty repeated cells and rows, which LibreOffice writes to the end of
* each row and of each sheet, cost nothing and are left alone.
*/
function checkOdsRepeats(xlsx, bytes) {
	let content;
	try {
		const zip = xlsx.CFB.read(bytes, { type: "array" });
		content = xlsx.CFB.find(zip, "/content.xml")?.content;
	} catch {
		return;
	}
	if (!(content instanceof Uint8Array) && !Array.isArray(content)) return;
	const xml = new TextDecoder().decode(content instanceof Uint8Array ? content : new Uint8Array(content));
	const filled = (cell) => cell.includes("office:value-type") || cell.includes("<text:");
	for (const [, attributes, cells] of xml.matchAll(/<table:table-row\b([^>]*[^/>])?>([\s\S]*?)<\/table:table-row>/g)) {
		const repeated = /table:number-rows-repeated="(\d+)"/.exec(attributes ?? "");
		if (!repeated || Number(repeated[1]) <= IMPORT_LIMITS.maxLines || !filled(cells)) continue;
		throw new WorkbookError(`une ligne remplie y est répétée ${thousands(Number(repeated[1]))} fois. Délib lit au plus ${thousands(IMPORT_LIMITS.maxLines)} lignes par feuille : découpez-la en plusieurs fichiers`);
	}
	for (const [cell] of xml.matchAll(/<table:table-cell\b[^>]*\/>|<table:table-cell\b[^>]*>[\s\S]*?<\/table:table-cell>/g)) {
		const repeated = /^<[^>]*table:number-columns-repeated="(\d+)"/.exec(cell);
		if (!repeated || Number(repeated[1]) <= IMPORT_LIMITS.maxColumns || !filled(cell)) continue;
		throw new WorkbookError(`une cellule remplie y est répétée sur ${thousands(Number(repeated[1]))} colonnes. Délib lit au plus ${IMPORT_LIMITS.maxColumns} colonnes : ce classeur n'est sans doute pas un tableau de candidats`);
	}
}
/** Reads every sheet; throws WorkbookError (French message) for a file the library cannot read. */
function parseWorkbook(xlsx, bytes, format) {
	if (format === "ods") checkOdsRepeats(xlsx, bytes);
	let book;
	try {
		book = xlsx.read(bytes, {
			type: "array",
			dense: true,
			cellNF: true,
			cellHTML: false,
			cellFormula: false,
			sheetRows: SHEET_ROWS
		});
	} catch (error) {
		const text = String(error);
		if (/password|encrypt|ECMA-376 Encrypted/i.test(text)) throw new WorkbookError("classeur protégé par un mot de passe : ouvrez-le, retirez la protection (ou enregistrez-le en CSV), puis importez-le à nouveau");
		throw new WorkbookError(`classeur illisible (fichier abîmé ou format non reconnu : ${text.replace(/^Error: /, "")}) : ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau`);
	}
	const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
	const sheets = book.SheetNames.map((name) => ({
		name,
		records: sheetRecords(xlsx, name, book.Sheets[name], date1904)
	}));
	if (sheets.length === 0) throw new WorkbookError("classeur sans feuille");
	return {
		format,
		sheets
	};
}
// src/domain/exact.ts
/** The average in hundredths of a point, truncated (9,996 → 999, displayed `9,99`: never `10,00`). */
function averageHundredths(avg) {
	return Math.floor(avg.points / avg.divisor);
}
/** `1234` → `12,34`; always two decimals, decimal comma, no thousands separator (CSV-friendly). */
function formatHundredthsFixed(hundredths) {
	const sign = hundredths < 0 ? "-" : "";
	const abs = Math.abs(hundredths);
	return `${sign}${Math.floor(abs / 100)},${(abs % 100).toString().padStart(2, "0")}`;
}
/** `1250` → `12,5`, `1200` → `12`, `1205` → `12,05`: the shortest exact writing, decimal comma. */
function formatHundredthsShort(hundredths) {
	const fixed = formatHundredthsFixed(hundredths);
	if (fixed.endsWith(",00")) return fixed.slice(0, -3);
	if (fixed.endsWith("0")) return fixed.slice(0, -1);
	return fixed;
}
// src/domain/forms.ts
/** True when a candidate of this statut in this kind of établissement is assessed in CCF (D643-19). */
function ccfEligible(statut, etablissementType) {
	if (etablissementType === null) return false;
	switch (statut) {
		case "scolaire": return etablissementType === "public" || etablissementType === "prive_sous_contrat";
		case "apprenti": return etablissementType === "cfa_habilite";
		case "formation_continue": return etablissementType === "public" || etablissementType === "greta";
		case "individuel":
		case "distance": return false;
	}
}
/** The form a unit takes by default for a statut and an établissement type (no override). */
function defaultUnitForm(unit, statut, etablissementType) {
	return unit.mayBeCcf && ccfEligible(statut, etablissementType) ? "CCF" : "ponctuel";
}
/**
* The form of one unit for a candidate: the per-unit override when there is one, else the default.
* An override can always make a unit ponctuel; it cannot make CCF a unit that the regulation never
* assesses in CCF (E1, E3, E5, EF1 for CCST 2024): such an override is ignored.
*/
function unitForm(candidate, unit, etablissementType) {
	const override = candidate.formOverrides[unit.code];
	if (override === "ponctuel") return "ponctuel";
	if (override === "CCF") return unit.mayBeCcf ? "CCF" : "ponctuel";
	return defaultUnitForm(unit, candidate.statut, etablissementType);
}
/** The form of every unit of the regulation for a candidate, by unit code. */
function unitForms(candidate, regulation, etablissementType) {
	const forms = {};
	for (const unit of regulation.units) forms[unit.code] = unitForm(candidate, unit, etablissementType);
	return forms;
}
/** Whether a candidate sits a unit: every compulsory one, and the optional ones they registered for. */
function sitsUnit(candidate, unit) {
	return unit.domain !== "optional" || candidate.optionalUnits.includes(unit.code);
}
// src/domain/marks.ts
/**
* Mark values (docs/regles.md R2): special marks are first-class values, never magic numbers.
* Parsing returns errors as values, in French, and never throws.
*/
const EMPTY = Object.freeze({ kind: "empty" });
function numberMark(hundredths) {
	return {
		kind: "number",
		hundredths
	};
}
function specialMark(code) {
	return { kind: code };
}
/** Accepted spellings of the codes (case-insensitive, a trailing dot ignored): R2 and its synonyms. */
const CODE_SYNONYMS = {
	AB: "AB",
	ABS: "AB",
	ABJ: "ABJ",
	NV: "NV",
	DI: "DI",
	DISP: "DI"
};
const SPACES = /^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g;
const DECIMAL = /^(\d+)(?:[.,](\d+))?$/;
/**
* The hundredths of a plain well-formed number (1 to 3 digits, then `,` or `.` and 1 or 2 digits), without a regular
* expression or any allocation; -1 for anything else (the general path then reads it, or says what is wrong). At
* 500,000 marks in a file, this is most of the reading.
*/
function plainHundredths(text) {
	const length = text.length;
	let whole = 0;
	let i = 0;
	for (; i < length; i++) {
		const c = text.charCodeAt(i) - 48;
		if (c < 0 || c > 9) break;
		whole = whole * 10 + c;
	}
	if (i === 0 || i > 3) return -1;
	if (i === length) return whole * 100;
	const separator = text.charCodeAt(i);
	if (separator !== 44 && separator !== 46 || length - i - 1 < 1 || length - i - 1 > 2) return -1;
	const d1 = text.charCodeAt(i + 1) - 48;
	const d2 = i + 2 < length ? text.charCodeAt(i + 2) - 48 : 0;
	if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
	return whole * 100 + d1 * 10 + d2;
}
/** Parses a 0–max number with at most 2 decimals (`12,5`, `12.50`, `20`) to hundredths. */
function parseMarkNumber(raw, maxMark) {
	const plain = plainHundredths(raw);
	if (plain >= 0 && plain <= maxMark * 100) return {
		ok: true,
		value: plain
	};
	const text = raw.replace(SPACES, "");
	const match = DECIMAL.exec(text);
	if (!match) {
		if (/^-\s*\d/.test(text)) return fail$3(`« ${text} » : une note ne peut pas être négative`);
		return fail$3(`« ${text} » n'est pas une note`);
	}
	const whole = match[1] ?? "";
	const decimals = match[2] ?? "";
	if (decimals.length > 2) return fail$3(`« ${text} » : 2 décimales au plus`);
	if (whole.length > 3) return fail$3(`« ${text} » : note supérieure à ${maxMark}`);
	const hundredths = Number(whole) * 100 + Number(decimals.padEnd(2, "0"));
	if (hundredths > maxMark * 100) return fail$3(`« ${text} » : note supérieure à ${maxMark}`);
	return {
		ok: true,
		value: hundredths
	};
}
/** `text` without its leading and trailing spaces; the text itself, at once, when it starts and ends with a visible ASCII character. */
function trimSpaces(text) {
	const first = text.charCodeAt(0);
	const last = text.charCodeAt(text.length - 1);
	return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.replace(SPACES, "");
}
function parseCode(text) {
	return CODE_SYNONYMS[text.toUpperCase().replace(/\.$/, "")];
}
/** Parses what a user typed in a unit's cell, checking that the code is allowed on that unit (R2). */
function parseMark(raw, unit, regulation) {
	const text = trimSpaces(raw);
	if (text === "") return {
		ok: true,
		value: EMPTY
	};
	const first = text.charCodeAt(0);
	const code = first >= 48 && first <= 57 ? void 0 : parseCode(text);
	if (code) {
		if (code === "NV" && !unit.nvAllowed) {
			const allowed = regulation.units.filter((u) => u.nvAllowed).map((u) => u.code);
			return fail$3(`NV impossible en ${unit.code} (seulement en ${allowed.join(", ")})`);
		}
		if (code === "DI" && !unit.dispensable) {
			if (unit.domain === "optional") return fail$3(`DI impossible en ${unit.code} : épreuve facultative, laisser vide si elle n'est pas présentée`);
			const allowed = regulation.units.filter((u) => u.dispensable).map((u) => u.code);
			return fail$3(`DI impossible en ${unit.code} (dispense seulement en ${allowed.join(", ")})`);
		}
		return {
			ok: true,
			value: specialMark(code)
		};
	}
	const number = parseMarkNumber(text, regulation.maxMark);
	if (!number.ok) {
		if (/^\p{L}+\.?$/u.test(text)) return fail$3(`« ${text} » : code inconnu (codes possibles : AB, ABJ, NV, DI)`);
		return number;
	}
	return {
		ok: true,
		value: numberMark(number.value)
	};
}
/** Parses a contrôle cell: a mark, `AB` or nothing (R6). */
function parseControleMark(raw, regulation) {
	const text = raw.replace(SPACES, "");
	if (text === "") return {
		ok: true,
		value: { kind: "empty" }
	};
	const code = parseCode(text);
	if (code === "AB") return {
		ok: true,
		value: { kind: "AB" }
	};
	if (code) return fail$3(`« ${text} » : à l'épreuve de contrôle, seule une note ou AB est possible`);
	const number = parseMarkNumber(text, regulation.maxMark);
	return number.ok ? {
		ok: true,
		value: numberMark(number.value)
	} : number;
}
/** How a mark is written in a cell or a file: `12,5`, `AB`, `` for empty. */
function formatMark(mark) {
	switch (mark.kind) {
		case "empty": return "";
		case "number": return formatHundredthsShort(mark.hundredths);
		default: return mark.kind;
	}
}
function fail$3(error) {
	return {
		ok: false,
		error
	};
}
/**
* Optional units follow registration (issue 16): a mark (a number or a code) on an optional unit the
* candidate did not register for is refused, with how to register it. Null when the mark is allowed.
* Clearing a mark (empty) is always allowed.
*/
function unregisteredOptionalMessage(unit, mark, optionalUnits) {
	if (!mark || mark.kind === "empty" || sitsUnit({ optionalUnits: optionalUnits ?? [] }, unit)) return null;
	return `le candidat n'est pas inscrit à l'épreuve facultative ${unit.code} (${unit.name}) : inscrivez-la d'abord dans sa fiche (onglet « Candidats », colonne « Facultatives », ou colonne « Épreuves facultatives » du fichier importé), puis saisissez la note`;
}
// src/domain/session.ts
const ETABLISSEMENT_TYPE_LABELS = {
	public: "Public",
	prive_sous_contrat: "Privé sous contrat",
	prive_hors_contrat: "Privé hors contrat",
	cfa_habilite: "CFA habilité",
	cfa_non_habilite: "CFA non habilité",
	greta: "GRETA",
	distance: "Enseignement à distance"
};
const STATUT_LABELS = {
	scolaire: "Scolaire",
	apprenti: "Apprenti",
	formation_continue: "Formation continue",
	individuel: "Candidat individuel",
	distance: "Enseignement à distance"
};
const CONTROLE_PREFIX = "controle_";
/** Key of a contrôle entry, in mark records and in files: `controle_E1`. */
const controleKey = (code) => `${CONTROLE_PREFIX}${code}`;
// src/io/headers.ts
/** Lower case, no accents, letters and digits only: "N° candidat" → "ncandidat". */
function normalizeHeader(h) {
	return h.toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae").normalize("NFD").replace(/\p{M}/gu, "").replace(/[ºª]/g, "").replace(/[^\p{L}\p{N}]/gu, "");
}
function mapHeaders(header, fields) {
	const byName = /* @__PURE__ */ new Map();
	for (const field of fields) for (const name of [
		field.key,
		field.label,
		...field.synonyms
	]) {
		const normalized = normalizeHeader(name);
		if (normalized && !byName.has(normalized)) byName.set(normalized, field.key);
	}
	const mapping = {
		columns: [],
		ignored: [],
		errors: []
	};
	const firstColumn = /* @__PURE__ */ new Map();
	header.forEach((raw, index) => {
		const text = raw.trim();
		const key = byName.get(normalizeHeader(raw));
		mapping.columns.push(null);
		if (key === void 0) {
			if (text) mapping.ignored.push({
				index,
				header: text
			});
			return;
		}
		const previous = firstColumn.get(key);
		if (previous !== void 0) {
			mapping.errors.push({
				column: text,
				message: `colonnes « ${previous} » et « ${text} » : même champ « ${key} »`
			});
			return;
		}
		firstColumn.set(key, text);
		mapping.columns[index] = key;
	});
	return mapping;
}
// src/io/candidates-csv.ts
const IDENTITY_FIELDS = [
	{
		key: "numero",
		label: "Numéro",
		synonyms: [
			"N° candidat",
			"Numéro candidat",
			"Numéro de candidat",
			"N°",
			"No",
			"Num",
			"Num candidat"
		]
	},
	{
		key: "nom",
		label: "Nom",
		synonyms: ["Nom de famille", "Nom candidat"]
	},
	{
		key: "prenom",
		label: "Prénom",
		synonyms: ["Prénoms", "Prénom candidat"]
	}
];
/** Every column the file may hold for a regulation: identity, units, contrôle units. */
function candidateFields(regulation) {
	return [
		...IDENTITY_FIELDS,
		...regulation.units.map((u) => ({
			key: u.code,
			label: u.code,
			synonyms: u.aliases ?? []
		})),
		...regulation.controle.units.map((u) => ({
			key: controleKey(u.code),
			label: `contrôle ${u.code}`,
			synonyms: [
				`ctrl ${u.code}`,
				`${u.code} contrôle`,
				`oral de contrôle ${u.code}`,
				`2nd groupe ${u.code}`
			]
		}))
	];
}
// src/domain/dates.ts
/**
* Calendar dates, the one place that knows them: typed and shown `JJ/MM/AAAA`, stored ISO `AAAA-MM-JJ`.
* Dates are plain calendar days (no time zone): `today` is the local day of the computer.
*/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `JJ/MM/AAAA`, also `J/M/AAAA`, with `/`, `.` or `-`. */
const FRENCH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const pad = (n, width = 2) => String(n).padStart(width, "0");
/** ISO `AAAA-MM-JJ` of a day, or null when it does not exist in the calendar (31/02, month 13…). */
function calendarIso(year, month, day) {
	const date = new Date(Date.UTC(year, month - 1, day));
	date.setUTCFullYear(year);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
/** The day, month and year of a text typed `JJ/MM/AAAA` (or `5/3/2004`, `05.03.2004`, `05-03-2004`), or null. */
function frenchDateParts(text) {
	const match = FRENCH_DATE.exec(text.trim());
	return match ? {
		day: Number(match[1]),
		month: Number(match[2]),
		year: Number(match[3])
	} : null;
}
/** The parts of an ISO `AAAA-MM-JJ` text (calendar not checked), or null. */
function isoDateParts(text) {
	const match = ISO_DATE.exec(text.trim());
	return match ? {
		day: Number(match[3]),
		month: Number(match[2]),
		year: Number(match[1])
	} : null;
}
/** `2004-03-05` → `05/03/2004`; null → ''; anything else unchanged. */
function isoToFrench(iso) {
	const match = iso ? ISO_DATE.exec(iso) : null;
	return match ? `${match[3]}/${match[2]}/${match[1]}` : iso ?? "";
}
/** Today's local calendar day, ISO. */
function todayIso(now = /* @__PURE__ */ new Date()) {
	return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
const CCST_STAGE_RULE = {
	minWeeks: 14,
	maxWeeks: 16,
	consecutiveYear1Weeks: 4
};
/** The duration in hundredths of a day (exact integer). */
function durationDays100(duration) {
	const { amount } = duration;
	switch (duration.unit) {
		case "semaines": return amount * 5;
		case "jours": return amount;
		case "mois": return amount * 22;
		case "heures": return Math.floor(amount / 700) * 100;
	}
}
const UNIT_WORDS = {
	s: "semaines",
	sem: "semaines",
	sems: "semaines",
	semaine: "semaines",
	semaines: "semaines",
	j: "jours",
	jr: "jours",
	jrs: "jours",
	jour: "jours",
	jours: "jours",
	m: "mois",
	mois: "mois",
	h: "heures",
	heure: "heures",
	heures: "heures"
};
const fail$2 = (error) => ({
	ok: false,
	error
});
/** `14`, `13,5 semaines`, `70 j`, `3 mois`, `490 h`: a number (2 decimals at most) and a unit (weeks by default). */
function parseDuration(text) {
	const trimmed = text.trim().replace(/\u00a0|\u202f/g, " ");
	const match = /^(\d+)(?:[.,](\d{1,2}))?\s*([\p{L}.]*)$/u.exec(trimmed);
	if (!match) {
		if (/^\d+[.,]\d{3,}/.test(trimmed)) return fail$2(`« ${trimmed} » : 2 décimales au plus`);
		return fail$2(`« ${trimmed} » n'est pas une durée (par exemple 14 semaines, 70 jours, 3 mois ou 490 h)`);
	}
	const word = (match[3] ?? "").toLowerCase().replace(/\.$/, "");
	const unit = word === "" ? "semaines" : UNIT_WORDS[word];
	if (!unit) return fail$2(`« ${match[3]} » : unité inconnue (semaines, jours, mois ou heures)`);
	if ((match[1] ?? "").length > 5) return fail$2(`« ${trimmed} » : durée trop grande`);
	return {
		ok: true,
		value: {
			amount: Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0")),
			unit
		}
	};
}
/** `4+2`, `4 sem + 10 j`: several durations, each one a period of its own. */
function parseDurationList(text) {
	const parts = text.split("+").map((p) => p.trim());
	if (parts.some((p) => p === "")) return fail$2(`« ${text.trim()} » : durées attendues séparées par +, par exemple 4+2`);
	const durations = [];
	for (const part of parts) {
		const parsed = parseDuration(part);
		if (!parsed.ok) return parsed;
		durations.push(parsed.value);
	}
	return {
		ok: true,
		value: durations
	};
}
/** `1350` → `13,5`; `1400` → `14`. */
function formatHundredths(value) {
	const whole = Math.trunc(value / 100);
	const rest = value % 100;
	if (rest === 0) return String(whole);
	return `${whole},${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}
const UNIT_SHORT = {
	semaines: "sem",
	jours: "j",
	mois: "mois",
	heures: "h"
};
/** `13,5 sem`, `70 j`: what the duration input shows. */
function formatDurationShort(duration) {
	return `${formatHundredths(duration.amount)} ${UNIT_SHORT[duration.unit]}`;
}
/** Hundredths of a day as weeks and days, exactly: `13 semaines et 2,5 jours`, `14 semaines`, `3 jours`. */
function formatWeeks(days100) {
	const weeks = Math.floor(days100 / 500);
	const days = days100 - weeks * 500;
	const weekText = weeks === 0 ? "" : `${weeks} semaine${weeks > 1 ? "s" : ""}`;
	const dayText = days === 0 ? "" : `${formatHundredths(days)} jour${days > 100 ? "s" : ""}`;
	if (weekText && dayText) return `${weekText} et ${dayText}`;
	return weekText || dayText || "0 semaine";
}
/** Days since 1970-01-01 of an ISO date (UTC, so no time zone or daylight saving can shift it). */
function dayNumber(iso) {
	const [year, month, day] = iso.split("-").map(Number);
	return Math.round(Date.UTC(year, month - 1, day) / 864e5);
}
/** 0 = Sunday … 6 = Saturday. */
const weekday = (day) => ((day + 4) % 7 + 7) % 7;
const isWorkingDay = (day) => weekday(day) !== 0 && weekday(day) !== 6;
/** Working days (Monday to Friday) from `start` to `end`, both included; public holidays are not known. */
function workingDays(start, end) {
	let count = 0;
	for (let day = dayNumber(start); day <= dayNumber(end); day++) if (isWorkingDay(day)) count++;
	return count;
}
/** True when no working day lies strictly between the end of one period and the start of the next. */
function contiguous(previousEnd, nextStart) {
	for (let day = dayNumber(previousEnd) + 1; day < dayNumber(nextStart); day++) if (isWorkingDay(day)) return false;
	return true;
}
/**
* Totals and the checks of the stage rule. `shortfalls` names what makes the duration insufficient:
* total under the minimum, or no run of consecutive weeks in year 1.
*/
function stageSummary(periods, rule = CCST_STAGE_RULE) {
	const days = periods.map((p) => durationDays100(p.duration));
	let totalDays100 = 0;
	let year1Days100 = 0;
	let year2Days100 = 0;
	let workDays100 = 0;
	let stagePeriods = 0;
	let workPeriods = 0;
	const warnings = [];
	periods.forEach((p, i) => {
		const d = days[i];
		if (p.kind === "travail") {
			workDays100 += d;
			workPeriods++;
			return;
		}
		stagePeriods++;
		totalDays100 += d;
		if (p.year === 1) year1Days100 += d;
		else year2Days100 += d;
		if (p.start !== null && p.end !== null && p.end >= p.start) {
			const span = workingDays(p.start, p.end) * 100;
			if (d > span) warnings.push(`${label(p, i)} : ${formatWeeks(d)} déclarées pour ${formatWeeks(span)} ouvrées entre les dates : vérifiez l'attestation`);
			else if (p.year === 1 && d >= rule.consecutiveYear1Weeks * 500 && span > d + 500) warnings.push(`${label(p, i)} : ${formatWeeks(d)} réparties sur ${formatWeeks(span)} ouvrées : vérifiez que 4 semaines sont consécutives`);
		}
	});
	const dated = periods.map((p, i) => ({
		p,
		i
	})).filter(({ p }) => p.kind === "stage" && p.start !== null && p.end !== null && p.end >= p.start).sort((a, b) => a.p.start.localeCompare(b.p.start) || a.i - b.i);
	for (let k = 1; k < dated.length; k++) {
		const [a, b] = [dated[k - 1], dated[k]];
		if (b.p.start <= a.p.end) warnings.push(`${label(a.p, a.i)} et ${label(b.p, b.i)} se chevauchent : une même journée ne compte qu'une fois`);
	}
	const { longest, members } = longestYear1Run(periods, days);
	const shortfalls = [];
	if (stagePeriods > 0) {
		if (totalDays100 < rule.minWeeks * 500) shortfalls.push(`${formatWeeks(totalDays100)} de stage sur les deux années, ${rule.minWeeks} semaines au moins sont requises`);
		if (longest < rule.consecutiveYear1Weeks * 500) shortfalls.push(longest === 0 ? `aucun stage en 1re année : ${rule.consecutiveYear1Weeks} semaines consécutives au moins sont requises` : `en 1re année, la plus longue période consécutive fait ${formatWeeks(longest)}, ${rule.consecutiveYear1Weeks} semaines consécutives au moins sont requises`);
		if (totalDays100 > rule.maxWeeks * 500) warnings.unshift(`${formatWeeks(totalDays100)} de stage : plus que les ${rule.maxWeeks} semaines prévues`);
	}
	return {
		stagePeriods,
		workPeriods,
		totalDays100,
		year1Days100,
		year2Days100,
		workDays100,
		longestYear1Days100: longest,
		longestYear1Periods: members,
		durationOk: stagePeriods > 0 && shortfalls.length === 0,
		shortfalls,
		warnings
	};
}
function label(period, index) {
	return `Période ${index + 1}${period.organisme ? ` (${period.organisme})` : ""}`;
}
/** The longest run of year-1 stage: single periods, or chains of periods contiguous by their dates. */
function longestYear1Run(periods, days) {
	let best = {
		longest: 0,
		members: []
	};
	const consider = (total, members) => {
		if (total > best.longest) best = {
			longest: total,
			members
		};
	};
	const dated = [];
	periods.forEach((p, i) => {
		if (p.kind !== "stage" || p.year !== 1) return;
		if (p.start !== null && p.end !== null && p.end >= p.start) dated.push(i);
		else consider(days[i], [i]);
	});
	dated.sort((a, b) => periods[a].start.localeCompare(periods[b].start) || a - b);
	let run = [];
	let total = 0;
	let end = "";
	for (const i of dated) {
		const p = periods[i];
		if (run.length > 0 && (p.start <= end || contiguous(end, p.start))) {
			run.push(i);
			total += days[i];
			if (p.end > end) end = p.end;
		} else {
			run = [i];
			total = days[i];
			end = p.end;
		}
		consider(total, [...run]);
	}
	return best;
}
// src/domain/presets/bts-ccst-2024/conformity.ts
/** CCST 2024 (national circular 2024, §2 and annexe 4): E4 fiche annexe 6 / 7, U61 fiche de projet annexe 14 / 15, U62 dossier + fiche 18 / 19. */
const CCST_2024_CONFORMITY = [
	{
		code: "E4",
		noticeCode: "E4",
		fiche: {
			label: "Fiche descriptive de la situation de négociation",
			annexe: {
				CCF: 6,
				ponctuel: 7
			},
			missing: "ficheOuDossier"
		},
		dossier: null
	},
	{
		code: "U61",
		noticeCode: "E61",
		fiche: {
			label: "Fiche descriptive de projet technico-commercial",
			annexe: {
				CCF: 14,
				ponctuel: 15
			},
			missing: "ficheProjet"
		},
		dossier: null
	},
	{
		code: "U62",
		noticeCode: "E62",
		fiche: {
			label: "Fiche descriptive",
			annexe: {
				CCF: 18,
				ponctuel: 19
			},
			missing: "ficheOuDossier"
		},
		dossier: {
			label: "Dossier (20 pages au plus, hors annexes)",
			maxPages: 20,
			missing: "ficheOuDossier"
		}
	}
];
// src/domain/conformity.ts
/**
* Conformity of the professional dossiers (docs/regles.md R7; national circular 2024 annexe 4 and "Stages"; Toulouse circular 2023 §1.2).
*
* A record per candidate holds what the controllers checked: the candidate's parcours (stage, or professional
* experience with certificats de travail), the stage periods (src/domain/stage.ts) and, per unit (E4, U61,
* U62), the annexe 4 checklist. From it `evaluateConformity` gives each unit a status; `syncMarks` gives the
* mark writes that status implies (NV for a non-conforme unit, the replaced mark back when it is conforme
* again, the `sousReserve` flag while there is a doubt). `nv` is what the rest of the app relies on: the
* units this record forces to NV, and why (the guard refuses any other mark on them).
*
* Pure: no DOM, no database.
*/
const PARCOURS_LABELS = {
	stage: "Stage (attestations de stage)",
	experience: "Expérience professionnelle (certificats de travail)"
};
const ANNEXE4_ITEMS = [
	"attestation",
	"duree",
	"certificat",
	"visa",
	"ficheProjet",
	"ficheOuDossier",
	"autres"
];
/** Annexe 4's exact words. */
const ANNEXE4_WORDING = {
	attestation: "absence d'attestation(s) de stage",
	duree: "durée de stage insuffisante",
	certificat: "absence de certificat(s) de travail",
	visa: "certificat(s) ou attestation(s) non visé(s) ou non signé(s)",
	ficheProjet: "absence de fiche(s) descriptive(s) de projet",
	ficheOuDossier: "absence de fiche(s) descriptive(s) ou de dossier",
	autres: "autres (à préciser)"
};
/** The units checked for a regulation: its own list, else every unit where NV is allowed, with generic items. */
function conformityUnits(regulation) {
	if (regulation.conformity) return regulation.conformity;
	return regulation.units.filter((u) => u.nvAllowed).map((u) => ({
		code: u.code,
		noticeCode: u.code,
		fiche: {
			label: "Fiche descriptive",
			annexe: null,
			missing: "ficheOuDossier"
		},
		dossier: null
	}));
}
/** The stage rule of a regulation (14–16 weeks, 4 consecutive in year 1 when it gives none, as CCST). */
function stageRuleOf(regulation) {
	return regulation.stage ?? CCST_STAGE_RULE;
}
function emptyChecklist() {
	return {
		attestations: null,
		certificats: null,
		signed: null,
		stamped: null,
		fiche: null,
		dossier: null,
		pages: null,
		depositDate: null,
		other: "",
		doubt: false,
		doubtNote: ""
	};
}
/** Scolaires and distance learners do stages; apprentis, formation continue and individuels justify experience. */
function defaultParcours(statut) {
	return statut === "scolaire" || statut === "distance" ? "stage" : "experience";
}
function parcoursOf(data, statut) {
	return data.parcours ?? defaultParcours(statut);
}
/** The data of a record (or of none), with every unit of `specs` present. */
function conformityDataOf(record, specs) {
	const units = {};
	for (const spec of specs) units[spec.code] = {
		...emptyChecklist(),
		...record?.units?.[spec.code] ?? {}
	};
	return {
		parcours: record?.parcours ?? null,
		periods: (record?.periods ?? []).map((p) => ({
			...p,
			duration: { ...p.duration }
		})),
		units
	};
}
function mergeConformity(data, changes) {
	const units = { ...data.units };
	for (const [code, change] of Object.entries(changes.units ?? {})) units[code] = {
		...emptyChecklist(),
		...data.units[code],
		...change
	};
	let periods = changes.periods === void 0 ? data.periods : changes.periods;
	for (const year of [1, 2]) {
		const replacement = changes.stageYears?.[year];
		if (replacement === void 0) continue;
		const at = periods.findIndex((p) => p.kind === "stage" && p.year === year);
		const kept = periods.filter((p) => !(p.kind === "stage" && p.year === year));
		const index = at === -1 ? kept.length : periods.slice(0, at).filter((p) => !(p.kind === "stage" && p.year === year)).length;
		periods = [
			...kept.slice(0, index),
			...replacement,
			...kept.slice(index)
		];
	}
	return {
		parcours: changes.parcours === void 0 ? data.parcours : changes.parcours,
		periods,
		units
	};
}
/** `2024-04-12` → `12/04/2024`. */
const frenchDate = (iso) => isoToFrench(iso);
const CONFORMITY_STATUS_LABELS = {
	a_controler: "À contrôler",
	conforme: "Conforme",
	non_conforme: "Non conforme",
	sous_reserve: "Sous réserve de vérification",
	non_concerne: "Non concerné (bénéfice)"
};
function evaluateConformity(data, context) {
	const parcours = parcoursOf(data, context.statut);
	const rule = context.rule ?? CCST_STAGE_RULE;
	const stage = stageSummary(data.periods, rule);
	return {
		parcours,
		stage,
		units: context.specs.map((spec) => evaluateUnit(spec, {
			...emptyChecklist(),
			...data.units[spec.code] ?? {}
		}, parcours, stage, context))
	};
}
function evaluateUnit(spec, checks, parcours, stage, context) {
	const form = context.forms[spec.code] ?? "ponctuel";
	const ficheAnnexe = spec.fiche.annexe?.[form] ?? null;
	const ficheName = `fiche descriptive${ficheAnnexe === null ? "" : ` (annexe ${ficheAnnexe})`}`;
	const failures = [];
	const missing = [];
	const warnings = [];
	const fail = (item, detail) => failures.push({
		item,
		detail
	});
	const documents = parcours === "stage" ? "attestation(s) de stage" : "certificat(s) de travail";
	if (parcours === "stage") {
		if (checks.attestations === false) fail("attestation", "attestation(s) de stage absente(s)");
		else if (checks.attestations === null) missing.push("attestation(s) de stage");
		if (stage.stagePeriods === 0) missing.push("périodes et durées de stage");
		else for (const shortfall of stage.shortfalls) fail("duree", shortfall);
		warnings.push(...stage.warnings);
	} else if (checks.certificats === false) fail("certificat", "certificat(s) de travail absent(s)");
	else if (checks.certificats === null) missing.push("certificat(s) de travail");
	if (checks.signed === false) fail("visa", `${documents} non signé(s)`);
	else if (checks.signed === null) missing.push(`signature des ${documents}`);
	if (checks.stamped === false) fail("visa", `${documents} non visé(s) (cachet)`);
	else if (checks.stamped === null) missing.push(`visa (cachet) des ${documents}`);
	if (checks.fiche === false) fail(spec.fiche.missing, `${ficheName} absente`);
	else if (checks.fiche === null) missing.push(ficheName);
	if (spec.dossier) {
		if (checks.dossier === false) fail(spec.dossier.missing, "dossier absent");
		else if (checks.dossier === null) missing.push("dossier");
		if (checks.pages !== null && checks.pages > spec.dossier.maxPages) fail("autres", `dossier de ${checks.pages} pages hors annexes (${spec.dossier.maxPages} au plus)`);
	}
	if (checks.depositDate !== null && context.depositDeadline !== null && checks.depositDate > context.depositDeadline) fail("autres", `dossier déposé hors délai (le ${frenchDate(checks.depositDate)}, date limite le ${frenchDate(context.depositDeadline)})`);
	else if (checks.depositDate === null && context.depositDeadline !== null) missing.push("date de dépôt");
	else if (checks.depositDate !== null && context.depositDeadline === null) warnings.push("pas de date limite de dépôt dans la session : le délai ne peut pas être vérifié");
	if (checks.other !== "") fail("autres", checks.other);
	for (const item of checks.declared ?? []) {
		if (failures.some((f) => f.item === item)) continue;
		fail(item, item === "autres" ? "motif à préciser" : `${ANNEXE4_WORDING[item]} (déclaré à la saisie de NV)`);
	}
	const reasons = ANNEXE4_ITEMS.filter((item) => failures.some((f) => f.item === item)).map((item) => ANNEXE4_WORDING[item]);
	const other = failures.filter((f) => f.item === "autres").map((f) => f.detail).join(" ; ");
	const nvReasons = ANNEXE4_ITEMS.filter((item) => failures.some((f) => f.item === item)).map((item) => item === "autres" ? `${ANNEXE4_WORDING.autres} : ${other}` : ANNEXE4_WORDING[item]);
	let status;
	if (context.benefices.has(spec.code)) status = "non_concerne";
	else if (failures.length > 0) status = "non_conforme";
	else if (checks.doubt) status = "sous_reserve";
	else if (missing.length === 0) status = "conforme";
	else status = "a_controler";
	return {
		code: spec.code,
		spec,
		form,
		ficheAnnexe,
		status,
		failures,
		reasons,
		other,
		nvReasons,
		missing,
		warnings
	};
}
Object.freeze({
	value: Object.freeze({ kind: "NV" }),
	sousReserve: false,
	benefice: null
});
// src/io/dates.ts
/** French dates: shown and typed `JJ/MM/AAAA`, stored ISO `AAAA-MM-JJ`. */
/** `2004-03-05` → `05/03/2004`; null → ''. */
const isoToFrenchDate = isoToFrench;
/**
* A birth date typed `JJ/MM/AAAA` (also `5/3/2004`, `05.03.2004`, `05-03-2004`) → ISO `2004-03-05`;
* empty → null. Refuses impossible dates (31/02) and dates after today.
*/
function parseFrenchDate(text, today = /* @__PURE__ */ new Date()) {
	const trimmed = text.trim();
	if (trimmed === "") return {
		ok: true,
		value: null
	};
	const parts = frenchDateParts(trimmed);
	if (!parts) return {
		ok: false,
		error: "Date attendue au format JJ/MM/AAAA, par exemple 05/03/2004"
	};
	const iso = calendarIso(parts.year, parts.month, parts.day);
	if (!iso) return {
		ok: false,
		error: `Le ${trimmed} n'existe pas dans le calendrier`
	};
	if (parts.year < 1900) return {
		ok: false,
		error: "Année de naissance invalide (avant 1900)"
	};
	if (iso > todayIso(today)) return {
		ok: false,
		error: "La date de naissance est dans le futur"
	};
	return {
		ok: true,
		value: iso
	};
}
// src/io/import/conformity.ts
/**
* The dossier conformity columns of an imported file (R7): the fields, the reading of their cells, and the
* conformity part of a plan row. The row gives changes applied onto the candidate's record when the import is
* applied (src/db/imports.ts → src/db/conformity.ts), so a non-conforme unit gets its NV in the same transaction.
*
* Candidate columns: `parcours` (stage / expérience), `stage_annee1` and `stage_annee2` (weeks of stage of that
* year: `6`, `4+2` for two separate periods, `30 j`, `1,5 mois`, `140 h`), `attestations`, `certificats`,
* `signatures`, `visas` (oui / non, for every unit), `depot` (deposit date of every unit).
* Unit columns: `fiche_E4`, `dossier_U62`, `pages_U62`, `depot_U61`, `autres_E4`… (they win over the candidate
* columns). An empty cell changes nothing (or clears the value with the 'clear' policy).
*/
const fail$1 = (error) => ({
	ok: false,
	error
});
/** Spellings of a unit code in headers: `U61` and its aliases (`E61`). */
function unitNames(regulation, code) {
	return [code, ...regulation.units.find((u) => u.code === code)?.aliases ?? []];
}
const field = (key, label, synonyms) => ({
	key,
	label,
	synonyms,
	group: "conformite"
});
/** The conformity fields of a regulation (none when it has no unit to check). */
function conformityFields(regulation) {
	const specs = conformityUnits(regulation);
	if (specs.length === 0) return [];
	const fields = [
		field("parcours", "Parcours (stage / expérience)", [
			"Parcours",
			"Stage ou expérience",
			"Type de parcours"
		]),
		field("stage_annee1", "Stage 1re année (semaines)", [
			"Stage 1re année",
			"Stage 1ère année",
			"Stage première année",
			"Stage année 1",
			"Semaines de stage 1re année",
			"Semaines 1re année",
			"Stage 1A"
		]),
		field("stage_annee2", "Stage 2e année (semaines)", [
			"Stage 2e année",
			"Stage 2ème année",
			"Stage deuxième année",
			"Stage année 2",
			"Semaines de stage 2e année",
			"Semaines 2e année",
			"Stage 2A"
		]),
		field("attestations", "Attestations de stage", [
			"Attestation de stage",
			"Attestations",
			"Attestations présentes"
		]),
		field("certificats", "Certificats de travail", ["Certificat de travail", "Certificats"]),
		field("signatures", "Documents signés", [
			"Signés",
			"Signature",
			"Signatures",
			"Attestations signées"
		]),
		field("visas", "Documents visés (cachet)", [
			"Visés",
			"Visa",
			"Visas",
			"Cachet",
			"Cachets",
			"Attestations visées"
		]),
		field("depot", "Date de dépôt", [
			"Date dépôt",
			"Dépôt",
			"Date de dépôt du dossier",
			"Déposé le",
			"Dossier déposé le"
		])
	];
	for (const spec of specs) {
		const names = unitNames(regulation, spec.code);
		const each = (forms) => names.flatMap(forms);
		fields.push(field(`fiche_${spec.code}`, `Fiche descriptive ${spec.code}`, each((n) => [`Fiche ${n}`, `Fiche descriptive ${n}`])));
		if (spec.dossier) {
			fields.push(field(`dossier_${spec.code}`, `Dossier ${spec.code}`, each((n) => [`Dossier ${n}`])));
			fields.push(field(`pages_${spec.code}`, `Pages du dossier ${spec.code}`, each((n) => [
				`Pages ${n}`,
				`Nombre de pages ${n}`,
				`Pages dossier ${n}`
			])));
		}
		fields.push(field(`depot_${spec.code}`, `Date de dépôt ${spec.code}`, each((n) => [`Dépôt ${n}`, `Date dépôt ${n}`])));
		fields.push(field(`autres_${spec.code}`, `Autres motifs ${spec.code}`, each((n) => [`Autres ${n}`, `Autre motif ${n}`])));
	}
	return fields;
}
const YES$1 = /* @__PURE__ */ new Set([
	"oui",
	"o",
	"yes",
	"y",
	"x",
	"1",
	"vrai",
	"present",
	"presente",
	"presents",
	"presentes",
	"ok",
	"fait"
]);
const NO$1 = /* @__PURE__ */ new Set([
	"non",
	"n",
	"no",
	"0",
	"faux",
	"absent",
	"absente",
	"absents",
	"absentes"
]);
const UNKNOWN = /* @__PURE__ */ new Set([
	"",
	"averifier",
	"nonverifie",
	"inconnu"
]);
/** `oui`, `non`, `x`, `1`, `0`, `présent`… → true / false; `?` or `à vérifier` → null (not checked). */
function parseCheck(cell) {
	const text = cell.trim();
	if (text === "?" || text === "✓" || text === "✗") return {
		ok: true,
		value: text === "?" ? null : text === "✓"
	};
	const key = normalizeHeader(text);
	if (YES$1.has(key)) return {
		ok: true,
		value: true
	};
	if (NO$1.has(key)) return {
		ok: true,
		value: false
	};
	if (UNKNOWN.has(key)) return {
		ok: true,
		value: null
	};
	return fail$1(`« ${text} » : oui ou non attendu`);
}
function formatCheck(check) {
	return check === null ? "" : check ? "oui" : "non";
}
/** `JJ/MM/AAAA` (also `J/M/AAAA`, `.` or `-`) or ISO `AAAA-MM-JJ` → ISO. */
function parseDate(cell) {
	const text = cell.trim();
	const parts = isoDateParts(text) ?? frenchDateParts(text);
	if (!parts) return fail$1(`« ${text} » : date attendue au format JJ/MM/AAAA`);
	const iso = calendarIso(parts.year, parts.month, parts.day);
	return iso ? {
		ok: true,
		value: iso
	} : fail$1(`le ${text} n'existe pas dans le calendrier`);
}
function parseParcours(cell) {
	const key = normalizeHeader(cell);
	if (key.startsWith("stage") || key === "attestation" || key === "attestations") return {
		ok: true,
		value: "stage"
	};
	if (key.startsWith("experience") || key.startsWith("certificat") || key === "travail") return {
		ok: true,
		value: "experience"
	};
	return fail$1(`« ${cell.trim()} » : parcours « stage » ou « expérience » attendu`);
}
function parsePages(cell) {
	const text = cell.trim();
	if (!/^\d{1,5}$/.test(text)) return fail$1(`« ${text} » : nombre de pages entier attendu`);
	return {
		ok: true,
		value: Number(text)
	};
}
/** `4+2` → two year-`year` stage periods without dates (each a period of its own: not contiguous). */
function parseYear(cell, year) {
	const text = cell.trim();
	if (/^0+(?:[.,]0+)?$/.test(text)) return {
		ok: true,
		value: []
	};
	const durations = parseDurationList(text);
	if (!durations.ok) return durations;
	if (durations.value.some((d) => d.amount === 0)) return fail$1(`« ${text} » : une période ne peut pas durer 0`);
	return {
		ok: true,
		value: durations.value.map((duration) => ({
			kind: "stage",
			organisme: "",
			year,
			start: null,
			end: null,
			duration
		}))
	};
}
function formatYear(periods, year) {
	return periods.filter((p) => p.kind === "stage" && p.year === year).map((p) => formatDurationShort(p.duration)).join(" + ");
}
/** The conformity part of a plan row; problems are reported through `error`. */
function planRowConformity(input) {
	const specs = conformityUnits(input.regulation);
	const result = {
		changes: null,
		cellChanges: [],
		nvAfter: /* @__PURE__ */ new Map()
	};
	if (specs.length === 0) return result;
	const changes = {};
	const units = {};
	let any = false;
	/** Reads a mapped cell: undefined = leave as it is; null = clear; else the parsed value. */
	const read = (key, parse) => {
		const raw = input.cell(key);
		if (raw === void 0) return void 0;
		if (raw.trim() === "") return input.emptyCells === "clear" ? null : void 0;
		const parsed = parse(raw);
		if (!parsed.ok) {
			input.error(key, parsed.error);
			return;
		}
		return parsed.value;
	};
	const setUnits = (specsToSet, name, value) => {
		for (const spec of specsToSet) units[spec.code] = {
			...units[spec.code],
			[name]: value
		};
		any = true;
	};
	const parcours = read("parcours", parseParcours);
	if (parcours !== void 0) {
		changes.parcours = parcours;
		any = true;
	}
	for (const year of [1, 2]) {
		const periods = read(`stage_annee${year}`, (t) => parseYear(t, year));
		if (periods === void 0) continue;
		changes.stageYears = {
			...changes.stageYears,
			[year]: periods ?? []
		};
		any = true;
	}
	const common = [
		[
			"attestations",
			"attestations",
			parseCheck
		],
		[
			"certificats",
			"certificats",
			parseCheck
		],
		[
			"signatures",
			"signed",
			parseCheck
		],
		[
			"visas",
			"stamped",
			parseCheck
		],
		[
			"depot",
			"depositDate",
			parseDate
		]
	];
	for (const [key, name, parse] of common) {
		const value = read(key, parse);
		if (value !== void 0) setUnits(specs, name, value);
	}
	for (const spec of specs) {
		const own = [
			[
				`fiche_${spec.code}`,
				"fiche",
				parseCheck
			],
			[
				`depot_${spec.code}`,
				"depositDate",
				parseDate
			],
			[
				`autres_${spec.code}`,
				"other",
				(t) => ({
					ok: true,
					value: t.trim()
				})
			]
		];
		if (spec.dossier) own.push([
			`dossier_${spec.code}`,
			"dossier",
			parseCheck
		], [
			`pages_${spec.code}`,
			"pages",
			parsePages
		]);
		for (const [key, name, parse] of own) {
			const value = read(key, parse);
			if (value === void 0) continue;
			setUnits([spec], name, name === "other" && value === null ? "" : value);
		}
	}
	if (Object.keys(units).length > 0) changes.units = units;
	if (!any) {
		if (input.stored) for (const [code, nv] of Object.entries(input.stored.nv)) result.nvAfter.set(code, nv.reasons);
		return result;
	}
	const before = conformityDataOf(input.stored ?? null, specs);
	const after = mergeConformity(before, changes);
	const known = input.stored !== void 0;
	result.changes = known && JSON.stringify(before) === JSON.stringify(after) ? null : changes;
	const show = (label, was, now) => {
		if (!known || was !== now) result.cellChanges.push({
			field: "conformite",
			label,
			before: known ? was : "",
			after: now
		});
	};
	if (changes.parcours !== void 0) show(input.label("parcours"), before.parcours ? PARCOURS_LABELS[before.parcours] : "", after.parcours ? PARCOURS_LABELS[after.parcours] : "");
	for (const year of [1, 2]) if (changes.stageYears?.[year] !== void 0) show(input.label(`stage_annee${year}`), formatYear(before.periods, year), formatYear(after.periods, year));
	const shown = {
		attestations: formatCheck,
		certificats: formatCheck,
		signed: formatCheck,
		stamped: formatCheck,
		fiche: formatCheck,
		dossier: formatCheck,
		pages: (v) => v === null ? "" : String(v),
		depositDate: (v) => isoToFrenchDate(v),
		other: (v) => v,
		declared: (v) => (v ?? []).join(", ")
	};
	const NAMES = {
		attestations: "attestations",
		certificats: "certificats",
		signed: "signés",
		stamped: "visés",
		fiche: "fiche descriptive",
		dossier: "dossier",
		pages: "pages",
		depositDate: "dépôt",
		other: "autres motifs",
		declared: "motifs de NV"
	};
	for (const spec of specs) for (const name of Object.keys(units[spec.code] ?? {})) {
		const format = shown[name];
		show(`${spec.code} ${NAMES[name]}`, format(before.units[spec.code][name]), format(after.units[spec.code][name]));
	}
	if (input.candidate && input.depositDeadline !== void 0) {
		const evaluate = (data) => evaluateConformity(data, {
			statut: input.candidate.statut,
			depositDeadline: input.depositDeadline ?? null,
			forms: unitForms(input.candidate, input.regulation, input.etablissement?.type ?? null),
			benefices: new Set(input.marks.filter((m) => m.benefice).map((m) => m.unit)),
			specs,
			rule: stageRuleOf(input.regulation)
		});
		const was = known ? evaluate(before) : null;
		const now = evaluate(after);
		for (const unit of now.units) {
			const previous = was?.units.find((u) => u.code === unit.code);
			const text = (status) => `${CONFORMITY_STATUS_LABELS[status]}${status === "non_conforme" ? " (NV)" : ""}`;
			if (unit.status === "non_conforme") result.nvAfter.set(unit.code, unit.nvReasons);
			if (previous && previous.status === unit.status) continue;
			const replaced = input.stored?.nv[unit.code]?.replaced;
			const restored = previous?.status === "non_conforme" && unit.status !== "non_conforme" ? ` — note rétablie : ${replaced ? formatMark(replaced.value) || "(vide)" : "(vide)"}` : "";
			result.cellChanges.push({
				field: "conformite",
				label: `Conformité ${unit.code}`,
				before: previous ? text(previous.status) : "",
				after: `${text(unit.status)}${restored}`
			});
		}
	} else if (input.stored) for (const [code, nv] of Object.entries(input.stored.nv)) result.nvAfter.set(code, nv.reasons);
	return result;
}
// src/io/import/fields.ts
const identity = (key) => IDENTITY_FIELDS.find((f) => f.key === key);
const IDENTITY = [
	{
		...identity("numero"),
		label: "N° candidat",
		synonyms: ["Numéro", ...identity("numero").synonyms],
		group: "identite"
	},
	{
		...identity("nom"),
		group: "identite"
	},
	{
		...identity("prenom"),
		group: "identite"
	},
	{
		key: "date_naissance",
		label: "Date de naissance",
		synonyms: [
			"Né(e) le",
			"Né le",
			"Née le",
			"Date naissance",
			"Naissance",
			"Date de naiss"
		],
		group: "identite"
	},
	{
		key: "statut",
		label: "Statut",
		synonyms: ["Statut du candidat", "Statut candidat"],
		group: "identite"
	},
	{
		key: "langue_vivante",
		label: "Langue vivante",
		synonyms: [
			"LV",
			"LVE",
			"Langue",
			"LV1",
			"Langue vivante étrangère"
		],
		group: "identite"
	},
	{
		key: "facultatives",
		label: "Épreuves facultatives",
		synonyms: [
			"Facultatives",
			"Options",
			"Épreuves facultatives choisies"
		],
		group: "identite"
	},
	{
		key: "formes",
		label: "Formes d'évaluation",
		synonyms: [
			"Formes",
			"Forme",
			"Forme des épreuves"
		],
		group: "identite"
	}
];
const ETABLISSEMENT = [
	{
		key: "etablissement_uai",
		label: "UAI",
		synonyms: [
			"RNE",
			"Code UAI",
			"Code RNE",
			"Code établissement",
			"UAI établissement",
			"N° UAI"
		],
		group: "etablissement"
	},
	{
		key: "etablissement_nom",
		label: "Établissement",
		synonyms: [
			"Nom de l'établissement",
			"Nom établissement",
			"Établissement d'origine",
			"Lycée",
			"Centre de formation"
		],
		group: "etablissement"
	},
	{
		key: "etablissement_ville",
		label: "Ville",
		synonyms: ["Ville de l'établissement", "Commune"],
		group: "etablissement"
	},
	{
		key: "etablissement_type",
		label: "Type d'établissement",
		synonyms: ["Type établissement", "Type de l'établissement"],
		group: "etablissement"
	}
];
const INDICATEURS = [{
	key: "sous_reserve",
	label: "Sous réserve",
	synonyms: [
		"Sous réserve de vérification",
		"Réserve",
		"Réserves"
	],
	group: "indicateurs"
}, {
	key: "benefices",
	label: "Bénéfices",
	synonyms: [
		"Bénéfice",
		"Bénéfices de notes",
		"Notes conservées"
	],
	group: "indicateurs"
}];
/**
* Identity, établissement, every unit (`E61` for U61…), every contrôle unit (`contrôle E1`), flags, and the
* dossier conformity columns (R7: src/io/import/conformity.ts).
*/
function importFields(regulation) {
	const unitCodes = new Set(regulation.units.map((u) => u.code));
	const marks = candidateFields(regulation).filter((f) => !IDENTITY_FIELDS.includes(f)).map((f) => ({
		...f,
		group: unitCodes.has(f.key) ? "notes" : "controle"
	}));
	return [
		...IDENTITY,
		...ETABLISSEMENT,
		...marks,
		...conformityFields(regulation),
		...INDICATEURS
	];
}
/** Field per column from the header's spelling; when two columns name the same field, the first wins. */
function autoMap(header, fields) {
	return mapHeaders([...header], [...fields]).columns;
}
// src/domain/numero.ts
/**
* `02431000001` → `2431000001`: an all-digit number without its leading zeros (Excel drops them when
* it opens a CSV file); null when the number is not all digits.
*/
function numeroWithoutZeros(numero) {
	return /^\d+$/.test(numero) ? numero.replace(/^0+(?=\d)/, "") : null;
}
/**
* A candidate may be entered before their exam number is known: their numero is then empty, shown
* as « numéro à venir » (grid, PDFs), never matched to an import row by number, and given by hand or by an
* import that matches them on nom + prénom + date de naissance (accepted by the user, never silently).
*/
const NUMERO_PENDING_LABEL = "numéro à venir";
function isNumeroPending(numero) {
	return numero.trim() === "";
}
/**
* Nom + prénom + date de naissance, compared without case, accents or extra spaces: how a row of a file is
* matched to a candidate still waiting for their number. Null when one of the three is missing (no match then).
*/
function identityKey(c) {
	const norm = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[\s'’-]+/g, " ").trim();
	const nom = norm(c.nom);
	const prenom = norm(c.prenom);
	if (nom === "" || prenom === "" || !c.dateNaissance) return null;
	return `${nom}\u0000${prenom}\u0000${c.dateNaissance}`;
}
// src/domain/presets/bts-ccst-2024/grids.ts
const CCST_2024_REGULATION_ID = "bts-ccst-2024";
const BANNER = "BTS CONSEIL ET COMMERCIALISATION DE SOLUTIONS TECHNIQUES";
const OBSERVATIONS = "Observations au regard des compétences évaluées";
const INTERVIEW = "2. Entretien avec la commission d’évaluation";
const CONCLUSION = "Conclusion de la commission d’évaluation";
const LEGEND = "TI : Très insuffisant - I : Insuffisant - S : Satisfaisant - TS : Très satisfaisant";
const CRITERIA_HEADING = "Critères d’évaluation";
const SIGN_OFF = "Émargement des membres de la commission d’évaluation";
/** Identification boxes of annexes 10, 11, 13, 16, 17, 20, 21. */
const IDENTIFICATION = [
	"Académie",
	"Session 2024",
	"Nom et prénom du candidat",
	"N° du candidat"
];
const EXAM_DATE = "Date de l’épreuve";
const ANNEXE_12_NOTE = "Annexe 12 : tableau à quatre colonnes extrait cellule après cellule ; les huit lignes d’indications sont reconstituées dans l’ordre d’extraction.";
function criteria(texts, firstNumber = 1) {
	return texts.map((text, i) => ({
		id: `c${i + firstNumber}`,
		text
	}));
}
function observation(id, headings, label = OBSERVATIONS) {
	return {
		id,
		headings,
		label
	};
}
function signOff(slots) {
	return {
		members: {
			label: SIGN_OFF,
			slots,
			perMember: ["Nom et prénom", "Qualité"]
		},
		signatures: SIGN_OFF
	};
}
/** One criteria table, rated by levels, the mark being the commission's. */
function levelsPart(title, list, markLabel) {
	return {
		id: "criteres",
		label: "Critères",
		title,
		description: null,
		criteria: list,
		scoring: { kind: "levels" },
		max: null,
		markLabel
	};
}
/** Legend of annexes 10, 11, 16, 17, 20, 21. */
const LEGEND_SCALE = {
	levels: [
		{
			level: "TI",
			label: "Très insuffisant",
			guideWords: []
		},
		{
			level: "I",
			label: "Insuffisant",
			guideWords: []
		},
		{
			level: "S",
			label: "Satisfaisant",
			guideWords: []
		},
		{
			level: "TS",
			label: "Très satisfaisant",
			guideWords: []
		}
	],
	legend: LEGEND,
	guide: null
};
const E4_SCALE = {
	levels: [
		{
			level: "TI",
			label: "Très insuffisant",
			guideWords: ["Non maitrisé", "Passif"]
		},
		{
			level: "I",
			label: "Insuffisant",
			guideWords: ["Maitrise partielle", "Exécute"]
		},
		{
			level: "S",
			label: "Satisfaisant",
			guideWords: ["Bonne maitrise", "Maitrise"]
		},
		{
			level: "TS",
			label: "Très satisfaisant",
			guideWords: ["Excellente maitrise", "Expert"]
		}
	],
	legend: LEGEND,
	guide: {
		annexe: 12,
		title: "Outil d’aide à l’évaluation de l’épreuve E4 : CONCEPTION ET COMMERCIALISATION DE SOLUTIONS TECHNICO-COMMERCIALES",
		heading: "Indications sur les degrés de maitrise des compétences",
		rows: [
			{
				TI: "Agit sans méthodologie ou avec une méthodologie inadaptée",
				I: "Met en œuvre une méthodologie incomplète",
				S: "Comprend et met en œuvre une méthodologie rigoureuse",
				TS: "Propose une méthodologie pertinente"
			},
			{
				TI: "N’utilise pas d’outils ou ne les maitrise pas",
				I: "Mobilise correctement quelques outils",
				S: "Choisit les outils adaptés",
				TS: "Adapte et/ou élabore des outils opérationnels"
			},
			{
				TI: "N’analyse pas",
				I: "Analyse de manière incomplète",
				S: "Analyse de manière pertinente",
				TS: "Analyse et remédie"
			},
			{
				TI: "Communique de façon non appropriée",
				I: "Rend compte sans argumentation",
				S: "Argumente et fait comprendre",
				TS: "Fait adhérer"
			},
			{
				TI: "N’utilise pas d’information",
				I: "Utilise partiellement les informations",
				S: "Recherche et mobilise les informations",
				TS: "Produit des informations pertinentes et exploitables"
			},
			{
				TI: "N’atteint pas les objectifs",
				I: "Atteint en partie les objectifs",
				S: "Atteint les objectifs",
				TS: "Dépasse les objectifs"
			},
			{
				TI: "Ne formule aucune proposition ou des propositions incohérentes",
				I: "Formule quelques propositions",
				S: "Justifie et argumente les propositions",
				TS: "Est force de proposition"
			},
			{
				TI: "Ne prend pas en compte les contraintes",
				I: "Prend en compte partiellement les contraintes",
				S: "Intègre l’ensemble des contraintes",
				TS: "Anticipe les contraintes"
			}
		]
	}
};
/** Annexe 13 prints the TI I S TS columns without a legend. */
const BARE_SCALE = {
	levels: [
		{
			level: "TI",
			label: null,
			guideWords: []
		},
		{
			level: "I",
			label: null,
			guideWords: []
		},
		{
			level: "S",
			label: null,
			guideWords: []
		},
		{
			level: "TS",
			label: null,
			guideWords: []
		}
	],
	legend: null,
	guide: null
};
const EF3_SCALE = {
	levels: [
		{
			level: "TI",
			label: null,
			guideWords: ["Subit"]
		},
		{
			level: "I",
			label: null,
			guideWords: ["Exécute"]
		},
		{
			level: "S",
			label: null,
			guideWords: ["Maîtrise"]
		},
		{
			level: "TS",
			label: null,
			guideWords: ["Est expert"]
		}
	],
	legend: null,
	guide: {
		annexe: 24,
		title: "Epreuve facultative Engagement étudiant - OUTIL D’AIDE A L’ÉVALUATION DES COMPÉTENCES",
		heading: "DEGRÉ DE MAÎTRISE DES COMPÉTENCES",
		rows: []
	}
};
function degrees(rows) {
	return rows.map(([descriptor, points, pointsText], i) => ({
		degree: i + 1,
		descriptor,
		points,
		pointsText
	}));
}
const E22 = {
	id: "ccst-2024-e22",
	regulationId: CCST_2024_REGULATION_ID,
	unitCode: "E22",
	form: "both",
	annexe: 5,
	header: "BTS Tertiaires – CCST",
	title: "FICHE D’AIDE à L’EVALUATION DE LA COMPREHENSION ET DE L’EXPRESSION ORALES - LANGUE VIVANTE A",
	subtitle: null,
	instructions: ["Pour chacune des trois colonnes, entourer le nombre de points correspondant à la prestation du candidat à l’un des quatre degrés de réussite et attribuer à cette prestation le nombre de points indiqué (sans le fractionner en décimale)."],
	scale: null,
	parts: [
		{
			id: "A",
			label: "A",
			title: "Expression orale en continu",
			description: "(Première partie de l’épreuve, à partir d’une fiche de situation élaborée par le candidat, retraçant une situation professionnelle vécue, observée en stage ou en formation)",
			criteria: [],
			scoring: {
				kind: "degrees",
				degrees: degrees([
					[
						"Présente peu d’informations (présentation très parcellaire du document fourni). Enoncés très courts, ponctués de pauses, d’hésitations, de faux démarrages. Lit ses notes ou relit le document.",
						[1, 2],
						"1 ou 2 pt"
					],
					[
						"A compris l’objet de la présentation (enjeux de la communication en LVE) mais cela reste incomplet. Rend compte de manière brève et élémentaire (simple liste de points).",
						[3],
						"3 pts"
					],
					[
						"A saisi les points principaux qu’il présente avec une certaine précision. Discours articulé et cohérent (suite linéaire de points qui s’enchaînent).",
						[4],
						"4 pts"
					],
					[
						"Présente son document de façon personnelle et organisée Explicite les points importants, les exemples et les détails pertinents.",
						[5, 6],
						"5 ou 6 pts"
					]
				]),
				bonus: {
					text: "Choix pertinent d’une situation permettant de mettre en avant les enjeux de la communication en LV",
					points: 1
				}
			},
			max: 6,
			markLabel: "Note A, sur 6"
		},
		{
			id: "B",
			label: "B",
			title: "Interaction orale",
			description: "(Seconde partie de l’épreuve : simulation d’entretien téléphonique suivie d’un bref entretien avec l’examinateur pour évaluer les difficultés rencontrées)",
			criteria: [],
			scoring: {
				kind: "degrees",
				degrees: degrees([
					[
						"Echange difficile malgré l’aide apportée par l’examinateur.",
						[1, 2],
						"1 ou 2 pts"
					],
					[
						"Communique de façon limitée. Répond, sans prendre l’initiative de l’échange qui repose sur l’aide apportée par l’examinateur.",
						[3],
						"3 pts"
					],
					[
						"Peut intervenir dans l’échange avec une relative aisance. Réponses cohérentes même si les interventions sont parfois brèves et maladroites. Peut revenir sur un élément objet d’un malentendu pour l’expliciter..",
						[4],
						"4 pts"
					],
					[
						"Argumente avec pertinence, cherche à convaincre, peut parfois prendre l’initiative de l’échange. Peut relancer la discussion.",
						[5, 6],
						"5 ou 6 pts"
					]
				]),
				bonus: {
					text: "Bonus : s’appuie sur une expérience professionnelle vécue",
					points: 1
				}
			},
			max: 6,
			markLabel: "Note B, sur 6"
		},
		{
			id: "C",
			label: "C",
			title: "Intelligibilité et recevabilité linguistique",
			description: null,
			criteria: [],
			scoring: {
				kind: "degrees",
				degrees: degrees([
					[
						"Partiellement compréhensible. Répertoire élémentaire de mots et d’expressions courantes.",
						[1, 2],
						"1 ou 2 pts"
					],
					[
						"S’exprime dans une langue intelligible malgré un vocabulaire limité. Commet systématiquement des erreurs élémentaires. Prononciation compréhensible malgré un net accent français.",
						[3, 4],
						"3 ou 4 pts"
					],
					[
						"Fait un emploi globalement correct des structures courantes malgré de nettes influences de la langue maternelle. Prononciation clairement intelligible malgré des erreurs.",
						[5, 6],
						"5 ou 6 pts"
					],
					[
						"Débit assez régulier. Bon contrôle grammatical et lexique assez étendu (pas de fautes conduisant à des malentendus). Prononciation claire.",
						[7, 8],
						"7 ou 8 pts"
					]
				]),
				bonus: {
					text: "Bonus : qualités de communicateur, capacité à convaincre.",
					points: 1
				}
			},
			max: 8,
			markLabel: "Note C, sur 8"
		}
	],
	mark: {
		kind: "sum",
		max: 20,
		label: "Note de l’élève (total A + B + C)",
		wholePoints: true
	},
	fields: {
		identification: ["Session : 2024", "Nom de l’élève :"],
		date: null,
		observations: [observation("appreciation", [], "Appréciation :")],
		members: null,
		signatures: null
	},
	transcriptionNotes: [
		"Tableau à trois colonnes extrait ligne par ligne : chaque cellule est lue d’un seul tenant, son rattachement à la colonne A, B ou C et au degré est déduit de l’ordre d’extraction.",
		"Les trois lignes « 1 pt » du bas du tableau sont lues comme un bonus par colonne (A : choix pertinent de la situation ; B et C : « Bonus : … ») ; le total d’une partie ne dépasse pas son maximum (6, 6, 8).",
		"Aucun degré ne donne 0 point : la grille ne prévoit pas de note de partie nulle."
	]
};
const E4_TITLE = "EPREUVE E4 : CONCEPTION ET COMMERCIALISATION DE SOLUTIONS TECHNICO-COMMERCIALES";
/** Situation 1 criteria (C1.1, C1.3), then situation 2 (C1.2, C1.4, C1.5); annexe 11 lists all ten. */
const E4_CRITERIA = criteria([
	"Le contexte technico-commercial et les attentes du prospect sont identifiés",
	"Le risque client/affaire est pris en compte",
	"Une démarche collaborative est mise en œuvre",
	"Les objectifs de négociation sont définis et adaptés",
	"Des outils de négociation adaptés sont préparés",
	"Une démarche proactive de négociation est mise en œuvre",
	"Une solution technique et commerciale répondant aux besoins du client est proposée",
	"Des outils de communication et de négociation adaptés au contexte sont mobilisés",
	"La prestation définie est formalisée conformément à l’accord",
	"Des actions de suivi sont effectuées"
]);
const E4_CCF = {
	id: "ccst-2024-e4-ccf",
	regulationId: CCST_2024_REGULATION_ID,
	unitCode: "E4",
	form: "CCF",
	annexe: 10,
	header: BANNER,
	title: E4_TITLE,
	subtitle: "Grille d’aide à l’évaluation – Contrôle en cours de formation (CCF)",
	instructions: [],
	scale: E4_SCALE,
	parts: [{
		id: "S1",
		label: "Situation 1",
		title: "SITUATION 1 – CONTROLE EN COURS DE FORMATION",
		description: null,
		criteria: E4_CRITERIA.slice(0, 5),
		scoring: { kind: "levels" },
		max: 10,
		markLabel: "Note sur 10 points"
	}, {
		id: "S2",
		label: "Situation 2",
		title: "SITUATION 2 – CONTROLE EN COURS DE FORMATION",
		description: null,
		criteria: E4_CRITERIA.slice(5),
		scoring: { kind: "levels" },
		max: 10,
		markLabel: "Note sur 10 points"
	}],
	mark: {
		kind: "sum",
		max: 20,
		label: "TOTAL SUR 20 POINTS",
		wholePoints: false
	},
	fields: {
		identification: IDENTIFICATION,
		date: EXAM_DATE,
		observations: [
			observation("s1-presentation", ["SITUATION 1 – CONTROLE EN COURS DE FORMATION", "1. Présentation du dossier relatif à la préparation d’un entretien de négociation technico-commerciale"]),
			observation("s1-entretien", ["SITUATION 1 – CONTROLE EN COURS DE FORMATION", INTERVIEW]),
			observation("s2-simulation", ["SITUATION 2 – CONTROLE EN COURS DE FORMATION", "1. Simulation d’une négociation technico-commerciale"]),
			observation("s2-entretien", ["SITUATION 2 – CONTROLE EN COURS DE FORMATION", INTERVIEW]),
			observation("conclusion", ["NOTE GLOBALE – EPREUVE E4"], CONCLUSION)
		],
		...signOff(3)
	},
	transcriptionNotes: [ANNEXE_12_NOTE]
};
const E4_PONCTUEL = {
	id: "ccst-2024-e4-ponctuel",
	regulationId: CCST_2024_REGULATION_ID,
	unitCode: "E4",
	form: "ponctuel",
	annexe: 11,
	header: BANNER,
	title: E4_TITLE,
	subtitle: "Grille d’aide à l’évaluation – Forme ponctuelle",
	instructions: [],
	scale: E4_SCALE,
	parts: [levelsPart(CRITERIA_HEADING, E4_CRITERIA, "Note sur 20")],
	mark: {
		kind: "commission",
		max: 20,
		label: "Note sur 20"
	},
	fields: {
		identification: IDENTIFICATION,
		date: EXAM_DATE,
		observations: [
			observation("p1-presentation", ["PREMIERE PARTIE DE l’EPREUVE", "1. Présentation de la situation de négociation choisie (20 minutes maximum)"]),
			observation("p1-entretien", ["PREMIERE PARTIE DE l’EPREUVE", "2. Entretien avec la commission d’évaluation (10 minutes)"]),
			observation("p2-simulation", ["SECONDE PARTIE DE l’EPREUVE", "1. Simulation de la négociation technico-commerciale (20 minutes)"]),
			observation("p2-entretien", ["SECONDE PARTIE DE l’EPREUVE", "2. Entretien avec la commission d’évaluation (10 minutes)"]),
			observation("conclusion", [], CONCLUSION)
		],
		...signOff(3)
	},
	transcriptionNotes: [ANNEXE_12_NOTE]
};
const E5 = {
	id: "ccst-2024-e5",
	regulationId: CCST_2024_REGULATION_ID,
	unitCode: "E5",
	form: "ponctuel",
	annexe: 13,
	header: BANNER,
	title: "EPREUVE E5 : MANAGEMENT DE L’ACTIVITE TECHNICO-COMMERCIALE",
	subtitle: "Grille d’aide à l’évaluation",
	instructions: ["Tous les critères d’évaluation ne sont pas nécessairement mobilisés.", "Le niveau d’acquisition de chaque critère sera défini en agrégeant les niveaux définis pour chaque compétence. La note sur 20 sera définie en fonction du profil final du candidat."],
	scale: BARE_SCALE,
	parts: [levelsPart(CRITERIA_HEADING, criteria([
		"Les besoins en compétences et en formation sont identifiés",
		"Le processus de recrutement est efficient",
		"Des contenus de formation ciblés sont crées",
		"Des facteurs de motivation adaptés sont mis en œuvre",
		"La performance des collaborateurs est mesurée",
		"Les acteurs du réseau sont identifiés et qualifiés",
		"Une information pertinente et actualisée est diffusée dans le réseau",
		"Des actions adaptées d’animation au sein du réseau sont déployées",
		"Les performances commerciales des parcours clients sont évaluées",
		"Une cartographie de l’expérience client est proposée",
		"Les objectifs commerciaux sont fixés",
		"Des indicateurs de la performance commerciale sont choisis et analysés",
		"Les actions correctives nécessaires sont opérationnelles"
	]), "Note sur 20")],
	mark: {
		kind: "commission",
		max: 20,
		label: "Note sur 20"
	},
	fields: {
		identification: IDENTIFICATION,
		date: EXAM_DATE,
		observations: [observation("commentaires", [], "COMMENTAIRES DE LA COMMISSION SUR LES NIVEAUX DE MAÎTRISE DES COMPÉTENCES (justification de la note)")],
		members: null,
		signatures: null
	},
	transcriptionNotes: []
};
const U61_CCF = {
	id: "ccst-2024-u61-ccf",
	regulationId: CCST_2024_REGULATION_ID,
	unitCode: "U61",
	form: "CCF",
	annexe: 16,
	header: BANNER,
	title: "EPREUVE E61 : DEVELOPPEMENT DE LA CLIENTELE ET DE LA RELATION-CLIENT",
	subtitle: "Grille d’aide à l’évaluation – Contrôle en cours de formation (CCF)",
	instructions: [],
	scale: LEGEND_SCALE,
	parts: [levelsPart(CRITERIA_HEADING, criteria([
		"Les segments de marché et les cibles sont identifiés",
		"Les objectifs et la démarche de prospection sont définis et justifiés",
		"Des outils de prospection adaptés sont créés et/ou mobilisés",
		"Des préconisations adaptées d’évolution de l’offre sont formulées",
		"Des propositions de mise en valeur des espaces de vente sont énoncées",
		"Les supports de communication créés et/ou mobilisés sont adaptés",
		"Les actions sont conduites et animées avec efficacité",
		"Des actions pertinentes de personnalisation de la relation commerciale sont proposées",
		"Les actions de personnalisation de la relation commerciale sont mises en œuvre de façon efficace",
		"Un plan d’actions cohérent est proposé",
		"Des tableaux de bord avec des indicateurs pertinents sont mis en œuvre et exploités",
		"Une analyse réflexive de l’action est menée"
	]), "Note sur 20 points")],
	mark: {
		kind: "commission",
		max: 20,
		label: "Note sur 20 points"
	},
	fields: {
		identification: IDENTIFICATION,
		date: EXAM_DATE,
		observations: [observation("presentation", ["1. Présentation du projet technico-commercial"]), observation("entretien", [INTERVIEW])],
		...signOff(3)
	},
	transcriptionNotes: []
};
const U61_PONCTUEL = {
	...U61_CCF,
	id: "ccst-2024-u61-ponctuel",
	form: "ponctuel",
	annexe: 17,
	subtitle: "Grille d’aide à l’évaluation – Forme ponctuelle",
	fields: {
		...U61_CCF.fields,
		observations: [observation("presentation", ["1. Présentation du projet technico-commercial (15 minutes maximum)"]), observation("entretien", ["2. Entretien avec la commission d’évaluation (15 minutes maximum)"])]
	},
	transcriptionNotes: ["Page sans titre « Annexe 17 » dans l’extraction : c’est la seconde grille E61, qui suit l’annexe 16."]
};
const U62_CCF = {
	id: "ccst-2024-u62-ccf",
	regulationId: CCST_2024_REGULATION_ID,
	unitCode: "U62",
	form: "CCF",
	annexe: 20,
	header: BANNER,
	title: "EPREUVE E62 : MISE EN ŒUVRE DE L’EXPERTISE TECHNICO-COMMERCIALE",
	subtitle: "Grille d’aide à l’évaluation – Contrôle en cours de formation (CCF)",
	instructions: [],
	scale: LEGEND_SCALE,
	parts: [levelsPart(CRITERIA_HEADING, criteria([
		"Une synthèse des informations pertinentes est produite",
		"La diffusion est adaptée à la cible",
		"Les besoins du segment sont identifiés",
		"Les démarches et techniques de l’entreprise sont intégrées",
		"Les critères technico-économiques sont identifiés et pris en compte",
		"Les solutions retenues sont conformes aux objectifs fixés dans le respect des exigences",
		"Les besoins et les objectifs de formation sont clairement définis",
		"Les supports de formation sont adaptés au segment cible",
		"L’animation de la formation est efficiente"
	]), "Note sur 20 points")],
	mark: {
		kind: "commission",
		max: 20,
		label: "Note sur 20 points"
	},
	fields: {
		identification: IDENTIFICATION,
		date: EXAM_DATE,
		observations: [observation("entretien", ["Entretien(s) avec la commission d’évaluation"])],
		...signOff(2)
	},
	transcriptionNotes: []
};
const U62_PONCTUEL = {
	...U62_CCF,
	id: "ccst-2024-u62-ponctuel",
	form: "ponctuel",
	annexe: 21,
	subtitle: "Grille d’aide à l’évaluation – Forme ponctuelle",
	fields: {
		...U62_CCF.fields,
		observations: [observation("presentation", ["1. Présentation du dossier technique (15 minutes maximum)"]), observation("entretien", ["2. Entretien avec la commission d’évaluation (15 minutes maximum)"])]
	}
};
const EF3 = {
	id: "ccst-2024-ef3",
	regulationId: CCST_2024_REGULATION_ID,
	unitCode: "EF3",
	form: "both",
	annexe: 23,
	header: "BTS Conseil et commercialisation de solutions techniques",
	title: "Épreuve facultative – Reconnaissance de l'engagement des étudiants dans la vie associative, sociale ou professionnelle",
	subtitle: "Grille évaluation - Session 2024",
	instructions: [],
	scale: EF3_SCALE,
	parts: [levelsPart("CRITÈRES D’ÉVALUATION", [
		{
			id: "c1",
			text: "Qualité de la présentation du contexte de l’engagement",
			descriptors: {
				TI: "Présente une description succincte partielle ou non structurée",
				I: "Présente une situation structurée mais sans analyse du rôle de l’organisation dans laquelle l’engagement est effectif",
				S: "Analyse du contexte en présentant les principales caractéristiques et les missions",
				TS: "Est capable de transférer l’analyse du contexte à d’autres (entreprises, …)"
			}
		},
		{
			id: "c2",
			text: "Précision de la présentation des actions conduites dans le cadre de l’engagement",
			descriptors: {
				TI: "Se limite à une activité très restreinte du processus et ne comprend pas les enjeux associés",
				I: "Appréhende l’ensemble de l’activité, mais sans en comprendre réellement les enjeux associés",
				S: "Porte un degré d’analyse sur les activités dans le cadre de son engagement en identifiant les contraintes et les enjeux",
				TS: "Présente une analyse les activités effectuées dans le cadre de son engagement en intégrant l’identification des contraintes, des enjeux et les limites des choix. Le candidat est en mesure de formuler des propositions argumentées d’amélioration face à des demandes"
			}
		},
		{
			id: "c3",
			text: "Réflexivité sur les acquis issus de cet engagement",
			descriptors: {
				TI: "Ne présente pas d’analyse et ne prend pas de distance par rapport aux activités réalisées.",
				I: "Présente une analyse étroite, peu autonome et limitée à une série d’activités",
				S: "Sait expliquer en quoi une activité réalisée dans le cadre de son engagement a permis la construction de compétences",
				TS: "Montre le lien entre les activités réalisées dans le cadre de son engagement et développement de ses compétences"
			},
			indicators: ["Capacité à apprendre de son expérience à faire lien avec les activités du référentiel du diplôme"]
		},
		{
			id: "c4",
			text: "Capacité à démontrer une persévérance, une capacité d’engagement",
			descriptors: {
				TI: "Fait preuve de peu de persévérance, dans des activités peu complexes et routinières.",
				I: "A su dépasser les difficultés rencontrées et les aléas.",
				S: "A su dépasser les difficultés rencontrées dans des situations complexes ou déstabilisantes.",
				TS: "Propose des solutions pour améliorer des démarches."
			},
			indicators: ["Capacité à résoudre des problèmes"]
		},
		{
			id: "c5",
			text: "Capacité à faire preuve d’engagement vis-à-vis des autres (empathie, adaptabilité interculturelle, intelligence sociale, …)",
			descriptors: {
				TI: "Ne démontre pas un engagement dans des activités variées",
				I: "Démontre une capacité à présenter les différences culturelles",
				S: "Démontre une capacité à intégrer les différences culturelles dans ses principes d’action",
				TS: "Démontre une intelligence sociale"
			}
		},
		{
			id: "c6",
			text: "Capacité d’adaptation à des situations variées, à faire sens",
			descriptors: {
				TI: "Ne présente pas de capacité à prendre en compte ces aspects",
				I: "Démontre une capacité d’adaptation face à des situations différentes",
				S: "Sait expliquer en quoi une situation professionnelle a permis la construction de cette compétence",
				TS: "Montre le lien entre situations rencontrées et développement de ses compétences d’adaptabilité. Sait faire sens dans l’analyse de ces différentes activités"
			}
		},
		{
			id: "c7",
			text: "Capacité à s’engager dans un collectif",
			descriptors: {
				TI: "Ne démontre pas de capacité à s’engager dans un collectif",
				I: "Démontre de capacités à interagir selon des procédures établies",
				S: "Démontre une capacité à s’impliquer dans un collectif.",
				TS: "Démontre une capacité à trouver des modes d’action fondés sur un collectif."
			},
			indicators: ["Capacité à travailler en équipe"]
		},
		{
			id: "c8",
			text: "Qualité de l’argumentation",
			descriptors: {
				TI: "N’argumente pas.",
				I: "Reste sur les aspects descriptifs de ses travaux",
				S: "Limite son argumentation aux travaux prescrits",
				TS: "Sait mobiliser les arguments de référence (contraintes, ressources, techniques usuelles, méthodes, …)"
			}
		},
		{
			id: "c9",
			text: "Qualité de la communication écrite et orale",
			descriptors: {
				TI: "Ne communique pas",
				I: "Fait un compte rendu partiel",
				S: "Explique et fait comprendre",
				TS: "Fait adhérer par des qualités de conviction"
			}
		}
	], "NOTE /20 :")],
	mark: {
		kind: "commission",
		max: 20,
		label: "NOTE /20 :"
	},
	fields: {
		identification: ["CANDIDAT(E) Nom et prénom :", "N° de Candidat :"],
		date: "Date :",
		observations: [
			observation("organisation", ["Analyse de l’engagement associatif, social ou professionnel"], "Organisation lieu de l’engagement :"),
			observation("activites", ["Analyse de l’engagement associatif, social ou professionnel"], "Activités réalisées :"),
			observation("questions", ["Analyse de l’engagement associatif, social ou professionnel"], "Questions posées :"),
			observation("appreciation", [], "Appréciation globale et Commentaires (justification de la note)")
		],
		members: {
			label: "MEMBRES DE LA COMMISSION :",
			slots: null,
			perMember: []
		},
		signatures: "Signatures"
	},
	transcriptionNotes: [
		"Annexes 23 (grille) et 24 (outil d’aide) sans titre « Annexe N » dans l’extraction : ce sont les deux pages qui suivent le formulaire de l’annexe 22.",
		"Annexe 24 : tableau à quatre colonnes extrait cellule après cellule ; les descripteurs sont rattachés aux niveaux TI, I, S, TS dans l’ordre d’extraction.",
		"Annexe 24 : les lignes « Capacité à … » imprimées sous les critères 3, 4 et 7 sont conservées comme indicateurs du critère ; leur colonne exacte n’est pas récupérable."
	]
};
/** Every grid of the CCST 2024 circular, in the order of the annexes. */
const ccst2024Grids = Object.freeze([
	E22,
	E4_CCF,
	E4_PONCTUEL,
	E5,
	U61_CCF,
	U61_PONCTUEL,
	U62_CCF,
	U62_PONCTUEL,
	EF3
]);
// src/domain/presets/bts-ccst-2024/livret.ts
const CCST_2024_LIVRET = Object.freeze({
	regulationId: "bts-ccst-2024",
	examen: "B.T.S.",
	specialite: "Conseil et commercialisation de solutions techniques",
	subjects: Object.freeze([
		{
			id: "cge",
			label: "Culture générale et expression",
			chartLabel: "CULTURE GENERALE ET EXPRESSION",
			short: "CGE",
			optional: false,
			units: ["E1"],
			abbreviations: [
				"CGE",
				"Culture générale",
				"Cult. gén.",
				"Culture gén",
				"Français",
				"FRA",
				"FR",
				"Lettres",
				"E1",
				"U1"
			]
		},
		{
			id: "lve",
			label: "Langue vivante étrangère",
			chartLabel: "LANGUE VIVANTE ETRANGERE",
			short: "LVE",
			optional: false,
			units: ["E21", "E22"],
			abbreviations: [
				"LVE",
				"LV1",
				"LVA",
				"LV",
				"Langue vivante 1",
				"Langue vivante étrangère 1",
				"Anglais",
				"ANG",
				"AGL",
				"Anglais LV1",
				"Espagnol",
				"ESP",
				"Allemand",
				"ALL",
				"Italien",
				"ITA",
				"E2",
				"U2"
			]
		},
		{
			id: "cejm",
			label: "Culture économique, juridique et managériale",
			chartLabel: "CULTURE ECONOMIQUE, JURIDIQUE ET MANAGERIALE",
			short: "CEJM",
			optional: false,
			units: ["E3"],
			abbreviations: [
				"CEJM",
				"Culture économique",
				"Culture éco",
				"Éco-droit",
				"Économie droit",
				"Économie-droit-management",
				"E3",
				"U3"
			]
		},
		{
			id: "cnstc",
			label: "Conception et négociation de solutions technico-commerciales",
			chartLabel: "CONCEPTION ET NEGOCIATION DE SOLUTIONS TECHNICO-COMMERCIALES",
			short: "CNSTC",
			optional: false,
			units: ["E4"],
			abbreviations: [
				"CNSTC",
				"CNS",
				"Conception et négociation",
				"Négociation",
				"Bloc 1",
				"B1",
				"E4",
				"U4"
			]
		},
		{
			id: "matc",
			label: "Management de l’activité technico-commerciale",
			chartLabel: "MANAGEMENT DE L’ACTIVITE TECHNICO-COMMERCIALE",
			short: "MATC",
			optional: false,
			units: ["E5"],
			abbreviations: [
				"MATC",
				"Management",
				"Management de l’activité",
				"Bloc 2",
				"B2",
				"E5",
				"U5"
			]
		},
		{
			id: "dcrc",
			label: "Développement de la clientèle et de la relation-client",
			chartLabel: "DEVELOPPEMENT DE LA CLIENTELE ET DE LA RELATION-CLIENT",
			short: "DCRC",
			optional: false,
			units: ["U61"],
			abbreviations: [
				"DCRC",
				"DRC",
				"DRCC",
				"Développement de la clientèle",
				"Développement de clientèle",
				"Relation client",
				"Bloc 3",
				"B3",
				"U61",
				"E61"
			]
		},
		{
			id: "moetc",
			label: "Mise en œuvre de l’expertise technico-commerciale",
			chartLabel: "MISE EN ŒUVRE DE L’EXPERTISE TECHNICO-COMMERCIALE",
			short: "MOETC",
			optional: false,
			units: ["U62"],
			abbreviations: [
				"MOETC",
				"MOE",
				"Mise en œuvre",
				"Expertise technico-commerciale",
				"Expertise",
				"Bloc 4",
				"B4",
				"U62",
				"E62"
			]
		},
		{
			id: "ef1",
			label: "Langue vivante",
			chartLabel: "EF1-LANGUE VIVANTE",
			short: "EF1 LV",
			optional: true,
			units: ["EF1"],
			abbreviations: [
				"EF1",
				"LV2",
				"LVB",
				"LVF",
				"LV facultative",
				"Langue vivante facultative",
				"Langue facultative",
				"UF1"
			]
		},
		{
			id: "ef2",
			label: "Module d’approfondissement",
			chartLabel: "EF2-MODULE D’APPROFON­DISSEMENT",
			short: "EF2 MA",
			optional: true,
			units: ["EF2"],
			abbreviations: [
				"EF2",
				"MA",
				"Module d’approfondissement",
				"Module",
				"Approfondissement",
				"UF2"
			]
		}
	])
});
// src/domain/presets/bts-ccst-2024/index.ts
const btsCcst2024 = {
	id: "bts-ccst-2024",
	name: "BTS CCST — session 2024",
	diploma: "BTS Conseil et commercialisation de solutions techniques",
	firstSession: 2024,
	units: [
		{
			code: "E1",
			name: "Culture générale et expression",
			coefficient: 3,
			domain: "general",
			mayBeCcf: false,
			nvAllowed: false,
			dispensable: true
		},
		{
			code: "E21",
			name: "LVE : compréhension de l'écrit et expression écrite",
			coefficient: 1.5,
			domain: "general",
			mayBeCcf: true,
			nvAllowed: false,
			dispensable: true
		},
		{
			code: "E22",
			name: "LVE : production orale en continu et interaction",
			coefficient: 1.5,
			domain: "general",
			mayBeCcf: true,
			nvAllowed: false,
			dispensable: true
		},
		{
			code: "E3",
			name: "Culture économique, juridique et managériale",
			coefficient: 3,
			domain: "general",
			mayBeCcf: false,
			nvAllowed: false,
			dispensable: true
		},
		{
			code: "E4",
			name: "Conception et commercialisation de solutions technico-commerciales",
			coefficient: 6,
			domain: "professional",
			mayBeCcf: true,
			nvAllowed: true,
			dispensable: false
		},
		{
			code: "E5",
			name: "Management de l'activité technico-commerciale",
			coefficient: 4,
			domain: "professional",
			mayBeCcf: false,
			nvAllowed: false,
			dispensable: false
		},
		{
			code: "U61",
			name: "Développement de la clientèle et de la relation client",
			coefficient: 3,
			domain: "professional",
			mayBeCcf: true,
			nvAllowed: true,
			dispensable: false,
			aliases: ["E61"]
		},
		{
			code: "U62",
			name: "Mise en œuvre de l'expertise technico-commerciale",
			coefficient: 3,
			domain: "professional",
			mayBeCcf: true,
			nvAllowed: true,
			dispensable: false,
			aliases: ["E62"]
		},
		{
			code: "EF1",
			name: "Langue vivante (facultative)",
			coefficient: null,
			domain: "optional",
			mayBeCcf: false,
			nvAllowed: false,
			dispensable: false
		},
		{
			code: "EF2",
			name: "Module d'approfondissement (facultatif)",
			coefficient: null,
			domain: "optional",
			mayBeCcf: true,
			nvAllowed: false,
			dispensable: false
		},
		{
			code: "EF3",
			name: "Engagement étudiant (facultatif)",
			coefficient: null,
			domain: "optional",
			mayBeCcf: true,
			nvAllowed: false,
			dispensable: false
		}
	],
	controle: {
		units: [
			{
				code: "E1",
				name: "Culture générale et expression",
				covers: ["E1"]
			},
			{
				code: "E2",
				name: "Langue vivante étrangère",
				covers: ["E21", "E22"]
			},
			{
				code: "E3",
				name: "Culture économique, juridique et managériale",
				covers: ["E3"]
			}
		],
		maxUnits: 2
	},
	thresholds: {
		admis: 10,
		controleMin: 8,
		professionalMin: 10
	},
	bonusBase: 10,
	maxMark: 20,
	grids: ccst2024Grids,
	livret: CCST_2024_LIVRET,
	conformity: CCST_2024_CONFORMITY,
	stage: CCST_STAGE_RULE
};
// src/domain/presets/bts-ccst-2025/index.ts
const CCST_2025_ID = "bts-ccst-2025";
/** Unit code of session 2024 → unit code from session 2025 (arrêté of 2024, stage annex) [texte]. */
const CCST_2024_TO_2025 = Object.freeze({
	E1: "E1",
	E21: "E2",
	E22: "E3",
	E3: "E4",
	E4: "E5",
	E5: "E6",
	U61: "E7",
	U62: "E8",
	EF1: "EF1",
	EF2: "EF2",
	EF3: "EF3"
});
/** Printed codes of session 2024 (`EPREUVE E61`) → from 2025, in one pass (E4 → E5 never becomes E6). */
function renumberText(text) {
	const printed = {
		E4: "E5",
		E5: "E6",
		E61: "E7",
		E62: "E8",
		E22: "E3",
		E21: "E2",
		U61: "E7",
		U62: "E8"
	};
	return text.replace(/\b(E4|E5|E61|E62|E21|E22|U61|U62)\b/g, (code) => printed[code] ?? code);
}
const core = {
	id: CCST_2025_ID,
	name: "BTS CCST — sessions 2025 et suivantes",
	diploma: "BTS Conseil et commercialisation de solutions techniques",
	firstSession: 2025,
	units: [
		{
			code: "E1",
			name: "Culture générale et expression",
			coefficient: 3,
			domain: "general",
			mayBeCcf: false,
			nvAllowed: false,
			dispensable: true
		},
		{
			code: "E2",
			name: "Langue vivante étrangère A : écrit",
			coefficient: 1.5,
			domain: "general",
			mayBeCcf: true,
			nvAllowed: false,
			dispensable: true
		},
		{
			code: "E3",
			name: "Langue vivante étrangère A : oral",
			coefficient: 1.5,
			domain: "general",
			mayBeCcf: true,
			nvAllowed: false,
			dispensable: true
		},
		{
			code: "E4",
			name: "Culture économique, juridique et managériale",
			coefficient: 3,
			domain: "general",
			mayBeCcf: false,
			nvAllowed: false,
			dispensable: true
		},
		{
			code: "E5",
			name: "Conception et commercialisation de solutions technico-commerciales",
			coefficient: 6,
			domain: "professional",
			mayBeCcf: true,
			nvAllowed: true,
			dispensable: false
		},
		{
			code: "E6",
			name: "Management de l'activité technico-commerciale",
			coefficient: 4,
			domain: "professional",
			mayBeCcf: false,
			nvAllowed: false,
			dispensable: false
		},
		{
			code: "E7",
			name: "Développement de la clientèle et de la relation client",
			coefficient: 3,
			domain: "professional",
			mayBeCcf: true,
			nvAllowed: true,
			dispensable: false
		},
		{
			code: "E8",
			name: "Mise en œuvre de l'expertise technico-commerciale",
			coefficient: 3,
			domain: "professional",
			mayBeCcf: true,
			nvAllowed: true,
			dispensable: false
		},
		{
			code: "EF1",
			name: "Langue vivante (facultative)",
			coefficient: null,
			domain: "optional",
			mayBeCcf: false,
			nvAllowed: false,
			dispensable: false
		},
		{
			code: "EF2",
			name: "Module d'approfondissement (facultatif)",
			coefficient: null,
			domain: "optional",
			mayBeCcf: true,
			nvAllowed: false,
			dispensable: false
		},
		{
			code: "EF3",
			name: "Engagement étudiant (facultatif)",
			coefficient: null,
			domain: "optional",
			mayBeCcf: true,
			nvAllowed: false,
			dispensable: false
		}
	],
	controle: {
		units: [
			{
				code: "E1",
				name: "Culture générale et expression",
				covers: ["E1"]
			},
			{
				code: "LVA",
				name: "Langue vivante étrangère A",
				covers: ["E2", "E3"]
			},
			{
				code: "E4",
				name: "Culture économique, juridique et managériale",
				covers: ["E4"]
			}
		],
		maxUnits: 2
	},
	thresholds: {
		admis: 10,
		controleMin: 8,
		professionalMin: 10
	},
	bonusBase: 10,
	maxMark: 20
};
/** The 2024 grids under the new numbers [inféré]; the texts stay those of the 2024 circular. */
const grids = ccst2024Grids.map((grid) => ({
	...grid,
	id: grid.id.replace("ccst-2024-", "ccst-2025-").replace(/-(e22|e4|e5|u61|u62)(?=-|$)/, (_, code) => `-${CCST_2024_TO_2025[code.toUpperCase()].toLowerCase()}`),
	regulationId: CCST_2025_ID,
	unitCode: CCST_2024_TO_2025[grid.unitCode] ?? grid.unitCode,
	title: renumberText(grid.title),
	subtitle: grid.subtitle === null ? null : renumberText(grid.subtitle.replace("Session 2024", "Session 2025")),
	scale: grid.scale && grid.scale.guide ? {
		...grid.scale,
		guide: {
			...grid.scale.guide,
			title: renumberText(grid.scale.guide.title)
		}
	} : grid.scale,
	fields: {
		...grid.fields,
		observations: grid.fields.observations.map((o) => ({
			...o,
			headings: o.headings.map(renumberText)
		}))
	},
	transcriptionNotes: [`Grille de la session 2024 (annexe ${grid.annexe} de la circulaire 2024) reprise avec la numérotation 2025 : à vérifier sur la circulaire de la session.`, ...grid.transcriptionNotes]
}));
const livret = {
	...CCST_2024_LIVRET,
	regulationId: CCST_2025_ID,
	subjects: CCST_2024_LIVRET.subjects.map((subject) => {
		const units = subject.units.map((u) => CCST_2024_TO_2025[u] ?? u);
		const abbreviations = [...subject.abbreviations.filter((a) => !/^[EU]\d+$/.test(a)), ...units.filter((u) => !subject.abbreviations.includes(u))];
		return subject.id === "cnstc" ? {
			...subject,
			label: "Conception et commercialisation de solutions technico-commerciales",
			chartLabel: "CONCEPTION ET COMMERCIALISATION DE SOLUTIONS TECHNICO-COMMERCIALES",
			units,
			abbreviations
		} : {
			...subject,
			units,
			abbreviations
		};
	})
};
/** The 2024 dossier checks under the new numbers; annexe numbers of the fiches unknown for 2025 [inféré]. */
const conformity = CCST_2024_CONFORMITY.map((spec) => {
	const code = CCST_2024_TO_2025[spec.code] ?? spec.code;
	return {
		...spec,
		code,
		noticeCode: code,
		fiche: {
			...spec.fiche,
			annexe: null
		}
	};
});
const btsCcst2025 = {
	...core,
	grids,
	livret,
	conformity,
	stage: CCST_STAGE_RULE
};
// src/domain/presets/index.ts
/** Every built-in preset, by id, in the order « Nouvelle session » proposes them. */
const presets = {
	[btsCcst2025.id]: btsCcst2025,
	[btsCcst2024.id]: btsCcst2024
};
Object.freeze([
	"a1s1",
	"a1s2",
	"a2s1",
	"a2s2"
]);
Object.freeze({
	1: ["a1s1", "a1s2"],
	2: ["a2s1", "a2s2"]
});
/** `1re année, 1er semestre`: full wording (accessible names, import mapping). */
const PERIOD_LABELS = Object.freeze({
	a1s1: "1re année, 1er semestre",
	a1s2: "1re année, 2e semestre",
	a2s1: "2e année, 1er semestre",
	a2s2: "2e année, 2e semestre"
});
const LIVRET_AVIS = Object.freeze([
	"tres_favorable",
	"favorable",
	"doit_faire_ses_preuves"
]);
/** The annexe's wording of each avis. */
const AVIS_LABELS = Object.freeze({
	tres_favorable: "Très favorable",
	favorable: "Favorable",
	doit_faire_ses_preuves: "Doit faire ses preuves à l’examen"
});
Object.freeze({
	tres_favorable: ["TF", "1"],
	favorable: ["F", "2"],
	doit_faire_ses_preuves: [
		"D",
		"DFSP",
		"3"
	]
});
/** An empty livret for a candidate (nothing entered yet). */
function emptyLivret(sessionId, candidateId) {
	return {
		sessionId,
		candidateId,
		subjects: {},
		pix: false,
		avis: null,
		observations: "",
		updatedAt: (/* @__PURE__ */ new Date(0)).toISOString()
	};
}
/** The record with the changes applied (a new object; `record` is left as it is). Entries left empty are dropped. */
function applyLivretChanges(record, changes) {
	const subjects = {};
	for (const [id, entry] of Object.entries(record.subjects)) subjects[id] = {
		marks: { ...entry.marks },
		appreciation: entry.appreciation
	};
	const next = {
		...record,
		subjects
	};
	const entry = (id) => subjects[id] ??= {
		marks: {},
		appreciation: ""
	};
	for (const change of changes) switch (change.kind) {
		case "mark":
			if (change.value === null) delete entry(change.subject).marks[change.period];
			else entry(change.subject).marks[change.period] = change.value;
			break;
		case "appreciation":
			entry(change.subject).appreciation = change.text;
			break;
		case "pix":
			next.pix = change.value;
			break;
		case "avis":
			next.avis = change.value;
			break;
		case "observations": next.observations = change.text;
	}
	for (const [id, e] of Object.entries(subjects)) if (Object.keys(e.marks).length === 0 && e.appreciation === "") delete subjects[id];
	return next;
}
Object.freeze([
	"a1s1",
	"a1s2",
	"a1",
	"a2s1",
	"a2s2",
	"a2"
]);
Object.freeze({
	a1s1: "1A S1",
	a1s2: "1A S2",
	a1: "Moy. 1A",
	a2s1: "2A S1",
	a2s2: "2A S2",
	a2: "Moy. 2A"
});
Object.freeze({
	a1s1: "1re année, 1er semestre",
	a1s2: "1re année, 2e semestre",
	a1: "1re année, moyenne",
	a2s1: "2e année, 1er semestre",
	a2s2: "2e année, 2e semestre",
	a2: "2e année, moyenne"
});
/** An average as the livret shows it: truncated to the hundredth, shortest writing (`12,5`); '' when null. */
function formatLivretAverage(avg) {
	return avg ? formatHundredthsShort(averageHundredths(avg)) : "";
}
/** What the livret accepts in a mark cell: a number 0–20 (`12,5`, `12.5`) or nothing (missing semester). */
function parseLivretMark(raw) {
	const text = raw.trim();
	if (text === "") return {
		ok: true,
		value: null
	};
	return parseMarkNumber(text, 20);
}
// src/domain/regulation.ts
function optionalUnits(regulation) {
	return regulation.units.filter((u) => u.domain === "optional");
}
/** `ef1, EF3` → `['EF1', 'EF3']` (regulation order, no duplicates), refusing codes that are not optional units. */
function parseOptionalUnits(text, regulation) {
	const optional = optionalUnits(regulation);
	const codes = text.split(/[\s,;+]+/).map((c) => c.trim().toUpperCase()).filter((c) => c !== "");
	const chosen = /* @__PURE__ */ new Set();
	for (const code of codes) {
		const unit = optional.find((u) => u.code.toUpperCase() === code || u.aliases?.some((a) => a.toUpperCase() === code));
		if (!unit) return {
			ok: false,
			error: `« ${code} » n'est pas une épreuve facultative de cette session (possibles : ${optional.map((u) => u.code).join(", ") || "aucune"})`
		};
		chosen.add(unit.code);
	}
	return {
		ok: true,
		value: optional.filter((u) => chosen.has(u.code)).map((u) => u.code)
	};
}
function findUnit(regulation, code) {
	return regulation.units.find((u) => u.code === code);
}
/** R8: true for a mark that may be kept by bénéfice (a number ≥ 10). */
function keepableMark(value) {
	return value.kind === "number" && value.hundredths >= 1e3;
}
/** R8: the years a bénéfice may come from for a session of `sessionYear`. */
function beneficeYears(sessionYear) {
	return {
		first: sessionYear - 5,
		last: sessionYear - 1
	};
}
/**
* R8: why `benefice` cannot be set on this mark, or null. A bénéfice is a year of an earlier session,
* at most 5 years back, on a first-group mark ≥ 10 (never on the épreuve de contrôle).
*/
function beneficeProblem(benefice, unit, value, sessionYear) {
	if (unit.controle) return "Le bénéfice d'une note ne s'applique pas à l'épreuve de contrôle.";
	const { first, last } = beneficeYears(sessionYear);
	const year = benefice.year;
	if (!Number.isInteger(year) || year < first || year > last) return `Bénéfice en ${unit.label} : l'année doit être celle d'une session antérieure, de ${first} à ${last} (5 ans au plus).`;
	if (!keepableMark(value)) return `Bénéfice en ${unit.label} : seule une note d'au moins 10 peut être conservée.`;
	return null;
}
/** R8: why a mark kept by bénéfice cannot become `value` (renouncing is final, so the bénéfice goes first), or null. */
function beneficeLockProblem(label, benefice, value) {
	if (keepableMark(value)) return null;
	return `${label} : cette note est conservée par bénéfice (session ${benefice.year}) et doit rester une note d'au moins 10. Retirez d'abord le bénéfice.`;
}
const FORMS = ["CCF", "ponctuel"];
/** Per-unit form overrides, if every unit exists and may take that form (a unit never in CCF stays ponctuel). */
function checkFormOverrides(overrides, regulation) {
	const checked = {};
	for (const [code, form] of Object.entries(overrides)) {
		const unit = findUnit(regulation, code);
		if (!unit) return {
			ok: false,
			error: `Épreuve inconnue : « ${code} ».`
		};
		if (typeof form !== "string" || !FORMS.includes(form)) return {
			ok: false,
			error: `${code} : forme d'évaluation inconnue « ${String(form)} ».`
		};
		if (form === "CCF" && !unit.mayBeCcf) return {
			ok: false,
			error: `${code} ne peut pas être évaluée en CCF.`
		};
		checked[code] = form;
	}
	return {
		ok: true,
		value: checked
	};
}
function isStatut(value) {
	return typeof value === "string" && Object.hasOwn(STATUT_LABELS, value);
}
function isEtablissementType(value) {
	return typeof value === "string" && Object.hasOwn(ETABLISSEMENT_TYPE_LABELS, value);
}
/** Code UAI: 7 digits and a check letter, optionally after one letter (`0310044E`, `E0313029Z`). */
const UAI = /^[A-Z]?\d{7}[A-Z]$/;
/** The UAI trimmed and upper-cased; empty stays empty (an établissement may have no UAI). */
function checkUai(raw) {
	const uai = raw.trim().toUpperCase();
	if (uai !== "" && !UAI.test(uai)) return {
		ok: false,
		error: `Le code UAI « ${raw.trim()} » n'est pas valide (7 chiffres et une lettre, par exemple 0310044E).`
	};
	return {
		ok: true,
		value: uai
	};
}
// src/io/import/cells.ts
/**
* The text form of the non-mark cells of the session file (statut, type, lists, forms, flags):
* parsed on import, written on export, so that one reads back what the other writes.
*/
const fail = (error) => ({
	ok: false,
	error
});
/** Separators of list cells: `E4 U61`, `E4, U61`, `E4;U61`, `E4+U61`. */
const LIST_SEPARATORS = /[\s,;+]+/;
const STATUT_SYNONYMS = {
	apprentissage: "apprenti",
	fc: "formation_continue",
	candidatlibre: "individuel",
	libre: "individuel",
	ead: "distance",
	cned: "distance"
};
const TYPE_SYNONYMS = {
	prive: "prive_sous_contrat",
	cfa: "cfa_habilite",
	ead: "distance",
	cned: "distance"
};
/** A code or a French label, whatever its case, accents and spacing (`Formation continue`, `CFA habilité`). */
function parseCodeOrLabel(cell, labels, synonyms, isCode, what) {
	const wanted = normalizeHeader(cell);
	for (const [code, label] of Object.entries(labels)) if (normalizeHeader(code) === wanted || normalizeHeader(label) === wanted) return {
		ok: true,
		value: code
	};
	const synonym = synonyms[wanted];
	if (synonym && isCode(synonym)) return {
		ok: true,
		value: synonym
	};
	return fail(`${what} inconnu : « ${cell.trim()} » (possibles : ${Object.values(labels).join(", ")})`);
}
function parseStatut(cell) {
	return parseCodeOrLabel(cell, STATUT_LABELS, STATUT_SYNONYMS, isStatut, "statut");
}
function parseEtablissementType(cell) {
	return parseCodeOrLabel(cell, ETABLISSEMENT_TYPE_LABELS, TYPE_SYNONYMS, isEtablissementType, "type d'établissement");
}
/** Youngest and oldest age a candidate may have: they resolve the century of a two-digit year. */
const BIRTH_AGE_RANGE = {
	min: 14,
	max: 80
};
/**
* A birth date → ISO; empty → null. Read: `JJ/MM/AAAA`; ISO `AAAA-MM-JJ` (optionally with a time, as other
* software writes it); `JJ/MM/AA` as a spreadsheet's short date writes it, the century being the one that
* makes the candidate 14 to 80 years old in `referenceYear` (the session's year; default: this year).
*/
function parseBirthDate(cell, referenceYear = (/* @__PURE__ */ new Date()).getFullYear()) {
	const text = cell.trim();
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(text);
	if (iso) return parseFrenchDate(`${iso[3]}/${iso[2]}/${iso[1]}`);
	const short = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2})$/.exec(text);
	if (short) {
		const yy = Number(short[4]);
		const years = [1900 + yy, 2e3 + yy].filter((y) => referenceYear - y >= BIRTH_AGE_RANGE.min && referenceYear - y <= BIRTH_AGE_RANGE.max);
		if (years.length !== 1) return fail(`« ${text} » : année sur deux chiffres qui ne donne pas un âge de ${BIRTH_AGE_RANGE.min} à ${BIRTH_AGE_RANGE.max} ans en ${referenceYear} ; écrivez l'année en entier (JJ/MM/AAAA)`);
		return parseFrenchDate(`${short[1]}/${short[3]}/${years[0]}`);
	}
	return parseFrenchDate(cell);
}
const formatBirthDate = (iso) => isoToFrenchDate(iso);
/** Every unit key of a regulation in file order: units, then contrôle units (`controle_E1`). */
function unitKeys(regulation) {
	return [...regulation.units.map((u) => u.code), ...regulation.controle.units.map((u) => controleKey(u.code))];
}
/** Unit key by normalized spelling: code, alias (`E61` for U61), `controle_E1`. */
function unitKeyByName(regulation) {
	const byName = /* @__PURE__ */ new Map();
	for (const unit of regulation.units) for (const name of [unit.code, ...unit.aliases ?? []]) byName.set(normalizeHeader(name), unit.code);
	for (const unit of regulation.controle.units) byName.set(normalizeHeader(controleKey(unit.code)), controleKey(unit.code));
	return byName;
}
function sortByRegulation(keys, regulation) {
	const set = new Set(keys);
	return unitKeys(regulation).filter((k) => set.has(k));
}
/** `E4 U61` or `E4, E61` → unit keys in regulation order (the `sous_reserve` cell). */
function parseUnitList(cell, regulation) {
	const byName = unitKeyByName(regulation);
	const keys = [];
	for (const token of cell.split(LIST_SEPARATORS).filter((t) => t !== "")) {
		const key = byName.get(normalizeHeader(token));
		if (!key) {
			const example = regulation.units.filter((u) => u.nvAllowed).slice(0, 2).map((u) => u.code).join(" ") || regulation.units[0]?.code || "";
			return fail(`« ${token} » n'est pas une épreuve de cette session (attendu : une liste d'épreuves, par exemple ${example})`);
		}
		keys.push(key);
	}
	return {
		ok: true,
		value: sortByRegulation(keys, regulation)
	};
}
function formatUnitList(keys, regulation) {
	return sortByRegulation(keys, regulation).join(", ");
}
/** `E3=2023, E1=2022` → year by unit key (the `benefices` cell); the R8 rule is checked by the caller. */
function parseBenefices(cell, regulation) {
	const byName = unitKeyByName(regulation);
	const years = /* @__PURE__ */ new Map();
	for (const item of cell.split(/[,;]/).map((t) => t.trim()).filter((t) => t !== "")) {
		const match = /^(.+?)\s*[=:]\s*(\d{4})$/.exec(item);
		if (!match) return fail(`« ${item} » : bénéfice attendu sous la forme épreuve=année, par exemple E3=2023`);
		const key = byName.get(normalizeHeader(match[1]));
		if (!key) return fail(`« ${match[1]} » n'est pas une épreuve de cette session`);
		if (years.has(key)) return fail(`${key} : bénéfice indiqué deux fois`);
		years.set(key, Number(match[2]));
	}
	return {
		ok: true,
		value: years
	};
}
function formatBenefices(years, regulation) {
	return sortByRegulation(years.keys(), regulation).map((k) => `${k}=${years.get(k)}`).join(", ");
}
/** `E4=ponctuel, U61=CCF` → form overrides (the `formes` cell), checked against the regulation. */
function parseFormOverrides(cell, regulation) {
	const byName = unitKeyByName(regulation);
	const overrides = {};
	for (const item of cell.split(/[,;]/).map((t) => t.trim()).filter((t) => t !== "")) {
		const match = /^(.+?)\s*[=:]\s*(.+)$/.exec(item);
		if (!match) return fail(`« ${item} » : forme attendue sous la forme épreuve=CCF ou épreuve=ponctuel, par exemple E4=ponctuel`);
		const code = byName.get(normalizeHeader(match[1])) ?? match[1].trim();
		const form = normalizeHeader(match[2]);
		overrides[code] = form === "ccf" ? "CCF" : form === "ponctuel" ? "ponctuel" : match[2].trim();
	}
	const checked = checkFormOverrides(overrides, regulation);
	if (!checked.ok) return checked;
	const sorted = {};
	for (const key of sortByRegulation(Object.keys(checked.value), regulation)) sorted[key] = checked.value[key];
	return {
		ok: true,
		value: sorted
	};
}
function formatFormOverrides(overrides, regulation) {
	return sortByRegulation(Object.keys(overrides), regulation).map((k) => `${k}=${overrides[k]}`).join(", ");
}
function formatOptionalUnits(codes, regulation) {
	return formatUnitList(codes, regulation);
}
// src/io/import/livret.ts
/**
* Import of the livret scolaire's marks (annexe 3) from a school software export: one row per student,
* columns per subject × semester. Such exports often have two header rows — the subject on the first
* (written once over a merged cell, so only above its first column), the semester on the second
* (`S1`, `Sem 2`, `1er semestre`, `S3`…) — and abbreviated subject names (`CGE`, `LV1`, `CEJM`…).
* The two rows are combined into one column name per column (`CGE S1`), which the mapping step maps to
* a (subject, semester) field, with suggestions from the subjects' abbreviations.
*
* Students are matched to candidates by candidate number when the file has one; otherwise by nom, prénom
* and date de naissance together (school software does not know exam numbers). Never by position, and
* an import never creates a candidate. Pure and total: every problem is an error of its row.
*/
const IDENTITY_KEYS = [
	"numero",
	"nom",
	"prenom",
	"date_naissance"
];
/** `livret.cge.a1s1`, `livret.cge.appreciation`. */
const markFieldKey = (subject, period) => `livret.${subject}.${period}`;
const appreciationFieldKey = (subject) => `livret.${subject}.appreciation`;
/** The subject and what a `livret.…` key feeds, or null for another key. */
function parseFieldKey(key) {
	const match = /^livret\.([^.]+)\.(a1s1|a1s2|a2s1|a2s2|appreciation)$/.exec(key);
	return match ? {
		subject: match[1],
		what: match[2]
	} : null;
}
/** Identity (to find the candidate), the avis, PIX and observations, and every subject × semester and appréciation. */
function livretImportFields(regulation, template) {
	const identity = importFields(regulation).filter((f) => IDENTITY_KEYS.includes(f.key)).map((f) => ({
		key: f.key,
		label: f.label,
		synonyms: f.synonyms,
		group: "identite"
	}));
	const general = [
		{
			key: "avis",
			label: "Avis du conseil de classe",
			synonyms: [
				"Avis",
				"Avis conseil de classe",
				"Avis du conseil",
				"Avis CC",
				"Avis pour l’examen"
			],
			group: "livret"
		},
		{
			key: "pix",
			label: "Certification PIX",
			synonyms: [
				"PIX",
				"Certification de compétences numériques",
				"Compétences numériques"
			],
			group: "livret"
		},
		{
			key: "observations",
			label: "Observations",
			synonyms: [
				"Observation",
				"Obs",
				"Observations éventuelles",
				"Remarques"
			],
			group: "livret"
		}
	];
	const subjects = template.subjects.flatMap((subject) => [...[
		"a1s1",
		"a1s2",
		"a2s1",
		"a2s2"
	].map((period) => ({
		key: markFieldKey(subject.id, period),
		label: `${subject.short} — ${PERIOD_LABELS[period]}`,
		synonyms: [],
		group: "matiere",
		subject
	})), {
		key: appreciationFieldKey(subject.id),
		label: `${subject.short} — appréciation`,
		synonyms: [],
		group: "matiere",
		subject
	}]);
	return [
		...identity,
		...general,
		...subjects
	];
}
/** Why a mapping cannot give a plan (empty when it can), in French. */
function livretMappingProblems(mapping, fields) {
	const problems = [];
	const has = (key) => mapping.includes(key);
	if (!has("numero") && !(has("nom") && has("prenom") && has("date_naissance"))) problems.push("Choisissez la colonne du numéro de candidat, ou à défaut les trois colonnes nom, prénom et date de naissance (les élèves sont reconnus ainsi, jamais par leur position).");
	const known = new Map(fields.map((f) => [f.key, f]));
	const columns = /* @__PURE__ */ new Map();
	mapping.forEach((key, index) => {
		if (key !== null) columns.set(key, [...columns.get(key) ?? [], index + 1]);
	});
	for (const [key, numbers] of columns) {
		const field = known.get(key);
		if (!field) problems.push(`Colonne ${numbers.join(", ")} : champ inconnu « ${key} ».`);
		else if (numbers.length > 1) problems.push(`« ${field.label} » est choisi pour plusieurs colonnes (${numbers.join(" et ")}) : gardez-en une.`);
	}
	if (![...columns.keys()].some((k) => k.startsWith("livret.") || k === "avis" || k === "pix" || k === "observations")) problems.push("Aucune colonne de note, d’appréciation ou d’avis n’est choisie.");
	return problems;
}
/** Lower case, no accents, words of letters and digits separated by one space: `1ère Sem.` → `1ere sem`. */
function words(text) {
	return text.toLowerCase().replace(/œ/g, "oe").normalize("NFD").replace(/\p{M}/gu, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
const SEMESTER_PATTERNS = [/\b(?:s|sem|semestre)\s?([1-4])\b/, /\b([1-4])\s?(?:er|re|ere|e|eme|nd|nde)?\s?(?:s|sem|semestre)\b/];
const YEAR_PATTERNS = [/\b([12])\s?(?:er|re|ere|e|eme|nd|nde)?\s?(?:a|an|annee)\b/, /\b(?:a|an|annee|bts)\s?([12])\b/];
const APPRECIATION = /\b(?:app|appr|apprec|appreciations?|commentaires?)\b/;
const AVERAGE = /\b(?:moy|moyenne|moyennes|annuelle|annuel|mg)\b/;
function readHeaderPeriod(text) {
	let rest = ` ${words(text)} `;
	const take = (patterns) => {
		for (const pattern of patterns) {
			const match = pattern.exec(rest);
			if (match) {
				rest = rest.replace(match[0], " ");
				return Number(match[1]);
			}
		}
		return null;
	};
	const semester = take(SEMESTER_PATTERNS);
	const year = take(YEAR_PATTERNS);
	const appreciation = APPRECIATION.test(rest);
	if (appreciation) rest = rest.replace(APPRECIATION, " ");
	const average = AVERAGE.test(rest);
	if (average) rest = rest.replace(AVERAGE, " ");
	return {
		semester,
		year,
		appreciation,
		average,
		rest: rest.replace(/\s+/g, " ").trim()
	};
}
/** True when a cell of a header's second row names a period (`S1`, `Sem 2`, `Moy`, `Appréciation`…). */
function isPeriodCell(text) {
	const p = readHeaderPeriod(text);
	return (p.semester !== null || p.appreciation || p.average || p.year !== null) && p.rest === "";
}
/**
* One name per column from the header row(s). With two rows, a cell of the second row that names a period
* takes the subject written above it or, when that cell is empty (merged cell), the last subject written
* to its left: `CGE | (vide)` over `S1 | S2` gives `CGE S1`, `CGE S2`.
*/
function combineHeaderRows(records, headerIndex, headerRows) {
	const top = records[headerIndex]?.cells ?? [];
	if (headerRows === 1) return top.map((c) => c.trim());
	const bottom = records[headerIndex + 1]?.cells ?? [];
	const names = [];
	let carried = "";
	for (let i = 0; i < Math.max(top.length, bottom.length); i++) {
		const above = (top[i] ?? "").trim();
		const below = (bottom[i] ?? "").trim();
		const periodBelow = below !== "" && isPeriodCell(below);
		if (above !== "") carried = periodBelow || below === "" ? above : "";
		const subject = above !== "" ? above : periodBelow ? carried : "";
		names.push([subject, below].filter((t) => t !== "").join(" "));
	}
	return names;
}
/** How many header rows a file seems to have from `headerIndex`: 2 when the next row names periods. */
function detectHeaderRows(records, headerIndex) {
	return (records[headerIndex + 1]?.cells ?? []).filter((c) => c.trim() !== "" && isPeriodCell(c)).length >= 2 ? 2 : 1;
}
/**
* The subject a header's text names, from the subjects' labels and abbreviations: the whole text, a word
* of it, or its beginning; the longest spelling wins (`Langue vivante facultative` over `Langue vivante`).
*/
function matchSubject(text, subjects) {
	const wanted = words(text);
	if (wanted === "") return null;
	const compact = wanted.replace(/ /g, "");
	const tokens = new Set(wanted.split(" "));
	let best = null;
	for (const subject of subjects) for (const spelling of [
		subject.label,
		subject.chartLabel,
		subject.short,
		...subject.abbreviations
	]) {
		const w = words(spelling);
		const c = w.replace(/ /g, "");
		if (c === "") continue;
		let score = 0;
		if (c === compact) score = 1e3 + c.length;
		else if (!w.includes(" ") && tokens.has(w)) score = 100 + c.length;
		else if (c.length >= 6 && compact.startsWith(c)) score = c.length;
		if (score > 0 && (!best || score > best.score)) best = {
			subject,
			score
		};
	}
	return best?.subject ?? null;
}
/** Suggested field of each column, from its (combined) name; the first column to name a field wins. */
function livretAutoMap(header, regulation, template, options) {
	const fields = livretImportFields(regulation, template);
	const byName = /* @__PURE__ */ new Map();
	for (const f of fields) {
		if (f.group === "matiere") continue;
		for (const name of [
			f.key,
			f.label,
			...f.synonyms
		]) {
			const n = normalizeHeader(name);
			if (n && !byName.has(n)) byName.set(n, f.key);
		}
	}
	const read = header.map(readHeaderPeriod);
	const fourSemesters = read.some((p) => p.semester === 3 || p.semester === 4);
	const taken = /* @__PURE__ */ new Set();
	return header.map((text, i) => {
		let key = byName.get(normalizeHeader(text)) ?? null;
		if (key === null) {
			const p = read[i];
			const subject = p.rest === "" ? null : matchSubject(p.rest, template.subjects);
			if (subject && p.appreciation) key = appreciationFieldKey(subject.id);
			else if (subject && p.semester !== null && !p.average) {
				const year = p.semester > 2 ? 2 : p.year ?? (fourSemesters ? 1 : options.year);
				const half = p.semester % 2 === 1 ? 1 : 2;
				key = markFieldKey(subject.id, `a${year}s${half}`);
			}
		}
		if (key === null || taken.has(key)) return null;
		taken.add(key);
		return key;
	});
}
/** The first of the first 10 records that names at least two fields (an identity one among them), or 0. */
function detectLivretHeader(records, regulation, template) {
	for (let i = 0; i < Math.min(records.length, 10); i++) {
		const rows = detectHeaderRows(records, i);
		const keys = livretAutoMap(combineHeaderRows(records, i, rows), regulation, template, { year: 2 }).filter((k) => k !== null);
		if (keys.length >= 2 && keys.some((k) => IDENTITY_KEYS.includes(k))) return i;
	}
	return 0;
}
/** What school software writes where a semester has no mark: read as an empty cell. */
const NO_MARK = /* @__PURE__ */ new Set([
	"",
	"nn",
	"nonnote",
	"nnote",
	"abs",
	"absent",
	"absente",
	"disp",
	"dispense",
	"dispensee",
	"ne",
	"nonevalue"
]);
/** A mark cell: a number 0–20 (`12,5`, `12.5`), or null for an empty cell or `-`, `NN`, `Abs`, `Disp`. */
function parseLivretCell(raw) {
	const text = raw.trim();
	if (text === "-" || text === "—" || NO_MARK.has(normalizeHeader(text))) return {
		ok: true,
		value: null
	};
	const parsed = parseLivretMark(text);
	if (parsed.ok) return parsed;
	return {
		ok: false,
		error: `${parsed.error} (une note de 0 à 20, ou une cellule vide si le semestre n'a pas de note)`
	};
}
const AVIS_SYNONYMS = {
	tf: "tres_favorable",
	tresfavorable: "tres_favorable",
	tresfav: "tres_favorable",
	f: "favorable",
	fav: "favorable",
	favorable: "favorable",
	dfp: "doit_faire_ses_preuves",
	dfpe: "doit_faire_ses_preuves",
	doitfairesespreuves: "doit_faire_ses_preuves",
	doitfairesespreuvesalexamen: "doit_faire_ses_preuves",
	doitfaireespreuves: "doit_faire_ses_preuves"
};
function parseAvis(raw) {
	const wanted = normalizeHeader(raw);
	if (wanted === "") return {
		ok: true,
		value: null
	};
	const found = AVIS_SYNONYMS[wanted] ?? LIVRET_AVIS.find((a) => normalizeHeader(AVIS_LABELS[a]) === wanted);
	if (found) return {
		ok: true,
		value: found
	};
	return {
		ok: false,
		error: `avis « ${raw.trim()} » inconnu (possibles : Très favorable ou TF, Favorable ou F, Doit faire ses preuves ou DFP)`
	};
}
const YES = /* @__PURE__ */ new Set([
	"oui",
	"o",
	"x",
	"1",
	"vrai",
	"true",
	"yes",
	"acquis",
	"acquise",
	"certifie",
	"certifiee",
	"obtenu",
	"obtenue"
]);
const NO = /* @__PURE__ */ new Set([
	"non",
	"n",
	"0",
	"faux",
	"false",
	"no",
	"nonacquis",
	"nonacquise",
	"nonobtenu"
]);
function parsePix(raw) {
	const wanted = normalizeHeader(raw);
	if (wanted === "") return {
		ok: true,
		value: null
	};
	if (YES.has(wanted)) return {
		ok: true,
		value: true
	};
	if (NO.has(wanted)) return {
		ok: true,
		value: false
	};
	return {
		ok: false,
		error: `certification PIX « ${raw.trim()} » : oui ou non attendu`
	};
}
const showMark = (hundredths) => hundredths === void 0 ? "" : formatLivretAverage({
	points: hundredths * 100,
	divisor: 100
});
/** `Le nom…` → `le nom…`, no final period: messages are shown after `colonne X : `. */
function asRowMessage$1(message) {
	const text = message.replace(/\.$/, "");
	return /^\p{Lu}[\p{Ll}']/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
const personKey = (nom, prenom, date) => `${normalizeHeader(nom)}\u0000${normalizeHeader(prenom)}\u0000${date ?? ""}`;
/**
* The file compared with the session's livrets, row by row: the preview shows the rows, and applying
* writes exactly `writes`. `header` is the combined column names (combineHeaderRows); the data starts
* after the header row(s).
*/
function buildLivretPlan(source, headerRows, header, mapping, context, emptyCells = "keep") {
	const plan = {
		rows: [],
		counts: {
			new: 0,
			updated: 0,
			unchanged: 0,
			error: 0
		},
		emptyCells,
		writes: []
	};
	const fields = livretImportFields(context.regulation, context.template);
	const fieldByKey = new Map(fields.map((f) => [f.key, f]));
	const records = source.records.slice(source.headerIndex + headerRows);
	const add = (row) => {
		plan.rows.push(row);
		plan.counts[row.status]++;
	};
	const problems = livretMappingProblems(mapping, fields);
	const column = /* @__PURE__ */ new Map();
	mapping.forEach((key, index) => {
		if (key !== null && !column.has(key)) column.set(key, index);
	});
	const cellOf = (record, key) => {
		const index = column.get(key);
		return index === void 0 ? void 0 : record.cells[index] ?? "";
	};
	if (problems.length > 0) {
		for (const record of records) {
			const text = (key) => (cellOf(record, key) ?? "").trim();
			add({
				line: record.line,
				numero: text("numero"),
				name: `${text("nom")} ${text("prenom")}`.trim(),
				status: "error",
				changes: [],
				errors: problems.map((message) => ({
					line: record.line,
					column: null,
					message
				})),
				cells: record.cells
			});
		}
		return plan;
	}
	const byNumero = /* @__PURE__ */ new Map();
	const byShortNumero = /* @__PURE__ */ new Map();
	const byPerson = /* @__PURE__ */ new Map();
	for (const c of context.candidates) {
		byNumero.set(c.numero, c);
		const short = numeroWithoutZeros(c.numero);
		if (short !== null) byShortNumero.set(short, [...byShortNumero.get(short) ?? [], c]);
		const key = personKey(c.nom, c.prenom, c.dateNaissance);
		byPerson.set(key, [...byPerson.get(key) ?? [], c]);
	}
	const stored = new Map(context.livrets.map((l) => [l.candidateId, l]));
	const lineOfCandidate = /* @__PURE__ */ new Map();
	const dataKeys = [...column.keys()].filter((k) => !IDENTITY_KEYS.includes(k));
	const heading = (key) => header[column.get(key) ?? -1]?.trim() || (fieldByKey.get(key)?.label ?? key);
	for (const record of records) {
		const line = record.line;
		const errors = [];
		const error = (key, message) => errors.push({
			line,
			column: key === null ? null : heading(key),
			message: asRowMessage$1(message)
		});
		const text = (key) => (cellOf(record, key) ?? "").trim();
		let candidate;
		if (column.has("numero")) {
			const numero = text("numero");
			const short = numeroWithoutZeros(numero);
			const close = short === null ? [] : byShortNumero.get(short) ?? [];
			candidate = byNumero.get(numero) ?? (close.length === 1 ? close[0] : void 0);
			if (!numero) error("numero", "numéro de candidat manquant");
			else if (!candidate) error("numero", `numéro « ${numero} » inconnu dans cette session (l'import du livret ne crée pas de candidat)`);
		} else {
			const nom = text("nom");
			const prenom = text("prenom");
			const date = parseBirthDate(text("date_naissance"));
			if (!nom || !prenom) error(nom ? "prenom" : "nom", "nom et prénom sont nécessaires pour reconnaître l’élève");
			else if (!date.ok) error("date_naissance", date.error);
			else if (date.value === null) error("date_naissance", "date de naissance manquante : elle est nécessaire pour reconnaître l’élève sans numéro");
			else {
				const found = byPerson.get(personKey(nom, prenom, date.value)) ?? [];
				const who = `« ${nom} ${prenom} » né(e) le ${formatBirthDate(date.value)}`;
				if (found.length === 0) error("nom", `aucun candidat ${who} dans cette session (l'import du livret ne crée pas de candidat)`);
				else if (found.length > 1) error("nom", `plusieurs candidats ${who} : ajoutez la colonne du numéro de candidat`);
				else candidate = found[0];
			}
		}
		if (candidate) {
			const first = lineOfCandidate.get(candidate.id);
			if (first !== void 0) error(column.has("numero") ? "numero" : "nom", `le candidat ${candidate.numero} est déjà dans le fichier ligne ${first}`);
			else lineOfCandidate.set(candidate.id, line);
		}
		const before = candidate ? stored.get(candidate.id) ?? null : null;
		const current = before ?? emptyLivret(context.sessionId, candidate?.id ?? 0);
		const changes = [];
		const shown = [];
		const show = (key, was, now) => shown.push({
			field: key,
			label: heading(key),
			before: was,
			after: now
		});
		for (const key of dataKeys) {
			const cell = text(key);
			const target = parseFieldKey(key);
			if (target && target.what !== "appreciation") {
				const period = target.what;
				const parsed = parseLivretCell(cell);
				if (!parsed.ok) {
					error(key, parsed.error);
					continue;
				}
				const was = current.subjects[target.subject]?.marks[period];
				const value = parsed.value ?? (emptyCells === "clear" ? null : was);
				if (value === was || value === null && was === void 0) continue;
				changes.push({
					kind: "mark",
					subject: target.subject,
					period,
					value: value ?? null
				});
				show(key, showMark(was), showMark(value ?? void 0));
			} else if (target) {
				const was = current.subjects[target.subject]?.appreciation ?? "";
				const now = cell === "" && emptyCells === "keep" ? was : cell;
				if (now === was) continue;
				changes.push({
					kind: "appreciation",
					subject: target.subject,
					text: now
				});
				show(key, was, now);
			} else if (key === "avis") {
				const parsed = parseAvis(cell);
				if (!parsed.ok) {
					error(key, parsed.error);
					continue;
				}
				const now = parsed.value ?? (emptyCells === "clear" ? null : current.avis);
				if (now === current.avis) continue;
				changes.push({
					kind: "avis",
					value: now
				});
				show(key, current.avis ? AVIS_LABELS[current.avis] : "", now ? AVIS_LABELS[now] : "");
			} else if (key === "pix") {
				const parsed = parsePix(cell);
				if (!parsed.ok) {
					error(key, parsed.error);
					continue;
				}
				const now = parsed.value ?? (emptyCells === "clear" ? false : current.pix);
				if (now === current.pix) continue;
				changes.push({
					kind: "pix",
					value: now
				});
				show(key, current.pix ? "oui" : "non", now ? "oui" : "non");
			} else if (key === "observations") {
				const now = cell === "" && emptyCells === "keep" ? current.observations : cell;
				if (now === current.observations) continue;
				changes.push({
					kind: "observations",
					text: now
				});
				show(key, current.observations, now);
			}
		}
		const status = errors.length > 0 ? "error" : changes.length === 0 ? "unchanged" : before ? "updated" : "new";
		const name = candidate ? `${candidate.nom} ${candidate.prenom}`.trim() : `${text("nom")} ${text("prenom")}`.trim();
		add({
			line,
			numero: candidate?.numero ?? text("numero"),
			name,
			status,
			changes: shown,
			errors,
			cells: record.cells
		});
		if (status === "error" || changes.length === 0 || !candidate) continue;
		plan.writes.push({
			line,
			candidateId: candidate.id,
			before,
			after: applyLivretChanges(current, changes)
		});
	}
	return plan;
}
/** Multi-line texts (notes, comments, appreciations). */
const TEXT_MAX_LENGTH = 5e3;
/** C0 and C1 control characters, but tab, line feed and carriage return (allowed in multi-line texts only). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const LINE_BREAK = /[\r\n\t\u2028\u2029]/;
/** How a control character is shown in a message: `U+0000`. */
function codeOf(ch) {
	return `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}
/**
* Checks one text: trimmed, refused when empty and `required`, when it holds a control character (`multiline`
* allows line breaks and tabs), or when longer than `max` characters (counted as typed, emoji = 1).
*/
function checkText(value, label, { required = false, max = 500, multiline = false } = {}) {
	const trimmed = value.trim();
	if (required && trimmed === "") return {
		ok: false,
		message: `${label} est obligatoire.`
	};
	const control = CONTROL.exec(trimmed) ?? (multiline ? null : LINE_BREAK.exec(trimmed));
	if (control) {
		const where = [...trimmed.slice(0, control.index)].length + 1;
		return {
			ok: false,
			message: `${label} contient un caractère de contrôle invisible (${codeOf(control[0])}, ${where}ᵉ caractère) : retapez ${multiline ? "ce texte" : "ce nom"} sans copier-coller depuis un autre logiciel.`
		};
	}
	const length = [...trimmed].length;
	if (length > max) return {
		ok: false,
		message: `${label} est trop long : ${length} caractères, ${max} au plus.`
	};
	return {
		ok: true,
		value: trimmed
	};
}
/** A name (person, establishment, session): one line, at most NAME_MAX_LENGTH characters. */
function checkName(value, label, required) {
	return checkText(value, label, {
		required,
		max: 100
	});
}
// src/io/import/etablissements.ts
/**
* Finds the établissement a row names, among the session's or those the import creates.
* By UAI when the row gives one (the name is then not compared), else by name (case-, accent- and
* spacing-insensitive). An unknown one is created only when the row gives its name and type.
*/
const norm = (text) => normalizeHeader(text);
function etablissementLabel(e) {
	return e.uai ? `${e.name} (${e.uai})` : e.name;
}
var EtablissementResolver = class {
	/** The établissements to create, in the order of the first row that uses each. */
	created = [];
	createdIndex = /* @__PURE__ */ new Map();
	/** First description of each établissement to create, by key (`uai:…` or `nom:…`), rows in error included. */
	described = /* @__PURE__ */ new Map();
	describedByName = /* @__PURE__ */ new Map();
	byUai = /* @__PURE__ */ new Map();
	byName = /* @__PURE__ */ new Map();
	constructor(existing) {
		for (const e of existing) {
			if (e.uai) this.byUai.set(e.uai.toUpperCase(), e);
			const list = this.byName.get(norm(e.name)) ?? [];
			list.push(e);
			this.byName.set(norm(e.name), list);
		}
	}
	resolve(cells, line) {
		const name = cells.nom ?? "";
		if (!cells.uai && !name) {
			if (cells.ville || cells.type) return {
				kind: "error",
				field: "etablissement_nom",
				message: "établissement : indiquez son code UAI ou son nom"
			};
			return { kind: "none" };
		}
		let uai = "";
		let key;
		if (cells.uai) {
			const checked = checkUai(cells.uai);
			if (!checked.ok) return {
				kind: "error",
				field: "etablissement_uai",
				message: checked.error
			};
			uai = checked.value;
			const found = this.byUai.get(uai);
			if (found) return {
				kind: "existing",
				etablissement: found
			};
			key = `uai:${uai}`;
		} else {
			const found = this.byName.get(norm(name)) ?? [];
			if (found.length === 1) return {
				kind: "existing",
				etablissement: found[0]
			};
			if (found.length > 1) return {
				kind: "error",
				field: "etablissement_nom",
				message: `plusieurs établissements s'appellent « ${name} » : indiquez leur code UAI`
			};
			key = this.describedByName.get(norm(name)) ?? `nom:${norm(name)}`;
		}
		const seen = this.described.get(key);
		if (seen) return this.sameAs(seen, key, cells);
		if (!name || !cells.type) return {
			kind: "error",
			field: uai ? "etablissement_uai" : "etablissement_nom",
			message: `établissement inconnu : « ${uai || name} » (pour le créer, donnez son nom et son type)`
		};
		const type = parseEtablissementType(cells.type);
		if (!type.ok) return {
			kind: "error",
			field: "etablissement_type",
			message: type.error
		};
		const data = {
			uai,
			name,
			city: cells.ville ?? "",
			type: type.value
		};
		this.described.set(key, {
			data,
			line
		});
		if (!this.describedByName.has(norm(name))) this.describedByName.set(norm(name), key);
		return {
			kind: "new",
			key,
			data
		};
	}
	/** A later row naming an établissement to create must not describe it differently. */
	sameAs(seen, key, cells) {
		const type = cells.type ? parseEtablissementType(cells.type) : null;
		if (cells.nom && norm(cells.nom) !== norm(seen.data.name) || cells.ville && norm(cells.ville) !== norm(seen.data.city) || type && (!type.ok || type.value !== seen.data.type)) return {
			kind: "error",
			field: key.startsWith("uai:") ? "etablissement_uai" : "etablissement_nom",
			message: `l'établissement « ${etablissementLabel(seen.data)} » est décrit autrement ligne ${seen.line} (nom, ville ou type)`
		};
		return {
			kind: "new",
			key,
			data: seen.data
		};
	}
	/** Called for the rows without error only: an établissement is created when a valid row uses it. */
	commit(resolution, keep) {
		switch (resolution.kind) {
			case "existing": return { id: resolution.etablissement.id };
			case "new": {
				let index = this.createdIndex.get(resolution.key);
				if (index === void 0) {
					index = this.created.push(resolution.data) - 1;
					this.createdIndex.set(resolution.key, index);
				}
				return { newIndex: index };
			}
			default: return keep === null ? null : { id: keep };
		}
	}
};
// src/io/import/plan-marks.ts
/**
* The marks part of a plan row: mark cells, `sous_reserve` and `benefices`, compared with the stored
* records of the candidate. A record is written only if its content changes.
*/
const isEmpty = (cell) => cell.trim() === "";
const keysOf = /* @__PURE__ */ new WeakMap();
function regulationKeys(regulation) {
	let known = keysOf.get(regulation);
	if (!known) {
		const keys = unitKeys(regulation);
		known = {
			keys,
			units: new Map(keys.map((key) => [key, findUnit(regulation, key)]))
		};
		keysOf.set(regulation, known);
	}
	return known;
}
/** Two flag lists gathered in regulation order are equal when their items are (no need to format them). */
const sameList = (a, b) => a.length === b.length && a.every((item, i) => item === b[i]);
const sameYears = (a, b) => a.size === b.size && [...a].every(([key, year]) => b.get(key) === year);
function sameMark(a, b) {
	return a.kind === b.kind && (a.kind !== "number" || b.kind === "number" && a.hundredths === b.hundredths);
}
function sameContent(a, b) {
	if (a === null || b === null) return a === b;
	return sameMark(a.value, b.value) && a.sousReserve === b.sousReserve && (a.benefice?.year ?? null) === (b.benefice?.year ?? null);
}
/**
* Flags: a non-empty `sous_reserve` cell lists every unit sous réserve (the others are not); an empty one
* changes nothing, or clears them all with the 'clear' policy. A `benefices` cell adds or corrects
* bénéfices and never removes one (R8: renouncing is final, it is done in the app).
*/
function planRowMarks(input) {
	const { regulation } = input;
	const sousReserve = readSousReserve(input);
	const benefices = readBenefices(input);
	const result = {
		writes: [],
		changes: []
	};
	const flagsBefore = {
		reserve: [],
		benefices: /* @__PURE__ */ new Map()
	};
	const flagsAfter = {
		reserve: [],
		benefices: /* @__PURE__ */ new Map()
	};
	for (const key of regulationKeys(regulation).keys) {
		const before = input.stored(key);
		const beforeContent = before && {
			value: before.value,
			sousReserve: before.sousReserve,
			benefice: before.benefice
		};
		const after = plannedContent(input, key, beforeContent, sousReserve, benefices);
		if (before?.sousReserve) flagsBefore.reserve.push(key);
		if (before?.benefice) flagsBefore.benefices.set(key, before.benefice.year);
		const kept = after === "error" ? beforeContent : after;
		if (kept?.sousReserve) flagsAfter.reserve.push(key);
		if (kept?.benefice) flagsAfter.benefices.set(key, kept.benefice.year);
		if (after === "error" || sameContent(beforeContent, after)) continue;
		result.writes.push({
			unit: key,
			before,
			after
		});
		const valueBefore = beforeContent?.value ?? EMPTY;
		const valueAfter = after?.value ?? EMPTY;
		if (!sameMark(valueBefore, valueAfter)) result.changes.push({
			field: key,
			label: input.label(key),
			before: formatMark(valueBefore),
			after: formatMark(valueAfter)
		});
	}
	const reserve = sameList(flagsBefore.reserve, flagsAfter.reserve) ? null : [formatUnitList(flagsBefore.reserve, regulation), formatUnitList(flagsAfter.reserve, regulation)];
	if (reserve && reserve[0] !== reserve[1]) result.changes.push({
		field: "sous_reserve",
		label: input.label("sous_reserve"),
		before: reserve[0],
		after: reserve[1]
	});
	const kept = sameYears(flagsBefore.benefices, flagsAfter.benefices) ? null : [formatBenefices(flagsBefore.benefices, regulation), formatBenefices(flagsAfter.benefices, regulation)];
	if (kept && kept[0] !== kept[1]) result.changes.push({
		field: "benefices",
		label: input.label("benefices"),
		before: kept[0],
		after: kept[1]
	});
	return result;
}
/** The units sous réserve after the import, or null to leave the flags as they are. */
function readSousReserve(input) {
	const text = input.cell("sous_reserve");
	if (text === void 0) return null;
	if (isEmpty(text)) return input.emptyCells === "clear" ? /* @__PURE__ */ new Set() : null;
	const parsed = parseUnitList(text, input.regulation);
	if (!parsed.ok) {
		input.error("sous_reserve", parsed.error);
		return null;
	}
	return new Set(parsed.value);
}
function readBenefices(input) {
	const text = input.cell("benefices");
	if (text === void 0 || isEmpty(text)) return /* @__PURE__ */ new Map();
	const parsed = parseBenefices(text, input.regulation);
	if (!parsed.ok) {
		input.error("benefices", parsed.error);
		return /* @__PURE__ */ new Map();
	}
	return parsed.value;
}
/** The content of one unit's record after the import (null: no record), or 'error' (reported). */
function plannedContent(input, key, before, sousReserve, benefices) {
	const controle = key.startsWith(CONTROLE_PREFIX);
	let value = before?.value ?? EMPTY;
	const raw = input.cell(key);
	if (raw !== void 0 && !isEmpty(raw)) {
		const unit = regulationKeys(input.regulation).units.get(key);
		const parsed = unit ? parseMark(raw, unit, input.regulation) : parseControleMark(raw, input.regulation);
		if (!parsed.ok) {
			input.error(key, parsed.error);
			return "error";
		}
		value = parsed.value;
		const refused = unit && !sameMark(value, before?.value ?? EMPTY) ? unregisteredOptionalMessage(unit, value, input.optionalUnits) : null;
		if (refused) {
			input.error(key, refused);
			return "error";
		}
	} else if (raw !== void 0 && input.emptyCells === "clear") value = EMPTY;
	const flagged = sousReserve ? sousReserve.has(key) : before?.sousReserve ?? false;
	let benefice = before?.benefice ?? null;
	const year = benefices.get(key);
	const label = input.label(key);
	if (year !== void 0 && year !== benefice?.year) {
		benefice = { year };
		const problem = beneficeProblem(benefice, {
			label,
			controle
		}, value, input.year);
		if (problem) {
			input.error("benefices", problem);
			return "error";
		}
	} else if (benefice && !sameMark(value, before.value)) {
		const problem = beneficeLockProblem(label, benefice, value);
		if (problem) {
			input.error(key, problem);
			return "error";
		}
	}
	if (value.kind === "empty" && !flagged && benefice === null) return null;
	return {
		value,
		sousReserve: flagged,
		benefice
	};
}
/** At most this many zeros are taken as lost (a number 3 digits shorter is another number). */
const MAX_LOST_ZEROS = 2;
const ALL_DIGITS = /^\d+$/;
function mostCommonLength(numeros) {
	const counts = /* @__PURE__ */ new Map();
	for (const n of numeros) if (ALL_DIGITS.test(n)) counts.set(n.length, (counts.get(n.length) ?? 0) + 1);
	let best = null;
	for (const [length, count] of counts) if (best === null || count > counts.get(best) || count === counts.get(best) && length > best) best = length;
	return best;
}
/**
* The length the all-digit candidate numbers should have: the most common one in the session; else that of
* the file's numbers that kept a leading zero (it only survives in a text cell, so they have their full
* length); else the file's most common one, unless every number of the file is one or two digits short of
* the usual length (then the usual length).
*/
function referenceNumeroLength(sessionNumeros, fileNumeros) {
	const session = mostCommonLength(sessionNumeros);
	if (session !== null) return session;
	const zeroLed = mostCommonLength(fileNumeros.filter((n) => n.length > 1 && n.startsWith("0")));
	if (zeroLed !== null) return zeroLed;
	const file = mostCommonLength(fileNumeros);
	if (file === null) return null;
	const digits = fileNumeros.filter((n) => ALL_DIGITS.test(n));
	return digits.length > 0 && digits.every((n) => n.length < 11 && n.length >= 9) ? 11 : file;
}
/** Below this length, numbers are a school's own numbering (1, 2… 150): their lengths differ for no loss. */
const MIN_REFERENCE_LENGTH = 6;
/** The number with its lost zeros back (`2431000001` → `02431000001`), or null when it does not look truncated. */
function withLostZeros(numero, reference) {
	if (reference === null || reference < MIN_REFERENCE_LENGTH || !ALL_DIGITS.test(numero)) return null;
	const missing = reference - numero.length;
	return missing >= 1 && missing <= MAX_LOST_ZEROS ? "0".repeat(missing) + numero : null;
}
const LOST = /[?\uFFFD]/u;
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
* True when `after` is `before` with letters replaced by `?` or U+FFFD (« Nguyễn » → « Nguy?n »): each of them
* stands for one to three non-ASCII characters (a letter and its combining accents).
*/
function lettersLost(before, after) {
	if (before === after || !LOST.test(after) || LOST.test(before)) return false;
	const pattern = [...after.normalize("NFC")].map((ch) => LOST.test(ch) ? "[^\\x00-\\x7F]{1,3}" : escapeRegExp(ch)).join("");
	return new RegExp(`^${pattern}$`, "u").test(before.normalize("NFC"));
}
/** A new text that looks damaged: U+FFFD anywhere, or a `?` right after a letter (« Nguy?n », « Th? »). */
function looksDamaged(text) {
	return text.includes("�") || /\p{L}\?/u.test(text);
}
// src/io/import/plan.ts
/** Why a mapping cannot give a plan (empty when it can), in French, for the wizard and for the rows. */
function mappingProblems(mapping, fields) {
	const problems = [];
	if (!mapping.includes("numero") && !mapping.includes("nom")) problems.push("La colonne du numéro de candidat n'est pas choisie.");
	const known = new Map(fields.map((f) => [f.key, f]));
	const columns = /* @__PURE__ */ new Map();
	mapping.forEach((key, index) => {
		if (key !== null) columns.set(key, [...columns.get(key) ?? [], index + 1]);
	});
	for (const [key, numbers] of columns) {
		const field = known.get(key);
		if (!field && key.startsWith("controle_")) {
			const possible = fields.filter((f) => f.group === "controle").map((f) => f.key.slice(9));
			problems.push(`Colonne ${numbers.join(", ")} : ${key.slice(9)} n'est pas une épreuve de contrôle de cette session (possibles : ${possible.join(", ") || "aucune"}).`);
		} else if (!field) problems.push(`Colonne ${numbers.join(", ")} : champ inconnu « ${key} ».`);
		else if (numbers.length > 1) problems.push(`« ${field.label} » est choisi pour plusieurs colonnes (${numbers.join(" et ")}) : gardez-en une.`);
	}
	return problems;
}
/** The candidate fields of the file: key, label, how the value is shown. */
const IDENTITY_SHOWN = [
	{
		key: "nom",
		show: (c) => c.nom
	},
	{
		key: "prenom",
		show: (c) => c.prenom
	},
	{
		key: "date_naissance",
		show: (c) => formatBirthDate(c.dateNaissance)
	},
	{
		key: "statut",
		show: (c) => STATUT_LABELS[c.statut]
	},
	{
		key: "langue_vivante",
		show: (c) => c.langueVivante
	},
	{
		key: "facultatives",
		show: (c, r) => formatOptionalUnits(c.optionalUnits, r)
	},
	{
		key: "formes",
		show: (c, r) => formatFormOverrides(c.formOverrides, r)
	}
];
const NEW_CANDIDATE = {
	nom: "",
	prenom: "",
	dateNaissance: null,
	statut: "scolaire",
	langueVivante: "",
	optionalUnits: [],
	formOverrides: {}
};
/** `2,431E+11`: what Excel writes for a long number it took for a numeric value. */
const EXCEL_SCIENTIFIC = /^\d+(?:[.,]\d+)?E\+\d+$/i;
/** `Le nom…` → `le nom…`, no final period: messages are shown after `colonne X : `. */
function asRowMessage(message) {
	const text = message.replace(/\.$/, "");
	return /^\p{Lu}[\p{Ll}']/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
var Planner = class {
	source;
	snapshot;
	emptyCells;
	options;
	plan;
	regulation;
	fields;
	column = /* @__PURE__ */ new Map();
	byNumero = /* @__PURE__ */ new Map();
	byNumeroWithoutZeros = /* @__PURE__ */ new Map();
	/** Candidates still waiting for their number (« numéro à venir »), by nom + prénom + date de naissance. */
	pendingByIdentity = /* @__PURE__ */ new Map();
	/** The candidates « numéro à venir » already matched by a row (a second row with the same identity is not). */
	claimedPending = /* @__PURE__ */ new Set();
	/** Rows without a number are recognised by nom + prénom, and the date de naissance when both have one (withoutNumero). */
	pendingByName = /* @__PURE__ */ new Map();
	numberedByName = /* @__PURE__ */ new Map();
	linesWithoutNumero = /* @__PURE__ */ new Map();
	marks = /* @__PURE__ */ new Map();
	marksByCandidate = /* @__PURE__ */ new Map();
	conformity;
	etablissements;
	firstLineOf = /* @__PURE__ */ new Map();
	lineOfCandidate = /* @__PURE__ */ new Map();
	/** The length all-digit candidate numbers should have (null: no all-digit number anywhere). */
	numeroLength = null;
	constructor(source, mapping, snapshot, emptyCells, options = {}) {
		this.source = source;
		this.snapshot = snapshot;
		this.emptyCells = emptyCells;
		this.options = options;
		this.regulation = snapshot.regulation;
		this.fields = new Map(importFields(this.regulation).map((f) => [f.key, f]));
		mapping.forEach((key, index) => {
			if (key !== null && !this.column.has(key)) this.column.set(key, index);
		});
		for (const c of snapshot.candidates) {
			const name = nameKey(c);
			if (name !== null) {
				const byName = isNumeroPending(c.numero) ? this.pendingByName : this.numberedByName;
				byName.set(name, [...byName.get(name) ?? [], c]);
			}
			if (isNumeroPending(c.numero)) {
				const key = identityKey(c);
				if (key !== null) this.pendingByIdentity.set(key, [...this.pendingByIdentity.get(key) ?? [], c]);
				continue;
			}
			this.byNumero.set(c.numero, c);
			const short = numeroWithoutZeros(c.numero);
			if (short !== null) this.byNumeroWithoutZeros.set(short, [...this.byNumeroWithoutZeros.get(short) ?? [], c]);
		}
		for (const m of snapshot.marks) {
			this.marks.set(`${m.candidateId}\u0000${m.unit}`, m);
			this.marksByCandidate.set(m.candidateId, [...this.marksByCandidate.get(m.candidateId) ?? [], m]);
		}
		this.conformity = snapshot.conformity ? new Map(snapshot.conformity.map((c) => [c.candidateId, c])) : null;
		this.etablissements = new EtablissementResolver(snapshot.etablissements);
		this.plan = {
			rows: [],
			counts: {
				new: 0,
				updated: 0,
				unchanged: 0,
				error: 0
			},
			emptyCells,
			newEtablissements: this.etablissements.created,
			newCandidates: [],
			candidateUpdates: [],
			markWrites: []
		};
		const conformityKeys = new Set(conformityFields(this.regulation).map((f) => f.key));
		if ([...this.column.keys()].some((k) => conformityKeys.has(k))) this.plan.conformityWrites = [];
	}
	/** Looks at every number of the file once, before the rows: which ones lost their leading zeros. */
	prepare(records) {
		const numeros = records.map((r) => (this.cellOf(r, "numero") ?? "").trim());
		this.numeroLength = referenceNumeroLength(this.snapshot.candidates.map((c) => c.numero), numeros);
	}
	get header() {
		return this.source.records[this.source.headerIndex]?.cells ?? [];
	}
	/** The column of a field as headed in the file (its label when the heading is blank). */
	heading(key) {
		const index = this.column.get(key);
		return (index === void 0 ? "" : (this.header[index] ?? "").trim()) || (this.fields.get(key)?.label ?? key);
	}
	label(key) {
		return this.fields.get(key)?.label ?? key;
	}
	cellOf(record, key) {
		const index = this.column.get(key);
		return index === void 0 ? void 0 : record.cells[index] ?? "";
	}
	/** The stored candidate of a number; else the one whose all-digit number only differs by leading zeros. */
	find(numero) {
		const exact = this.byNumero.get(numero);
		if (exact) return exact;
		const short = numeroWithoutZeros(numero);
		const close = short === null ? [] : this.byNumeroWithoutZeros.get(short) ?? [];
		return close.length === 1 ? close[0] : void 0;
	}
	addRow(row) {
		this.plan.rows.push(row);
		this.plan.counts[row.status]++;
	}
	planRecord(record, readErrors) {
		const line = record.line;
		const errors = readErrors.map((message) => ({
			line,
			column: null,
			message
		}));
		const error = (key, message) => errors.push({
			line,
			column: key === null ? null : this.heading(key),
			message: asRowMessage(message)
		});
		const cell = (key) => this.cellOf(record, key);
		const filled = (key) => {
			const text = cell(key)?.trim();
			return text ? text : void 0;
		};
		let numero = (cell("numero") ?? "").trim();
		const warnings = [];
		const restored = this.byNumero.has(numero) ? null : withLostZeros(numero, this.numeroLength);
		if (restored !== null && this.find(numero)?.numero !== restored) {
			(this.plan.lostZeros ??= {
				lines: [],
				length: this.numeroLength,
				restored: !!this.options.restoreZeros
			}).lines.push(line);
			if (this.options.restoreZeros) {
				warnings.push(`numéro « ${numero} » : zéro de tête rétabli (${restored})`);
				numero = restored;
			} else warnings.push(`numéro « ${numero} » : ${restored.length - numero.length > 1 ? "des zéros de tête semblent perdus" : "un zéro de tête semble perdu"} (${restored} ?)`);
		}
		const unreadable = record.cells.slice(this.header.length).some((c) => c.trim() !== "") ? raggedRowMessage(record.cells.length, this.header.length, this.source.delimiter) : mixedSeparatorMessage(record.cells, this.header.length, this.source.delimiter) ?? (this.isHeaderAgain(record) ? "ligne identique à l'en-tête (fichiers mis bout à bout ?)" : null);
		if (unreadable) {
			error(null, unreadable);
			this.addRow({
				line,
				numero,
				name: "",
				status: "error",
				changes: [],
				errors,
				cells: record.cells
			});
			return;
		}
		let existing = numero ? this.find(numero) : void 0;
		let matched;
		if (numero && !existing && !EXCEL_SCIENTIFIC.test(numero)) {
			matched = this.pendingMatch(cell);
			if (matched) {
				(this.plan.pendingNumeros ??= {
					lines: [],
					accepted: !!this.options.matchPendingNumeros
				}).lines.push(line);
				const who = `${matched.nom} ${matched.prenom}`.trim();
				if (this.options.matchPendingNumeros) {
					existing = matched;
					warnings.push(`${who} (${NUMERO_PENDING_LABEL}) reconnu par nom, prénom et date de naissance : reçoit le numéro ${numero}`);
				} else error("numero", `numéro « ${numero} » inconnu, mais ${who} (${NUMERO_PENDING_LABEL}) a les mêmes nom, prénom et date de naissance : cochez « Donner leur numéro aux candidats reconnus » pour le lui attribuer`);
			}
		}
		if (!numero) {
			const without = this.withoutNumero(cell, line);
			if ("error" in without) error("numero", without.error);
			else if (without.pending) {
				matched = existing = without.pending;
				warnings.push(`${existing.nom} ${existing.prenom} (${NUMERO_PENDING_LABEL}) déjà saisi : sa fiche est complétée`.replace(/\s+/g, " "));
			} else warnings.push(`nouveau candidat sans numéro (${NUMERO_PENDING_LABEL})`);
		} else if (!existing && EXCEL_SCIENTIFIC.test(numero)) error("numero", `numéro « ${numero} » abîmé par Excel (notation scientifique) : mettez la colonne au format Texte et recopiez les numéros`);
		else {
			const first = this.firstLineOf.get(numero);
			const sameCandidate = existing && this.lineOfCandidate.get(existing.id);
			if (first !== void 0) error("numero", `numéro « ${numero} » déjà présent ligne ${first}`);
			else if (sameCandidate !== void 0) error("numero", `le candidat ${existing.numero} est déjà dans le fichier ligne ${sameCandidate}`);
			if (first === void 0) this.firstLineOf.set(numero, line);
			if (existing && sameCandidate === void 0) this.lineOfCandidate.set(existing.id, line);
		}
		const before = existing ?? {
			...NEW_CANDIDATE,
			numero
		};
		const corrects = existing !== void 0 && existing.numero !== numero && numero.length > existing.numero.length;
		const data = {
			...before,
			numero: existing && !corrects ? existing.numero : numero
		};
		for (const [key, prop] of [
			["nom", "nom"],
			["prenom", "prenom"],
			["langue_vivante", "langueVivante"]
		]) {
			const text = filled(key);
			if (text === void 0 || matched && existing === matched && key !== "langue_vivante") continue;
			const checked = key === "langue_vivante" ? checkText(text, "La langue vivante", {
				multiline: true,
				max: TEXT_MAX_LENGTH
			}) : checkName(text, key === "nom" ? "Le nom" : "Le prénom", false);
			if (checked.ok) data[prop] = checked.value;
			else error(key, checked.message);
		}
		const parse = (key, parser, set) => {
			const text = filled(key);
			if (text === void 0) return;
			const parsed = parser(text);
			if (parsed.ok) set(parsed.value);
			else error(key, parsed.error);
		};
		parse("date_naissance", (t) => parseBirthDate(t, this.snapshot.year), (v) => data.dateNaissance = v);
		parse("statut", parseStatut, (v) => data.statut = v);
		parse("facultatives", (t) => parseOptionalUnits(t, this.regulation), (v) => data.optionalUnits = v);
		parse("formes", (t) => parseFormOverrides(t, this.regulation), (v) => data.formOverrides = v);
		if (!existing && !this.column.has("facultatives")) data.optionalUnits = this.regulation.units.filter((u) => u.domain === "optional" && (filled(u.code) ?? "") !== "").map((u) => u.code);
		if (numero && !existing && !matched && data.nom === "") {
			const why = this.column.has("nom") ? "le nom est vide" : "ajoutez les colonnes nom et prénom pour le créer";
			error("numero", `numéro « ${numero} » inconnu dans cette session : ${why}`);
		}
		const damaged = [
			"nom",
			"prenom",
			"langue_vivante"
		].filter((key) => {
			const prop = key === "langue_vivante" ? "langueVivante" : key;
			return existing ? lettersLost(before[prop], data[prop]) : looksDamaged(data[prop]);
		});
		if (damaged.length > 0) {
			(this.plan.encodingLoss ??= {
				lines: [],
				accepted: !!this.options.acceptEncodingLoss
			}).lines.push(line);
			const message = `lettres remplacées par « ? » (${damaged.map((key) => {
				const prop = key === "langue_vivante" ? "langueVivante" : key;
				return existing ? `« ${before[prop]} » → « ${data[prop]} »` : `« ${data[prop]} »`;
			}).join(", ")}) : le fichier a sans doute perdu ses accents à l'enregistrement (CSV Windows-1252)`;
			if (this.options.acceptEncodingLoss) warnings.push(message);
			else error(damaged[0], `${message} ; enregistrez-le en CSV UTF-8 ou en .xlsx, ou cochez « appliquer quand même »`);
		}
		const changes = [];
		if (existing && corrects) changes.push({
			field: "numero",
			label: this.label("numero"),
			before: existing.numero,
			after: data.numero
		});
		for (const { key, show } of IDENTITY_SHOWN) {
			const was = existing ? show(before, this.regulation) : "";
			const now = show(data, this.regulation);
			if (was !== now) changes.push({
				field: key,
				label: this.label(key),
				before: was,
				after: now
			});
		}
		const etablissement = this.etablissements.resolve({
			uai: filled("etablissement_uai"),
			nom: filled("etablissement_nom"),
			ville: filled("etablissement_ville"),
			type: filled("etablissement_type")
		}, line);
		if (etablissement.kind === "error") error(etablissement.field, etablissement.message);
		const etablissementChange = this.etablissementChange(existing ?? null, etablissement);
		if (etablissementChange) changes.push(etablissementChange);
		const candidateChanged = changes.length > 0;
		const rowMarks = planRowMarks({
			regulation: this.regulation,
			year: this.snapshot.year,
			emptyCells: this.emptyCells,
			cell,
			stored: (unit) => existing ? this.marks.get(`${existing.id}\u0000${unit}`) ?? null : null,
			optionalUnits: data.optionalUnits,
			error,
			label: (key) => this.label(key)
		});
		changes.push(...rowMarks.changes);
		const etablissementType = etablissement.kind === "existing" ? etablissement.etablissement.type : etablissement.kind === "new" ? etablissement.data.type : this.snapshot.etablissements.find((e) => e.id === existing?.etablissementId)?.type ?? null;
		const conformity = planRowConformity({
			regulation: this.regulation,
			emptyCells: this.emptyCells,
			cell,
			error,
			label: (key) => this.label(key),
			candidate: data,
			etablissement: etablissementType === null ? null : { type: etablissementType },
			marks: existing ? this.marksByCandidate.get(existing.id) ?? [] : [],
			stored: this.conformity ? existing ? this.conformity.get(existing.id) ?? null : null : void 0,
			depositDeadline: this.snapshot.depositDeadline
		});
		changes.push(...conformity.cellChanges);
		for (const write of rowMarks.writes) {
			const reasons = conformity.nvAfter.get(write.unit);
			if (reasons && write.after?.value.kind !== "NV") error(write.unit, `dossier non conforme (${reasons.join(" ; ")}) : la note reste NV ; rendez le dossier conforme pour saisir une note`);
		}
		const status = errors.length > 0 ? "error" : !existing ? "new" : changes.length > 0 ? "updated" : "unchanged";
		const name = `${data.nom} ${data.prenom}`.trim();
		this.addRow({
			line,
			numero: data.numero,
			name,
			status,
			changes,
			errors,
			cells: record.cells,
			...warnings.length ? { warnings } : {},
			...matched && existing === matched ? { matchedPending: true } : {}
		});
		if (status === "error") return;
		let target;
		if (!existing) {
			const to = this.etablissements.commit(etablissement, null);
			target = { newIndex: this.plan.newCandidates.push({
				line,
				data,
				etablissement: to
			}) - 1 };
		} else {
			target = { id: existing.id };
			const to = this.etablissements.commit(etablissement, existing.etablissementId);
			if (candidateChanged) {
				const after = {
					...existing,
					...data,
					etablissementId: to && "id" in to ? to.id : null
				};
				const update = {
					line,
					before: existing,
					after,
					...to && "newIndex" in to ? { newEtablissement: to.newIndex } : {}
				};
				this.plan.candidateUpdates.push(update);
			}
		}
		for (const write of rowMarks.writes) this.plan.markWrites.push({
			line,
			candidate: target,
			...write
		});
		if (conformity.changes) {
			const before = this.conformity ? existing ? this.conformity.get(existing.id) ?? null : null : void 0;
			this.plan.conformityWrites?.push({
				line,
				candidate: target,
				changes: conformity.changes,
				...before !== void 0 ? { before } : {}
			});
		}
	}
	/**
	* A row without a number: refused unless the user accepts rows without numbers (createPendingNumeros); then it is
	* the candidate « numéro à venir » entered with the same name (and date de naissance), or a new one. A name that a
	* numbered candidate of the session already has is refused: the file needs its numbers to update that candidate.
	*/
	withoutNumero(cell, line) {
		const parsedDate = parseBirthDate((cell("date_naissance") ?? "").trim(), this.snapshot.year);
		const date = parsedDate.ok ? parsedDate.value : null;
		const nom = (cell("nom") ?? "").trim();
		const prenom = (cell("prenom") ?? "").trim();
		const name = nameKey({
			nom,
			prenom
		});
		if (name === null) return { error: "numéro de candidat manquant" };
		const accepted = !!this.options.createPendingNumeros;
		(this.plan.withoutNumero ??= {
			lines: [],
			accepted
		}).lines.push(line);
		if (!accepted) return { error: `numéro de candidat manquant : cochez « Ajouter les lignes sans numéro (${NUMERO_PENDING_LABEL}) » pour créer ce candidat` };
		const same = (list) => (list ?? []).filter((c) => sameBirth(c.dateNaissance, date));
		const earlier = same(this.linesWithoutNumero.get(name))[0];
		this.linesWithoutNumero.set(name, [...this.linesWithoutNumero.get(name) ?? [], {
			line,
			dateNaissance: date
		}]);
		if (earlier) return { error: `sans numéro, et mêmes nom, prénom et date de naissance que la ligne ${earlier.line}` };
		const numbered = same(this.numberedByName.get(name))[0];
		if (numbered) {
			const who = `${numbered.nom} ${numbered.prenom}`.trim();
			return { error: `déjà dans la session avec le numéro ${numbered.numero} (${who}) : ajoutez la colonne des numéros pour compléter sa fiche` };
		}
		const pending = same(this.pendingByName.get(name));
		if (pending.length > 1) return { error: `plusieurs candidats ${NUMERO_PENDING_LABEL} s'appellent ${nom} ${prenom} : donnez-leur un numéro dans la grille` };
		return { pending: pending[0] ?? null };
	}
	/** The one candidate waiting for their number whose nom + prénom + date de naissance are the row's, not yet matched. */
	pendingMatch(cell) {
		if (this.pendingByIdentity.size === 0) return void 0;
		const date = parseBirthDate((cell("date_naissance") ?? "").trim(), this.snapshot.year);
		const key = identityKey({
			nom: cell("nom") ?? "",
			prenom: cell("prenom") ?? "",
			dateNaissance: date.ok ? date.value : null
		});
		const found = key === null ? [] : this.pendingByIdentity.get(key) ?? [];
		if (found.length !== 1 || this.claimedPending.has(found[0].id)) return void 0;
		this.claimedPending.add(found[0].id);
		return found[0];
	}
	etablissementChange(existing, resolution) {
		if (resolution.kind === "none" || resolution.kind === "error") return null;
		const currentId = existing?.etablissementId ?? null;
		if (resolution.kind === "existing" && resolution.etablissement.id === currentId) return null;
		const current = this.snapshot.etablissements.find((e) => e.id === currentId);
		const after = resolution.kind === "existing" ? etablissementLabel(resolution.etablissement) : `${etablissementLabel(resolution.data)} (nouvel établissement)`;
		return {
			field: this.column.has("etablissement_uai") ? "etablissement_uai" : "etablissement_nom",
			label: "Établissement",
			before: current ? etablissementLabel(current) : "",
			after
		};
	}
	#normalizedHeader = null;
	isHeaderAgain(record) {
		const header = this.#normalizedHeader ??= this.header.map((h) => normalizeHeader(h));
		return record.cells.length <= header.length && header.every((h, i) => h === normalizeHeader(record.cells[i] ?? ""));
	}
	/** Every row in error with the same messages: the mapping itself is wrong. */
	refuseAll(records, problems) {
		for (const record of records) {
			const text = (key) => (this.cellOf(record, key) ?? "").trim();
			this.addRow({
				line: record.line,
				numero: text("numero"),
				name: `${text("nom")} ${text("prenom")}`.trim(),
				status: "error",
				changes: [],
				errors: problems.map((message) => ({
					line: record.line,
					column: null,
					message
				})),
				cells: record.cells
			});
		}
	}
};
function buildPlan(source, mapping, snapshot, emptyCells = "keep", options = {}) {
	const planner = new Planner(source, mapping, snapshot, emptyCells, options);
	const records = source.records.slice(source.headerIndex + 1);
	const problems = mappingProblems(mapping, importFields(snapshot.regulation));
	if (problems.length > 0) {
		planner.refuseAll(records, problems);
		return planner.plan;
	}
	planner.prepare(records);
	records.forEach((record, n) => {
		const end = records[n + 1]?.line ?? Number.POSITIVE_INFINITY;
		const readErrors = source.readErrors.filter((e) => e.line >= record.line && e.line < end).map((e) => e.message);
		planner.planRecord(record, readErrors);
	});
	return planner.plan;
}
/** Nom + prénom compared as identityKey does (without case, accents or extra spaces); null without a nom. */
function nameKey(c) {
	if (c.nom.trim() === "") return null;
	return identityKey({
		nom: c.nom,
		prenom: c.prenom.trim() || "-",
		dateNaissance: "-"
	});
}
/** Two birth dates that may be the same person's: equal, or one of them unknown. */
function sameBirth(a, b) {
	return a === null || b === null || a === b;
}
// src/io/import/read.ts
/** Step 1 of an import: bytes → records, with the encoding, delimiter and header row detected. */
/** How many records may stand above the header (a title, a date, a blank-looking line…). */
const HEADER_SEARCH = 10;
let allFields;
const knownFields = () => allFields ??= Object.values(presets).flatMap(importFields);
/** The first of the first records whose cells map to at least 2 fields, one of them `numero`; or null. */
function detectHeaderIndex(records, fields = knownFields()) {
	for (let i = 0; i < Math.min(records.length, HEADER_SEARCH); i++) {
		const mapped = autoMap(records[i].cells, fields).filter((k) => k !== null);
		if (mapped.length >= 2 && mapped.includes("numero")) return i;
	}
	return null;
}
function read(text, delimiter, onProgress) {
	const csv = readCsv(text, {
		delimiter,
		onProgress
	});
	const records = csv.header ? [csv.header, ...csv.records] : [];
	return {
		delimiter,
		records,
		errors: csv.errors,
		headerIndex: detectHeaderIndex(records)
	};
}
/** `onProgress`: the fraction of the text parsed so far (the import worker's progress bar). */
function readImportSource(bytes, fileName, options = {}, onProgress) {
	const { text, encoding } = decodeBytes(bytes, options.encoding);
	let result = read(text, options.delimiter ?? detectDelimiter(text), onProgress);
	if (!options.delimiter && result.headerIndex === null) for (const other of [
		";",
		",",
		"	"
	]) {
		if (other === result.delimiter) continue;
		const attempt = read(text, other);
		if (attempt.headerIndex !== null) {
			result = attempt;
			break;
		}
	}
	const last = Math.max(0, result.records.length - 1);
	const forced = options.headerIndex;
	const headerIndex = forced !== void 0 && Number.isInteger(forced) ? Math.min(Math.max(forced, 0), last) : result.headerIndex ?? 0;
	return {
		fileName,
		encoding,
		delimiter: result.delimiter,
		headerIndex,
		records: result.records,
		readErrors: result.errors
	};
}
/**
* Step 1 for a workbook (src/io/workbook.ts): the records of one sheet, by default the first sheet with a
* candidate-number heading (or the first sheet), its header row detected as for a CSV file.
*/
function readWorkbookSource(workbook, fileName, options = {}) {
	const detected = workbook.sheets.map((s) => detectHeaderIndex(s.records));
	let index = options.sheet === void 0 ? -1 : workbook.sheets.findIndex((s) => s.name === options.sheet);
	if (index < 0) index = Math.max(0, detected.findIndex((h) => h !== null));
	const sheet = workbook.sheets[index];
	const last = Math.max(0, sheet.records.length - 1);
	const forced = options.headerIndex;
	return {
		fileName,
		encoding: "utf-8",
		delimiter: ";",
		headerIndex: forced !== void 0 && Number.isInteger(forced) ? Math.min(Math.max(forced, 0), last) : detected[index] ?? 0,
		records: sheet.records,
		readErrors: [],
		workbook: {
			format: workbook.format,
			sheet: sheet.name,
			sheets: workbook.sheets.map((s) => s.name)
		}
	};
}
// src/io/import/work.ts
/** How many records of the file come back to the page: the header choice shows the first 10, the mapping 3 samples. */
const HEAD_RECORDS = 10;
const SAMPLE_RECORDS = 3;
/**
* The plan's lists sent in slices, and how many items per slice: each read by the page in a few milliseconds, so
* that no task of the page nears 200 ms even on a loaded machine (slices 2.5 times larger gave tasks of 150 to
* 230 ms while a 20,000-row plan arrived: tests/e2e/import-background.test.ts).
*/
const PLAN_PARTS = {
	rows: 100,
	newCandidates: 1e3,
	candidateUpdates: 500,
	markWrites: 1e3,
	conformityWrites: 1e3,
	/** The livret plan's writes. */
	writes: 500
};
/** Share of the progress bar: decoding and checking the file, then parsing it, then comparing it with the session. */
const DECODED = 10;
const PARSED = 80;
/** A result with nothing read: the file cannot be read (`fileProblem`). */
const unreadable = (fileProblem) => ({
	fileProblem,
	source: null,
	recordCount: 0,
	header: [],
	mapping: [],
	problems: [],
	plan: null,
	headerRows: 1,
	livretPlan: null
});
/** What the worker keeps between requests. */
var ImportWork = class {
	loadLibrary;
	#file = null;
	#snapshot = null;
	#livret = null;
	/** The file's shape problem, checked once per file ('' when none). */
	#fileProblem = null;
	/** The workbook parsed from the file's bytes, once per file. */
	#workbook = null;
	#read = null;
	/** The session's slices received for the next request. */
	#snapshotParts = /* @__PURE__ */ new Map();
	/** The workbook library, once loaded. */
	#xlsx = null;
	/** The messages waiting for a request that is loading the workbook library (handled in order after it). */
	#queue = null;
	/** `loadLibrary`: how the workbook library is loaded (a dynamic import, a chunk of its own in the app). */
	constructor(loadLibrary = loadXlsx) {
		this.loadLibrary = loadLibrary;
	}
	/**
	* Keeps a slice of the session, or answers a request: progress messages, then `done` or `failed`. Never throws,
	* never rejects. Synchronous, except while the workbook library is loaded (the first request of a workbook): the
	* returned promise then settles once answered, and the messages received meanwhile are handled after it, in order.
	*/
	handle(message, post) {
		if (this.#queue) return this.#enqueue(() => this.#handleNow(message, post));
		const later = this.#handleNow(message, post);
		if (later) return this.#enqueue(() => later);
	}
	#enqueue(step) {
		const queue = (this.#queue ?? Promise.resolve()).then(step);
		this.#queue = queue;
		queue.then(() => {
			if (this.#queue === queue) this.#queue = null;
		});
		return queue;
	}
	#handleNow(message, post) {
		if (message.kind === "snapshot-part") {
			const list = this.#snapshotParts.get(message.list) ?? [];
			for (const item of message.items) list.push(item);
			this.#snapshotParts.set(message.list, list);
			return;
		}
		const request = message;
		const { id } = request;
		let shown = -1;
		const progress = (step, percent) => {
			const rounded = Math.floor(percent);
			if (rounded === shown) return;
			shown = rounded;
			post({
				id,
				kind: "progress",
				step,
				percent: rounded
			});
		};
		const answer = () => {
			try {
				this.#post(id, this.#run(request, progress), post);
			} catch (error) {
				post({
					id,
					kind: "failed",
					message: error instanceof Error ? error.message : String(error)
				});
			}
		};
		try {
			this.#accept(request);
		} catch (error) {
			post({
				id,
				kind: "failed",
				message: error instanceof Error ? error.message : String(error)
			});
			return;
		}
		if (this.#file?.kind === "workbook" && !this.#xlsx && this.#fileProblem === null) {
			progress("classeur", 0);
			return this.loadLibrary().then((xlsx) => {
				this.#xlsx = xlsx;
				answer();
			}, (error) => post({
				id,
				kind: "failed",
				message: error instanceof Error ? error.message : String(error)
			}));
		}
		answer();
	}
	/** Posts the plans' long lists in slices, then `done` with the rest. */
	#post(id, result, post) {
		for (const kind of ["plan", "livretPlan"]) {
			const plan = result[kind];
			if (!plan) continue;
			const rest = { ...plan };
			for (const [list, size] of Object.entries(PLAN_PARTS)) {
				const items = plan[list];
				if (!items) continue;
				for (let start = 0; start < items.length; start += size) post({
					id,
					kind: "part",
					plan: kind,
					list,
					items: items.slice(start, start + size)
				});
				rest[list] = [];
			}
			result[kind] = rest;
		}
		post({
			id,
			kind: "done",
			result
		});
	}
	/** Keeps what the request gives for the next ones: the file, the session, the livret side. */
	#accept(request) {
		if (request.file) {
			this.#file = request.file;
			this.#fileProblem = null;
			this.#workbook = null;
			this.#read = null;
		}
		if (request.snapshot && request.snapshotInParts) {
			const parts = this.#snapshotParts;
			this.#snapshotParts = /* @__PURE__ */ new Map();
			const snapshot = {
				...request.snapshot,
				candidates: [],
				marks: []
			};
			for (const [list, items] of parts) snapshot[list] = items;
			this.#snapshot = snapshot;
		} else if (request.snapshot) this.#snapshot = request.snapshot;
		if (request.livretContext) this.#livret = request.livretContext;
		if (!this.#file || !this.#snapshot) throw new Error("import worker: no file or no session snapshot received");
		if (request.livret && !this.#livret) throw new Error("import worker: no livret context received");
	}
	#run(request, progress) {
		const file = this.#file;
		const snapshot = this.#snapshot;
		progress(file.kind === "workbook" && !this.#workbook ? "classeur" : "lecture", 0);
		const fileProblem = this.#checkFile(file);
		if (fileProblem) return unreadable(fileProblem);
		progress("lecture", DECODED);
		const key = JSON.stringify([
			request.options.encoding,
			request.options.delimiter,
			request.options.headerIndex,
			request.options.sheet
		]);
		if (this.#read?.key !== key) {
			const source = file.kind === "workbook" ? readWorkbookSource(this.#workbook, file.name, request.options) : readImportSource(file.bytes, file.name, request.options, (fraction) => progress("lecture", DECODED + fraction * 70));
			this.#read = {
				key,
				source
			};
		}
		const read = this.#read.source;
		progress("comparaison", PARSED);
		const result = request.livret ? this.#planLivret(read, request, request.livret, snapshot) : this.#plan(read, request, snapshot);
		progress("comparaison", 100);
		return result;
	}
	#plan(read, request, snapshot) {
		const fields = importFields(snapshot.regulation);
		const header = read.records[read.headerIndex]?.cells ?? [];
		const mapping = request.mapping ?? autoMap(header, fields);
		const problems = mappingProblems(mapping, fields);
		const plan = problems.length === 0 ? buildPlan(read, mapping, snapshot, request.emptyCells, request.planOptions) : null;
		return {
			fileProblem: "",
			source: {
				...read,
				records: read.records.slice(0, Math.max(HEAD_RECORDS, read.headerIndex + 1 + SAMPLE_RECORDS))
			},
			recordCount: read.records.length,
			header,
			mapping,
			problems,
			plan,
			headerRows: 1,
			livretPlan: null
		};
	}
	/** The livret mode: the header found among the subjects' names (unless chosen), on one or two rows. */
	#planLivret(source, request, choices, snapshot) {
		const { template, sessionId, records } = this.#livret;
		const { regulation } = snapshot;
		const read = request.options.headerIndex === void 0 ? {
			...source,
			headerIndex: detectLivretHeader(source.records, regulation, template)
		} : source;
		const headerRows = choices.headerRows ?? detectHeaderRows(read.records, read.headerIndex);
		const header = combineHeaderRows(read.records, read.headerIndex, headerRows);
		const mapping = request.mapping ?? livretAutoMap(header, regulation, template, { year: choices.year });
		const problems = livretMappingProblems(mapping, livretImportFields(regulation, template));
		const livretPlan = problems.length === 0 ? buildLivretPlan(read, headerRows, header, mapping, {
			regulation,
			template,
			sessionId,
			candidates: snapshot.candidates,
			livrets: records
		}, request.emptyCells) : null;
		return {
			fileProblem: "",
			source: {
				...read,
				records: read.records.slice(0, Math.max(HEAD_RECORDS, read.headerIndex + headerRows + SAMPLE_RECORDS))
			},
			recordCount: read.records.length,
			header,
			mapping,
			problems,
			plan: null,
			headerRows,
			livretPlan
		};
	}
	/**
	* Empty, a line too long, too many columns or lines: refused before parsing (docs/limites.md). A workbook is
	* parsed here, once: the library bounds the rows it reads and parseWorkbook refuses a sheet over the limits.
	*/
	#checkFile(file) {
		if (this.#fileProblem === null) {
			let problem = "";
			if (file.kind === "text") {
				const { text } = decodeBytes(file.bytes);
				const shape = checkTableShape(text);
				if (shape) problem = `« ${file.name} » : ${shape}`;
			} else try {
				this.#workbook = parseWorkbook(this.#xlsx, file.bytes, file.format);
			} catch (error) {
				const why = error instanceof WorkbookError ? error.message : `classeur illisible (${String(error)})`;
				problem = `« ${file.name} » est ${file.label} : ${why}`;
			}
			this.#fileProblem = problem;
		}
		return this.#fileProblem;
	}
};
// src/io/import/import.worker.ts
/**
* The import worker: reads and plans an import off the main thread (src/io/import/work.ts does the work, this
* file only connects it to the messages). Started by the import wizard, ended when the wizard cancels or closes.
*/
const work = new ImportWork();
const scope = self;
scope.onmessage = (event) => work.handle(event.data, (reply) => scope.postMessage(reply));
