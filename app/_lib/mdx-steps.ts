import { contextPropsSchema, stepPropsSchema, type StepProps, type TextBlock } from './schema';
import { describeIssue, type Problem } from './problems';

/*
 * A remark plugin that reads each chapter's <Step> elements while mdx-bundler
 * compiles it, so the step data the map needs comes from the same parse that
 * renders the text, with real line numbers.
 */

/** Components an author may use inside a step; anything else is an error at load time. */
export const inlineComponents: readonly string[] = [];

/**
 * A context note: what the desk adds from outside the article. It stands on its own
 * lines directly inside a step, so it renders as a block apart from the reporting.
 */
export const CONTEXT = 'Context';

interface Position {
  start: { line: number };
}
interface MdNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: JsxAttribute[];
  children?: MdNode[];
  position?: Position;
}
interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string; data?: { estree?: EstreeProgram } };
}
interface EstreeProgram {
  body: Array<{ type: string; expression?: EstreeNode }>;
}
interface EstreeNode {
  type: string;
  value?: unknown;
  operator?: string;
  argument?: EstreeNode;
  elements?: Array<EstreeNode | null>;
}

export interface RawStep {
  props: StepProps;
  text: string;
  blocks: TextBlock[];
  line: number;
}

export interface StepSink {
  steps: RawStep[];
  problems: Problem[];
}

/** Evaluates the literal subset of JS an author may write in an attribute: numbers, strings, arrays of them. */
function literalValue(node: EstreeNode | undefined): unknown {
  if (!node) throw new Error('empty expression');
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'UnaryExpression':
      if (node.operator === '-' && node.argument?.type === 'Literal' && typeof node.argument.value === 'number') {
        return -node.argument.value;
      }
      break;
    case 'ArrayExpression':
      return (node.elements ?? []).map((element) => literalValue(element ?? undefined));
  }
  throw new Error(`only numbers, strings and arrays of them are allowed here (found ${node.type})`);
}

function attributeValue(attribute: JsxAttribute): unknown {
  const value = attribute.value;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const statement = value.data?.estree?.body[0];
  return literalValue(statement?.expression);
}

const blockContainers = new Set(['root', 'mdxJsxFlowElement', 'blockquote', 'list', 'listItem']);

const isContext = (node: MdNode) => node.type === 'mdxJsxFlowElement' && node.name === CONTEXT;

/** The `source` of a context note, or '' when it has none (reported by the validation). */
function contextSource(node: MdNode): string {
  const attribute = node.attributes?.find((a) => a.name === 'source');
  return typeof attribute?.value === 'string' ? attribute.value.trim() : '';
}

/** Plain text for excerpts and plain-text embeds; a context note stays labelled as one. */
function plainText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  const parts = (node.children ?? []).map(plainText);
  const text = blockContainers.has(node.type) ? parts.map((p) => p.trim()).filter(Boolean).join('\n\n') : parts.join('');
  return isContext(node) ? `Context: ${text.replace(/\s*\n\n\s*/g, ' ')} (Source: ${contextSource(node)})` : text;
}

/** The step's leaf blocks with their lines, each marked with the context note it sits in. */
function textBlocks(node: MdNode, context?: string): TextBlock[] {
  return (node.children ?? []).flatMap((child): TextBlock[] => {
    if (isContext(child)) return textBlocks(child, contextSource(child));
    if (blockContainers.has(child.type) || child.type === 'mdxJsxFlowElement') return textBlocks(child, context);
    const text = plainText(child);
    if (!text.trim()) return [];
    return [{ text, line: child.position?.start.line ?? 1, ...(context !== undefined ? { context } : {}) }];
  });
}

/** Reads an element's attributes as literal values, reporting what cannot be read. */
function readAttributes(node: MdNode, file: string, problems: Problem[]): Record<string, unknown> | undefined {
  const line = node.position?.start.line;
  const props: Record<string, unknown> = {};
  let readable = true;
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
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

function checkContext(node: MdNode, file: string, problems: Problem[]): void {
  const line = node.position?.start.line;
  const props = readAttributes(node, file, problems);
  if (props) {
    const parsed = contextPropsSchema.safeParse(props);
    for (const issue of parsed.error?.issues ?? []) problems.push({ file, line, message: `<Context> ${describeIssue(issue, 'attributes')}` });
  }
  if (!(node.children ?? []).map(plainText).join('').trim()) problems.push({ file, line, message: '<Context> is empty: a context note needs text' });
}

function findForeignElements(node: MdNode, file: string, problems: Problem[], depth = 0): void {
  for (const child of node.children ?? []) {
    const line = child.position?.start.line;
    if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
      if (child.name === CONTEXT) {
        if (child.type === 'mdxJsxTextElement') problems.push({ file, line, message: '<Context> must stand on its own lines inside a step, not within a paragraph' });
        else if (depth > 0) problems.push({ file, line, message: '<Context> must stand directly inside a <Step>' });
        else checkContext(child, file, problems);
      } else if (!inlineComponents.includes(child.name ?? '')) {
        problems.push({
          file,
          line,
          message: child.name === 'Step' ? 'a <Step> cannot contain another <Step>' : `<${child.name ?? 'fragment'}> is not a known component inside a step`,
        });
      }
    }
    findForeignElements(child, file, problems, depth + 1);
  }
}

export function collectSteps(sink: StepSink, file: string) {
  return () => (tree: MdNode) => {
    for (const node of tree.children ?? []) {
      const line = node.position?.start.line;
      // Frontmatter, and the export remark-mdx-frontmatter generates (it has no position).
      if (node.type === 'yaml' || !node.position) continue;
      if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Step') {
        const what = node.type === 'mdxJsxFlowElement' ? `<${node.name ?? 'fragment'}>` : node.type === 'mdxjsEsm' ? 'import/export' : node.type;
        sink.problems.push({ file, line, message: `only <Step> elements may stand at the top level of a chapter (found ${what})` });
        continue;
      }

      const props = readAttributes(node, file, sink.problems);
      findForeignElements(node, file, sink.problems);
      if (!props) continue;

      const parsed = stepPropsSchema.safeParse(props);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          sink.problems.push({ file, line, message: `<Step${props.id ? ` id="${String(props.id)}"` : ''}> ${describeIssue(issue, 'attributes')}` });
        }
        continue;
      }
      sink.steps.push({ props: parsed.data, text: plainText(node), blocks: textBlocks(node), line: line ?? 1 });
    }
  };
}
