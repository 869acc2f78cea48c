/**
 * The workspace state: the sessions, the open session's data (live from IndexedDB through liveQuery and, for
 * the marks, a MarksFeed: other tabs' edits show up too), the derived rows with their results, and the user's
 * actions. Every action is one repository call, i.e. one Dexie transaction.
 *
 * At 50,000 candidates the rows are not rebuilt on every change: a mark edit recomputes its candidate's row
 * only (see `views`), and is shown before it is committed (see `setMark`).
 */
import { liveQuery, type Subscription } from 'dexie';
import { formatMark, type ControleMark, type Mark } from '../../domain/marks.ts';
import { getPreset } from '../../domain/presets/index.ts';
import { sameRegulation, type Regulation } from '../../domain/regulation.ts';
import { countOf } from '../../domain/count.ts';
import type { Decision } from '../../domain/results.ts';
import {
  CONTROLE_PREFIX,
  type Candidate,
  type Deliberation,
  type DeliberationPhase,
  type Etablissement,
  type ExamSession,
  type MarkRecord,
} from '../../domain/session.ts';
import {
  addCandidate,
  candidatesOfSession,
  candidatesPage,
  deleteCandidates,
  listCandidates,
  restoreCandidates,
  updateCandidates,
  type CandidateUpdate,
} from '../../db/candidates.ts';
import { sameData } from '../../db/same-data.ts';
import type { DelibDatabase } from '../../db/database.ts';
import {
  addEtablissement,
  addEtablissements,
  deleteEtablissement,
  deleteEtablissements,
  listEtablissements,
  updateEtablissements,
  type EtablissementUpdate,
} from '../../db/etablissements.ts';
import type { PastedEtablissement } from '../../io/import/paste-etablissements.ts';
import { marksByCandidate, setBenefice, setMark } from '../../db/marks.ts';
import { listConformity, nvReasonChoices, setNvWithReasons, type NvReasonChoices } from '../../db/conformity.ts';
import type { Annexe4Item, ConformityRecord } from '../../domain/conformity.ts';
import { createSession, createSessionWithContent, deleteSession, listSessions, updateSession, type SessionChanges } from '../../db/sessions.ts';
import { normalizeSearchText } from '../../db/search-key.ts';
import { storageFailure, type StorageFailure } from '../../db/storage.ts';
import { getSetting, setSetting } from '../../db/settings.ts';
import { errorNotice, runAction, type Notice, type UndoAction } from './actions.ts';
import { markChangeNeedsReason, markEditable } from '../../domain/phase-policy.ts';
import { lastImport, lastImportOf } from '../../db/last-import.ts';
import type { ImportUndo, LastImport } from '../../domain/import-undo.ts';
import type { ImportedSession } from '../../db/imports.ts';
import type { CsvCell } from '../../io/csv.ts';
import type { ImportPlan, SessionSnapshot } from '../../io/import/types.ts';
import { recordHistory } from './edit-history.ts';
import { checkHistory } from './conformity-history.ts';
import { LivretHistory } from './livret-history.ts';
import { MarkHistory } from './mark-history.ts';
import { buildViews, buildViewsInSlices, countDecisions, patchViews, resultsRows, VIEW_SLICE, type CandidateView } from './candidate-view.ts';
import { MarksFeed, type MarksChange } from './marks-feed.ts';
import { trackWrite } from './pending-writes.ts';
import { TabMember } from './tab-member.svelte.ts';
import { freeSessionName, sessionNameTaken } from '../../domain/session-names.ts';
import { AT_CONTROLE, CandidateFilters, NotesFilters, type DecisionFilter } from './candidate-filters.svelte.ts';
import { forgetSessionDrafts } from './unsaved-drafts.ts';

export { countDecisions };

export type { Notice } from './actions.ts';

export { AT_CONTROLE, type DecisionFilter };

export interface Filters {
  search: string;
  etablissementId: number | null;
  decision: DecisionFilter | null;
  /** Rows shown whatever their decision: a mark typed in them under the decision filter (NotesFilters). */
  typed?: ReadonlySet<number>;
}

type NewSession = Omit<ExamSession, 'id' | 'createdAt'>;

/** The rows of a large session being built in slices (views: null until every slice is done). */
interface ViewsBuild {
  candidates: Candidate[];
  etablissements: Etablissement[];
  regulation: Regulation;
  views: CandidateView[] | null;
}

/** What a tab tells the others after saving a mark (same-cell conflicts). */
interface SavedMarkMessage {
  sessionId: number;
  candidateId: number;
  unit: string;
  value: Mark | ControleMark;
  /** The jury member of the tab that saved, '' if none. */
  member: string;
}

export class Workspace {
  readonly db: DelibDatabase;
  sessions = $state.raw<ExamSession[]>([]);
  openSessionId = $state<number | null>(null);
  etablissements = $state.raw<Etablissement[]>([]);
  candidates = $state.raw<Candidate[]>([]);
  /** R7: the open session's conformity records (the import previews statuses and refuses marks over their NV). */
  conformity = $state.raw<ConformityRecord[]>([]);
  /** True once the first list of sessions has been read (avoids flashing the empty state). */
  ready = $state(false);
  /** True while an import creates a session that will then open (the notes screen's code can be loaded meanwhile). */
  creatingSession = $state(false);
  /**
   * A session is about to open (an import's preview is shown, the example is asked for, the new session dialog is
   * open): the notes screen's code may be loaded meanwhile.
   */
  sessionScreenSoon = $state(false);
  /** True while the last import is being undone (seconds for tens of thousands of candidates): said, and not asked twice. */
  undoingImport = $state(false);
  /** Set when the database cannot be opened or read at all: the app shows why instead of « Chargement… ». */
  storageProblem = $state.raw<StorageFailure | null>(null);
  notice = $state<Notice | null>(null);
  /** « Annuler » offered with the notice shown (a later notice, another session, and it is gone). */
  get undo(): UndoAction | null {
    return this.notice?.undo ?? null;
  }
  /** The last import applied to the open session, while it can still be undone. */
  lastImport = $state.raw<LastImport | null>(null);
  /** The open session's deliberation (null: not started, marks are free). */
  deliberation = $state.raw<Deliberation | null>(null);
  phase: DeliberationPhase = $derived(this.deliberation?.phase ?? 'preparation');
  readonly filters = new NotesFilters();
  readonly candidateFilters = new CandidateFilters();
  selectedCandidateId = $state<number | null>(null);

