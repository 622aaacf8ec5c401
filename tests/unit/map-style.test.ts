import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { areaHatch, mapColors } from "../../app/_lib/map/style";

const css = readFileSync(new URL("../../app/globals.css", import.meta.url), "utf8");

function cssVar(name: string): string | undefined {
  return css.match(new RegExp(`--${name}:\\s*([^;]+);`))?.[1]?.trim().toLowerCase();
}

describe("map style", () => {
  // The live map has no background layer (tests/e2e/story.spec.ts proves it on the canvas): its
  // sea is the map box's CSS background, and the static SVG paints mapColors.sea. If they drift
  // apart, the sea changes colour at the swap.
  it("paints the sea from CSS in the same colour as the static map", () => {
    expect(cssVar("sea")).toBe(mapColors.sea.toLowerCase());
  });

  // The key's swatch for hatched areas draws the map's hatching in CSS: the same colour, width and spacing.
  it("draws the key's area swatch as the map hatches an area", () => {
    const rule = /\.key-swatch\.key-area\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
    const { color, width, spacing } = areaHatch;
    const [from, to] = [(spacing - width) / 2, (spacing + width) / 2];
    expect(rule).toContain(`border-color: ${color}`);
    expect(rule).toContain(`transparent 0 ${from}px, ${color} ${from}px ${to}px, transparent ${to}px ${spacing}px`);
  });
});
