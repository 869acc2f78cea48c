/**
 * What the JavaScript of the build is made of: `npx tsx scripts/bench-bundle.ts [chunk-name-part…]`.
 * Builds in memory (nothing written) and prints each chunk with its gzip size and the modules that weigh most in it
 * (sizes before minification, so only their order matters), for the chunks whose name contains one of the arguments,
 * or for the entry and every chunk it imports statically when there is none.
 */
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

const wanted = process.argv.slice(2);
const previousEnv = process.env.NODE_ENV;
process.env.NODE_ENV = 'production';
const result = (await build({ logLevel: 'silent', build: { write: false } })) as Rollup.RollupOutput | Rollup.RollupOutput[];
process.env.NODE_ENV = previousEnv;
const output = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
const chunks = new Map(output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk').map((c) => [c.fileName, c]));

const shown = new Set<string>();
const visit = (fileName: string) => {
  const chunk = chunks.get(fileName);
  if (!chunk || shown.has(fileName)) return;
  shown.add(fileName);
  chunk.imports.forEach(visit);
};
if (wanted.length === 0) [...chunks.values()].filter((c) => c.isEntry).forEach((c) => visit(c.fileName));
else for (const c of chunks.values()) if (wanted.some((w) => c.fileName.includes(w))) visit(c.fileName);

const short = (id: string) =>
  id
    .replace(/^.*\/node_modules\//, 'npm:')
    .replace(/^.*\/src\//, 'src/')
    .replace(/\?.*$/, '');
let total = 0;
for (const fileName of shown) {
  const chunk = chunks.get(fileName)!;
  const gzip = gzipSync(chunk.code).length / 1000;
  total += gzip;
  console.log(
    `\n${fileName}  ${(chunk.code.length / 1000).toFixed(1)} kB, gzip ${gzip.toFixed(1)} kB${chunk.isEntry ? ' (entry)' : chunk.isDynamicEntry ? ' (loaded on demand)' : ''}`,
  );
  const groups = new Map<string, number>();
  for (const [id, info] of Object.entries(chunk.modules)) {
    const name = short(id);
    const key = name.startsWith('npm:')
      ? name
          .split('/')
          .slice(0, name.startsWith('npm:@') ? 2 : 1)
          .join('/')
      : name;
    groups.set(key, (groups.get(key) ?? 0) + info.renderedLength);
  }
  for (const [name, length] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    if (length > 0) console.log(`  ${(length / 1000).toFixed(1).padStart(8)} kB  ${name}`);
  }
}
console.log(`\n${shown.size} chunks, gzip ${total.toFixed(1)} kB`);

// The workbook library (@e965/xlsx, SheetJS) must stay out of the notes screen's initial JavaScript: the entry
// and what the workspace view (the notes screen, opened with a session) imports statically. It is loaded when a
// workbook is opened or an .xlsx exported. Exit 1 if it is in.
const closure = (roots: Rollup.OutputChunk[]) => {
  const seen = new Set<string>();
  const walk = (fileName: string) => {
    const chunk = chunks.get(fileName);
    if (!chunk || seen.has(fileName)) return;
    seen.add(fileName);
    chunk.imports.forEach(walk);
  };
  roots.forEach((c) => walk(c.fileName));
  return seen;
};
const isXlsx = (id: string) => id.includes('/node_modules/@e965/xlsx/');
const notesScreen = closure([...chunks.values()].filter((c) => c.isEntry || /^assets\/WorkspaceView-/.test(c.fileName)));
const notesGzip = [...notesScreen].reduce((sum, f) => sum + gzipSync(chunks.get(f)!.code).length / 1000, 0);
const xlsxChunks = [...chunks.values()].filter((c) => Object.keys(c.modules).some(isXlsx));
const inNotes = xlsxChunks.filter((c) => notesScreen.has(c.fileName));
console.log(
  `\nNotes screen's initial JavaScript (entry + WorkspaceView and their static imports): ${notesScreen.size} chunks, gzip ${notesGzip.toFixed(1)} kB`,
);
// The notes screen's breakdown: its chunks by gzip size, each with what it mostly holds (docs/benchmarks.md).
const groupOf = (name: string) =>
  name.startsWith('npm:')
    ? name
        .split('/')
        .slice(0, name.startsWith('npm:@') ? 2 : 1)
        .join('/')
    : name;
const notesRows = [...notesScreen].map((f) => {
  const chunk = chunks.get(f)!;
  const groups = new Map<string, number>();
  for (const [id, info] of Object.entries(chunk.modules)) groups.set(groupOf(short(id)), (groups.get(groupOf(short(id))) ?? 0) + info.renderedLength);
  const main = [...groups].sort((a, b) => b[1] - a[1]).filter(([, length]) => length > 0);
  return {
    f,
    gzip: gzipSync(chunk.code).length / 1000,
    holds:
      main
        .slice(0, 3)
        .map(([name]) => name.replace(/^src\//, ''))
        .join(', ') + (main.length > 3 ? '…' : ''),
  };
});
for (const row of notesRows.sort((a, b) => b.gzip - a.gzip))
  console.log(`  ${row.gzip.toFixed(1).padStart(6)} kB  ${row.f.replace(/^assets\//, '').padEnd(36)} ${row.holds}`);
for (const c of xlsxChunks) {
  console.log(`Workbook library: ${c.fileName}, gzip ${(gzipSync(c.code).length / 1000).toFixed(1)} kB${c.isDynamicEntry ? ', loaded on demand' : ''}`);
}
if (xlsxChunks.length === 0 || inNotes.length > 0) {
  console.log(
    xlsxChunks.length === 0 ? 'Workbook library: no chunk found' : `Workbook library IN the notes screen: ${inNotes.map((c) => c.fileName).join(', ')}`,
  );
  process.exitCode = 1;
} else {
  console.log("Workbook library in the notes screen's initial JavaScript: no");
}
