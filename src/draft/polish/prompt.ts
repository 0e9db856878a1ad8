/**
 * What a polish sends: the instructions, and the draft's lines as the user left them, each with its id and
 * the facts of the model behind it. Withheld lines (feedback, career goals the settings keep back) are not
 * in it, nor is any code or diff: only what the draft shows. Pure.
 */
import type { PolishEvidence } from './evidence';

/** How the prompt names the lines before the first heading (an answer may use it, or ""). */
export const PREAMBLE_HEADING = '(before the first heading)';

/** Who the update is for and how long it may be. */
export interface PolishContext {
  style: 'brief' | 'detailed';
  template: string;
  budgetWords: number;
  managerName?: string;
}

/** The prompt, as one user message. */
export function polishPrompt(evidence: PolishEvidence, context: PolishContext): string {
  const reader = context.managerName ? `their manager, ${context.managerName}` : 'their manager';
  const lines: string[] = [
    `You polish a status update that a software engineer is about to send to ${reader}.`,
    `Make it read well: outcomes first, plain words, short sentences. It is a ${context.template} update in the ${context.style} style; the whole update must stay under ${context.budgetWords} words.`,
    '',
    'Rules:',
    '1. Keep the sections and their headings, in the same order. Write nothing for a section that is not listed.',
    '2. Use only facts from the draft lines below. Never add a number, a person, a ticket, a pull request, a date, a security advisory or a link that the lines you cite do not contain.',
    '3. Every sentence cites the ids of the lines it rests on, in "cites". A line you leave out is put back as it was.',
    '4. Keep every ask, every due date and every "No proposed solution yet" word for word.',
    '5. Do not thank or credit anyone the cited lines do not name.',
    '',
    'Answer with JSON only, in this shape, with "" as the heading of the lines before the first heading:',
    '{"sections":[{"heading":"Done","paragraphs":[{"bullet":true,"sentences":[{"text":"Shipped the new sign-in flow.","cites":["L4"]}]}]}]}',
    '',
    'The draft, line by line (id: text; the facts behind it in brackets):',
  ];
  for (const section of evidence.sections) {
    const blocks = section.blocks.filter(b => !b.withheld);
    if (!blocks.length) continue;
    lines.push('', `# ${section.heading ?? PREAMBLE_HEADING}`);
    for (const b of blocks) lines.push(`${b.id}: ${b.text}${b.facts.length ? ` [${b.facts.join('; ')}]` : ''}`);
  }
  return lines.join('\n');
}
