const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./BackupView-DxEIrp_L.js","./disclose-version-DzsNc0kE.js","./validate-CipAkb3j.js","./rolldown-runtime-CO0Nlsmt.js","./dates-qyPr0vLJ.js","./presets-Cf2HfyzO.js","./stage-C1uuiMv2.js","./text-gjivuZnp.js","./counter-DZzejMC4.js","./conformity-CRa_d-4n.js","./export-Cqf3bT4x.js","./candidates-Dyu0TMUA.js","./checks-CTzZ-No0.js","./regulation-CUY09-RS.js","./session-D2Rp9qN2.js","./numero-lCn5603m.js","./marks-B5B9zhMh.js","./exact-Cpdw3sSx.js","./marks-CjJ86PdP.js","./grids-BLNduPl5.js","./jury-UInpj3f5.js","./results-CXJABGNk.js","./evaluations-Dy1dyfQu.js","./livrets-c3adzeOm.js","./livret-PcoQAaJt.js","./etablissements-1LXKyuA5.js","./sessions-BYURtC4F.js","./regulation-data-CNGROMi6.js","./storage-CeWyakf3.js","./actions-DOj0eUvr.js","./download-61WZdJOK.js","./preload-helper-CALLvQDj.js","./BackupView-DJXrxPY_.css","./ImportWizard-CBOzbWfr.js","./ImportWizard-Dx8_Cr2H.js","./csv-ViKb-jGC.js","./fields-UMAQitue.js","./file-check-Dc5zDjQx.js","./headers-DmUZuWP7.js","./dates-BZmzPFtD.js","./livret-stats-hc6XJB1X.js","./cells-DxylALqc.js","./workbook-pFU-4uMH.js","./ImportWizard-D9_YiKO6.css","./SessionDialog-g1MVwulQ.js","./TextField-DCofANVc.js","./Dialog-B-_s7kvy.js","./Dialog-CuOMghcx.css","./RegulationEditor-a9_doLwD.js","./RegulationEditor-B8CW48qX.css","./SessionDialog-RTlOw072.css","./WorkspaceView-BqGE98W1.js","./paste-DqitN-2x.js","./ConfirmDialog-BlEctrLr.js","./ConfirmDialog-BkA556lj.css","./jury.svelte-i4VcooCb.js","./actions-BpN36JFP.js","./session-state.svelte-B_E1wRI0.js","./Grid-BTS68q7C.js","./Grid-ENSAbHVH.css","./workspace.svelte-t4J-l37F.js","./conformity-D6pSmONf.js","./last-import-2R46sbpf.js","./unsaved-drafts-BwnCVRMY.js","./WorkspaceView-DFwaJNd-.css"])))=>i.map(i=>d[i]);
import { A as append, C as each, D as await_block, E as if_block, F as text, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, O as mount, P as props_id, Q as state, R as event, U as user_effect, V as untrack, Y as sibling, Z as set, at as next, c as bind_value, d as set_attribute, et as user_derived, j as comment, k as set_text, n as onMount, nt as pop, ot as reset, q as first_child, r as prop, rt as push, t as onDestroy, u as remove_input_defaults, v as set_class, x as component, z as get } from "./disclose-version-DzsNc0kE.js";
import { n as countChangesSinceBackup, t as backupStatus } from "./counter-DZzejMC4.js";
import { E as openDatabase } from "./marks-CjJ86PdP.js";
import { f as liveQuery } from "./validate-CipAkb3j.js";
import { i as savedText, n as errorText, r as frenchDateTime, t as downloadBackup } from "./actions-DOj0eUvr.js";
import { t as __vitePreload } from "./preload-helper-CALLvQDj.js";
import { a as whenNoPendingWrites, i as trackPendingWrites, r as confirmLeavingWhileWriting, t as Workspace } from "./workspace.svelte-t4J-l37F.js";
import { t as defaultPreset } from "./presets-Cf2HfyzO.js";
import { t as Dialog } from "./Dialog-B-_s7kvy.js";
// \0vite/modulepreload-polyfill.js
(function polyfill() {
	const relList = document.createElement("link").relList;
	if (relList && relList.supports && relList.supports("modulepreload")) return;
	for (const link of document.querySelectorAll("link[rel=\"modulepreload\"]")) processPreload(link);
	new MutationObserver((mutations) => {
		for (const mutation of mutations) {
			if (mutation.type !== "childList") continue;
			for (const node of mutation.addedNodes) if (node.tagName === "LINK" && node.rel === "modulepreload") processPreload(node);
		}
	}).observe(document, {
		childList: true,
		subtree: true
	});
	function getFetchOpts(link) {
		const fetchOpts = {};
		if (link.integrity) fetchOpts.integrity = link.integrity;
		if (link.referrerPolicy) fetchOpts.referrerPolicy = link.referrerPolicy;
		if (link.crossOrigin === "use-credentials") fetchOpts.credentials = "include";
		else if (link.crossOrigin === "anonymous") fetchOpts.credentials = "omit";
		else fetchOpts.credentials = "same-origin";
		return fetchOpts;
	}
	function processPreload(link) {
		if (link.ep) return;
		link.ep = true;
		const fetchOpts = getFetchOpts(link);
		fetch(link.href, fetchOpts);
	}
})();
// src/ui/backup/BackupReminder.svelte
var root$5 = from_html(`<strong>Avant de clore la délibération, faites une sauvegarde.</strong>`);
var root_1$4 = from_html(`<strong>Pensez à sauvegarder.</strong>`);
var root_2$3 = from_html(`<aside class="reminder svelte-1n1mw45" aria-label="Rappel de sauvegarde"><p class="svelte-1n1mw45"><!> </p> <button type="button" class="primary">Sauvegarder maintenant</button> <button type="button">Plus tard</button></aside>`);
function BackupReminder($$anchor, $$props) {
	push($$props, true);
	let workspace = prop($$props, "workspace", 7);
	let status = state(null);
	/** The count when « Plus tard » was chosen (this tab only). */
	let snoozedAt = state(null);
	let saving = state(false);
	const subscription = liveQuery(() => backupStatus(workspace().db)).subscribe({
		next: (value) => set(status, value, true),
		error: () => set(status, null)
	});
	onDestroy(() => subscription.unsubscribe());
	const deliberationOpen = user_derived(() => workspace().phase === "premier_groupe" || workspace().phase === "premier_groupe_clos");
	const changes = user_derived(() => get(status)?.changes ?? 0);
	const visible = user_derived(() => {
		if (!get(status) || workspace().sessions.length === 0 || get(changes) === 0) return false;
		if (get(snoozedAt) !== null) return get(changes) >= get(snoozedAt) + 30;
		return get(deliberationOpen) || get(changes) >= 30;
	});
	const since = user_derived(() => get(status)?.lastBackupAt ? `depuis la dernière sauvegarde (${frenchDateTime(get(status).lastBackupAt)})` : "sans sauvegarde complète");
	async function save() {
		set(saving, true);
		try {
			const backup = await downloadBackup(workspace().db, "all");
			workspace().notice = {
				kind: "info",
				text: savedText(backup)
			};
			set(snoozedAt, null);
		} catch (error) {
			workspace().notice = {
				kind: "error",
				text: errorText(error)
			};
		} finally {
			set(saving, false);
		}
	}
	var fragment = comment();
	var node = first_child(fragment);
	var consequent_1 = ($$anchor) => {
		var aside = root_2$3();
		var p = child(aside);
		var node_1 = child(p);
		var consequent = ($$anchor) => {
			var strong = root$5();
			append($$anchor, strong);
		};
		var alternate = ($$anchor) => {
			var strong_1 = root_1$4();
			append($$anchor, strong_1);
		};
		if_block(node_1, ($$render) => {
			if (get(deliberationOpen) && get(snoozedAt) === null) $$render(consequent);
			else $$render(alternate, -1);
		});
		var text = sibling(node_1);
		reset(p);
		var button = sibling(p, 2);
		var button_1 = sibling(button, 2);
		reset(aside);
		template_effect(() => {
			set_text(text, ` ${get(changes) === 1 ? "1 modification" : `${get(changes)} modifications`}
      ${get(since) ?? ""}.`);
			button.disabled = get(saving);
		});
		delegated("click", button, save);
		delegated("click", button_1, () => set(snoozedAt, get(changes), true));
		append($$anchor, aside);
	};
	if_block(node, ($$render) => {
		if (get(visible)) $$render(consequent_1);
	});
	append($$anchor, fragment);
	pop();
}
delegate(["click"]);
// ../../@vite-plugin-pwa/virtual:pwa-register
var autoUpdateMode = "false";
var selfDestroying = "false";
var auto = autoUpdateMode === "true";
var autoDestroy = selfDestroying === "true";
function registerSW(options = {}) {
	const { immediate = false, onNeedReload, onNeedRefresh, onOfflineReady, onRegistered, onRegisteredSW, onRegisterError } = options;
	let wb;
	let registerPromise;
	let sendSkipWaitingMessage;
	const updateServiceWorker = async (_reloadPage = true) => {
		await registerPromise;
		if (!auto) sendSkipWaitingMessage?.();
	};
	async function register() {
		if ("serviceWorker" in navigator) {
			wb = await __vitePreload(async () => {
				const { Workbox } = await import("./workbox-window.prod.es5-CzJxx9q2.js");
				return { Workbox };
			}, [], import.meta.url).then(({ Workbox }) => {
				return new Workbox("./sw.js", {
					scope: "./",
					type: "classic"
				});
			}).catch((e) => {
				onRegisterError?.(e);
			});
			if (!wb) return;
			sendSkipWaitingMessage = () => {
				wb?.messageSkipWaiting();
			};
			if (!autoDestroy) {
				if (auto) {
					wb.addEventListener("activated", (event) => {
						if (event.isUpdate || event.isExternal) {
							if (onNeedReload) onNeedReload();
							else window.location.reload();
						}
					});
					wb.addEventListener("installed", (event) => {
						if (!event.isUpdate) onOfflineReady?.();
					});
				} else {
					let onNeedRefreshCalled = false;
					const showSkipWaitingPrompt = () => {
						onNeedRefreshCalled = true;
						wb?.addEventListener("controlling", (event) => {
							if (event.isUpdate) {
								if (onNeedReload) onNeedReload();
								else window.location.reload();
							}
						});
						onNeedRefresh?.();
					};
					wb.addEventListener("installed", (event) => {
						if (typeof event.isUpdate === "undefined") {
							if (typeof event.isExternal !== "undefined") {
								if (event.isExternal) showSkipWaitingPrompt();
								else !onNeedRefreshCalled && onOfflineReady?.();
							} else !onNeedRefreshCalled && onOfflineReady?.();
						} else if (!event.isUpdate) onOfflineReady?.();
					});
					wb.addEventListener("waiting", showSkipWaitingPrompt);
				}
			}
			wb.register({ immediate }).then((r) => {
				if (onRegisteredSW) onRegisteredSW("./sw.js", r);
				else onRegistered?.(r);
			}).catch((e) => {
				onRegisterError?.(e);
			});
		}
	}
	registerPromise = register();
	return updateServiceWorker;
}
// src/ui/backup/pwa.ts
/**
* The offline app's service worker, seen from the page (vite-plugin-pwa, registerType 'prompt').
*
* A new version is downloaded in the background and then WAITS: nothing changes under the user's feet. The
* page is told (`onNeedRefresh`) and the user chooses when to reload. Only the tab where the user asked for
* it reloads; other open tabs are told the new version is active (`onNewVersionActive`) and keep working
* until their user reloads them (their data is in IndexedDB: nothing is lost either way).
* In development and in tests `virtual:pwa-register` is a no-op.
*/
/** How often a long-open tab (a whole jury day) checks for a new version, when online. */
var UPDATE_CHECK_MS = 36e5;
function startServiceWorker(events) {
	let requestedHere = false;
	const container = typeof navigator !== "undefined" ? navigator.serviceWorker : void 0;
	let controlled = container?.controller != null;
	container?.addEventListener("controllerchange", () => {
		if (!controlled) {
			controlled = true;
			return;
		}
		if (requestedHere) location.reload();
		else events.onNewVersionActive();
	});
	const update = registerSW({
		onNeedRefresh: () => events.onNeedRefresh(),
		onOfflineReady: () => events.onOfflineReady(),
		onNeedReload: () => void 0,
		onRegisteredSW: (_url, registration) => {
			if (!registration) return;
			setInterval(() => {
				if (navigator.onLine) registration.update().catch(() => void 0);
			}, UPDATE_CHECK_MS);
		},
		onRegisterError: () => void 0
	});
	return { async activateUpdate() {
		requestedHere = true;
		await update(true);
	} };
}
// src/ui/backup/UpdatePrompt.svelte
var root$4 = from_html(`<p class="warning svelte-1hmgpom">Une saisie est en cours : validez-la (Entrée) ou annulez-la (Échap), puis rechargez.</p>`);
var root_1$3 = from_html(`<div class="card svelte-1hmgpom"><p class="svelte-1hmgpom"><strong>Nouvelle version disponible.</strong> <!></p> <!> <div class="actions svelte-1hmgpom"><button type="button" class="primary">Recharger</button> <button type="button">Plus tard</button></div></div>`);
var root_2$2 = from_html(`<p class="ready svelte-1hmgpom"><span>Délib est prêt à fonctionner hors ligne.</span> <button type="button" class="svelte-1hmgpom">OK</button></p>`);
var root_3$2 = from_html(`<div class="update-prompt svelte-1hmgpom" role="status" aria-live="polite"><!></div>`);
function UpdatePrompt($$anchor, $$props) {
	push($$props, true);
	/** `storageReady`: the data can be stored; « prêt hors ligne » is said only then (without storage, nothing works offline). */
	let db = prop($$props, "db", 3, null), storageReady = prop($$props, "storageReady", 3, true);
	let needRefresh = state(false);
	let activeElsewhere = state(false);
	let offlineReady = state(false);
	let busy = state(false);
	let editing = state(false);
	let control = null;
	let readyTimer;
	onMount(() => {
		control = startServiceWorker({
			onNeedRefresh: () => set(needRefresh, true),
			onOfflineReady: () => {
				set(offlineReady, true);
				readyTimer = setTimeout(() => set(offlineReady, false), 1e4);
			},
			onNewVersionActive: () => {
				set(needRefresh, false);
				set(activeElsewhere, true);
			}
		});
	});
	onDestroy(() => clearTimeout(readyTimer));
	/** A grid cell being edited, or an open dialog (candidate form, reason for a change…). */
	function editInProgress() {
		return document.querySelector(".ag-cell-inline-editing, .ag-popup-editor, dialog[open]") !== null;
	}
	/**
	* Resolves once every write already started by this page is committed: IndexedDB runs read-write transactions
	* over the same tables one after the other, so an empty one over every table waits for the others. (Clicking
	* this button ends a grid edit, and the grid saves the value just before the click.)
	*/
	async function writesSettled() {
		if (db()?.isOpen()) await db().transaction("rw", db().tables, () => void 0).catch(() => void 0);
		await whenNoPendingWrites();
	}
	async function reload() {
		set(editing, editInProgress(), true);
		if (get(editing)) return;
		set(busy, true);
		await writesSettled();
		if (get(activeElsewhere)) {
			location.reload();
			return;
		}
		await control?.activateUpdate();
	}
	function later() {
		set(needRefresh, false);
		set(activeElsewhere, false);
		set(editing, false);
	}
	var div = root_3$2();
	var node = child(div);
	var consequent_2 = ($$anchor) => {
		var div_1 = root_1$3();
		var p = child(div_1);
		var node_1 = sibling(child(p), 2);
		var consequent = ($$anchor) => {
			var text$1 = text("Elle est déjà active dans un autre onglet : rechargez cette page quand vous voulez.");
			append($$anchor, text$1);
		};
		var alternate = ($$anchor) => {
			var text_1 = text("Vos données sont enregistrées : rechargez quand vous voulez.");
			append($$anchor, text_1);
		};
		if_block(node_1, ($$render) => {
			if (get(activeElsewhere)) $$render(consequent);
			else $$render(alternate, -1);
		});
		reset(p);
		var node_2 = sibling(p, 2);
		var consequent_1 = ($$anchor) => {
			var p_1 = root$4();
			append($$anchor, p_1);
		};
		if_block(node_2, ($$render) => {
			if (get(editing)) $$render(consequent_1);
		});
		var div_2 = sibling(node_2, 2);
		var button = child(div_2);
		var button_1 = sibling(button, 2);
		reset(div_2);
		reset(div_1);
		template_effect(() => button.disabled = get(busy));
		delegated("click", button, reload);
		delegated("click", button_1, later);
		append($$anchor, div_1);
	};
	var consequent_3 = ($$anchor) => {
		var p_2 = root_2$2();
		var button_2 = sibling(child(p_2), 2);
		reset(p_2);
		delegated("click", button_2, () => set(offlineReady, false));
		append($$anchor, p_2);
	};
	if_block(node, ($$render) => {
		if (get(needRefresh) || get(activeElsewhere)) $$render(consequent_2);
		else if (get(offlineReady) && storageReady()) $$render(consequent_3, 1);
	});
	reset(div);
	append($$anchor, div);
	pop();
}
delegate(["click"]);
// src/ui/EmptyState.svelte
var root$3 = from_html(`<section class="empty-state svelte-1kdgx74" aria-labelledby="empty-state-title"><h2 id="empty-state-title" class="svelte-1kdgx74">Aucune session</h2> <p class="svelte-1kdgx74">Rien n’est encore enregistré. Vos données restent dans ce navigateur (IndexedDB)&nbsp;: aucun serveur, rien n’est envoyé sur Internet.</p> <div class="actions svelte-1kdgx74"><button type="button" class="primary">Charger un exemple</button> <button type="button">Nouvelle session</button> <button type="button">Importer un fichier</button> <button type="button">Restaurer une sauvegarde</button></div> <p class="note svelte-1kdgx74">L’exemple est une session fictive de 170 candidats, sur le modèle de la session 2023 de l’académie de Toulouse (13 établissements) : de quoi essayer la
    saisie, les moyennes et les décisions sans rien risquer.</p> <!> <!></section> <!>`, 1);
