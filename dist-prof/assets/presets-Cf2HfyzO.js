import { t as CCST_STAGE_RULE } from "./stage-C1uuiMv2.js";
// src/domain/presets/bts-ccst-2024/conformity.ts
/** CCST 2024 (national circular 2024, §2 and annexe 4): E4 fiche annexe 6 / 7, U61 fiche de projet annexe 14 / 15, U62 dossier + fiche 18 / 19. */
var CCST_2024_CONFORMITY = [
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
// src/domain/presets/bts-ccst-2024/grids.ts
var CCST_2024_REGULATION_ID = "bts-ccst-2024";
var BANNER = "BTS CONSEIL ET COMMERCIALISATION DE SOLUTIONS TECHNIQUES";
var OBSERVATIONS = "Observations au regard des compétences évaluées";
var INTERVIEW = "2. Entretien avec la commission d’évaluation";
var CONCLUSION = "Conclusion de la commission d’évaluation";
var LEGEND = "TI : Très insuffisant - I : Insuffisant - S : Satisfaisant - TS : Très satisfaisant";
var CRITERIA_HEADING = "Critères d’évaluation";
var SIGN_OFF = "Émargement des membres de la commission d’évaluation";
/** Identification boxes of annexes 10, 11, 13, 16, 17, 20, 21. */
var IDENTIFICATION = [
	"Académie",
	"Session 2024",
	"Nom et prénom du candidat",
	"N° du candidat"
];
var EXAM_DATE = "Date de l’épreuve";
var ANNEXE_12_NOTE = "Annexe 12 : tableau à quatre colonnes extrait cellule après cellule ; les huit lignes d’indications sont reconstituées dans l’ordre d’extraction.";
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
var LEGEND_SCALE = {
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
var E4_SCALE = {
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
var BARE_SCALE = {
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
var EF3_SCALE = {
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
var E22 = {
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
var E4_TITLE = "EPREUVE E4 : CONCEPTION ET COMMERCIALISATION DE SOLUTIONS TECHNICO-COMMERCIALES";
/** Situation 1 criteria (C1.1, C1.3), then situation 2 (C1.2, C1.4, C1.5); annexe 11 lists all ten. */
var E4_CRITERIA = criteria([
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
var E4_CCF = {
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
var E4_PONCTUEL = {
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
var E5 = {
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
var U61_CCF = {
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
var U61_PONCTUEL = {
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
var U62_CCF = {
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
var U62_PONCTUEL = {
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
var EF3 = {
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
var ccst2024Grids = Object.freeze([
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
var CCST_2024_LIVRET = Object.freeze({
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
var btsCcst2024 = {
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
var CCST_2025_ID = "bts-ccst-2025";
/** Unit code of session 2024 → unit code from session 2025 (arrêté of 2024, stage annex) [texte]. */
var CCST_2024_TO_2025 = Object.freeze({
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
var core = {
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
var grids = ccst2024Grids.map((grid) => ({
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
var livret = {
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
var conformity = CCST_2024_CONFORMITY.map((spec) => {
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
var btsCcst2025 = {
	...core,
	grids,
	livret,
	conformity,
	stage: CCST_STAGE_RULE
};
// src/domain/presets/index.ts
/** Every built-in preset, by id, in the order « Nouvelle session » proposes them. */
var presets = {
	[btsCcst2025.id]: btsCcst2025,
	[btsCcst2024.id]: btsCcst2024
};
/** The preset used where none is named (CLI without --preset, old files): session 2024, as before. */
var defaultPreset = btsCcst2024;
function getPreset(id) {
	return Object.hasOwn(presets, id) ? presets[id] : void 0;
}
/** The built-in preset for a session year: the latest whose first session is not after it. */
function presetForYear(year) {
	return Object.values(presets).filter((p) => p.firstSession <= year).sort((a, b) => b.firstSession - a.firstSession)[0] ?? defaultPreset;
}
export { btsCcst2024 as a, presets as i, getPreset as n, CCST_2024_REGULATION_ID as o, presetForYear as r, ccst2024Grids as s, defaultPreset as t };
