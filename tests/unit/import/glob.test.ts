import { describe, expect, it } from 'vitest';
import { matchFiles } from '../../../shared/import/glob';

describe('profile file patterns', () => {
  const names = ['befolkning_2024.csv', 'befolkning_2023.csv', 'lpr/lpr_a.parquet', 'lpr/2023/lpr_b.parquet', 'noter.txt', 'befolkning.csv.bak'];
  it('matches within a segment, across segments with **, case-insensitively, sorted', () => {
    expect(matchFiles('befolkning*.csv', names)).toEqual(['befolkning_2023.csv', 'befolkning_2024.csv']);
    expect(matchFiles('BEFOLKNING_202?.CSV', names)).toEqual(['befolkning_2023.csv', 'befolkning_2024.csv']);
    expect(matchFiles('lpr/*.parquet', names)).toEqual(['lpr/lpr_a.parquet']);
    expect(matchFiles('lpr/**/*.parquet', names)).toEqual(['lpr/2023/lpr_b.parquet', 'lpr/lpr_a.parquet']);
    expect(matchFiles('./noter.txt', names)).toEqual(['noter.txt']);
    expect(matchFiles('befolkning(1).csv', ['befolkning(1).csv', 'befolkning1.csv'])).toEqual(['befolkning(1).csv']);
  });
});