function EmptyState($$anchor, $$props) {
	push($$props, true);
	const onDemand = {
		backup: () => __vitePreload(() => import("./BackupView-DxEIrp_L.js"), __vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32]), import.meta.url),
		importWizard: () => __vitePreload(() => import("./ImportWizard-CBOzbWfr.js"), __vite__mapDeps([33,34,1,35,3,36,16,17,14,37,38,9,4,6,39,15,24,5,40,41,12,13,7,30,42,31,43]), import.meta.url),
		sessionDialog: () => __vitePreload(() => import("./SessionDialog-g1MVwulQ.js"), __vite__mapDeps([44,1,45,46,47,5,6,12,13,14,15,48,27,49,50]), import.meta.url)
	};
	let creating = state(false);
	let sessionDialogLoaded = state(false);
	let importing = state(false);
	let restoring = state(false);
	let loading = state(false);
	async function loadExample() {
		set(loading, true);
		await $$props.workspace.loadExample();
		set(loading, false);
	}
	var fragment = root$3();
	var section = first_child(fragment);
	var div = sibling(child(section), 4);
	var button = child(div);
	var button_1 = sibling(button, 2);
	var button_2 = sibling(button_1, 2);
	var button_3 = sibling(button_2, 2);
	reset(div);
	var node = sibling(div, 4);
	var consequent = ($$anchor) => {
		var fragment_1 = comment();
		var node_1 = first_child(fragment_1);
		await_block(node_1, () => onDemand.backup(), null, ($$anchor, $$source) => {
			var $$value = user_derived(() => {
				var { default: BackupView } = get($$source);
				return { BackupView };
			});
			var BackupView = user_derived(() => get($$value).BackupView);
			var fragment_2 = comment();
			var node_2 = first_child(fragment_2);
			component(node_2, () => get(BackupView), ($$anchor, BackupView_1) => {
				BackupView_1($$anchor, { get workspace() {
					return $$props.workspace;
				} });
			});
			append($$anchor, fragment_2);
		});
		append($$anchor, fragment_1);
	};
	if_block(node, ($$render) => {
		if (get(restoring)) $$render(consequent);
	});
	var node_3 = sibling(node, 2);
	var consequent_1 = ($$anchor) => {
		var fragment_3 = comment();
		var node_4 = first_child(fragment_3);
		await_block(node_4, () => onDemand.importWizard(), null, ($$anchor, $$source) => {
			var $$value = user_derived(() => {
				var { default: ImportWizard } = get($$source);
				return { ImportWizard };
			});
			var ImportWizard = user_derived(() => get($$value).ImportWizard);
			var fragment_4 = comment();
			var node_5 = first_child(fragment_4);
			{
				let $0 = user_derived(() => ({
					regulation: defaultPreset,
					year: (/* @__PURE__ */ new Date()).getFullYear(),
					etablissements: [],
					candidates: [],
					marks: []
				}));
				component(node_5, () => get(ImportWizard), ($$anchor, ImportWizard_1) => {
					ImportWizard_1($$anchor, {
						target: "",
						get snapshot() {
							return get($0);
						},
						apply: (plan, fileName, onProgress, signal) => $$props.workspace.importIntoNewSession(plan, fileName, defaultPreset.id, onProgress, signal),
						onclose: () => set(importing, false)
					});
				});
			}
			append($$anchor, fragment_4);
		});
		append($$anchor, fragment_3);
	};
	if_block(node_3, ($$render) => {
		if (get(importing)) $$render(consequent_1);
	});
	reset(section);
	var node_6 = sibling(section, 2);
	var consequent_2 = ($$anchor) => {
		var fragment_5 = comment();
		var node_7 = first_child(fragment_5);
		await_block(node_7, () => onDemand.sessionDialog(), null, ($$anchor, $$source) => {
			var $$value = user_derived(() => {
				var { default: SessionDialog } = get($$source);
				return { SessionDialog };
			});
			var SessionDialog = user_derived(() => get($$value).SessionDialog);
			var fragment_6 = comment();
			var node_8 = first_child(fragment_6);
			component(node_8, () => get(SessionDialog), ($$anchor, SessionDialog_1) => {
				SessionDialog_1($$anchor, {
					get workspace() {
						return $$props.workspace;
					},
					get open() {
						return get(creating);
					},
					set open($$value) {
						set(creating, $$value, true);
					}
				});
			});
			append($$anchor, fragment_6);
		});
		append($$anchor, fragment_5);
	};
	if_block(node_6, ($$render) => {
		if (get(sessionDialogLoaded)) $$render(consequent_2);
	});
	template_effect(() => {
		button.disabled = get(loading);
		set_attribute(button_2, "aria-expanded", get(importing));
		set_attribute(button_3, "aria-expanded", get(restoring));
	});
	delegated("click", button, loadExample);
	delegated("click", button_1, () => set(creating, set(sessionDialogLoaded, true), true));
	delegated("click", button_2, () => set(importing, !get(importing)));
	delegated("click", button_3, () => set(restoring, !get(restoring)));
	append($$anchor, fragment);
	pop();
}
delegate(["click"]);
// src/ui/StorageProblem.svelte
var root$2 = from_html(`<li> </li>`);
var root_1$2 = from_html(`<section class="storage-problem svelte-3rrpwy" role="alert" aria-labelledby="storage-problem-title"><h2 id="storage-problem-title" class="svelte-3rrpwy">Délib ne peut pas enregistrer de données dans ce navigateur</h2> <p class="what svelte-3rrpwy"> </p> <ul></ul> <p><button type="button">Recharger la page</button></p> <details><summary>Détail technique</summary> <p class="detail svelte-3rrpwy"> </p></details></section>`);
function StorageProblem($$anchor, $$props) {
	push($$props, true);
	var section = root_1$2();
	var p = sibling(child(section), 2);
	var text = only_child(p, true);
	var ul = sibling(p, 2);
	each(ul, 20, () => $$props.failure.advice, (line) => line, ($$anchor, line) => {
		var li = root$2();
		var text_1 = only_child(li, true);
		template_effect(() => set_text(text_1, line));
		append($$anchor, li);
	});
	reset(ul);
	var p_1 = sibling(ul, 2);
	var button = only_child(p_1);
	var details = sibling(p_1, 2);
	var p_2 = sibling(child(details), 2);
	var text_2 = only_child(p_2, true);
	reset(details);
	reset(section);
	template_effect(() => {
		set_text(text, $$props.failure.title);
		set_text(text_2, $$props.failure.detail);
	});
	delegated("click", button, () => location.reload());
	append($$anchor, section);
	pop();
}
delegate(["click"]);
// src/ui/jury/TabMemberChip.svelte
var root$1 = from_html(`<span>Saisie : <strong class="svelte-glsby"> </strong> <span class="scope svelte-glsby">(cet onglet)</span></span>`);
var root_1$1 = from_html(`<span>Membre du jury de cet onglet : <strong class="svelte-glsby">non indiqué</strong></span>`);
var root_2$1 = from_html(`<p class="tab-member svelte-glsby"><!> <button type="button" class="change svelte-glsby"> </button></p>`);
var root_3$1 = from_html(`<p class="field-error"> </p>`);
var root_4$1 = from_html(`<form novalidate=""><p class="hint">La délibération est ouverte : chaque modification est inscrite au journal avec le nom du membre du jury qui l'a faite. Chaque onglet ou fenêtre a son
      propre membre.</p> <div class="field"><label>Membre du jury (dans cet onglet)</label> <input type="text" autocomplete="name" maxlength="100" data-autofocus=""/></div> <!> <div class="actions"><button type="button">Plus tard</button> <button type="submit" class="primary">Valider</button></div></form>`);
