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
export { normalizeHeader as n, mapHeaders as t };
