const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./export-DyzRWjPM.js","./export-Cqf3bT4x.js","./conformity-CRa_d-4n.js","./dates-qyPr0vLJ.js","./stage-C1uuiMv2.js","./candidates-Dyu0TMUA.js","./validate-CipAkb3j.js","./rolldown-runtime-CO0Nlsmt.js","./presets-Cf2HfyzO.js","./text-gjivuZnp.js","./checks-CTzZ-No0.js","./regulation-CUY09-RS.js","./session-D2Rp9qN2.js","./numero-lCn5603m.js","./marks-B5B9zhMh.js","./exact-Cpdw3sSx.js","./marks-CjJ86PdP.js","./grids-BLNduPl5.js","./counter-DZzejMC4.js"])))=>i.map(i=>d[i]);
import { m as UserError } from "./validate-CipAkb3j.js";
import { i as storageErrorMessage, r as requestPersistence } from "./storage-CeWyakf3.js";
import { n as downloadText, r as safeFileName } from "./download-61WZdJOK.js";
import { t as __vitePreload } from "./preload-helper-CALLvQDj.js";
// src/ui/backup/actions.ts
/** `delib-sauvegarde-2025-06-30-14h05.json`, or with the session's name for a one-session backup. */
function backupFileName(createdAt, sessionName) {
	const date = new Date(createdAt);
	const pad = (n) => String(n).padStart(2, "0");
	const stamp = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}h${pad(date.getMinutes())}`;
	return `${safeFileName(sessionName ? `delib-sauvegarde-${sessionName}` : "delib-sauvegarde")}-${stamp}.json`;
}
/** Writes the backup of `scope` and offers it for download; asks the browser to keep the data for good. */
async function downloadBackup(db, scope, sessionName) {
	const { exportBackup } = await __vitePreload(async () => {
		const { exportBackup } = await import("./export-DyzRWjPM.js");
		return { exportBackup };
	}, __vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18]), import.meta.url);
	const backup = await exportBackup(db, scope);
	downloadText(backupFileName(backup.createdAt, scope === "all" ? void 0 : sessionName), backup.text, "application/json");
	requestPersistence();
	return backup;
}
/** `le 30/06/2025 à 14:05`. */
function frenchDateTime(iso) {
	const date = new Date(iso);
	return `le ${date.toLocaleDateString("fr-FR")} à ${date.toLocaleTimeString("fr-FR", {
		hour: "2-digit",
		minute: "2-digit"
	})}`;
}
/** The French message of an error: a refusal as is, a full disk explained, anything else said plainly. */
function errorText(error) {
	if (error instanceof UserError) return error.message;
	const storage = storageErrorMessage(error);
	if (storage) return storage;
	return `Opération impossible : ${error instanceof Error ? error.message : String(error)}. Rien n'a été modifié.`;
}
function savedText(backup) {
	const count = backup.sessions.length;
	return `Sauvegarde enregistrée (${count === 1 ? `la session « ${backup.sessions[0].name} »` : `${count} sessions`}) : gardez le fichier en lieu sûr, par exemple sur une clé USB.`;
}
export { savedText as i, errorText as n, frenchDateTime as r, downloadBackup as t };
