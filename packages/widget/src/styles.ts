/** What every element shares; each custom property can be set by the partner's page on the element or above it. */
const base = `
:host {
  display: block;
  font-family: var(--mitmach-font-family, system-ui, sans-serif);
  font-size: var(--mitmach-font-size, 1rem);
  color: var(--mitmach-color-text, #1d2a22);
  background: var(--mitmach-color-background, transparent);
}
:host([hidden]) { display: none; }
a { color: var(--mitmach-color-link, #1f6f43); }
a:focus-visible, select:focus-visible, .marker:focus-visible {
  outline: 3px solid var(--mitmach-color-focus, #f2a900);
  outline-offset: 2px;
}
.status { margin: 0.5em 0; color: var(--mitmach-color-muted, #5b6b61); }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
`;

export const mapStyles = `${base}
.filters { display: flex; flex-wrap: wrap; gap: 0.75em; margin-bottom: 0.5em; }
label { display: flex; flex-direction: column; font-size: 0.875em; gap: 0.2em; }
select { font: inherit; padding: 0.25em; border: 1px solid var(--mitmach-color-border, #9db0a4); border-radius: 4px; }
svg.map { width: 100%; height: auto; display: block; background: var(--mitmach-color-water, #eef4f7);
  border: 1px solid var(--mitmach-color-border, #9db0a4); border-radius: var(--mitmach-radius, 6px); }
.land { fill: var(--mitmach-color-land, #f7f5ef); stroke: var(--mitmach-color-border, #9db0a4); stroke-width: 0.8; }
.land.neighbour { fill: var(--mitmach-color-neighbour, #ebe8df); }
.marker circle { fill: var(--mitmach-color-marker, #1f6f43); stroke: #fff; stroke-width: 1.5; cursor: pointer; }
.marker:hover circle, .marker:focus circle, .marker[aria-pressed="true"] circle {
  fill: var(--mitmach-color-accent, #f2a900);
}
.marker { outline: none; }
.details { min-height: 2.5em; margin-top: 0.5em; }
.details h3 { margin: 0; font-size: 1em; }
`;

export const listStyles = `${base}
h2 { font-size: 1.1em; margin: 0 0 0.5em; }
ol { list-style: none; margin: 0; padding: 0; }
li { padding: 0.6em 0; border-bottom: 1px solid var(--mitmach-color-border, #d5ddd8); }
li:last-child { border-bottom: 0; }
.title { font-weight: 600; }
.meta { display: block; font-size: 0.9em; color: var(--mitmach-color-muted, #5b6b61); }
.cancelled .title { text-decoration: line-through; }
.badge { font-size: 0.8em; font-weight: 600; color: var(--mitmach-color-cancelled, #a4262c); margin-left: 0.4em; }
`;
