import { describe, expect, it } from 'vitest';
import { uniqueLabels } from '../../src/lib/views/format/unique-labels.ts';

describe('uniqueLabels', () => {
  it('leaves labels that occur once as they are', () => {
    expect(uniqueLabels(['Port closed', 'Talks resumed'], ['Harbour Post ¶1', 'Harbour Post ¶2'])).toEqual(['Port closed', 'Talks resumed']);
  });

  it('adds the hint to each repeated label', () => {
    expect(uniqueLabels(['Port closed', 'Talks resumed', 'Port closed'], ['Harbour Post ¶1', 'Harbour Post ¶2', 'Coastal Wire ¶4'])).toEqual([
      'Port closed (Harbour Post ¶1)',
      'Talks resumed',
      'Port closed (Coastal Wire ¶4)',
    ]);
  });

  it('numbers labels the hint does not tell apart, in page order', () => {
    expect(uniqueLabels(['Port closed', 'Port closed', 'Port closed'], ['Harbour Post ¶1', 'Harbour Post ¶1', ''])).toEqual([
      'Port closed (Harbour Post ¶1) (1)',
      'Port closed (Harbour Post ¶1) (2)',
      'Port closed',
    ]);
  });
});
