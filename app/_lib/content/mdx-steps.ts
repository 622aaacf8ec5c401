import type { Expression, ObjectExpression, SpreadElement } from 'estree';
import type { Nodes, Parents, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
// Adds `mdxjsEsm` (import/export) to mdast's node types.
import type {} from 'mdast-util-mdxjs-esm';
import { SKIP, visit } from 'unist-util-visit';
import { contextPropsSchema, stepPropsSchema, type StepProps } from './schema';
import type { AttributeText, TextBlock } from './story-types';
import { describeIssue, type Problem } from './problems';

/*
 * A remark plugin that reads each chapter's <Step> elements while mdx-bundler
 * compiles it, so the step data the map needs comes from the same parse that
 * renders the text, with real line numbers.
 */

/**
 * A context note: what the desk adds from outside the article. It stands on its own
 * lines directly inside a step, so it renders as a block apart from the reporting.
 */
export const CONTEXT = 'Context';

/** A quotation in a translation, marked as translated; English quotes with marks, which check:sources reads. */
export const QUOTE = 'Quote';

export type StepOptions = { translation?: boolean };

export interface RawStep {
  props: StepProps;
  text: string;
  blocks: TextBlock[];
  attributeTexts: AttributeText[];
  line: number;
}

export interface StepSink {
  steps: RawStep[];
  problems: Problem[];
}

/** Evaluates the literal subset of JS an author may write in an attribute: numbers, strings, booleans, arrays and plain objects of them. */
function literalValue(node: Expression | SpreadElement | null | undefined): unknown {
  if (!node) throw new Error('empty expression');
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'UnaryExpression':
      if (node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number') {
        return -node.argument.value;
      }
      break;
    case 'ArrayExpression':
      return node.elements.map((element) => literalValue(element));
    case 'ObjectExpression':
      return objectValue(node);
  }
  throw new Error(`only literal numbers, strings, booleans, arrays and objects are allowed here (found ${node.type})`);
}

/** `{ from: "moscow", "to": "astana" }`: plain keys and literal values, nothing computed or spread. */
function objectValue(node: ObjectExpression): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const property of node.properties) {
    if (property.type !== 'Property' || property.computed || property.kind !== 'init' || property.method) {
      throw new Error('objects may hold only plain keys and literal values');
    }
    const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
    if (key === undefined) throw new Error('objects may hold only plain keys and literal values');
    value[key] = literalValue(property.value as Expression);
  }
  return value;
}

function attributeValue(attribute: MdxJsxAttribute): unknown {
  const value = attribute.value;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const statement = value.data?.estree?.body[0];
  return literalValue(statement?.type === 'ExpressionStatement' ? statement.expression : undefined);
}

const blockContainers = new Set<string>(['root', 'mdxJsxFlowElement', 'blockquote', 'list', 'listItem']);

const isContext = (node: Nodes): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement' && node.name === CONTEXT;

/** The `source` of a context note, or '' when it has none (reported by the validation). */
function contextSource(node: MdxJsxFlowElement): string {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'source');
  return typeof attribute?.value === 'string' ? attribute.value.trim() : '';
}

/** Plain text for excerpts and plain-text embeds; a context note stays labelled as one. */
function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  const parts = 'children' in node ? node.children.map((child: Nodes) => plainText(child)) : [];
  // A translated quote keeps marks in plain text, so the house style leaves it alone as it does quotes.
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === QUOTE) return `«${parts.join('')}»`;
  const text = blockContainers.has(node.type) ? parts.map((p) => p.trim()).filter(Boolean).join('\n\n') : parts.join('');
  return isContext(node) ? `Context: ${text.replace(/\s*\n\n\s*/g, ' ')} (Source: ${contextSource(node)})` : text;
}

/** The step's leaf blocks with their lines, each marked with the context note it sits in. */
function textBlocks(node: Parents, context?: string): TextBlock[] {
  return node.children.flatMap((child: Nodes): TextBlock[] => {
    if (isContext(child)) return textBlocks(child, contextSource(child));
    if ('children' in child && blockContainers.has(child.type)) return textBlocks(child, context);
    const text = plainText(child);
    if (!text.trim()) return [];
    return [{ text, line: child.position?.start.line ?? 1, ...(context !== undefined ? { context } : {}) }];
  });
}

/**
 * The line of `key`'s value in each object of an array attribute (`legend={[{ label: "…" }]}`),
 * from the expression's own positions: an attribute may span lines.
 */
function lineOfEach(node: MdxJsxFlowElement, name: string, key: string): Array<number | undefined> {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const value = attribute?.value;
  if (!value || typeof value === 'string') return [];
  const statement = value.data?.estree?.body[0];
  const array = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
  if (array?.type !== 'ArrayExpression') return [];
  return array.elements.map((element) => {
    if (element?.type !== 'ObjectExpression') return undefined;
    for (const property of element.properties) {
      if (property.type !== 'Property') continue;
      const name = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
      if (name === key) return property.value.loc?.start.line;
    }
    return undefined;
  });
}

