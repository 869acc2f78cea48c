// The histogram of the jury tab at national scale: a count never runs over its neighbour's or a threshold's label
// (seen at 50,000 candidates in half-point classes: four-digit counts over 13-unit bars, « 8 » over « 3657 »).
import { render } from '@testing-library/svelte';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countOf, formatCount } from '../../src/domain/count.ts';
import Histogram from '../../src/ui/jury/Histogram.svelte';
import { LABEL_MIN_SIZE, LABEL_SIZE, labelSize, labelWidth } from '../../src/ui/jury/histogram-labels.ts';

const bins = (width: number, count: (i: number) => number) =>
  Array.from({ length: 2000 / width }, (_, i) => ({ from: i * width, to: (i + 1) * width, count: count(i) }));

function drawn(binWidth: number, count: (i: number) => number) {
  const { container, unmount } = render(Histogram, {
    bins: bins(binWidth, count),
    maxMark: 20,
    thresholds: [800, 1000],
    summary: 'Histogramme',
    caption: 'Nombre de candidats par classe de moyenne du 1er groupe',
  });
  const bars = [...container.querySelectorAll('rect.bar')];
  const counts = [...container.querySelectorAll('text.count')].map((t) => {
    const size = parseFloat((t as SVGTextElement).style.fontSize || String(LABEL_SIZE));
    return { text: t.textContent!, x: Number(t.getAttribute('x')), y: Number(t.getAttribute('y')), size };
  });
  const thresholds = [...container.querySelectorAll('text.threshold-label')].map((t) => Number(t.getAttribute('y')));
  return { bars, counts, thresholds, unmount };
}

describe('histogram labels', () => {
  it('writes every count within its own bar, in French, and below the thresholds’ row, at 50,000 candidates', () => {
    for (const binWidth of [100, 50]) {
      // Up to 3,733 candidates per class, as in the bench's 50,000.
      const { bars, counts, thresholds, unmount } = drawn(binWidth, (i) => 1000 + ((i * 937) % 2734));
      const barWidth = Number(bars[0]!.getAttribute('width'));
      // In 1-point classes every count is written (smaller); in half-point ones, four digits never fit: none is.
      expect(counts).toHaveLength(binWidth === 100 ? 20 : 0);
      for (const label of counts) {
        expect(label.text).toMatch(/^\d{1,3}(\u202f\d{3})*$/);
        expect(labelWidth(label.text, label.size)).toBeLessThanOrEqual(barWidth);
        expect(label.size).toBeGreaterThanOrEqual(LABEL_MIN_SIZE);
        // The tallest bar's count still sits under the thresholds' labels (its top is `size` above its baseline).
        for (const y of thresholds) expect(label.y - label.size).toBeGreaterThan(y + 2);
      }
      // Each bar says its count when pointed at, whether it has a label or not.
      for (const [i, bar] of bars.entries())
        expect(bar.querySelector('title')!.textContent).toMatch(new RegExp(`: ${countOf(1000 + ((i * 937) % 2734), 'candidat')}$`));
      unmount();
    }
  });

  it('keeps the usual size where a count fits, and gives up a label rather than drawing it over the next', () => {
    expect(labelSize('29', 28)).toBe(LABEL_SIZE);
    expect(labelSize(formatCount(3657), 27.7)).toBeLessThan(LABEL_SIZE);
    expect(labelSize(formatCount(18_000), 12.8)).toBeNull();
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), fc.double({ min: 1, max: 80, noNaN: true }), (n, room) => {
        const text = formatCount(n);
        const size = labelSize(text, room);
        if (size !== null) {
          expect(labelWidth(text, size)).toBeLessThanOrEqual(room);
          expect(size).toBeGreaterThanOrEqual(LABEL_MIN_SIZE);
          expect(size).toBeLessThanOrEqual(LABEL_SIZE);
        } else expect(labelWidth(text, LABEL_MIN_SIZE)).toBeGreaterThan(room);
      }),
    );
  });
});