  session = $derived(this.sessions.find((s) => s.id === this.openSessionId) ?? null);
  /** The session's own copy of its regulation (its preset for a record from before schema v6). */
  regulation: Regulation | null = $derived(this.#stableRegulation(this.session ? (this.session.regulation ?? getPreset(this.session.presetId) ?? null) : null));
  /** The session's regulation differs from the one Délib provides under its id (coefficients, units, thresholds changed). */
  regulationChanged: boolean = $derived.by(() => {
    const preset = this.regulation ? getPreset(this.regulation.id) : undefined;
    return !!this.regulation && !!preset && !sameRegulation(this.regulation, preset);
  });
  /** The last regulation given out and its JSON: a session record read again yields the same object while its regulation is unchanged. */
  #lastRegulation: { json: string; regulation: Regulation } | null = null;
  #stableRegulation(regulation: Regulation | null): Regulation | null {
    if (!regulation) return null;
    const json = JSON.stringify(regulation);
    if (this.#lastRegulation?.json === json) return this.#lastRegulation.regulation;
    this.#lastRegulation = { json, regulation };
    return regulation;
  }
  /** The marks of the open session, by candidate then unit; updated in place by the feed (see #marksVersion). */
  #marks: ReadonlyMap<number, Record<string, MarkRecord>> = new Map();
  #marksFeed: MarksFeed | null = null;
  /** Bumped at each change of #marks; false until the first full read (no rows are built from missing marks). */
  #marksVersion = $state(0);
  #marksLoaded = $state(false);
  /** True once the open session's candidates have been read whole. */
  #candidatesLoaded = $state(false);
  /**
   * The first rows of the grid (FIRST_PAGE candidates by numero, each with all of its marks), read before the rest of
   * a large session: shown while the whole session is being read. Null once everything is read.
   */
  /** Bumped by each #watch and by stop(): a read started for an earlier one is dropped. */
  #generation = 0;
  /** What #watch reads once the open session is loaded whole (the last import's record); null once started. */
  #afterLoad: (() => void) | null = null;
  #firstPage = $state.raw<{ sessionId: number; candidates: Candidate[]; marks: MarkRecord[] } | null>(null);
  /** Candidates whose marks changed since `views` was last computed (`all`: every one). */
  #dirty: Set<number> | 'all' = 'all';
  #memo: { candidates: Candidate[]; etablissements: Etablissement[]; regulation: Regulation; views: CandidateView[] } | null = null;
  /**
   * The rows of a large session being built slice by slice (buildViewsInSlices): `views` is set once every slice is
   * done. The session stays « loading » meanwhile; marks changed meanwhile are in #dirty and patched after it.
   */
  #build: ViewsBuild | null = null;
  /** Bumped when a build is done (views recomputed with its rows). */
  #builtVersion = $state(0);
  /** The rows a build has made so far (each with its real result), shown by the grid while the build goes on. */
  #partial = $state.raw<{ build: ViewsBuild; views: CandidateView[] } | null>(null);

  /** Every mark record of the open session (made on demand from the marks by candidate). */
  marks: MarkRecord[] = $derived.by(() => {
    void this.#marksVersion;
    const all: MarkRecord[] = [];
    for (const own of this.#marks.values()) for (const record of Object.values(own)) all.push(record);
    return all;
  });

  /**
   * One row per candidate, sorted by numero. When only marks changed, only those candidates' rows are recomputed
   * (patchViews); otherwise the rows are rebuilt, keeping the results of candidates whose marks did not change. The
   * first build of a session of more than VIEW_SLICE candidates is made in slices, one task each (#startBuild).
   */
  #viewsState: { views: CandidateView[]; complete: boolean } = $derived.by(() =>
    this.#computeViews(this.candidates, this.etablissements, this.regulation, this.#marksVersion, this.#builtVersion),
  );
  views: CandidateView[] = $derived(this.#viewsState.views);
  visibleViews: CandidateView[] = $derived(this.filterViews(this.views, this.filters));
  /** The rows the Candidats tab shows. */
  candidateViews: CandidateView[] = $derived.by(() => {
    const { search, etablissementId, kept } = this.candidateFilters;
    const matching = this.filterViews(this.views, { search, etablissementId, decision: null });
    if (kept.size === 0) return matching;
    const shown = new Set(matching.map((v) => v.id));
    return this.views.filter((v) => shown.has(v.id) || kept.has(v.id));
  });
  /**
   * True while the open session's candidates or marks are not all read yet, or while a large session's rows are being
   * built in slices: `views` and `counts` are then empty (no count or decision is computed from marks not read), the
   * notes grid shows `gridViews`' first rows, the counts say « calcul… » and marks cannot be typed (see canEdit).
   */
  loading: boolean = $derived(this.openSessionId !== null && !(this.#candidatesLoaded && this.#marksLoaded && this.#viewsState.complete));
  /** The first rows, each with its real result (all of its marks are read), while the rest of the session loads. */
  firstViews: CandidateView[] = $derived.by(() => {
    const page = this.#firstPage;
    if (!page || !this.regulation || page.sessionId !== this.openSessionId) return [];
    return buildViews(page.candidates, marksByCandidate(page.marks), this.etablissements, this.regulation);
  });
  /** The session read again after a change of many candidates (#readAgainIfLarge), until it is loaded. */
  #rereadSessionId = $state<number | null>(null);
  /** The open session is being read again after a large import or its undo: its grids keep their place (Grid's keepPlace). */
  rereading: boolean = $derived(this.#rereadSessionId !== null && this.#rereadSessionId === this.openSessionId && this.loading);
  /** What the notes grid shows: every visible row, or while loading the first rows (filtered the same way). */
  gridViews: CandidateView[] = $derived(this.loading ? this.filterViews(this.#shownWhileLoading(), this.filters) : this.visibleViews);
  counts: Record<Decision, number> = $derived(countDecisions(this.visibleViews));
  selected: CandidateView | null = $derived(this.views.find((v) => v.id === this.selectedCandidateId) ?? null);
  /** The selected candidate while the filters show their row (a filter that hides them empties the explanation panel). */
  selectedVisible: CandidateView | null = $derived(this.visibleViews.find((v) => v.id === this.selectedCandidateId) ?? null);

  #sessionSubscription: Subscription | null = null;
  #dataSubscriptions: Subscription[] = [];

  /** The jury member typing in this tab (per tab, never shared: see tab-member.svelte.ts). */
  readonly member: TabMember;

  /** What was entered in the grids of this tab, for Ctrl+Z and Ctrl+Y (the open session's only). */
  readonly markHistory = new MarkHistory();
  readonly candidateHistory = recordHistory<Candidate>();
  readonly etablissementHistory = recordHistory<Etablissement>();
  readonly livretHistory = new LivretHistory();
  readonly conformityHistory = checkHistory();

  /**
   * Same-cell conflicts between tabs: the last mark this tab saved in each cell (`candidateId\0unit`), and the
   * channel on which each tab says which mark it just saved. When another tab saves a different mark in a cell
   * this tab saved, this tab's user is told their value was replaced (the last save wins, as in the database).
   */
  readonly #saved = new Map<string, Mark | ControleMark>();
  readonly #marksChannel: BroadcastChannel | null;

  constructor(db: DelibDatabase) {
    this.db = db;
    this.member = new TabMember(db);
    this.#marksChannel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`delib-marks/${db.name}`);
    if (this.#marksChannel) this.#marksChannel.onmessage = (event: MessageEvent<SavedMarkMessage>) => this.#savedElsewhere(event.data);
  }

  /** Starts listening to the database; call once. */
  async start(): Promise<void> {
    let saved: number | undefined;
    try {
      saved = await getSetting<number>(this.db, 'openSessionId');
    } catch (error) {
      // IndexedDB missing, refused (private window…), full, or newer: say so instead of loading forever.
      this.storageProblem = storageFailure(error);
      console.warn(error);
      return;
    }
    this.#sessionSubscription = liveQuery(() => listSessions(this.db)).subscribe({
      next: (sessions) => {
        this.sessions = sessions;
        if (this.openSessionId !== null && !sessions.some((s) => s.id === this.openSessionId)) this.#watch(null);
        if (!this.ready) {
          this.ready = true;
          const initial = sessions.find((s) => s.id === saved) ?? sessions[0];
          if (initial?.id !== undefined) this.#watch(initial.id);
        }
      },
      error: (error) => {
        if (this.ready) this.notice = errorNotice(error);
        else this.storageProblem = storageFailure(error);
      },
    });
  }

  stop(): void {
    this.#generation++;
    this.#build = null;
    this.#marksChannel?.close();
    this.#sessionSubscription?.unsubscribe();
    this.#stopReads();
  }

  #watch(sessionId: number | null, written?: ImportedSession): void {
    this.#stopReads();
    // Searches, filters, the selection and the marks to undo belong to the session they were made in.
    if (sessionId !== this.openSessionId) {
      this.filters.reset();
      this.candidateFilters.reset();
      for (const history of [this.markHistory, this.candidateHistory, this.etablissementHistory, this.livretHistory, this.conformityHistory]) history.clear();
      this.selectedCandidateId = null;
    }
    this.openSessionId = sessionId;
    this.#rereadSessionId = null;
    this.etablissements = [];
    this.candidates = [];
    this.#marks = new Map();
    this.#marksLoaded = false;
    this.#candidatesLoaded = false;
    this.#firstPage = null;
    this.#afterLoad = null;
    // The rows of the last read are not kept for the next one (a large session's rows would then be rebuilt at once).
    this.#memo = null;
    this.#build = null;
    this.#partial = null;
    this.#dirty = 'all';
    this.#marksVersion++;
    this.lastImport = null;
    this.deliberation = null;
    if (sessionId === null) {
      this.#generation++;
      return;
    }
    const generation = ++this.#generation;
    const watch = <T>(query: () => Promise<T>, assign: (value: T) => void) =>
      liveQuery(query).subscribe({
        next: assign,
        error: (error) => {
          this.notice = errorNotice(error);
        },
      });
    // Small reads at once (the first rows need the établissements). Those of a session shown as written are kept
    // when read the same (new objects would make every row be built again).
    let shownEtablissements = written?.etablissements ?? null;
    this.#dataSubscriptions = [
      watch(
        () => listEtablissements(this.db, sessionId),
        (v) => {
          if (shownEtablissements === null || !sameData(shownEtablissements, v)) this.etablissements = v;
          shownEtablissements = null;
        },
      ),
      watch(
        () => this.db.deliberations.get(sessionId),
        (v) => (this.deliberation = v ?? null),
      ),
    ];
    // The last import's undo record (as large as the import was: every mark it wrote, before and after) is only for
    // the « Dernier import » line: read once every count is final, never in competition with the session's reads.
    const afterLoad = [
      () =>
        this.#dataSubscriptions.push(
          watch(
            () => lastImport(this.db, sessionId),
            (v) => (this.lastImport = v ?? null),
          ),
        ),
    ];
    this.#afterLoad = () => {
      if (generation === this.#generation) for (const start of afterLoad) start();
    };
    const watchCandidates = (shown: Candidate[] | null) =>
      watch(
        () => listCandidates(this.db, sessionId),
        (v) => {
          // The first answer of a session shown as written is most often the same: its rows are kept, not rebuilt.
          if (shown === null || !sameData(shown, v)) this.candidates = v;
          shown = null;
          this.#candidatesLoaded = true;
          this.#loaded();
        },
      );
    const followMarks = (written?: Map<number, Record<string, MarkRecord>>) =>
      new MarksFeed(
        this.db,
        sessionId,
        (change) => this.#marksChanged(change),
        (error) => {
          this.notice = errorNotice(error);
        },
        written,
      );
    if (written) {
      // Just written by an import into this new session, in a transaction that has committed: shown at once. The
      // marks feed follows the changes from now on; the candidates are read again (for later changes) once the rows
      // are shown, and kept if nothing changed meanwhile.
      this.etablissements = written.etablissements;
      this.candidates = written.candidates;
      this.#candidatesLoaded = true;
      this.#dataSubscriptions.push(
        watch(
          () => listConformity(this.db, sessionId),
          (v) => (this.conformity = v),
        ),
      );
      afterLoad.push(() => this.#dataSubscriptions.push(watchCandidates(written.candidates)));
      this.#marksFeed = followMarks(written.marks);
      return;
    }
    // The whole session (every candidate, every mark, the conformity records) is read once the first screen's rows
    // are: started together, IndexedDB would serve those large reads first.
    const readWhole = () => {
      if (generation !== this.#generation) return; // another session opened, or stopped, meanwhile
      this.#dataSubscriptions.push(
        watchCandidates(null),
        watch(
          () => listConformity(this.db, sessionId),
          (v) => (this.conformity = v),
        ),
      );
      this.#marksFeed = followMarks();
    };
    candidatesPage(this.db, sessionId, FIRST_PAGE).then(
      ({ candidates, marks }) => {
        if (generation === this.#generation) this.#firstPage = { sessionId, candidates, marks };
        readWhole();
      },
      // The whole reads say what went wrong, if anything still does.
      () => readWhole(),
    );
  }

  #marksChanged({ marks, changed }: MarksChange): void {
    this.#marks = marks;
    if (changed === 'all') this.#dirty = 'all';
    else if (this.#dirty !== 'all') for (const id of changed) this.#dirty.add(id);
    if (changed === 'all') this.#marksLoaded = true;
    this.#marksVersion++;
    this.#loaded();
  }

  /** Once everything is read, the first rows are the grid's own: their separate copy is dropped. */
  #loaded(): void {
    // Reading `loading` starts the rows' build if it is a large session's (see #computeViews); its end calls this again.
    if (!(this.#candidatesLoaded && this.#marksLoaded) || this.loading) return;
    this.#firstPage = null;
    this.#partial = null;
    const afterLoad = this.#afterLoad;
    this.#afterLoad = null;
    // After the rows and counts are painted: at 50,000 candidates, reading that record holds the page for a second.
    if (afterLoad) afterPaint(afterLoad);
  }

  #computeViews(
    candidates: Candidate[],
    etablissements: Etablissement[],
    regulation: Regulation | null,
    _version: number,
    _built: number,
  ): { views: CandidateView[]; complete: boolean } {
    if (!regulation || !this.#marksLoaded || !this.#candidatesLoaded) {
      this.#memo = null;
      this.#build = null;
      this.#dirty = 'all';
      return { views: [], complete: true };
    }
    const same = (of: { candidates: Candidate[]; etablissements: Etablissement[]; regulation: Regulation } | null) =>
      of !== null && of.candidates === candidates && of.etablissements === etablissements && of.regulation === regulation;
    const build = this.#build;
    if (build?.views && same(build) && this.#dirty !== 'all') {
      // A build is done: its rows are the session's, with the marks changed meanwhile (#dirty) patched below.
      this.#memo = { candidates, etablissements, regulation, views: build.views };
      this.#build = null;
    }
    const memo = this.#memo;
    const dirty = this.#dirty;
    if (memo && dirty !== 'all' && same(memo)) {
      this.#dirty = new Set();
      const views = dirty.size === 0 ? memo.views : patchViews(memo.views, dirty, this.#marks, regulation);
      this.#memo = { candidates, etablissements, regulation, views };
      return { views, complete: true };
    }
    const previous = memo?.regulation === regulation ? memo.views : [];
    if (candidates.length <= VIEW_SLICE || previous.length > 0) {
      // A small session, or rows to keep (most results are kept): at once. The first build of a large one: in slices.
      this.#build = null;
      this.#dirty = new Set();
      const views = buildViews(candidates, this.#marks, etablissements, regulation, previous);
      this.#memo = { candidates, etablissements, regulation, views };
      return { views, complete: true };
    }
    if (!(build && !build.views && same(build) && dirty !== 'all')) this.#startBuild(candidates, etablissements, regulation);
    return { views: [], complete: false };
  }

  /** Builds the rows of a large session in slices (no state is written before the first slice's task). */
  #startBuild(candidates: Candidate[], etablissements: Etablissement[], regulation: Regulation): void {
    const build: ViewsBuild = { candidates, etablissements, regulation, views: null };
    this.#build = build;
    this.#memo = null;
    // Marks changed from now on are patched once the build is done.
    this.#dirty = new Set();
    buildViewsInSlices(candidates, this.#marks, etablissements, regulation, [], {
      goOn: () => this.#build === build,
      // Shown as they grow twice larger (a copy of 50,000 rows at each slice would be garbage for nothing).
      onSlice: (views) => {
        if (views.length >= 2 * (this.#partial?.build === build ? this.#partial.views.length : 0)) this.#partial = { build, views: views.slice() };
      },
    }).then(
      (views) => {
        if (!views || this.#build !== build) return;
        build.views = views;
        this.#builtVersion++;
        this.#loaded();
      },
      (error: unknown) => {
        if (this.#build === build) this.notice = errorNotice(error);
      },
    );
  }

  /** While loading: the rows of the build under way if it has made more than the first page's, else the first page's. */
  #shownWhileLoading(): CandidateView[] {
    const partial = this.#partial;
    if (partial && partial.build === this.#build && partial.views.length >= this.firstViews.length) return partial.views;
    return this.firstViews;
  }

  /** `written`: the session's whole content as just written (an import into a new session), shown without a read. */
  async openSession(sessionId: number, written?: ImportedSession): Promise<void> {
    this.#watch(sessionId, written);
    await setSetting(this.db, 'openSessionId', sessionId);
  }

  // --- actions -------------------------------------------------------------------------------------

  /**
   * Runs a user action; a refusal (UserError) or failure becomes a French notice, never a half-write. It counts as a
   * pending write until it settles (the page asks before closing meanwhile).
   */
  #act<T>(action: () => Promise<T>, success?: string): Promise<T | undefined> {
    // An error shown when the action starts, and still shown once it is stored: what it refused is behind (the next
    // change went through), so it goes; an error the action itself, or another one meanwhile, gave stays.
    const shown = this.notice?.kind === 'error' ? this.notice : null;
    let failed = false;
    return runAction(
      () => trackWrite(action),
      (notice) => {
        failed ||= notice.kind === 'error';
        this.notice = notice;
      },
      success,
    ).finally(() => {
      if (!failed && shown !== null && this.notice === shown) this.notice = null;
    });
  }

  /** The example session, under the 2024 regulation, or another preset's (`presetId`: the 2025 units, R9). */
  async loadExample(presetId?: string): Promise<void> {
    const example = await this.#act(async () => {
      const [{ buildExampleSession }, { getPreset }] = await Promise.all([import('../../sample/example-session.ts'), import('../../domain/presets/index.ts')]);
      const regulation = presetId === undefined ? undefined : getPreset(presetId);
      if (presetId !== undefined && !regulation) throw new Error(`Réglementation inconnue : ${presetId}`);
      return buildExampleSession(regulation);
    });
    if (!example) return;
    // Loaded twice, the two copies are told apart in the list: « … (exemple) (2) ».
    example.session = { ...example.session, name: freeSessionName(example.session.name, this.sessions) };
    const id = await this.#act(() => createSessionWithContent(this.db, example), `Session d'exemple chargée : ${example.candidates.length} candidats fictifs.`);
    if (id !== undefined) await this.openSession(id);
  }

  /**
   * Creates a session named after the file and imports the plan into it, in one transaction: if the
   * import is refused, no empty session is left behind.
   */
  async importIntoNewSession(
    plan: ImportPlan,
    fileName: string,
    { presetId, year }: { presetId: string; year: number },
    onProgress?: (done: number, total: number) => void,
    signal?: AbortSignal,
  ): Promise<boolean> {
    const name = freeSessionName(fileName.replace(/\.[^.]+$/, '') || 'Session importée', this.sessions);
    this.creatingSession = true;
    const created = await this.#act(() =>
      import('../../db/imports.ts').then(({ importIntoNewSession }) =>
        importIntoNewSession(this.db, { name, academie: '', year, presetId, depositDeadline: null }, plan, fileName, onProgress, signal),
      ),
    ).finally(() => (this.creatingSession = false));
    if (created === undefined) return false;
    this.notice = { kind: 'info', text: `Session « ${name} » créée à partir de « ${fileName} ».` };
    // Its record, until the list of sessions (read again after the commit) has it: the rows need its regulation now.
    const { session, rows } = created;
    if (!this.sessions.some((s) => s.id === session.id)) this.sessions = [...this.sessions, session];
    // The rows the import wrote are shown as they are: reading them back would take seconds at 50,000 candidates.
    await this.openSession(session.id, rows ?? undefined);
    return true;
  }

  /** The open session's name and académie; a name another session has is refused (sessionNameTaken). */
  async renameSession(name: string, academie: string): Promise<boolean> {
    const id = this.openSessionId;
    if (id === null) return false;
    const taken = sessionNameTaken(name, this.sessions, id);
    if (taken) {
      this.notice = { kind: 'error', text: taken };
      return false;
    }
    const done = await this.#act(async () => {
      await updateSession(this.db, id, { name: name.trim(), academie: academie.trim() });
      return true;
    }, `Session renommée : « ${name.trim()} ».`);
    return done === true;
  }

  /** Replaces the open session's regulation (issue 17: checked whole, refused once the deliberation is open). */
  async saveRegulation(regulation: Regulation): Promise<boolean> {
    const sessionId = this.openSessionId;
    if (sessionId === null) return false;
    const { updateSessionRegulation } = await import('../../db/session-regulation.ts');
    const saved = await this.#act(() => updateSessionRegulation(this.db, sessionId, regulation), 'Réglementation de la session enregistrée.');
    return saved !== undefined;
  }

  async createSession(data: NewSession): Promise<boolean> {
    const id = await this.#act(() => createSession(this.db, data), `Session « ${data.name} » créée.`);
    if (id === undefined) return false;
    await this.openSession(id);
    return true;
  }

  async deleteOpenSession(): Promise<void> {
    const id = this.openSessionId;
    if (id === null) return;
    const name = this.session?.name ?? '';
    const deleted = await this.#act(async () => {
      await deleteSession(this.db, id);
      return true;
    }, `Session « ${name} » supprimée.`);
    // A row typed in its grids and not stored would otherwise keep asking before the page is left.
    if (deleted) forgetSessionDrafts(id);
    const next = this.sessions.find((s) => s.id !== id);
    this.#watch(next?.id ?? null);
    await setSetting(this.db, 'openSessionId', next?.id ?? null);
  }

