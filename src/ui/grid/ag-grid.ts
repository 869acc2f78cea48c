/**
 * AG Grid set-up in one place: only the modules the app uses (AllCommunityModule would cost ~100 kB gzip; every
 * module registered here is in the notes screen's JavaScript, so none "just in case"),
 * the theme, and French labels for the few texts the grid itself shows.
 */
import {
  CellStyleModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  LocaleModule,
  ModuleRegistry,
  PinnedRowModule,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  SelectEditorModule,
  TextEditorModule,
  TooltipModule,
  ValidationModule,
  themeQuartz,
  type GridOptions,
} from 'ag-grid-community';

/**
 * Spreadsheet habits shared by every editable grid: Enter validates and moves down, Tab moves right, leaving a
 * cell validates it, and a value the cell refuses stays there to be corrected (never silently dropped).
 */
export const SPREADSHEET_OPTIONS = {
  enterNavigatesVertically: true,
  enterNavigatesVerticallyAfterEdit: true,
  stopEditingWhenCellsLoseFocus: true,
  invalidEditValueMode: 'block',
  tooltipShowDelay: 400,
} as const satisfies GridOptions;

let registered = false;

export function registerGridModules(): void {
  if (registered) return;
  ModuleRegistry.registerModules([
    ClientSideRowModelModule,
    TextEditorModule,
    SelectEditorModule,
    CellStyleModule,
    RowSelectionModule,
    TooltipModule,
    LocaleModule,
    RowApiModule,
    RenderApiModule,
    ColumnApiModule,
    ...(import.meta.env.DEV ? [ValidationModule] : []),
  ]);
  registered = true;
}

/**
 * Dense like a spreadsheet (fixed row and header heights, 8 px side padding): a 1366×768 laptop shows 15+ rows and
 * a mark fits in 56 px. Every grid of the app uses this theme.
 */
export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 14,
  headerFontWeight: 600,
  spacing: 5,
  rowHeight: 28,
  headerHeight: 30,
  cellHorizontalPadding: 8,
  accentColor: '#1f4e79',
  headerBackgroundColor: '#eef2f7',
});

export const GRID_LOCALE_FR: Record<string, string> = {
  noRowsToShow: 'Aucune ligne à afficher',
  loadingOoo: 'Chargement…',
  ariaChecked: 'coché',
  ariaUnchecked: 'non coché',
  selectAll: 'Tout sélectionner',
  ariaRowSelect: 'Appuyer sur Espace pour sélectionner la ligne',
  ariaRowDeselect: 'Appuyer sur Espace pour désélectionner la ligne',
  ariaRowSelectAll: 'Appuyer sur Espace pour tout sélectionner',
  ariaRowToggleSelection: 'Appuyer sur Espace pour changer la sélection',
  ariaHeaderSelection: 'Colonne de sélection',
  ariaRowSelectionDisabled: 'La sélection de cette ligne est désactivée',
  invalidSelectionValidation: 'Sélection invalide.',
  // Said to screen readers while a cell is typed in, or when its value is refused (« Cell Editor Validation E1 : … »).
  ariaValidationErrorPrefix: 'Saisie refusée',
  ariaInputEditor: 'Champ de saisie',
  ariaCalculatedColumn: 'Colonne calculée',
  ariaPendingChange: 'Modification en attente',
  noMatchingRows: 'Aucune ligne ne correspond',
  invalidNumber: 'Nombre invalide',
  invalidDate: 'Date invalide',
};

/**
 * The blank row under the Candidats grid, where candidates are typed one after the other. Registered for that grid
 * alone: registered for every grid, it stopped the Conformité grid from storing an answer typed after a refused one.
 */
export const PINNED_ROW_MODULES = [PinnedRowModule];

/** A paste or a key in a field being typed in (a cell's editor, a search box): it is the field's, not the grid's. */
export function inTypedField(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}
