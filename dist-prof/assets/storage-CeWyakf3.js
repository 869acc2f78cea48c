// src/db/storage.ts
function defaultStorage() {
	return typeof navigator === "undefined" ? void 0 : navigator.storage;
}
/** Usage, quota and persistence, each null when unknown (old browser, file://, private window…). */
async function storageState(storage = defaultStorage()) {
	const [estimate, persisted] = await Promise.all([storage?.estimate?.().catch(() => void 0), storage?.persisted?.().catch(() => void 0)]);
	return {
		usage: typeof estimate?.usage === "number" ? estimate.usage : null,
		quota: typeof estimate?.quota === "number" ? estimate.quota : null,
		persisted: typeof persisted === "boolean" ? persisted : null
	};
}
/**
* Asks the browser to keep this site's data even under storage pressure. Chromium decides silently (it grants
* it to installed or often used sites); Firefox asks the user. Returns the answer, or null if not supported.
*/
async function requestPersistence(storage = defaultStorage()) {
	if (!storage?.persist) return null;
	try {
		if (storage.persisted && await storage.persisted()) return true;
		return await storage.persist();
	} catch {
		return null;
	}
}
var QUOTA_MESSAGE = "L'espace de stockage de ce navigateur est plein : la modification n'a pas été enregistrée et vos données sont restées comme avant. Faites une sauvegarde, puis libérez de la place (supprimez une ancienne session déjà sauvegardée, ou de gros fichiers sur le disque) et recommencez.";
/**
* True for a "storage full" failure, whatever wraps it: the DOMException itself, Dexie's QuotaExceededError,
* or the AbortError of the transaction it aborted (Dexie keeps the cause in `inner`).
*/
function isQuotaError(error) {
	const seen = /* @__PURE__ */ new Set();
	let current = error;
	while (typeof current === "object" && current !== null && !seen.has(current)) {
		seen.add(current);
		const { name, code, inner, cause } = current;
		if (name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22) return true;
		current = inner ?? cause;
	}
	return false;
}
/** The names of `error` and of every error it wraps (Dexie keeps the cause in `inner`), outermost first. */
function errorNames(error) {
	const names = [];
	const seen = /* @__PURE__ */ new Set();
	let current = error;
	while (typeof current === "object" && current !== null && !seen.has(current)) {
		seen.add(current);
		const { name, inner, cause } = current;
		if (typeof name === "string") names.push(name);
		current = inner ?? cause;
	}
	return names;
}
var CLOSED_MESSAGE = "Le navigateur a fermé l'accès aux données de Délib (données du site effacées, Délib mis à jour dans un autre onglet, ou disque devenu indisponible) : la dernière modification n'a pas été enregistrée. Rechargez la page ; si le problème revient, faites une sauvegarde (onglet « Sauvegarde ») dès que possible.";
function errorText(error) {
	const names = errorNames(error);
	const message = error instanceof Error ? error.message : String(error);
	return [...new Set(names)].join(" / ") + (message ? ` : ${message}` : "");
}
/**
* The French explanation of a failure to open the database (shown instead of the app, never an endless
* « Chargement… »): IndexedDB missing, refused (private window, blocked site data), the disk full, the database
* closed under the page, or written by a newer version of Délib.
*/
function storageFailure(error) {
	const names = errorNames(error);
	const has = (...wanted) => names.some((n) => wanted.includes(n));
	const detail = errorText(error);
	if (isQuotaError(error)) return {
		kind: "full",
		title: "L'espace de stockage de ce navigateur est plein : Délib ne peut pas ouvrir ses données.",
		advice: [
			"Libérez de la place sur le disque de cet ordinateur (corbeille, téléchargements, gros fichiers), puis rechargez la page.",
			"Dans les réglages du navigateur, vous pouvez aussi supprimer les données d'autres sites dont vous n'avez plus besoin.",
			"Vos données Délib ne sont pas effacées : elles réapparaîtront dès que la place sera libérée."
		],
		detail
	};
	if (has("VersionError")) return {
		kind: "newer",
		title: "Ces données ont été enregistrées par une version plus récente de Délib.",
		advice: ["Rechargez la page (connecté à Internet si besoin) pour obtenir la nouvelle version.", "N'utilisez pas une copie plus ancienne de Délib avec ces données : elle ne sait pas les lire."],
		detail
	};
	if (has("DatabaseClosedError") && !has("OpenFailedError", "MissingAPIError", "SecurityError", "InvalidStateError", "InvalidAccessError")) return {
		kind: "closed",
		title: "Le navigateur a fermé l'accès aux données de Délib.",
		advice: ["Rechargez la page.", "Si le problème revient, fermez les autres onglets de Délib, puis faites une sauvegarde (onglet « Sauvegarde ») dès que possible."],
		detail
	};
	if (has("MissingAPIError") || typeof indexedDB === "undefined") return {
		kind: "unavailable",
		title: "Ce navigateur ne permet pas à Délib d'enregistrer des données (IndexedDB n'est pas disponible).",
		advice: ["Ouvrez Délib dans un navigateur récent (Firefox, Chrome, Edge ou Safari), dans une fenêtre normale (pas de navigation privée).", "Si Délib est ouvert depuis un fichier (adresse « file:// »), servez-le plutôt par un petit serveur local (voir la documentation « Publier »)."],
		detail
	};
	if (has("SecurityError", "InvalidStateError", "InvalidAccessError", "NotAllowedError", "UnknownError", "OpenFailedError")) return {
		kind: "blocked",
		title: "Le navigateur refuse à Délib l'accès au stockage de ses données.",
		advice: [
			"Cela arrive en navigation privée, ou quand les réglages du navigateur bloquent les cookies et données des sites.",
			"Autorisez les données de ce site dans les réglages, ou ouvrez Délib dans une fenêtre normale ou un autre profil du navigateur.",
			"Tant que ce problème n'est pas réglé, rien ne peut être enregistré : ne saisissez pas de notes ici."
		],
		detail
	};
	return {
		kind: "other",
		title: "Le stockage des données de Délib ne fonctionne pas dans ce navigateur.",
		advice: ["Rechargez la page. Si le problème persiste, essayez un autre navigateur ou un autre profil du navigateur.", "Si vous aviez des données dans ce navigateur, elles ne sont pas effacées par ce message."],
		detail
	};
}
/** The French message for a storage failure the user can do something about, or null for any other error. */
function storageErrorMessage(error) {
	if (isQuotaError(error)) return QUOTA_MESSAGE;
	if (errorNames(error).includes("DatabaseClosedError")) return CLOSED_MESSAGE;
	return null;
}
/** `0 octet`, `512 octets`, `1,5 Ko`, `23,4 Mo`, `2,1 Go` (powers of 1024, French decimal comma). */
function formatBytes(bytes) {
	if (!Number.isFinite(bytes) || bytes < 0) return "—";
	if (bytes < 1024) return `${bytes} ${bytes < 2 ? "octet" : "octets"}`;
	const units = [
		"Ko",
		"Mo",
		"Go",
		"To"
	];
	let value = bytes / 1024;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	const digits = value < 10 ? 1 : 0;
	return `${value.toFixed(digits).replace(".", ",")} ${units[unit]}`;
}
export { storageFailure as a, storageErrorMessage as i, isQuotaError as n, storageState as o, requestPersistence as r, formatBytes as t };