  /** Whether a unit's marks can be changed in the current phase (the db refuses anyway: this is for the grid). */
  canEdit(unit: string): boolean {
    // While the session loads, the grid shows its first rows only: marks are typed once every count can follow.
    return !this.loading && markEditable(this.phase, unit.startsWith(CONTROLE_PREFIX));
  }

  /** Once the deliberation is open, a change needs the jury's reason (logged in the audit trail). */
  needsReason(unit: string, before: MarkRecord | undefined): boolean {
    return markChangeNeedsReason(this.phase, unit.startsWith(CONTROLE_PREFIX), before);
  }

  /**
   * Stores a mark. The row and the counts show it at once, before the write commits; if the write is refused, they
   * go back to what is stored.
   */
  async setMark(candidateId: number, unit: string, value: Mark | ControleMark, reason?: string): Promise<boolean> {
    const settle = this.#showMark(candidateId, unit, value);
    try {
      const done = await this.#act(async () => {
        await setMark(this.db, { candidateId, unit, value, reason });
        return true;
      });
      if (done === true) this.#announceSaved(candidateId, unit, value);
      return done === true;
    } finally {
      settle?.();
    }
  }

  /**
   * NV with its annexe 4 reasons (typed in the grid, or given later for an NV without reason): the dossier's
   * conformity record and the NV in one transaction. False if refused (nothing written).
   */
  async setNvWithReasons(candidateId: number, unit: string, items: Annexe4Item[], other: string): Promise<boolean> {
    const settle = this.#showMark(candidateId, unit, { kind: 'NV' });
    try {
      const done = await this.#act(async () => {
        const result = await setNvWithReasons(this.db, { candidateId, unit, items, other });
        // A duration declared insufficient makes the stage's other épreuves NV too: said with the one typed.
        const units = result.marks.filter((m) => m.after?.value.kind === 'NV' && m.before?.value.kind !== 'NV').map((m) => m.unit);
        const all = result.evaluation.units.map((u) => u.code).filter((code) => code === unit || units.includes(code));
        this.notice = {
          kind: 'info',
          text:
            all.length > 1
              ? `${all.join(', ')} : NV enregistrés avec leur motif (le stage vaut pour ces épreuves) ; la notice est disponible dans l'onglet « Conformité des dossiers ».`
              : `${unit} : NV enregistré avec son motif ; la notice est disponible dans l'onglet « Conformité des dossiers ».`,
        };
        return true;
      });
      return done === true;
    } finally {
      settle?.();
    }
  }

  /** The annexe 4 items the NV dialog offers for this unit of this candidate (those of the candidate's parcours). */
  nvReasonChoices(candidateId: number, unit: string): Promise<NvReasonChoices> {
    return nvReasonChoices(this.db, candidateId, unit);
  }

  #announceSaved(candidateId: number, unit: string, value: Mark | ControleMark): void {
    const sessionId = this.openSessionId;
    if (sessionId === null) return;
    this.#saved.set(`${candidateId}\0${unit}`, value);
    const message: SavedMarkMessage = { sessionId, candidateId, unit, value, member: this.member.name };
    try {
      this.#marksChannel?.postMessage(message);
    } catch {
      // a closed channel (page leaving): nothing to tell
    }
  }

  #savedElsewhere(message: SavedMarkMessage): void {
    if (!message || message.sessionId !== this.openSessionId) return;
    const key = `${message.candidateId}\0${message.unit}`;
    const mine = this.#saved.get(key);
    if (!mine || formatMark(mine) === formatMark(message.value)) return;
    this.#saved.delete(key);
    const candidate = this.candidates.find((c) => c.id === message.candidateId);
    const who = candidate ? `${candidate.nom} ${candidate.prenom} (${candidate.numero})` : `candidat n° ${message.candidateId}`;
    const label = message.unit.startsWith(CONTROLE_PREFIX) ? `contrôle ${message.unit.slice(CONTROLE_PREFIX.length)}` : message.unit;
    const show = (mark: Mark | ControleMark) => formatMark(mark) || 'vide';
    this.notice = {
      kind: 'error',
      text:
        `Note remplacée depuis un autre onglet : ${label} de ${who} — vous aviez saisi « ${show(mine)} », ` +
        `${message.member ? `${message.member} a enregistré` : 'un autre onglet a enregistré'} « ${show(message.value)} » juste après. ` +
        'C’est cette dernière note qui est enregistrée : vérifiez-la.',
    };
  }

  /** The mark as db/marks.ts's setMark will store it (flags kept; empty without flags: no record). */
  #showMark(candidateId: number, unit: string, value: Mark | ControleMark): (() => void) | null {
    this.filters.keepTyped(candidateId);
    const sessionId = this.openSessionId;
    if (!this.#marksFeed || sessionId === null) return null;
    const before = this.#marks.get(candidateId)?.[unit];
    const record: MarkRecord = before ? { ...before, value } : { sessionId, candidateId, unit, value, sousReserve: false, benefice: null, updatedAt: '' };
    const blank = value.kind === 'empty' && !record.sousReserve && record.benefice === null;
    return this.#marksFeed.optimistic(candidateId, unit, blank ? null : record);
  }

  /**
   * R8: a mark kept from an earlier session (its value and the year of that session), or the bénéfice renounced (the
   * mark kept goes with it: final). True once stored; refused, the notice says why.
   */
  async setBenefice(candidateId: number, unit: string, benefice: { value: Mark; year: number } | null, success: string, reason?: string): Promise<boolean> {
    const done = await this.#act(async () => {
      await setBenefice(this.db, { candidateId, unit, benefice, ...(reason === undefined ? {} : { reason }) });
      return true;
    }, success);
    return done === true;
  }

  async addCandidate(data: Omit<Candidate, 'id' | 'sessionId'>): Promise<number | undefined> {
    const sessionId = this.openSessionId;
    if (sessionId === null) return undefined;
    const id = await this.#act(() => addCandidate(this.db, { ...data, sessionId }), `Candidat ${data.nom} ${data.prenom} ajouté.`);
    if (id !== undefined) this.candidateFilters.keep(id);
    return id;
  }

  async updateCandidate(id: number, changes: Partial<Omit<Candidate, 'id' | 'sessionId'>>): Promise<boolean> {
    return this.updateCandidates([{ id, changes }]);
  }

  /** Several candidates changed at once (a block of cells filled or emptied): all stored, or none (the notice says why). */
  async updateCandidates(updates: CandidateUpdate[]): Promise<boolean> {
    const done = await this.#act(async () => {
      await updateCandidates(this.db, updates);
      return true;
    });
    return done === true;
  }

  /** Deletes candidates and their marks; returns how to put them back (also offered with the notice), or null. */
  async deleteCandidates(ids: number[]): Promise<UndoAction | null> {
    const removed = await this.#act(() => deleteCandidates(this.db, ids));
    if (!removed) return null;
    const count = removed.candidates.length;
    const label = count === 1 ? '1 candidat supprimé' : `${count} candidats supprimés`;
    const undo = this.#undoOnce(label, () => this.#act(() => restoreCandidates(this.db, removed), 'Suppression annulée : candidats et notes rétablis.'));
    this.notice = { kind: 'info', text: `${label}, avec ses notes.`, undo };
    return undo;
  }

  /** An « Annuler » that runs once (a second click while it runs does nothing). */
  #undoOnce(label: string, undo: () => Promise<unknown>): UndoAction {
    let done = false;
    return {
      label,
      run: async () => {
        if (done) return;
        done = true;
        await undo();
      },
    };
  }

  async addEtablissement(data: Omit<Etablissement, 'id' | 'sessionId'>): Promise<number | undefined> {
    const sessionId = this.openSessionId;
    if (sessionId === null) return undefined;
    return this.#act(() => addEtablissement(this.db, { ...data, sessionId }), `Établissement ${data.name} ajouté.`);
  }

  /** Établissements pasted from a spreadsheet, added together; « Annuler » removes them. False if refused. */
  async addEtablissements(rows: PastedEtablissement[]): Promise<boolean> {
    const sessionId = this.openSessionId;
    if (sessionId === null || rows.length === 0) return false;
    const ids = await this.#act(() =>
      addEtablissements(
        this.db,
        sessionId,
        rows.map(({ line: _line, ...fields }) => fields),
        (index) => `Collage refusé, ligne ${rows[index]!.line}`,
      ),
    );
    if (!ids) return false;
    const label = countOf(ids.length, 'établissement ajouté', 'établissements ajoutés');
    this.notice = {
      kind: 'info',
      text: `${label} (collage).`,
      undo: this.#undoOnce(label, () => this.#act(() => deleteEtablissements(this.db, ids), 'Collage annulé : établissements retirés.')),
    };
    return true;
  }

  /** Several établissements changed at once (a block of cells): all stored, or none (the notice says why). */
  async updateEtablissements(updates: EtablissementUpdate[]): Promise<boolean> {
    const done = await this.#act(async () => {
      await updateEtablissements(this.db, updates);
      return true;
    });
    return done === true;
  }

  async deleteEtablissement(id: number): Promise<void> {
    await this.#act(() => deleteEtablissement(this.db, id), 'Établissement supprimé.');
  }

  /** Session settings the documents print (lieu, centre, address, contrôle window); false if refused. */
  async updateSessionSettings(changes: SessionChanges): Promise<boolean> {
    const id = this.openSessionId;
    if (id === null) return false;
    const done = await this.#act(async () => {
      await updateSession(this.db, id, changes);
      return true;
    }, 'Paramètres de la session enregistrés.');
    return done === true;
  }

  /** The open session as the import compares files with it. */
  snapshot(): SessionSnapshot | null {
    // An import compared with a session half read would take its unread candidates for new ones.
    if (!this.session || !this.regulation || this.loading) return null;
    return {
      regulation: this.regulation,
      year: this.session.year,
      etablissements: this.etablissements,
      candidates: this.candidates,
      marks: this.marks,
      conformity: this.conformity,
      depositDeadline: this.session.depositDeadline,
    };
  }

  /** The import wizard is open: the code that applies a plan is loaded while the file is chosen and read. */
  prepareImport(): void {
    void import('../../db/imports.ts');
  }

  /** Writes exactly what the preview showed, in one transaction; false if refused or cancelled by `signal` (nothing written). */
  async applyImport(plan: ImportPlan, fileName: string, onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<boolean> {
    const sessionId = this.openSessionId;
    if (sessionId === null) return false;
    const undo = await this.#readAgainIfLarge(sessionId, candidatesInPlan(plan), () =>
      this.#act(async () => (await import('../../db/imports.ts')).applyImportPlan(this.db, sessionId, plan, fileName, onProgress, signal)),
    );
    if (!undo) return false;
    // Said at once: read again after a large import, the session would otherwise lose the line (and the grid below it
    // move up, then down) until every count is final and the record is read.
    if (this.openSessionId === sessionId) this.lastImport = lastImportOf(undo);
    // Marks cleared (empty cells that clear, Suppr on a block) are said as such: « 4 notes écrites » alone read as new marks.
    const cleared = plan.markWrites.reduce((n, w) => (w.after === null || w.after.value.kind === 'empty' ? n + 1 : n), 0);
    const clearedText = cleared > 0 ? `, dont ${countOf(cleared, 'effacée', 'effacées')}` : '';
    this.notice = { kind: 'info', text: `Import de « ${fileName} » appliqué : ${importSummary(undo)}${clearedText}.` };
    return true;
  }

  /**
   * A change of more candidates than one build slice (a large import, its undo): the open session's live reads stop
   * before it, and the session is read again after it, as when it is opened (first rows, then the rest). Followed
   * live, its 50,000 rows were recomputed at once as it committed (a frozen task of 0.3 to 0.7 s), and after an undo
   * first shown without their marks.
   */
  async #readAgainIfLarge<T>(sessionId: number, candidates: number, change: () => Promise<T>): Promise<T> {
    if (candidates <= VIEW_SLICE || this.openSessionId !== sessionId) return change();
    this.#stopReads();
    try {
      return await change();
    } finally {
      // After Dexie's own notice of the commit to live queries (a timer set at the commit): the new reads miss it.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.openSessionId === sessionId) {
        this.#watch(sessionId);
        this.#rereadSessionId = sessionId;
      }
    }
  }

  /** Stops the open session's live reads (its queries and its marks feed). */
  #stopReads(): void {
    this.#dataSubscriptions.forEach((s) => s.unsubscribe());
    this.#dataSubscriptions = [];
    this.#marksFeed?.stop();
    this.#marksFeed = null;
  }

  /** True once undone (false: refused, or nothing to undo; the notice says why). */
  async undoLastImport(): Promise<boolean> {
    const sessionId = this.openSessionId;
    if (sessionId === null || this.undoingImport) return false;
    this.undoingImport = true;
    const touched = this.lastImport?.candidates ?? 0;
    const undone = await this.#readAgainIfLarge(sessionId, touched, () =>
      this.#act(async () => (await import('../../db/imports.ts')).undoLastImport(this.db, sessionId)),
    ).finally(() => (this.undoingImport = false));
    if (!undone) return false;
    const text = `Import de « ${undone.fileName} » annulé : les valeurs d'avant sont rétablies.`;
    // The import that made the session (« Importer un fichier » with no session) leaves it empty once undone: as before
    // the import there was no such session, deleting it is offered with the notice (nothing else is in it).
    const empty =
      sessionId === this.openSessionId &&
      (await candidatesOfSession(this.db, sessionId).count()) === 0 &&
      (await this.db.etablissements.where('sessionId').equals(sessionId).count()) === 0;
    const name = this.session?.name ?? '';
    this.notice = empty
      ? {
          kind: 'info',
          text: `${text} La session « ${name} » n'a plus ni candidat ni établissement.`,
          next: { label: 'Supprimer cette session vide', run: () => this.deleteOpenSession() },
        }
      : { kind: 'info', text };
    return true;
  }

  // The CSV writers (and PapaParse with them) are loaded when a file is exported.

  /** The full session as CSV (identity, établissement, every mark and flag): it re-imports identically. */
  async sessionCsv(): Promise<string> {
    const snapshot = this.snapshot();
    return snapshot ? (await import('../../io/session-csv.ts')).writeSessionCsv(snapshot) : '';
  }

  /** A teacher's sheet for one unit: numéro, nom, prénom and the unit, for the candidates shown. */
  async unitSheetCsv(unit: string): Promise<string> {
    const snapshot = this.snapshot();
    const shown = this.visibleViews.map((v) => v.id);
    return snapshot ? (await import('../../io/session-csv.ts')).writeUnitSheetCsv(snapshot, unit, shown) : '';
  }

  /**
   * The results CSV of the candidates shown (the filters and search of the notes grid, as the unit sheet and the
   * relevés), as the CLI writes it: a centre that filters one lycée sends that lycée its results, not every one's.
   */
  async resultsCsv(): Promise<string> {
    const rows = resultsRows(this.visibleViews);
    return (await import('../../io/results-csv.ts')).writeResultsCsv(rows);
  }

  /** True when the filters or the search leave some candidates out of the grid (and of the results and sheets exported). */
  get filtered(): boolean {
    return this.visibleViews.length < this.views.length;
  }

  /** The same three files as tables, for the .xlsx export (src/ui/xlsx-export.ts). */
  async exportTable(kind: 'results' | 'session' | 'unit', unit = ''): Promise<CsvCell[][]> {
    if (kind === 'results') return (await import('../../io/results-csv.ts')).resultsTable(resultsRows(this.visibleViews));
    const snapshot = this.snapshot();
    if (!snapshot) return [];
    const io = await import('../../io/session-csv.ts');
    return kind === 'session'
      ? io.sessionTable(snapshot)
      : io.unitSheetTable(
          snapshot,
          unit,
          this.visibleViews.map((v) => v.id),
        );
  }

  // --- filters -------------------------------------------------------------------------------------

  filterViews(views: CandidateView[], filters: Filters): CandidateView[] {
    const { etablissementId, decision, typed } = filters;
    const chosen =
      etablissementId === null && decision === null
        ? views
        : views.filter(
            (v) =>
              (etablissementId === null || v.candidate.etablissementId === etablissementId) &&
              (decision === null ||
                v.result.decision === decision ||
                (decision === AT_CONTROLE && v.result.firstGroupDecision === 'CONTROLE') ||
                typed?.has(v.id) === true),
          );
    return candidatesMatching(chosen, filters.search, (v) => v.candidate);
  }
}

