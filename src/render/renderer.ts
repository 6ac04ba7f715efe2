import type { Renderer } from './index.js';

export async function createRenderer(): Promise<Renderer> {
  return {
    renderDocument: () => {
      throw new Error('renderDocument: not written yet');
    },
  };
}