var root_5$1 = from_html(`<!> <!>`, 1);
function TabMemberChip($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	let workspace = prop($$props, "workspace", 7);
	const member = user_derived(() => workspace().member);
	const deliberating = user_derived(() => workspace().session !== null && workspace().phase !== "preparation");
	let asked = state(false);
	/** « Plus tard »: not asked again by itself (a change is then refused until a member is given). */
	let dismissed = false;
	let draft = state("");
	let error = state("");
	user_effect(() => {
		if (get(deliberating) && get(member).name === "" && !get(asked) && !dismissed) open();
	});
	function open() {
		set(draft, get(member).name, true);
		set(error, "");
		set(asked, true);
	}
	function submit(event) {
		event.preventDefault();
		const refused = get(member).set(get(draft));
		if (refused) {
			set(error, refused, true);
			return;
		}
		set(asked, false);
		workspace().notice = {
			kind: "info",
			text: `Membre du jury de cet onglet : ${get(member).name}. Ses modifications sont inscrites à ce nom au journal.`
		};
	}
	var fragment = root_5$1();
	var node = first_child(fragment);
	var consequent_1 = ($$anchor) => {
		var p = root_2$1();
		var node_1 = child(p);
		var consequent = ($$anchor) => {
			var span = root$1();
			var strong = sibling(child(span));
			var text = only_child(strong, true);
			next(2);
			reset(span);
			template_effect(() => set_text(text, get(member).name));
			append($$anchor, span);
		};
		var alternate = ($$anchor) => {
			var span_1 = root_1$1();
			append($$anchor, span_1);
		};
		if_block(node_1, ($$render) => {
			if (get(member).name) $$render(consequent);
			else $$render(alternate, -1);
		});
		var button = sibling(node_1, 2);
		var text_1 = only_child(button, true);
		reset(p);
		template_effect(() => set_text(text_1, get(member).name ? "Changer" : "Indiquer"));
		delegated("click", button, open);
		append($$anchor, p);
	};
	if_block(node, ($$render) => {
		if (get(member).name || get(deliberating)) $$render(consequent_1);
	});
	var node_2 = sibling(node, 2);
	Dialog(node_2, {
		title: "Qui saisit dans cet onglet ?",
		onclose: () => dismissed = get(member).name === "",
		get open() {
			return get(asked);
		},
		set open($$value) {
			set(asked, $$value, true);
		},
		children: ($$anchor, $$slotProps) => {
			var form = root_4$1();
			var p_1 = child(form);
			var div = sibling(p_1, 2);
			var label = child(div);
			var input = sibling(label, 2);
			remove_input_defaults(input);
			reset(div);
			var node_3 = sibling(div, 2);
			var consequent_2 = ($$anchor) => {
				var p_2 = root_3$1();
				var text_2 = only_child(p_2, true);
				template_effect(() => {
					set_attribute(p_2, "id", `${uid}-error`);
					set_text(text_2, get(error));
				});
				append($$anchor, p_2);
			};
			if_block(node_3, ($$render) => {
				if (get(error)) $$render(consequent_2);
			});
			var div_1 = sibling(node_3, 2);
			var button_1 = child(div_1);
			next(2);
			reset(div_1);
			reset(form);
			template_effect(() => {
				set_attribute(p_1, "id", `${uid}-why`);
				set_attribute(label, "for", `${uid}-name`);
				set_attribute(input, "id", `${uid}-name`);
				set_attribute(input, "aria-invalid", get(error) ? "true" : void 0);
				set_attribute(input, "aria-describedby", get(error) ? `${uid}-error` : `${uid}-why`);
			});
			event("submit", form, submit);
			bind_value(input, () => get(draft), ($$value) => set(draft, $$value));
			delegated("click", button_1, () => set(asked, false));
			append($$anchor, form);
		},
		$$slots: { default: true }
	});
	append($$anchor, fragment);
	pop();
}
delegate(["click"]);
// src/ui/App.svelte
var root = from_html(`&nbsp;· <span class="current-regulation"> </span>`, 1);
var root_1 = from_html(`<p class="current svelte-1ocnzw1"> <!></p>`);
var root_2 = from_html(`<p class="banner error svelte-1ocnzw1" role="alert">Une version plus récente de Délib est ouverte dans un autre onglet. Rechargez cette page pour continuer : vos données sont enregistrées. <button type="button">Recharger</button></p>`);
var root_3 = from_html(`<button type="button"> </button>`);
var root_4 = from_html(`<p> <!> <button type="button" class="close svelte-1ocnzw1" aria-label="Fermer le message">×</button></p>`);
var root_5 = from_html(`<p>Chargement…</p>`);
var root_6 = from_html(`<p>Chargement de l'espace de travail…</p>`);
var root_7 = from_html(`<p class="banner error svelte-1ocnzw1" role="alert"> </p>`);
var root_8 = from_html(`<div><header class="site-header svelte-1ocnzw1"><div class="container wide header-row svelte-1ocnzw1"><div class="brand-line svelte-1ocnzw1"><h1 class="brand svelte-1ocnzw1">Délib</h1> <p class="tagline svelte-1ocnzw1">Résultats et délibération du BTS</p></div> <!> <!> <!></div></header> <main><!> <!> <div class="notices" role="status" aria-live="polite"><!></div> <!></main></div>`);
function App($$anchor, $$props) {
	push($$props, true);
	let databaseName = prop($$props, "databaseName", 3, "delib");
	let upgradeElsewhere = state(false);
	const name = untrack(() => databaseName());
	const workspace = new Workspace(openDatabase(name, {
		onVersionChange: () => set(upgradeElsewhere, true),
		addons: [countChangesSinceBackup, trackPendingWrites]
	}));
	/** The notes screen's code (AG Grid…), loaded once; asked for as soon as a session is to be opened, while its
	* records are still being read, not after. */
	let workspaceView = null;
	const loadWorkspaceView = () => __vitePreload(() => import("./WorkspaceView-BqGE98W1.js"), __vite__mapDeps([51,1,52,36,16,17,14,35,3,37,38,9,4,6,39,21,13,53,46,47,54,30,55,2,5,7,15,18,12,19,20,56,28,57,58,59,31,60,11,25,61,26,27,23,24,62,63,64]), import.meta.url);
	const workspaceViewLoaded = () => workspaceView ??= loadWorkspaceView();
	user_effect(() => {
		if (workspace.openSessionId !== null) workspaceViewLoaded();
	});
	onMount(() => {
		workspace.start();
		return confirmLeavingWhileWriting();
	});
	onDestroy(() => workspace.stop());
	var div = root_8();
	let classes;
	var header = child(div);
	var div_1 = child(header);
	var node = sibling(child(div_1), 2);
	TabMemberChip(node, { get workspace() {
		return workspace;
	} });
	var node_1 = sibling(node, 2);
	{
		let $0 = user_derived(() => workspace.ready && !workspace.storageProblem);
		UpdatePrompt(node_1, {
			get db() {
				return workspace.db;
			},
			get storageReady() {
				return get($0);
			}
		});
	}
	var node_2 = sibling(node_1, 2);
	var consequent_1 = ($$anchor) => {
		var p = root_1();
		var text = child(p);
		var node_3 = sibling(text);
		var consequent = ($$anchor) => {
			var fragment = root();
			var span = sibling(first_child(fragment));
			var text_1 = only_child(span);
			template_effect(() => set_text(text_1, `Réglementation : ${workspace.regulation.name ?? ""}`));
			append($$anchor, fragment);
		};
		if_block(node_3, ($$render) => {
			if (workspace.regulation) $$render(consequent);
		});
		reset(p);
		template_effect(() => set_text(text, `Session : ${workspace.session.name ?? ""}`));
		append($$anchor, p);
	};
	if_block(node_2, ($$render) => {
		if (workspace.session) $$render(consequent_1);
	});
	reset(div_1);
	reset(header);
	var main = sibling(header, 2);
	let classes_1;
	var node_4 = child(main);
	var consequent_2 = ($$anchor) => {
		var p_1 = root_2();
		var button = sibling(child(p_1));
		reset(p_1);
		delegated("click", button, () => location.reload());
		append($$anchor, p_1);
	};
	if_block(node_4, ($$render) => {
		if (get(upgradeElsewhere)) $$render(consequent_2);
	});
	var node_5 = sibling(node_4, 2);
	BackupReminder(node_5, { get workspace() {
		return workspace;
	} });
	var div_2 = sibling(node_5, 2);
	var node_6 = child(div_2);
	var consequent_4 = ($$anchor) => {
		var p_2 = root_4();
		var text_2 = child(p_2);
		var node_7 = sibling(text_2);
		var consequent_3 = ($$anchor) => {
			var button_1 = root_3();
			var text_3 = only_child(button_1);
			template_effect(() => set_text(text_3, `Annuler : ${workspace.undo.label ?? ""}`));
			delegated("click", button_1, () => workspace.undo?.run());
			append($$anchor, button_1);
		};
		if_block(node_7, ($$render) => {
			if (workspace.undo) $$render(consequent_3);
		});
		var button_2 = sibling(node_7, 2);
		reset(p_2);
		template_effect(() => {
			set_class(p_2, 1, `banner ${workspace.notice.kind ?? ""}`, "svelte-1ocnzw1");
			set_text(text_2, `${workspace.notice.text ?? ""} `);
		});
		delegated("click", button_2, () => workspace.notice = null);
		append($$anchor, p_2);
	};
	if_block(node_6, ($$render) => {
		if (workspace.notice) $$render(consequent_4);
	});
	reset(div_2);
	var node_8 = sibling(div_2, 2);
	var consequent_5 = ($$anchor) => {
		StorageProblem($$anchor, { get failure() {
			return workspace.storageProblem;
		} });
	};
	var consequent_6 = ($$anchor) => {
		var p_3 = root_5();
		append($$anchor, p_3);
	};
	var consequent_7 = ($$anchor) => {
		var fragment_2 = comment();
		var node_9 = first_child(fragment_2);
		await_block(node_9, workspaceViewLoaded, ($$anchor) => {
			var p_4 = root_6();
			append($$anchor, p_4);
		}, ($$anchor, $$source) => {
			var $$value = user_derived(() => {
				var { default: WorkspaceView } = get($$source);
				return { WorkspaceView };
			});
			var WorkspaceView = user_derived(() => get($$value).WorkspaceView);
			var fragment_3 = comment();
			var node_10 = first_child(fragment_3);
			component(node_10, () => get(WorkspaceView), ($$anchor, WorkspaceView_1) => {
				WorkspaceView_1($$anchor, {
					get workspace() {
						return workspace;
					},
					get regulation() {
						return workspace.regulation;
					}
				});
			});
			append($$anchor, fragment_3);
		});
		append($$anchor, fragment_2);
	};
	var consequent_8 = ($$anchor) => {
		var p_5 = root_7();
		var text_4 = only_child(p_5);
		template_effect(() => set_text(text_4, `La réglementation « ${workspace.session.presetId ?? ""} » de cette session est inconnue de cette version de Délib.`));
		append($$anchor, p_5);
	};
	var alternate = ($$anchor) => {
		EmptyState($$anchor, { get workspace() {
			return workspace;
		} });
	};
	if_block(node_8, ($$render) => {
		if (workspace.storageProblem) $$render(consequent_5);
		else if (!workspace.ready) $$render(consequent_6, 1);
		else if (workspace.session && workspace.regulation) $$render(consequent_7, 2);
		else if (workspace.session) $$render(consequent_8, 3);
		else $$render(alternate, -1);
	});
	reset(main);
	reset(div);
	template_effect(() => {
		classes = set_class(div, 1, "app svelte-1ocnzw1", null, classes, { fill: !!workspace.session });
		classes_1 = set_class(main, 1, "container wide svelte-1ocnzw1", null, classes_1, { fill: !!workspace.session });
	});
	append($$anchor, div);
	pop();
}
delegate(["click"]);
// src/main.ts
var target = document.getElementById("app");
if (!target) throw new Error("Élément #app introuvable dans index.html");
mount(App, { target });