/** What the step's map says, and its context notes' sources, each at its line. */
function attributeTexts(node: MdxJsxFlowElement, props: StepProps, stepLine: number): AttributeText[] {
  const legendLines = lineOfEach(node, 'legend', 'label');
  const routeLines = lineOfEach(node, 'routes', 'label');
  const annotationLines = lineOfEach(node, 'annotations', 'text');
  return [
    ...(props.legend ?? []).map((entry, i): AttributeText => ({ kind: 'legend', text: entry.label, line: legendLines[i] ?? stepLine })),
    ...(props.routes ?? []).flatMap((route, i): AttributeText[] =>
      route.label ? [{ kind: 'route', text: route.label, line: routeLines[i] ?? stepLine }] : [],
    ),
    ...(props.annotations ?? []).map((annotation, i): AttributeText => ({ kind: 'annotation', text: annotation.text, line: annotationLines[i] ?? stepLine })),
    ...node.children.filter(isContext).flatMap((note): AttributeText[] => {
      const source = contextSource(note);
      return source ? [{ kind: 'context-source', text: source, line: note.position?.start.line ?? stepLine }] : [];
    }),
  ];
}

function isAttribute(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): attribute is MdxJsxAttribute {
  return attribute.type === 'mdxJsxAttribute' && Boolean(attribute.name);
}

/** Reads an element's attributes as literal values, reporting what cannot be read. */
function readAttributes(node: MdxJsxFlowElement, file: string, problems: Problem[]): Record<string, unknown> | undefined {
  const line = node.position?.start.line;
  const props: Record<string, unknown> = {};
  let readable = true;
  for (const attribute of node.attributes) {
    if (!isAttribute(attribute)) {
      problems.push({ file, line, message: `spread attributes are not allowed on <${node.name}>` });
      readable = false;
      continue;
    }
    try {
      props[attribute.name] = attributeValue(attribute);
    } catch (error) {
      problems.push({ file, line, message: `<${node.name}> ${attribute.name}: ${(error as Error).message}` });
      readable = false;
    }
  }
  return readable ? props : undefined;
}

function checkContext(node: MdxJsxFlowElement, file: string, problems: Problem[]): void {
  const line = node.position?.start.line;
  const props = readAttributes(node, file, problems);
  if (props) {
    const parsed = contextPropsSchema.safeParse(props);
    for (const issue of parsed.error?.issues ?? []) problems.push({ file, line, message: `<Context> ${describeIssue(issue, 'attributes')}` });
  }
  const empty = !node.children.map((child: Nodes) => plainText(child)).join('').trim();
  if (empty) problems.push({ file, line, message: '<Context> is empty: a context note needs text' });
}

/**
 * A step holds Markdown and, directly inside it on their own lines, context notes; any other
 * JSX element is an error.
 */
function findForeignElements(step: MdxJsxFlowElement, file: string, problems: Problem[], options: StepOptions): void {
  visit(step, (node, _index, parent) => {
    if (node === step || (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement')) return;
    const line = node.position?.start.line;
    if (node.name === QUOTE && options.translation) {
      if (node.attributes.length || !plainText(node).replace(/[«»]/g, '').trim()) {
        problems.push({ file, line, message: '<Quote> holds the quoted words and no attributes: its attribution stands outside it' });
      }
      return;
    }
    if (node.name !== CONTEXT) {
      problems.push({
        file,
        line,
        message: node.name === 'Step' ? 'a <Step> cannot contain another <Step>' : `<${node.name ?? 'fragment'}> is not a known component inside a step`,
      });
      return;
    }
    if (node.type === 'mdxJsxTextElement') {
      problems.push({ file, line, message: '<Context> must stand on its own lines inside a step, not within a paragraph' });
    }
    else if (parent !== step) problems.push({ file, line, message: '<Context> must stand directly inside a <Step>' });
    else checkContext(node, file, problems);
    // What is inside a misplaced note was reported with it; a well-placed note holds Markdown.
    return node.type === 'mdxJsxFlowElement' && parent === step ? undefined : SKIP;
  });
}

export function collectSteps(sink: StepSink, file: string, options: StepOptions = {}) {
  return () => (tree: Root) => {
    for (const node of tree.children) {
      const line = node.position?.start.line;
      // Frontmatter, and the export remark-mdx-frontmatter generates (it has no position).
      if (node.type === 'yaml' || !node.position) continue;
      if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Step') {
        const what = node.type === 'mdxJsxFlowElement' ? `<${node.name ?? 'fragment'}>` : node.type === 'mdxjsEsm' ? 'import/export' : node.type;
        sink.problems.push({ file, line, message: `only <Step> elements may stand at the top level of a chapter (found ${what})` });
        continue;
      }

      const props = readAttributes(node, file, sink.problems);
      findForeignElements(node, file, sink.problems, options);
      if (!props) continue;

      const parsed = stepPropsSchema.safeParse(props);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          sink.problems.push({ file, line, message: `<Step${props.id ? ` id="${String(props.id)}"` : ''}> ${describeIssue(issue, 'attributes')}` });
        }
        continue;
      }
      const at = line ?? 1;
      sink.steps.push({ props: parsed.data, text: plainText(node), blocks: textBlocks(node), attributeTexts: attributeTexts(node, parsed.data, at), line: at });
    }
  };
}
