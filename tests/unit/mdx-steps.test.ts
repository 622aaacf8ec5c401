import { bundleMDX } from 'mdx-bundler';
import { describe, expect, it } from 'vitest';
import { collectSteps, type StepSink } from '@/app/_lib/content/mdx-steps';

/** Runs the plugin over an MDX body as the loader does; the sink holds what it found even when esbuild then fails. */
async function collect(source: string): Promise<StepSink> {
  const sink: StepSink = { steps: [], problems: [] };
  await bundleMDX({
    source,
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), collectSteps(sink, 'one.mdx')];
      return options;
    },
    esbuildOptions(options) {
      options.logLevel = 'silent';
      return options;
    },
  }).catch(() => undefined);
  return sink;
}

describe('collectSteps', () => {
  it('reads literal attributes: strings, negative numbers, arrays, objects', async () => {
    const { steps, problems } = await collect(
      '<Step id="a" places={["astana", "geneva"]} bearing={-12} zoom={4} countries={["KAZ"]} legend={[{ label: "Host", "countries": ["KAZ"] }]}>\n\nText.\n\n</Step>\n',
    );
    expect(problems).toEqual([]);
    expect(steps).toEqual([
      {
        props: { id: 'a', places: ['astana', 'geneva'], bearing: -12, zoom: 4, countries: ['KAZ'], legend: [{ label: 'Host', countries: ['KAZ'] }] },
        text: 'Text.',
        blocks: [{ text: 'Text.', line: 3 }],
        attributeTexts: [{ kind: 'legend', text: 'Host', line: 1 }],
        line: 1,
      },
    ]);
  });

  it('reads what the map says and where each context note comes from, each at its own line', async () => {
    const { steps, problems } = await collect(
      [
        '<Step',
        '  id="a"',
        '  places={["astana", "geneva"]}',
        '  countries={["KAZ"]}',
        '  legend={[{ label: "Host", countries: ["KAZ"] }]}',
        '  routes={[{ from: "astana", to: "geneva" }, { from: "geneva", to: "astana",',
        '    label: "The way back" }]}',
        '  annotations={[{ text: "Venue", place: "astana" }, { at: [37.5, 36.3], text: "A point" }]}',
        '>',
        '',
        'Text.',
        '',
        '<Context source="Register of meetings, 2017">',
        '',
        'A note.',
        '',
        '</Context>',
        '',
        '</Step>',
        '',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(steps[0]?.attributeTexts).toEqual([
      { kind: 'legend', text: 'Host', line: 5 },
      { kind: 'route', text: 'The way back', line: 7 },
      { kind: 'annotation', text: 'Venue', line: 8 },
      { kind: 'annotation', text: 'A point', line: 8 },
      { kind: 'context-source', text: 'Register of meetings, 2017', line: 13 },
    ]);
  });

  it('refuses objects with computed keys, methods or spreads', async () => {
    const { problems } = await collect('<Step id="a" place="astana" legend={[{ ["label"]: "x" }]}>\n\nA.\n\n</Step>\n\n<Step id="b" place="astana" legend={[{ ...x }]}>\n\nB.\n\n</Step>\n');
    expect(problems).toEqual([
      { file: 'one.mdx', line: 1, message: '<Step> legend: objects may hold only plain keys and literal values' },
      { file: 'one.mdx', line: 7, message: '<Step> legend: objects may hold only plain keys and literal values' },
    ]);
  });

  it('keeps paragraphs, list items and quotes apart in the plain text, and inline code and emphasis in line', async () => {
    const { steps } = await collect('<Step id="a" place="astana">\n\nOne *two* `three`.\n\n- four\n- five\n\n> six\n\n</Step>\n');
    expect(steps[0]?.text).toBe('One two three.\n\nfour\n\nfive\n\nsix');
  });

  it('refuses expressions, spreads and holes in attributes, at the line of the step', async () => {
    const { steps, problems } = await collect(
      '<Step id="a" place="astana" zoom={2 + 3}>\n\nA.\n\n</Step>\n\n<Step id="b" place="astana" {...props}>\n\nB.\n\n</Step>\n\n<Step id="c" places={["astana", , "geneva"]}>\n\nC.\n\n</Step>\n',
    );
    expect(steps).toEqual([]);
    expect(problems).toEqual([
      { file: 'one.mdx', line: 1, message: '<Step> zoom: only literal numbers, strings, booleans, arrays and objects are allowed here (found BinaryExpression)' },
      { file: 'one.mdx', line: 7, message: 'spread attributes are not allowed on <Step>' },
      { file: 'one.mdx', line: 13, message: '<Step> places: empty expression' },
    ]);
  });

  it('refuses elements inside a step, nested ones included, and anything but steps at the top level', async () => {
    const { steps, problems } = await collect(
      'import x from "./x.js"\n\n<Step id="a" place="astana">\n\nText with <Foo>an <Bar /></Foo> inside.\n\n<Step id="b" place="astana">\n\nB.\n\n</Step>\n\n</Step>\n\nStray.\n',
    );
    expect(steps.map((s) => s.props.id)).toEqual(['a']);
    expect(problems).toEqual([
      { file: 'one.mdx', line: 1, message: 'only <Step> elements may stand at the top level of a chapter (found import/export)' },
      { file: 'one.mdx', line: 5, message: '<Foo> is not a known component inside a step' },
      { file: 'one.mdx', line: 5, message: '<Bar> is not a known component inside a step' },
      { file: 'one.mdx', line: 7, message: 'a <Step> cannot contain another <Step>' },
      { file: 'one.mdx', line: 15, message: 'only <Step> elements may stand at the top level of a chapter (found paragraph)' },
    ]);
  });

  it('reports invalid attributes through the schema, naming the step', async () => {
    const { problems } = await collect('<Step id="a" place="astana" places={["geneva"]}>\n\nA.\n\n</Step>\n');
    expect(problems).toEqual([{ file: 'one.mdx', line: 1, message: '<Step id="a"> attributes: a Step needs exactly one of place="…" or places={[…]}' }]);
  });

  it('reads objects in attributes: connections with booleans, annotations with coordinates', async () => {
    const { steps, problems } = await collect(
      '<Step id="a" places={["moscow", "astana"]} routes={[{ from: "moscow", "to": "astana", directed: false, label: "Delegation" }]} annotations={[{ text: "Venue", at: [71.4, -51.1] }]} areas={["zone"]} ' +
        'legend={[{ label: "A zone", areas: ["zone"] }]}>\n\nText.\n\n</Step>\n',
    );
    expect(problems).toEqual([]);
    expect(steps[0]?.props).toEqual({
      id: 'a',
      places: ['moscow', 'astana'],
      routes: [{ from: 'moscow', to: 'astana', directed: false, label: 'Delegation' }],
      annotations: [{ text: 'Venue', at: [71.4, -51.1] }],
      areas: ['zone'],
      legend: [{ label: 'A zone', areas: ['zone'] }],
    });
  });

  it('refuses computed keys, shorthand and methods in objects, at the line of the step', async () => {
    const { steps, problems } = await collect('<Step id="a" place="astana" routes={[{ from }]}>\n\nA.\n\n</Step>\n\n<Step id="b" place="astana" routes={[{ [k]: "x" }]}>\n\nB.\n\n</Step>\n');
    expect(steps).toEqual([]);
    expect(problems).toEqual([
      { file: 'one.mdx', line: 1, message: '<Step> routes: only literal numbers, strings, booleans, arrays and objects are allowed here (found Identifier)' },
      { file: 'one.mdx', line: 7, message: '<Step> routes: objects may hold only plain keys and literal values' },
    ]);
  });

  it('refuses a connection from a place to itself, an anchorless annotation and an unknown key, naming the step', async () => {
    const { problems } = await collect('<Step id="a" place="astana" routes={[{ from: "astana", to: "astana", via: "x" }]} annotations={[{ text: "Venue" }]}>\n\nA.\n\n</Step>\n');
    expect(problems.map((p) => p.message)).toEqual([
      '<Step id="a"> routes.0: Unrecognized key: "via"',
      '<Step id="a"> routes.0: connects a place to itself',
      '<Step id="a"> annotations.0: an annotation needs exactly one of place: "…" or at: [longitude, latitude]',
    ]);
  });
});

