/** Whether MapLibre 6 can run here: it needs WebGL2. Tiny, so a page may ask before loading the map. */
export function supportsWebGL2(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}
