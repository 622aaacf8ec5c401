import { stepPropsSchema, type StepProps } from './schema';
import { describeIssue, type Problem } from './problems';

/*
 * A remark plugin that reads each chapter's <Step> elements while mdx-bundler
 * compiles it, so the step data the map needs comes from the same parse that
 * renders the text, with real line numbers.
 */

/** Components an author may use inside a step; anything else is an error at load time. */
export const inlineComponents: readonly string[] = [];

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

function plainText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  const parts = (node.children ?? []).map(plainText);
  return blockContainers.has(node.type) ? parts.map((p) => p.trim()).filter(Boolean).join('\n\n') : parts.join('');
}

function findForeignElements(node: MdNode, file: string, problems: Problem[]): void {
  for (const child of node.children ?? []) {
    if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && !inlineComponents.includes(child.name ?? '')) {
      problems.push({
        file,
        line: child.position?.start.line,
        message: child.name === 'Step' ? 'a <Step> cannot contain another <Step>' : `<${child.name ?? 'fragment'}> is not a known component inside a step`,
      });
    }
    findForeignElements(child, file, problems);
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

      const props: Record<string, unknown> = {};
      let readable = true;
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
          sink.problems.push({ file, line, message: 'spread attributes are not allowed on <Step>' });
          readable = false;
          continue;
        }
        try {
          props[attribute.name] = attributeValue(attribute);
        } catch (error) {
          sink.problems.push({ file, line, message: `<Step> ${attribute.name}: ${(error as Error).message}` });
          readable = false;
        }
      }
      findForeignElements(node, file, sink.problems);
      if (!readable) continue;

      const parsed = stepPropsSchema.safeParse(props);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          sink.problems.push({ file, line, message: `<Step${props.id ? ` id="${String(props.id)}"` : ''}> ${describeIssue(issue, 'attributes')}` });
        }
        continue;
      }
      sink.steps.push({ props: parsed.data, text: plainText(node), line: line ?? 1 });
    }
  };
}
