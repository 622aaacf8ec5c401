/**
 * Our styles, inside a shadow root: the host page's selectors cannot reach them, and its
 * `!important` rules lose to ours on the shadow host (an inner context wins for important ones).
 */
export const STYLES = `
:host { all: initial !important; display: block !important; position: relative !important; }
iframe { display: block; width: 100%; border: 0; height: 520px; margin: 0; padding: 0; }
.scroll { position: relative; font: 1rem/1.5 Georgia, 'Times New Roman', serif; color: #1d1d1b; }
.sticky { position: sticky; top: 0; height: min(60vh, 560px); z-index: 0; }
.sticky iframe { height: 100%; }
.texts { position: relative; z-index: 1; pointer-events: none; padding: 0 0 40vh; }
.card { pointer-events: auto; max-width: 34rem; margin: 45vh auto 0; padding: 1rem 1.25rem; background: #fff; color: #1d1d1b;
  border-radius: 6px; box-shadow: 0 2px 12px rgba(0, 0, 0, .18); }
.card p { margin: 0 0 .8em; }
.more { pointer-events: auto; max-width: 34rem; margin: 2rem auto 0; }
.more a { color: #1a4f8b; }
`;
