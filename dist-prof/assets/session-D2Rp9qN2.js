// src/domain/session.ts
var ETABLISSEMENT_TYPE_LABELS = {
	public: "Public",
	prive_sous_contrat: "Privé sous contrat",
	prive_hors_contrat: "Privé hors contrat",
	cfa_habilite: "CFA habilité",
	cfa_non_habilite: "CFA non habilité",
	greta: "GRETA",
	distance: "Enseignement à distance"
};
var STATUT_LABELS = {
	scolaire: "Scolaire",
	apprenti: "Apprenti",
	formation_continue: "Formation continue",
	individuel: "Candidat individuel",
	distance: "Enseignement à distance"
};
var CONTROLE_PREFIX = "controle_";
/** Key of a contrôle entry, in mark records and in files: `controle_E1`. */
var controleKey = (code) => `${CONTROLE_PREFIX}${code}`;
/** Splits a candidate's stored marks into the engine's input: first-group marks and contrôle entries. */
function candidateMarksOf(records) {
	const marks = {};
	const controle = {};
	for (const record of records) if (record.unit.startsWith("controle_")) controle[record.unit.slice(9)] = record.value;
	else marks[record.unit] = record.value;
	return {
		marks,
		controle
	};
}
var DELIBERATION_PHASE_LABELS = {
	preparation: "Préparation (avant la délibération)",
	premier_groupe: "Délibération du 1er groupe ouverte",
	premier_groupe_clos: "1er groupe clos — épreuves de contrôle",
	second_groupe_clos: "Délibération close"
};
/** `03/07/2024 à 14:30, salle B12` (the parts that are set), for the journal and the screens. */
function formatControleSlot(slot) {
	if (!slot) return "non convoqué";
	const date = slot.date ? slot.date.split("-").reverse().join("/") : "date à fixer";
	const parts = [slot.time ? `${date} à ${slot.time}` : date];
	if (slot.room) parts.push(`salle ${slot.room}`);
	return parts.join(", ");
}
export { candidateMarksOf as a, STATUT_LABELS as i, DELIBERATION_PHASE_LABELS as n, controleKey as o, ETABLISSEMENT_TYPE_LABELS as r, formatControleSlot as s, CONTROLE_PREFIX as t };
