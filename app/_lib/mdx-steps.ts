import type { Expression, SpreadElement } from 'estree';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
// Adds `mdxjsEsm` (import/export) to mdast's node types.
import type {} from 'mdast-util-mdxjs-esm';
import { visit } from 'unist-util-visit';
import { stepPropsSchema, type StepProps } from './schema';
import { describeIssue, type Problem } from './problems';

/*
 * A remark plugin that reads each chapter's <Step> elements while mdx-bundler
 * compiles it, so the step data the map needs comes from the same parse that
 * renders the text, with real line numbers.
 */

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
  }
  throw new Error(`only numbers, strings and arrays of them are allowed here (found ${node.type})`);
}

function attributeValue(attribute: MdxJsxAttribute): unknown {
  const value = attribute.value;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const statement = value.data?.estree?.body[0];
  return literalValue(statement?.type === 'ExpressionStatement' ? statement.expression : undefined);
}

const blockContainers = new Set<string>(['root', 'mdxJsxFlowElement', 'blockquote', 'list', 'listItem']);

function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  const parts = 'children' in node ? node.children.map((child: Nodes) => plainText(child)) : [];
  return blockContainers.has(node.type) ? parts.map((p) => p.trim()).filter(Boolean).join('\n\n') : parts.join('');
}

/** Every JSX element inside a step is an error: a step holds Markdown only. */
function findForeignElements(step: MdxJsxFlowElement, file: string, problems: Problem[]): void {
  visit(step, (node) => {
    if (node === step || (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement')) return;
    problems.push({
      file,
      line: node.position?.start.line,
      message: node.name === 'Step' ? 'a <Step> cannot contain another <Step>' : `<${node.name ?? 'fragment'}> is not a known component inside a step`,
    });
  });
}

function isAttribute(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): attribute is MdxJsxAttribute {
  return attribute.type === 'mdxJsxAttribute' && Boolean(attribute.name);
}

export function collectSteps(sink: StepSink, file: string) {
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

      const props: Record<string, unknown> = {};
      let readable = true;
      for (const attribute of node.attributes) {
        if (!isAttribute(attribute)) {
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
