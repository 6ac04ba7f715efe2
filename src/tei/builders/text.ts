import type { Text } from '../../model/index.js';
import { appendText, type El } from './element.js';

export function text(parent: El, node: Text): void {
  appendText(parent, node.value);
}
