/**
 * Replaces what stands between `<!-- name:start … -->` and `<!-- name:end -->` in a markdown text; throws when the
 * markers are missing, so a generated block cannot silently go unwritten.
 */
export function replaceBlock(text: string, name: string, content: string): string {
  const start = new RegExp(`<!-- ${name}:start[^>]*-->\\n`);
  const end = `<!-- ${name}:end -->`;
  const startMatch = start.exec(text);
  const endIndex = text.indexOf(end);
  if (!startMatch || endIndex < startMatch.index) throw new Error(`the markers of the ${name} block are missing`);
  const from = startMatch.index + startMatch[0].length;
  return `${text.slice(0, from)}${content}\n${text.slice(endIndex)}`;
}