/** How many candidates (by numero) the first screen reads before the rest: more than a 1920×1080 screen shows. */
export const FIRST_PAGE = 100;

/** Runs `run` once the next frame is painted, or after 200 ms at the latest (a hidden tab paints no frame). */
function afterPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 200);
}

// Normalized once per candidate record: a search filters 50,000 rows again after each edit.
const searchTexts = new WeakMap<Candidate, string>();
function searchText(c: Candidate): string {
  let text = searchTexts.get(c);
  if (text === undefined) {
    text = normalizeSearchText(`${c.numero} ${c.nom} ${c.prenom} ${c.prenom} ${c.nom}`);
    searchTexts.set(c, text);
  }
  return text;
}

/**
 * The items whose candidate the notes tab's search shows for `text` (numéro, nom prénom or prénom nom, accents aside);
 * `items` itself when nothing is searched (the grid keeps its rows).
 */
export function candidatesMatching<T>(items: T[], text: string, candidateOf: (item: T) => Candidate): T[] {
  const search = normalizeSearchText(text);
  return search ? items.filter((item) => searchText(candidateOf(item)).includes(search)) : items;
}

export function importSummary(undo: Pick<ImportUndo, 'summary'>): string {
  const { newCandidates, updatedCandidates, marks, conformity = 0 } = undo.summary;
  // What was written, by kind, and only what was: « 0 candidat modifié, 3 notes écrites » contradicted the preview's
  // « 3 modifiés » (a candidate whose marks change is « modifié » there).
  const parts = [
    newCandidates > 0 ? countOf(newCandidates, 'candidat créé', 'candidats créés') : '',
    updatedCandidates > 0 ? countOf(updatedCandidates, 'fiche de candidat modifiée', 'fiches de candidat modifiées') : '',
    marks > 0 ? countOf(marks, 'note écrite', 'notes écrites') : '',
    conformity > 0 ? `${countOf(conformity, 'dossier')} de conformité` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'rien à écrire';
}

/** How many candidates an import plan creates or changes. */
function candidatesInPlan(plan: ImportPlan): number {
  const existing = new Set(plan.candidateUpdates.map((u) => u.before.id));
  for (const { candidate } of plan.markWrites) if ('id' in candidate) existing.add(candidate.id);
  for (const { candidate } of plan.conformityWrites ?? []) if ('id' in candidate) existing.add(candidate.id);
  return plan.newCandidates.length + existing.size;
}
