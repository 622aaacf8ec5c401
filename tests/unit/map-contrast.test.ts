import { describe, expect, it } from 'vitest';
import { LABEL_COLOURS } from '@/app/_lib/map/labels/markup';
import { CALLOUT_COLOURS } from '@/app/_lib/map/step-layers/markup';
import { areaHatch, mapColors } from '@/app/_lib/map/style';

/*
 * Map text over tints: every label and callout colour reads at 3:1 or more (WCAG's non-text
 * contrast, the floor issue 25 sets) against each surface it can lie on, both on the bare
 * surface (the halo is thin) and on its halo composited over that surface.
 */

type Rgb = [number, number, number];

function parse(colour: string): { rgb: Rgb; alpha: number } {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour);
  if (hex) return { rgb: [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)) as Rgb, alpha: 1 };
  const rgba = /^rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)$/.exec(colour);
  if (!rgba) throw new Error(`cannot read colour ${colour}`);
  return { rgb: [Number(rgba[1]), Number(rgba[2]), Number(rgba[3])], alpha: Number(rgba[4]) };
}

const over = (top: string, bottom: Rgb): Rgb => {
  const { rgb, alpha } = parse(top);
  return rgb.map((c, i) => alpha * c + (1 - alpha) * bottom[i]!) as Rgb;
};

const luminance = (rgb: Rgb) => {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const surfaces = { land: mapColors.land, 'a tinted country': mapColors.highlight, sea: mapColors.sea };
/** What lies under a name over land may also be an area's hatching or outline: the lines, wherever one passes under a letter. */
const hatching = { "an area's hatching": areaHatch.color };
/** A sea's name lies on the sea (the basemap build refuses one on land); areas are land. */
const onLand = (text: string) => !text.startsWith('sea ');
const texts = { ...Object.fromEntries(Object.entries(LABEL_COLOURS).map(([kind, c]) => [`${kind} label`, c])), callout: CALLOUT_COLOURS };

describe('map text contrast', () => {
  it('reads the helper as WCAG does', () => {
    expect(contrast(parse('#000000').rgb, parse('#ffffff').rgb)).toBeCloseTo(21, 5);
    expect(contrast(parse('#777777').rgb, parse('#ffffff').rgb)).toBeCloseTo(4.48, 2);
  });

  for (const [text, { fill, halo }] of Object.entries(texts)) {
    it(`sets the ${text} at 3:1 or more on every surface, with and without its halo`, () => {
      const weak: string[] = [];
      for (const [surface, colour] of Object.entries({ ...surfaces, ...(onLand(text) ? hatching : {}) })) {
        const under = parse(colour).rgb;
        const bare = contrast(parse(fill).rgb, under);
        const haloed = contrast(parse(fill).rgb, over(halo, under));
        if (Math.min(bare, haloed) < 3) weak.push(`${surface}: ${bare.toFixed(2)} bare, ${haloed.toFixed(2)} on its halo`);
      }
      expect(weak).toEqual([]);
    });
  }
});
