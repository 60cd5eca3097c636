import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../src/blocks/from-text.js';
import { labelsFromGold, labelsFromSnippets } from '../../src/model/labels.js';

describe('labels', () => {
  const dump = [
    'Home',
    'World News',
    'Storm hits the coast',
    'A powerful storm hit the coast on Monday, cutting power to thousands of homes.',
    'Officials said repairs would take several days.',
    'Home',
    'Share this story',
  ].join('\n');
  const gold = 'A powerful storm hit the coast on Monday, cutting power to thousands of homes.\n\nOfficials said repairs would take several days.\n';

  it('labels blocks by their share of gold 3-grams', () => {
    expect([...labelsFromGold(blocksFromText(dump), gold)]).toEqual([0, 0, 0, 1, 1, 0, 0]);
  });

  it('labels only the blocks that hold a snippet', () => {
    const labels = labelsFromSnippets(blocksFromText(dump), ['cutting power to thousands'], ['Share this story']);
    expect([...labels]).toEqual([-1, -1, -1, 1, -1, -1, 0]);
  });
});
