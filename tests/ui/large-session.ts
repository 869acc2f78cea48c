import { buildExampleSession, type ExampleSession } from '../../src/sample/example-session.ts';

/** The example session copied `times` times (new numeros, same names and marks): a few thousand candidates. */
export function largeSession(times: number): ExampleSession {
  const example = buildExampleSession();
  const n = example.candidates.length;
  return {
    ...example,
    candidates: Array.from({ length: times }, (_, k) => example.candidates.map((c) => ({ ...c, numero: `${k + 1}${c.numero}` }))).flat(),
    marks: Array.from({ length: times }, (_, k) => example.marks.map((m) => ({ ...m, candidateRef: m.candidateRef + k * n }))).flat(),
    livrets: [],
  };
}

/** The example session copied as many times as it takes to hold at least `count` candidates. */
export function largeSessionOfAtLeast(count: number): ExampleSession {
  return largeSession(Math.ceil(count / buildExampleSession().candidates.length));
}
